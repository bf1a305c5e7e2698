package org.alcove.catalog;

/** The rules a scanned code (a copy's barcode, a borrower's card) keeps: printable ASCII a Code 128 label can carry, no spaces. */
public final class Barcodes {
    /** The longest code kept: the barcode column's width, from its field's metadata. */
    public static final int MAX_LENGTH = FieldLimits.BARCODE;

    private Barcodes() {
    }

    /**
     * {@code code} stripped, when it is one a scanner can type back.
     *
     * @param what what the code is, for the message ("barcode", "card number")
     * @throws IllegalArgumentException naming what is wrong
     */
    public static String require(String code, String what) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a " + what + " cannot be blank");
        }
        String s = code.strip();
        if (s.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a " + what + " has at most " + MAX_LENGTH + " characters, not " + s.length());
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c > '~') {
                throw new IllegalArgumentException("a " + what + " holds letters, digits and signs without spaces; '" + s
                        + "' has " + (c == ' ' ? "a space" : "'" + c + "'") + " at position " + (i + 1));
            }
        }
        return s;
    }
}
