package org.alcove.catalog.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.search.SearchQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsServiceTest {

    @TempDir
    Path dir;

    @BeforeEach
    void seed() {
        CatalogFixture.seeded(dir).close();
    }

    @Test
    void wholeCatalogueFiguresComeFromAggregates() {
        try (Catalog catalog = Catalog.open(dir.resolve("catalog.alcove"))) {
            var queries = catalog.db().captureQueries(() -> new StatsService(catalog).compute(Optional.empty()));
            assertThat(queries).hasSizeLessThanOrEqualTo(7);
            CatalogStats stats = new StatsService(catalog).compute(Optional.empty());
            assertThat(stats.books()).isEqualTo(6);
            assertThat(stats.authors()).isEqualTo(4);
            assertThat(stats.pagesTotal()).isEqualTo(432 + 474 + 249 + 328 + 232 + 310);
            assertThat(stats.pagesAverage()).isEqualTo(2025 / 6.0);
            assertThat(stats.genres()).containsExactly(
                    new GenreStats(SeedGenres.fic(), 5, (432 + 474 + 249 + 328 + 310) / 5.0, 432 + 474 + 249 + 328 + 310),
                    new GenreStats(SeedGenres.non(), 1, 232, 232));
            assertThat(stats.decades()).containsExactly(new DecadeCount(1810, 3), new DecadeCount(1930, 2),
                    new DecadeCount(1940, 1));
            assertThat(stats.topAuthors()).extracting(AuthorCount::name, AuthorCount::books)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Jane Austen", 3L),
                            org.assertj.core.groups.Tuple.tuple("George Orwell", 2L),
                            org.assertj.core.groups.Tuple.tuple("J.R.R. Tolkien", 1L));
            assertThat(stats.oldest()).get().extracting(BookSummary::title, BookSummary::author, BookSummary::publicationDate)
                    .isEqualTo(List.of("Pride and Prejudice", "Jane Austen", LocalDate.of(1813, 1, 28)));
            assertThat(stats.newest()).get().extracting(BookSummary::title).isEqualTo("1984");
        }
    }

    @Test
    void aSearchScopeRestrictsEveryFigure() {
        try (Catalog catalog = Catalog.open(dir.resolve("catalog.alcove"))) {
            CatalogStats stats = new StatsService(catalog).compute(SearchQuery.parse("author:orwell").toQ());
            assertThat(stats.books()).isEqualTo(2);
            assertThat(stats.authors()).isEqualTo(1);
            assertThat(stats.pagesTotal()).isEqualTo(560);
            assertThat(stats.decades()).containsExactly(new DecadeCount(1930, 1), new DecadeCount(1940, 1));
            assertThat(stats.oldest()).get().extracting(BookSummary::title).isEqualTo("Homage to Catalonia");
        }
    }

    @Test
    void anEmptyCatalogueHasZeroesAndNoEdges() {
        try (Catalog catalog = Catalog.open(dir.resolve("empty.alcove"))) {
            CatalogStats stats = new StatsService(catalog).compute(Optional.empty());
            assertThat(stats).isEqualTo(new CatalogStats(0, 0, 0, 0, List.of(), List.of(), List.of(),
                    Optional.empty(), Optional.empty()));
        }
    }
}
