package org.alcove.catalog.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Copy;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.Reading;
import org.alcove.catalog.ReadingStatus;
import org.alcove.catalog.Tag;
import org.alcove.catalog.search.SearchQuery;
import org.alcove.orm.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tags, ratings, statuses, readings per year and copies per location, for all books or a search's. */
class CollectionStatsTest {
    @TempDir
    Path tmp;

    private static CollectionStats.Named n(String name, long count) {
        return new CollectionStats.Named(name, count);
    }

    @Test
    void theCollectionIsCountedByTagRatingStatusYearAndLocation() {
        try (Catalog catalog = Catalog.open(tmp.resolve("c.alcove"))) {
            Database db = catalog.db();
            Author a = catalog.authors().create(new Author("Ann", null));
            Book one = catalog.books().create(new Book("One", a, LocalDate.of(2000, 1, 1), null, SeedGenres.fic(), 1)
                    .setRating(new BigDecimal("4.5")).setStatus(ReadingStatus.READ));
            Book two = catalog.books().create(new Book("Two", a, LocalDate.of(2001, 1, 1), null, SeedGenres.sci(), 1)
                    .setRating(new BigDecimal("4.5")));
            catalog.books().create(new Book("Three", a, LocalDate.of(2002, 1, 1), null, SeedGenres.sci(), 1).setRating(new BigDecimal("2")));
            catalog.books().create(new Book("Four", a, LocalDate.of(2003, 1, 1), null, SeedGenres.his(), 1));
            Tag classics = db.objects(Tag.class).create(new Tag("Classics"));
            Tag space = db.objects(Tag.class).create(new Tag("Space"));
            one.tags().add(classics, space);
            two.tags().add(space);
            db.save(new Reading(one, null, LocalDate.of(2020, 3, 1)));
            db.save(new Reading(one, null, LocalDate.of(2021, 3, 1)));
            db.save(new Reading(two, null, LocalDate.of(2021, 5, 1)));
            db.save(new Reading(two, LocalDate.of(2022, 1, 1), null));
            db.save(new Copy(one, "A1").setLocation("Shelf 1"));
            db.save(new Copy(one, "A2").setLocation("Shelf 1"));
            db.save(new Copy(two, "B1"));

            CollectionStats all = new StatsService(catalog).collection(Optional.empty());
            assertThat(all.tags()).containsExactly(n("Space", 2), n("Classics", 1));
            assertThat(all.ratings()).containsExactly(n("2", 1), n("4.5", 2));
            assertThat(all.unrated()).isEqualTo(1);
            assertThat(all.statuses()).containsExactly(n("", 3), n("read", 1));
            assertThat(all.readPerYear()).containsExactly(n("2020", 1), n("2021", 2));
            assertThat(all.copiesPerLocation()).containsExactly(n("Shelf 1", 2), n("", 1));

            CollectionStats science = new StatsService(catalog).collection(SearchQuery.parse("genre:SCI").toQ(catalog, false));
            assertThat(science.tags()).containsExactly(n("Space", 1));
            assertThat(science.readPerYear()).containsExactly(n("2021", 1));
            assertThat(science.copiesPerLocation()).containsExactly(n("", 1));
        }
    }
}
