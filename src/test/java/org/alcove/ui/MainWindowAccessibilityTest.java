package org.alcove.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.alcove.ui.app.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.framework.junit5.Start;

/** Issue 21's accessibility items, measured on the real window: row contrast and the menus' mnemonics. */
class MainWindowAccessibilityTest extends MainWindowTestBase {
    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void theSelectedRowStandsOutAtLeastThreeToOne(Theme theme) {
        interact(() -> vm.start(null));
        openSeeded();
        interact(() -> {
            vm.setTheme(theme);
            table().getSelectionModel().select(1);
        });
        settle();
        TableRow<?> selected = lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.isSelected() && !r.isEmpty()).findFirst().orElseThrow();
        TableRow<?> other = lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> !r.isSelected() && !r.isEmpty() && r.getIndex() % 2 == 0).findFirst().orElseThrow();
        double ratio = contrast(fill(selected), fill(other));
        assertThat(ratio).as("%s: %s against %s", theme, fill(selected), fill(other)).isGreaterThanOrEqualTo(3.0);
    }

    @Test
    void altAndAMenusFirstLetterOpensIt() {
        interact(() -> vm.start(null));
        openSeeded();
        clickOn(table());
        press(KeyCode.ALT).press(KeyCode.D).release(KeyCode.D).release(KeyCode.ALT);
        settle();
        assertThat(Window.getWindows()).filteredOn(w -> w instanceof ContextMenu && w.isShowing())
                .singleElement().satisfies(w -> assertThat(((ContextMenu) w).getItems().get(0).getText()).isEqualTo("Migrations\u2026"));
        push(KeyCode.ESCAPE);
    }

    @Test
    void theDividersAreWhereTheUserLeftThem() throws Exception {
        interact(() -> vm.start(null));
        openSeeded();
        javafx.scene.control.SplitPane split = lookup(".split-pane").queryAs(javafx.scene.control.SplitPane.class);
        interact(() -> split.setDividerPosition(0, 0.25));
        settle();
        assertThat(new org.alcove.ui.app.AppPreferences(prefsNode).dividers(new double[] {0.18, 0.77})[0]).isCloseTo(0.25,
                org.assertj.core.data.Offset.offset(0.001));
        // a window built again (the next start) puts them there
        javafx.scene.control.SplitPane again = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> new org.alcove.ui.app.MainView(vm))
                .get(5, java.util.concurrent.TimeUnit.SECONDS).lookupAll(".split-pane").stream()
                .map(javafx.scene.control.SplitPane.class::cast).findFirst().orElseThrow();
        assertThat(again.getDividerPositions()[0]).isCloseTo(0.25, org.assertj.core.data.Offset.offset(0.001));
    }

    private static Color fill(Region r) {
        var fills = r.getBackground().getFills();
        return (Color) fills.get(fills.size() - 1).getFill();
    }

    /** WCAG's contrast ratio of two colours. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
