package org.alcove.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.alcove.catalog.Copy;
import org.alcove.catalog.browse.CopyRow;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** The editor's copies table: a copy added, its barcode typed into the cell, saved; a duplicate barcode refused in one sentence. */
class CopiesEditorTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private void select(String title) {
        clickOn(lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && title.equals(c.getText())).<javafx.scene.Node>query());
        settle();
    }

    @SuppressWarnings("unchecked")
    private TableView<CopyRow> copies() {
        return lookup("#copies-table").queryAs(TableView.class);
    }

    private void addCopy(String barcode) {
        interact(() -> {
            lookup("#copies-pane").queryAs(javafx.scene.control.TitledPane.class).setExpanded(true);
            lookup(".editor-view .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0);
        });
        org.testfx.util.WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS); // the pane unfolds
        interact(() -> lookup(".editor-view .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        clickOn("#add-copy-button");
        TableCell<?, ?> cell = lookup("#copies-table .table-cell").match(n -> n instanceof TableCell<?, ?> c
                && c.getTableColumn().getId().equals("copy-barcode-column") && c.getIndex() == copies().getItems().size() - 1).query();
        doubleClickOn(cell);
        write(barcode);
        type(KeyCode.ENTER);
        clickOn("#save-copies-button");
        settle();
    }

    @Test
    void aCopyAddedInTheTableIsSavedWithItsBarcode() {
        openSeeded();
        select("Emma");
        assertThat(copies().getItems()).isEmpty();
        addCopy("EM-001");
        assertThat(copies().getItems()).extracting(CopyRow::barcode).containsExactly("EM-001");
        assertThat(vm.session().catalog().db().objects(Copy.class).filter("book__title", "Emma").valuesListFlat("barcode", String.class).list())
                .containsExactly("EM-001");
        select("Persuasion");
        assertThat(copies().getItems()).isEmpty();
        addCopy("EM-001");
        assertThat(lookup("#editor-message").queryAs(Label.class).getText())
                .isEqualTo("The barcode EM-001 belongs to a copy of \u201cEmma\u201d; each copy needs its own. The copies were not saved.");
        assertThat(vm.session().catalog().db().objects(Copy.class).count()).isEqualTo(1);
    }
}
