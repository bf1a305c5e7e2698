package org.alcove.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.SeedGenres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** has:cover finds the books with a cover, -has:cover and not has:cover those without. */
class CoverSearchTest {
    @TempDir
    Path tmp;
    Catalog catalog;

    @BeforeEach
    void fill() {
        catalog = Catalog.open(tmp.resolve("c.alcove"));
        Author homer = catalog.authors().create(new Author("Homer", null));
        catalog.books().create(new Book("The Odyssey", homer, null, null, SeedGenres.fic(), 541).setCover("a".repeat(64) + ".jpg"));
        catalog.books().create(new Book("The Iliad", homer, null, null, SeedGenres.fic(), 683));
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    private List<String> search(String text) {
        var books = catalog.books();
        return SearchQuery.parse(text).toQ(catalog, false).map(books::filter).orElseThrow()
                .orderBy("title").valuesListFlat("title", String.class).list();
    }

    @Test
    void hasCoverFindsTheBooksWithOneAndItsNegationTheOthers() {
        assertThat(search("has:cover")).containsExactly("The Odyssey");
        assertThat(search("-has:cover")).containsExactly("The Iliad");
        assertThat(search("not has:cover homer")).containsExactly("The Iliad");
        assertThat(search("HAS:Cover odyssey")).containsExactly("The Odyssey");
    }

    @Test
    void hasSomethingElseIsAClearError() {
        assertThatThrownBy(() -> SearchQuery.parse("has:spine")).isInstanceOf(SearchSyntaxException.class)
                .hasMessageContaining("has:cover");
    }
}
