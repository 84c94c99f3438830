package org.staffroomwarden.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GET /channels/{id}/messages as Discord answers it, asked over HTTP with the bot's token. */
class ChannelHistoryRouteTest {

    private final SimulatedDiscord discord = SimulatedDiscord.start();
    private final SimUser teacher = discord.createUser("sam.carter", "Sam Carter");
    private final SimGuild group = discord.createGuild("Year 4 Team", teacher);
    private final SimChannel general = discord.createTextChannel(group, "general");
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        discord.close();
    }

    /** The status and the body. */
    private record Answer(int status, JsonNode json) {
    }

    private Answer get(SimChannel channel, String query) throws IOException, InterruptedException {
        return get(channel.id(), query);
    }

    private Answer get(long channelId, String query) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(discord.restBaseUrl() + "channels/"
                + channelId + "/messages" + query)).header("Authorization", "Bot " + discord.token()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), Payloads.JSON.readTree(response.body()));
    }

    private static List<Long> ids(Answer answer) {
        assertEquals(200, answer.status(), answer.json().toString());
        return StreamSupport.stream(answer.json().spliterator(), false).map(m -> m.path("id").asLong()).toList();
    }

    /** Five messages posted with no bot connected, oldest first. */
    private List<Long> fivePosted() {
        discord.addBot(group);
        List<Long> posted = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            posted.add(discord.post(general, teacher, "message " + i).id());
        }
        return posted;
    }

    @Test
    void afterGivesTheOldestMessagesAfterTheIdNewestFirstSoAClientPagesForward() throws Exception {
        List<Long> m = fivePosted();
        assertEquals(List.of(m.get(1), m.get(0)), ids(get(general, "?after=0&limit=2")));
        assertEquals(List.of(m.get(3), m.get(2)), ids(get(general, "?after=" + m.get(1) + "&limit=2")));
        assertEquals(List.of(m.get(4)), ids(get(general, "?after=" + m.get(3) + "&limit=2")));
        assertEquals(List.of(), ids(get(general, "?after=" + m.get(4) + "&limit=2")));
    }

    @Test
    void beforeAndNoPivotGiveTheNewestNewestFirstFiftyUnlessALimitIsGiven() throws Exception {
        List<Long> m = fivePosted();
        assertEquals(List.of(m.get(3), m.get(2)), ids(get(general, "?before=" + m.get(4) + "&limit=2")));
        assertEquals(List.of(m.get(4), m.get(3)), ids(get(general, "?limit=2")));
        for (int i = 6; i <= 60; i++) {
            discord.post(general, teacher, "message " + i);
        }
        assertEquals(50, ids(get(general, "")).size());
    }

    @Test
    void aMessageSentEarlierSortsByItsTimeAndCarriesNoMember() throws Exception {
        List<Long> m = fivePosted();
        SimMessage earlier = discord.postEarlier(general, teacher, "from last week",
                Instant.now().minus(Duration.ofDays(7)));
        assertEquals(List.of(m.get(0), earlier.id()), ids(get(general, "?after=0&limit=2")));
        JsonNode first = get(general, "?after=0&limit=1").json().get(0);
        assertEquals("from last week", first.path("content").asText());
        assertEquals(teacher.id(), first.path("author").path("id").asLong());
        assertFalse(first.has("member"), "Discord sends the member on the gateway only");
    }

    @Test
    void theBotMustSeeTheChannelAndWithoutReadMessageHistoryGetsNothing() throws Exception {
        fivePosted();
        SimChannel hidden = discord.createTextChannel(group, "leads");
        discord.post(hidden, teacher, "not for the bot");
        discord.setOverwrite(hidden, discord.botUser().id(), true, 0, Permissions.VIEW_CHANNEL);
        Answer refused = get(hidden, "?after=0");
        assertEquals(403, refused.status());
        assertEquals(50001, refused.json().path("code").asInt());

        discord.setOverwrite(general, discord.botUser().id(), true, 0, Permissions.READ_MESSAGE_HISTORY);
        assertEquals(List.of(), ids(get(general, "?after=0")));

        Answer unknown = get(123_456_789L, "?after=0");
        assertEquals(404, unknown.status());
        assertEquals(10003, unknown.json().path("code").asInt());
    }

    @Test
    void aLimitOutOfRangeOrTwoPivotsAreRefusedAsDiscordRefusesThem() throws Exception {
        discord.addBot(group);
        for (String query : List.of("?limit=0", "?limit=101", "?limit=ten", "?after=1&before=9", "?after=x")) {
            Answer answer = get(general, query);
            assertEquals(400, answer.status(), query);
            assertEquals(50035, answer.json().path("code").asInt(), query);
        }
    }
}
