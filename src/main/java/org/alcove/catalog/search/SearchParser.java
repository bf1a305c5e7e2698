package org.alcove.catalog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recursive-descent parser for the search language. Grammar, loosest binding first:
 *
 * <pre>
 * query   := ε | or END
 * or      := and ("or" and)*
 * and     := unary (["and"] unary)*          juxtaposition is an implicit "and"
 * unary   := ("not" | "-") unary | primary
 * primary := "(" or ")" | WORD | PHRASE | FIELD
 * </pre>
 *
 * Nesting and the number of terms are bounded, so no input can exhaust the stack or build a
 * query too large for the database.
 */
final class SearchParser {

    static final int MAX_DEPTH = 50;
    static final int MAX_TERMS = 256;

    private final SearchTokenizer tokenizer;
    private Token previous;
    private Token current;
    private int depth;
    private int terms;

    private SearchParser(String text) {
        this.tokenizer = new SearchTokenizer(text);
        this.current = tokenizer.next();
    }

    /** The expression for {@code text}, or empty for a blank query, which matches everything. */
    static Optional<SearchExpr> parse(String text) {
        SearchParser parser = new SearchParser(text);
        if (parser.current.kind() == Token.Kind.END) {
            return Optional.empty();
        }
        SearchExpr expr = parser.or();
        if (parser.current.kind() == Token.Kind.CLOSE) {
            throw new SearchSyntaxException("Unmatched ')'", parser.current.position(), "there is no '(' to close");
        }
        return Optional.of(expr);
    }

    private SearchExpr or() {
        List<SearchExpr> operands = new ArrayList<>();
        operands.add(and());
        while (current.kind() == Token.Kind.OR) {
            advance();
            operands.add(and());
        }
        return operands.size() == 1 ? operands.get(0) : new SearchExpr.Or(operands);
    }

    private SearchExpr and() {
        List<SearchExpr> operands = new ArrayList<>();
        operands.add(unary());
        while (true) {
            if (current.kind() == Token.Kind.AND) {
                advance();
            } else if (!current.startsOperand()) {
                break;
            }
            operands.add(unary());
        }
        return operands.size() == 1 ? operands.get(0) : new SearchExpr.And(operands);
    }

    private SearchExpr unary() {
        if (current.kind() == Token.Kind.NOT || current.kind() == Token.Kind.MINUS) {
            enter(current);
            advance();
            SearchExpr operand = unary();
            depth--;
            return new SearchExpr.Not(operand);
        }
        return primary();
    }

    private SearchExpr primary() {
        Token token = current;
        switch (token.kind()) {
            case OPEN:
                return group(token);
            case WORD:
                advance();
                return countTerm(new SearchExpr.Term(null, FieldValueParser.text(token.text()), token.position()));
            case PHRASE:
                if (token.text().isBlank()) {
                    throw new SearchSyntaxException("Empty phrase", token.position(), "put words between the quotes");
                }
                advance();
                return countTerm(new SearchExpr.Term(null, FieldValueParser.text(token.text()), token.position()));
            case FIELD:
                advance();
                return countTerm(FieldValueParser.term(token));
            default:
                throw missingTerm();
        }
    }

    private SearchExpr group(Token open) {
        enter(open);
        advance();
        if (current.kind() == Token.Kind.CLOSE) {
            throw new SearchSyntaxException("Empty parentheses", open.position(), "put a search term between them");
        }
        SearchExpr inner = or();
        if (current.kind() != Token.Kind.CLOSE) {
            throw new SearchSyntaxException("Missing ')'", current.position(),
                    "the '(' at " + open.position() + " is not closed");
        }
        advance();
        depth--;
        return inner;
    }

    private SearchSyntaxException missingTerm() {
        if (current.kind() == Token.Kind.END) {
            return new SearchSyntaxException("Expected a search term after '" + previous.shown() + "'",
                    current.position());
        }
        if (previous == null) {
            return new SearchSyntaxException("Expected a search term before '" + current.shown() + "'",
                    current.position());
        }
        return new SearchSyntaxException("Expected a search term between '" + previous.shown() + "' and '"
                + current.shown() + "'", current.position());
    }

    private SearchExpr countTerm(SearchExpr.Term term) {
        if (++terms > MAX_TERMS) {
            throw new SearchSyntaxException("Too many search terms", term.position(),
                    "use at most " + MAX_TERMS);
        }
        return term;
    }

    private void enter(Token token) {
        if (++depth > MAX_DEPTH) {
            throw new SearchSyntaxException("Too deeply nested", token.position(),
                    "use at most " + MAX_DEPTH + " levels of parentheses and 'not'");
        }
    }

    private void advance() {
        previous = current;
        current = tokenizer.next();
    }
}
