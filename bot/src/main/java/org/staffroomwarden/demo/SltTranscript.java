package org.staffroomwarden.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.staffroomwarden.simulator.SimMessage;

/** A message the SLT channel received, as plain text for a terminal. */
final class SltTranscript {

    private static final Pattern DISCORD_TIME = Pattern.compile("<t:(\\d+):[a-zA-Z]>");
    private static final Pattern LINK = Pattern.compile("\\[[^]]*]\\(([^)]*)\\)");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private SltTranscript() {
    }

    /** @param names display names for the user ids Discord would show in place of {@code <@id>} */
    static String render(SimMessage message, java.util.Map<Long, String> names) {
        StringBuilder out = new StringBuilder();
        if (!message.content().isEmpty()) {
            out.append("Warden: ").append(message.content()).append('\n');
        }
        for (JsonNode embed : message.embeds()) {
            String title = embed.path("title").asText();
            out.append("── ").append(title).append(" ").append("─".repeat(Math.max(3, 60 - title.length()))).append('\n');
            boolean breach = title.startsWith("❌") || title.startsWith("✅");
            out.append(line(breach ? "Detail" : "Excerpt", people(plain(embed.path("description").asText()
                    .replaceAll("(?m)^> ?", "")), names)));
            for (JsonNode field : embed.path("fields")) {
                out.append(line(field.path("name").asText(), people(plain(field.path("value").asText()), names)));
            }
            out.append(line("", embed.path("footer").path("text").asText()));
        }
        return out.toString();
    }

    /** The concern an alert embed is about, from its title ("🔴 Personal data · High severity"). */
    static String concern(JsonNode embed) {
        String title = embed.path("title").asText();
        int space = title.indexOf(' ');
        int dot = title.indexOf(" · ");
        return space >= 0 && dot > space ? title.substring(space + 1, dot) : title;
    }

    private static String line(String name, String value) {
        String label = name.isEmpty() ? "" : name + ":";
        String indent = " ".repeat(12);
        return String.format("  %-10s%s%n", label, value.replace("\n", "\n  " + indent.substring(2)));
    }

    private static final Pattern MENTION = Pattern.compile("<@(\\d+)>");

    static String people(String value, java.util.Map<Long, String> names) {
        return MENTION.matcher(value).replaceAll(m -> Matcher.quoteReplacement(
                "@" + names.getOrDefault(Long.parseLong(m.group(1)), m.group(1))));
    }

    /** Discord's markdown, timestamps and links, as a terminal shows them. */
    private static String plain(String value) {
        Matcher time = DISCORD_TIME.matcher(value);
        StringBuilder out = new StringBuilder();
        while (time.find()) {
            time.appendReplacement(out, TIME.format(Instant.ofEpochSecond(Long.parseLong(time.group(1)))));
        }
        time.appendTail(out);
        return LINK.matcher(out.toString()).replaceAll("$1").replace("*", "");
    }
}
