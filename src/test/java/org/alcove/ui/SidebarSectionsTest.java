package org.alcove.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;

import org.alcove.catalog.Book;
import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.Copy;
import org.alcove.catalog.ReadingStatus;
import org.alcove.catalog.Series;
import org.alcove.catalog.Tag;
import org.alcove.catalog.browse.FacetCount;
import org.alcove.orm.Database;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sidebar's tags, series, reading status and locations on a real catalogue: counts, clicks that search, refresh. */
class SidebarSectionsTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    /** The seed's six books, with tags, series, statuses and copies on shelves. */
    private void openFilled() {
        Database db = CatalogFixture.seeded(dir);
        var books = db.objects(Book.class);
        Book pride = books.get("title", "Pride and Prejudice");
        Book emma = books.get("title", "Emma");
        Book nineteen = books.get("title", "1984");
        Book hobbit = books.get("title", "The Hobbit");
        Tag classics = db.objects(Tag.class).create(new Tag("Classics"));
        Tag regency = db.objects(Tag.class).create(new Tag("Classics.Regency"));
        Tag dystopia = db.objects(Tag.class).create(new Tag("Dystopia"));
        pride.tags().add(classics, regency);
        emma.tags().add(regency);
        nineteen.tags().add(classics, dystopia);
        Series middleEarth = db.objects(Series.class).create(new Series("Middle-earth"));
        db.save(hobbit.setSeries(middleEarth, BigDecimal.ONE));
        db.save(pride.setStatus(ReadingStatus.READ));
        db.save(emma.setStatus(ReadingStatus.READ));
        db.save(nineteen.setStatus(ReadingStatus.READING));
        db.save(new Copy(pride, "C1").setLocation("Study"));
        db.save(new Copy(pride, "C2").setLocation("Study"));
        db.save(new Copy(hobbit, "C3").setLocation("Living room"));
        db.close();
        interact(() -> vm.openCatalogue(dir.resolve("catalog.alcove")));
        settle();
        closeGenresAndAuthors();
    }

    @SuppressWarnings("unchecked")
    private ListView<FacetCount> list(String id) {
        return lookup("#" + id + "-list").queryAs(ListView.class);
    }

    /** The row of list {@code id} showing {@code label}. */
    private javafx.scene.Node cell(String id, String label) {
        return lookup("#" + id + "-list .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.getItem() instanceof FacetCount f && f.label().equals(label))
                .queryAs(javafx.scene.Node.class);
    }

    /** Closes the genres and authors, so the four sections below fit in the window without scrolling. */
    private void closeGenresAndAuthors() {
        interact(() -> {
            lookup("#genres-section").queryAs(TitledPane.class).setExpanded(false);
            lookup("#authors-section").queryAs(TitledPane.class).setExpanded(false);
        });
    }

    private static boolean picked(javafx.scene.Node cell) {
        return cell.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("picked"));
    }

    private void open(String id) {
        clickOn(lookup("#" + id + "-section .title").queryAs(javafx.scene.Node.class));
        settle();
    }

    @Test
    void closedSectionsReadNothingAndOpenOnesShowTheirCounts() {
        openFilled();
        assertThat(list("tag").getItems()).isEmpty(); // closed: not read
        for (String id : new String[] {"tag", "series", "status", "location"}) {
            open(id);
        }
        assertThat(lookup("#tag-section").queryAs(TitledPane.class).isExpanded()).isTrue();
        assertThat(list("tag").getItems()).extracting(FacetCount::label, FacetCount::count)
                .containsExactly(tuple("Classics", 3L), tuple("Classics.Regency", 2L), tuple("Dystopia", 1L));
        assertThat(list("series").getItems()).extracting(FacetCount::label, FacetCount::count).containsExactly(tuple("Middle-earth", 1L));
        assertThat(list("status").getItems()).extracting(FacetCount::label, FacetCount::count)
                .containsExactly(tuple("To read", 0L), tuple("Reading", 1L), tuple("Read", 2L), tuple("Abandoned", 0L));
        assertThat(list("location").getItems()).extracting(FacetCount::label, FacetCount::count)
                .containsExactly(tuple("Living room", 1L), tuple("Study", 1L));
    }

    @Test
    void clickingATagSearchesForItAndClickingAgainTakesItOut() {
        openFilled();
        open("tag");
        clickOn("#search-field").write("austen");
        settle();
        assertThat(list("tag").getItems()).extracting(FacetCount::label, FacetCount::count)
                .containsExactly(tuple("Classics", 2L), tuple("Classics.Regency", 2L)); // the counts follow the search
        clickOn(cell("tag", "Classics.Regency"));
        settle();
        assertThat(lookup("#search-field").queryAs(TextField.class).getText()).isEqualTo("austen tag:Classics.Regency");
        assertThat(table().getItems()).extracting(r -> r.title()).containsExactlyInAnyOrder("Pride and Prejudice", "Emma");
        assertThat(lookup("#tag-list .list-cell").match(SidebarSectionsTest::picked).queryAll())
                .singleElement().isSameAs(cell("tag", "Classics.Regency"));
        clickOn(cell("tag", "Classics.Regency"));
        settle();
        assertThat(lookup("#search-field").queryAs(TextField.class).getText()).isEqualTo("austen");
        assertThat(table().getItems()).hasSize(3);
    }

    @Test
    void clickingAStatusSeriesOrLocationFiltersTheTable() {
        openFilled();
        open("status");
        clickOn(cell("status", "Read"));
        settle();
        assertThat(lookup("#search-field").queryAs(TextField.class).getText()).isEqualTo("status:read");
        assertThat(table().getItems()).extracting(r -> r.title()).containsExactlyInAnyOrder("Pride and Prejudice", "Emma");
        clickOn(cell("status", "Read"));
        settle();
        open("location");
        clickOn(cell("location", "Study"));
        settle();
        assertThat(lookup("#search-field").queryAs(TextField.class).getText()).isEqualTo("location:Study");
        assertThat(table().getItems()).extracting(r -> r.title()).containsExactly("Pride and Prejudice");
        interact(() -> vm.books().searchTextProperty().set(""));
        settle();
        open("series");
        clickOn(cell("series", "Middle-earth"));
        settle();
        assertThat(lookup("#search-field").queryAs(TextField.class).getText()).isEqualTo("series:Middle-earth");
        assertThat(table().getItems()).extracting(r -> r.title()).containsExactly("The Hobbit");
    }

    @Test
    void aTagAddedToABookShowsAfterTheRefresh() {
        openFilled();
        open("tag");
        try (var catalog = org.alcove.catalog.Catalog.open(dir.resolve("catalog.alcove"))) {
            var db = catalog.db();
            Book hobbit = db.objects(Book.class).get("title", "The Hobbit");
            hobbit.tags().add(db.objects(Tag.class).get("name", "Classics"), db.objects(Tag.class).create(new Tag("Fantasy")));
        }
        interact(vm::refresh);
        settle();
        assertThat(list("tag").getItems()).extracting(FacetCount::label, FacetCount::count)
                .containsExactly(tuple("Classics", 4L), tuple("Classics.Regency", 2L), tuple("Dystopia", 1L), tuple("Fantasy", 1L));
    }

    @Test
    void theTagFilterNarrowsTheList() throws Exception {
        openFilled();
        open("tag");
        clickOn("#tag-filter").write("dys");
        settle();
        assertThat(list("tag").getItems()).extracting(FacetCount::label).containsExactly("Dystopia");
        for (String id : new String[] {"series", "status", "location"}) {
            open(id);
        }
        clickOn(cell("status", "Read"));
        settle();
        interact(() -> lookup("#genres-section").queryAs(TitledPane.class).setExpanded(true));
        // for a look at it: target/sidebar-sections.png
        var image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)));
        Path out = Path.of("target", "sidebar-sections.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }
}
