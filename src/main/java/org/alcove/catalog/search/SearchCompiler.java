package org.alcove.catalog.search;

import java.util.List;

import org.alcove.orm.Q;

/**
 * Compiles a {@link SearchExpr} to the ORM's {@link Q} on Book. Values travel as Q values (bound
 * parameters), never as SQL text. Operands are folded left, {@code a.and(b).and(c)}.
 */
final class SearchCompiler {

    static final String TITLE = "title";
    static final String AUTHOR_NAME = "author__name";
    static final String YEAR = "publicationDate__year";
    private static final int ISBN13_LENGTH = 13;
    private static final int ISBN10_LENGTH = 10;

    private SearchCompiler() {
    }

    static Q compile(SearchExpr expr) {
        if (expr instanceof SearchExpr.And and) {
            return fold(and.operands(), true);
        }
        if (expr instanceof SearchExpr.Or or) {
            return fold(or.operands(), false);
        }
        if (expr instanceof SearchExpr.Not not) {
            return compile(not.operand()).not();
        }
        return term((SearchExpr.Term) expr);
    }

    private static Q fold(List<SearchExpr> operands, boolean and) {
        Q q = compile(operands.get(0));
        for (SearchExpr operand : operands.subList(1, operands.size())) {
            q = and ? q.and(compile(operand)) : q.or(compile(operand));
        }
        return q;
    }

    private static Q term(SearchExpr.Term term) {
        if (term.isFreeText()) {
            String text = ((TermValue.Text) term.value()).text();
            return Q.of(TITLE + "__icontains", text).or(Q.of(AUTHOR_NAME + "__icontains", text));
        }
        return switch (term.field()) {
            case TITLE -> Q.of(TITLE + "__icontains", text(term));
            case AUTHOR -> Q.of(AUTHOR_NAME + "__icontains", text(term));
            case GENRE -> Q.of("genre", text(term));
            case ISBN -> isbn(text(term));
            case PAGES -> numeric("pages", term.value());
            case YEAR -> numeric(YEAR, term.value());
        };
    }

    private static String text(SearchExpr.Term term) {
        return ((TermValue.Text) term.value()).text();
    }

    private static Q isbn(String digits) {
        boolean complete = digits.length() == ISBN13_LENGTH
                || (digits.length() == ISBN10_LENGTH && digits.endsWith("X"));
        return complete ? Q.of("isbn", digits) : Q.of("isbn__startswith", digits);
    }

    private static Q numeric(String lookup, TermValue value) {
        if (value instanceof TermValue.Range range) {
            return Q.of(lookup + "__range", List.of(range.low(), range.high()));
        }
        TermValue.Comparison comparison = (TermValue.Comparison) value;
        String suffix = switch (comparison.operator()) {
            case EQUAL -> "";
            case GREATER -> "__gt";
            case GREATER_OR_EQUAL -> "__gte";
            case LESS -> "__lt";
            case LESS_OR_EQUAL -> "__lte";
        };
        return Q.of(lookup + suffix, comparison.number());
    }
}
