package org.staffroomwarden.view;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A titled block of text with fields: a Discord embed, without Discord.
 *
 * @param colour RGB, e.g. 0xD93025
 * @param timestamp shown at the foot; null for none
 */
public record Card(String title, String description, List<Field> fields, int colour, String footer,
        Instant timestamp) {

    public Card {
        fields = List.copyOf(fields);
    }

    public static Card of(String title, String description, int colour) {
        return new Card(title, description, List.of(), colour, "", null);
    }

    public Card field(String name, String value, boolean inline) {
        List<Field> more = new ArrayList<>(fields);
        more.add(new Field(name, value, inline));
        return new Card(title, description, more, colour, footer, timestamp);
    }

    public Card footer(String newFooter, Instant at) {
        return new Card(title, description, fields, colour, newFooter, at);
    }
}
