package org.alcove.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.alcove.catalog.browse.BookRow;
import org.alcove.ui.app.AppPreferences;
import org.alcove.ui.app.MainViewModel;
import org.alcove.ui.task.SynchronousTaskExecutor;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The column chooser: show and hide, order and widths remembered across runs, Reset Columns; nothing cut at 1024×700. */
class ColumnChooserTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private List<String> shownIds(TableView<BookRow> t) {
        return t.getColumns().stream().filter(TableColumn::isVisible).map(TableColumn::getId).toList();
    }

    private Menu columnsMenu() {
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        Menu view = bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals("View")).findFirst().orElseThrow();
        return (Menu) view.getItems().stream().filter(i -> "menu-columns".equals(i.getId())).findFirst().orElseThrow();
    }

    private MenuItem item(Menu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void theViewMenuAndTheHeaderMenuListEveryColumnWithACheckBox() {
        openSeeded();
        List<String> ids = table().getColumns().stream().map(TableColumn::getId).toList();
        assertThat(columnsMenu().getItems().stream().filter(CheckMenuItem.class::isInstance).map(MenuItem::getId).toList())
                .isEqualTo(ids.stream().map(id -> "show-" + id).toList());
        assertThat(table().getColumns().get(0).getContextMenu().getItems()).hasSize(ids.size() + 2);
        interact(() -> ((CheckMenuItem) item(columnsMenu(), "show-column-isbn")).setSelected(false));
        assertThat(lookup("#column-isbn").tryQuery()).isEmpty(); // its header is gone
        assertThat(shownIds(table())).doesNotContain("column-isbn");
    }

    @Test
    void orderWidthsAndHiddenColumnsAreRememberedAcrossRunsUntilReset() {
        openSeeded();
        interact(() -> {
            TableView<BookRow> t = table();
            TableColumn<BookRow, ?> author = t.getColumns().stream().filter(c -> c.getId().equals("column-author")).findFirst().orElseThrow();
            t.getColumns().remove(author);
            t.getColumns().add(0, author); // what dragging its header to the left does
            ((CheckMenuItem) item(columnsMenu(), "show-column-pages")).setSelected(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> arranged = shownIds(table());
        assertThat(arranged).startsWith("column-author").doesNotContain("column-pages");

        // the next run, with the same preferences
        Stage[] second = new Stage[1];
        MainViewModel[] again = new MainViewModel[1];
        interact(() -> {
            second[0] = new Stage();
            again[0] = AlcoveApp.open(second[0], new SynchronousTaskExecutor(), dialogs, new AppPreferences(prefsNode),
                    javafx.util.Duration.millis(20));
        });
        try {
            @SuppressWarnings("unchecked")
            TableView<BookRow> t2 = (TableView<BookRow>) second[0].getScene().lookup("#books-table");
            assertThat(shownIds(t2)).isEqualTo(arranged);
            interact(() -> {
                MenuBar bar = (MenuBar) second[0].getScene().lookup(".menu-bar");
                Menu view = bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals("View")).findFirst().orElseThrow();
                Menu cols = (Menu) view.getItems().stream().filter(i -> "menu-columns".equals(i.getId())).findFirst().orElseThrow();
                item(cols, "reset-columns").fire();
            });
            assertThat(shownIds(t2)).containsExactly("column-title", "column-author", "column-genre", "column-published",
                    "column-pages", "column-isbn", "cover-column");
            assertThat(new AppPreferences(prefsNode).bookColumns()).isEmpty();
        } finally {
            interact(() -> {
                again[0].close();
                second[0].close();
            });
        }
    }

    @Test
    void theLastColumnShownCannotBeHidden() {
        openSeeded();
        interact(() -> table().getColumns().forEach(c -> c.setVisible(false)));
        assertThat(shownIds(table())).hasSize(1);
    }

    @Test
    void atTenTwentyFourBySevenHundredNamesAreNotCutAndEveryColumnCanBeReached() {
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        openSeeded();
        WaitForAsyncUtils.waitForFxEvents();
        TableView<BookRow> t = table();
        TableColumn<BookRow, ?> author = t.getColumns().stream().filter(c -> c.getId().equals("column-author")).findFirst().orElseThrow();
        Text name = new Text("Ursula K. Le Guin");
        name.setFont(javafx.scene.text.Font.getDefault());
        double needed = name.getLayoutBounds().getWidth() + 16; // the cell's padding
        assertThat(author.getWidth()).as("the author column fits \u201cUrsula K. Le Guin\u201d").isGreaterThanOrEqualTo(needed);
        double columns = t.getColumns().stream().filter(TableColumn::isVisible).mapToDouble(TableColumn::getWidth).sum();
        boolean scrolls = t.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar s
                && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && s.isVisible());
        assertThat(columns <= t.getWidth() || scrolls).as("every column is on screen or reachable by scrolling").isTrue();
    }
}
