package org.alcove.catalog.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Borrower;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Copy;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.Loan;
import org.alcove.orm.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanDeskTest {
    @TempDir
    Path dir;

    Catalog catalog;
    MovableClock clock;
    ScanDesk desk;
    Circulation circulation;

    @BeforeEach
    void setUp() {
        catalog = Catalog.open(dir.resolve("desk.alcove"));
        Database db = catalog.db();
        Author a = db.objects(Author.class).create(new Author("Ursula K. Le Guin", null));
        Book b = db.objects(Book.class).create(new Book("A Wizard of Earthsea", a, null, null, SeedGenres.fic(), 183));
        db.objects(Copy.class).create(new Copy(b, "0001"));
        db.objects(Copy.class).create(new Copy(b, "0002"));
        db.objects(Borrower.class).create(new Borrower("Ged Sparrowhawk", "CARD-1").setGroup("Year 9"));
        db.objects(Borrower.class).create(new Borrower("Tenar", "CARD-2"));
        clock = new MovableClock(LocalDate.of(2026, 9, 7));
        circulation = new Circulation(catalog, clock);
        desk = new ScanDesk(circulation);
    }

    @AfterEach
    void tearDown() {
        catalog.close();
    }

    @Test
    void aCardThenCopiesLendsThemAndTheCardAgainEndsTheTurn() {
        ScanDesk.Result hello = desk.scan("CARD-1");
        assertThat(hello.outcome()).isEqualTo(ScanDesk.Outcome.BORROWER);
        assertThat(hello.message()).isEqualTo("Ged Sparrowhawk (Year 9): 0 copies out. Scan copies to lend; scan the card again when done.");
        ScanDesk.Result lent = desk.scan("0001\n");
        assertThat(lent.outcome()).isEqualTo(ScanDesk.Outcome.LENT);
        assertThat(lent.message()).isEqualTo("Lent 'A Wizard of Earthsea' (0001) to Ged Sparrowhawk, due 2026-09-21.");
        assertThat(desk.scan("0002").outcome()).isEqualTo(ScanDesk.Outcome.LENT);
        assertThat(desk.scan("CARD-1").outcome()).isEqualTo(ScanDesk.Outcome.FINISHED);
        assertThat(desk.borrower()).isEmpty();
        assertThat(catalog.db().objects(Loan.class).filter("returned__isnull", true).count()).isEqualTo(2);
    }

    @Test
    void aCopyAloneIsReturnedWithDaysLate() {
        desk.scan("CARD-1");
        desk.scan("0001");
        desk.finish();
        clock.advanceDays(16);
        ScanDesk.Result back = desk.scan("0001");
        assertThat(back.outcome()).isEqualTo(ScanDesk.Outcome.RETURNED);
        assertThat(back.message()).isEqualTo("Returned 'A Wizard of Earthsea' (0001) from Ged Sparrowhawk, 2 days late.");
    }

    @Test
    void aReturnTellsWhoWaitsForTheBook() {
        desk.scan("CARD-1");
        desk.scan("0001");
        desk.scan("0002");
        desk.finish();
        circulation.placeHold("CARD-2", catalog.books().get());
        ScanDesk.Result back = desk.scan("0002");
        assertThat(back.message()).endsWith(". Put it aside: Tenar (CARD-2) is waiting for it.");
        assertThat(back.holdWaiting()).isPresent();
    }

    @Test
    void anUnknownCodeOrACopyOutIsRefusedAndTheTurnGoesOn() {
        desk.scan("CARD-2");
        ScanDesk.Result typo = desk.scan("00O1");
        assertThat(typo.outcome()).isEqualTo(ScanDesk.Outcome.REFUSED);
        assertThat(typo.message()).isEqualTo("No card or copy has the code '00O1'; nothing changed.");
        assertThat(desk.borrower()).map(Borrower::getName).contains("Tenar");
        desk.scan("0001");
        desk.scan("CARD-1");
        assertThat(desk.borrower()).map(Borrower::getName).contains("Ged Sparrowhawk");
        ScanDesk.Result taken = desk.scan("0001");
        assertThat(taken.outcome()).isEqualTo(ScanDesk.Outcome.REFUSED);
        assertThat(taken.message()).contains("is on loan to Tenar");
        assertThat(desk.scan("").outcome()).isEqualTo(ScanDesk.Outcome.REFUSED);
        assertThat(catalog.db().objects(Loan.class).count()).isEqualTo(1);
    }

    @Test
    void aCopyTheBorrowerAlreadyHasIsRenewedUpToTheLimit() {
        circulation.setPolicy("Year 9", 7, 1, 5);
        desk.scan("CARD-1");
        desk.scan("0001");
        clock.advanceDays(5);
        ScanDesk.Result renewed = desk.scan("0001");
        assertThat(renewed.outcome()).isEqualTo(ScanDesk.Outcome.RENEWED);
        assertThat(renewed.message()).isEqualTo("Renewed 'A Wizard of Earthsea' (0001) for Ged Sparrowhawk, now due 2026-09-19 (renewal 1).");
        ScanDesk.Result again = desk.scan("0001");
        assertThat(again.outcome()).isEqualTo(ScanDesk.Outcome.REFUSED);
        assertThat(again.message()).contains("renewed 1 time, the most allowed");
        assertThat(catalog.db().objects(Loan.class).count()).isEqualTo(1);
    }
}
