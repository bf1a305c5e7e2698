package org.alcove.catalog;

import java.util.Optional;

/**
 * The rule titles and names share in the editor and in every import: they may not hold a control
 * character (NUL, escape, bell, the C1 controls...), which no search can type, no list shows and a
 * spreadsheet may drop. Tab, line feed and carriage return are allowed: they are white space a
 * word search reads past, and a quoted CSV value may hold line breaks. Such a value is refused
 * with where the character is, never changed.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /**
     * What is wrong with {@code text}: {@code "holds the control character U+0000 at character 6"}
     * for the first control character, or empty when it holds none.
     *
     * @param text a title or name
     * @return the problem, if any
     */
    public static Optional<String> problem(String text) {
        for (int i = 0, position = 1; i < text.length(); i += Character.charCount(text.codePointAt(i)), position++) {
            int c = text.codePointAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(String.format("holds the control character U+%04X at character %d", c, position));
            }
        }
        return Optional.empty();
    }
}
