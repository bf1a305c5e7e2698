package org.alcove.catalog.search;

import java.util.Locale;

/**
 * Splits a search query into {@link Token}s on demand, so the leftmost error is the one reported.
 * Words end at white space, parentheses and quotes; a word containing ':' is a field term; a '-'
 * starting a token negates what follows it.
 */
final class SearchTokenizer {

    /**
     * The longest word, phrase or field value searched for: far beyond any title (200) or name (100),
     * and well inside SQLite's limit on a LIKE pattern (50,000 bytes), which a longer one would hit.
     */
    static final int MAX_TERM = 1_000;

    private final String text;
    private int pos;

    SearchTokenizer(String text) {
        this.text = text;
    }

    Token next() {
        while (pos < text.length() && isSpace(text.charAt(pos))) {
            pos++;
        }
        if (pos >= text.length()) {
            return Token.of(Token.Kind.END, "end of query", text.length());
        }
        int start = pos;
        char c = text.charAt(pos);
        switch (c) {
            case '(':
                pos++;
                return Token.of(Token.Kind.OPEN, "(", start);
            case ')':
                pos++;
                return Token.of(Token.Kind.CLOSE, ")", start);
            case '"':
                return Token.of(Token.Kind.PHRASE, withinLimit(readQuoted(), start), start);
            case '-':
                pos++;
                if (pos >= text.length() || isSpace(text.charAt(pos)) || text.charAt(pos) == ')') {
                    throw new SearchSyntaxException("Nothing to exclude after '-'", start,
                            "write -word with no space to exclude a word");
                }
                return Token.of(Token.Kind.MINUS, "-", start);
            default:
                return word(start);
        }
    }

    private Token word(int start) {
        while (pos < text.length() && !endsWord(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        int colon = word.indexOf(':');
        if (colon < 0) {
            return Token.of(keywordKind(word), withinLimit(word, start), start);
        }
        String value = word.substring(colon + 1);
        int valuePosition = start + colon + 1;
        if (value.isEmpty() && pos < text.length() && text.charAt(pos) == '"') {
            valuePosition = pos + 1;
            value = readQuoted();
        }
        return Token.field(word.substring(0, colon), start, withinLimit(value, valuePosition), valuePosition);
    }

    /** Reads from the opening quote at {@code pos} to the closing one; returns what is between. */
    private String readQuoted() {
        int open = pos;
        int close = text.indexOf('"', open + 1);
        if (close < 0) {
            throw new SearchSyntaxException("Unclosed quote", open, "add a '\"' after the phrase");
        }
        pos = close + 1;
        return text.substring(open + 1, close);
    }

    private static String withinLimit(String term, int start) {
        if (term.length() > MAX_TERM) {
            throw new SearchSyntaxException(String.format(Locale.ROOT, "Search term of %,d characters ('%s')", term.length(),
                    SearchSyntaxException.excerpt(term)), start, String.format(Locale.ROOT, "a term may have at most %,d", MAX_TERM));
        }
        return term;
    }

    private static Token.Kind keywordKind(String word) {
        switch (word.toLowerCase(Locale.ROOT)) {
            case "and":
                return Token.Kind.AND;
            case "or":
                return Token.Kind.OR;
            case "not":
                return Token.Kind.NOT;
            default:
                return Token.Kind.WORD;
        }
    }

    private static boolean endsWord(char c) {
        return isSpace(c) || c == '(' || c == ')' || c == '"';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
