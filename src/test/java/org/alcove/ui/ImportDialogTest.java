package org.alcove.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.io.RowError;
import org.alcove.ui.importing.ImportView;
import org.alcove.ui.importing.ImportViewModel;
import org.alcove.ui.importing.ImportViewModel.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.framework.junit5.Start;

class ImportDialogTest extends MainWindowTestBase {
    static final String BOOKS = """
            title,author,publication_date,isbn,genre,pages
            Oliver Twist,Charles Dickens,1838-01-01,9781788835923,FIC,554
            A Christmas Carol,Charles Dickens,1843-12-19,9780377081055,FIC,-5
            David Copperfield,Charles Dickens,1850-01-01,9780353938526,FIC,882
            """;

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void importingABooksFileWithABadRowReportsItAndTheTableGrows() throws IOException {
        chooseInImportDialog(BOOKS);
        assertThat(lookup("#import-preview").<TableView<?>>query().getItems()).hasSize(3);
        clickOn("#import-start");
        assertThat(label("#import-headline")).isEqualTo("Imported 2 books; 1 row was rejected and left out.");
        assertThat(label("#count-imported")).isEqualTo("2");
        assertThat(label("#count-rejected")).isEqualTo("1");
        assertThat(label("#count-authors")).isEqualTo("1");
        assertThat(label("#count-warnings")).isEqualTo("0");
        @SuppressWarnings("unchecked")
        TableView<RowError> rejected = lookup("#import-rejected").queryAs(TableView.class);
        assertThat(rejected.getItems()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.field()).isEqualTo("pages");
            assertThat(e.message()).contains("-5");
        });
        assertThat(table().getItems()).hasSize(8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void previewColumnsAreWideEnoughForTheirCellsUpToAReadableLimit() throws IOException {
        String longTitle = "The Curious Incident of the Dog in the Night-Time";
        String endless = "x".repeat(2_000);
        chooseInImportDialog("title,author,isbn,notes\n" + longTitle + ",Mark Haddon,9780099450252," + endless + "\nEmma,Jane Austen,,\n");
        TableView<java.util.List<String>> preview = lookup("#import-preview").queryAs(TableView.class);
        double title = preview.getColumns().get(0).getWidth();
        double isbn = preview.getColumns().get(2).getWidth();
        double notes = preview.getColumns().get(3).getWidth();
        // the cells' text, not the header's ("title", "isbn") decides: ~80 px cut both
        assertThat(title).isGreaterThanOrEqualTo(new javafx.scene.text.Text(longTitle).getLayoutBounds().getWidth());
        assertThat(isbn).isGreaterThanOrEqualTo(new javafx.scene.text.Text("9780099450252").getLayoutBounds().getWidth());
        assertThat(notes).as("a 2,000-character cell does not push the others off screen").isLessThanOrEqualTo(400);
    }

    @Test
    void aCancelledImportLeavesTheCatalogueUnchanged() throws IOException {
        ImportViewModel dialog = chooseInImportDialog(BOOKS);
        dialog.pageProperty().addListener((o, old, page) -> {
            if (page == Page.RUNNING) {
                dialog.cancel();
            }
        });
        clickOn("#import-start");
        assertThat(label("#import-headline")).isEqualTo("The import was cancelled: nothing was imported, the catalogue is as it was.");
        assertThat(vm.session().catalog().books().count()).isEqualTo(6);
        assertThat(table().getItems()).hasSize(6);
    }

    @Test
    void abortingOnABadRowImportsNothingAndSaysSo() throws IOException {
        chooseInImportDialog(BOOKS);
        clickOn("#import-abort");
        clickOn("#import-start");
        assertThat(label("#import-headline"))
                .isEqualTo("The import stopped at the first bad row (line 3): nothing was imported, the catalogue is as it was.");
        assertThat(label("#count-imported")).isEqualTo("0");
        assertThat(vm.session().catalog().books().count()).isEqualTo(6);
    }

    @Test
    void anyCsvWithTitleAndAuthorImportsAndItsWarningsAreShown() throws IOException {
        chooseInImportDialog("title,author,pages\nThe Odyssey,Homer,\nBleak House,Charles Dickens\nNostromo,Joseph Conrad,474\n");
        clickOn("#import-start");
        assertThat(label("#count-imported")).isEqualTo("3");
        assertThat(label("#count-warnings")).isEqualTo("1");
        assertThat(label("#import-warnings"))
                .isEqualTo("Line 3, row: the row has 2 of the header's 3 columns; the missing ones are read as empty");
        assertThat(label("#count-rejected")).isEqualTo("0");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCsvWithUnknownColumnNamesIsMappedWithTheDropDownsAboveThePreview() throws IOException {
        ImportViewModel dialog = chooseInImportDialog("Werk,Verfasser,Seiten\nDer Zauberberg,Thomas Mann,1000\n");
        assertThat(label("#import-problem")).startsWith("The columns match none of the formats");
        interact(() -> dialog.formatProperty().set(org.alcove.catalog.io.ImportFormat.CSV));
        assertThat(label("#import-problem")).as("the drop-downs answer the problem").isEmpty();
        ChoiceBox<String> werk = lookup("#map-Werk").queryAs(ChoiceBox.class);
        assertThat(werk.isVisible()).isTrue();
        assertThat(werk.getValue()).isEqualTo("ignore");
        interact(() -> {
            werk.setValue("title");
            ((ChoiceBox<String>) lookup("#map-Verfasser").queryAs(ChoiceBox.class)).setValue("author");
            ((ChoiceBox<String>) lookup("#map-Seiten").queryAs(ChoiceBox.class)).setValue("pages");
        });
        clickOn("#import-start");
        assertThat(label("#count-imported")).isEqualTo("1");
        assertThat(vm.session().catalog().books().get("title", "Der Zauberberg").getPages()).isEqualTo(1000);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theColumnFieldsChosenForAHeaderAreOfferedAgainForTheNextFileWithIt() throws IOException {
        ImportViewModel dialog = chooseInImportDialog("Werk,Verfasser,Seiten\nDer Zauberberg,Thomas Mann,1000\n");
        interact(() -> {
            dialog.formatProperty().set(org.alcove.catalog.io.ImportFormat.CSV);
            ((ChoiceBox<String>) lookup("#map-Werk").queryAs(ChoiceBox.class)).setValue("title");
            ((ChoiceBox<String>) lookup("#map-Verfasser").queryAs(ChoiceBox.class)).setValue("author");
        });
        clickOn("#import-start");
        assertThat(label("#count-imported")).isEqualTo("1");
        interact(() -> lookup(".import-view").queryAs(ImportView.class).getScene().getWindow().hide());
        Path next = dir.resolve("more.csv");
        Files.writeString(next, "Werk,Verfasser,Seiten\nBuddenbrooks,Thomas Mann,700\n");
        dialogs.fileToOpen = Optional.of(next);
        interact(vm::openImport);
        clickOn("#import-choose");
        assertThat(((ChoiceBox<String>) lookup("#map-Werk").queryAs(ChoiceBox.class)).getValue()).isEqualTo("title");
        assertThat(((ChoiceBox<String>) lookup("#map-Verfasser").queryAs(ChoiceBox.class)).getValue()).isEqualTo("author");
        assertThat(((ChoiceBox<String>) lookup("#map-Seiten").queryAs(ChoiceBox.class)).getValue()).isEqualTo("ignore");
    }

    @Test
    void aGenreMappingChosenInTheDialogGivesTheGenres() throws IOException {
        ImportViewModel dialog = chooseInImportDialog("Book Id,Title,Author,Author l-f,Additional Authors,ISBN,"
                + "ISBN13,My Rating,Average Rating,Publisher,Binding,Number of Pages,Year Published,"
                + "Original Publication Year,Date Read,Date Added,Bookshelves,"
                + "Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,Private Notes,Read Count,Owned Copies\n"
                + "1,Rocket Summer,Ann Example,\"Example, Ann\",,,,0,4.0,,Paperback,200,2001,2001,,2020/01/01,rocket-stories,,read,,,,1,0\n");
        assertThat(dialog.formatProperty().get()).isEqualTo(org.alcove.catalog.io.ImportFormat.GOODREADS);
        assertThat(label("#import-genres")).isEqualTo("Built-in mapping");
        Path mapping = dir.resolve("my-genres.csv");
        Files.writeString(mapping, "rocket-stories,SCI\n");
        dialogs.fileToOpen = Optional.of(mapping);
        clickOn("#import-genres-choose");
        assertThat(label("#import-genres")).isEqualTo("my-genres.csv");
        clickOn("#import-start");
        assertThat(label("#count-imported")).isEqualTo("1");
        assertThat(vm.session().catalog().books().get("title", "Rocket Summer").getGenre()).isEqualTo(SeedGenres.sci());
    }

    @Test
    void aGenreMappingThatCannotBeReadSaysWhyAndTheBuiltInOneStays() throws IOException {
        chooseInImportDialog("title,author\nEmma,Jane Austen\n");
        Path mapping = dir.resolve("broken-genres.csv");
        Files.writeString(mapping, "rocket-stories SPACE\n"); // no comma between term and genre
        dialogs.fileToOpen = Optional.of(mapping);
        clickOn("#import-genres-choose");
        assertThat(label("#import-problem")).startsWith("The genre mapping broken-genres.csv cannot be used: ");
        assertThat(label("#import-genres")).isEqualTo("Built-in mapping");
    }

    @Test
    void thePreviewStillFillsAfterTheGarbageCollectorRan() throws IOException {
        openSeeded();
        interact(vm::openImport);
        for (int i = 0; i < 5; i++) {
            System.gc(); // a listener held only weakly (on a wrapper made per call) would go now
        }
        Path file = dir.resolve("later.csv");
        Files.writeString(file, "title,author,publication_date,isbn,genre,pages\nEmma,Jane Austen,1815-12-23,,FIC,474\n");
        dialogs.fileToOpen = Optional.of(file);
        clickOn("#import-choose");
        TableView<?> preview = lookup("#import-preview").queryAs(TableView.class);
        assertThat(preview.getColumns()).hasSize(6);
        assertThat(preview.getItems()).hasSize(1);
    }

    @Test
    void aFileMissingAColumnShowsItsMessageOnTheDialog() throws IOException {
        ImportViewModel dialog = chooseInImportDialog("title,writer name,pages\nOliver Twist,Charles Dickens,554\n");
        assertThat(label("#import-problem")).startsWith("The columns match none of the formats");
        interact(() -> dialog.formatProperty().set(org.alcove.catalog.io.ImportFormat.BOOKS));
        clickOn("#import-start");
        assertThat(dialog.pageProperty().get()).isEqualTo(Page.SETUP);
        assertThat(label("#import-problem")).contains("has no 'author' column").endsWith("Nothing was imported.");
    }

    private ImportViewModel chooseInImportDialog(String csv) throws IOException {
        openSeeded();
        Path file = dir.resolve("books.csv");
        Files.writeString(file, csv);
        dialogs.fileToOpen = Optional.of(file);
        interact(vm::openImport);
        clickOn("#import-choose");
        return lookup(".import-view").queryAs(ImportView.class).viewModel();
    }

    private String label(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @AfterEach
    void closeDialogs() {
        interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
    }
}
