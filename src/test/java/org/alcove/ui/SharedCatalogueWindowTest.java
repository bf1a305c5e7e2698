package org.alcove.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.browse.BookEditing;
import org.alcove.catalog.browse.BookField;
import org.alcove.catalog.browse.EditedBook;
import org.alcove.catalog.browse.BookDraft;
import org.alcove.catalog.browse.BookRow;
import org.alcove.ui.editor.EditorViewModel.ConflictChoice;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** The window while another desk (another connection to the same catalogue) edits it too. */
class SharedCatalogueWindowTest extends MainWindowTestBase {
    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private javafx.scene.Node cell(String text) {
        return lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && text.equals(c.getText())).query();
    }

    /** What another desk does: opens the same catalogue and saves {@code title} as Emma's new title. */
    private void otherDeskRetitlesEmma(String title) {
        try (Catalog other = Catalog.open(dir.resolve("catalog.alcove"))) {
            BookEditing editing = new BookEditing(other);
            EditedBook emma = editing.open(other.books().get("title", "Emma").getId()).orElseThrow();
            BookDraft d = emma.draft();
            editing.saveOver(emma, new BookDraft(title, d.authorName(), d.published(), d.genre(), d.pages(), d.isbn(), d.more()));
        }
    }

    private String storedTitleOfEmma(long id) {
        return vm.session().catalog().books().get("id", id).getTitle();
    }

    @Test
    void savingABookAnotherDeskChangedAsksAndKeepsMine() {
        openSeeded();
        clickOn(cell("Emma"));
        long id = vm.editor().bookIdProperty().get();
        doubleClickOn("#title-field").eraseText(4).write("Emma, mine");
        otherDeskRetitlesEmma("Emma, theirs");
        dialogs.conflictChoice = ConflictChoice.KEEP_MINE;
        clickOn("#save-button");
        settle();
        assertThat(dialogs.conflicts).singleElement().satisfies(c -> {
            assertThat(c.differences()).singleElement().satisfies(d -> {
                assertThat(d.field()).isEqualTo(BookField.TITLE);
                assertThat(d.theirs()).isEqualTo("Emma, theirs");
                assertThat(d.mine()).isEqualTo("Emma, mine");
            });
        });
        assertThat(storedTitleOfEmma(id)).isEqualTo("Emma, mine");
        assertThat(vm.editor().dirtyProperty().get()).isFalse();
    }

    @Test
    void takingTheirsShowsTheirSaveInTheFormAndWritesNothing() {
        openSeeded();
        clickOn(cell("Emma"));
        long id = vm.editor().bookIdProperty().get();
        doubleClickOn("#title-field").eraseText(4).write("Emma, mine");
        otherDeskRetitlesEmma("Emma, theirs");
        dialogs.conflictChoice = ConflictChoice.TAKE_THEIRS;
        clickOn("#save-button");
        settle();
        assertThat(dialogs.conflicts).hasSize(1);
        assertThat(lookup("#title-field").queryAs(TextField.class).getText()).isEqualTo("Emma, theirs");
        assertThat(storedTitleOfEmma(id)).isEqualTo("Emma, theirs");
        assertThat(table().getItems()).extracting(BookRow::title).contains("Emma, theirs");
    }

    @Test
    void keepingOnEditingSavesNothingAndAsksAgainOnTheNextSave() {
        openSeeded();
        clickOn(cell("Emma"));
        long id = vm.editor().bookIdProperty().get();
        doubleClickOn("#title-field").eraseText(4).write("Emma, mine");
        otherDeskRetitlesEmma("Emma, theirs");
        clickOn("#save-button");
        settle();
        assertThat(storedTitleOfEmma(id)).isEqualTo("Emma, theirs");
        assertThat(vm.editor().messageProperty().get()).contains("was changed on another desk");
        clickOn("#save-button");
        settle();
        assertThat(dialogs.conflicts).hasSize(2);
        assertThat(lookup("#title-field").queryAs(TextField.class).getText()).isEqualTo("Emma, mine");
    }

    @Test
    void anotherDesksChangesShowAtTheNextLookKeepingTheSelection() {
        openSeeded();
        clickOn(cell("1984"));
        interact(vm::pollForChanges); // the first look only notes how the catalogue is
        otherDeskRetitlesEmma("Emma, theirs");
        assertThat(table().getItems()).extracting(BookRow::title).doesNotContain("Emma, theirs");
        interact(vm::pollForChanges);
        settle();
        assertThat(table().getItems()).extracting(BookRow::title).contains("Emma, theirs");
        assertThat(table().getSelectionModel().getSelectedItem()).extracting(BookRow::title).isEqualTo("1984");
        assertThat(lookup("#title-field").queryAs(TextField.class).getText()).isEqualTo("1984");
    }

    @Test
    void anotherDesksChangesLeaveAnUnsavedEditAsItIs() {
        openSeeded();
        clickOn(cell("Emma"));
        interact(vm::pollForChanges);
        doubleClickOn("#title-field").eraseText(4).write("Emma, mine");
        otherDeskRetitlesEmma("Emma, theirs");
        interact(vm::pollForChanges);
        settle();
        assertThat(table().getItems()).extracting(BookRow::title).contains("Emma, theirs");
        assertThat(lookup("#title-field").queryAs(TextField.class).getText()).isEqualTo("Emma, mine");
        assertThat(vm.editor().dirtyProperty().get()).isTrue();
        assertThat(table().getSelectionModel().getSelectedItem()).extracting(BookRow::id).isEqualTo(vm.editor().bookIdProperty().get());
    }

    @Test
    void nothingChangedElsewhereMeansNoReRead() {
        openSeeded();
        interact(vm::pollForChanges);
        java.util.List<org.alcove.orm.ExecutedQuery> queries = new java.util.ArrayList<>();
        interact(() -> queries.addAll(vm.session().catalog().db().captureQueries(vm::pollForChanges)));
        // the change marker: books, authors and loans by aggregates, the genres by their names; no table re-read
        assertThat(queries).hasSize(4).allSatisfy(q -> assertThat(q.sql()).startsWith("SELECT ").doesNotContain("JOIN"));
        assertThat(queries).filteredOn(q -> !q.sql().contains("COUNT(")).singleElement()
                .satisfies(q -> assertThat(q.sql()).contains("FROM \"genre\""));
    }
}
