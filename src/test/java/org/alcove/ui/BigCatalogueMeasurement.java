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
        long scrollMs = jumpThrough(table, items, 0, 100);
        long stallDuringScrollMs = longestGapNanos.get() / 1_000_000;
        System.gc();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        long sortMs = sortBy(SortKey.TITLE);
        long authorSortMs = sortBy(SortKey.AUTHOR);
        long authorJumpsMs = jumpThrough(table, items, 1, 10);
        sortBy(SortKey.TITLE);
        longestGapNanos.set(0); // the gap below covers the search alone
        long searchStart = System.nanoTime();
        interact(() -> {
            vm.books().searchTextProperty().set("mirror of");
            vm.books().searchNow();
        });
        waitUntil(() -> !vm.books().busyProperty().get(), 60);
        long searchMs = (System.nanoTime() - searchStart) / 1_000_000;
        long stallSearchMs = longestGapNanos.get() / 1_000_000;
        LOG.log(System.Logger.Level.INFO, String.format("BENCH books=%d firstRowsMs=%d scroll101StepsMs=%d cachedPages=%d "
                + "heapAfterScrollMb=%d longestFxGapScrollMs=%d longestFxGapSearchMs=%d sortTitleMs=%d sortAuthorMs=%d "
                + "authorSorted10JumpsMs=%d searchMs=%d matches=%d peakRssMb=%d rssMb=%d",
                size, firstRowsMs, scrollMs, items.cachedPages(), heapMb, stallDuringScrollMs, stallSearchMs, sortMs, authorSortMs,
                authorJumpsMs, searchMs, vm.books().matchingProperty().get(), procStatusMb("VmHWM:"), procStatusMb("VmRSS:")));
    }

    /** A figure of /proc/self/status in MB (Linux; -1 elsewhere): VmHWM is the peak resident memory. */
    private static long procStatusMb(String key) {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).replace("kB", "").strip()) / 1024;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Scrolls to rows {@code from/steps … steps/steps} of the list, each once read; the time taken in ms. */
    private long jumpThrough(TableView<BookRow> table, PagedBookList items, int from, int steps) {
        int size = items.size();
        long start = System.nanoTime();
        for (int i = from; i <= steps; i++) {
            int row = (int) Math.min(size - 1, (long) size * i / steps);
            interact(() -> table.scrollTo(row));
            waitUntil(() -> items.isLoaded(row), 30);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Sorts the table, waiting for its first rows; the time taken in ms. */
    private long sortBy(SortKey key) {
        long start = System.nanoTime();
        interact(() -> vm.books().sortBy(key, false));
        waitUntil(() -> !vm.books().busyProperty().get(), 60);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void waitUntil(BooleanSupplier condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
    }
}
