package org.staffroomwarden.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.staffroomwarden.policy.Concern;

class ComplianceChartTest {

    private static final String TITLE = "Flags per group, last 4 weeks";
    private static final LocalDate FIRST = LocalDate.of(2025, 3, 3);
    private static final List<LocalDate> WEEKS = List.of(FIRST, FIRST.plusWeeks(1), FIRST.plusWeeks(2), FIRST.plusWeeks(3));
    private static final List<String> GROUPS = List.of("Year 4 team", "Science department", "Whole staff social", "SLT");

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image != null, "not a PNG ImageIO can read");
        return image;
    }

    private static List<WeeklyFlags> someFlags(List<String> groups, long seed) {
        Random random = new Random(seed);
        List<WeeklyFlags> flags = new ArrayList<>();
        for (String group : groups) {
            for (LocalDate week : WEEKS) {
                for (Concern concern : Concern.messageConcerns()) {
                    if (random.nextInt(4) == 0) {
                        flags.add(new WeeklyFlags(group, week, concern, 1 + random.nextInt(5)));
                    }
                }
            }
        }
        return flags;
    }

    private static int pixels(BufferedImage image, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += image.getRGB(x, y) == colour.getRGB() ? 1 : 0;
            }
        }
        return n;
    }

    /** The first row, from the top, with a pixel of the colour; the picture's height when none. */
    private static int topmost(BufferedImage image, Color colour) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) == colour.getRGB()) {
                    return y;
                }
            }
        }
        return image.getHeight();
    }

    @Test
    void drawsAPngDiscordCanPreview() throws IOException {
        BufferedImage image = decode(ComplianceChart.png(TITLE, GROUPS, WEEKS, someFlags(GROUPS, 1)));
        assertEquals(900, image.getWidth());
        assertEquals(500, image.getHeight());
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        byte[] first = ComplianceChart.png(TITLE, GROUPS, WEEKS, someFlags(GROUPS, 2));
        byte[] again = ComplianceChart.png(TITLE, GROUPS, WEEKS, someFlags(GROUPS, 2));
        assertArrayEquals(first, again);
    }

    @Test
    void differentCountsGiveDifferentPictures() throws IOException {
        BufferedImage one = decode(ComplianceChart.png(TITLE, GROUPS, WEEKS, someFlags(GROUPS, 3)));
        BufferedImage other = decode(ComplianceChart.png(TITLE, GROUPS, WEEKS, someFlags(GROUPS, 4)));
        int differing = 0;
        for (int y = 0; y < one.getHeight(); y++) {
            for (int x = 0; x < one.getWidth(); x++) {
                differing += one.getRGB(x, y) != other.getRGB(x, y) ? 1 : 0;
            }
        }
        assertTrue(differing > 1000, differing + " pixels differ");
    }

    @ParameterizedTest
    @EnumSource(value = Concern.class, names = {"PERSONAL_DATA", "CREDENTIALS", "BANTER", "SOCIAL_PLANNING",
            "INAPPROPRIATE_LANGUAGE", "DEROGATORY", "MEDIA"})
    void moreFlagsDrawALongerBarInTheConcernsColour(Concern concern) throws IOException {
        Color colour = ComplianceChart.colour(concern);
        int legendOnly = pixels(decode(ComplianceChart.png(TITLE, GROUPS, WEEKS,
                List.of(new WeeklyFlags("SLT", FIRST, concern == Concern.MEDIA ? Concern.BANTER : Concern.MEDIA, 1)))), colour);
        int one = pixels(decode(ComplianceChart.png(TITLE, GROUPS, WEEKS, List.of(new WeeklyFlags("SLT", FIRST, concern, 1)))), colour);
        int four = pixels(decode(ComplianceChart.png(TITLE, GROUPS, WEEKS, List.of(new WeeklyFlags("SLT", FIRST, concern, 4)))), colour);
        assertTrue(legendOnly < one && one < four, legendOnly + " < " + one + " < " + four);
    }

    @Test
    void eachGroupsBarsRunFromTheOldestWeekAtTheTop() throws IOException {
        Color colour = ComplianceChart.colour(Concern.BANTER);
        int[] tops = WEEKS.stream().mapToInt(week -> {
            try {
                return topmost(decode(ComplianceChart.png(TITLE, GROUPS, WEEKS,
                        List.of(new WeeklyFlags("Year 4 team", week, Concern.BANTER, 2)))), colour);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }).toArray();
        int[] sorted = tops.clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, tops);
        assertEquals(4, Arrays.stream(tops).distinct().count(), Arrays.toString(tops));
    }

    @Test
    void countsForTheSameBarAddUp() {
        List<WeeklyFlags> split = List.of(new WeeklyFlags("SLT", FIRST, Concern.BANTER, 1), new WeeklyFlags("SLT", FIRST, Concern.BANTER, 2));
        List<WeeklyFlags> whole = List.of(new WeeklyFlags("SLT", FIRST, Concern.BANTER, 3));
        assertArrayEquals(ComplianceChart.png(TITLE, GROUPS, WEEKS, whole), ComplianceChart.png(TITLE, GROUPS, WEEKS, split));
    }

    @Test
    void noFlagsDrawsTheAllClearPicture() throws IOException {
        byte[] none = ComplianceChart.png(TITLE, GROUPS, WEEKS, List.of());
        byte[] zeros = ComplianceChart.png(TITLE, GROUPS, WEEKS, List.of(new WeeklyFlags("SLT", FIRST, Concern.BANTER, 0)));
        assertArrayEquals(none, zeros);
        BufferedImage image = decode(none);
        assertEquals(500, image.getHeight());
        // A legend swatch alone is 144 pixels; a few may be the edges of anti-aliased grey text.
        for (Concern concern : Concern.messageConcerns()) {
            int drawn = pixels(image, ComplianceChart.colour(concern));
            assertTrue(drawn < 50, concern + " drawn on the all-clear picture: " + drawn + " pixels");
        }
        assertFalse(Arrays.equals(none, ComplianceChart.png(TITLE, List.of(), WEEKS, List.of())),
                "the picture says how many groups were looked at");
    }

    @Test
    void anEmptySchoolRenders() throws IOException {
        BufferedImage image = decode(ComplianceChart.png(TITLE, List.of(), WEEKS, List.of()));
        assertEquals(900, image.getWidth());
        assertEquals(500, image.getHeight());
    }

    @Test
    void thirtyGroupsMakeATallerPictureNotThinnerBars() throws IOException {
        List<String> groups = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            groups.add(i % 3 == 0 ? "Group " + i + ": planning, cover and trips for the whole key stage" : "Group " + i);
        }
        List<WeeklyFlags> flags = someFlags(groups, 5);
        long start = System.nanoTime();
        byte[] png = ComplianceChart.png(TITLE, groups, WEEKS, flags);
        System.out.printf("compliance chart, 30 groups: %.1f ms, %d bytes%n", (System.nanoTime() - start) / 1e6, png.length);
        BufferedImage image = decode(png);
        assertEquals(900, image.getWidth());
        assertEquals(ComplianceChart.height(30), image.getHeight());
        assertTrue(image.getHeight() >= 30 * ComplianceChart.HEIGHT_PER_GROUP, "height " + image.getHeight());
        BufferedImage few = decode(ComplianceChart.png(TITLE, groups.subList(0, 4), WEEKS, someFlags(groups.subList(0, 4), 5)));
        assertTrue(image.getHeight() > few.getHeight());
    }

    @Test
    void everyConcernHasItsOwnColour() {
        assertEquals(Concern.messageConcerns().size(), Concern.messageConcerns().stream().map(ComplianceChart::colour).distinct().count());
    }

    @Test
    void refusesCountsItCannotPlace() {
        assertThrows(IllegalArgumentException.class, () -> ComplianceChart.png(TITLE, GROUPS, WEEKS,
                List.of(new WeeklyFlags("Deleted group", FIRST, Concern.BANTER, 1))));
        assertThrows(IllegalArgumentException.class, () -> ComplianceChart.png(TITLE, GROUPS, WEEKS,
                List.of(new WeeklyFlags("SLT", FIRST.minusWeeks(1), Concern.BANTER, 1))));
        assertThrows(IllegalArgumentException.class, () -> ComplianceChart.png(TITLE, List.of("SLT", "SLT"), WEEKS, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new WeeklyFlags("SLT", FIRST, Concern.BANTER, -1));
    }
}
