package org.alcove.catalog.circulation;

import java.util.List;

/**
 * Lending in figures: purged history is counted through its tallies, so the figures do not drop
 * when old loans are purged.
 *
 * @param loansPerMonth loans lent each month, oldest month first, months without loans included
 * @param mostBorrowed the most borrowed books, most first
 * @param loansPerGroup loans per borrower group, most first
 * @param overduePerGroup copies overdue now per borrower group, most first
 * @param onLoan copies out now
 * @param overdue copies overdue now
 */
public record CirculationStats(List<Count> loansPerMonth, List<Count> mostBorrowed, List<Count> loansPerGroup,
        List<Count> overduePerGroup, long onLoan, long overdue) {

    /** A label (a month as 2026-09, a title, a group; blank group shown as "(no group)") and its count. */
    public record Count(String label, long count) {
    }
}
