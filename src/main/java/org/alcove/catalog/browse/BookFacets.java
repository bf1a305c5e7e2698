package org.alcove.catalog.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Copy;
import org.alcove.catalog.ReadingStatus;
import org.alcove.catalog.Tag;
import org.alcove.catalog.search.SearchField;
import org.alcove.catalog.search.SearchTerm;
import org.alcove.orm.Count;
import org.alcove.orm.QuerySet;
import org.alcove.orm.Unaccent;

/**
 * The sidebar's tags, series, reading statuses and copy locations, each with the number of books
 * the table's filter matches, and the search term that finds them. Every count is an aggregate
 * query grouped in the database; no book is read.
 *
 * <pre>{@code
 * List<FacetCount> tags = browser.facets().tags("", BookFilter.ALL, 200);
 * }</pre>
 */
public final class BookFacets {
    private static final Comparator<FacetCount> MOST_FIRST = Comparator.comparingLong(FacetCount::count).reversed()
            .thenComparing(FacetCount::label, String.CASE_INSENSITIVE_ORDER).thenComparing(FacetCount::label);

    private final Catalog catalog;
    private final Function<BookFilter, QuerySet<Book>> filtered;

    BookFacets(Catalog catalog, Function<BookFilter, QuerySet<Book>> filtered) {
        this.catalog = catalog;
        this.filtered = filtered;
    }

    /**
     * Tags whose name contains {@code nameContains} (any case and accents; all when blank), most books
     * first, at most {@code limit}. A name is shown whole ("History.Ancient"); a level above tags
     * ("History") counts the books with it or any tag under it, each once — what {@code tag:History}
     * finds — and is listed even when no book has it alone. Two queries (the tag names; the books
     * grouped by tag); with levels, one more: the scope's book–tag pairs streamed in book order.
     */
    public List<FacetCount> tags(String nameContains, BookFilter scope, int limit) {
        QuerySet<Book> books = filtered.apply(scope).orderBy();
        Map<Long, String> names = new HashMap<>();
        for (List<Object> t : catalog.db().objects(Tag.class).orderBy().valuesList("id", "name")) {
            names.put(((Number) t.get(0)).longValue(), (String) t.get(1));
        }
        // grouped by the pairs' tag id, not by the joined tag's name, which sorted every pair by name first
        Map<String, Long> direct = new LinkedHashMap<>();
        for (Map<String, Object> r : books.values("tags").annotate("n", Count.all()).orderBy()) {
            if (r.get("tags") instanceof Number id && names.containsKey(id.longValue())) {
                direct.put(names.get(id.longValue()), ((Number) r.get("n")).longValue());
            }
        }
        Map<String, Long> counts = new HashMap<>(direct);
        counts.putAll(underLevels(books, levelsAbove(direct.keySet()), names));
        List<FacetCount> out = new ArrayList<>();
        counts.forEach((name, n) -> SearchTerm.of(SearchField.TAG, name).filter(t -> matches(name, nameContains))
                .ifPresent(term -> out.add(new FacetCount(name, term, n))));
        out.sort(MOST_FIRST);
        return out.subList(0, Math.min(limit, out.size()));
    }

