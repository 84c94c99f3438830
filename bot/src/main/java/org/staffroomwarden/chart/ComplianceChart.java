package org.staffroomwarden.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.GroupedStackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.KeyToGroupMap;
import org.jfree.data.category.DefaultCategoryDataset;
import org.staffroomwarden.policy.Concern;

/**
 * The compliance chart: flags per group per concern over the last weeks, as a PNG for the SLT
 * channel. Groups run down the left, so long group names stay readable and a school with many
 * groups makes the picture taller rather than the bars thinner; each group has one bar per week,
 * oldest at the top, stacked by concern in fixed colours, so a group's trend reads top to bottom.
 * The same input gives the same bytes: no timestamps, a fixed order for everything drawn.
 */
public final class ComplianceChart {

    static {
        // Servers have no display; AWT must know before it starts. A setting made outside stands.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Discord previews a picture about this wide without scaling text below legibility. */
    public static final int WIDTH = 900;
    private static final int MIN_HEIGHT = 500;
    /** Room for one group's bars and label; beyond what fits in MIN_HEIGHT the picture grows. */
    static final int HEIGHT_PER_GROUP = 24;
    /** Title, subtitle, legend and the flags axis. */
    private static final int FRAME_HEIGHT = 170;
    /** The flags axis reaches at least this far, so that one flag does not fill the width. */
    private static final int MIN_FLAGS_SHOWN = 5;
    /** Every other group is shaded, to follow a row across on a tall chart. */
    private static final Color BAND = new Color(0xF3F3F3);

    private static final String FONT = Font.SANS_SERIF;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private ComplianceChart() {
    }

    /** The picture's height for this many groups. */
    public static int height(int groups) {
        return Math.max(MIN_HEIGHT, FRAME_HEIGHT + HEIGHT_PER_GROUP * groups);
    }

    /**
     * Draws the chart.
     *
     * @param groups every group of the school, with or without flags, in the order to show them;
     *               names must differ
     * @param weeks  the first day of each week shown, oldest first
     * @param flags  the counts; a group, week and concern given twice is added up
     * @throws IllegalArgumentException when a group name repeats, or a count names a group or week
     *                                  not in the lists
     */
    public static byte[] png(String title, List<String> groups, List<LocalDate> weeks, List<WeeklyFlags> flags) {
        Set<String> known = new HashSet<>(groups);
        if (known.size() != groups.size()) {
            throw new IllegalArgumentException("two groups have the same name");
        }
        Map<Bar, Integer> counts = new HashMap<>();
        for (WeeklyFlags f : flags) {
            if (!known.contains(f.group()) || !weeks.contains(f.weekStart())) {
                throw new IllegalArgumentException("a count is for a group or week the chart does not show");
            }
            counts.merge(new Bar(f.group(), f.weekStart(), f.concern()), f.count(), Integer::sum);
        }
        boolean anyFlag = counts.values().stream().anyMatch(c -> c > 0);
        JFreeChart chart = anyFlag ? bars(title, groups, weeks, counts) : noFlags(title, groups.size(), weeks.size());
        return encode(chart, WIDTH, height(anyFlag ? groups.size() : 0));
    }

    /** One segment of the chart: a group's count for one concern in one week. */
    private record Bar(String group, LocalDate week, Concern concern) {
    }

    /**
     * The colour of each concern, from Paul Tol's "bright" scheme: seven colours that readers with
     * any common colour blindness can tell apart, none of them the black or grey of the text.
     */
    static Color colour(Concern concern) {
        return switch (concern) {
            case PERSONAL_DATA -> new Color(0xEE6677);
            case CREDENTIALS -> new Color(0x4477AA);
            case BANTER -> new Color(0xCCBB44);
            case SOCIAL_PLANNING -> new Color(0x66CCEE);
            case INAPPROPRIATE_LANGUAGE -> new Color(0xAA3377);
            case DEROGATORY -> new Color(0x228833);
            case MEDIA -> new Color(0xBBBBBB);
            // Governance checks are never flagged in messages, so they are never drawn.
            default -> throw new IllegalArgumentException(concern + " is not a message concern");
        };
    }

    private static JFreeChart bars(String title, List<String> groups, List<LocalDate> weeks, Map<Bar, Integer> counts) {
        // A series is one concern in one week; the series of a week stack into one bar per group.
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        KeyToGroupMap weekOf = new KeyToGroupMap(weeks.get(0).toString());
        GroupedStackedBarRenderer renderer = new GroupedStackedBarRenderer();
        int series = 0;
        for (LocalDate week : weeks) {
            for (Concern concern : Concern.messageConcerns()) {
                String key = week + " " + concern.name();
                weekOf.mapKeyToGroup(key, week.toString());
                renderer.setSeriesPaint(series++, colour(concern));
                for (String group : groups) {
                    dataset.addValue(counts.getOrDefault(new Bar(group, week, concern), 0), key, group);
                }
            }
        }
        renderer.setSeriesToGroupMap(weekOf);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setDefaultOutlineStroke(new BasicStroke(0.5f));
        renderer.setItemMargin(0.08);
        renderer.setMaximumBarWidth(0.04);

        CategoryAxis groupAxis = new CategoryAxis();
        groupAxis.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        groupAxis.setCategoryMargin(0.25);
        groupAxis.setLowerMargin(0.01);
        groupAxis.setUpperMargin(0.01);
        groupAxis.setMaximumCategoryLabelWidthRatio(0.28f);
        groupAxis.setMaximumCategoryLabelLines(1);

        NumberAxis flagAxis = new NumberAxis("Flags");
        flagAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        flagAxis.setRange(0, Math.max(MIN_FLAGS_SHOWN, longestBar(counts)) * 1.05);
        flagAxis.setLabelFont(new Font(FONT, Font.PLAIN, 12));
        flagAxis.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));

