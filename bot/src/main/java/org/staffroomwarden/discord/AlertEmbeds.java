package org.staffroomwarden.discord;

import java.awt.Color;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.staffroomwarden.alert.Alert;
import org.staffroomwarden.policy.Severity;

/** An alert as SLT see it in Discord: one embed, personal data already hidden in the excerpt. */
final class AlertEmbeds {

    private AlertEmbeds() {
    }

    static MessageEmbed render(Alert alert) {
        EmbedBuilder embed = new EmbedBuilder();
        embed.setTitle(marker(alert.severity()) + " " + alert.concern().label() + " · " + alert.severity().label()
                + " severity");
        embed.setColor(colour(alert.severity()));
        embed.setDescription(alert.excerpt().isEmpty() ? "*(no text: an attachment)*" : quote(alert.excerpt()));
        embed.addField("Group", clip(alert.groupName(), 256), true);
        embed.addField("Channel", "#" + clip(alert.channelName(), 250), true);
        embed.addField("Author", clip(alert.authorName(), 256), true);
        embed.addField("Sent", "<t:" + alert.sentAt().getEpochSecond() + ":f>", true);
        if (!alert.types().isEmpty()) {
            embed.addField("Found", alert.types().stream().map(t -> t.name()).collect(Collectors.joining(", "))
                    + " (by " + alert.detectors().stream().map(d -> d.name().toLowerCase(java.util.Locale.ROOT))
                            .sorted().collect(Collectors.joining(", ")) + ")", true);
        }
        embed.addField("Rule", clip(alert.rule().text() + "\n*" + alert.rule().source() + "*", 1024), false);
        embed.addField("Message", "[Open in Discord](" + alert.message().jumpUrl() + ")", false);
        embed.setFooter("Incident " + alert.incidentId());
        embed.setTimestamp(alert.sentAt());
        return embed.build();
    }

    private static String quote(String excerpt) {
        return clip("> " + excerpt.replace("\n", "\n> "), 4000);
    }

    private static String marker(Severity severity) {
        return switch (severity) {
            case HIGH -> "\uD83D\uDD34";
            case MEDIUM -> "\uD83D\uDFE0";
            case LOW -> "\uD83D\uDFE1";
        };
    }

    private static Color colour(Severity severity) {
        return switch (severity) {
            case HIGH -> new Color(0xD93025);
            case MEDIUM -> new Color(0xF29900);
            case LOW -> new Color(0xF9D71C);
        };
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
