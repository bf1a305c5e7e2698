package org.alcove.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.browse.BookRow;
import org.alcove.ui.app.AppPreferences;
import org.alcove.ui.app.MainViewModel;
import org.alcove.ui.task.SynchronousTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on the seed's catalogue, with a synchronous executor and answering dialogs. */
@ExtendWith(ApplicationExtension.class)
abstract class MainWindowTestBase extends FxRobot {
    @TempDir
    Path dir;
    Preferences prefsNode;
    RecordingDialogs dialogs = new RecordingDialogs();
    MainViewModel vm;
    Stage stage;

    /** Call from the test class's own {@code @Start} method (TestFX looks only there). */
    void startWindow(Stage stage) {
        this.stage = stage;
        System.setProperty("alcove.home", dir.resolve("home").toString());
        prefsNode = Preferences.userRoot().node("org/alcove/test/" + UUID.randomUUID());
        vm = AlcoveApp.open(stage, new SynchronousTaskExecutor(), dialogs, new AppPreferences(prefsNode), Duration.millis(20));
    }

    /** Opens the seed tutorial's catalogue (6 books by 3 authors, and Zola with none). */
    void openSeeded() {
        CatalogFixture.seeded(dir).close();
        interact(() -> vm.openCatalogue(dir.resolve("catalog.alcove")));
    }

    @SuppressWarnings("unchecked")
    TableView<BookRow> table() {
        return lookup("#books-table").queryAs(TableView.class);
    }

    /** Waits until the typing pauses are over and what they started has run (the synchronous executor runs it at once). */
    void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).pollInterval(java.time.Duration.ofMillis(5))
                .until(() -> WaitForAsyncUtils.asyncFx(vm::isSettled).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeAll() throws BackingStoreException {
        interact(() -> {
            vm.close();
            // every window this test opened (dialogs, popups such as the author completion), so none covers the next test's clicks
            List.copyOf(javafx.stage.Window.getWindows()).stream().filter(w -> w != stage).forEach(javafx.stage.Window::hide);
            stage.close();
        });
        prefsNode.removeNode();
        System.clearProperty("alcove.home");
    }
}
