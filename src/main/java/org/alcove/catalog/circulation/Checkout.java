package org.alcove.catalog.circulation;

/**
 * A copy lent.
 *
 * @param loan the new loan
 * @param filledHold whether it filled the borrower's hold on the book
 */
public record Checkout(LoanRow loan, boolean filledHold) {
}
