package org.alcove.ui;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

import javafx.animation.AnimationTimer;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.alcove.catalog.browse.BookRow;
import org.alcove.catalog.browse.SortKey;
import org.alcove.ui.app.AppPreferences;
import org.alcove.ui.app.MainViewModel;
import org.alcove.ui.books.PagedBookList;
import org.alcove.ui.task.BackgroundTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: a measured run of the window on a big catalogue, with the real background executor.
 * {@code mvn test -Dtest=BigCatalogueMeasurement -Dalcove.bench.db=/tmp/big.alcove}; figures go to
 * the log (System.Logger, INFO).
 */
@EnabledIfSystemProperty(named = "alcove.bench.db", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class BigCatalogueMeasurement extends FxRobot {
    private static final System.Logger LOG = System.getLogger(BigCatalogueMeasurement.class.getName());

    private final AtomicLong longestGapNanos = new AtomicLong();
    private MainViewModel vm;
    private long shownAt;
    private volatile long firstChangeAt;

    @Start
    void start(Stage stage) {
        Preferences node = Preferences.userRoot().node("org/alcove/bench/" + UUID.randomUUID());
        vm = AlcoveApp.open(stage, new BackgroundTaskExecutor(2), new RecordingDialogs(), new AppPreferences(node), Duration.millis(250));
        shownAt = System.nanoTime();
        new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    longestGapNanos.accumulateAndGet(now - last, Math::max);
                }
                last = now;
            }
        }.start();
        vm.books().items().addListener((javafx.collections.ListChangeListener<BookRow>) c -> {
            if (firstChangeAt == 0) {
                firstChangeAt = System.nanoTime();
            }
        });
        vm.openCatalogue(Path.of(System.getProperty("alcove.bench.db")));
    }

    @Test
    void measure() {
        waitUntil(() -> lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && c.getText() != null && !c.getText().isEmpty())
                .tryQuery().isPresent(), 60);
        long firstRowsMs = (System.nanoTime() - shownAt) / 1_000_000;
        LOG.log(System.Logger.Level.INFO, "BENCH first change of the table's rows after " + (firstChangeAt - shownAt) / 1_000_000 + " ms");
        @SuppressWarnings("unchecked")
        TableView<BookRow> table = lookup("#books-table").queryAs(TableView.class);
        PagedBookList items = vm.books().items();
        int size = items.size();
        longestGapNanos.set(0);
        long scrollStart = System.nanoTime();
        for (int i = 0; i <= 100; i++) {
            int row = (int) Math.min(size - 1, (long) size * i / 100);
            interact(() -> table.scrollTo(row));
            waitUntil(() -> items.isLoaded(row), 30);
        }
        long scrollMs = (System.nanoTime() - scrollStart) / 1_000_000;
        long stallDuringScrollMs = longestGapNanos.get() / 1_000_000;
        System.gc();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        longestGapNanos.set(0);
        long sortStart = System.nanoTime();
        interact(() -> vm.books().sortBy(SortKey.TITLE, false));
        waitUntil(() -> !vm.books().busyProperty().get(), 60);
        long sortMs = (System.nanoTime() - sortStart) / 1_000_000;
        long authorSortStart = System.nanoTime();
        interact(() -> vm.books().sortBy(SortKey.AUTHOR, false));
        waitUntil(() -> !vm.books().busyProperty().get(), 60);
        long authorSortMs = (System.nanoTime() - authorSortStart) / 1_000_000;
        long authorJumpStart = System.nanoTime();
        for (int i = 1; i <= 10; i++) {
            int row = (int) Math.min(size - 1, (long) size * i / 10);
            interact(() -> table.scrollTo(row));
            waitUntil(() -> items.isLoaded(row), 30);
        }
        long authorJumpsMs = (System.nanoTime() - authorJumpStart) / 1_000_000;
        interact(() -> vm.books().sortBy(SortKey.TITLE, false));
        waitUntil(() -> !vm.books().busyProperty().get(), 60);
        long searchStart = System.nanoTime();
        interact(() -> {
            vm.books().searchTextProperty().set("mirror of");
            vm.books().searchNow();
        });
        waitUntil(() -> !vm.books().busyProperty().get(), 60);
        long searchMs = (System.nanoTime() - searchStart) / 1_000_000;
        long stallSortSearchMs = longestGapNanos.get() / 1_000_000;
        LOG.log(System.Logger.Level.INFO, String.format("BENCH books=%d firstRowsMs=%d scroll101StepsMs=%d cachedPages=%d "
                + "heapAfterScrollMb=%d longestFxGapScrollMs=%d longestFxGapSortSearchMs=%d sortTitleMs=%d sortAuthorMs=%d "
                + "authorSorted10JumpsMs=%d searchMs=%d matches=%d",
                size, firstRowsMs, scrollMs, items.cachedPages(), heapMb, stallDuringScrollMs, stallSortSearchMs, sortMs, authorSortMs,
                authorJumpsMs, searchMs, vm.books().matchingProperty().get()));
    }

    private static void waitUntil(BooleanSupplier condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
    }
}
