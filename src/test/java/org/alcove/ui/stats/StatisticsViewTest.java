package org.alcove.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

import org.alcove.ui.app.Theme;
import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.browse.CatalogSession;
import org.alcove.catalog.stats.StatsService;
import org.alcove.orm.ExecutedQuery;
import org.alcove.ui.stats.StatisticsViewModel.Scope;
import org.alcove.ui.task.HeldTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard on the seed's catalogue (6 books by 3 authors), with work run when the test says. */
@ExtendWith(ApplicationExtension.class)
class StatisticsViewTest extends FxRobot {
    @TempDir
    Path dir;
    private final HeldTaskExecutor executor = new HeldTaskExecutor();
    private final List<ShowBooks> shown = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private Path chosen;
    private CatalogSession session;
    private StatisticsViewModel vm;
    private StatisticsView view;

    @Start
    void start(Stage stage) {
        // the app's theme, as AlcoveApp applies it: the dashboard's CSS uses its colour variables
        Application.setUserAgentStylesheet(Theme.LIGHT.stylesheet());
        CatalogFixture.seeded(dir).close();
        session = CatalogSession.open(dir.resolve("catalog.alcove"));
        vm = new StatisticsViewModel(executor, shown::add);
        vm.setSession(session);
        vm.setActive(true);
        executor.runAll();
        view = new StatisticsView(vm, (title, name) -> Optional.ofNullable(chosen), notices::add);
        stage.setScene(new Scene(view, 1100, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void headlinesShowTheHandCountedFigures() {
        assertThat(text("#headline-books")).isEqualTo("6");
        assertThat(text("#headline-authors")).isEqualTo("4");
        assertThat(text("#headline-pages")).isEqualTo("2,025");
        assertThat(text("#headline-average")).isEqualTo("337.5");
        assertThat(text("#headline-oldest")).isEqualTo("1813");
        assertThat(text("#headline-newest")).isEqualTo("1949");
    }

    @Test
    void genreSlicesAreLabelledWithCountAndShare() {
        PieChart pie = lookup("#genre-chart").queryAs(PieChart.class);
        assertThat(pie.getData()).extracting(PieChart.Data::getName)
                .containsExactly("Fiction (5 \u00b7 83.3%)", "Non-Fiction (1 \u00b7 16.7%)");
    }

    @Test
    void thePagesChartsHaveABarPerGenreWithBooksWhateverTheGenresAndOneForTheBooksWithout() {
        var bars = view.charts().averagePages.getData().get(0).getData();
        assertThat(bars).extracting(d -> d.getXValue() + "=" + d.getYValue().doubleValue())
                .containsExactly("Fiction=358.6", "Non-Fiction=232.0");
        var catalog = session.catalog();
        org.alcove.catalog.Genre poetry = catalog.genres().add("Poetry");
        catalog.books().filter("title", "Emma").update("genre", poetry);
        catalog.books().filter("title", "1984").update("genre", null);
        interact(vm::refresh);
        interact(executor::runAll);
        var after = view.charts().averagePages.getData().get(0).getData();
        assertThat(after).extracting(d -> d.getXValue() + "=" + Math.round(d.getYValue().doubleValue() * 10) / 10.0)
                .containsExactly("Fiction=330.3", "Non-Fiction=232.0", "Poetry=474.0", "No genre=328.0");
        assertThat(lookup("#genre-chart").queryAs(PieChart.class).getData()).extracting(PieChart.Data::getName)
                .containsExactly("Fiction (3 \u00b7 50.0%)", "Non-Fiction (1 \u00b7 16.7%)", "Poetry (1 \u00b7 16.7%)", "No genre (1 \u00b7 16.7%)");
        assertThat(after.get(2).getNode().getStyleClass()).contains("genre-c" + (poetry.getId() % 4 + 1));
        assertThat(after.get(3).getNode().getStyleClass()).contains("genre-none");
    }

    @Test
    void theCurrentSearchScopeEqualsTheStatisticsOfTheSearch() {
        interact(() -> {
            vm.setCurrentSearch("author:orwell");
            vm.scopeProperty().set(Scope.CURRENT_SEARCH);
        });
        interact(executor::runAll);
        assertThat(vm.statsProperty().get()).isEqualTo(new StatsService(session.catalog()).compute("author:orwell"));
        assertThat(text("#headline-books")).isEqualTo("2");
        assertThat(text("#stats-shown-scope")).isEqualTo("Books matching author:orwell");
        assertThat(lookup("#scope-search").queryLabeled().getText()).isEqualTo("Current search: author:orwell");
    }

    @Test
    void untilTheFirstFiguresOfACatalogueArriveTheDashboardSaysItIsCountingNotZero() {
        CatalogFixture.seeded(dir.resolve("other")).close();
        CatalogSession other = CatalogSession.open(dir.resolve("other").resolve("catalog.alcove"));
        try {
            other.editing().deleteBook(other.browser().page("orwell", org.alcove.catalog.browse.SortKey.TITLE, false, 0, 1).get(0).id());
            interact(() -> vm.setSession(other));
            // a 500,000-book catalogue takes a second or so here: no "0 books", no "oldest: no books", nor the last catalogue's figures
            assertThat(text("#headline-books")).isEqualTo("\u2026");
            assertThat(text("#headline-oldest")).isEqualTo("\u2026");
            assertThat(lookup("#stats-shown-scope").queryAs(Label.class).getText()).isEqualTo("Counting\u2026");
            assertThat(lookup("#genre-chart").queryAs(PieChart.class).getData()).isEmpty();
            interact(executor::runAll);
            assertThat(text("#headline-books")).isEqualTo("5");
            assertThat(text("#stats-shown-scope")).isEqualTo("Whole catalogue");
        } finally {
            interact(() -> vm.setSession(session));
            other.close();
        }
    }

    @Test
    void oldFiguresStayUntilTheNewOnesArrive() {
        interact(() -> {
            session.editing().deleteBook(session.browser().page("orwell", org.alcove.catalog.browse.SortKey.TITLE, false, 0, 1).get(0).id());
            vm.catalogueChanged();
        });
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(text("#headline-books")).isEqualTo("6");
        interact(executor::runAll);
        assertThat(text("#headline-books")).isEqualTo("5");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aHiddenDashboardCountsNothingUntilShownAgain() {
        interact(() -> {
            vm.setActive(false);
            vm.catalogueChanged();
        });
        assertThat(executor.waiting()).isZero();
        interact(() -> vm.setActive(true));
        assertThat(executor.waiting()).isEqualTo(1);
    }

    @Test
    void aRefreshIsAFixedNumberOfQueriesWhateverTheCatalogueHolds() {
        List<ExecutedQuery> queries = session.catalog().db().captureQueries(() -> {
            vm.refresh();
            executor.runAll();
        });
        // six aggregates and a name lookup for the books' figures, six for the collection's
        assertThat(queries).hasSize(13);
        assertThat(queries.stream().filter(q -> q.sql().contains("GROUP BY"))).hasSize(8);
    }

    @Test
    void theCollectionChartsCountTagsRatingsReadingsAndCopiesAndAClickShowsTheBooks() {
        interact(() -> {
            var db = session.catalog().db();
            var emma = session.catalog().books().get("title", "Emma");
            var orwell = session.catalog().books().get("title", "1984");
            db.save(emma.setRating(new java.math.BigDecimal("4.5")));
            db.save(orwell.setRating(new java.math.BigDecimal("4.5")));
            var classics = db.objects(org.alcove.catalog.Tag.class).create(new org.alcove.catalog.Tag("Classics"));
            emma.tags().add(classics);
            orwell.tags().add(classics);
            db.save(new org.alcove.catalog.Reading(emma, null, java.time.LocalDate.of(2021, 4, 1)));
            db.save(new org.alcove.catalog.Copy(emma, "A1").setLocation("Shelf 1"));
            vm.refresh();
        });
        interact(executor::runAll);
        var tagBars = view.charts().tags.getData().get(0).getData();
        WaitForAsyncUtils.waitForFxEvents();
        // the category axis is labelled after an update too (explicit categories given late left it bare)
        assertThat(((javafx.scene.chart.CategoryAxis) view.charts().tags.getYAxis()).getTickMarks()).hasSize(1);
        assertThat(((javafx.scene.chart.CategoryAxis) view.charts().authors.getYAxis()).getTickMarks()).hasSize(3);
        assertThat(tagBars).extracting(d -> d.getYValue() + "=" + d.getXValue()).containsExactly("Classics=2");
        var ratingBars = view.charts().ratings.getData().get(0).getData();
        assertThat(ratingBars).hasSize(11);
        assertThat(ratingBars).filteredOn(d -> d.getYValue().longValue() > 0).extracting(d -> d.getXValue() + "=" + d.getYValue())
                .containsExactly("4.5=2");
        assertThat(view.charts().readPerYear.getData().get(0).getData()).extracting(d -> d.getXValue() + "=" + d.getYValue())
                .containsExactly("2021=1");
        assertThat(view.charts().locations.getData().get(0).getData()).extracting(d -> d.getYValue() + "=" + d.getXValue())
                .containsExactly("Shelf 1=1");
        click(tagBars.get(0).getNode());
        click(ratingBars.get(9).getNode());
        assertThat(shown).containsExactly(new ShowBooks("tag:\"Classics\"", null, null, null), new ShowBooks("rating:4.5", null, null, null));
        assertThat(session.catalog().books().filter(org.alcove.catalog.search.SearchQuery.parse("rating:4.5").toQ().orElseThrow()).count())
                .isEqualTo(2);
    }

    @Test
    void clickingASliceShowsThatGenresBooks() {
        Node slice = lookup("#genre-chart").queryAs(PieChart.class).getData().get(1).getNode();
        click(slice);
        assertThat(shown).containsExactly(new ShowBooks("", SeedGenres.non(), null, null));
    }

    @Test
    void clickingADecadeOrAnAuthorBarShowsThoseBooksWithinTheScope() {
        interact(() -> {
            vm.setCurrentSearch("pages:>300");
            vm.scopeProperty().set(Scope.CURRENT_SEARCH);
        });
        interact(executor::runAll);
        click(view.charts().decades.getData().get(0).getData().get(0).getNode());
        var authorBars = view.charts().authors.getData().get(0).getData();
        click(authorBars.get(authorBars.size() - 1).getNode());
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0)).isEqualTo(new ShowBooks("(pages:>300) and year:1810..1819", null, null, null));
        assertThat(shown.get(1).search()).isEqualTo("pages:>300");
        assertThat(shown.get(1).authorName()).isEqualTo("Jane Austen");
    }

    @Test
    void decadesWithoutBooksStandAtZeroAndHugePageCountsFitTheirTile() {
        var decades = view.charts().decades.getData().get(0).getData();
        assertThat(decades.get(0).getXValue()).isEqualTo("1810s");
        assertThat(decades).hasSize(14); // 1810s to 1940s, the empty ones at 0
        assertThat(decades.get(1).getYValue().longValue()).isZero();
        assertThat(StatisticsViewModel.compact(150_123_456)).isEqualTo(java.text.NumberFormat.getNumberInstance().format(150.1) + " M");
        assertThat(StatisticsViewModel.compact(2025)).isEqualTo(StatisticsViewModel.count(2025));
    }

    @Test
    void longAuthorNamesAreCutButKeptApart() {
        var top = List.of(new org.alcove.catalog.stats.AuthorCount(1, "Johann Wolfgang von Goethe the Elder", 3),
                new org.alcove.catalog.stats.AuthorCount(2, "Johann Wolfgang von Goethe the Younger", 2));
        assertThat(DashboardCharts.authorLabels(top)).containsExactly("Johann Wolfgang von Goe\u2026", "Johann Wolfgang von Goe\u2026 (2)");
    }

    @Test
    void aChartAndTheWholeDashboardExportAsPng() throws Exception {
        chosen = dir.resolve("genres.png");
        interact(() -> lookup("#export-genres").queryButton().fire());
        assertThat(chosen).doesNotExist(); // the snapshot is taken; encoding and writing wait for the executor
        interact(executor::runAll);
        assertThat(Files.readAllBytes(chosen)).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        // the chart alone (not its card and button), at twice its size on screen
        var image = javax.imageio.ImageIO.read(chosen.toFile());
        var pie = lookup("#genre-chart").queryAs(PieChart.class);
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(pie.getWidth() * 2));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(pie.getHeight() * 2));
        chosen = dir.resolve("statistics.png");
        interact(() -> lookup("#export-dashboard").queryButton().fire());
        interact(executor::runAll);
        assertThat(Files.size(chosen)).isGreaterThan(10_000);
        chosen = dir.resolve("statistics.pdf");
        interact(() -> lookup("#pdf-dashboard").queryButton().fire());
        interact(executor::runAll);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(chosen.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            var page = doc.getPage(0);
            var images = new java.util.ArrayList<org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject>();
            for (var name : page.getResources().getXObjectNames()) {
                images.add((org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) page.getResources().getXObject(name));
            }
            // the dashboard's picture, at twice its size on screen
            assertThat(images).singleElement().satisfies(i -> assertThat(i.getWidth()).isGreaterThan(1000));
        }
        assertThat(notices).containsExactly("Saved genres.png", "Saved statistics.png", "Saved statistics.pdf");
    }

    /** A click on the node itself (a wedge's bounding box centre may lie outside the wedge). */
    private void click(Node node) {
        interact(() -> node.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, false, null)));
    }
}
