package org.alcove.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javax.imageio.ImageIO;

import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.alcove.ui.app.AppPreferences;
import org.alcove.ui.app.MainViewModel;
import org.alcove.ui.app.Theme;
import org.alcove.ui.task.SynchronousTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the README screenshots from the real window with the sample catalogue:
 * {@code mvn test -Dtest=ScreenshotRender -Dalcove.screenshots=true} writes
 * {@code assets/screenshots/main-light.png} and {@code main-dark.png}.
 */
@EnabledIfSystemProperty(named = "alcove.screenshots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class ScreenshotRender extends FxRobot {
    @TempDir
    Path dir;
    private MainViewModel vm;
    private Stage stage;
    private Preferences node;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        System.setProperty("alcove.home", dir.toString());
        node = Preferences.userRoot().node("org/alcove/shots/" + UUID.randomUUID());
        vm = AlcoveApp.open(stage, new SynchronousTaskExecutor(), new RecordingDialogs(), new AppPreferences(node), Duration.millis(10));
        vm.start(null);
        vm.loadSample();
    }

    @Test
    void renderLightAndDark() throws IOException, BackingStoreException {
        interact(() -> {
            var table = lookup("#books-table").<javafx.scene.control.TableView<?>>query();
            table.getSelectionModel().select(3);
        });
        shoot(Theme.LIGHT, "main-light.png");
        shoot(Theme.DARK, "main-dark.png");
        interact(() -> {
            vm.close();
            Application.setUserAgentStylesheet(Theme.LIGHT.stylesheet());
        });
        node.removeNode();
        System.clearProperty("alcove.home");
    }

    private void shoot(Theme theme, String name) throws IOException {
        interact(() -> vm.setTheme(theme));
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)));
        Path out = Path.of("assets", "screenshots", name);
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }
}
