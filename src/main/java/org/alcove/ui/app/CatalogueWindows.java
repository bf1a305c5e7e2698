package org.alcove.ui.app;

import java.util.function.Consumer;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.alcove.catalog.browse.CatalogSession;
import org.alcove.catalog.circulation.Circulation;
import org.alcove.ui.circulation.CirculationView;
import org.alcove.ui.circulation.CirculationViewModel;
import org.alcove.ui.genres.GenresView;
import org.alcove.ui.genres.GenresViewModel;
import org.alcove.ui.importing.ColumnMappings;
import org.alcove.ui.importing.ImportView;
import org.alcove.ui.importing.ImportViewModel;
import org.alcove.ui.migrations.MigrationsView;
import org.alcove.ui.migrations.MigrationsViewModel;
import org.alcove.ui.task.TaskExecutor;
import org.alcove.ui.trash.TrashView;
import org.alcove.ui.trash.TrashViewModel;

/**
 * Opens the windows that change the open catalogue wholesale — the import and the migrations —
 * each modal to the main window, wired to the file choosers and confirmations of {@link Dialogs}.
 */
final class CatalogueWindows {
    private CatalogueWindows() {
    }

    static Stage openImport(CatalogSession s, TaskExecutor executor, Dialogs dialogs, Runnable changed, Consumer<String> notice,
            ColumnMappings mappings) {
        ImportViewModel vm = new ImportViewModel(s.catalog(), executor,
                () -> dialogs.chooseFileToOpen("Import", "CSV and TSV files", "*.csv", "*.tsv", "*.txt"),
                () -> dialogs.chooseFileToSave("Save the rejected rows", "rejected-rows.csv", ".csv"),
                changed, notice, mappings);
        Stage stage = new Stage();
        ImportView view = new ImportView(vm, stage::close);
        stage.setOnCloseRequest(e -> vm.cancel());
        show(stage, "Import", view, 860, 620);
        return stage;
    }

    static Stage openMigrations(CatalogSession s, TaskExecutor executor, Dialogs dialogs, Runnable changed, Consumer<String> notice) {
        MigrationsViewModel vm = new MigrationsViewModel(s.catalog().migrations(), executor,
                message -> dialogs.confirm("Roll back migrations", message, "Roll back"), changed, notice);
        Stage stage = new Stage();
        MigrationsView view = new MigrationsView(vm, stage::close);
        show(stage, "Migrations", view, 920, 600);
        vm.refresh();
        return stage;
    }

    static Stage openGenres(CatalogSession s, TaskExecutor executor, Dialogs dialogs, Runnable changed, Consumer<String> notice) {
        GenresViewModel vm = new GenresViewModel(s.catalog().genres(), executor,
                question -> dialogs.confirm("Genres", question, "Go ahead"), changed, notice);
        Stage stage = new Stage();
        show(stage, "Genres", new GenresView(vm, stage::close), 560, 480);
        vm.refresh();
        return stage;
    }

    static Stage openCirculation(CatalogSession s, TaskExecutor executor, Dialogs dialogs, Consumer<String> notice, Runnable changed) {
        CirculationViewModel vm = new CirculationViewModel(s.catalog(), new Circulation(s.catalog()), executor,
                name -> dialogs.chooseFileToSave("Save as PDF", name, ".pdf"),
                () -> dialogs.chooseFileToOpen("Import borrowers", "CSV files", "*.csv", "*.txt"), notice);
        vm.setConfirm((title, message) -> dialogs.confirm(title, message, "Delete"));
        vm.setOnChanged(changed);
        Stage stage = new Stage();
        CirculationView view = new CirculationView(vm, stage::close);
        show(stage, "Circulation", view, 980, 720);
        return stage;
    }

    static Stage openTrash(CatalogSession s, TaskExecutor executor, Dialogs dialogs, Runnable changed, String search) {
        TrashViewModel vm = new TrashViewModel(s.editing().trash(), s.editing()::restoreFromTrash, executor,
                message -> dialogs.confirm("Empty trash", message, "Empty Trash"), () -> {
                    s.editing().readLabels();
                    changed.run();
                });
        Stage stage = new Stage();
        TrashView view = new TrashView(vm, stage::close);
        show(stage, "Trash", view, 760, 480);
        vm.searchProperty().set(search);
        vm.refresh();
        javafx.scene.Node field = view.lookup("#trash-search");
        if (field instanceof javafx.scene.control.TextField t) {
            t.requestFocus();
            t.end();
        }
        return stage;
    }

    /** Shows {@code content} in {@code stage}, owned by the main window; the theme follows the application's stylesheet. */
    private static void show(Stage stage, String title, Parent content, double width, double height) {
        stage.setTitle(title + " \u2014 Alcove");
        Window.getWindows().stream()
                .filter(w -> w instanceof Stage && w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof MainView)
                .findFirst()
                .ifPresent(owner -> {
                    stage.initOwner(owner);
                    stage.initModality(Modality.WINDOW_MODAL);
                    stage.getIcons().setAll(((Stage) owner).getIcons());
                });
        stage.setScene(new Scene(content, width, height));
        org.alcove.ui.WindowKeys.closeOnEscape(stage);
        stage.setMinWidth(560);
        stage.setMinHeight(420);
        stage.show();
    }
}
