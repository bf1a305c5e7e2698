package org.alcove.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.alcove.catalog.Book;
import org.alcove.catalog.browse.BookRow;
import org.alcove.catalog.trash.TrashEntry;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** The trash and the multi-level, restart-proof undo in the real window. */
class TrashWindowTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private javafx.scene.Node cell(String text) {
        return lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && text.equals(c.getText())).query();
    }

    private MenuItem menuItem(String id) {
        return lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private void delete(String title) {
        clickOn(cell(title));
        type(KeyCode.DELETE);
        settle();
    }

    @SuppressWarnings("unchecked")
    private TableView<TrashEntry> trashTable() {
        return lookup("#trash-table").queryAs(TableView.class);
    }

    @Test
    void twoDeletesAreUndoneInTurnAndRedoneWithEitherShortcutEachNamedInTheMenu() {
        openSeeded();
        delete("The Hobbit");
        delete("Emma");
        assertThat(table().getItems()).hasSize(4);
        assertThat(menuItem("menu-undo").getText()).isEqualTo("Undo Delete \u201cEmma\u201d");
        assertThat(menuItem("menu-redo").isDisable()).isTrue();
        push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(menuItem("menu-undo").getText()).isEqualTo("Undo Delete \u201cThe Hobbit\u201d");
        assertThat(menuItem("menu-redo").getText()).isEqualTo("Redo Delete \u201cEmma\u201d");
        assertThat(lookup("#status-notice").queryAs(Label.class).getText()).isEqualTo("Undid Delete \u201cEmma\u201d");
        push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(table().getItems()).hasSize(6);
        assertThat(menuItem("menu-undo").isDisable()).isTrue();
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        settle();
        assertThat(table().getItems()).hasSize(5);
        push(KeyCode.CONTROL, KeyCode.Y);
        settle();
        assertThat(table().getItems()).extracting(BookRow::title).doesNotContain("The Hobbit", "Emma");
    }

    @Test
    void undoStillWorksAfterTheCatalogueIsClosedAndOpenedAgain() {
        openSeeded();
        delete("The Hobbit");
        interact(() -> vm.openCatalogue(dir.resolve("catalog.alcove")));
        settle();
        assertThat(menuItem("menu-undo").getText()).isEqualTo("Undo Delete \u201cThe Hobbit\u201d");
        push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(table().getItems()).extracting(BookRow::title).contains("The Hobbit");
    }

    @Test
    void anUndoOfABookChangedSinceSaysSoAndChangesNothing() {
        openSeeded();
        clickOn(cell("Emma"));
        TextField title = lookup("#title-field").queryAs(TextField.class);
        interact(() -> title.setText("Emma (Penguin)"));
        clickOn("#save-button");
        settle();
        Book emma = vm.session().catalog().books().get("title", "Emma (Penguin)");
        emma.setPages(999); // changed elsewhere since (the command line, another window)
        vm.session().catalog().db().save(emma);
        push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(dialogs.errors).singleElement().asString()
                .contains("Cannot undo Edit \u201cEmma (Penguin)\u201d: it has changed since; nothing was changed");
        assertThat(vm.session().catalog().books().filter("title", "Emma (Penguin)").exists()).isTrue();
        assertThat(menuItem("menu-undo").isDisable()).isTrue();
    }

    @Test
    void theTrashWindowListsWhatWasDeletedAndRestoresThePickedBook() {
        openSeeded();
        delete("The Hobbit");
        delete("Emma");
        interact(() -> menuItem("menu-trash").fire());
        settle();
        assertThat(trashTable().getItems()).extracting(TrashEntry::describe)
                .containsExactly("\u201cEmma\u201d by Jane Austen", "\u201cThe Hobbit\u201d by J.R.R. Tolkien");
        javafx.scene.Node hobbit = lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "\u201cThe Hobbit\u201d by J.R.R. Tolkien".equals(c.getText())).query();
        clickOn(hobbit);
        clickOn("#trash-restore");
        settle();
        assertThat(trashTable().getItems()).extracting(TrashEntry::title).containsExactly("Emma");
        assertThat(lookup("#trash-message").queryAs(Label.class).getText()).isEqualTo("Restored \u201cThe Hobbit\u201d by J.R.R. Tolkien");
        assertThat(table().getItems()).extracting(BookRow::title).contains("The Hobbit");
        assertThat(menuItem("menu-undo").getText()).isEqualTo("Undo Restore \u201cThe Hobbit\u201d by J.R.R. Tolkien");
        interact(() -> menuItem("menu-undo").fire());
        settle();
        assertThat(table().getItems()).extracting(BookRow::title).doesNotContain("The Hobbit");
        assertThat(menuItem("menu-undo").getText()).isEqualTo("Undo Delete \u201cEmma\u201d");
    }

    @Test
    void inTrashTypedInTheSearchBoxOpensTheTrashSearchedForTheRest() {
        openSeeded();
        delete("The Hobbit");
        delete("Emma");
        clickOn("#search-field").write("in:trash tolkien");
        settle();
        assertThat(lookup("#search-error").queryAs(Label.class).getText()).isEqualTo("in:trash searches the trash: press Enter to open it");
        type(KeyCode.ENTER);
        settle();
        assertThat(lookup("#trash-search").queryAs(TextField.class).getText()).isEqualTo("tolkien");
        assertThat(trashTable().getItems()).extracting(TrashEntry::title).containsExactly("The Hobbit");
        assertThat(vm.books().searchTextProperty().get()).isEmpty();
    }

    @Test
    void emptyingTheTrashAsksFirstAndThenLetsEverythingGo() {
        openSeeded();
        delete("The Hobbit");
        interact(() -> menuItem("menu-trash").fire());
        settle();
        clickOn("#trash-empty");
        settle();
        assertThat(dialogs.confirmations).last().asString().startsWith("Empty the trash?");
        assertThat(trashTable().getItems()).isEmpty();
        assertThat(lookup("#trash-message").queryAs(Label.class).getText()).isEqualTo("Emptied the trash: 1 thing went for good.");
        assertThat(lookup("#trash-restore").queryAs(Button.class).isDisabled()).isTrue();
    }
}
