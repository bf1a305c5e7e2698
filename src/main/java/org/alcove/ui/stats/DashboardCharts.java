package org.alcove.ui.stats;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import javafx.util.StringConverter;

import org.alcove.catalog.Genre;
import org.alcove.catalog.stats.AuthorCount;
import org.alcove.catalog.stats.CatalogStats;
import org.alcove.catalog.stats.CollectionStats;
import org.alcove.catalog.stats.DecadeCount;
import org.alcove.catalog.stats.GenreStats;

/**
 * The dashboard's five charts, filled from one {@link CatalogStats}: the genre pie, average and
 * total pages per genre, books per decade and the top authors. A click on a slice or a bar runs the
 * view model's drill-down.
 */
final class DashboardCharts {
    /** Longest author name drawn on the axis; the tooltip has the whole name. */
    static final int AUTHOR_LABEL = 24;

    final PieChart genres = new PieChart();
    final BarChart<String, Number> averagePages = genreBars("Average pages");
    final BarChart<String, Number> totalPages = genreBars("Total pages");
    final BarChart<String, Number> decades;
    final BarChart<Number, String> authors;
    final BarChart<Number, String> tags;
    final BarChart<String, Number> ratings;
    final BarChart<String, Number> readPerYear;
    final BarChart<Number, String> locations;
    private final StatisticsViewModel vm;

    DashboardCharts(StatisticsViewModel vm) {
        this.vm = vm;
        genres.setId("genre-chart");
        genres.setLegendVisible(false);
        genres.setLabelLineLength(14);
        genres.setStartAngle(90);
        averagePages.setId("average-pages-chart");
        totalPages.setId("total-pages-chart");
        CategoryAxis decadeAxis = new CategoryAxis();
        decades = new BarChart<>(decadeAxis, numberAxis("Books"));
        decades.setId("decade-chart");
        decades.setCategoryGap(2);
        CategoryAxis authorAxis = new CategoryAxis();
        authors = new BarChart<>(numberAxis("Books"), authorAxis);
        authors.setId("author-chart");
        authors.setCategoryGap(5);
        authors.setBarGap(0);
        tags = new BarChart<>(numberAxis("Books"), new CategoryAxis());
        tags.setId("tag-chart");
        ratings = new BarChart<>(new CategoryAxis(), numberAxis("Books"));
        ratings.setId("rating-chart");
        ratings.setCategoryGap(6);
        readPerYear = new BarChart<>(new CategoryAxis(), numberAxis("Readings"));
        readPerYear.setId("read-per-year-chart");
        readPerYear.setCategoryGap(4);
        locations = new BarChart<>(numberAxis("Copies"), new CategoryAxis());
        locations.setId("location-chart");
        for (var chart : List.of(tags, locations)) {
            chart.setCategoryGap(5);
            chart.setBarGap(0);
        }
        for (var chart : List.of(genres, averagePages, totalPages, decades, authors, tags, ratings, readPerYear, locations)) {
            chart.setAnimated(false);
            chart.getStyleClass().add("dashboard-chart");
        }
        for (var chart : List.of(averagePages, totalPages, decades, authors, tags, ratings, readPerYear, locations)) {
            chart.setLegendVisible(false);
            // an animated axis given new categories leaves them unlabelled (the labels fade in at 0 opacity)
            chart.getXAxis().setAnimated(false);
            chart.getYAxis().setAnimated(false);
        }
    }

    /** Draws {@code stats}, replacing what was drawn. */
    void show(CatalogStats stats) {
        showGenres(stats);
        showPages(stats.genres());
        showDecades(stats.decades());
        showAuthors(stats.topAuthors());
    }

    /** Draws the collection's charts: tags, ratings, readings per year, copies per location. */
    void show(CollectionStats c) {
        horizontal(tags, c.tags(), n -> n.name(), n -> "tag:\"" + n.name().replace("\"", "") + "\"", " books");
        List<CollectionStats.Named> everyRating = new ArrayList<>();
        for (int half = 0; half <= 10; half++) { // 0 to 5 in halves, those without books at 0
            String r = java.math.BigDecimal.valueOf(half * 5L, 1).stripTrailingZeros().toPlainString();
            everyRating.add(c.ratings().stream().filter(n -> n.name().equals(r)).findFirst().orElse(new CollectionStats.Named(r, 0)));
        }
        vertical(ratings, everyRating, n -> "rating:" + n.name(), " books");
        vertical(readPerYear, c.readPerYear(), null, " readings finished");
        horizontal(locations, c.copiesPerLocation(), n -> n.name().isEmpty() ? "(no location)" : n.name(), null, " copies");
    }

