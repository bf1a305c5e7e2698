package org.alcove.catalog.circulation;

/**
 * A circulation step refused, with one sentence for the person at the desk (an unknown card, a copy
 * already on loan, a renewal over the limit). Nothing was changed.
 */
public final class CirculationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CirculationException(String message) {
        super(message);
    }
}
