package org.alcove.catalog;

import org.alcove.orm.Choice;

/**
 * How much of a book's publication date is known: the year, the year and month, or the day. The
 * date is stored as a full date (the first of the month or year when less is known) beside its
 * precision, so dates sort and compare as dates and show as much as is known.
 */
public enum DatePrecision implements Choice {
    YEAR("Y", "Year"),
    MONTH("M", "Month"),
    DAY("D", "Day");

    private final String code;
    private final String label;

    DatePrecision(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
