package org.alcove.catalog.search;

import java.time.LocalDate;
import java.util.List;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Contribution;
import org.alcove.catalog.Copy;
import org.alcove.catalog.Genre;
import org.alcove.catalog.Loan;
import org.alcove.orm.Database;
import org.alcove.orm.Model;
import org.alcove.orm.Q;
import org.alcove.orm.QuerySet;
import org.alcove.orm.Unaccent;

/**
 * Compiles a {@link SearchExpr} to the ORM's {@link Q} on Book. Values travel as Q values (bound
 * parameters), never as SQL text. Operands are folded left, {@code a.and(b).and(c)}.
 *
 * <p>A name term matches the book's author either through a join ({@code author__name__icontains},
 * when no authors are given) or through a subquery on {@code authors}
 * ({@code author__in=authors.filter(name__icontains=…)}): the same books, but a search over
 * title or author then reads each book once instead of joining every book to its author.
 *
 * <p>Given the catalogue's {@link TextIndex}, a title or name term the index narrows is also
 * limited to the index's candidates ({@code id__in} a {@link org.alcove.orm.RawSQL} subquery);
 * the {@code icontains} test stays, so the books are the same as the scan's. Text terms ignore
 * accents both ways ({@code __unaccent__icontains}): "emile" finds "Émile", "émile" finds "Emile".
 */
final class SearchCompiler {

    static final String TITLE = "title";
    static final String AUTHOR_NAME = "author__name";
    static final String YEAR = "publicationDate__year";
    private static final int ISBN13_LENGTH = 13;
    private static final int ISBN10_LENGTH = 10;

    /** The catalogue's authors for name terms, or null to match names through a join. */
    private final QuerySet<Author> authors;
    /** The catalogue's loans for lending terms, or null when the query was compiled without a catalogue. */
    private final QuerySet<Loan> loans;
    /** The catalogue's trigram index of titles and names, or null to scan. */
    private final TextIndex index;

    private SearchCompiler(QuerySet<Author> authors, QuerySet<Loan> loans, TextIndex index) {
        this.authors = authors;
        this.loans = loans;
        this.index = index;
    }

    static Q compile(SearchExpr expr, QuerySet<Author> authors, QuerySet<Loan> loans) {
        return compile(expr, authors, loans, null);
    }

    static Q compile(SearchExpr expr, QuerySet<Author> authors, QuerySet<Loan> loans, TextIndex index) {
        return new SearchCompiler(authors, loans, index).compile(expr);
    }

