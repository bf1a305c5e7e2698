package org.alcove.catalog.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Copy;
import org.alcove.catalog.ReadingStatus;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.Series;
import org.alcove.catalog.Tag;
import org.alcove.orm.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sidebar's tags, series, statuses and locations: counts grouped in the database, terms that find the same books. */
class BookFacetsTest {
    @TempDir
    Path tmp;
    Catalog catalog;
    BookBrowser browser;
    BookFacets facets;

    @BeforeEach
    void fill() {
        String where;
        try (Database empty = org.alcove.catalog.CatalogFixture.empty(tmp)) {
            where = empty.location(); // the file, or the database on the test server
        }
        catalog = Catalog.open(where, false);
        Database db = catalog.db();
        Author homer = db.objects(Author.class).create(new Author("Homer", null));
        Author le = db.objects(Author.class).create(new Author("Ursula K. Le Guin", null));
        Book odyssey = book("The Odyssey", homer, ReadingStatus.READ);
        Book iliad = book("The Iliad", homer, ReadingStatus.READING);
        Book wizard = book("A Wizard of Earthsea", le, ReadingStatus.READ);
        Book tombs = book("The Tombs of Atuan", le, ReadingStatus.TO_READ);
        book("The Dispossessed", le, null);
        var tags = db.objects(Tag.class);
        Tag history = tags.create(new Tag("History"));
        Tag ancient = tags.create(new Tag("History.Ancient"));
        Tag greek = tags.create(new Tag("Literature.Greek"));
        Tag fantasy = tags.create(new Tag("Fantasy"));
        odyssey.tags().add(history, ancient, greek);
        iliad.tags().add(ancient, greek);
        wizard.tags().add(fantasy);
        tombs.tags().add(fantasy);
        Series earthsea = db.objects(Series.class).create(new Series("Earthsea"));
        Series cycle = db.objects(Series.class).create(new Series("Trojan Cycle"));
        db.save(wizard.setSeries(earthsea, BigDecimal.ONE));
        db.save(tombs.setSeries(earthsea, BigDecimal.valueOf(2)));
        db.save(iliad.setSeries(cycle, BigDecimal.ONE));
        db.save(new Copy(odyssey, "A1").setLocation("Shelf A"));
        db.save(new Copy(odyssey, "A2").setLocation("Shelf A"));
        db.save(new Copy(iliad, "A3").setLocation("Shelf A"));
        db.save(new Copy(wizard, "B1").setLocation("Réserve"));
        db.save(new Copy(tombs, "B2"));
        browser = new BookBrowser(catalog);
        facets = browser.facets();
    }

