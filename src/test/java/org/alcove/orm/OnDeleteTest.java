package org.alcove.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.orm.testmodels.Edition;
import org.alcove.orm.testmodels.Printing;
import org.alcove.orm.testmodels.Publisher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnDeleteTest {
    @TempDir
    Path dir;
    Database db;
    Publisher keep;
    Publisher gone;

    @BeforeEach
    void open() {
        db = TestBackend.open(dir.resolve("ondelete.db"), Publisher.class, Edition.class, Printing.class);
        db.schemaEditor().createModels(Publisher.class, Edition.class, Printing.class);
        keep = db.objects(Publisher.class).create(new Publisher("Keep"));
        gone = db.objects(Publisher.class).create(new Publisher("Gone"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Edition edition(String title, java.util.function.Consumer<Edition> setup) {
        Edition e = new Edition(title, keep);
        setup.accept(e);
        return db.save(e);
    }

    @Test
    void cascadeDeletesChildrenAndGrandchildrenAndCountsPerModel() {
        Edition e = edition("A", x -> x.cascade = gone);
        db.save(new Printing(1, e));
        db.save(new Printing(2, e));
        edition("B", x -> { });

        DeleteResult r = gone.delete();

        assertThat(r.perModel()).isEqualTo(Map.of("Publisher", 1, "Edition", 1, "Printing", 2));
        assertThat(db.objects(Edition.class).valuesListFlat("title", String.class).list()).containsExactly("B");
        assertThat(db.objects(Printing.class).count()).isZero();
    }

    @Test
    void protectRefusesNamingTheProtectingObjectsAndDeletesNothing() {
        edition("Guarded", x -> x.protect = gone);

        assertThatThrownBy(() -> db.objects(Publisher.class).filter("name", "Gone").delete())
                .isInstanceOf(ProtectedError.class)
                .hasMessageStartingWith("Cannot delete some instances of model 'Publisher' because they are referenced through protected foreign keys: 'Edition.protect'.")
                .satisfies(e -> assertThat(((ProtectedError) e).protectedObjects()).hasSize(1));
        assertThat(db.objects(Publisher.class).count()).isEqualTo(2);
    }

    @Test
    void restrictRefusesUnlessTheReferrerIsDeletedByTheSameCascade() {
        edition("Restricted", x -> x.restrict = gone);
        assertThatThrownBy(() -> gone.delete()).isInstanceOf(ProtectedError.class).hasMessageContaining("restricted foreign keys: 'Edition.restrict'");

        db.objects(Edition.class).delete();
        edition("Both", x -> {
            x.restrict = gone;
            x.cascade = gone;
        });
        DeleteResult r = db.objects(Publisher.class).filter("name", "Gone").delete();
        assertThat(r.perModel()).containsEntry("Edition", 1).containsEntry("Publisher", 1);
    }

    @Test
    void setNullAndSetDefaultRewriteTheReference() {
        Edition nulled = edition("Nulled", x -> x.setNull = gone);
        Edition defaulted = edition("Defaulted", x -> x.setDefault = gone);

        gone.delete();

        nulled.refreshFromDb();
        defaulted.refreshFromDb();
        assertThat(nulled.setNull).isNull();
        assertThat(defaulted.setDefault.getId()).isEqualTo(keep.getId());
    }

    @Test
    void doNothingLeavesItToTheDatabaseWhichRefusesTheDanglingReference() {
        edition("Dangling", x -> x.doNothing = gone);
        assertThatThrownBy(() -> gone.delete()).isInstanceOf(IntegrityError.class).hasMessageContaining("FOREIGN KEY");
        assertThat(db.objects(Publisher.class).count()).isEqualTo(2);
    }

    @Test
    void aCascadeOverTenThousandBooksIsAHandfulOfStatements(@TempDir Path other) {
        try (Database cat = CatalogFixture.empty(other)) {
            Author prolific = cat.objects(Author.class).create(new Author("Prolific", null));
            Author kept = cat.objects(Author.class).create(new Author("Kept", null));
            List<Book> books = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                books.add(new Book("B" + i, i % 10 == 0 ? kept : prolific, LocalDate.of(2000, 1, 1), String.format("978%010d", i), SeedGenres.fic(), i));
            }
            cat.objects(Book.class).bulkCreate(books);

            DeleteResult[] result = new DeleteResult[1];
            List<ExecutedQuery> queries = cat.captureQueries(() -> result[0] = cat.objects(Author.class).filter("name", "Prolific").delete());

            assertThat(result[0].perModel()).isEqualTo(Map.of("Author", 1, "Book", 9_000));
            assertThat(cat.objects(Book.class).count()).isEqualTo(1_000);
            // Set-based: a statement or two per table the cascade reaches (book and its contributions,
            // tags, identifiers, readings, copies, holds; loans and tallies set to null), never one per
            // row: 90 books take as many as 9,000.
            assertThat(queries.size()).isLessThanOrEqualTo(15);
            Author few = cat.objects(Author.class).create(new Author("Few", null));
            List<Book> more = new ArrayList<>();
            for (int i = 0; i < 90; i++) {
                more.add(new Book("C" + i, few, LocalDate.of(2000, 1, 1), String.format("979%010d", i), SeedGenres.fic(), i));
            }
            cat.objects(Book.class).bulkCreate(more);
            assertThat(cat.captureQueries(() -> cat.objects(Author.class).filter("name", "Few").delete())).hasSameSizeAs(queries);
        }
    }

    @Test
    void countsOverTwoReverseRelationsDoNotMultiplyEachOther() {
        for (String t : List.of("c1", "c2")) {
            db.objects(Edition.class).create(new Edition(t, gone));
        }
        for (String t : List.of("p1", "p2", "p3")) {
            edition(t, e -> e.protect = gone);
        }
        Publisher counted = db.objects(Publisher.class).annotate("cascaded", Count.of("cascaded"))
                .annotate("protectedEditions", Count.of("protected_editions")).get("name", "Gone");
        // Two LEFT JOINs grouped by publisher would give 2 x 3 = 6 for both, as Django's do.
        assertThat(counted.number("cascaded")).isEqualTo(2L);
        assertThat(counted.number("protectedEditions")).isEqualTo(3L);
    }
}