    private Q compile(SearchExpr expr) {
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

    private Q fold(List<SearchExpr> operands, boolean and) {
        if (!and && authors != null) {
            return anyOf(operands);
        }
        Q q = compile(operands.get(0));
        for (SearchExpr operand : operands.subList(1, operands.size())) {
            q = and ? q.and(compile(operand)) : q.or(compile(operand));
        }
        return q;
    }

    /**
     * An "or" whose name terms (free words and {@code author:}) share one subquery on the authors:
     * {@code author_id IN (authors named a or b or ...)} instead of one {@code IN} per word, which
     * every book was tested against in turn (a 128-word "or" ran 128 author scans and 128 lookups
     * a book). The same books: a book's author is among the authors named a, or among those named
     * b, exactly when it is among the authors named a or b.
     */
    private Q anyOf(List<SearchExpr> operands) {
        Q books = null;
        Q names = null;
        for (SearchExpr operand : operands) {
            Q book;
            if (operand instanceof SearchExpr.Term term && term.isFreeText()) {
                book = titled(text(term)); // through the search index where it narrows, as a lone word is
                names = either(names, nameMatches(text(term)));
            } else if (operand instanceof SearchExpr.Term term && term.field() == SearchField.AUTHOR) {
                names = either(names, nameMatches(text(term)));
                continue;
            } else {
                book = compile(operand);
            }
            books = either(books, book);
        }
        Q named = names == null ? null : Q.of("author__in", authors.filter(names));
        return books == null ? named : named == null ? books : books.or(named);
    }

    /** The books whose genre has this name or code (whatever the case, spaces, hyphens and underscores). */
    private static Q genreNamed(String text) {
        return Q.of("genre__nameKey", Genre.key(text)).or(Q.of("genre__code", text.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    private static Q either(Q left, Q right) {
        return left == null ? right : left.or(right);
    }

    private Q term(SearchExpr.Term term) {
        if (term.isFreeText()) {
            String text = ((TermValue.Text) term.value()).text();
            return titled(text).or(authorNamed(text));
        }
        return switch (term.field()) {
            case TITLE -> titled(text(term));
            case AUTHOR -> authorNamed(text(term));
            case GENRE -> genreNamed(text(term));
            case ISBN -> isbn(text(term));
            case PAGES -> numeric("pages", term.value());
            case YEAR -> year(term.value());
            case RATING -> numeric("rating", term.value());
            case PUBLISHER -> Q.of("publisher__unaccent__icontains", text(term));
            case LANG -> Q.of("language__iexact", text(term));
            case SERIES -> Q.of("series__name__unaccent__icontains", text(term));
            case STATUS -> Q.of("status", text(term));
            case LOANED -> yes(term, withLoans(Loan.out("")));
            case OVERDUE -> yes(term, withLoans(Loan.overdue("", LocalDate.now())));
            case BORROWER -> withLoans(Loan.out("").and(Q.of("borrower__name__unaccent__icontains", text(term))));
            case TAG -> tagged(text(term));
            case ROLE -> bookIds(Contribution.class, Q.of("role", text(term)));
            case BARCODE -> bookIds(Copy.class, Q.of("barcode__iexact", text(term)));
            case LOCATION -> bookIds(Copy.class, Q.of("location__unaccent__icontains", text(term)));
            case HAS -> Q.of("cover__isnull", false); // has:cover is the only has: the parser lets through
            case IN -> Q.of("id__isnull", true); // SearchQuery takes in:trash apart; inside it would match no book
        };
    }

    /**
     * Books with a tag named {@code name} or under it ({@code tag:history} finds History and
     * History.Ancient), each book once however many of its tags match.
     */
    private Q tagged(String name) {
        Q named = Q.of("tags__name__iexact", name).or(Q.of("tags__name__istartswith", name + "."));
        return Q.of("id__in", requireDatabase("tag:").objects(Book.class).filter(named).valuesListFlat("id", Long.class));
    }

    /** Books with a row of {@code model} (a contribution, a copy) meeting {@code condition}: its book ids in one subquery. */
    private Q bookIds(Class<? extends Model> model, Q condition) {
        return Q.of("id__in", requireDatabase(model.getSimpleName().toLowerCase(java.util.Locale.ROOT) + " terms")
                .objects(model).filter(condition).valuesListFlat("book", Long.class));
    }

    private Database requireDatabase(String what) {
        if (loans == null) {
            throw new IllegalStateException(what + " needs the catalogue: use SearchQuery.toQ(Catalog, boolean)");
        }
        return loans.database();
    }

    /**
     * Books with a loan that meets {@code condition} (on Loan's fields): the book ids of such loans
     * in one {@code IN} subquery, so a book with two copies out is one row, not two.
     */
    private Q withLoans(Q condition) {
        if (loans == null) {
            throw new IllegalStateException("loaned:, overdue: and borrower: need the catalogue's loans: use SearchQuery.toQ(Catalog, boolean)");
        }
        return Q.of("id__in", loans.filter(condition).valuesListFlat("book", Long.class));
    }

    private static Q yes(SearchExpr.Term term, Q q) {
        return text(term).equals("yes") ? q : q.not();
    }

    private Q titled(String text) {
        Q contains = Q.of(TITLE + "__unaccent__icontains", text);
        String folded = Unaccent.folded(text);
        return index != null && index.narrows(TextIndex.Column.TITLE, folded)
                ? Q.of("id__in", TextIndex.Column.TITLE.candidates(folded)).and(contains) : contains;
    }

    /** The condition on Author for a name term: the index's candidates where it narrows, always the same icontains. */
    private Q nameMatches(String text) {
        String folded = Unaccent.folded(text);
        Q contains = Q.of("name__unaccent__icontains", text);
        return index != null && index.narrows(TextIndex.Column.AUTHOR_NAME, folded)
                ? Q.of("id__in", TextIndex.Column.AUTHOR_NAME.candidates(folded)).and(contains) : contains;
    }

    private Q authorNamed(String text) {
        String folded = Unaccent.folded(text);
        if (index != null && index.narrows(TextIndex.Column.AUTHOR_NAME, folded)) {
            Q named = Q.of("id__in", TextIndex.Column.AUTHOR_NAME.candidates(folded)).and(Q.of("name__unaccent__icontains", text));
            return Q.of("author__in", requireDatabase("author terms").objects(Author.class).filter(named));
        }
        return authors == null ? Q.of(AUTHOR_NAME + "__unaccent__icontains", text)
                : Q.of("author__in", authors.filter("name__unaccent__icontains", text));
    }

    private static String text(SearchExpr.Term term) {
        return ((TermValue.Text) term.value()).text();
    }

    private static Q isbn(String digits) {
        boolean complete = digits.length() == ISBN13_LENGTH
                || (digits.length() == ISBN10_LENGTH && digits.endsWith("X"));
        return complete ? Q.of("isbn", digits) : Q.of("isbn__startswith", digits);
    }

    /** The year the work first appeared where known (BCE years are negative), else the year of this edition. */
    private static Q year(TermValue value) {
        return numeric("firstPublished", value)
                .or(Q.of("firstPublished__isnull", true).and(numeric(YEAR, value)));
    }

    private static Q numeric(String lookup, TermValue value) {
        if (value instanceof TermValue.Range range) {
            return Q.of(lookup + "__range", List.of(value(range.low()), value(range.high())));
        }
        TermValue.Comparison comparison = (TermValue.Comparison) value;
        String suffix = switch (comparison.operator()) {
            case EQUAL -> "";
            case GREATER -> "__gt";
            case GREATER_OR_EQUAL -> "__gte";
            case LESS -> "__lt";
            case LESS_OR_EQUAL -> "__lte";
        };
        return Q.of(lookup + suffix, value(comparison.number()));
    }

    /** A whole number as an Integer (what the columns of pages and years compare with); a rating's half as it is. */
    private static Object value(java.math.BigDecimal n) {
        java.math.BigDecimal stripped = n.stripTrailingZeros();
        return stripped.scale() <= 0 ? (Object) n.intValueExact() : (Object) n;
    }
}
