package org.alcove.catalog.browse;

/**
 * One reading of a book as the editor's readings table holds it, as typed: the day it was started
 * and the day it was finished, each {@code YYYY-MM-DD} or blank when unknown.
 */
public record ReadingRow(String started, String finished) {
    public ReadingRow {
        started = started == null ? "" : started;
        finished = finished == null ? "" : finished;
    }

    /** A new reading, both days unknown. */
    public static ReadingRow blank() {
        return new ReadingRow("", "");
    }
}
