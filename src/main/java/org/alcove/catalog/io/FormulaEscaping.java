package org.alcove.catalog.io;

/**
 * Neutralises spreadsheet formula injection in exported cells, and undoes it on import.
 *
 * <p>Following OWASP's advice, a cell that starts with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return gets an apostrophe prepended — and so does one starting with what a
 * spreadsheet may read as one of those: their full-width and small forms ({@code ＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫}),
 * an invisible character that may hide one (zero-width space, joiner or non-joiner, word joiner,
 * byte order mark), or the DDE separators {@code ;} and {@code |} — so a spreadsheet shows it as text
 * instead of running it. So that the round trip is exact, a cell that already starts with an
 * apostrophe gets one more, and the importer strips one leading apostrophe exactly when what
 * follows starts with one of those characters or an apostrophe: {@code =HYPERLINK(...)} exports
 * as {@code '=HYPERLINK(...)} and imports back as {@code =HYPERLINK(...)}; {@code -ism} as
 * {@code '-ism} and back.
 */
final class FormulaEscaping {

    private FormulaEscaping() {
    }

    static String neutralise(String cell) {
        return !cell.isEmpty() && needsEscape(cell.charAt(0)) ? "'" + cell : cell;
    }

    static String restore(String cell) {
        return cell.length() >= 2 && cell.charAt(0) == '\'' && needsEscape(cell.charAt(1))
                ? cell.substring(1) : cell;
    }

    private static boolean needsEscape(char first) {
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r', '\'', ';', '|' -> true;
            case '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\uFE66', '\uFE62', '\uFE63', '\uFE6B' -> true; // full-width and small forms
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> true; // invisible, may hide a formula start
            default -> false;
        };
    }
}
