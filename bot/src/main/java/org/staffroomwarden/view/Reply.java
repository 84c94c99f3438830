package org.staffroomwarden.view;

import java.util.List;
import java.util.Optional;

/**
 * A message in answer.
 *
 * @param ephemeral seen only by the person who asked
 * @param replacesMessage for a button: the reply takes the place of the message the button is on
 */
public record Reply(String text, List<Card> cards, List<Button> buttons, Optional<FileAttachment> file, boolean ephemeral,
        boolean replacesMessage) implements Response {

    public Reply {
        cards = List.copyOf(cards);
        buttons = List.copyOf(buttons);
    }

    /** One private line: a refusal, an error, a confirmation. */
    public static Reply privately(String text) {
        return new Reply(text, List.of(), List.of(), Optional.empty(), true, false);
    }

    public static Reply privately(String text, List<Card> cards) {
        return new Reply(text, cards, List.of(), Optional.empty(), true, false);
    }

    /** Cards and buttons posted for everyone in the channel to see. */
    public static Reply posted(List<Card> cards, List<Button> buttons) {
        return new Reply("", cards, buttons, Optional.empty(), false, false);
    }

    public Reply withButtons(List<Button> more) {
        return new Reply(text, cards, more, file, ephemeral, replacesMessage);
    }

    public Reply withFile(FileAttachment attached) {
        return new Reply(text, cards, buttons, Optional.of(attached), ephemeral, replacesMessage);
    }

    /** The same content shown in place of the message whose button was pressed. */
    public Reply replacing() {
        return new Reply(text, cards, buttons, file, false, true);
    }
}
