package org.alcove.ui;

import java.nio.file.Path;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.alcove.catalog.browse.CatalogSession;
import org.alcove.ui.app.AppPreferences;
import org.alcove.ui.app.Dialogs;
import org.alcove.ui.app.FxDialogs;
import org.alcove.ui.app.MainView;
import org.alcove.ui.app.MainViewModel;
import org.alcove.ui.task.BackgroundTaskExecutor;
import org.alcove.ui.task.TaskExecutor;

/** The desktop application: the main window on the catalogue given with {@code --db}, or the last one. */
public final class AlcoveApp extends Application {
    private static final Duration SEARCH_DELAY = Duration.millis(250);

    private TaskExecutor executor;
    private MainViewModel viewModel;

    /** Starts JavaFX with this application; {@code args} may hold {@code --db FILE}. */
    public static void launchWith(String[] args) {
        Application.launch(AlcoveApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        executor = new BackgroundTaskExecutor(2);
        CatalogSession.preloadInBackground(); // the driver loads while the window builds itself
        viewModel = open(stage, executor, new FxDialogs(stage), AppPreferences.forUser(), SEARCH_DELAY);
        viewModel.start(dbArgument(getParameters().getRaw().toArray(String[]::new)));
        viewModel.watchOtherDesks(WATCH_INTERVAL);
    }

    /** How often the window looks for other desks' changes to the catalogue. */
    static final Duration WATCH_INTERVAL = Duration.seconds(5);

    /**
     * Builds the main window on {@code stage} and shows it (without opening a catalogue yet);
     * tests call this with a synchronous executor and their own preferences.
     */
    public static MainViewModel open(Stage stage, TaskExecutor executor, Dialogs dialogs, AppPreferences prefs, Duration searchDelay) {
        MainViewModel vm = new MainViewModel(executor, dialogs, prefs, searchDelay);
        Application.setUserAgentStylesheet(vm.themeProperty().get().stylesheet());
        vm.themeProperty().addListener((o, old, t) -> Application.setUserAgentStylesheet(t.stylesheet()));
        MainView view = new MainView(vm);
        stage.setScene(new Scene(view, 1280, 780));
        stage.titleProperty().bind(vm.titleProperty());
        stage.getIcons().setAll(new Image(AlcoveApp.class.getResourceAsStream("icons/alcove-32.png")),
                new Image(AlcoveApp.class.getResourceAsStream("icons/alcove-256.png")));
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        vm.setOnQuit(stage::close);
        stage.show();
        return vm;
    }

    /** The file after {@code --db}, or null. */
    static Path dbArgument(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--db")) {
                return Path.of(args[i + 1]);
            }
        }
        return null;
    }

    @Override
    public void stop() {
        if (viewModel != null) {
            viewModel.close();
        }
        if (executor != null) {
            executor.close();
        }
    }
}
