package org.alcove.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.ContributorRole;
import org.alcove.catalog.Copy;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.Tag;
import org.alcove.orm.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tag:, role:, barcode: and location: find books through their tags, credits and copies, each book once. */
class RelatedTermsSearchTest {
    @TempDir
    Path tmp;
    Catalog catalog;

    @BeforeEach
    void fill() {
        catalog = Catalog.open(tmp.resolve("c.alcove"));
        Database db = catalog.db();
        var authors = db.objects(Author.class);
        Author homer = authors.create(new Author("Homer", null));
        Author fagles = authors.create(new Author("Robert Fagles", null));
        Book odyssey = db.objects(Book.class).create(new Book("The Odyssey", homer, LocalDate.of(1996, 1, 1), null, SeedGenres.fic(), 541));
        Book iliad = db.objects(Book.class).create(new Book("The Iliad", homer, LocalDate.of(1990, 1, 1), null, SeedGenres.fic(), 683));
        Book herodotus = db.objects(Book.class).create(new Book("Histories", homer, LocalDate.of(2003, 1, 1), null, SeedGenres.his(), 700));
        odyssey.credit(homer, ContributorRole.AUTHOR);
        odyssey.credit(fagles, ContributorRole.TRANSLATOR);
        iliad.credit(homer, ContributorRole.AUTHOR);
        var tags = db.objects(Tag.class);
        Tag history = tags.create(new Tag("History"));
        Tag ancient = tags.create(new Tag("History.Ancient"));
        Tag historyx = tags.create(new Tag("Historyx"));
        odyssey.tags().add(history, ancient);
        iliad.tags().add(ancient);
        herodotus.tags().add(historyx);
        db.save(new Copy(odyssey, "A0001").setLocation("Shelf A"));
        db.save(new Copy(odyssey, "A0002").setLocation("Shelf A"));
        db.save(new Copy(iliad, "B0001").setLocation("Réserve"));
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    private List<String> search(String text) {
        var books = catalog.db().objects(Book.class);
        return SearchQuery.parse(text).toQ(catalog, false).map(books::filter).orElseThrow()
                .orderBy("title").valuesListFlat("title", String.class).list();
    }

    @Test
    void aTagFindsItsBooksAndTheBooksOfTagsUnderIt() {
        assertThat(search("tag:history")).containsExactly("The Iliad", "The Odyssey"); // the Odyssey once, not twice
        assertThat(search("tag:History.Ancient")).containsExactly("The Iliad", "The Odyssey");
        assertThat(search("tag:historyx")).containsExactly("Histories");
        assertThat(search("not tag:history")).containsExactly("Histories");
    }

    @Test
    void aRoleAndABarcodeFindTheirBooks() {
        assertThat(search("role:translator")).containsExactly("The Odyssey");
        assertThat(search("role:trl or barcode:b0001")).containsExactly("The Iliad", "The Odyssey");
        assertThat(search("barcode:A0001 barcode:A0002")).containsExactly("The Odyssey");
        assertThat(search("not role:translator")).containsExactly("Histories", "The Iliad");
        assertThatThrownBy(() -> SearchQuery.parse("role:singer")).isInstanceOf(SearchSyntaxException.class)
                .hasMessageContaining("Unknown role 'singer'");
        assertThatThrownBy(() -> SearchQuery.parse("tag:x").toQ()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLocationFindsTheBooksWithACopyThere() {
        assertThat(search("location:\"shelf a\"")).containsExactly("The Odyssey"); // two copies there, the book once
        assertThat(search("location:reserve")).containsExactly("The Iliad"); // accents ignored, as in other text terms
        assertThat(search("location:shelf or location:réserve")).containsExactly("The Iliad", "The Odyssey");
        assertThat(search("not location:shelf")).containsExactly("Histories", "The Iliad");
        assertThat(search("location:attic")).isEmpty();
    }
}
