package org.staffroomwarden.command;

import java.util.Optional;
import org.staffroomwarden.governance.GovernanceMonitor;
import org.staffroomwarden.school.School;
import org.staffroomwarden.staff.StaffCsv;
import org.staffroomwarden.staff.StaffImport;
import org.staffroomwarden.store.StaffStore;
import org.staffroomwarden.view.Reply;
import org.staffroomwarden.view.Response;

/** {@code /roster import} and {@code /staff import}: the command line's importers, from an attachment. */
public final class Imports {

    /** Larger than any school's roster or staff list; a bigger file is a mistake. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final RosterImporter roster;
    private final StaffStore staff;
    private final GovernanceMonitor governance;

    public Imports(RosterImporter roster, StaffStore staff, GovernanceMonitor governance) {
        this.roster = roster;
        this.staff = staff;
        this.governance = governance;
    }

    Response roster(CommandCall call) {
        Optional<Upload> file = csv(call);
        if (file.isEmpty()) {
            return notCsv(call);
        }
        return Reply.privately(roster.importCsv(file.get().bytes()));
    }

    Response staff(CommandCall call, School school) {
        Optional<Upload> file = csv(call);
        if (file.isEmpty()) {
            return notCsv(call);
        }
        StaffImport result = StaffCsv.read(file.get().bytes());
        if (result.accepted() == 0) {
            return Reply.privately("Staff directory not changed: " + result.summary());
        }
        staff.replace(school.homeGuildId(), result.directory());
        governance.recheckAll();
        return Reply.privately(result.summary() + "\nEvery group's staff check has been run again: see /compliance.");
    }

    private static Optional<Upload> csv(CommandCall call) {
        return call.upload("file").filter(u -> u.filename().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                && u.bytes().length <= MAX_BYTES);
    }

    private static Response notCsv(CommandCall call) {
        Optional<Upload> file = call.upload("file");
        if (file.isPresent() && file.get().bytes().length > MAX_BYTES) {
            return Reply.privately("The file is larger than 10 MB; nothing was imported.");
        }
        return Reply.privately("Attach a .csv file (in Excel: File > Save As > CSV UTF-8); nothing was imported.");
    }
}