    private void vertical(BarChart<String, Number> chart, List<CollectionStats.Named> counts,
                          java.util.function.Function<CollectionStats.Named, String> term, String unit) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (CollectionStats.Named n : counts) {
            series.getData().add(new XYChart.Data<>(n.name(), n.count()));
        }
        chart.getData().setAll(List.of(series)); // categories from the data, in its order (see horizontal)
        for (int i = 0; i < counts.size(); i++) {
            CollectionStats.Named n = counts.get(i);
            Node bar = series.getData().get(i).getNode();
            if (term != null && n.count() > 0) {
                clickable(bar, n.name() + ": " + StatisticsViewModel.count(n.count()) + unit + "\nClick to show these books",
                        () -> vm.showMatching(term.apply(n)));
            } else {
                Tooltip.install(bar, new Tooltip(n.name() + ": " + StatisticsViewModel.count(n.count()) + unit));
            }
        }
    }

    /** Most at the top, names cut to fit (kept distinct); a click shows the books when {@code term} is given. */
    private void horizontal(BarChart<Number, String> chart, List<CollectionStats.Named> counts,
                            java.util.function.Function<CollectionStats.Named, String> label,
                            java.util.function.Function<CollectionStats.Named, String> term, String unit) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<String> labels = distinctLabels(counts.stream().map(label).toList());
        for (int i = counts.size() - 1; i >= 0; i--) {
            series.getData().add(new XYChart.Data<>(counts.get(i).count(), labels.get(i)));
        }
        // the categories come from the data, in its order (explicit ones given after the first layout stay unlabelled)
        chart.getData().setAll(List.of(series));
        // a few bars stay bars, not slabs: the gap grows as there are fewer of them
        chart.setCategoryGap(Math.max(5, 28 - 2 * counts.size()));
        for (int i = 0; i < counts.size(); i++) {
            CollectionStats.Named n = counts.get(counts.size() - 1 - i);
            Node bar = series.getData().get(i).getNode();
            String tip = label.apply(n) + ": " + StatisticsViewModel.count(n.count()) + unit;
            if (term != null) {
                clickable(bar, tip + "\nClick to show these books", () -> vm.showMatching(term.apply(n)));
            } else {
                Tooltip.install(bar, new Tooltip(tip));
            }
        }
    }

    private void showGenres(CatalogStats stats) {
        List<PieChart.Data> slices = new ArrayList<>();
        for (GenreStats g : stats.genres()) {
            slices.add(new PieChart.Data(StatisticsViewModel.sliceLabel(g, stats.books()), g.books()));
        }
        genres.setData(FXCollections.observableArrayList(slices));
        for (int i = 0; i < slices.size(); i++) {
            GenreStats g = stats.genres().get(i);
            Node slice = slices.get(i).getNode();
            // the genre's own colour whatever genres are missing, so Fiction is always the same
            slice.getStyleClass().removeIf(c -> c.startsWith("default-color"));
            slice.getStyleClass().add(genreStyle(g.genre()));
            clickable(slice, slices.get(i).getName() + (g.genre() == null ? "" : "\nClick to show these books"),
                    g.genre() == null ? null : () -> vm.showGenre(g.genre()));
        }
    }

    /** A bar per genre with books in scope (any number of them, by name; those without a genre last). */
    private void showPages(List<GenreStats> genreStats) {
        XYChart.Series<String, Number> average = new XYChart.Series<>();
        XYChart.Series<String, Number> total = new XYChart.Series<>();
        for (GenreStats s : genreStats) {
            average.getData().add(new XYChart.Data<>(s.name(), s.pagesAverage()));
            total.getData().add(new XYChart.Data<>(s.name(), s.pagesTotal()));
        }
        averagePages.getData().setAll(List.of(average));
        totalPages.getData().setAll(List.of(total));
        for (int i = 0; i < genreStats.size(); i++) {
            GenreStats s = genreStats.get(i);
            String books = StatisticsViewModel.count(s.books()) + " books";
            colourBar(average.getData().get(i).getNode(), s.genre());
            colourBar(total.getData().get(i).getNode(), s.genre());
            clickable(average.getData().get(i).getNode(), s.name() + ": " + StatisticsViewModel.average(s.pagesAverage())
                    + " pages on average (" + books + ")", s.genre() == null ? null : () -> vm.showGenre(s.genre()));
            clickable(total.getData().get(i).getNode(), s.name() + ": " + StatisticsViewModel.count(s.pagesTotal())
                    + " pages in all (" + books + ")", s.genre() == null ? null : () -> vm.showGenre(s.genre()));
        }
    }

    private void showDecades(List<DecadeCount> found) {
        List<DecadeCount> counts = withEmptyDecades(found);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (DecadeCount d : counts) {
            series.getData().add(new XYChart.Data<>(d.decade() + "s", d.books()));
        }
        decades.getData().setAll(List.of(series)); // categories from the data, in its order (see horizontal)
        for (int i = 0; i < counts.size(); i++) {
            DecadeCount d = counts.get(i);
            clickable(series.getData().get(i).getNode(), d.decade() + "\u2013" + (d.decade() + 9) + ": "
                    + StatisticsViewModel.count(d.books()) + " books", () -> vm.showDecade(d.decade()));
        }
    }

    /** The decades from the first to the last, those without books at 0, so the axis is time (2020s not next to 1920s). */
    static List<DecadeCount> withEmptyDecades(List<DecadeCount> found) {
        if (found.size() < 2) {
            return found;
        }
        java.util.Map<Integer, DecadeCount> byDecade = new java.util.HashMap<>();
        found.forEach(d -> byDecade.put(d.decade(), d));
        List<DecadeCount> out = new ArrayList<>();
        int first = found.get(0).decade();
        int last = found.get(found.size() - 1).decade();
        for (int d = first; d <= last; d += 10) {
            DecadeCount c = byDecade.get(d);
            out.add(c != null ? c : new DecadeCount(d, 0));
        }
        return out;
    }

    /** Most books at the top: a category axis runs upwards, so the list goes in reversed. */
    private void showAuthors(List<AuthorCount> top) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<String> labels = authorLabels(top);
        for (int i = top.size() - 1; i >= 0; i--) {
            series.getData().add(new XYChart.Data<>(top.get(i).books(), labels.get(i)));
        }
        authors.getData().setAll(List.of(series)); // categories from the data, in its order (see horizontal)
        for (int i = 0; i < top.size(); i++) {
            AuthorCount a = top.get(top.size() - 1 - i);
            clickable(series.getData().get(i).getNode(), a.name() + ": " + StatisticsViewModel.count(a.books()) + " books",
                    () -> vm.showAuthor(a));
        }
    }

    /** Names cut to fit the axis, kept distinct (a category axis merges equal labels). */
    static List<String> authorLabels(List<AuthorCount> top) {
        return distinctLabels(top.stream().map(AuthorCount::name).toList());
    }

    /** Names cut to fit an axis, kept distinct by a number (a category axis merges equal labels). */
    static List<String> distinctLabels(List<String> names) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            String label = StatisticsViewModel.abbreviate(name, AUTHOR_LABEL);
            String unique = label;
            for (int n = 2; !seen.add(unique); n++) {
                unique = label + " (" + n + ")";
            }
            out.add(unique);
        }
        return out;
    }

    private static void colourBar(Node bar, Genre genre) {
        bar.getStyleClass().add(genreStyle(genre));
    }

    /**
     * A genre's colour, the same wherever it is drawn: the four original genres keep theirs, every
     * other genre takes one of four more by its id, and the books without a genre are grey.
     */
    static String genreStyle(Genre genre) {
        if (genre == null) {
            return "genre-none";
        }
        return genre.getCode() != null ? "genre-" + genre.getCode().toLowerCase(java.util.Locale.ROOT)
                : "genre-c" + (Math.floorMod(genre.getId(), 4) + 1);
    }

    private static void clickable(Node node, String tip, Runnable action) {
        Tooltip tooltip = new Tooltip(tip);
        tooltip.setShowDelay(Duration.millis(150));
        Tooltip.install(node, tooltip);
        if (action != null) { // the books without a genre have no search to show them by
            node.setCursor(Cursor.HAND);
            node.setOnMouseClicked(e -> action.run());
        }
    }

    private static BarChart<String, Number> genreBars(String valueLabel) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), numberAxis(valueLabel));
        chart.setCategoryGap(28);
        return chart;
    }

    static NumberAxis numberAxis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(GROUPED);
        axis.setForceZeroInRange(true);
        return axis;
    }

    /** Axis numbers with grouping, and millions shortened: "12,400", "94.0 M". */
    static final StringConverter<Number> GROUPED = new StringConverter<>() {
        @Override
        public String toString(Number n) {
            double v = n.doubleValue();
            if (v != Math.rint(v)) {
                return ""; // counts are whole: no label on a half-step tick
            }
            if (Math.abs(v) >= 1_000_000) {
                return NumberFormat.getNumberInstance().format(Math.round(v / 100_000) / 10.0) + " M";
            }
            return NumberFormat.getIntegerInstance().format(Math.round(v));
        }

        @Override
        public Number fromString(String s) {
            throw new UnsupportedOperationException("axis labels are not parsed");
        }
    };

    /** For tests: the chart nodes a click lands on. */
    static void forEachBar(XYChart<?, ?> chart, Consumer<Node> action) {
        chart.getData().forEach(s -> s.getData().forEach(d -> action.accept(d.getNode())));
    }
}
