package org.alcove.catalog.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.alcove.catalog.Borrower;
import org.alcove.catalog.SeededCatalogTest;
import org.alcove.orm.EmbeddedPostgres;
import org.alcove.orm.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Two desks changing one borrower at the same moment on a shared catalogue. On PostgreSQL the
 * second desk's write waits for the first's row lock and then finds the row at a newer version;
 * SQLite lets one writer in at a time, so the moment cannot be made there.
 */
@EnabledIf("onPostgresql")
class SharedCirculationTest extends SeededCatalogTest {

    static boolean onPostgresql() {
        return TestBackend.postgres() && EmbeddedPostgres.available();
    }

    @Test
    void aBorrowerChangedAtAnotherDeskWhileOurWriteWaitedIsRefusedInOneSentenceAndTheirsKept() throws Exception {
        Circulation desk = new Circulation(catalog);
        desk.addBorrower("Ann Reader", "P1", "", "");
        String where = catalog.db().location();
        String jdbc = EmbeddedPostgres.get().jdbcUrl(where.substring(where.lastIndexOf('/') + 1));
        try (Connection theirs = DriverManager.getConnection(jdbc, "postgres", "");
             Connection watcher = DriverManager.getConnection(jdbc, "postgres", "")) {
            theirs.setAutoCommit(false);
            try (Statement s = theirs.createStatement()) {
                s.executeUpdate("UPDATE borrower SET contact = 'theirs', version = version + 1 WHERE card = 'P1'");
            }
            CompletableFuture<Borrower> mine = CompletableFuture.supplyAsync(() -> desk.updateBorrower("P1", null, null, "mine", null));
            waitForALockWait(watcher);
            theirs.commit();

            assertThat(mine).failsWithin(30, TimeUnit.SECONDS).withThrowableThat().havingCause().isInstanceOf(CirculationException.class)
                    .withMessage("The borrower with card P1 was changed at another desk at the same moment; nothing changed: make the change again.");
        }
        assertThat(desk.borrower("P1").getContact()).isEqualTo("theirs");
    }

    private static void waitForALockWait(Connection watcher) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Statement s = watcher.createStatement();
                 ResultSet r = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()")) {
                r.next();
                if (r.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the desk's write never waited for the other desk's lock");
    }
}
