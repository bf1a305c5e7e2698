package org.alcove.catalog.browse;

/**
 * One copy of a book as the editor's copies table shows it: its id (null for a copy not saved yet),
 * barcode ("" for none), location, call number and condition.
 */
public record CopyRow(Long id, String barcode, String location, String callNumber, String condition) {
    public CopyRow {
        barcode = barcode == null ? "" : barcode;
        location = location == null ? "" : location;
        callNumber = callNumber == null ? "" : callNumber;
        condition = condition == null ? "" : condition;
    }

    /** A new, empty copy. */
    public static CopyRow blank() {
        return new CopyRow(null, "", "", "", "");
    }
}
