package org.alcove.catalog.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Borrower;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Copy;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.Loan;
import org.alcove.orm.Database;
import org.alcove.orm.BulkOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A term at a school library, through the scan desk: every school day a class comes in, pupils scan
 * their card and the copies they take, bring back others, mistype codes, renew; the catalogue file
 * is closed and reopened each evening. A model of what should be true is kept beside it, and at
 * the end every loan the desk reported is in the file, and nothing else.
 */
class SchoolDayTest {
    @TempDir
    Path dir;

    @Test
    void aTermOfScansLosesNothingAndLendsNoCopyTwice() {
        Path file = dir.resolve("school.alcove");
        int pupils = 120;
        int copies = 300;
        try (Catalog catalog = Catalog.open(file)) {
            Database db = catalog.db();
            Author a = db.objects(Author.class).create(new Author("Various", null));
            List<Book> books = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                books.add(new Book("Book " + i, a, null, null, SeedGenres.fic(), 100 + i));
            }
            books = db.objects(Book.class).bulkCreate(books);
            List<Copy> cs = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                cs.add(new Copy(books.get(i % books.size()), String.format("C%04d", i)));
            }
            db.objects(Copy.class).bulkCreate(cs, BulkOptions.defaults().withoutIds());
            List<Borrower> bs = new ArrayList<>();
            for (int i = 0; i < pupils; i++) {
                bs.add(new Borrower("Pupil " + i, String.format("P%03d", i)).setGroup("Year " + (7 + i % 5)));
            }
            db.objects(Borrower.class).bulkCreate(bs, BulkOptions.defaults().withoutIds());
            new Circulation(catalog).setPolicy("", 14, 2, 3);
        }

        Random random = new Random(20260907);
        MovableClock clock = new MovableClock(LocalDate.of(2026, 9, 7));
        Map<String, String> outTo = new HashMap<>(); // copy -> card, as the desk reported
        int lent = 0;
        int returned = 0;
        int refused = 0;
        int scans = 0;
        int renewed = 0;
        for (int day = 0; day < 20; day++) {
            try (Catalog catalog = Catalog.open(file)) {
                Circulation circulation = new Circulation(catalog, clock);
                ScanDesk desk = new ScanDesk(circulation);
                for (int visit = 0; visit < 30; visit++) {
                    String card = String.format("P%03d", random.nextInt(pupils));
                    // Bring back what this pupil has, most of the time.
                    for (String copy : outTo.entrySet().stream().filter(e -> e.getValue().equals(card)).map(Map.Entry::getKey).toList()) {
                        if (random.nextInt(3) > 0) {
                            ScanDesk.Result r = desk.scan(copy);
                            scans++;
                            assertThat(r.outcome()).as(r.message()).isEqualTo(ScanDesk.Outcome.RETURNED);
                            outTo.remove(copy);
                            returned++;
                        }
                    }
                    for (String copy : outTo.entrySet().stream().filter(e -> e.getValue().equals(card)).map(Map.Entry::getKey).toList()) {
                        if (random.nextInt(3) == 0) {
                            try {
                                LoanRow r = circulation.renew(copy);
                                assertThat(r.due()).isAfterOrEqualTo(circulation.today());
                                renewed++;
                            } catch (CirculationException e) {
                                assertThat(e.getMessage()).contains("renewed 2 times");
                                refused++;
                            }
                        }
                    }
                    ScanDesk.Result hello = desk.scan(card);
                    scans++;
                    assertThat(hello.outcome()).as(hello.message()).isEqualTo(ScanDesk.Outcome.BORROWER);
                    for (int take = random.nextInt(4); take > 0; take--) {
                        String code = random.nextInt(10) == 0 ? "C9" + random.nextInt(1000) // a mistyped code
                                : String.format("C%04d", random.nextInt(copies));
                        ScanDesk.Result r = desk.scan(code);
                        scans++;
                        if (r.outcome() == ScanDesk.Outcome.RENEWED) {
                            assertThat(outTo).containsEntry(code, card);
                            renewed++;
                        } else if (r.outcome() == ScanDesk.Outcome.LENT) {
                            assertThat(outTo).as("lent twice: " + code).doesNotContainKey(code);
                            outTo.put(code, card);
                            lent++;
                        } else {
                            assertThat(r.outcome()).as(r.message()).isEqualTo(ScanDesk.Outcome.REFUSED);
                            refused++;
                            assertThat(r.message()).isNotBlank();
                        }
                    }
                    assertThat(desk.scan(card).outcome()).isEqualTo(ScanDesk.Outcome.FINISHED);
                    scans++;
                }
            }
            clock.advanceDays(day % 5 == 4 ? 3 : 1);
        }

        try (Catalog catalog = Catalog.open(file)) {
            Circulation circulation = new Circulation(catalog, clock);
            Map<String, String> open = new HashMap<>();
            for (LoanRow l : circulation.loans(Circulation.Scope.OPEN, null)) {
                assertThat(open.put(l.barcode(), l.card())).as("two open loans of " + l.barcode()).isNull();
            }
            assertThat(open).isEqualTo(outTo);
            assertThat(catalog.db().objects(Loan.class).count()).isEqualTo(lent);
            assertThat(catalog.db().objects(Loan.class).filter("returned__isnull", false).count()).isEqualTo(returned);
            assertThat(scans).isGreaterThan(1000);
            System.out.printf("school term: %d scans, %d lent, %d returned, %d renewed, %d refused%n", scans, lent, returned, renewed, refused);
            assertThat(refused).isPositive();
            assertThat(renewed).isPositive();
            assertThat(catalog.db().objects(Loan.class).aggregate(org.alcove.orm.Sum.of("renewals")).get("renewals__sum")).isEqualTo((long) renewed);
            assertThat(catalog.db().query("PRAGMA integrity_check", List.of(), rs -> rs.getString(1))).containsExactly("ok");
        }
    }
}
