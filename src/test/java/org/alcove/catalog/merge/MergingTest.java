package org.alcove.catalog.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Borrower;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.ContributorRole;
import org.alcove.catalog.Copy;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.Identifier;
import org.alcove.catalog.Reading;
import org.alcove.catalog.Tag;
import org.alcove.catalog.circulation.Circulation;
import org.alcove.orm.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Duplicates are found, and merged keeping every copy, credit, tag, reading, loan and field. */
class MergingTest {
    @TempDir
    Path tmp;
    Catalog catalog;
    Database db;
    Author austen;
    Author austen2;
    Book emma;
    Book emma2;
    Book persuasion;

    @BeforeEach
    void fill() {
        catalog = Catalog.open(tmp.resolve("c.alcove"));
        db = catalog.db();
        austen = catalog.authors().create(new Author("Jane Austen", LocalDate.of(1775, 12, 16)));
        austen2 = catalog.authors().create(new Author("Austen, Jane", null).setBiography("English novelist."));
        Author knox = catalog.authors().create(new Author("Bernard Knox", null));
        emma = catalog.books().create(new Book("Emma", austen, LocalDate.of(1815, 12, 23), "9780141439587", SeedGenres.fic(), 474));
        emma2 = catalog.books().create(new Book("Emma: A Novel", austen2, null, null, SeedGenres.fic(), 0).setPublisher("Penguin"));
        persuasion = catalog.books().create(new Book("Persuasion", austen, LocalDate.of(1817, 12, 20), "9780141439686", SeedGenres.fic(), 249));
        emma.credit(austen, ContributorRole.AUTHOR);
        emma2.credit(austen2, ContributorRole.AUTHOR);
        emma2.credit(knox, ContributorRole.EDITOR);
        Tag classics = db.objects(Tag.class).create(new Tag("Classics"));
        Tag romance = db.objects(Tag.class).create(new Tag("Romance"));
        emma.tags().add(classics);
        emma2.tags().add(classics, romance);
        db.save(new Copy(emma, "A1"));
        db.save(new Copy(emma2, "B1"));
        db.save(new Reading(emma2, null, LocalDate.of(2020, 5, 1)));
        db.save(new Identifier(emma2, "goodreads", "6969"));
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    @Test
    void likelyDuplicatesAreFoundByTitleAndAuthorOrByIsbn() {
        Book hobbit = catalog.books().create(new Book("The Hobbit", austen, null, "9780261103344", SeedGenres.fic(), 310));
        Book hobbit2 = catalog.books().create(new Book("Hobbit (Middle-earth, #0)", austen, null, null, SeedGenres.fic(), 300));
        db.save(new Identifier(hobbit2, "isbn13", "978-0-261-10334-4"));
        List<Duplicates.BookGroup> groups = new Duplicates(catalog).books();
        assertThat(groups).extracting(Duplicates.BookGroup::reason).containsExactly("the same title and author", "the same ISBN 9780261103344");
        assertThat(groups.get(0).books()).extracting(Duplicates.BookEntry::id).containsExactly(emma.getId(), emma2.getId());
        assertThat(groups.get(1).books()).extracting(Duplicates.BookEntry::id).containsExactly(hobbit.getId(), hobbit2.getId());
        assertThat(new Duplicates(catalog).authors()).singleElement()
                .satisfies(g -> assertThat(g.authors()).extracting(Duplicates.AuthorEntry::name).containsExactly("Jane Austen", "Austen, Jane"));
        assertThat(Duplicates.titleKey("The Hobbit: or There and Back Again")).isEqualTo(Duplicates.titleKey("Hobbit"));
        assertThat(Duplicates.titleKey("Émile")).isEqualTo("emile");
    }

    @Test
    void mergingBooksKeepsEveryRowAndFillsWhatTheKeptOneLacks() throws Exception {
        Circulation desk = new Circulation(catalog);
        Borrower ada = desk.addBorrower("Ada", "C1", "", "");
        desk.checkout("C1", "B1", null);
        Merging.Result r = new Merging(catalog).mergeBooks(emma.getId(), List.of(emma2.getId()));
        assertThat(r.merged()).isEqualTo(1);
        assertThat(Files.exists(r.backup())).isTrue();
        assertThat(r.backup().getParent().getFileName().toString()).isEqualTo("backups");
        assertThat(catalog.books().filter("id", emma2.getId()).exists()).isFalse();
        Book kept = catalog.books().get("id", emma.getId());
        assertThat(kept.getPublisher()).isEqualTo("Penguin");
        assertThat(kept.getIsbn()).isEqualTo("9780141439587");
        assertThat(kept.getPages()).isEqualTo(474);
        assertThat(kept.copies().valuesListFlat("barcode", String.class).list()).containsExactlyInAnyOrder("A1", "B1");
        assertThat(kept.readings().count()).isEqualTo(1);
        assertThat(kept.identifiers().valuesListFlat("value", String.class).list()).containsExactly("6969");
        assertThat(kept.tags().all().valuesListFlat("name", String.class).list()).containsExactlyInAnyOrder("Classics", "Romance");
        assertThat(kept.contributions().orderBy("position").list()).extracting(c -> c.getAuthor().getName() + ":" + c.getRole().code() + ":" + c.getPosition())
                .containsExactly("Jane Austen:aut:0", "Austen, Jane:aut:1", "Bernard Knox:edt:2");
        assertThat(db.objects(org.alcove.catalog.Loan.class).filter("book", emma.getId()).count()).isEqualTo(1);
        assertThat(db.objects(org.alcove.catalog.Loan.class).filter("borrower", ada).filter("book", emma.getId()).count()).isEqualTo(1);
        assertThat(db.integrityProblems()).isEmpty();
    }

    @Test
    void mergingAuthorsMovesTheirBooksAndCredits() throws Exception {
        new Merging(catalog).mergeAuthors(austen.getId(), List.of(austen2.getId()));
        assertThat(catalog.authors().filter("id", austen2.getId()).exists()).isFalse();
        Author kept = catalog.authors().get("id", austen.getId());
        assertThat(kept.getBiography()).isEqualTo("English novelist.");
        assertThat(kept.getBirthDate()).isEqualTo(LocalDate.of(1775, 12, 16));
        assertThat(kept.books().count()).isEqualTo(3);
        assertThat(catalog.books().get("id", emma2.getId()).contributions().filter("role", "aut").valuesListFlat("author__name", String.class).list())
                .containsExactly("Jane Austen");
    }

    @Test
    void aBadMergeIsRefusedAndChangesNothing() {
        long before = catalog.books().count();
        assertThatThrownBy(() -> new Merging(catalog).mergeBooks(emma.getId(), List.of(emma.getId())))
                .hasMessageContaining("at least one other");
        assertThatThrownBy(() -> new Merging(catalog).mergeBooks(emma.getId(), List.of(9999L))).hasMessageContaining("no book #9999");
        assertThat(catalog.books().count()).isEqualTo(before);
        assertThat(tmp.resolve("backups")).doesNotExist();
    }
}
