package org.alcove.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.alcove.catalog.Author;
import org.alcove.catalog.CatalogFixture;
import org.junit.jupiter.api.Test;

/** The write-ahead log is folded back by a background thread, not inside the commit. */
@SqliteOnly("SQLite only: folding the write-ahead log file back (the PostgreSQL server checkpoints itself)")
class CheckpointTest extends CatalogTest {

    private Path wal() {
        return Path.of(db.file().toAbsolutePath() + "-wal");
    }

    private void write(int rows) {
        List<Author> batch = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            batch.add(new Author("Author " + i, null).setBiography("b".repeat(200)));
        }
        authors.bulkCreate(batch, BulkOptions.defaults().withoutIds());
    }

    private void awaitCheckpoints(long atLeast) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(10))
                .untilAsserted(() -> assertThat(db.executor().checkpointer().completed()).isGreaterThanOrEqualTo(atLeast));
    }

    @Test
    void aCommitLeavingASmallLogStartsNoCheckpoint() throws Exception {
        write(10);
        assertThat(Files.size(wal())).isLessThan(Checkpointer.THRESHOLD_BYTES);
        assertThat(db.executor().checkpointer().completed()).isZero();
        assertThat(db.executor().checkpointer().isRunning()).isFalse();
    }

    @Test
    void aLargeCommitIsFoldedBackInTheBackgroundAndTheDataStaysReadable() throws Exception {
        write(40_000); // about 10 MB of log
        assertThat(Files.size(wal())).isGreaterThanOrEqualTo(Checkpointer.THRESHOLD_BYTES);
        awaitCheckpoints(1);
        // Commits do not copy pages back (autocheckpoint is off): the background checkpoint filled the file.
        assertThat(Files.size(db.file())).isGreaterThan(5L << 20);
        assertThat(authors.count()).isEqualTo(40_000);
        // The log restarts from its beginning on the next write and its file shrinks back, so small
        // commits afterwards do not each wake the checkpoint thread.
        write(10);
        assertThat(Files.size(wal())).isLessThan(Checkpointer.THRESHOLD_BYTES);
        assertThat(authors.count()).isEqualTo(40_010);
    }

    @Test
    void closingTheDatabaseStopsTheCheckpointThread() throws Exception {
        write(40_000);
        awaitCheckpoints(1);
        Checkpointer checkpointer = db.executor().checkpointer();
        assertThat(checkpointer.isRunning()).isTrue();
        db.close();
        assertThat(checkpointer.isRunning()).isFalse();
        db = CatalogFixture.empty(Files.createDirectories(dir.resolve("again"))); // for close() after the test
    }

    @Test
    void aCheckpointThatFailsIsTriedAgainAfterTheNextCommit() throws Exception {
        AtomicInteger opened = new AtomicInteger();
        Path side = dir.resolve("side.sqlite");
        Supplier<Connection> connections = () -> {
            if (opened.getAndIncrement() == 0) {
                throw new IllegalStateException("the first connection cannot be opened");
            }
            try {
                return DriverManager.getConnection("jdbc:sqlite:" + side);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        try (Checkpointer checkpointer = new Checkpointer("PRAGMA wal_checkpoint(PASSIVE)", connections, () -> Checkpointer.THRESHOLD_BYTES)) {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(10)).until(() -> {
                checkpointer.afterCommit(); // each commit past the threshold asks again
                return checkpointer.completed() > 0;
            });
            assertThat(opened.get()).isGreaterThanOrEqualTo(2);
            assertThat(checkpointer.completed()).isPositive();
            assertThat(checkpointer.isRunning()).isTrue();
        }
    }

    @Test
    void aCommitLeavingAHugeLogFoldsItBackBeforeReturning() throws Exception {
        // about 90 MB of log in one autocommitted statement, as a large import leaves
        db.execute("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 250000) "
                + "INSERT INTO author (name, birth_date, biography) SELECT 'Author ' || x, NULL, hex(zeroblob(150)) FROM n");
        // Right after the statement returns, the pages are in the file already, and not by the background thread.
        assertThat(Files.size(db.file())).isGreaterThan(Checkpointer.INLINE_BYTES);
        assertThat(db.executor().checkpointer().completed()).isZero();
        assertThat(authors.count()).isEqualTo(250_000);
    }

    @Test
    void aCheckpointThatFailsIsAWarningAndABusyOneIsNot() throws Exception {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger sql = Logger.getLogger("org.alcove.orm.sql");
        sql.addHandler(capture);
        Path file = db.file().toAbsolutePath();
        // a full disk cannot be had here: a statement SQLite refuses stands for the failing checkpoint
        try (Checkpointer failing = new Checkpointer("PRAGMA wal_checkpoint(TRUNCATE) nonsense", () -> {
            try {
                return DriverManager.getConnection("jdbc:sqlite:" + file);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, () -> Checkpointer.THRESHOLD_BYTES)) {
            failing.afterCommit();
            await().atMost(Duration.ofSeconds(20)).until(() -> records.stream().anyMatch(r -> r.getLevel() == Level.WARNING));
        } finally {
            sql.removeHandler(capture);
        }
        assertThat(records).filteredOn(r -> r.getLevel() == Level.WARNING).first()
                .satisfies(r -> assertThat(r.getMessage()).startsWith("The write-ahead log could not be copied back into the catalogue (")
                        .endsWith("nothing in it is lost, and the copy is tried again after the next change"));

        records.clear();
        sql.addHandler(capture);
        Level before = sql.getLevel();
        sql.setLevel(Level.ALL);
        try {
            Checkpointer.failed(new DatabaseError("locked", new SQLException("database is locked", null, 5)));
        } finally {
            sql.setLevel(before);
            sql.removeHandler(capture);
        }
        assertThat(records).singleElement().satisfies(r -> assertThat(r.getLevel()).isEqualTo(Level.FINE));
    }
}
