package org.alcove.catalog.circulation;

import java.util.Optional;

/**
 * A copy back on the shelf.
 *
 * @param loan the loan it ended
 * @param wasLost whether the copy had been marked lost (it is found now)
 * @param holdWaiting the borrower first in the queue for the book, if anyone waits: put the copy aside for them
 */
public record Return(LoanRow loan, boolean wasLost, Optional<HoldRow> holdWaiting) {
}
