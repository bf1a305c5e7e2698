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
    private Object viewModel;

    @Start
    void start(Stage stage) {
        session = CatalogSession.open(dir.resolve("sample.alcove"));
        session.loadSample();
        StatisticsViewModel vm = new StatisticsViewModel(new SynchronousTaskExecutor(), s -> { });
        viewModel = vm;
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
        // the collection's charts, with some tags, ratings, readings and copies: the whole dashboard
        interact(() -> {
            var db = session.catalog().db();
            var tags = db.objects(org.alcove.catalog.Tag.class);
            var classics = tags.create(new org.alcove.catalog.Tag("Classics"));
            var victorian = tags.create(new org.alcove.catalog.Tag("Victorian"));
            int i = 0;
            for (var b : session.catalog().books().orderBy("id").limit(60)) {
                b.tags().add(i % 2 == 0 ? classics : victorian);
                db.save(b.setRating(java.math.BigDecimal.valueOf(5 + (i % 6) * 5L, 1)));
                db.save(new org.alcove.catalog.Reading(b, null, java.time.LocalDate.of(2019 + i % 5, 1 + i % 12, 1)));
                db.save(new org.alcove.catalog.Copy(b, "C" + i).setLocation(i % 3 == 0 ? "Shelf A" : i % 3 == 1 ? "Shelf B" : "Office"));
                i++;
            }
            view.charts(); // the figures are counted again below
        });
        interact(() -> ((StatisticsViewModel) viewModel).refresh());
        WaitForAsyncUtils.waitForFxEvents();
        Path whole = Path.of("assets", "screenshots", "stats-collection-light.png");
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            StatisticsView.writePng(view.dashboard(), whole);
            return whole;
        }));
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