    /** Every proper prefix ("History" of "History.Ancient.Rome", and "History.Ancient") of the names. */
    private static List<String> levelsAbove(Iterable<String> names) {
        java.util.Set<String> levels = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER); // tag: ignores case: one level per spelling
        for (String name : names) {
            for (int i = name.indexOf(Tag.LEVEL_SEPARATOR); i > 0; i = name.indexOf(Tag.LEVEL_SEPARATOR, i + 1)) {
                levels.add(name.substring(0, i));
            }
        }
        return new ArrayList<>(levels);
    }

    /**
     * For each level, the books (each once) with a tag of that name or under it, as {@code tag:}
     * matches them (any case). Counting distinct books over a thousand name patterns in SQL took
     * 109 s on 50,000 books (a folding function called per pattern and pair), so the pairs are
     * streamed instead: the tags' names once, then the book–tag pairs of the scope in book order,
     * each book's levels counted once; memory is a counter per level, never the books.
     */
    private static Map<String, Long> underLevels(QuerySet<Book> books, List<String> levels, Map<Long, String> names) {
        Map<String, Long> out = new HashMap<>();
        if (levels.isEmpty()) {
            return out;
        }
        Map<String, String> byKey = new HashMap<>();
        for (String level : levels) {
            byKey.putIfAbsent(key(level), level);
        }
        Map<Long, List<String>> levelsOf = new HashMap<>();
        for (Map.Entry<Long, String> t : names.entrySet()) {
            List<String> of = new ArrayList<>();
            String name = t.getValue();
            for (int i = 0; i >= 0; i = name.indexOf(Tag.LEVEL_SEPARATOR, i + 1)) {
                String level = byKey.get(key(i == 0 ? name : name.substring(0, i)));
                if (level != null && !of.contains(level)) {
                    of.add(level);
                }
            }
            if (!of.isEmpty()) {
                levelsOf.put(t.getKey(), of);
            }
        }
        long[] book = {Long.MIN_VALUE};
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (var pairs = books.filter("tags__isnull", false).orderBy("id").valuesList("id", "tags").stream()) {
            pairs.forEach(pair -> {
                long id = ((Number) pair.get(0)).longValue();
                if (id != book[0]) {
                    seen.forEach(level -> out.merge(level, 1L, Long::sum));
                    seen.clear();
                    book[0] = id;
                }
                seen.addAll(levelsOf.getOrDefault(((Number) pair.get(1)).longValue(), List.of()));
            });
        }
        seen.forEach(level -> out.merge(level, 1L, Long::sum));
        levels.forEach(level -> out.putIfAbsent(level, 0L));
        return out;
    }

    private static String key(String name) {
        return name.toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Series whose name contains {@code nameContains} (all when blank), most books first, at most
     * {@code limit}; one grouped query.
     */
    public List<FacetCount> series(String nameContains, BookFilter scope, int limit) {
        QuerySet<Book> books = filtered.apply(scope).filter("series__isnull", false);
        if (nameContains != null && !nameContains.isBlank()) {
            books = books.filter("series__name__unaccent__icontains", nameContains.strip());
        }
        List<FacetCount> out = new ArrayList<>();
        for (Map<String, Object> r : books.values("series__name").annotate("n", Count.all()).orderBy("-n", "series__name").slice(0, limit)) {
            String name = (String) r.get("series__name");
            SearchTerm.of(SearchField.SERIES, name).ifPresent(term -> out.add(new FacetCount(name, term, ((Number) r.get("n")).longValue())));
        }
        return out;
    }

    /** The four reading statuses in their order, each with its books (zero where none); one grouped query. */
    public List<FacetCount> statuses(BookFilter scope) {
        Map<ReadingStatus, Long> counts = new EnumMap<>(ReadingStatus.class);
        for (Map<String, Object> r : filtered.apply(scope).filter("status__isnull", false).values("status").annotate("n", Count.all()).orderBy()) {
            counts.put((ReadingStatus) r.get("status"), ((Number) r.get("n")).longValue());
        }
        List<FacetCount> out = new ArrayList<>();
        for (ReadingStatus s : ReadingStatus.values()) {
            out.add(new FacetCount(s.label(), SearchField.STATUS.fieldName() + ":" + s.code(), counts.getOrDefault(s, 0L)));
        }
        return out;
    }

    /**
     * The locations of copies whose name contains {@code nameContains} (all when blank), with the books
     * having a copy there (a book with two copies on a shelf counts once), most first, at most
     * {@code limit}; copies with no location are left out. One grouped query.
     */
    public List<FacetCount> locations(String nameContains, BookFilter scope, int limit) {
        QuerySet<Copy> copies = catalog.db().objects(Copy.class).exclude("location", "");
        if (!scope.equals(BookFilter.ALL)) {
            copies = copies.filter("book__in", filtered.apply(scope).orderBy().valuesListFlat("id", Long.class));
        }
        if (nameContains != null && !nameContains.isBlank()) {
            copies = copies.filter("location__unaccent__icontains", nameContains.strip());
        }
        List<FacetCount> out = new ArrayList<>();
        for (Map<String, Object> r : copies.values("location").annotate("n", Count.of("book").distinct()).orderBy("-n", "location").slice(0, limit)) {
            String name = (String) r.get("location");
            SearchTerm.of(SearchField.LOCATION, name).ifPresent(term -> out.add(new FacetCount(name, term, ((Number) r.get("n")).longValue())));
        }
        return out;
    }

    private static boolean matches(String name, String nameContains) {
        return nameContains == null || nameContains.isBlank() || Unaccent.folded(name).contains(Unaccent.folded(nameContains.strip()));
    }
}
