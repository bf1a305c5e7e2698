package org.alcove.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real executor, with real threads: results on the FX thread, errors as failures, a cancelled handle delivering nothing. */
@ExtendWith(ApplicationExtension.class)
class BackgroundTaskExecutorTest {
    private final BackgroundTaskExecutor executor = new BackgroundTaskExecutor(2);
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        // the FX toolkit is all these tests need
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void resultsAndFailuresArriveOnTheFxThread() {
        executor.submit(() -> "done", r -> seen.add(r + " on fx " + Platform.isFxApplicationThread()), e -> seen.add("failed"));
        executor.submit(() -> {
            throw new IllegalStateException("no catalogue");
        }, r -> seen.add("result"), e -> seen.add(e.getMessage() + " on fx " + Platform.isFxApplicationThread()));
        executor.submit(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, r -> seen.add("result"), e -> seen.add("error: " + e.getMessage()));
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 3);
        assertThat(seen).containsExactlyInAnyOrder("done on fx true", "no catalogue on fx true", "error: Java heap space");
    }

    @Test
    void aCancelledHandleDeliversNothingAndTheNewestWins() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        LatestTask latest = new LatestTask();
        WaitForAsyncUtils.asyncFx(() -> {
            latest.start(() -> executor.submit(() -> {
                hold(release);
                return "old";
            }, seen::add, e -> seen.add("old failed")));
            latest.start(() -> executor.submit(() -> "new", seen::add, e -> seen.add("new failed")));
        }).get(5, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.contains("new"));
        release.countDown();
        executor.submit(() -> "after", seen::add, e -> { });
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.contains("after"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(seen).doesNotContain("old", "old failed");
    }

    @Test
    void aGroupCancelsEveryHandleAndThoseAddedLater() {
        TaskGroup group = new TaskGroup();
        TaskHandle a = group.add(executor.submit(new Task<String>() {
            @Override
            protected String call() throws Exception {
                Thread.sleep(5_000);
                return "a";
            }
        }));
        group.cancel();
        assertThat(a.isCancelled()).isTrue();
        TaskHandle late = group.add(executor.submit(() -> "b", seen::add, e -> { }));
        assertThat(late.isCancelled()).isTrue();
        assertThat(group.isCancelled()).isTrue();
    }

    private static void hold(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
