package org.alcove.catalog.circulation;

import java.util.Optional;

import org.alcove.catalog.Borrower;

/**
 * The desk a barcode scanner drives (a USB scanner types the code and Enter): scan a card, then
 * copies, to lend them to that borrower (a copy they already have is renewed, as at a library
 * counter); scan a copy with no card first to take it back; scan the
 * same card again, or {@link #finish()}, to end the borrower's turn. An unknown or mistyped code is
 * refused with a message and changes nothing; the borrower's turn goes on.
 */
public final class ScanDesk {
    private final Circulation circulation;
    private Borrower borrower;

    public ScanDesk(Circulation circulation) {
        this.circulation = circulation;
    }

    /** What a scan did. */
    public enum Outcome {
        /** A card was scanned: the borrower's turn began. */
        BORROWER,
        /** A copy was lent to the borrower. */
        LENT,
        /** A copy came back. */
        RETURNED,
        /** A copy the borrower already has was scanned again: its loan was renewed. */
        RENEWED,
        /** The borrower's turn ended. */
        FINISHED,
        /** Nothing changed: the message says why. */
        REFUSED
    }

    /**
     * What a scan did, in a sentence for the desk.
     *
     * @param outcome what happened
     * @param message the sentence
     * @param loan the loan lent or ended, for {@code LENT} and {@code RETURNED}
     * @param holdWaiting on a return, the borrower the copy should be put aside for
     */
    public record Result(Outcome outcome, String message, Optional<LoanRow> loan, Optional<HoldRow> holdWaiting) {
        static Result of(Outcome outcome, String message) {
            return new Result(outcome, message, Optional.empty(), Optional.empty());
        }
    }

    /** The borrower whose turn it is, if a card was scanned. */
    public Optional<Borrower> borrower() {
        return Optional.ofNullable(borrower);
    }

    /** Handles one scanned or typed code. */
    public Result scan(String code) {
        String c = code == null ? "" : code.strip();
        if (c.isEmpty()) {
            return Result.of(Outcome.REFUSED, "Nothing was scanned.");
        }
        try {
            return switch (circulation.identify(c)) {
                case CARD -> card(c);
                case COPY -> borrower == null ? giveBack(c) : lend(c);
                case UNKNOWN -> Result.of(Outcome.REFUSED, "No card or copy has the code '" + c + "'; nothing changed.");
            };
        } catch (CirculationException e) {
            return Result.of(Outcome.REFUSED, e.getMessage());
        }
    }

    /** Ends the borrower's turn. */
    public Result finish() {
        if (borrower == null) {
            return Result.of(Outcome.FINISHED, "Scan a card to lend, or a copy to return it.");
        }
        String name = borrower.getName();
        borrower = null;
        return Result.of(Outcome.FINISHED, "Done with " + name + ". Scan a card to lend, or a copy to return it.");
    }

    private Result card(String card) {
        if (borrower != null && borrower.getCard().equals(card)) {
            return finish();
        }
        Borrower b = circulation.borrower(card);
        if (!b.isActive()) {
            return Result.of(Outcome.REFUSED, b.getName() + "'s card (" + b.getCard() + ") is inactive; nothing changed.");
        }
        borrower = b;
        var open = circulation.loans(Circulation.Scope.OPEN, card);
        long late = open.stream().filter(l -> l.daysLate() > 0 && !l.lost()).count();
        return Result.of(Outcome.BORROWER, b.getName() + (b.getGroup().isEmpty() ? "" : " (" + b.getGroup() + ")") + ": "
                + open.size() + (open.size() == 1 ? " copy" : " copies") + " out" + (late > 0 ? ", " + late + " overdue" : "")
                + ". Scan copies to lend; scan the card again when done.");
    }

    private Result lend(String barcode) {
        Optional<LoanRow> out = circulation.openLoan(barcode);
        if (out.isPresent() && out.get().card().equals(borrower.getCard()) && !out.get().lost()) {
            LoanRow r = circulation.renew(barcode);
            return new Result(Outcome.RENEWED, "Renewed '" + r.title() + "' (" + r.barcode() + ") for " + r.borrower() + ", now due "
                    + r.due() + " (renewal " + r.renewals() + ").", Optional.of(r), Optional.empty());
        }
        Checkout c = circulation.checkout(borrower.getCard(), barcode, null);
        LoanRow l = c.loan();
        return new Result(Outcome.LENT, "Lent '" + l.title() + "' (" + l.barcode() + ") to " + l.borrower() + ", due " + l.due()
                + (c.filledHold() ? "; their hold is filled." : "."), Optional.of(l), Optional.empty());
    }

    private Result giveBack(String barcode) {
        Return r = circulation.giveBack(barcode);
        LoanRow l = r.loan();
        StringBuilder m = new StringBuilder("Returned '").append(l.title()).append("' (").append(l.barcode()).append(") from ")
                .append(l.borrower().isEmpty() ? "a deleted borrower" : l.borrower());
        if (l.daysLate() > 0) {
            m.append(", ").append(l.daysLate()).append(l.daysLate() == 1 ? " day" : " days").append(" late");
        }
        if (r.wasLost()) {
            m.append("; it was marked lost and is found");
        }
        r.holdWaiting().ifPresent(h -> m.append(". Put it aside: ").append(h.borrower()).append(" (").append(h.card()).append(") is waiting for it"));
        m.append('.');
        return new Result(Outcome.RETURNED, m.toString(), Optional.of(l), r.holdWaiting());
    }
}
