package org.staffroomwarden.discord;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.staffroomwarden.simulator.Permissions;
import org.staffroomwarden.simulator.SimChannel;
import org.staffroomwarden.simulator.SimGuild;
import org.staffroomwarden.simulator.SimMessage;
import org.staffroomwarden.simulator.SimResponse;
import org.staffroomwarden.simulator.SimRole;
import org.staffroomwarden.simulator.SimUser;

/**
 * Every command and the alert buttons, used by every kind of person, against the bot's own
 * checks. The table below is the rule: Y allowed, N refused with the one line saying who may,
 * "-" where Discord itself would not let that person try (a server they are not in).
 */
class PermissionMatrixTest {

    private static final String[] PEOPLE = {"headteacher", "slt", "home admin", "group admin", "staff", "outsider"};

    /** command, where it is used, then one column per person in {@link #PEOPLE}. */
    private static final String[][] MATRIX = {
        {"warden setup", "home", "N", "N", "Y", "-", "-", "N"},
        {"warden school", "group", "N", "N", "Y", "N", "N", "-"},
        {"compliance", "home", "Y", "Y", "N", "-", "-", "N"},
        {"incidents", "home", "Y", "Y", "N", "-", "-", "N"},
        {"incident", "home", "Y", "Y", "N", "-", "-", "N"},
        {"false-positives", "home", "Y", "Y", "N", "-", "-", "N"},
        {"group purpose", "group", "N", "N", "N", "Y", "N", "-"},
        {"group info", "group", "Y", "Y", "N", "Y", "N", "-"},
        {"attest", "group", "Y", "Y", "Y", "Y", "Y", "-"},
        {"policy", "group", "Y", "Y", "Y", "Y", "Y", "-"},
        {"privacy", "home", "Y", "Y", "Y", "-", "-", "Y"},
        {"roster import", "home", "Y", "Y", "N", "-", "-", "N"},
        {"staff import", "home", "Y", "Y", "N", "-", "-", "N"},
        {"alert buttons", "home", "Y", "Y", "N", "-", "-", "-"},
    };

    @TempDir
    Path data;

    @Test
    void everyCommandAndButtonAgainstEveryRole() throws Exception {
        try (SimulatedSchool school = new SimulatedSchool(data)) {
            var discord = school.discord;
            SimUser headteacher = discord.createUser("r.okafor", "Mrs Okafor");
            SimUser slt = school.assistant;
            SimUser homeAdmin = discord.createUser("it.office", "IT Office");
            SimUser groupAdmin = school.teacher;
            SimUser staff = discord.createUser("ta.jones", "TA Jones");
            SimUser outsider = discord.createUser("reception", "Reception");
            SimRole it = discord.createRole(school.home, "IT", Permissions.ADMINISTRATOR);
            discord.addMember(school.home, headteacher);
            // The headteacher reads the SLT channel without holding the SLT role.
            discord.setOverwrite(school.sltChannel, headteacher.id(), true, Permissions.VIEW_CHANNEL, 0);
            discord.addMember(school.group, headteacher);
            discord.addMember(school.home, slt, school.slt);
            discord.addMember(school.home, homeAdmin, it);
            discord.addMember(school.group, homeAdmin);
            discord.addMember(school.group, staff);
            discord.addMember(school.home, outsider);
            // The assistant holds admin rights in the group through the fixture; for this table they are SLT only.
            discord.setRoles(school.group, slt);
            SimRole leads = discord.createRole(school.group, "Deputy", Permissions.ADMINISTRATOR);
            discord.addMember(school.group, discord.createUser("deputy", "Deputy"), leads);
            SimChannel lobby = discord.createTextChannel(school.home, "lobby");
            school.startBot();
            school.command(school.home, lobby, school.head, "warden", "setup", Map.of("headteacher", headteacher));
            discord.post(school.general, staff, "ring me on 07700 900123");
            SimMessage alert = school.awaitAlerts(1).get(0);

            Map<String, SimUser> people = new LinkedHashMap<>();
            List.of(headteacher, slt, homeAdmin, groupAdmin, staff, outsider)
                    .forEach(p -> people.put(PEOPLE[people.size()], p));
            List<String> wrong = new ArrayList<>();
            for (String[] row : MATRIX) {
                for (int i = 0; i < PEOPLE.length; i++) {
                    String expected = row[2 + i];
                    if (expected.equals("-")) {
                        continue;
                    }
                    SimUser person = people.get(PEOPLE[i]);
                    String answer = row[0].equals("alert buttons")
                            ? school.press(alert, person, alert.buttonId("Acknowledge")).content()
                            : use(school, row[0], row[1].equals("home") ? school.home : school.group,
                                    row[1].equals("home") ? lobby : school.general, person);
                    boolean refused = answer != null && answer.startsWith("Only ");
                    if (refused != expected.equals("N")) {
                        wrong.add(row[0] + " by " + PEOPLE[i] + ": expected " + (expected.equals("Y") ? "allowed"
                                : "refused") + ", got: " + answer);
                    }
                    if (row[0].equals("alert buttons") && !refused) {
                        // Put the alert back in reach of the next person: a new one to press.
                        int before = school.alerts().size();
                        discord.post(school.general, staff, "my number is 07700 900" + (200 + i));
                        alert = school.awaitAlerts(before + 1).get(before);
                    }
                }
            }
            assertEquals(List.of(), wrong);
        }
    }

    private static String use(SimulatedSchool school, String command, SimGuild guild, SimChannel channel,
            SimUser person) throws Exception {
        String[] parts = command.split(" ");
        String sub = parts.length > 1 ? parts[1] : null;
        Map<String, Object> options = switch (command) {
            case "warden school" -> Map.of("name", "Oakfield Primary");
            case "incident" -> Map.of("id", 1L);
            case "group purpose" -> Map.of("purpose", "Year 4 team: planning and cover");
            case "roster import", "staff import" -> Map.of("file", school.discord.upload("list.csv", "text/csv",
                    "Discord ID,Name,Team\n1187452031557910528,A Person,Year 4\n".getBytes(UTF_8)));
            default -> Map.of();
        };
        SimResponse answer = school.command(guild, channel, person, parts[0], sub, options);
        return answer.content();
    }
}
