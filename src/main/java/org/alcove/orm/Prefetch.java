package org.alcove.orm;

import java.util.Objects;

/**
 * A relation to prefetch, with the QuerySet its rows come from and where they go (Django's
 * {@code Prefetch(lookup, queryset, to_attr)}):
 *
 * <pre>{@code
 * authors.prefetchRelated(Prefetch.of("books", books.filter("genre", "SCI").orderBy("title")));
 * //   author.books().all() is then that author's science books, in title order, without a query
 * authors.prefetchRelated(Prefetch.of("books", books.filter("genre", "SCI")).toAttr("scienceBooks"));
 * //   author.prefetched("scienceBooks") is the list; author.books() still asks the database
 * }</pre>
 *
 * The QuerySet must read the relation's model and not be values() or sliced. In a nested
 * lookup ({@code books__contributions}) it applies to the last step.
 */
public final class Prefetch {
    private final String lookup;
    private final QuerySet<?> queryset;
    private final String toAttr;

    private Prefetch(String lookup, QuerySet<?> queryset, String toAttr) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.queryset = queryset;
        this.toAttr = toAttr;
    }

    /** The relation's rows as they are: the same as the bare lookup. */
    public static Prefetch of(String lookup) {
        return new Prefetch(lookup, null, null);
    }

    /** The relation's rows read through {@code queryset}: its filters, ordering, selectRelated... */
    public static Prefetch of(String lookup, QuerySet<?> queryset) {
        Objects.requireNonNull(queryset, "queryset");
        if (queryset.mode() != QuerySet.Mode.MODELS) {
            throw new OrmException("Prefetch querysets cannot use values() or valuesList().");
        }
        if (queryset.query.isSliced()) {
            throw new OrmException("Prefetch querysets cannot be sliced.");
        }
        if (queryset.query.combinator != null) {
            throw new OrmException("Prefetch querysets cannot be combined (union, intersection, difference).");
        }
        return new Prefetch(lookup, queryset, null);
    }

    /** Puts the rows in a list read with {@link Model#prefetched(String)} instead of the relation's cache. */
    public Prefetch toAttr(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("toAttr needs a name");
        }
        return new Prefetch(lookup, queryset, name);
    }

    public String lookup() {
        return lookup;
    }

    /** The QuerySet of the last step, or null for the relation's rows as they are. */
    public QuerySet<?> queryset() {
        return queryset;
    }

    /** The name the last step's rows are kept under: {@link #toAttr(String)}'s, or the relation's own. */
    String cacheName(String relation) {
        return toAttr != null ? toAttr : relation;
    }

    public String toAttrName() {
        return toAttr;
    }

    @Override
    public String toString() {
        return "Prefetch(" + lookup + (queryset == null ? "" : ", " + queryset.query.model.label())
                + (toAttr == null ? "" : ", toAttr=" + toAttr) + ")";
    }
}
