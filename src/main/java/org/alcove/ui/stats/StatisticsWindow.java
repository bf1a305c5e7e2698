package org.alcove.ui.stats;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The dashboard's own window: it stays open beside the main window, follows its catalogue and
 * search, and counts only while shown.
 */
public final class StatisticsWindow {
    private final Stage stage = new Stage();
    private final StatisticsView view;

    public StatisticsWindow(Window owner, StatisticsViewModel vm, BiFunction<String, String, Optional<Path>> chooseFile,
            Consumer<String> notice) {
        view = new StatisticsView(vm, chooseFile, notice);
        stage.initOwner(owner);
        stage.setTitle("Statistics \u2014 Alcove");
        stage.setScene(new Scene(view, 1180, 860));
        org.alcove.ui.WindowKeys.closeOnEscape(stage);
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        if (owner instanceof Stage o) {
            stage.getIcons().setAll(o.getIcons());
        }
        stage.setOnShown(e -> vm.setActive(true));
        stage.setOnHidden(e -> vm.setActive(false));
    }

    /** Shows the window (or brings it to the front). */
    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public StatisticsView view() {
        return view;
    }
}
