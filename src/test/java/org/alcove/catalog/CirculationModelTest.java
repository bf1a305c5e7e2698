package org.alcove.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.alcove.orm.IntegrityError;
import org.junit.jupiter.api.Test;

/** The rules the lending models keep by themselves, and the one-line failure messages. */
class CirculationModelTest {
    @Test
    void aCodeAScannerCanTypeIsKeptStrippedAndOthersAreRefusedSayingWhere() {
        assertThat(Barcodes.require("  P100\n", "card number")).isEqualTo("P100");
        assertThatThrownBy(() -> Barcodes.require(" ", "card number")).hasMessage("a card number cannot be blank");
        assertThatThrownBy(() -> Barcodes.require(null, "barcode")).hasMessage("a barcode cannot be blank");
        assertThatThrownBy(() -> Barcodes.require("P 100", "card number")).hasMessageEndingWith("'P 100' has a space at position 2");
        assertThatThrownBy(() -> Barcodes.require("Pé1", "card number")).hasMessageEndingWith("'Pé1' has 'é' at position 2");
        assertThatThrownBy(() -> Barcodes.require("X".repeat(41), "barcode")).hasMessage("a barcode has at most 40 characters, not 41");
    }

    @Test
    void aBorrowerNeedsANameAndBlankDetailsBecomeEmpty() {
        Borrower b = new Borrower("  Ada  ", "P1").setGroup(null).setContact(null).setNotes(null);
        assertThat(b.getName()).isEqualTo("Ada");
        assertThat(b.getGroup()).isEmpty();
        assertThat(b.getContact()).isEmpty();
        assertThat(b.getNotes()).isEmpty();
        assertThat(b.isActive()).isTrue();
        assertThat(b).hasToString("Ada (P1)");
        assertThatThrownBy(() -> new Borrower(" ", "P1")).hasMessage("a borrower needs a name");
    }

    @Test
    void aPolicyAndALoanRefuseWhatCannotBe() {
        assertThatThrownBy(() -> new LoanPolicy("Year 7", 0, 1, 1)).hasMessage("a loan lasts at least one day, not 0");
        assertThatThrownBy(() -> new LoanPolicy("Year 7", 7, -1, 1)).hasMessage("renewals and loans at once cannot be negative");
        assertThat(new LoanPolicy(null, 7, 0, 0).getGroup()).isEmpty();
        Author a = new Author("A", null);
        Copy c = new Copy(new Book("T", a, null, null, SeedGenres.fic(), 1), " ");
        assertThat(c.getBarcode()).isNull();
        Borrower b = new Borrower("Ada", "P1");
        LocalDate day = LocalDate.of(2026, 9, 7);
        assertThatThrownBy(() -> new Loan(c, b, day, day.minusDays(1))).hasMessage("a loan cannot be due (2026-09-06) before it is lent (2026-09-07)");
        Loan l = new Loan(c, b, day, day.plusDays(7));
        assertThat(l.getBarcode()).isEmpty();
        assertThat(l.daysLate(day.plusDays(10))).isEqualTo(3);
        assertThat(l.daysLate(day.plusDays(2))).isZero();
        l.setReturned(day.plusDays(9));
        assertThat(l.daysLate(day.plusDays(30))).as("counted to the return").isEqualTo(2);
        assertThat(l.isOpen()).isFalse();
    }

    @Test
    void aFailureIsOneLineWithItsCauseUnlessTheOrmSaidItAlready() {
        assertThat(Failures.oneLine(new IllegalStateException("first\nsecond"))).isEqualTo("first second");
        assertThat(Failures.oneLine(new RuntimeException((String) null))).isEqualTo("RuntimeException");
        assertThat(Failures.oneLine(new RuntimeException("cannot open", new java.io.IOException("disk full")))).isEqualTo("cannot open (disk full)");
        assertThat(Failures.oneLine(new RuntimeException("cannot open: disk full", new java.io.IOException("disk full")))).isEqualTo("cannot open: disk full");
        assertThat(Failures.oneLine(new IntegrityError("card P1 is taken", "borrower.card", new java.sql.SQLException("UNIQUE constraint failed"))))
                .isEqualTo("card P1 is taken");
    }
}
