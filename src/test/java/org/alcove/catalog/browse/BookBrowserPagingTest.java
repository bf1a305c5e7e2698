package org.alcove.catalog.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.importing.BulkFiles;
import org.alcove.catalog.search.SearchQuery;
import org.alcove.orm.ExecutedQuery;
import org.alcove.orm.Q;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Pages deeper than {@link BookBrowser#NAMES_BY_SUBQUERY_FROM} rows on a catalogue big enough to
 * reach them: the ids-first page query returns exactly the rows a plain ordered slice returns, on
 * both sides of the depth where author names move from a join to a subquery.
 */
class BookBrowserPagingTest {
    private static final int BOOKS = BookBrowser.NAMES_BY_SUBQUERY_FROM + 3_000;
    private static final int AUTHORS = 300;
    private static final String[] SEARCHES = {"", "river", "author:river", "river -genre:SCI"};

    @TempDir
    static Path dir;
    static Catalog catalog;
    static BookBrowser browser;

    @BeforeAll
    static void fill() {
        catalog = Catalog.open(dir.resolve("paging.alcove"));
        List<Author> authors = new ArrayList<>();
        for (int i = 0; i < AUTHORS; i++) {
            int n = i % (AUTHORS / 2); // every name twice: namesakes
            authors.add(new Author((n % 4 != 0 ? "Ann River " : "Bo Stone ") + n, null));
        }
        catalog.authors().bulkCreate(authors);
        List<Book> books = new ArrayList<>();
        for (int i = 0; i < BOOKS; i++) {
            String title = (i % 10 != 0 ? "The River " : "A Field ") + (i % 997); // repeated titles: ties broken by id
            books.add(new Book(title, authors.get(i * 31 % authors.size()), LocalDate.of(1900 + i % 120, 1 + i % 12, 1),
                    BulkFiles.isbn13(i), SeedGenres.all()[i % SeedGenres.all().length], i * 7 % 900));
        }
        catalog.books().bulkCreate(books);
        browser = new BookBrowser(catalog);
    }

    @AfterAll
    static void close() {
        catalog.close();
    }

    @ParameterizedTest
    @EnumSource(SortKey.class)
    void deepPagesHoldTheRowsAPlainSliceHolds(SortKey sort) {
        for (String search : SEARCHES) {
            long matching = browser.count(search);
            assertThat(matching).as("%s reaches past the depth where names move to a subquery", search)
                    .isGreaterThan(BookBrowser.NAMES_BY_SUBQUERY_FROM + 300);
            for (boolean descending : new boolean[] {false, true}) {
                for (int offset : new int[] {0, 1_000, BookBrowser.NAMES_BY_SUBQUERY_FROM - 150, BookBrowser.NAMES_BY_SUBQUERY_FROM,
                        BookBrowser.NAMES_BY_SUBQUERY_FROM + 100}) {
                    List<Long> expected = plainSlice(search, sort, descending, offset, 200);
                    List<Long> got = browser.page(search, sort, descending, offset, 200).stream().map(BookRow::id).toList();
                    assertThat(got).as("%s by %s%s from %d", search, sort, descending ? " descending" : "", offset).isEqualTo(expected);
                    assertThat(got).hasSize((int) Math.max(0, Math.min(200, matching - offset)));
                }
            }
        }
    }

    @Test
    void aDeepPageIsOneQueryFindingItsIdsFirst() {
        List<ExecutedQuery> queries = catalog.db().captureQueries(
                () -> assertThat(browser.page("", SortKey.PUBLISHED, true, BOOKS - 10, 200)).hasSize(10));
        assertThat(queries).singleElement().satisfies(q -> assertThat(q.sql())
                .contains("\"book\".\"id\" IN (SELECT").contains("OFFSET"));
    }

    @Test
    void aPageByAuthorWalksTheNameIndexWithoutSortingAtAnyDepth() {
        for (int offset : new int[] {0, BOOKS - 200}) {
            for (boolean descending : new boolean[] {false, true}) {
                String plan = browser.pageQuery(BookFilter.ALL, SortKey.AUTHOR, descending, offset, 200).explain();
                assertThat(plan).as("from %d%s", offset, descending ? " descending" : "").contains("author_name_idx");
                // The outer query orders its 200 rows; the subquery finding them must sort nothing.
                assertThat(plan.lines().filter(l -> l.startsWith(" ") && l.contains("TEMP B-TREE"))).as(plan).isEmpty();
            }
        }
    }

    @Test
    void namesakesBooksAreNotInterleavedWhenSortedByAuthor() {
        Map<Long, Long> authorOfBook = new HashMap<>();
        for (List<Object> r : catalog.books().orderBy().valuesList("id", "author")) {
            authorOfBook.put(((Number) r.get(0)).longValue(), ((Number) r.get(1)).longValue());
        }
        for (boolean descending : new boolean[] {false, true}) {
            List<BookRow> rows = new ArrayList<>();
            for (int offset = 0; offset < BOOKS; offset += 1_000) {
                rows.addAll(browser.page("", SortKey.AUTHOR, descending, offset, 1_000));
            }
            List<String> names = rows.stream().map(BookRow::author).toList();
            assertThat(names).isSortedAccordingTo(descending ? Comparator.reverseOrder() : Comparator.naturalOrder());
            List<Long> authorIds = rows.stream().map(r -> authorOfBook.get(r.id())).toList();
            assertThat(runs(authorIds)).as("each author's books side by side, namesakes apart").isEqualTo(AUTHORS);
        }
    }

    private static long runs(List<Long> ids) {
        long runs = 0;
        for (int i = 0; i < ids.size(); i++) {
            if (i == 0 || !ids.get(i).equals(ids.get(i - 1))) {
                runs++;
            }
        }
        return runs;
    }

    private static List<Long> plainSlice(String search, SortKey sort, boolean descending, int offset, int limit) {
        Q q = SearchQuery.parse(search).toQ().orElse(Q.all());
        return catalog.books().filter(q).orderBy(sort.ordering(descending)).valuesListFlat("id", Long.class)
                .slice(offset, offset + limit).list();
    }
}
