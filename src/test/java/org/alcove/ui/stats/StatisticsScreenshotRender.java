package org.alcove.ui.stats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.alcove.catalog.browse.CatalogSession;
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
 * Renders the README's dashboard screenshots from the real dashboard on the sample catalogue:
 * {@code mvn test -Dtest=StatisticsScreenshotRender -Dalcove.screenshots=true} writes
 * {@code assets/screenshots/stats-light.png} and {@code stats-dark.png}.
 */
@EnabledIfSystemProperty(named = "alcove.screenshots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class StatisticsScreenshotRender extends FxRobot {
    @TempDir
    Path dir;
    private CatalogSession session;
    private StatisticsView view;

    @Start
    void start(Stage stage) {
        session = CatalogSession.open(dir.resolve("sample.alcove"));
        session.loadSample();
        StatisticsViewModel vm = new StatisticsViewModel(new SynchronousTaskExecutor(), s -> { });
        vm.setSession(session);
        vm.setActive(true);
        view = new StatisticsView(vm, (t, n) -> Optional.empty(), n -> { });
        stage.setScene(new Scene(view, 1180, 1205));
        stage.show();
    }

    @Test
    void renderLightAndDark() throws Exception {
        shoot(Theme.LIGHT, "stats-light.png");
        shoot(Theme.DARK, "stats-dark.png");
        interact(() -> Application.setUserAgentStylesheet(Theme.LIGHT.stylesheet()));
        session.close();
    }

    private void shoot(Theme theme, String name) throws Exception {
        interact(() -> Application.setUserAgentStylesheet(theme.stylesheet()));
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Path out = Path.of("assets", "screenshots", name);
        Files.createDirectories(out.getParent());
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            StatisticsView.writePng(view, out);
            return out;
        }));
    }
}
