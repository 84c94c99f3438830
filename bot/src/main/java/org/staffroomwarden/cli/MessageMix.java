package org.staffroomwarden.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated mix of staff-group messages for benchmarks: mostly clean logistics, with personal
 * data, credentials and swearing in about the share a real group might see. Seeded, so every run
 * scans the same messages.
 */
final class MessageMix {

    private static final String[] NAMES = {"Priya", "Tom", "Mrs Patel", "Mr Hughes", "Sarah", "Dan", "Aisha", "Gareth"};
    /** Pupils the generated roster knows. */
    static final String[] PUPILS = {"Amira Khan", "Jayden Smith", "Lily Jones"};
    private static final String[] CLASSES = {"4B", "Y6", "3C", "Reception", "10X2", "Year 2", "5A"};
    private static final String[] CLEAN = {
        "Can %s cover %s period %d?",
        "Parents' evening moved to Thursday 6pm, room %3$d.",
        "Reminder: INSET day on Monday, bring your laptops.",
        "%s is out on the trip with %s today, back by 3.",
        "Photocopier on the first floor is jammed again, ticket raised.",
        "Thanks all, have a good weekend!",
        "Ofsted call might come this week, make sure books are marked up to date.",
        "Lunch duty swap: %s takes Tuesday, I'll do Thursday.",
        "Could whoever borrowed the %2$s reading folders bring them back to room %3$d please",
        "Assessment data for %2$s due Friday, spreadsheet is on the shared drive.",
        "Fire drill at 10:15, please take registers out with you.",
        "SENCo meeting moved to %3$d:30 in the library.",
    };
    private static final String[] FLAGGED = {
        "Can someone ring %s's mum on 07700 900%3$03d, she isn't answering the office.",
        "New address for %s is %3$d Oakfield Road, Leeds LS6 2AB",
        "The wifi password is Bluebell%3$d! don't share it",
        "door code for the staffroom is %4$d",
        "This bloody printer, I swear to god",
        "f*cking photocopier has eaten my marking again",
        "her NHS number is 943 476 5919 if the hospital asks",
        "%s's dob is 03/04/2016 for the trip form",
        "email me at sarah.jones%3$d@gmail.com about it",
        "Amira Khan's mum says she's been diagnosed with ADHD",
        "drinks friday?? spoons at 5",
        "lol did you see what Jayden Smith's dad was wearing at pick up",
        "honestly the parents from that estate are all the same, useless",
    };

    private MessageMix() {
    }

    static List<String> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean flagged = random.nextInt(10) == 0;
            String[] pool = flagged ? FLAGGED : CLEAN;
            String template = pool[random.nextInt(pool.length)];
            messages.add(String.format(template, NAMES[random.nextInt(NAMES.length)],
                    CLASSES[random.nextInt(CLASSES.length)], 1 + random.nextInt(30), 1000 + random.nextInt(9000)));
        }
        return messages;
    }
}
