package org.alcove.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.alcove.orm.Database;
import org.alcove.orm.IntegrityError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue model of migrations 0005 and 0006: what real collections hold (contributors with
 * roles, series, tags, identifiers, optional ISBN, dates with precision and BCE years, reading,
 * copies), and a catalogue made by release 0.1 migrating forward and back with nothing lost.
 */
class CatalogueModelTest {
    @TempDir
    Path tmp;

    /** A catalogue written by Alcove 0.1 (migrations 0001-0004): 5 authors, 7 books, imported with its own CLI. */
    private Path releaseCatalogue() throws IOException {
        Path file = tmp.resolve("v01.alcove");
        try (InputStream in = getClass().getResourceAsStream("v0.1-catalogue.alcove")) {
            Files.copy(in, file);
        }
        return file;
    }

    private static List<String> dump(Database db) {
        List<String> rows = new java.util.ArrayList<>(db.query("SELECT a.name, coalesce(a.birth_date, ''), a.biography FROM author a ORDER BY a.id", List.of(),
                rs -> "author|" + rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)));
        // since 0009 the genre is a row: its code is what the book held before
        boolean genreRows = db.query("SELECT name FROM pragma_table_info('book')", List.of(), rs -> rs.getString(1)).contains("genre_id");
        String genre = genreRows ? "(SELECT g.code FROM genre g WHERE g.id = b.genre_id)" : "b.genre";
        rows.addAll(db.query("SELECT b.title, a.name, b.publication_date, b.isbn, " + genre + ", b.pages FROM book b JOIN author a ON a.id = b.author_id ORDER BY b.id",
                List.of(), rs -> "book|" + rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                        + rs.getString(5) + "|" + rs.getInt(6)));
        return rows;
    }

    @Test
    void aReleaseCatalogueMigratesForwardKeepingEveryFieldAndRollsBack() throws IOException {
        Path file = releaseCatalogue();
        List<String> before;
        try (Database raw = Database.open(file)) {
            before = dump(raw);
        }
        assertThat(before).hasSize(12).contains("book|The Odyssey|Homer|1996-11-01|9780140268867|FIC|541",
                "author|Émile Zola|1840-04-02|Fondateur du naturalisme.");
        assertThatThrownBy(() -> Catalog.open(file)).isInstanceOf(MigrationRequiredException.class)
                .hasMessageContaining("0005_catalogue_model_2, 0006_fill_contributions, 0007_circulation, 0008_search_index");

        try (Catalog catalog = Catalog.open(file, true)) {
            assertThat(catalog.migrationBackup()).isPresent();
            Database db = catalog.db();
            assertThat(dump(db)).isEqualTo(before);
            for (Book b : db.objects(Book.class).selectRelated("author").list()) {
                List<Contribution> credits = b.contributions().list();
                assertThat(credits).as(b.getTitle()).hasSize(1);
                assertThat(credits.get(0).getAuthor()).isEqualTo(b.getAuthor());
                assertThat(credits.get(0).getRole()).isEqualTo(ContributorRole.AUTHOR);
                assertThat(credits.get(0).getPosition()).isZero();
                assertThat(b.getDatePrecision()).isEqualTo(DatePrecision.DAY);
                assertThat(b.getStatus()).isNull();
                assertThat(b.getSeries()).isNull();
            }
            assertThat(db.objects(Author.class).orderBy("id").list()).extracting(Author::getSortName)
                    .containsExactly("Le Guin, Ursula K.", "Austen, Jane", "Zola, Émile", "Homer", "Beard, Mary");
            assertThat(db.query("SELECT sort_name FROM author WHERE name = 'Homer'", List.of(), rs -> rs.getString(1))).containsExactly("Homer");
            assertThat(db.objects(Author.class).get("name", "Jane Austen").contributedBooks().all().list()).extracting(Book::getTitle)
                    .containsExactlyInAnyOrder("Pride and Prejudice", "Emma");
        }

        try (CatalogMigrations m = CatalogMigrations.open(file)) {
            m.migrateTo("0004_author_name_index", null);
        }
        try (Database raw = Database.open(file)) {
            assertThat(dump(raw)).isEqualTo(before);
            assertThat(raw.tableNames()).doesNotContain("contribution", "series", "tag", "copy", "reading", "identifier", "book_tags");
        }
    }

    @Test
    void booksHoldWhatRealCollectionsKeep() {
        try (Database db = CatalogFixture.empty(tmp)) {
            var authors = db.objects(Author.class);
            Author homer = authors.create(new Author("Homer", null));
            Author fagles = authors.create(new Author("Robert Fagles", null));
            Author knox = authors.create(new Author("Bernard Knox", null));

            // The Odyssey, c. 700 BCE, in a translation known only by its year, without an ISBN.
            Book odyssey = new Book("The Odyssey", homer, null, null, SeedGenres.fic(), 541).setFirstPublished(-700)
                    .setPublicationDate(LocalDate.of(1996, 11, 14), DatePrecision.YEAR).setLanguage("en").setPublisher("Penguin");
            db.save(odyssey);
            odyssey.credit(homer, ContributorRole.AUTHOR);
            odyssey.credit(fagles, ContributorRole.TRANSLATOR);
            odyssey.credit(knox, ContributorRole.EDITOR);
            Book reread = db.objects(Book.class).get("pk", odyssey.getId());
            assertThat(reread.getIsbn()).isNull();
            assertThat(reread.getFirstPublished()).isEqualTo(-700);
            assertThat(reread.getPublicationDate()).isEqualTo(LocalDate.of(1996, 1, 1));
            assertThat(reread.publicationDateText()).isEqualTo("1996");
            assertThat(reread.contributions().list()).extracting(c -> c.getAuthor().getName() + ":" + c.getRole().code() + ":" + c.getPosition())
                    .containsExactly("Homer:aut:0", "Robert Fagles:trl:1", "Bernard Knox:edt:2");
            assertThat(db.objects(Book.class).filter("contributions__role", ContributorRole.TRANSLATOR.code())
                    .filter("contributions__author__name", "Robert Fagles").count()).isEqualTo(1);
            assertThat(fagles.contributedBooks().all().list()).containsExactly(odyssey);

            // A second book without an ISBN is fine; a repeated ISBN is not.
            db.save(new Book("Untitled pamphlet", homer, null, "", SeedGenres.non(), 12));
            db.save(new Book("Emma", homer, LocalDate.of(1815, 12, 23), "9780141439587", SeedGenres.fic(), 474));
            assertThatThrownBy(() -> db.save(new Book("Emma again", homer, LocalDate.of(1815, 12, 23), "9780141439587", SeedGenres.fic(), 474)))
                    .isInstanceOf(IntegrityError.class);

            // Series with a decimal index; hierarchical tags.
            Series earthsea = db.objects(Series.class).create(new Series("Earthsea"));
            Book tales = new Book("Tales from Earthsea", homer, LocalDate.of(2001, 5, 1), null, SeedGenres.fic(), 296)
                    .setSeries(earthsea, new BigDecimal("4.5")).setPublicationDate(LocalDate.of(2001, 5, 17), DatePrecision.MONTH);
            db.save(tales);
            assertThat(db.objects(Book.class).get("pk", tales.getId()).getSeriesIndex()).isEqualByComparingTo("4.5");
            assertThat(db.objects(Book.class).get("pk", tales.getId()).publicationDateText()).isEqualTo("2001-05");
            assertThat(earthsea.books().list()).containsExactly(tales);
            Tag ancient = db.objects(Tag.class).create(new Tag("History.Ancient"));
            Tag classics = db.objects(Tag.class).create(new Tag("Classics"));
            odyssey.tags().add(ancient, classics);
            assertThat(ancient.parentName()).contains("History");
            assertThat(db.objects(Book.class).filter("tags__name__startswith", "History").list()).containsExactly(odyssey);

            // Reading, rating in halves, several readings, identifiers, copies with unique barcodes.
            odyssey.setStatus(ReadingStatus.READ).setRating(new BigDecimal("4.5")).setReview("Wine-dark.");
            db.save(odyssey);
            db.save(new Reading(odyssey, LocalDate.of(2019, 1, 2), LocalDate.of(2019, 2, 1)));
            db.save(new Reading(odyssey, null, LocalDate.of(2023, 8, 1)));
            db.save(new Identifier(odyssey, "OCLC", "35637537"));
            db.save(new Copy(odyssey, "A0001").setLocation("Shelf 3").setCallNumber("883.01 HOM").setPrice(new BigDecimal("12.50")));
            db.save(new Copy(odyssey, null).setLocation("Office"));
            db.save(new Copy(odyssey, null));
            assertThatThrownBy(() -> db.save(new Copy(tales, "A0001"))).isInstanceOf(IntegrityError.class);
            Book again = db.objects(Book.class).get("pk", odyssey.getId());
            assertThat(again.getStatus()).isEqualTo(ReadingStatus.READ);
            assertThat(again.getRating()).isEqualByComparingTo("4.5");
            assertThat(again.readings().count()).isEqualTo(2);
            assertThat(again.identifiers().list()).extracting(i -> i.getScheme() + ":" + i.getValue()).containsExactly("oclc:35637537");
            assertThat(again.copies().count()).isEqualTo(3);
            assertThat(db.objects(Book.class).filter("copies__barcode", "A0001").list()).containsExactly(odyssey);
            assertThat(db.objects(Book.class).filter("rating__gte", new BigDecimal("4")).list()).containsExactly(odyssey);

            // The search language reaches the new fields; a BCE year is the year the work first appeared.
            java.util.function.Function<String, List<String>> search = text -> org.alcove.catalog.search.SearchQuery.parse(text).toQ()
                    .map(db.objects(Book.class)::filter).orElseThrow().orderBy("title").list().stream().map(Book::getTitle).toList();
            assertThat(search.apply("year:-800..0")).containsExactly("The Odyssey");
            assertThat(search.apply("year:1815")).containsExactly("Emma");
            assertThat(search.apply("status:read rating:>=4 lang:EN publisher:peng")).containsExactly("The Odyssey");
            assertThat(search.apply("series:earth")).containsExactly("Tales from Earthsea");
            assertThat(search.apply("not series:earth")).doesNotContain("Tales from Earthsea").contains("The Odyssey", "Emma");

            // Deleting the book takes its credits, copies, readings, identifiers and tag links with it.
            odyssey.delete();
            assertThat(db.rowCounts()).containsEntry("contribution", 0L).containsEntry("copy", 0L).containsEntry("reading", 0L)
                    .containsEntry("identifier", 0L).containsEntry("book_tags", 0L).containsEntry("tag", 2L);
        }
    }

    @Test
    void badValuesAreRefusedWithAClearMessage() {
        Book b = new Book();
        assertThatThrownBy(() -> b.setRating(new BigDecimal("7"))).hasMessage("rating 7 must be 0 to 5 in halves (0, 0.5, ..., 5)");
        assertThatThrownBy(() -> b.setRating(new BigDecimal("3.2"))).hasMessageContaining("in halves");
        assertThatThrownBy(() -> b.setRating(new BigDecimal("-0.5"))).hasMessageContaining("in halves");
        assertThat(b.setRating(new BigDecimal("3.5")).getRating()).isEqualByComparingTo("3.5");
        assertThat(b.setRating(new BigDecimal("0")).getRating()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> b.setFirstPublished(0)).hasMessageContaining("there is no year 0");
        assertThatThrownBy(() -> b.setSeries(new Series("S"), new BigDecimal("1.255"))).hasMessageContaining("at most two decimals");
        assertThatThrownBy(() -> new Reading(b, LocalDate.of(2020, 2, 1), LocalDate.of(2020, 1, 1))).hasMessageContaining("before it starts");
        assertThatThrownBy(() -> new Identifier(b, "no spaces here", "1")).hasMessageContaining("identifier scheme");
        assertThatThrownBy(() -> new Copy(b, "X").setPrice(new BigDecimal("-1"))).hasMessageContaining("cannot be negative");
    }

    @Test
    void aSortNameIsStoredForNewAuthorsAndFollowsARenameUnlessSetByHand() {
        try (Database db = CatalogFixture.empty(tmp)) {
            Author leGuin = db.objects(Author.class).create(new Author("Ursula K. Le Guin", null));
            Author custom = db.objects(Author.class).create(new Author("Mary Beard", null).setSortName("BEARD"));
            leGuin.setName("Ursula Kroeber Le Guin");
            custom.setName("Mary Ritchie Beard");
            db.save(leGuin);
            db.save(custom);
            assertThat(db.query("SELECT sort_name FROM author ORDER BY sort_name", List.of(), rs -> rs.getString(1)))
                    .containsExactly("BEARD", "Le Guin, Ursula Kroeber");
        }
    }

    @Test
    void bothFormsOfANameResolveToOnePerson() {
        assertThat(Names.displayForm("Muir, Tamsyn")).isEqualTo("Tamsyn Muir");
        assertThat(Names.key("Muir,  Tamsyn")).isEqualTo(Names.key("Tamsyn Muir"));
        assertThat(Names.key("Boulgakov, Mikhaïl")).isEqualTo(Names.key("Mikhail Boulgakov")).isEqualTo("mikhail boulgakov");
        assertThat(Names.key("J.R.R. Tolkien")).isEqualTo(Names.key("J. R. R. Tolkien")).isEqualTo(Names.key("Tolkien, J.R.R."))
                .isEqualTo("jrr tolkien");
        assertThat(Names.key("A A Milne")).isEqualTo(Names.key("A. A. Milne")).isEqualTo("aa milne");
        assertThat(Names.key("Ann Smith")).isNotEqualTo(Names.key("Anne Smith"));
        assertThat(Names.sortForm("Ursula K. Le Guin")).isEqualTo("Le Guin, Ursula K.");
        assertThat(Names.displayForm("Le Guin, Ursula K.")).isEqualTo("Ursula K. Le Guin");
        assertThat(Names.sortForm("Ludwig van Beethoven")).isEqualTo("van Beethoven, Ludwig");
        assertThat(Names.sortForm("Martin Luther King Jr.")).isEqualTo("King, Martin Luther, Jr.");
        assertThat(Names.displayForm("King, Martin Luther, Jr.")).isEqualTo("Martin Luther King Jr.");
        assertThat(Names.sortForm("Homer")).isEqualTo("Homer");
        assertThat(Names.sortForm("Le Guin, Ursula K.")).isEqualTo("Le Guin, Ursula K.");
        assertThat(ContributorRole.parse("Translator")).contains(ContributorRole.TRANSLATOR);
        assertThat(ContributorRole.parse("edt")).contains(ContributorRole.EDITOR);
        assertThat(ReadingStatus.parse("to read")).contains(ReadingStatus.TO_READ);
        assertThat(ReadingStatus.parse("TO_READ")).contains(ReadingStatus.TO_READ);
        assertThat(ReadingStatus.parse("finished")).isEmpty();
    }
}
