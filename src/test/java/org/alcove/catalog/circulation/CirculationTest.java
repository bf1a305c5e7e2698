package org.alcove.catalog.circulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Borrower;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Copy;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.Loan;
import org.alcove.catalog.LoanTally;
import org.alcove.orm.Database;
import org.alcove.orm.IntegrityError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CirculationTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    @TempDir
    Path dir;

    Catalog catalog;
    Database db;
    MovableClock clock;
    Circulation desk;
    Book emma;
    Book dune;

    @BeforeEach
    void setUp() {
        catalog = Catalog.open(dir.resolve("school.alcove"));
        db = catalog.db();
        clock = new MovableClock(MONDAY);
        desk = new Circulation(catalog, clock);
        Author austen = db.objects(Author.class).create(new Author("Jane Austen", null));
        Author herbert = db.objects(Author.class).create(new Author("Frank Herbert", null));
        emma = db.objects(Book.class).create(new Book("Emma", austen, null, null, SeedGenres.fic(), 474));
        dune = db.objects(Book.class).create(new Book("Dune", herbert, null, null, SeedGenres.sci(), 412));
        db.objects(Copy.class).create(new Copy(emma, "C001"));
        db.objects(Copy.class).create(new Copy(emma, "C002"));
        db.objects(Copy.class).create(new Copy(dune, "C003"));
        db.objects(Borrower.class).create(new Borrower("Ada Pupil", "P100").setGroup("Year 7"));
        db.objects(Borrower.class).create(new Borrower("Ben Pupil", "P101").setGroup("Year 7"));
        db.objects(Borrower.class).create(new Borrower("Cara Teacher", "S200").setGroup("Staff"));
        db.objects(Borrower.class).create(new Borrower("Dan Left", "P102").setActive(false));
    }

    @AfterEach
    void tearDown() {
        catalog.close();
    }

    long loans() {
        return db.objects(Loan.class).count();
    }

    @Test
    void aCheckoutIsDueAfterTheGroupsLoanDaysOrTheDefault() {
        desk.setPolicy("Year 7", 7, 1, 3);
        LoanRow ada = desk.checkout("P100", "C001", null).loan();
        assertThat(ada.due()).isEqualTo(MONDAY.plusDays(7));
        assertThat(ada.title()).isEqualTo("Emma");
        assertThat(ada.group()).isEqualTo("Year 7");
        LoanRow cara = desk.checkout("S200", "C003", null).loan();
        assertThat(cara.due()).isEqualTo(MONDAY.plusDays(14));
        LoanRow given = desk.checkout("P101", " C002 \n", MONDAY.plusDays(3)).loan();
        assertThat(given.due()).isEqualTo(MONDAY.plusDays(3));
        assertThat(desk.loans(Circulation.Scope.OPEN, null)).extracting(LoanRow::barcode).containsExactly("C002", "C001", "C003");
    }

    @Test
    void aCopyOnLoanCannotBeLentTwice() {
        desk.checkout("P100", "C001", null);
        assertThatThrownBy(() -> desk.checkout("P101", "C001", null)).isInstanceOf(CirculationException.class)
                .hasMessage("Copy 'C001' (Emma) is on loan to Ada Pupil until 2026-09-21; return it before lending it again.");
        assertThatThrownBy(() -> desk.checkout("P100", "C001", null)).hasMessageContaining("already on loan to Ada Pupil");
        assertThat(loans()).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesASecondOpenLoanOfOneCopyEvenPastTheService() {
        desk.checkout("P100", "C001", null);
        Copy c1 = db.objects(Copy.class).get("barcode", "C001");
        Borrower ben = db.objects(Borrower.class).get("card", "P101");
        assertThatThrownBy(() -> db.objects(Loan.class).create(new Loan(c1, ben, MONDAY, MONDAY.plusDays(1))))
                .isInstanceOf(IntegrityError.class);
        desk.giveBack("C001");
        db.objects(Loan.class).create(new Loan(c1, ben, MONDAY, MONDAY.plusDays(1)));
        assertThat(loans()).isEqualTo(2);
    }

    @Test
    void unknownCodesAndInactiveCardsChangeNothing() {
        assertThatThrownBy(() -> desk.checkout("P999", "C001", null)).hasMessage("No borrower has card 'P999'.");
        assertThatThrownBy(() -> desk.checkout("P100", "X1", null)).hasMessage("No copy has barcode 'X1'.");
        assertThatThrownBy(() -> desk.checkout("P102", "C001", null)).hasMessage("Dan Left's card (P102) is inactive.");
        assertThatThrownBy(() -> desk.checkout("P100", "C001", MONDAY.minusDays(1))).hasMessage("The due date 2026-09-06 is in the past.");
        assertThatThrownBy(() -> desk.giveBack("C001")).hasMessage("Copy 'C001' (Emma) is not on loan.");
        assertThatThrownBy(() -> desk.checkout(" ", "C001", null)).hasMessage("Scan or type a card number.");
        assertThat(loans()).isZero();
    }

    @Test
    void aReturnCountsTheDaysLateAndKeepsTheHistory() {
        desk.checkout("P100", "C001", null);
        clock.advanceDays(17);
        assertThat(desk.overdue()).singleElement().satisfies(l -> {
            assertThat(l.daysLate()).isEqualTo(3);
            assertThat(l.state()).isEqualTo("overdue");
        });
        Return r = desk.giveBack("C001");
        assertThat(r.loan().returned()).isEqualTo(MONDAY.plusDays(17));
        assertThat(r.loan().daysLate()).isEqualTo(3);
        assertThat(r.holdWaiting()).isEmpty();
        assertThat(desk.overdue()).isEmpty();
        assertThat(desk.loans(Circulation.Scope.ALL, "P100")).singleElement().extracting(LoanRow::state).isEqualTo("returned");
        desk.checkout("P101", "C001", null);
        assertThat(desk.loans(Circulation.Scope.ALL, null)).hasSize(2);
    }

    @Test
    void renewalsExtendFromTodayUpToTheGroupsLimit() {
        desk.setPolicy("Year 7", 7, 1, 3);
        desk.checkout("P100", "C001", null);
        clock.advanceDays(5);
        LoanRow renewed = desk.renew("C001");
        assertThat(renewed.due()).isEqualTo(MONDAY.plusDays(12));
        assertThat(renewed.renewals()).isEqualTo(1);
        assertThatThrownBy(() -> desk.renew("C001")).hasMessage("Copy 'C001' was renewed 1 time, the most allowed; it is due 2026-09-19.");
        assertThatThrownBy(() -> desk.renew("C003")).hasMessage("Copy 'C003' is not on loan.");
    }

    @Test
    void aLostCopyCannotBeLentUntilItIsFoundAndReturned() {
        desk.checkout("P100", "C003", null);
        assertThat(desk.markLost("C003").state()).isEqualTo("lost");
        assertThatThrownBy(() -> desk.checkout("P101", "C003", null)).hasMessageContaining("is marked lost since its loan to Ada Pupil");
        assertThatThrownBy(() -> desk.renew("C003")).hasMessageContaining("marked lost");
        assertThat(desk.overdue()).isEmpty();
        Return found = desk.giveBack("C003");
        assertThat(found.wasLost()).isTrue();
        desk.checkout("P101", "C003", null);
        assertThat(desk.loans(Circulation.Scope.OPEN, null)).singleElement().extracting(LoanRow::borrower).isEqualTo("Ben Pupil");
    }

    @Test
    void aHoldKeepsTheLastFreeCopyForTheBorrowerFirstInTheQueue() {
        desk.checkout("S200", "C003", null);
        HoldRow ben = desk.placeHold("P101", dune);
        assertThat(ben.position()).isEqualTo(1);
        assertThatThrownBy(() -> desk.placeHold("P101", dune)).hasMessage("Ben Pupil already waits for 'Dune'.");
        assertThatThrownBy(() -> desk.renew("C003")).hasMessage("'Dune' is held for Ben Pupil; the loan cannot be renewed.");
        Return back = desk.giveBack("C003");
        assertThat(back.holdWaiting()).map(HoldRow::borrower).contains("Ben Pupil");
        assertThatThrownBy(() -> desk.checkout("P100", "C003", null))
                .hasMessage("'Dune' is held for Ben Pupil (since 2026-09-07); no copy is free for Ada Pupil.");
        Checkout c = desk.checkout("P101", "C003", null);
        assertThat(c.filledHold()).isTrue();
        assertThat(desk.holds(dune)).isEmpty();
    }

    @Test
    void aHoldDoesNotStopLendingWhileAnotherCopyIsFree() {
        desk.placeHold("P101", emma);
        desk.checkout("P100", "C001", null);
        assertThatThrownBy(() -> desk.checkout("S200", "C002", null)).hasMessageContaining("is held for Ben Pupil");
        HoldRow hold = desk.holds(emma).get(0);
        desk.cancelHold(hold.id());
        desk.checkout("S200", "C002", null);
        assertThatThrownBy(() -> desk.cancelHold(hold.id())).hasMessage("No open hold #" + hold.id() + ".");
    }

    @Test
    void aBorrowerAtTheGroupsLimitIsRefused() {
        desk.setPolicy("Year 7", 7, 1, 2);
        desk.checkout("P100", "C001", null);
        desk.checkout("P100", "C003", null);
        assertThatThrownBy(() -> desk.checkout("P100", "C002", null)).hasMessage("Ada Pupil has 2 copies out, the most the group 'Year 7' may have.");
        assertThat(loans()).isEqualTo(2);
    }

    @Test
    void purgingOldHistoryKeepsTheFiguresAndNamesNoBorrower() {
        desk.checkout("P100", "C001", null);
        desk.checkout("P101", "C003", null);
        clock.advanceDays(10);
        desk.giveBack("C001");
        desk.giveBack("C003");
        desk.checkout("P101", "C001", null);
        clock.advanceDays(200);
        desk.checkout("S200", "C002", null);
        CirculationStats before = desk.stats(12, 10);
        int purged = desk.purgeHistory(3);
        assertThat(purged).isEqualTo(2);
        assertThat(desk.loans(Circulation.Scope.ALL, null)).extracting(LoanRow::barcode).containsExactlyInAnyOrder("C001", "C002");
        assertThat(db.objects(LoanTally.class).list()).extracting(LoanTally::getMonth, LoanTally::getGroup, LoanTally::getLoans)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("2026-09", "Year 7", 1), org.assertj.core.groups.Tuple.tuple("2026-09", "Year 7", 1));
        CirculationStats after = desk.stats(12, 10);
        assertThat(after.loansPerMonth()).isEqualTo(before.loansPerMonth());
        assertThat(after.mostBorrowed()).isEqualTo(before.mostBorrowed());
        assertThat(after.loansPerGroup()).isEqualTo(before.loansPerGroup());
        assertThat(desk.purgeHistory(3)).isZero();
    }

    @Test
    void statisticsCountMonthsGroupsBooksAndOverdueCopies() {
        desk.checkout("P100", "C001", null);
        desk.checkout("P101", "C003", null);
        clock.advanceDays(30);
        desk.giveBack("C001");
        desk.checkout("S200", "C001", null);
        clock.advanceDays(20);
        CirculationStats s = desk.stats(3, 1);
        assertThat(s.loansPerMonth()).extracting(CirculationStats.Count::label).containsExactly("2026-08", "2026-09", "2026-10");
        assertThat(s.loansPerMonth()).extracting(CirculationStats.Count::count).containsExactly(0L, 2L, 1L);
        assertThat(s.mostBorrowed()).containsExactly(new CirculationStats.Count("Emma", 2));
        assertThat(s.loansPerGroup()).containsExactly(new CirculationStats.Count("Year 7", 2), new CirculationStats.Count("Staff", 1));
        assertThat(s.overduePerGroup()).containsExactly(new CirculationStats.Count("Staff", 1), new CirculationStats.Count("Year 7", 1));
        assertThat(s.onLoan()).isEqualTo(2);
        assertThat(s.overdue()).isEqualTo(2);
    }

    @Test
    void historySurvivesTheCopyAndTheBorrowerBeingDeleted() {
        desk.checkout("P100", "C001", null);
        desk.giveBack("C001");
        db.objects(Copy.class).filter("barcode", "C001").delete();
        db.objects(Borrower.class).filter("card", "P100").delete();
        List<LoanRow> all = desk.loans(Circulation.Scope.ALL, null);
        assertThat(all).singleElement().satisfies(l -> {
            assertThat(l.barcode()).isEqualTo("C001");
            assertThat(l.title()).isEqualTo("Emma");
            assertThat(l.borrower()).isEmpty();
            assertThat(l.group()).isEqualTo("Year 7");
        });
    }

    @Test
    void theBorrowerListCountsWhatEachHasOutAndOverdue() {
        desk.checkout("P100", "C001", MONDAY.plusDays(2));
        desk.checkout("P100", "C003", null);
        desk.checkout("S200", "C002", null);
        desk.giveBack("C002");
        clock.advanceDays(5);
        assertThat(desk.borrowerRows("", 10)).containsExactly(
                new BorrowerRow("Ada Pupil", "P100", "Year 7", true, 2, 1),
                new BorrowerRow("Ben Pupil", "P101", "Year 7", true, 0, 0),
                new BorrowerRow("Cara Teacher", "S200", "Staff", true, 0, 0),
                new BorrowerRow("Dan Left", "P102", "", false, 0, 0));
        assertThat(desk.borrowerRows("staff", 10)).extracting(BorrowerRow::name).containsExactly("Cara Teacher");
        assertThat(desk.borrowerRows("p10", 2)).extracting(BorrowerRow::card).containsExactly("P100", "P101");
    }

    @Test
    void aPurgeCountsLoansOfOneBookInOneMonthAndGroupAsOneTally() {
        desk.checkout("P100", "C001", null);
        desk.giveBack("C001");
        desk.checkout("P101", "C001", null);
        desk.giveBack("C001");
        desk.checkout("P100", "C002", null);
        desk.giveBack("C002");
        clock.advanceDays(120);
        assertThat(desk.purgeHistory(1)).isEqualTo(3);
        assertThat(db.objects(LoanTally.class).list()).singleElement().satisfies(t -> {
            assertThat(t.getMonth()).isEqualTo("2026-09");
            assertThat(t.getGroup()).isEqualTo("Year 7");
            assertThat(t.getBook().getTitle()).isEqualTo("Emma");
            assertThat(t.getLoans()).isEqualTo(3);
        });
    }
}
