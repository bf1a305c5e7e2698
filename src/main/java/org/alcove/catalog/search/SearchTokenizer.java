package org.alcove.catalog.search;

import java.util.Locale;

/**
 * Splits a search query into {@link Token}s on demand, so the leftmost error is the one reported.
 * Words end at white space, parentheses and quotes; a word containing ':' is a field term; a '-'
 * starting a token negates what follows it.
 */
final class SearchTokenizer {

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
                return Token.of(Token.Kind.PHRASE, readQuoted(), start);
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
            return Token.of(keywordKind(word), word, start);
        }
        String value = word.substring(colon + 1);
        int valuePosition = start + colon + 1;
        if (value.isEmpty() && pos < text.length() && text.charAt(pos) == '"') {
            valuePosition = pos + 1;
            value = readQuoted();
        }
        return Token.field(word.substring(0, colon), start, value, valuePosition);
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
