package org.alcove.orm;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A fragment of SQL written by hand, with its own {@code ?} placeholders and the values bound to
 * them, as Django's {@code RawSQL}: for what the ORM cannot say, such as a subquery on a table no
 * model maps (a full-text index). It stands where an expression may, and after {@code __in} it is
 * the subquery whose rows the column must be among.
 *
 * <pre>{@code
 * books.filter(Q.of("id__in", RawSQL.of("SELECT rowid FROM book_fts WHERE book_fts MATCH ?", "mirror")));
 * }</pre>
 *
 * The text is sent as written, in parentheses, and must be complete in itself: it cannot refer
 * to the outer query's tables, whose aliases the ORM chooses. Values travel only as parameters;
 * never splice a user's text into {@code sql}.
 *
 * @param sql the fragment, with one {@code ?} for each value
 * @param params the values, in the order of the placeholders
 */
public record RawSQL(String sql, List<Object> params) implements Expression {
    public RawSQL {
        Objects.requireNonNull(sql, "sql");
        params = List.copyOf(params);
        long placeholders = sql.chars().filter(c -> c == '?').count();
        if (placeholders != params.size()) {
            throw new IllegalArgumentException("RawSQL has " + placeholders + " placeholder(s) but " + params.size()
                    + " value(s): give one value for each '?'");
        }
    }

    /** {@code sql} with {@code params} bound to its placeholders in order. */
    public static RawSQL of(String sql, Object... params) {
        return new RawSQL(sql, Arrays.asList(params));
    }

    @Override
    public String toString() {
        return "RawSQL(" + sql + ", " + params + ")";
    }
}
