package org.alcove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Copy;
import org.alcove.catalog.Loan;
import org.alcove.catalog.browse.BookDraft;
import org.alcove.catalog.browse.BookEditing;
import org.alcove.catalog.circulation.Circulation;
import org.alcove.orm.Count;
import org.alcove.orm.EmbeddedPostgres;
import org.alcove.orm.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19's test of a shared catalogue: four desks, each a JVM of its own, making
 * {@value #DEFAULT_OPS} edits and as many loans or returns each on one PostgreSQL catalogue
 * ({@link SharedDeskWorkload}); half the edits go to four books every desk edits, so saves collide.
 * Nothing is lost, every collision is refused and reported, no copy is lent twice, and no desk
 * ends with a stack trace. {@code -Dalcove.concurrency.ops=N} makes each desk do N instead.
 */
@EnabledIf("onTheRunOnPostgresql")
class SharedCatalogueConcurrencyTest {
    static final int DEFAULT_OPS = 1000;
    static final int DESKS = 4;
    static final int PAGES = 100;

    @TempDir
    Path dir;

    /** Only in the build's run on PostgreSQL (where the server is started anyway), not in the one on SQLite as well. */
    static boolean onTheRunOnPostgresql() {
        return TestBackend.postgres() && EmbeddedPostgres.available();
    }

    @Test
    void fourDesksEditingAndLendingAtOnceLoseNothingAndReportEveryConflict() throws InterruptedException {
        int ops = Integer.getInteger("alcove.concurrency.ops", DEFAULT_OPS);
        String url = EmbeddedPostgres.get().freshDatabase();
        Map<String, Long> ids = prepare(url);
        Map<Long, Long> versions0 = versions(url);

        List<ChildJvm> desks = new ArrayList<>();
        long started = System.nanoTime();
        for (int desk = 0; desk < DESKS; desk++) {
            desks.add(ChildJvm.main(dir, SharedDeskWorkload.class.getName(), url, Integer.toString(desk), Integer.toString(ops)));
        }
        List<List<String>> logs = new ArrayList<>();
        for (ChildJvm desk : desks) {
            try (desk) {
                int code = desk.waitForExit(600);
                assertThat(desk.errors()).as("stderr of a desk").isEmpty();
                assertThat(code).as(desk.output()).isZero();
                logs.add(desk.output().lines().toList());
            }
        }
        long conflicts = logs.stream().flatMap(List::stream).filter(l -> l.startsWith("CONFLICT ")).count();
        long refused = logs.stream().flatMap(List::stream).filter(l -> l.startsWith("REFUSED ")).count();
        System.getLogger(getClass().getName()).log(System.Logger.Level.INFO, "{0} desks x {1} edits and loans: {2} ms, {3} conflicts, {4} loans refused",
                DESKS, ops, (System.nanoTime() - started) / 1_000_000, conflicts, refused);

        try (Catalog catalog = Catalog.open(url, false)) {
            assertEditsAllKept(catalog, ids, versions0, logs, ops);
            assertLoansAddUp(catalog, logs, ops);
        }
    }

    /** A catalogue with the workload's books (at {@value #PAGES} pages), eight copies on the shelf and a borrower per desk. */
    private static Map<String, Long> prepare(String url) {
        Map<String, Long> ids = new HashMap<>();
        try (Catalog catalog = Catalog.open(url, true)) {
            catalog.authors().create(new Author("Desk Author", LocalDate.of(1900, 1, 1)));
            BookEditing editing = new BookEditing(catalog);
            for (String title : SharedDeskWorkload.titles()) {
                ids.put(title, editing.saveNew(new BookDraft(title, "Desk Author", LocalDate.of(2000, 1, 1), null, Integer.toString(PAGES), "",
                        BookDraft.More.NONE)).id());
            }
            Book shelf = catalog.books().get("title", "Shared 0");
            for (int c = 0; c < SharedDeskWorkload.COPIES; c++) {
                catalog.db().save(new Copy(shelf, "C" + c));
            }
            Circulation circulation = new Circulation(catalog);
            circulation.setPolicy("", 14, 0, 0); // no limit on loans at once: every refusal is a copy already out
            for (int desk = 0; desk < DESKS; desk++) {
                circulation.addBorrower("Desk " + desk, "DESK" + desk, "", "");
            }
        }
        return ids;
    }

    /** Each book's version before the desks start. */
    private static Map<Long, Long> versions(String url) {
        Map<Long, Long> versions = new HashMap<>();
        try (Catalog catalog = Catalog.open(url, false)) {
            catalog.books().forEach(b -> versions.put(b.getId(), b.getVersion()));
        }
        return versions;
    }

    private static void assertEditsAllKept(Catalog catalog, Map<String, Long> ids, Map<Long, Long> versions0, List<List<String>> logs,
                                           int ops) {
        Map<Long, Integer> saves = new HashMap<>();
        Map<Long, Integer> conflicts = new HashMap<>();
        Map<Long, String[]> newest = new HashMap<>();
        Set<String> versions = new HashSet<>();
        for (List<String> log : logs) {
            for (String line : log) {
                String[] w = line.split(" ");
                if (w[0].equals("EDITED")) {
                    long id = Long.parseLong(w[1]);
                    saves.merge(id, 1, Integer::sum);
                    assertThat(versions.add(w[1] + "@" + w[2])).as("two saves both made version %s of book %s", w[2], w[1]).isTrue();
                    newest.merge(id, w, (a, b) -> Long.parseLong(a[2]) > Long.parseLong(b[2]) ? a : b);
                } else if (w[0].equals("CONFLICT")) {
                    conflicts.merge(Long.parseLong(w[1]), 1, Integer::sum);
                }
            }
        }
        assertThat(saves.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(DESKS * ops);
        for (String title : SharedDeskWorkload.titles()) {
            long id = ids.get(title);
            Book book = catalog.books().get("id", id);
            int saved = saves.getOrDefault(id, 0);
            // every save that went through added its page: none was written over by another desk's
            assertThat(book.getPages()).as(title + ": pages").isEqualTo(PAGES + saved);
            assertThat(book.getVersion()).as(title + ": version").isEqualTo(versions0.get(id) + saved);
            if (saved > 0) {
                assertThat(book.getPublisher()).as(title + ": the newest save's token").isEqualTo(newest.get(id)[3]);
            }
            if (title.startsWith("Own ")) {
                assertThat(conflicts.getOrDefault(id, 0)).as(title + " is edited by one desk only").isZero();
            }
        }
        assertThat(conflicts.values().stream().mapToInt(Integer::intValue).sum()).as("conflicts on the shared books").isPositive();
    }

    private static void assertLoansAddUp(Catalog catalog, List<List<String>> logs, int ops) {
        long lent = 0;
        long returned = 0;
        long refused = 0;
        for (int desk = 0; desk < DESKS; desk++) {
            long deskLent = 0;
            long deskReturned = 0;
            for (String line : logs.get(desk)) {
                if (line.startsWith("LENT ")) {
                    deskLent++;
                } else if (line.startsWith("RETURNED ")) {
                    deskReturned++;
                } else if (line.startsWith("REFUSED ")) {
                    refused++;
                    assertThat(line).as("a refusal is a copy out at another desk").containsAnyOf("is on loan to Desk ", "was just lent at another desk");
                }
            }
            assertThat(catalog.db().objects(Loan.class).filter("borrower__card", "DESK" + desk).filter(Loan.out("")).count())
                    .as("copies out to desk " + desk).isEqualTo(deskLent - deskReturned);
            lent += deskLent;
            returned += deskReturned;
        }
        assertThat(lent + returned + refused).isEqualTo((long) DESKS * ops);
        assertThat(catalog.db().objects(Loan.class).count()).as("loans made").isEqualTo(lent);
        assertThat(catalog.db().objects(Loan.class).filter("returned__isnull", false).count()).as("loans ended").isEqualTo(returned);
        List<Map<String, Object>> twiceOut = catalog.db().objects(Loan.class).filter(Loan.out("")).values("copy")
                .annotate("n", Count.of("id")).filter("n__gt", 1).list();
        assertThat(twiceOut).as("copies on loan twice").isEmpty();
        assertThat(new Circulation(catalog).stats(1, 1).onLoan()).isEqualTo(lent - returned);
    }
}
