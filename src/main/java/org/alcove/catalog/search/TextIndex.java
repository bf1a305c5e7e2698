package org.alcove.catalog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.alcove.orm.Database;
import org.alcove.orm.RawSQL;

/**
 * The catalogue's trigram index of book titles and author names (migration
 * {@code 0008_search_index}: SQLite FTS5 tables {@code book_title_search} and
 * {@code author_name_search}, kept in step by triggers), used to find the few rows a substring
 * search can match instead of reading every title.
 *
 * <p>The index only narrows: a search still tests each candidate with the ORM's
 * {@code icontains}, so it finds exactly the books the scan finds. For that, the candidates must
 * include every row {@code icontains} matches. SQLite folds case one character at a time, and
 * Java's folding (what {@code icontains} uses) agrees with it only on some characters: the
 * <em>plain</em> ones ({@link #isPlain}, checked character by character against the real index
 * in {@code TextIndexFoldingTest}). A row whose text holds any other character (ß, ﬁ, İ,
 * emoji, control characters) is therefore always a candidate, found through a partial index
 * ({@code book_title_unindexed}, {@code author_name_unindexed}); a term with such a character
 * matches only such rows. A term shorter than three characters has no trigram and is scanned.
 *
 * <p>An index that matches many rows is no faster than the scan, and slower for a first page in
 * date order (all candidates must be read and sorted, where the scan stops after the page): a
 * term the index finds in {@value #MAX_CANDIDATES} rows or more is scanned, judged by one
 * quick query per term ({@link #narrows}).
 */
final class TextIndex {

    /** Trigrams: what the tokenizer indexes; a shorter term matches no trigram. */
    static final int MIN_LENGTH = 3;
    /** Past this many candidates the scan is as fast as the index (measured in docs/performance.md). */
    static final int MAX_CANDIDATES = 5_000;

    /** The ranges of plain code points, low and high inclusive; see {@link #isPlain}. */
    private static final int[][] PLAIN = {
            {0x20, 0x7E},     // ASCII without control characters
            {0xA0, 0x2AF},    // Latin-1, Latin Extended-A and -B, IPA
            {0x370, 0x3FF},   // Greek
            {0x400, 0x52F},   // Cyrillic
            {0x590, 0x6FF},   // Hebrew, Arabic
            {0x2000, 0x206F}, // general punctuation: dashes, quotation marks, ellipsis
            {0x3000, 0x30FF}, // CJK punctuation, Hiragana, Katakana
            {0x4E00, 0x9FFF}, // CJK ideographs
            {0xAC00, 0xD7A3}, // Hangul syllables
            {0xFF01, 0xFF5E}, // full-width ASCII
    };
    /**
     * Code points in those ranges that are not plain: Java folds them to several characters
     * (ß, İ, ŉ, ǰ, ΐ, ΰ), or to a letter SQLite's index does not take for them (ı, Ⱥ, Ⱦ, Ϳ, Ԩ, ...).
     * Found by {@code TextIndexFoldingTest}, which fails naming any other.
     */
    static final String EXCEPTIONS = "ßİıŉǰȺȾͿΐΰԨԪԬԮ";

    private final Database db;

    private TextIndex(Database db) {
        this.db = db;
    }

    /** The index of {@code db}, or empty when its catalogue has none (not migrated that far). */
    static Optional<TextIndex> of(Database db) {
        return db.tableNames().contains("book_title_search") ? Optional.of(new TextIndex(db)) : Optional.empty();
    }

    /** What a column of the index covers: the FTS table and the model's table and column. */
    enum Column {
        TITLE("book_title_search", "book", "title"),
        AUTHOR_NAME("author_name_search", "author", "name");

        private final String fts;
        private final String table;
        private final String column;

        Column(String fts, String table, String column) {
            this.fts = fts;
            this.table = table;
            this.column = column;
        }

        /** The ids of rows that may hold {@code folded}: index matches and rows with text the index cannot be trusted on. */
        RawSQL candidates(String folded) {
            String unindexed = "SELECT id FROM " + table + " WHERE " + unindexedCondition(column);
            if (!allPlain(folded)) {
                return RawSQL.of(unindexed);
            }
            return RawSQL.of("SELECT rowid FROM " + fts + " WHERE " + fts + " MATCH ? UNION ALL " + unindexed,
                    matchExpression(folded));
        }
    }

    /**
     * Whether the index narrows a search for {@code folded} (the term as the ORM folds it) on
     * {@code column} to fewer than {@value #MAX_CANDIDATES} rows; false for a term too short for
     * trigrams. A term with characters that are not plain only matches rows the scan of unindexed
     * rows finds, so it always narrows.
     */
    boolean narrows(Column column, String folded) {
        if (folded.codePointCount(0, folded.length()) < MIN_LENGTH) {
            return false;
        }
        if (!allPlain(folded)) {
            return true;
        }
        String sql = "SELECT count(*) FROM (SELECT 1 FROM " + column.fts + " WHERE " + column.fts + " MATCH ? LIMIT "
                + MAX_CANDIDATES + ")";
        long n = db.query(sql, List.of(matchExpression(folded)), rs -> rs.getLong(1)).get(0);
        return n < MAX_CANDIDATES;
    }

    /**
     * The FTS5 query for rows holding every trigram of {@code folded}: consecutive trigrams, the
     * last one ending at the term's end, each quoted ({@code "mir" "ror" " of"}), with no phrase (the
     * index keeps no positions). Quotes inside are doubled, as FTS5 wants.
     */
    static String matchExpression(String folded) {
        int[] cps = folded.codePoints().toArray();
        List<String> trigrams = new ArrayList<>();
        for (int start = 0; start < cps.length; start += MIN_LENGTH) {
            int from = Math.min(start, cps.length - MIN_LENGTH);
            trigrams.add("\"" + new String(cps, from, MIN_LENGTH).replace("\"", "\"\"") + "\"");
        }
        return String.join(" ", trigrams);
    }

    /** {@code text} folded as the ORM's case-insensitive lookups fold it (all of Unicode, not ASCII alone). */
    static String fold(String text) {
        return text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** Whether every code point of {@code s} is plain. */
    static boolean allPlain(String s) {
        return s.codePoints().allMatch(TextIndex::isPlain);
    }

    /**
     * Whether SQLite's index folds {@code cp} as the ORM's {@code icontains} does: Java's
     * {@code toUpperCase().toLowerCase()} gives one code point that the index takes for the same
     * character as {@code cp} itself.
     */
    static boolean isPlain(int cp) {
        if (EXCEPTIONS.indexOf(cp) >= 0) {
            return false;
        }
        for (int[] range : PLAIN) {
            if (cp >= range[0] && cp <= range[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The SQL condition on {@code column} that a row's text holds a character that is not plain:
     * the condition of the partial indexes {@code book_title_unindexed} and
     * {@code author_name_unindexed}, written identically there (SQLite uses a partial index only
     * for the very same condition; {@code TextIndexMigrationTest} compares the two).
     */
    static String unindexedCondition(String column) {
        StringBuilder ranges = new StringBuilder();
        for (int[] range : PLAIN) {
            ranges.appendCodePoint(range[0]).append('-').appendCodePoint(range[1]);
        }
        return "(" + column + " GLOB '*[^" + ranges + "]*' OR " + column + " GLOB '*[" + EXCEPTIONS + "]*')";
    }
}
