package org.alcove.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.Loan;
import org.alcove.orm.ExecutedQuery;
import org.alcove.orm.Q;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A search through the trigram index finds exactly the books the {@code icontains} scan finds,
 * for case, accents, scripts, emoji and the characters LIKE and FTS5 treat specially.
 */
class TextIndexSearchTest {
    /** Titles and names that each fold or tokenize in their own way. */
    static final List<String> TEXTS = List.of(
            "The Mirror of Glass", "MIRROR OF THE SEA", "mirroring", "Émile et Zola", "EMILE ET ZOLA", "émile",
            "Straße der Sterne", "STRASSE", "ﬁnding ﬂowers", "finding", "İstanbul Hatırası", "istanbul", "ıi İİ",
            "ΟΔΟΣ ΣΟΦΙΑΣ", "οδος σοφιας", "Война и мир", "ВОЙНА", "東京物語", "東京の物語", "ソフィーの世界",
            "한국 문학", "Ｆｕｌｌ Ｗｉｄｔｈ", "full width", "🐉 Dragon 🐉🐉", "dragon", "100% Pure", "100 percent",
            "a_b_c", "abc", "it's \"quoted\"", "it''s", "back\\slash", "tab\there", "Kelvin \u212A degrees",
            "kelvin k", "Æsop's Fables", "æsop", "ǅemal", "DŽEMAL", "Ǆ", "e\u0301mile", "μ and µ", "ﬀ ff",
            "Ὀδύσσεια", "ὈΔΎΣΣΕΙΑ", "ΐ ΐ", "Ꞵ ꞵ", "x");
    /** Terms to search for: each text's pieces, and some that match nothing or much. */
    static final List<String> TERMS = List.of(
            "mirror", "mirror of", "MIRROR", "irr", "emile", "émile", "ÉMILE", "strasse", "straße", "STRASSE", "sse",
            "find", "ﬁnd", "flow", "ﬂow", "istanbul", "İstanbul", "ist", "hatıra", "hatira", "ıi i", "οδος",
            "ΟΔΟΣ", "σοφια", "οσ σ", "войн", "ВОЙНА", "東京", "東京物", "の物語", "ソフィ", "한국 문", "ｆｕｌｌ",
            "full", "🐉", "🐉🐉", "n 🐉", "100%", "0% p", "%", "_b_", "a_b", "\"quoted\"", "'s \"", "it''",
            "k\\s", "\\", "b\there", "kelvin k", "\u212A d", "k d", "æso", "ÆSOP", "ǆem", "džem", "Ǆ",
            "e\u0301m", "µ a", "μ a", "ffs", "ﬀ", "ὀδύ", "ὈΔΎ", "δύσσ", "ΐ", "ꞵ", "zzz", "the", "of ", " of");

    @TempDir
    static Path dir;
    static Catalog catalog;

    @BeforeAll
    static void fill() {
        catalog = Catalog.open(dir.resolve("catalog.alcove"));
        int n = 0;
        for (String text : TEXTS) {
            Author author = catalog.authors().create(new Author(text, null));
            catalog.books().create(new Book(TEXTS.get((n + 7) % TEXTS.size()), author, LocalDate.of(1900 + n, 1, 1),
                    null, SeedGenres.fic(), n));
            n++;
        }
    }

    @AfterAll
    static void close() {
        catalog.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "title:", "author:"})
    void theIndexFindsTheBooksTheScanFinds(String field) {
        for (String term : TERMS) {
            String query = field + "\"" + term.replace("\"", "") + "\"";
            if (term.replace("\"", "").isBlank()) {
                continue;
            }
            assertThat(ids(query, true)).as(query).isEqualTo(ids(query, false));
        }
    }

    @Test
    void theTableOfTermsFindsSomethingThroughTheIndex() {
        TextIndex index = TextIndex.of(catalog.db()).orElseThrow();
        long narrowed = TERMS.stream().filter(t -> index.narrows(TextIndex.Column.TITLE, TextIndex.fold(t))).count();
        assertThat(narrowed).isGreaterThan(TERMS.size() / 2);
        // Accents are ignored both ways: "Émile et Zola", "EMILE ET ZOLA", "émile" and "e\u0301mile".
        assertThat(ids("title:émile", true)).hasSize(4).isEqualTo(ids("title:emile", true));
        assertThat(ids("title:straße", true)).hasSize(2); // ß folds to ss: "Straße der Sterne" and "STRASSE"
    }

    @Test
    void aTermTheIndexNarrowsReadsItsCandidates() {
        List<ExecutedQuery> queries = catalog.db().captureQueries(() -> catalog.books()
                .filter(SearchQuery.parse("title:mirror").toQ(catalog, false).orElseThrow()).count());
        assertThat(queries.get(queries.size() - 1).sql()).contains("book_title_search MATCH ?", "title GLOB");
    }

    @Test
    void aShortTermIsScanned() {
        List<ExecutedQuery> queries = catalog.db().captureQueries(() -> catalog.books()
                .filter(SearchQuery.parse("title:mi").toQ(catalog, false).orElseThrow()).count());
        assertThat(queries).singleElement().satisfies(q -> assertThat(q.sql()).doesNotContain("MATCH"));
    }

    static List<Long> ids(String query, boolean indexed) {
        SearchExpr expr = SearchQuery.parse(query).expression().orElseThrow();
        TextIndex index = indexed ? TextIndex.of(catalog.db()).orElseThrow() : null;
        Q q = SearchCompiler.compile(expr, catalog.authors(), catalog.db().objects(Loan.class), index);
        return Optional.of(q).map(catalog.books()::filter).orElseThrow().orderBy("id").valuesListFlat("id", Long.class).list();
    }
}