    private Book book(String title, Author author, ReadingStatus status) {
        Book b = new Book(title, author, LocalDate.of(1970, 1, 1), null, SeedGenres.fic(), 300);
        b.setStatus(status);
        return catalog.db().objects(Book.class).create(b);
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    /** Each entry's term, searched, finds as many books as the entry counts. */
    private void termsFindTheirCounts(List<FacetCount> rows) {
        for (FacetCount row : rows) {
            assertThat(browser.count(row.term())).as(row.term()).isEqualTo(row.count());
        }
    }

    @Test
    void tagsCountTheirBooksAndALevelCountsTheBooksUnderItOnce() {
        List<FacetCount> tags = facets.tags("", BookFilter.ALL, 10);
        assertThat(tags).extracting(FacetCount::label, FacetCount::term, FacetCount::count).containsExactly(
                tuple("Fantasy", "tag:Fantasy", 2L),
                tuple("History", "tag:History", 2L), // the Odyssey (History and History.Ancient) once, the Iliad under it
                tuple("History.Ancient", "tag:History.Ancient", 2L),
                tuple("Literature", "tag:Literature", 2L), // no book has it alone: a level above Literature.Greek
                tuple("Literature.Greek", "tag:Literature.Greek", 2L));
        termsFindTheirCounts(tags);
    }

    @Test
    void tagsFollowTheScopeTheFilterAndTheCap() {
        assertThat(facets.tags("", BookFilter.ALL.withSearch("odyssey"), 10)).extracting(FacetCount::label, FacetCount::count)
                .containsExactly(tuple("History", 1L), tuple("History.Ancient", 1L), tuple("Literature", 1L), tuple("Literature.Greek", 1L));
        assertThat(facets.tags("anc", BookFilter.ALL, 10)).extracting(FacetCount::label).containsExactly("History.Ancient");
        assertThat(facets.tags("", BookFilter.ALL, 2)).extracting(FacetCount::label).containsExactly("Fantasy", "History");
        assertThat(facets.tags("", BookFilter.ALL.withSearch("dispossessed"), 10)).isEmpty();
    }

    @Test
    void levelsCostTwoQueriesHoweverManyThereAre() {
        Database db = catalog.db();
        Book odyssey = db.objects(Book.class).get("title", "The Odyssey");
        for (int i = 0; i < 60; i++) {
            odyssey.tags().add(db.objects(Tag.class).create(new Tag("Level" + i + ".Leaf")));
        }
        List<FacetCount> tags = facets.tags("level", BookFilter.ALL, 1_000);
        assertThat(tags).hasSize(2 * (60)).allSatisfy(t -> assertThat(t.count()).isEqualTo(1));
        var queries = db.captureQueries(() -> facets.tags("", BookFilter.ALL, 1_000));
        assertThat(queries).hasSize(3); // the tag names, the books grouped by tag, the book–tag pairs
        Tag upper = db.objects(Tag.class).create(new Tag("LEVEL0.Other")); // any case: tag:Level0 finds it too
        db.objects(Book.class).get("title", "The Iliad").tags().add(upper);
        assertThat(facets.tags("level0", BookFilter.ALL, 10)).filteredOn(t -> t.label().equalsIgnoreCase("level0"))
                .singleElement().extracting(FacetCount::count).isEqualTo(2L);
    }

    @Test
    void seriesComeMostBooksFirstWithTermsThatFindThem() {
        List<FacetCount> series = facets.series("", BookFilter.ALL, 10);
        assertThat(series).extracting(FacetCount::label, FacetCount::term, FacetCount::count)
                .containsExactly(tuple("Earthsea", "series:Earthsea", 2L), tuple("Trojan Cycle", "series:\"Trojan Cycle\"", 1L));
        termsFindTheirCounts(series);
        assertThat(facets.series("troj", BookFilter.ALL, 10)).extracting(FacetCount::label).containsExactly("Trojan Cycle");
        assertThat(facets.series("", BookFilter.ALL.withSearch("author:homer"), 10)).extracting(FacetCount::label).containsExactly("Trojan Cycle");
    }

    @Test
    void everyStatusIsListedInItsOrderWithItsCount() {
        List<FacetCount> statuses = facets.statuses(BookFilter.ALL);
        assertThat(statuses).extracting(FacetCount::label, FacetCount::term, FacetCount::count).containsExactly(
                tuple("To read", "status:to-read", 1L), tuple("Reading", "status:reading", 1L),
                tuple("Read", "status:read", 2L), tuple("Abandoned", "status:abandoned", 0L));
        termsFindTheirCounts(statuses);
        assertThat(facets.statuses(BookFilter.ALL.withSearch("author:homer"))).extracting(FacetCount::count).containsExactly(0L, 1L, 1L, 0L);
    }

    @Test
    void locationsCountBooksNotCopiesAndLeaveOutCopiesWithNone() {
        List<FacetCount> locations = facets.locations("", BookFilter.ALL, 10);
        assertThat(locations).extracting(FacetCount::label, FacetCount::term, FacetCount::count)
                .containsExactly(tuple("Shelf A", "location:\"Shelf A\"", 2L), tuple("Réserve", "location:Réserve", 1L));
        termsFindTheirCounts(locations);
        assertThat(facets.locations("reserve", BookFilter.ALL, 10)).extracting(FacetCount::label).containsExactly("Réserve");
        assertThat(facets.locations("", BookFilter.ALL.withSearch("odyssey"), 10)).extracting(FacetCount::label, FacetCount::count)
                .containsExactly(tuple("Shelf A", 1L));
        assertThat(facets.locations("", BookFilter.ALL, 1)).hasSize(1);
    }

    @Test
    void countsAreGroupedQueriesThatReadNoBook() {
        var queries = catalog.db().captureQueries(() -> {
            facets.series("", BookFilter.ALL, 10);
            facets.statuses(BookFilter.ALL);
            facets.locations("", BookFilter.ALL.withGenre(SeedGenres.fic()), 10);
        });
        assertThat(queries).hasSize(3).allSatisfy(q -> assertThat(q.sql()).containsIgnoringCase("GROUP BY"));
    }
}
