package org.alcove.catalog.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Copy;
import org.alcove.catalog.SeedGenres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's copies table: add, change and remove copies in one save, refused whole with one sentence. */
class CopiesEditingTest {
    @TempDir
    Path tmp;
    Catalog catalog;
    BookEditing editing;
    long emma;
    long persuasion;

    @BeforeEach
    void open() {
        catalog = Catalog.open(tmp.resolve("c.alcove"));
        Author austen = catalog.authors().create(new Author("Jane Austen", null));
        Book e = catalog.books().create(new Book("Emma", austen, null, null, SeedGenres.fic(), 474));
        Book p = catalog.books().create(new Book("Persuasion", austen, null, null, SeedGenres.fic(), 249));
        catalog.db().save(new Copy(e, "E-1").setLocation("Shelf 1"));
        catalog.db().save(new Copy(p, "P-1"));
        emma = e.getId();
        persuasion = p.getId();
        editing = new BookEditing(catalog);
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    @Test
    void copiesAreAddedChangedAndRemovedInOneSave() {
        CopyRow first = editing.copies(emma).get(0);
        assertThat(first).isEqualTo(new CopyRow(first.id(), "E-1", "Shelf 1", "", ""));
        List<CopyRow> saved = editing.saveCopies(emma, List.of(new CopyRow(first.id(), "E-1", "Shelf 2", "823 AUS", "worn"),
                new CopyRow(null, " E-2 ", "Shelf 2", "", "new")));
        assertThat(saved).extracting(CopyRow::barcode, CopyRow::location, CopyRow::callNumber, CopyRow::condition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("E-1", "Shelf 2", "823 AUS", "worn"),
                        org.assertj.core.groups.Tuple.tuple("E-2", "Shelf 2", "", "new"));
        editing.saveCopies(emma, List.of(saved.get(1)));
        assertThat(editing.copies(emma)).extracting(CopyRow::barcode).containsExactly("E-2");
    }

    @Test
    void aBarcodeGivenTwiceIsRefusedInOneSentenceAndNothingChanges() {
        assertThatThrownBy(() -> editing.saveCopies(emma, List.of(new CopyRow(null, "X-1", "", "", ""), new CopyRow(null, "x-1", "", "", ""))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The barcode x-1 is given to two copies; each copy needs its own. The copies were not saved.");
        assertThatThrownBy(() -> editing.saveCopies(emma, List.of(new CopyRow(null, "P-1", "", "", ""))))
                .hasMessage("The barcode P-1 belongs to a copy of \u201cPersuasion\u201d; each copy needs its own. The copies were not saved.");
        assertThatThrownBy(() -> editing.saveCopies(emma, List.of(new CopyRow(null, "has space", "", "", ""))))
                .hasMessageStartingWith("A barcode holds letters, digits and signs without spaces");
        assertThat(editing.copies(emma)).extracting(CopyRow::barcode).containsExactly("E-1");
        assertThat(editing.copies(persuasion)).extracting(CopyRow::barcode).containsExactly("P-1");
    }
}
