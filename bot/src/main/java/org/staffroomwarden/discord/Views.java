package org.staffroomwarden.discord;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.AbstractMessageBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.staffroomwarden.alert.AlertCards;
import org.staffroomwarden.view.Button;
import org.staffroomwarden.view.Card;
import org.staffroomwarden.view.Field;
import org.staffroomwarden.view.Reply;

/** The core's cards and buttons as Discord embeds and components. */
final class Views {

    private static final int BUTTONS_PER_ROW = 5;

    private Views() {
    }

    static MessageEmbed embed(Card card) {
        EmbedBuilder embed = new EmbedBuilder().setTitle(AlertCards.clip(card.title(), 256)).setColor(new Color(card.colour()));
        if (!card.description().isEmpty()) {
            embed.setDescription(AlertCards.clip(card.description(), 4096));
        }
        for (Field field : card.fields()) {
            embed.addField(AlertCards.clip(field.name(), 256), AlertCards.clip(field.value(), 1024), field.inline());
        }
        if (!card.footer().isEmpty()) {
            embed.setFooter(AlertCards.clip(card.footer(), 2048));
        }
        if (card.timestamp() != null) {
            embed.setTimestamp(card.timestamp());
        }
        return embed.build();
    }

    static List<MessageEmbed> embeds(List<Card> cards) {
        return cards.stream().limit(10).map(Views::embed).toList();
    }

    static List<ActionRow> rows(List<Button> buttons) {
        List<ActionRow> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += BUTTONS_PER_ROW) {
            rows.add(ActionRow.of(buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_ROW)).stream()
                    .map(Views::button).toList()));
        }
        return rows;
    }

    private static net.dv8tion.jda.api.components.buttons.Button button(Button b) {
        var button = switch (b.style()) {
            case PRIMARY -> net.dv8tion.jda.api.components.buttons.Button.primary(b.id(), b.label());
            case SECONDARY -> net.dv8tion.jda.api.components.buttons.Button.secondary(b.id(), b.label());
            case SUCCESS -> net.dv8tion.jda.api.components.buttons.Button.success(b.id(), b.label());
            case DANGER -> net.dv8tion.jda.api.components.buttons.Button.danger(b.id(), b.label());
        };
        return button.withDisabled(b.disabled());
    }

    static MessageCreateData create(Reply reply) {
        return fill(new MessageCreateBuilder(), reply);
    }

    static MessageEditData edit(Reply reply) {
        return fill(new MessageEditBuilder(), reply);
    }

    /** A new message and an edit carry the reply alike: its text, cards, buttons and file. */
    private static <T, B extends AbstractMessageBuilder<T, B>> T fill(B message, Reply reply) {
        message.setContent(AlertCards.clip(reply.text(), 2000)).setEmbeds(embeds(reply.cards()))
                .setComponents(rows(reply.buttons()));
        reply.file().ifPresent(file -> message.setFiles(FileUpload.fromData(file.bytes(), file.filename())));
        return message.build();
    }
}
