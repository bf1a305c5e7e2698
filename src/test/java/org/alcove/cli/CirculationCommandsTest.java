package org.alcove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Copy;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.Loan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CirculationCommandsTest {
    @TempDir
    Path dir;

    String db;

    @BeforeEach
    void setUp() throws Exception {
        Path file = dir.resolve("school.alcove");
        db = file.toString();
        try (Catalog catalog = Catalog.open(file)) {
            Author a = catalog.db().objects(Author.class).create(new Author("Mary Shelley", null));
            Book b = catalog.db().objects(Book.class).create(new Book("Frankenstein", a, null, "9780141439471", SeedGenres.fic(), 280));
            catalog.db().objects(Copy.class).create(new Copy(b, "B-1"));
            catalog.db().objects(Copy.class).create(new Copy(b, "B-2"));
        }
        Path csv = dir.resolve("pupils.csv");
        Files.writeString(csv, "name,card,group\nAda Pupil,P100,Year 7\nBen Pupil,P101,Year 7\n,P102,Year 8\n");
        CliRun imported = CliRun.run("--db", db, "borrowers", "import", csv.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Borrowers: 2 added, 0 updated, 0 unchanged, 1 rejected.").contains("line 4, name: a borrower needs a name");
    }

    @Test
    void checkoutReturnAndLoansOnTheCommandLine() {
        CliRun lend = CliRun.run("--db", db, "checkout", "P100", "B-1", "--date", "2026-09-07");
        assertThat(lend.code()).as(lend.err()).isZero();
        assertThat(lend.out()).isEqualTo("Lent 'Frankenstein' (B-1) to Ada Pupil, due 2026-09-21\n");

        CliRun twice = CliRun.run("--db", db, "checkout", "P101", "B-1");
        assertThat(twice.code()).isEqualTo(1);
        assertThat(twice.err()).startsWith("alcove: Copy 'B-1' (Frankenstein) is on loan to Ada Pupil until 2026-09-21");
        assertThat(twice.out()).isEmpty();

        CliRun late = CliRun.run("--db", db, "loans", "--overdue", "--json", "--date", "2026-09-25");
        assertThat(late.code()).isZero();
        assertThat(late.out()).contains("\"today\":\"2026-09-25\"").contains("\"barcode\":\"B-1\"").contains("\"days_late\":4")
                .contains("\"state\":\"overdue\"");

        CliRun back = CliRun.run("--db", db, "return", "B-1", "--date", "2026-09-25");
        assertThat(back.out()).isEqualTo("Returned 'Frankenstein' (B-1), 4 days late\n");
        CliRun notOut = CliRun.run("--db", db, "return", "B-1");
        assertThat(notOut.code()).isEqualTo(1);
        assertThat(notOut.err()).isEqualTo("alcove: Copy 'B-1' (Frankenstein) is not on loan.\n");

        CliRun all = CliRun.run("--db", db, "loans", "--all");
        assertThat(all.out()).contains("returned 2026-09-25").endsWith("1 loan kept.\n");
    }

    @Test
    void unknownCodesExitOneAndChangeNothing() throws Exception {
        CliRun card = CliRun.run("--db", db, "checkout", "NOPE", "B-1");
        assertThat(card.code()).isEqualTo(1);
        assertThat(card.err()).isEqualTo("alcove: No borrower has card 'NOPE'.\n");
        CliRun some = CliRun.run("--db", db, "checkout", "P100", "B-1", "B-9", "B-2");
        assertThat(some.code()).isEqualTo(1);
        assertThat(some.out()).contains("(B-1)").contains("(B-2)");
        assertThat(some.err()).isEqualTo("alcove: No copy has barcode 'B-9'.\n");
        try (Catalog catalog = Catalog.openExisting(Path.of(db))) {
            assertThat(catalog.db().objects(Loan.class).count()).isEqualTo(2);
        }
        CliRun missing = CliRun.run("--db", dir.resolve("none.alcove").toString(), "loans");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("none.alcove"))).isFalse();
    }

    @Test
    void holdsRenewalsPoliciesStatisticsAndThePurge() {
        assertThat(CliRun.run("--db", db, "loan-policy", "Year 7", "--days", "7", "--renewals", "1").out())
                .contains("Year 7                 7 days, 1 renewals, 5 at once");
        CliRun.run("--db", db, "checkout", "P100", "B-1", "B-2", "--date", "2026-01-05");
        CliRun hold = CliRun.run("--db", db, "hold", "P101", "978-0-14-143947-1", "--date", "2026-01-06");
        assertThat(hold.out()).contains("Ben Pupil waits for 'Frankenstein', number 1 in the queue");
        CliRun renew = CliRun.run("--db", db, "renew", "B-1");
        assertThat(renew.code()).isEqualTo(1);
        assertThat(renew.err()).contains("is held for Ben Pupil");
        CliRun back = CliRun.run("--db", db, "return", "B-1", "--date", "2026-01-09");
        assertThat(back.out()).contains("put it aside for Ben Pupil (P101), who waits for it");
        assertThat(CliRun.run("--db", db, "checkout", "P101", "B-1", "--date", "2026-01-09").out()).contains("(hold filled)");
        CliRun stats = CliRun.run("--db", db, "loan-stats", "--json", "--months", "2", "--date", "2026-02-01");
        assertThat(stats.out()).contains("\"loans_per_month\":[{\"month\":\"2026-01\",\"loans\":3},{\"month\":\"2026-02\",\"loans\":0}]")
                .contains("\"most_borrowed\":[{\"title\":\"Frankenstein\",\"loans\":3}]");
        CliRun purge = CliRun.run("--db", db, "purge-loans", "--older-than", "1", "--date", String.valueOf(LocalDate.of(2026, 3, 1)));
        assertThat(purge.out()).startsWith("Purged 1 loan returned before 2026-02-01");
        CliRun after = CliRun.run("--db", db, "loan-stats", "--json", "--months", "2", "--date", "2026-02-01");
        assertThat(after.out()).isEqualTo(stats.out());
    }

    @Test
    void borrowersListAddAndExportRoundTrip() throws Exception {
        assertThat(CliRun.run("--db", db, "borrowers", "add", "Cara Teacher", "S1", "--group", "Staff").out()).isEqualTo("Added Cara Teacher with card S1\n");
        CliRun dup = CliRun.run("--db", db, "borrowers", "add", "Someone", "S1");
        assertThat(dup.code()).isEqualTo(1);
        assertThat(dup.err()).isEqualTo("alcove: Card S1 belongs to Cara Teacher already; nothing changed.\n");
        assertThat(CliRun.run("--db", db, "borrowers", "list").out()).contains("S1           Cara Teacher").endsWith("3 borrowers.\n");
        Path out = dir.resolve("out.csv");
        assertThat(CliRun.run("--db", db, "borrowers", "export", out.toString()).out()).startsWith("Exported 3 borrowers");
        CliRun again = CliRun.run("--db", db, "borrowers", "import", out.toString(), "--json");
        assertThat(again.out()).contains("\"created\":0,\"updated\":0,\"unchanged\":3,\"rejected\":0");
        assertThat(CliRun.run("--db", db, "borrowers", "frobnicate").code()).isEqualTo(2);
        assertThat(CliRun.run("--db", db, "borrowers", "set", "P100", "--active", "no", "--group", "Leavers").out())
                .isEqualTo("Changed Ada Pupil (P100): group Leavers, card inactive\n");
        CliRun refused = CliRun.run("--db", db, "checkout", "P100", "B-1");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("alcove: Ada Pupil's card (P100) is inactive.\n");
        assertThat(CliRun.run("--db", db, "borrowers", "set", "NOPE", "--active", "yes").err()).isEqualTo("alcove: No borrower has card 'NOPE'.\n");
        assertThat(CliRun.run("--db", db, "borrowers", "set", "P100").code()).isEqualTo(2);
    }

    @Test
    void labelsAreSavedAsPdfAndABadKindOrSearchIsRefused() throws Exception {
        Path pdf = dir.resolve("labels.pdf");
        CliRun copies = CliRun.run("--db", db, "labels", "copies", pdf.toString(), "--library", "Hilltop");
        assertThat(copies.code()).as(copies.err()).isZero();
        assertThat(copies.out()).isEqualTo("Wrote 2 labels to " + pdf + "\n");
        assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(CliRun.run("--db", db, "labels", "cards", pdf.toString()).out()).startsWith("Wrote 2 cards");
        CliRun kind = CliRun.run("--db", db, "labels", "stickers", pdf.toString());
        assertThat(kind.code()).isEqualTo(2);
        assertThat(kind.err()).isEqualTo("alcove: labels wants one of copies, spine, cards, overdue, shelf-list, not 'stickers'\n");
        CliRun search = CliRun.run("--db", db, "labels", "copies", dir.resolve("x.pdf").toString(), "--query", "title:(");
        assertThat(search.code()).isEqualTo(2);
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void checkSaysTheCatalogueIsSoundOrWhatIsWrong() {
        CliRun sound = CliRun.run("--db", db, "check");
        assertThat(sound.code()).as(sound.out() + sound.err()).isZero();
        assertThat(sound.out()).isEqualTo("The catalogue school.alcove is sound.\n");
        CliRun.run("--db", db, "checkout", "P100", "B-1");
        try (Catalog catalog = Catalog.openExisting(Path.of(db))) {
            catalog.db().objects(Copy.class).filter("barcode", "B-1").delete();
        }
        CliRun found = CliRun.run("--db", db, "check", "--json");
        assertThat(found.code()).isEqualTo(1);
        assertThat(found.out()).startsWith("{\"ok\":false,\"findings\":[{\"check\":\"loans\",\"severity\":\"warning\",");
        assertThat(CliRun.run("--db", dir.resolve("none.alcove").toString(), "check").code()).isEqualTo(2);
    }

    @Test
    void restorePutsABackupInPlaceAndKeepsTheCatalogueAside() throws Exception {
        Path backup = dir.resolve("monday.alcove");
        assertThat(CliRun.run("--db", db, "backup", backup.toString()).code()).isZero();
        CliRun.run("--db", db, "borrowers", "add", "Late Addition", "X9");
        CliRun r = CliRun.run("--db", db, "restore", backup.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Kept the catalogue that was there as ").contains("school.before-restore-")
                .endsWith("Restored monday.alcove to " + Path.of(db).toAbsolutePath() + "\n");
        assertThat(CliRun.run("--db", db, "borrowers", "list").out()).doesNotContain("Late Addition");
        Path junk = Files.writeString(dir.resolve("junk.alcove"), "not a catalogue");
        CliRun refused = CliRun.run("--db", db, "restore", junk.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).startsWith("alcove: The backup junk.alcove was not restored: ");
    }
}