        CategoryPlot plot = new CategoryPlot(dataset, groupAxis, flagAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setFixedLegendItems(legend());
        for (int i = 1; i < groups.size(); i += 2) {
            CategoryMarker band = new CategoryMarker(groups.get(i), BAND, new BasicStroke(0f));
            band.setDrawAsLine(false);
            plot.addDomainMarker(band, Layer.BACKGROUND);
        }

        JFreeChart chart = frame(title, plot);
        chart.addSubtitle(subtitle(weekOrder(weeks)));
        LegendTitle legend = new LegendTitle(plot);
        legend.setItemFont(new Font(FONT, Font.PLAIN, 12));
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(legend);
        return chart;
    }

    /** The most flags in one bar: one group's concerns added up for one week. */
    private static int longestBar(Map<Bar, Integer> counts) {
        Map<List<Object>, Integer> bars = new HashMap<>();
        counts.forEach((bar, count) -> bars.merge(List.of(bar.group(), bar.week()), count, Integer::sum));
        return bars.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** What a reader needs to tell the bars of a group apart, since they carry no labels. */
    private static String weekOrder(List<LocalDate> weeks) {
        if (weeks.size() == 1) {
            return "Week of " + DAY.format(weeks.get(0));
        }
        return "Each group: one bar per week, from the week of " + DAY.format(weeks.get(0))
                + " (top) to the week of " + DAY.format(weeks.get(weeks.size() - 1)) + " (bottom)";
    }

    private static LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        for (Concern concern : Concern.messageConcerns()) {
            LegendItem item = new LegendItem(concern.label(), colour(concern));
            item.setShape(new Rectangle(0, 0, 12, 12));
            items.add(item);
        }
        return items;
    }

    /** A clean chart: the title, how many groups were looked at, and a message where the bars would be. */
    private static JFreeChart noFlags(String title, int groups, int weeks) {
        CategoryPlot plot = new CategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setNoDataMessage("No flags in the last " + (weeks == 1 ? "week" : weeks + " weeks"));
        plot.setNoDataMessageFont(new Font(FONT, Font.BOLD, 22));
        plot.setNoDataMessagePaint(new Color(0x333333));
        JFreeChart chart = frame(title, plot);
        chart.addSubtitle(subtitle(groups == 0 ? "No groups yet" : groups == 1 ? "1 group" : groups + " groups"));
        return chart;
    }

    private static TextTitle subtitle(String text) {
        return new TextTitle(text, new Font(FONT, Font.PLAIN, 12), Color.DARK_GRAY, RectangleEdge.TOP,
                TextTitle.DEFAULT_HORIZONTAL_ALIGNMENT, TextTitle.DEFAULT_VERTICAL_ALIGNMENT, new RectangleInsets(2, 0, 6, 0));
    }

    private static JFreeChart frame(String title, CategoryPlot plot) {
        JFreeChart chart = new JFreeChart(title, new Font(FONT, Font.BOLD, 18), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        return chart;
    }

    private static byte[] encode(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG to memory", e);
        }
        return out.toByteArray();
    }
}
