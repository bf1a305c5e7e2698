package org.alcove.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** Selecting several books in the table shows the bulk panel; its changes are one step each. */
class BulkEditWindowTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private Node cell(String text) {
        return lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && text.equals(c.getText())).query();
    }

    private String notice() {
        return lookup("#status-notice").queryAs(Label.class).getText();
    }

    @Test
    void ctrlAndShiftClicksSelectSeveralBooksAndTheBulkPanelTagsThemAll() {
        openSeeded();
        assertThat(lookup("#bulk-panel").query().isVisible()).isFalse();
        clickOn(cell("Emma"));
        assertThat(lookup("#bulk-panel").query().isVisible()).isFalse();
        press(KeyCode.CONTROL).clickOn(cell("1984")).release(KeyCode.CONTROL);
        assertThat(lookup("#bulk-panel").query().isVisible()).isTrue();
        assertThat(lookup("#bulk-heading").queryAs(Label.class).getText()).isEqualTo("2 books selected");
        press(KeyCode.SHIFT).clickOn(cell("The Hobbit")).release(KeyCode.SHIFT);
        int selected = table().getSelectionModel().getSelectedIndices().size();
        assertThat(selected).isGreaterThan(2);
        assertThat(lookup("#bulk-heading").queryAs(Label.class).getText()).isEqualTo(selected + " books selected");

        clickOn("#bulk-tag-field").write("Summer");
        clickOn("#bulk-add-tag");
        settle();
        assertThat(notice()).isEqualTo("Added tag \u201cSummer\u201d to " + selected + " books");
        assertThat(vm.actions().undoLabelProperty().get()).isEqualTo("Undo Add tag \u201cSummer\u201d to " + selected + " books");
        assertThat(vm.session().browser().count(org.alcove.catalog.browse.BookFilter.ALL.withSearch("tag:summer"))).isEqualTo(selected);

        push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(vm.session().browser().count(org.alcove.catalog.browse.BookFilter.ALL.withSearch("tag:summer"))).isZero();
    }

    @Test
    void ctrlADeletesEveryBookShownAfterOneConfirmationAndOneUndoBringsThemBack() {
        openSeeded();
        clickOn(cell("Emma"));
        push(KeyCode.CONTROL, KeyCode.A);
        assertThat(lookup("#bulk-heading").queryAs(Label.class).getText()).isEqualTo("6 books selected");
        clickOn("#bulk-delete");
        settle();
        assertThat(dialogs.confirmations).containsExactly("Delete the 6 books selected? They go to the trash for 30 days"
                + " (Edit \u2192 Trash\u2026), and one Undo brings them all back. Books with a copy on loan are not deleted.");
        assertThat(table().getItems()).isEmpty();
        assertThat(notice()).isEqualTo("Deleted 6 books");
        assertThat(vm.actions().undoLabelProperty().get()).isEqualTo("Undo Delete 6 books");
        push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(table().getItems()).hasSize(6);
    }

    @Test
    void theDeleteKeyWithSeveralSelectedAsksOnceForAllAndCancelChangesNothing() {
        openSeeded();
        dialogs.confirming = false;
        clickOn(cell("Emma"));
        press(KeyCode.CONTROL).clickOn(cell("Persuasion")).release(KeyCode.CONTROL);
        type(KeyCode.DELETE);
        settle();
        assertThat(dialogs.confirmations).singleElement().asString().startsWith("Delete the 2 books selected?");
        assertThat(table().getItems()).hasSize(6);
    }

    @Test
    void theGenreAndTheStatusAreSetOnAllSelectedBooks() {
        openSeeded();
        clickOn(cell("Emma"));
        press(KeyCode.CONTROL).clickOn(cell("Persuasion")).release(KeyCode.CONTROL);
        interact(() -> {
            @SuppressWarnings("unchecked")
            var status = (javafx.scene.control.ComboBox<org.alcove.catalog.ReadingStatus>) lookup("#bulk-status-field").query();
            status.getSelectionModel().select(org.alcove.catalog.ReadingStatus.READ);
            status.getOnAction().handle(new javafx.event.ActionEvent());
        });
        clickOn("#bulk-set-status");
        settle();
        assertThat(notice()).isEqualTo("Set the status of 2 books to Read");
        assertThat(vm.session().browser().count(org.alcove.catalog.browse.BookFilter.ALL.withSearch("status:read"))).isEqualTo(2);
    }
}
