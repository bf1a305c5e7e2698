package org.alcove.catalog.circulation;

import java.time.LocalDate;

/**
 * A loan as lists and reports show it.
 *
 * @param id the loan's id
 * @param barcode the copy's barcode when it was lent
 * @param title the book's title (blank when the book was deleted since)
 * @param borrower the borrower's name (blank when the borrower was deleted since)
 * @param card the borrower's card number (blank likewise)
 * @param group the borrower's group when it was lent
 * @param loaned the day it was lent
 * @param due the day it is due
 * @param returned the day it came back; {@code null} while it is out
 * @param renewals how often it was renewed
 * @param lost whether the copy is marked lost
 * @param daysLate days past due today (or when it came back)
 */
public record LoanRow(long id, String barcode, String title, String borrower, String card, String group, LocalDate loaned,
        LocalDate due, LocalDate returned, int renewals, boolean lost, long daysLate) {

    /** Whether the copy is still out. */
    public boolean open() {
        return returned == null;
    }

    /** "on loan", "overdue" (out past its due date), "lost" or "returned". */
    public String state() {
        if (!open()) {
            return "returned";
        }
        if (lost) {
            return "lost";
        }
        return daysLate > 0 ? "overdue" : "on loan";
    }
}
