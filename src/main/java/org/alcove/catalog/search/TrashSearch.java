package org.alcove.catalog.search;

import java.util.List;
import java.util.Optional;

import org.alcove.catalog.TrashKind;
import org.alcove.orm.Q;

/**
 * The part of the search language that works in the trash: {@code in:trash} alone, or beside
 * free words, {@code title:} and {@code author:} terms (with and, or, not), compiled to a {@link Q}
 * on the trash's items. A free word matches a title or name or a book's author; {@code author:} a
 * trashed book's author or a trashed author's name.
 */
final class TrashSearch {
    private TrashSearch() {
    }

    /** Whether {@code expr} asks for the trash: {@code in:trash} on its own or as a term of the top "and". */
    static boolean asksForTrash(SearchExpr expr) {
        return isIn(expr) || expr instanceof SearchExpr.And and && and.operands().stream().anyMatch(TrashSearch::isIn);
    }

    /**
     * What is left of a trash query once {@code in:trash} is taken out, checked: empty when it was alone.
     *
     * @throws SearchSyntaxException for in:trash below the top, or a term the trash cannot answer
     */
    static Optional<SearchExpr> rest(SearchExpr expr) {
        if (isIn(expr)) {
            return Optional.empty();
        }
        List<SearchExpr> others = ((SearchExpr.And) expr).operands().stream().filter(e -> !isIn(e)).toList();
        SearchExpr rest = others.isEmpty() ? null : others.size() == 1 ? others.get(0) : new SearchExpr.And(others);
        if (rest != null) {
            check(rest);
        }
        return Optional.ofNullable(rest);
    }

    /** Refuses {@code in:} anywhere but the top of the query, in one sentence pointing at it. */
    static void refuseNested(SearchExpr expr) {
        terms(expr).stream().filter(t -> t.field() == SearchField.IN).findFirst().ifPresent(t -> {
            throw new SearchSyntaxException("'in:trash' cannot be inside or, not or parentheses", t.position(),
                    "put it first, like in:trash dune or emma");
        });
    }

    private static void check(SearchExpr rest) {
        refuseNested(rest);
        terms(rest).stream().filter(t -> !t.isFreeText() && t.field() != SearchField.TITLE && t.field() != SearchField.AUTHOR)
                .findFirst().ifPresent(t -> {
                    throw new SearchSyntaxException("'" + t.field().fieldName() + ":' cannot be used with in:trash", t.position(),
                            "in:trash searches titles and names: free words, title: and author:");
                });
    }

    private static List<SearchExpr.Term> terms(SearchExpr expr) {
        if (expr instanceof SearchExpr.Term t) {
            return List.of(t);
        }
        List<SearchExpr> operands = expr instanceof SearchExpr.And a ? a.operands() : expr instanceof SearchExpr.Or o ? o.operands()
                : List.of(((SearchExpr.Not) expr).operand());
        return operands.stream().flatMap(e -> terms(e).stream()).toList();
    }

    private static boolean isIn(SearchExpr e) {
        return e instanceof SearchExpr.Term t && t.field() == SearchField.IN;
    }

    /** The condition on the trash's items for a checked rest. */
    static Q compile(SearchExpr expr) {
        if (expr instanceof SearchExpr.And and) {
            return and.operands().stream().map(TrashSearch::compile).reduce(Q::and).orElseThrow();
        }
        if (expr instanceof SearchExpr.Or or) {
            return or.operands().stream().map(TrashSearch::compile).reduce(Q::or).orElseThrow();
        }
        if (expr instanceof SearchExpr.Not not) {
            return compile(not.operand()).not();
        }
        SearchExpr.Term term = (SearchExpr.Term) expr;
        String text = ((TermValue.Text) term.value()).text();
        Q title = Q.of("title__icontains", text);
        Q author = Q.of("kind", TrashKind.BOOK.code()).and(Q.of("detail__icontains", text))
                .or(Q.of("kind", TrashKind.AUTHOR.code()).and(title));
        if (term.isFreeText()) {
            return title.or(Q.of("detail__icontains", text));
        }
        return term.field() == SearchField.TITLE ? title : author;
    }
}
