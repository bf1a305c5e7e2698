package org.alcove.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.alcove.catalog.browse.AuthorDetails;
import org.alcove.catalog.CatalogPaths;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.browse.BookFilter;
import org.alcove.catalog.browse.BookRow;
import org.alcove.catalog.browse.NamedCount;
import org.alcove.ui.stats.ShowBooks;
import org.alcove.orm.ExecutedQuery;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

class MainWindowTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void firstRunCreatesTheCatalogueAndOffersTheSample() {
        interact(() -> vm.start(null));
        assertThat(CatalogPaths.defaultCatalogue()).exists();
        assertThat(lookup(".first-run-view").query().isVisible()).isTrue();
        clickOn("#load-sample");
        assertThat(dialogs.errors).isEmpty();
        assertThat(lookup(".first-run-view").query().isVisible()).isFalse();
        assertThat(table().getItems()).hasSize(326);
        assertThat(lookup("#status-count").queryAs(Label.class).getText()).isEqualTo("326 books");
    }

    @Test
    void theWelcomeCardIsModalForTheKeyboard() {
        interact(() -> vm.start(null));
        settle();
        javafx.scene.Node card = lookup(".first-run-view").query();
        assertThat(card.isVisible()).isTrue();
        for (int i = 0; i < 5; i++) {
            javafx.scene.Node focused = stage.getScene().getFocusOwner();
            assertThat(focused).as("focus after %d tabs", i).isNotNull();
            javafx.scene.Node n = focused;
            while (n != null && n != card) {
                n = n.getParent();
            }
            assertThat(n).as("%s is on the card", focused).isSameAs(card);
            push(KeyCode.TAB);
        }
        push(KeyCode.SHIFT, KeyCode.TAB); // back to the sample's button, whatever the count
        if (!"load-sample".equals(stage.getScene().getFocusOwner().getId())) {
            push(KeyCode.SHIFT, KeyCode.TAB);
        }
        push(KeyCode.ENTER);
        settle();
        assertThat(card.isVisible()).isFalse();
        assertThat(table().getItems()).hasSize(326);
    }

    @Test
    void typingASearchNarrowsTheTableAndTheCount() {
        openSeeded();
        clickOn("#search-field").write("austen");
        settle();
        assertThat(table().getItems()).extracting(BookRow::title).containsExactly("Persuasion", "Emma", "Pride and Prejudice");
        assertThat(lookup("#status-count").queryAs(Label.class).getText()).isEqualTo("3 of 6 books");
    }

    @Test
    void aDashboardClickShowsItsFiltersAsChipsThatRemoveThem() {
        openSeeded();
        long austen = vm.session().catalog().authors().get("name", "Jane Austen").getId();
        assertThat(lookup("#chip-genre").query().isVisible()).isFalse();
        interact(() -> vm.showBooks(new ShowBooks("", SeedGenres.fic(), austen, "Jane Austen")));
        settle();
        assertThat(lookup("#chip-genre").queryButton().getText()).isEqualTo("Genre: " + SeedGenres.fic().getName());
        assertThat(lookup("#chip-author").queryButton().getText()).isEqualTo("Author: Jane Austen");
        assertThat(table().getItems()).hasSize(3);
        clickOn("#chip-author");
        settle();
        assertThat(lookup("#chip-author").query().isVisible()).isFalse();
        assertThat(vm.sidebar().pickedAuthorProperty().get()).isNull();
        assertThat(vm.books().filterProperty().get()).isEqualTo(new BookFilter("", null, SeedGenres.fic()));
        clickOn("#chip-genre");
        settle();
        assertThat(vm.sidebar().pickedGenreProperty().get()).isNull();
        assertThat(table().getItems()).hasSize(6);
    }

    @Test
    void aGenrePickedAnywhereIsShownPickedInTheSidebarAndSurvivesNewCounts() {
        openSeeded();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.alcove.catalog.browse.GenreCount> genres = lookup("#genre-list").queryAs(javafx.scene.control.ListView.class);
        interact(() -> vm.showBooks(new ShowBooks("", SeedGenres.fic(), null, null)));
        settle();
        assertThat(genres.getSelectionModel().getSelectedItem().genre()).isEqualTo(SeedGenres.fic());
        clickOn("#search-field").write("a"); // new counts: the list's rows are replaced
        settle();
        assertThat(vm.sidebar().pickedGenreProperty().get()).isEqualTo(SeedGenres.fic());
        assertThat(genres.getSelectionModel().getSelectedItem().genre()).isEqualTo(SeedGenres.fic());
        clickOn("#chip-genre");
        settle();
        assertThat(genres.getSelectionModel().getSelectedItem()).isNull();
    }

    @Test
    void theTableIsSavedAsAPdfListOfWhatItShows() throws Exception {
        openSeeded();
        clickOn("#search-field").write("emma or 1984 or persuasion");
        settle();
        java.nio.file.Path pdf = dir.resolve("table.pdf");
        dialogs.fileToSave = java.util.Optional.of(pdf);
        interact(vm::saveTableAsPdf);
        settle();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("search: emma or 1984 or persuasion", "Title", "ISBN", "Emma", "Jane Austen", "1984",
                    "George Orwell", "Persuasion", "3 books").doesNotContain("The Hobbit");
            // in the table's order: newest first
            assertThat(text.indexOf("1984")).isLessThan(text.indexOf("Persuasion"));
        }
        assertThat(lookup("#status-notice").queryAs(Label.class).getText()).isEqualTo("Saved 3 books to table.pdf");
    }

    @Test
    void theSidebarsAuthorCountsFollowTheSearch() {
        openSeeded();
        assertThat(vm.sidebar().authors()).extracting(NamedCount::name, NamedCount::count)
                .contains(org.assertj.core.groups.Tuple.tuple("Jane Austen", 3L));
        clickOn("#search-field").write("emma or 1984");
        settle();
        assertThat(vm.sidebar().authors()).extracting(NamedCount::name, NamedCount::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("George Orwell", 1L), org.assertj.core.groups.Tuple.tuple("Jane Austen", 1L));
    }

    @Test
    void aBadSearchShowsItsMessageBesideTheField() {
        openSeeded();
        clickOn("#search-field").write("titel:river");
        settle();
        Label error = lookup("#search-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Unknown field 'titel' at 0");
    }

    @Test
    void theSidebarShowsAnAuthorsNewNameOnlyOnceItIsSaved() {
        openSeeded();
        long austen = vm.session().catalog().authors().get("name", "Jane Austen").getId();
        interact(() -> vm.sidebar().pickAuthor(new NamedCount(austen, "Jane Austen", 3)));
        dialogs.authorEdit = a -> {
            vm.session().catalog().authors().filter("id", a.id()).delete(); // gone before the save, as by another program
            return new AuthorDetails(a.id(), "J. Austen", a.birthDate(), a.biography());
        };
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        assertThat(dialogs.errors).hasSize(1);
        assertThat(vm.sidebar().pickedAuthorProperty().get().name()).isEqualTo("Jane Austen");
    }

    @Test
    @SuppressWarnings("try")
    void clickingAColumnHeaderSortsInTheDatabase() throws Exception {
        openSeeded();
        assertThat(table().getItems().get(0).title()).isEqualTo("1984");
        TableColumn<BookRow, ?> pages = table().getColumns().get(4);
        List<ExecutedQuery> queries = new ArrayList<>();
        try (AutoCloseable listening = vm.session().catalog().db().onQuery(queries::add)) {
            clickOn(lookup(".column-header").match(n -> n instanceof TableColumnHeader h && h.getTableColumn() == pages)
                    .<TableColumnHeader>query());
        }
        assertThat(table().getItems().get(0).title()).isEqualTo("Homage to Catalonia");
        assertThat(queries).anySatisfy(q -> assertThat(q.sql()).contains("ORDER BY").contains("\"pages\" ASC"));
    }

    @Test
    void editingABookAndSavingWritesIt() {
        openSeeded();
        clickOn(cell("Emma"));
        // the editor writes dates as the table does (ISO), whatever the locale
        assertThat(lookup("#published-field").queryAs(javafx.scene.control.DatePicker.class).getEditor().getText()).isEqualTo("1815-12-23");
        doubleClickOn("#title-field").eraseText(4).write("Emma, annotated");
        clickOn("#save-button");
        assertThat(vm.session().catalog().books().filter("title", "Emma, annotated").exists()).isTrue();
        assertThat(table().getItems()).extracting(BookRow::title).contains("Emma, annotated");
    }

    @Test
    void aTypedDateThatIsNoDateSaysSoAndNeitherTheTextNorTheBooksDateIsLost() {
        openSeeded();
        clickOn(cell("Emma"));
        javafx.scene.control.DatePicker published = lookup("#published-field").queryAs(javafx.scene.control.DatePicker.class);
        interact(() -> {
            published.getEditor().requestFocus();
            published.getEditor().setText("2021-13");
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        String problem = "\u201c2021-13\u201d is not a date; write it as YYYY-MM-DD, like 2021-03-15, or leave it empty";
        assertThat(lookup("#published-error").queryAs(Label.class).getText()).isEqualTo(problem);
        assertThat(lookup("#save-button").queryAs(Button.class).isDisabled()).isTrue();

        clickOn("#title-field"); // leaving the field: the picker keeps its date, the typed text stays to be mended
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(published.getValue()).isEqualTo(java.time.LocalDate.of(1815, 12, 23));
        assertThat(published.getEditor().getText()).isEqualTo("2021-13");
        assertThat(lookup("#published-error").queryAs(Label.class).getText()).isEqualTo(problem);
        assertThat(lookup("#save-button").queryAs(Button.class).isDisabled()).isTrue();

        interact(() -> published.getEditor().setText("1816-01-02"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#published-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(lookup("#save-button").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void theFormEditsTheSeriesTagsStatusAndRatingOfABook() {
        openSeeded();
        clickOn(cell("Emma"));
        clickOn("#series-field").write("Austen Novels");
        clickOn("#series-index-field").write("4");
        interact(() -> lookup(".editor-view .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        clickOn("#tags-field").write("Classics, Romance"); // below the fold: the form scrolls
        assertThat(lookup("#tags-field").queryAs(TextField.class).getText()).isEqualTo("Classics, Romance");
        clickOn("#rating-field").write("7");
        assertThat(lookup("#rating-error").queryAs(Label.class).getText()).contains("0 to 5 in halves");
        assertThat(lookup("#save-button").queryAs(Button.class).isDisabled()).isTrue();
        doubleClickOn("#rating-field").eraseText(1).write("4.5");
        interact(() -> lookup("#status-field").<javafx.scene.control.ComboBox<org.alcove.catalog.ReadingStatus>>query()
                .setValue(org.alcove.catalog.ReadingStatus.READ));
        interact(() -> lookup(".editor-view .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0.0));
        doubleClickOn("#isbn-field").eraseText(13); // a book may have no ISBN (back at the top of the longer form)
        settle();
        assertThat(lookup("#save-button").queryAs(Button.class).isDisabled()).isFalse();
        clickOn("#save-button");
        settle();
        var emma = vm.session().catalog().books().selectRelated("series").get("title", "Emma");
        assertThat(emma.getSeries().getName()).isEqualTo("Austen Novels");
        assertThat(emma.getSeriesIndex()).isEqualByComparingTo("4");
        assertThat(emma.getRating()).isEqualByComparingTo("4.5");
        assertThat(emma.getStatus()).isEqualTo(org.alcove.catalog.ReadingStatus.READ);
        assertThat(emma.getIsbn()).isNull();
        assertThat(emma.tags().all().valuesListFlat("name", String.class).list()).containsExactlyInAnyOrder("Classics", "Romance");
    }

    @Test
    void anInvalidIsbnBlocksSavingWithAMessage() {
        openSeeded();
        clickOn(cell("Emma"));
        doubleClickOn("#isbn-field").eraseText(13).write("9780141439519");
        assertThat(lookup("#isbn-error").queryAs(Label.class).getText()).contains("bad check digit");
        assertThat(lookup("#save-button").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void deletingABookAsksFirstAndCanBeUndone() {
        openSeeded();
        clickOn(cell("The Hobbit"));
        type(KeyCode.DELETE);
        assertThat(dialogs.confirmations).containsExactly("Delete \u201cThe Hobbit\u201d by J.R.R. Tolkien?"
                + " It goes to the trash for 30 days (Edit \u2192 Trash\u2026), and Undo brings it back.");
        assertThat(table().getItems()).hasSize(5);
        push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(table().getItems()).hasSize(6);
    }

    @Test
    void deletingAnAuthorSaysHowManyBooksGoWithIt() {
        openSeeded();
        clickOn(cell("Emma"));
        push(KeyCode.SHIFT, KeyCode.DELETE);
        assertThat(dialogs.confirmations).containsExactly("Delete Jane Austen and its 3 books?"
                + " It goes to the trash for 30 days (Edit \u2192 Trash\u2026), and Undo brings it back.");
        assertThat(table().getItems()).hasSize(3);
    }

    @Test
    void editingAnAuthorRenamesItEverywhereAndCanBeUndone() {
        openSeeded();
        clickOn(cell("Emma"));
        dialogs.authorEdit = a -> new AuthorDetails(a.id(), "Jane Austen (1775-1817)", a.birthDate(), "Wrote six novels.");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        assertThat(dialogs.authorsShown).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Jane Austen");
            assertThat(a.biography()).isEqualTo("English novelist known for her six major novels.");
        });
        assertThat(lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "Jane Austen (1775-1817)".equals(c.getText())).queryAll()).hasSize(3);
        push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "Jane Austen".equals(c.getText())).queryAll()).hasSize(3);
    }

    @Test
    @SuppressWarnings("try")
    void aDashboardClickFiltersTheTableWithOneQuery() throws Exception {
        openSeeded();
        long austen = vm.session().catalog().authors().get("name", "Jane Austen").getId();
        List<ExecutedQuery> queries = new ArrayList<>();
        try (AutoCloseable listening = vm.session().catalog().db().onQuery(queries::add)) {
            interact(() -> vm.showBooks(new ShowBooks("pages:>300", SeedGenres.fic(), austen, "Jane Austen")));
            settle(); // the typing pause must not start a second search
        }
        // One refresh of the table: its first page, asked for once; holding fewer rows than a page,
        // it is every match, so no count is needed.
        // (The sidebar's author counts, which follow the search, are one grouped query of their own.)
        assertThat(queries).filteredOn(q -> q.sql().contains("LIMIT") && !q.sql().contains("GROUP BY")).hasSize(1);
        assertThat(queries).filteredOn(q -> q.sql().startsWith("SELECT COUNT(*) FROM \"book\" WHERE")).isEmpty();
        assertThat(vm.books().filterProperty().get()).isEqualTo(new BookFilter("pages:>300", austen, SeedGenres.fic()));
        assertThat(table().getItems()).extracting(BookRow::title).containsExactly("Emma", "Pride and Prejudice");
        assertThat(lookup("#search-field").queryAs(TextField.class).getText()).isEqualTo("pages:>300");
        assertThat(vm.sidebar().pickedGenreProperty().get()).isEqualTo(SeedGenres.fic());
        assertThat(vm.sidebar().pickedAuthorProperty().get().id()).isEqualTo(austen);
    }

    @Test
    @SuppressWarnings("try")
    void enterRunsTheShownSearchAgain() throws Exception {
        openSeeded();
        interact(() -> {
            vm.books().searchTextProperty().set("austen");
            vm.books().searchNow();
        });
        settle();
        List<ExecutedQuery> queries = new ArrayList<>();
        try (AutoCloseable listening = vm.session().catalog().db().onQuery(queries::add)) {
            interact(vm.books()::searchNow); // the same text: re-read, not skipped
            settle();
        }
        // the first page read again (besides the search index's look-ups: SELECT count(*) FROM (SELECT 1 ...))
        assertThat(queries).filteredOn(q -> q.sql().contains("LIMIT") && !q.sql().startsWith("SELECT count(*) FROM (SELECT 1 ")).hasSize(1);
        assertThat(table().getItems()).extracting(BookRow::author).containsOnly("Jane Austen");
    }

    private javafx.scene.Node cell(String text) {
        return lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && text.equals(c.getText())).query();
    }

    @Test
    void checkCatalogueReportsASoundCatalogueAndWhatIsWrong() {
        openSeeded();
        clickOn("Database").clickOn("Check Catalogue\u2026");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.infos).singleElement().asString().startsWith("catalog.alcove is sound");
        var catalog = vm.session().catalog();
        var b1 = catalog.books().get("title", "Emma");
        var b2 = catalog.books().get("title", "Persuasion");
        catalog.db().save(new org.alcove.catalog.Identifier(b1, "oclc", "42"));
        catalog.db().save(new org.alcove.catalog.Identifier(b2, "oclc", "42"));
        interact(vm::openCheck);
        assertThat(dialogs.infos).hasSize(2).last().asString().startsWith("1 problem(s) in catalog.alcove:")
                .contains("Identifier oclc 42 is on 2 books");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void ctrlNPutsTheCursorInTheTitleAndCtrlSSavesSayingSo() {
        openSeeded();
        clickOn("#books-table");
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.N);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner()).isNotNull().extracting(javafx.scene.Node::getId).isEqualTo("title-field");
        write("Sanditon");
        settle();
        interact(() -> {
            // set, not typed: typing opens the author completion popup, which would outlive this test
            vm.editor().authorProperty().set("Jane Austen");
            vm.editor().publishedProperty().set(java.time.LocalDate.of(1925, 1, 1)); // the editor still asks for a date and an ISBN
            vm.editor().isbnProperty().set("9780140433791");
        });
        assertThat(lookup("#save-button").queryAs(Button.class).isDisabled()).isFalse();
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.S);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.session().catalog().books().filter("title", "Sanditon").exists()).isTrue();
        assertThat(vm.noticeProperty().get()).isEqualTo("Saved \u201cSanditon\u201d");
        settle();
        assertThat(table().getSelectionModel().getSelectedItem()).as("the new book, selected once saved").isNotNull()
                .extracting(org.alcove.catalog.browse.BookRow::title).isEqualTo("Sanditon");
    }

    @Test
    void aSavedBookStaysSelectedInItsNewPlace() {
        openSeeded();
        interact(() -> table().getSortOrder().setAll(table().getColumns().get(0))); // by title: the new title moves the row
        settle();
        int emma = indexOfTitle("Emma");
        interact(() -> table().getSelectionModel().clearAndSelect(emma));
        settle();
        interact(() -> vm.editor().titleProperty().set("Zuleika's Emma"));
        interact(() -> vm.editor().save());
        settle();
        assertThat(table().getSelectionModel().getSelectedItem()).isNotNull()
                .extracting(org.alcove.catalog.browse.BookRow::title).isEqualTo("Zuleika's Emma");
        assertThat(table().getSelectionModel().getSelectedIndex()).isEqualTo(indexOfTitle("Zuleika's Emma")).isNotEqualTo(emma);
        assertThat(vm.editor().titleProperty().get()).isEqualTo("Zuleika's Emma");
        assertThat(vm.noticeProperty().get()).isEqualTo("Saved \u201cZuleika's Emma\u201d");
    }

    private int indexOfTitle(String title) {
        for (int i = 0; i < table().getItems().size(); i++) {
            if (table().getItems().get(i).title().equals(title)) {
                return i;
            }
        }
        throw new AssertionError(title + " is not in the table");
    }

    @Test
    void escapeOrCtrlWClosesTheSecondaryWindows() {
        openSeeded();
        interact(vm::openImport);
        assertThat(secondary(org.alcove.ui.importing.ImportView.class)).isTrue();
        push(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(secondary(org.alcove.ui.importing.ImportView.class)).isFalse();
        interact(vm::openMigrations);
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.W);
        assertThat(secondary(org.alcove.ui.migrations.MigrationsView.class)).isFalse();
        interact(vm::openStatistics);
        assertThat(secondary(org.alcove.ui.stats.StatisticsView.class)).isTrue();
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.W);
        assertThat(secondary(org.alcove.ui.stats.StatisticsView.class)).isFalse();
    }

    private static boolean secondary(Class<?> root) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return javafx.stage.Window.getWindows().stream().anyMatch(w -> w.isShowing() && w.getScene() != null && root.isInstance(w.getScene().getRoot()));
    }
}
