package org.alcove.catalog.merge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Identifier;
import org.alcove.catalog.Names;

/**
 * Finds books and authors that are likely one thing entered twice: books with the same ISBN (one as
 * its ISBN, the other among its identifiers) or with near-equal titles by the same first author,
 * and authors whose names are one person's spellings ({@link Names#key}). Only suggestions: nothing
 * is changed; {@link Merging} merges what the user confirms.
 */
public final class Duplicates {
    /** A book as a duplicate list shows it. */
    public record BookEntry(long id, String title, String author, String published, String isbn) {
    }

    /** Books that look like one: why, and the books, oldest first. */
    public record BookGroup(String reason, List<BookEntry> books) {
    }

    /** An author as a duplicate list shows it, with its number of books. */
    public record AuthorEntry(long id, String name, long books) {
    }

    /** Authors whose names are one person's spellings. */
    public record AuthorGroup(String key, List<AuthorEntry> authors) {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ARTICLE = Pattern.compile("^(the|a|an|le|la|les|l|der|die|das|el|los|las|il) ");

    private final Catalog catalog;

    public Duplicates(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The main title of a book as a key: without a subtitle (after ':') or a series in brackets,
     * case, accents, punctuation and a leading article, so "The Hobbit: or There and Back Again"
     * and "Hobbit" meet.
     */
    public static String titleKey(String title) {
        String t = title;
        int cut = firstOf(t, ':', '(', '[');
        if (cut > 0) {
            t = t.substring(0, cut);
        }
        t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        t = NOT_WORD.matcher(t).replaceAll(" ").strip();
        return ARTICLE.matcher(t).replaceFirst("");
    }

    private static int firstOf(String s, char... cs) {
        int best = -1;
        for (char c : cs) {
            int i = s.indexOf(c);
            if (i > 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** The groups of likely duplicate books, each book in one group at most, in order of their first book. */
    public List<BookGroup> books() {
        Map<String, List<BookEntry>> byTitle = new LinkedHashMap<>();
        Map<String, BookEntry> byIsbn = new HashMap<>();
        Map<Long, BookEntry> byId = new HashMap<>();
        try (Stream<List<Object>> rows = catalog.books().orderBy("id")
                .valuesList("id", "title", "author__name", "publicationDate", "isbn").stream()) {
            for (List<Object> r : (Iterable<List<Object>>) rows::iterator) {
                BookEntry e = new BookEntry((Long) r.get(0), (String) r.get(1), (String) r.get(2),
                        r.get(3) == null ? "" : r.get(3).toString().substring(0, 4), (String) r.get(4));
                byId.put(e.id(), e);
                byTitle.computeIfAbsent(titleKey(e.title()) + "\u0000" + Names.key(e.author()), k -> new ArrayList<>()).add(e);
                if (e.isbn() != null) {
                    byIsbn.put(e.isbn(), e);
                }
            }
        }
        List<BookGroup> groups = new ArrayList<>();
        java.util.Set<Long> grouped = new java.util.HashSet<>();
        for (List<Object> r : catalog.db().objects(Identifier.class).filter("scheme__in", List.of("isbn", "isbn13", "isbn10"))
                .orderBy("book", "id").valuesList("book", "value").list()) {
            BookEntry other = byIsbn.get(isbn13((String) r.get(1)));
            BookEntry self = byId.get((Long) r.get(0));
            if (other != null && self != null && other.id() != self.id() && !grouped.contains(self.id()) && !grouped.contains(other.id())) {
                List<BookEntry> pair = self.id() < other.id() ? List.of(self, other) : List.of(other, self);
                groups.add(new BookGroup("the same ISBN " + other.isbn(), pair));
                grouped.add(self.id());
                grouped.add(other.id());
            }
        }
        for (List<BookEntry> same : byTitle.values()) {
            List<BookEntry> left = same.stream().filter(e -> !grouped.contains(e.id())).toList();
            if (left.size() > 1) {
                groups.add(new BookGroup("the same title and author", left));
                left.forEach(e -> grouped.add(e.id()));
            }
        }
        groups.sort(java.util.Comparator.comparingLong(g -> g.books().get(0).id()));
        return groups;
    }

    /** The groups of authors whose names are one person's spellings ("Muir, Tamsyn" and "Tamsyn Muir"). */
    public List<AuthorGroup> authors() {
        Map<String, List<AuthorEntry>> byKey = new LinkedHashMap<>();
        for (Author a : catalog.authors().orderBy("id").annotate("n", org.alcove.orm.Count.of("books"))) {
            byKey.computeIfAbsent(Names.key(a.getName()), k -> new ArrayList<>())
                    .add(new AuthorEntry(a.getId(), a.getName(), a.number("n").longValue()));
        }
        List<AuthorGroup> groups = new ArrayList<>();
        byKey.forEach((key, list) -> {
            if (list.size() > 1) {
                groups.add(new AuthorGroup(key, list));
            }
        });
        return groups;
    }

    /** An identifier's value as an ISBN-13, or null when it is not a valid ISBN. */
    private static String isbn13(String value) {
        try {
            return org.alcove.catalog.io.Isbn.toIsbn13(value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Book requireBook(Catalog catalog, long id) {
        return catalog.books().filter("id", id).first()
                .orElseThrow(() -> new IllegalArgumentException("There is no book #" + id + " in this catalogue"));
    }
}
