package org.alcove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Copy;
import org.alcove.catalog.Genre;
import org.alcove.catalog.circulation.Circulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk lending or taking back copy after copy, killed at any point: every copy is lent (its loan
 * written and the borrower's hold on the book closed) or not, never half; the copies lent are the
 * first ones scanned, as many as it said or one more; the catalogue is exactly one the same scans
 * made without a kill make.
 */
class KilledLendingTest {
    private static final int COPIES = 300;
    private static final int KILLS = 2;
    /** A fixed day, so the loans the child writes and those of the reference are alike to the day. */
    private static final String DAY = "2026-03-02";

    @TempDir
    static Path tmp;

    static Path desk;
    static List<String> barcodes;

    @RegisterExtension
    final KillPoints kills = new KillPoints();

    /** 300 books with one copy each, a borrower with no loan limit, waiting for every one of them. */
    @BeforeAll
    static void desk() throws Exception {
        desk = Files.createDirectories(tmp.resolve("desk")).resolve("catalog.alcove");
        barcodes = IntStream.range(0, COPIES).mapToObj(i -> String.format("C-%04d", i)).toList();
        try (Catalog catalog = Catalog.open(desk)) {
            Author a = catalog.authors().create(new Author("Jules Verne", null));
            List<Book> books = catalog.books().bulkCreate(IntStream.range(0, COPIES)
                    .mapToObj(i -> new Book("Voyage " + i, a, null, null, SeedGenres.fic(), 100 + i)).toList());
            catalog.db().objects(Copy.class).bulkCreate(IntStream.range(0, COPIES).mapToObj(i -> new Copy(books.get(i), barcodes.get(i))).toList());
            Circulation circulation = new Circulation(catalog);
            circulation.addBorrower("Ada Reader", "P1", "", "");
            circulation.setPolicy("", 14, 2, 0);
            catalog.db().atomic(() -> books.forEach(b -> circulation.placeHold("P1", b)));
        }
    }

    @Test
    void aCheckoutLoopKilledAnywhereLendsTheFirstCopiesWhollyAndNoOthers() throws Exception {
        assertKilledLoopsArePrefixes(desk, "checkout", "Lent '", "P1");
    }

    @Test
    void aReturnLoopKilledAnywhereTakesBackTheFirstCopiesWhollyAndNoOthers() throws Exception {
        Path allOut = scanned(desk, "all-out", "checkout", COPIES, "P1");
        assertKilledLoopsArePrefixes(allOut, "return", "Returned '");
    }

    private void assertKilledLoopsArePrefixes(Path start, String command, String done, String... before) throws Exception {
        int midway = 0;
        for (int i = 0; KillPoints.another(i, KILLS, midway); i++) {
            Path db = CatalogueState.copy(start, command + "-" + i);
            int after = kills.between(1, COPIES / 2);
            long said;
            try (ChildJvm child = ChildJvm.alcove(tmp, args(db, command, COPIES, before))) {
                midway += child.killAfter(() -> child.linesWith(done) >= after, kills.delay(i, KILLS, 0, 20)) ? 1 : 0;
                said = child.linesWith(done);
            }
            CatalogueState state = CatalogueState.assertSound(db);
            List<Integer> alike = new ArrayList<>();
            for (int m = (int) said; m <= Math.min(said + 1, COPIES); m++) {
                if (state.equals(CatalogueState.of(scanned(start, command + "-" + i + "-first-" + m, command, m, before)))) {
                    alike.add(m);
                }
            }
            assertThat(alike).as("after " + said + " lines, the catalogue is the one the first " + said + " or " + (said + 1)
                    + " scans make").hasSize(1);
        }
        assertThat(midway).as("kills in the middle of the loop").isPositive();
    }

    /** A copy of {@code start} on which the first {@code m} copies went through {@code command}, without a kill. */
    private static Path scanned(Path start, String name, String command, int m, String... before) {
        Path db = CatalogueState.copy(start, name);
        if (m > 0) {
            CliRun run = CliRun.run(args(db, command, m, before));
            assertThat(run.code()).as(run.err()).isZero();
        }
        return db;
    }

    private static String[] args(Path db, String command, int m, String... before) {
        List<String> args = new ArrayList<>(List.of("--db", db.toString(), command, "--date", DAY));
        args.addAll(List.of(before));
        args.addAll(barcodes.subList(0, m));
        return args.toArray(String[]::new);
    }
}
