package org.alcove.catalog.io;

/**
 * Normalises, validates and converts ISBNs as they appear in import files.
 *
 * <p>Alcove stores every ISBN as ISBN-13. Input may carry spaces and hyphens
 * ({@code 978-0-441-01359-3}), the Goodreads spreadsheet wrapping ({@code ="0441013597"}, or
 * {@code =""} for none) or LibraryThing's brackets ({@code [0441013597]}).
 *
 * <pre>{@code
 * Isbn.toIsbn13("0-441-01359-7");   // "9780441013593"
 * Isbn.toIsbn13("=\"0441013597\""); // "9780441013593"
 * Isbn.normalise("=\"\"");          // "" (no ISBN)
 * }</pre>
 */
public final class Isbn {

    private Isbn() {
    }

    /**
     * Strips the wrappings Goodreads and LibraryThing use, spaces and hyphens, and upper-cases a
     * trailing {@code x}. Does not validate.
     *
     * @param raw the cell value, possibly null
     * @return the remaining characters; empty when the cell holds no ISBN
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.strip();
        if (s.startsWith("=\"") && s.endsWith("\"") && s.length() >= 3) {
            s = s.substring(2, s.length() - 1);
        }
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '-' || c == '\u00a0') {
                continue;
            }
            out.append(c == 'x' ? 'X' : c);
        }
        return out.toString();
    }

    /**
     * Normalises, validates and returns the ISBN-13 form of an ISBN-10 or ISBN-13.
     *
     * @param raw the cell value
     * @return thirteen digits
     * @throws InvalidValueException if the value is not a valid ISBN; the message says why, e.g.
     *     "ISBN 9780141439519 has a bad check digit (expected 8)"
     */
    public static String toIsbn13(String raw) {
        return checked13(normalise(raw), raw);
    }

    /** {@link #toIsbn13} of a value already {@link #normalise normalised}; messages quote it as it is. */
    static String normalisedToIsbn13(String isbn) {
        return checked13(isbn, isbn);
    }

    private static String checked13(String isbn, String raw) {
        int digits = 0;
        for (int i = 0; i < isbn.length(); i++) {
            char c = isbn.charAt(i);
            boolean checkX = c == 'X' && i == isbn.length() - 1 && isbn.length() == 10;
            if (c >= '0' && c <= '9' || checkX) {
                digits++;
            } else {
                throw new InvalidValueException("ISBN " + raw.strip() + " contains '" + c
                        + "'; only digits, spaces and hyphens are allowed (and X as the last of 10)");
            }
        }
        if (digits != 10 && digits != 13) {
            throw new InvalidValueException("ISBN must have 10 or 13 digits, got " + digits);
        }
        if (digits == 10) {
            char expected = isbn10CheckDigit(isbn.substring(0, 9));
            requireCheckDigit(isbn, expected);
            return convert10To13(isbn);
        }
        requireCheckDigit(isbn, isbn13CheckDigit(isbn.substring(0, 12)));
        return isbn;
    }

    /**
     * Converts a valid ISBN-10 to ISBN-13: prefix 978 and recompute the check digit.
     *
     * @param isbn10 ten characters, already validated
     * @return thirteen digits
     */
    public static String convert10To13(String isbn10) {
        String body = "978" + isbn10.substring(0, 9);
        return body + isbn13CheckDigit(body);
    }

    static char isbn10CheckDigit(String first9) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (10 - i) * (first9.charAt(i) - '0');
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    static char isbn13CheckDigit(String first12) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (i % 2 == 0 ? 1 : 3) * (first12.charAt(i) - '0');
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    private static void requireCheckDigit(String isbn, char expected) {
        if (isbn.charAt(isbn.length() - 1) != expected) {
            throw new InvalidValueException(
                    "ISBN " + isbn + " has a bad check digit (expected " + expected + ")");
        }
    }
}
