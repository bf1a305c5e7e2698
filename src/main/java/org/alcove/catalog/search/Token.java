package org.alcove.catalog.search;

/**
 * One token of a search query. For {@link Kind#FIELD} tokens {@code text} is the field name as
 * typed and {@code value} / {@code valuePosition} the value after the colon (empty when missing);
 * for the others {@code value} is null.
 */
record Token(Kind kind, String text, int position, String value, int valuePosition) {

    enum Kind { WORD, PHRASE, FIELD, AND, OR, NOT, MINUS, OPEN, CLOSE, END }

    static Token of(Kind kind, String text, int position) {
        return new Token(kind, text, position, null, -1);
    }

    static Token field(String name, int position, String value, int valuePosition) {
        return new Token(Kind.FIELD, name, position, value, valuePosition);
    }

    /** Whether a term, a negation or a group starts here, so an implicit "and" applies before it. */
    boolean startsOperand() {
        return switch (kind) {
            case WORD, PHRASE, FIELD, NOT, MINUS, OPEN -> true;
            case AND, OR, CLOSE, END -> false;
        };
    }

    /** How the token reads in an error message. */
    String shown() {
        return SearchSyntaxException.excerpt(switch (kind) {
            case PHRASE -> '"' + text + '"';
            case FIELD -> text + ':' + value;
            default -> text;
        });
    }
}
