package org.alcove.catalog.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.search.SearchQuery;
import org.alcove.catalog.search.SearchSyntaxException;
import org.alcove.orm.ExecutedQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dashboard's scope (a search text) and how the figures are queried. */
class StatsScopeTest {

    @TempDir
    Path dir;

    @BeforeEach
    void seed() {
        CatalogFixture.seeded(dir).close();
    }

    private Catalog open() {
        return Catalog.open(dir.resolve("catalog.alcove"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"austen", "author:orwell", "year:1800..1899", "genre:NON or pages:>400", "-genre:FIC", "year:1930..1939"})
    void aSearchTextGivesTheStatisticsOfItsQ(String search) {
        try (Catalog catalog = open()) {
            StatsService stats = new StatsService(catalog);
            assertThat(stats.compute(search)).isEqualTo(stats.compute(SearchQuery.parse(search).toQ()));
        }
    }

    @Test
    void aBlankSearchIsTheWholeCatalogue() {
        try (Catalog catalog = open()) {
            StatsService stats = new StatsService(catalog);
            assertThat(stats.compute("  ")).isEqualTo(stats.compute(Optional.empty()));
            assertThat(stats.compute((String) null).books()).isEqualTo(6);
        }
    }

    @Test
    void aBadSearchIsASyntaxErrorNotAnEmptyResult() {
        try (Catalog catalog = open()) {
            assertThatThrownBy(() -> new StatsService(catalog).compute("titel:x")).isInstanceOf(SearchSyntaxException.class);
        }
    }

    @Test
    void theNineteenthCenturyShelfHandComputed() {
        try (Catalog catalog = open()) {
            CatalogStats s = new StatsService(catalog).compute("year:1800..1899");
            assertThat(s.books()).isEqualTo(3);
            assertThat(s.authors()).isEqualTo(1);
            assertThat(s.pagesTotal()).isEqualTo(432 + 474 + 249);
            assertThat(s.pagesAverage()).isEqualTo((432 + 474 + 249) / 3.0);
            assertThat(s.genres()).containsExactly(new GenreStats(SeedGenres.fic(), 3, (432 + 474 + 249) / 3.0, 432 + 474 + 249));
            assertThat(s.decades()).containsExactly(new DecadeCount(1810, 3));
            assertThat(s.topAuthors()).containsExactly(new AuthorCount(s.topAuthors().get(0).authorId(), "Jane Austen", 3));
            assertThat(s.newest()).get().extracting(BookSummary::title).isEqualTo("Persuasion");
        }
    }

    @Test
    void emptyGenresAreLeftOutAndNoAverageIsNull() {
        try (Catalog catalog = open()) {
            CatalogStats s = new StatsService(catalog).compute(Optional.empty());
            assertThat(s.genres()).extracting(GenreStats::genre).containsExactly(SeedGenres.fic(), SeedGenres.non());
            assertThat(s.genres()).allSatisfy(g -> assertThat(g.pagesAverage()).isPositive());
            CatalogStats none = new StatsService(catalog).compute("genre:SCI");
            assertThat(none).isEqualTo(new CatalogStats(0, 0, 0, 0, List.of(), List.of(), List.of(), Optional.empty(), Optional.empty()));
            assertThat(Double.isNaN(none.pagesAverage())).isFalse();
        }
    }

    @Test
    void eachChartIsOneAggregateQuery() {
        try (Catalog catalog = open()) {
            List<ExecutedQuery> whole = catalog.db().captureQueries(() -> new StatsService(catalog).compute(Optional.empty()));
            // authors, genres (pie and both pages bars), decades, top authors (+ their ten names), oldest, newest
            assertThat(whole).hasSize(7);
            assertThat(sqlWith(whole, "group by")).hasSize(3);
            assertThat(sqlWith(whole, "group by").get(0)).contains("group by \"book\".\"genre_id\"");
            assertThat(sqlWith(whole, "group by").get(1)).contains("publication_date");
            assertThat(sqlWith(whole, "group by").get(2)).contains("author_id");
            assertThat(whole).allSatisfy(q -> assertThat(q.sql().toLowerCase(Locale.ROOT)).doesNotContain("select *"));
            List<ExecutedQuery> scoped = catalog.db().captureQueries(() -> new StatsService(catalog).compute("austen")).stream()
                    .filter(q -> !q.sql().startsWith("SELECT count(*) FROM (SELECT 1 FROM ")).toList(); // the search index's look-ups
            assertThat(scoped).hasSize(8);
            // the search runs once, reading the ids of the few books it finds; the seven queries read those books by id
            assertThat(scoped.stream().filter(q -> q.params().stream().anyMatch(p -> String.valueOf(p).toLowerCase(Locale.ROOT).contains("austen"))))
                    .singleElement().satisfies(q -> assertThat(q.sql()).startsWith("SELECT \"book\".\"id\" FROM \"book\""));
        }
    }

    @Test
    void aScopeOfMoreBooksThanAreReadByIdGivesTheSameFigures() {
        try (Catalog catalog = open()) {
            for (String search : List.of("austen", "austen or orwell or hobbit", "pages:>300")) {
                CatalogStats byIds = new StatsService(catalog).compute(search);
                CatalogStats bySearch = new StatsService(catalog, 1).compute(search);
                assertThat(bySearch).as(search).isEqualTo(byIds);
                assertThat(byIds.books()).as(search).isGreaterThan(1);
            }
        }
    }

    private static List<String> sqlWith(List<ExecutedQuery> queries, String text) {
        return queries.stream().map(q -> q.sql().toLowerCase(Locale.ROOT)).filter(s -> s.contains(text)).toList();
    }
}
