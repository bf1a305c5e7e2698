package org.alcove.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.alcove.catalog.Identifier;
import org.alcove.catalog.Reading;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * The editor's identifiers and readings tables: a row added and typed into is saved with the book
 * by Save; a row that is wrong says why under its table and keeps Save off, saving nothing.
 */
class IdentifiersReadingsEditorTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private void select(String title) {
        clickOn(lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && title.equals(c.getText())).<Node>query());
        settle();
    }

    private void unfold(String pane) {
        interact(() -> lookup(pane).queryAs(TitledPane.class).setExpanded(true));
        org.testfx.util.WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS); // the pane unfolds
        interact(() -> {
            ScrollPane scroll = lookup(".editor-view .scroll-pane").queryAs(ScrollPane.class);
            Node target = lookup(pane).query();
            double contentHeight = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            double y = target.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
            scroll.setVvalue(Math.min(1.0, Math.max(0, y / Math.max(1, contentHeight))));
        });
    }

    /** Types {@code text} into the {@code column} cell of the table's last row. */
    private void typeInto(String table, String column, String text) {
        TableView<?> t = lookup(table).queryAs(TableView.class);
        TableCell<?, ?> cell = lookup(table + " .table-cell").match(n -> n instanceof TableCell<?, ?> c
                && c.getTableColumn().getId().equals(column) && c.getIndex() == t.getItems().size() - 1).query();
        doubleClickOn(cell);
        push(KeyCode.CONTROL, KeyCode.A); // whatever the caret: all of the cell's text goes
        eraseText(1);
        write(text);
        type(KeyCode.ENTER);
        settle();
    }

    private String text(String id) {
        Label l = lookup(id).queryAs(Label.class);
        return l.isVisible() ? l.getText() : "";
    }

    private boolean saveEnabled() {
        return !lookup("#save-button").queryAs(Button.class).isDisabled();
    }

    @Test
    void anIdentifierAddedInItsTableIsSavedWithTheBookAndAnEmptyOneKeepsSaveOff() {
        openSeeded();
        select("Emma");
        unfold("#identifiers-pane");
        clickOn("#add-identifier-button");
        settle();
        assertThat(text("#identifiers-error")).isEqualTo("Identifier 1 (asin) needs a value; type it or remove the row");
        assertThat(saveEnabled()).isFalse();
        typeInto("#identifiers-table", "identifier-value-column", "B000FC0SIM");
        assertThat(text("#identifiers-error")).isEmpty();
        assertThat(lookup("#identifiers-pane").queryAs(TitledPane.class).getText()).isEqualTo("Identifiers (1)");
        typeInto("#identifiers-table", "identifier-scheme-column", "openlibrary"); // a kind the drop-down does not offer
        clickOn("#save-button");
        settle();
        assertThat(vm.session().catalog().db().objects(Identifier.class).filter("book__title", "Emma").list())
                .extracting(i -> i.getScheme() + " " + i.getValue()).containsExactly("openlibrary B000FC0SIM");
    }

    @Test
    void aReadingDayThatIsNoDateSaysSoUnderTheTableAndNothingIsSavedUntilItIsMended() {
        openSeeded();
        select("Emma");
        unfold("#readings-pane");
        clickOn("#add-reading-button");
        typeInto("#readings-table", "reading-started-column", "2021-13");
        assertThat(text("#readings-error"))
                .isEqualTo("Reading 1: its start \u201c2021-13\u201d is not a date; write it as YYYY-MM-DD, like 2021-03-15, or leave it empty");
        assertThat(saveEnabled()).isFalse();
        typeInto("#readings-table", "reading-started-column", "2021-03-01");
        typeInto("#readings-table", "reading-finished-column", "2021-03-15");
        assertThat(text("#readings-error")).isEmpty();
        assertThat(vm.session().catalog().db().objects(Reading.class).count()).isZero();
        clickOn("#save-button");
        settle();
        assertThat(vm.session().catalog().db().objects(Reading.class).filter("book__title", "Emma").list())
                .extracting(r -> r.getStarted() + " " + r.getFinished()).containsExactly("2021-03-01 2021-03-15");
    }
}
