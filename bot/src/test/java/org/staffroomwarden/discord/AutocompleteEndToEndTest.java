package org.staffroomwarden.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.staffroomwarden.simulator.SimChannel;
import org.staffroomwarden.simulator.SimGuild;
import org.staffroomwarden.simulator.SimResponse;
import org.staffroomwarden.simulator.SimUser;

/**
 * Option autocompletion through the simulated Discord: the school's own group names (and for
 * {@code /warden school} the schools the caller administers), containing what was typed in any
 * case, at most 25, never another school's, and nothing at all for someone who may not run the
 * command.
 */
class AutocompleteEndToEndTest {

    private static final int CLASSES = 30;

    @TempDir
    Path data;
    private SimulatedSchool school;
    private SimulatedSchool.OtherSchool riverside;
    private SimChannel lobby;

    @BeforeEach
    void start() throws Exception {
        school = new SimulatedSchool(data);
        school.discord.addMember(school.home, school.assistant, school.slt);
        for (int i = 1; i <= CLASSES; i++) {
            school.addGroup(String.format("Class %02d", i), school.teacher, school.assistant);
        }
        riverside = school.addSchool("Riverside Academy", "riverside");
        riverside.addGroup("Year 5 Riverside");
        riverside.addGroup("Class 99");
        lobby = school.discord.createTextChannel(school.home, "lobby");
        school.startBot();
        SimulatedSchool.await("every group recorded",
                () -> school.count("SELECT COUNT(*) FROM staff_group") == CLASSES + 3);
    }

    @AfterEach
    void stop() {
        school.close();
    }

    /** What the bot offers while the user has typed {@code typed} into the option. */
    private List<String> choices(SimGuild guild, SimChannel channel, SimUser user, String command, String subcommand,
            String option, String typed) throws Exception {
        SimResponse answer = school.discord.autocomplete(guild, channel, user, command, subcommand,
                Map.of(option, typed), option).awaitResponse(SimulatedSchool.WAIT);
        assertEquals(SimResponse.AUTOCOMPLETE, answer.callbackType());
        return StreamSupport.stream(answer.choices().spliterator(), false).map(c -> c.path("name").asText()).toList();
    }

    private List<String> groups(SimUser user, SimGuild guild, SimChannel channel, String command, String typed)
            throws Exception {
        return choices(guild, channel, user, command, null, "group", typed);
    }

    @Test
    void complianceAndIncidentsOfferTheSchoolsOwnGroupsContainingWhatWasTyped() throws Exception {
        for (String command : List.of("compliance", "incidents")) {
            assertEquals(List.of("Year 4 Team"), groups(school.assistant, school.home, lobby, command, "year"),
                    "/" + command + ": not Riverside's Year 5");
            assertEquals(List.of("Year 4 Team"), groups(school.assistant, school.home, lobby, command, "EAR 4 t"),
                    "/" + command + ": anywhere in the name, in any case");
            assertEquals(List.of(), groups(school.assistant, school.home, lobby, command, "99"),
                    "/" + command + ": Riverside's Class 99 is not Oakfield's");
        }
        List<String> classes = groups(school.assistant, school.home, lobby, "compliance", "class");
        assertEquals(25, classes.size(), "at most 25 of the " + CLASSES + " classes: " + classes);
        assertTrue(classes.stream().allMatch(n -> n.matches("Class [0-3][0-9]")), classes.toString());
        List<String> all = groups(school.assistant, school.home, lobby, "compliance", "");
        assertEquals(25, all.size(), "nothing typed: the first 25");
        assertTrue(!all.contains("Class 99") && !all.contains("Year 5 Riverside"), all.toString());

        assertEquals(Set.of("Year 5 Riverside", "Class 99"), Set.copyOf(groups(riverside.sltMember, riverside.home,
                riverside.sltChannel, "compliance", "")), "Riverside's SLT see Riverside's groups only");
    }

    @Test
    void someoneWhoMayNotRunTheCommandIsOfferedNothing() throws Exception {
        SimUser outsider = school.discord.createUser("reception", "Reception");
        school.discord.addMember(school.home, outsider);
        // Riverside's SLT member is in Oakfield's home server too, without Oakfield's SLT role.
        school.discord.addMember(school.home, riverside.sltMember);
        for (String command : List.of("compliance", "incidents")) {
            assertEquals(List.of(), groups(outsider, school.home, lobby, command, ""), "/" + command + " by an outsider");
            assertEquals(List.of(), groups(riverside.sltMember, school.home, lobby, command, ""),
                    "/" + command + " by another school's SLT in Oakfield's home server");
            assertEquals(List.of(), groups(school.teacher, school.group, school.general, command, ""),
                    "/" + command + " by staff in their group");
        }
        SimResponse refused = school.command(school.group, school.general, school.teacher, "compliance", null,
                Map.of());
        assertEquals("Only the headteacher or SLT can use /compliance.", refused.content(), "the same rule as running it");
    }

    @Test
    void wardenSchoolOffersOnlyTheSchoolsWhoseHomeServerTheCallerAdministers() throws Exception {
        school.discord.addMember(school.group, school.head);
        school.discord.addMember(school.group, riverside.head);
        assertEquals(List.of("Oakfield Primary"), choices(school.group, school.general, school.head, "warden", "school",
                "name", "oak"));
        assertEquals(List.of("Oakfield Primary"), choices(school.group, school.general, school.head, "warden", "school",
                "name", ""), "not Riverside, whose home server they do not administer");
        assertEquals(List.of("Riverside Academy"), choices(school.group, school.general, riverside.head, "warden",
                "school", "name", "ACADEMY"));
        assertEquals(List.of(), choices(school.group, school.general, school.teacher, "warden", "school", "name", ""),
                "a group admin who administers no home server");
    }
}
