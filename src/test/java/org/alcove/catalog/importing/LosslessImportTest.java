package org.alcove.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Contribution;
import org.alcove.catalog.ContributorRole;
import org.alcove.catalog.Copy;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.Identifier;
import org.alcove.catalog.Reading;
import org.alcove.catalog.ReadingStatus;
import org.alcove.catalog.Tag;
import org.alcove.catalog.io.BookReadOptions;
import org.alcove.catalog.io.GenreMapping;
import org.alcove.catalog.io.ImportFormat;
import org.alcove.catalog.io.ImportWarning;
import org.alcove.catalog.io.RealExports;
import org.alcove.catalog.io.RowError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: real exports of each format go into a real catalogue keeping every field the model
 * holds; a second source merges into the books it shares with the first; hostile variants are
 * reported, not lost.
 */
class LosslessImportTest {

    @TempDir
    Path dir;
    Catalog catalog;

    @BeforeEach
    void open() {
        catalog = Catalog.open(dir.resolve("c.alcove"));
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    private ImportReport run(Path file, ImportFormat format) throws IOException {
        return run(file, format, ImportOptions.defaults());
    }

    private ImportReport run(Path file, ImportFormat format, ImportOptions options) throws IOException {
        return new ImportService(catalog).run(file, format, options, ImportListener.NONE, () -> false);
    }

    private ImportReport real(String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            RealExports.copy(dir, name);
        }
        ImportFormat format = ImportService.detect(file).orElseThrow();
        return run(file, format);
    }

    private Book book(String title) {
        return catalog.books().get("title", title);
    }

    private List<String> tags(Book b) {
        return b.tags().all().orderBy("name").valuesListFlat("name", String.class).list();
    }

    private List<Object> identifier(Book b, String scheme) {
        return catalog.db().objects(Identifier.class).filter("book", b.getId()).filter("scheme", scheme)
                .valuesListFlat("value", Object.class).list();
    }

    private List<List<Object>> credits(Book b) {
        return catalog.db().objects(Contribution.class).filter("book", b.getId()).orderBy("position")
                .valuesList("author__name", "role", "position").list();
    }

    private long count(Class<? extends org.alcove.orm.Model> model) {
        return catalog.db().objects(model).count();
    }

    @Test
    void aRealGoodreadsExportKeepsSeriesCoAuthorsShelvesReadingsAndBooksWithoutIsbn() throws IOException {
        ImportReport report = real("goodreads.csv");

        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.rejected()).isZero();
        Book gideon = book("Gideon the Ninth");
        assertThat(gideon.getSeries().getName()).isEqualTo("The Locked Tomb");
        assertThat(gideon.getSeriesIndex()).isEqualByComparingTo("1");
        assertThat(gideon.getIsbn()).isEqualTo("9781250313195");
        assertThat(identifier(gideon, "isbn10")).containsExactly("1250313198");
        assertThat(identifier(gideon, "goodreads")).containsExactly("42036538");
        assertThat(gideon.getRating()).isEqualByComparingTo("3");
        assertThat(gideon.getStatus()).isEqualTo(ReadingStatus.READ);
        assertThat(gideon.getPublisher()).isEqualTo("Tor");
        assertThat(gideon.getFormat()).isEqualTo("Hardcover");
        assertThat(gideon.getFirstPublished()).isEqualTo(2019);
        assertThat(gideon.readings().valuesListFlat("finished", Object.class).list()).containsExactly(LocalDate.of(2020, 10, 25));
        Book subcutanean = book("Subcutanean");
        assertThat(subcutanean.getIsbn()).as("a book without ISBN is imported").isNull();
        assertThat(subcutanean.getRating()).as("0 stars is unrated on Goodreads").isNull();
        Book patisserie = book("Patisserie at Home");
        assertThat(credits(patisserie)).containsExactly(List.of("Mélanie Dupuis", ContributorRole.AUTHOR, 0),
                List.of("Anne Cazor", ContributorRole.CONTRIBUTOR, 1));
        assertThat(patisserie.getReview()).isEqualTo("mixed feelings");
        assertThat(patisserie.readings().count()).as("Read Count 2").isEqualTo(2);
    }

    @Test
    void everyRealExportImportsWithoutARejectedRow() throws IOException {
        for (String name : List.of("goodreads.csv", "librarything.tsv", "storygraph.csv", "calibre.csv",
                "openreads-csv-example.csv", "bookwyrm.csv", "generic.csv")) {
            ImportReport report = real(name);
            assertThat(report.rejected()).as(name).isZero();
            assertThat(report.committed()).as(name).isTrue();
        }
        assertThat(catalog.books().count()).isEqualTo(17);
        assertThat(catalog.authors().filter("name", "Tamsyn Muir").count()).as("one Tamsyn Muir").isEqualTo(1);
    }

    @Test
    void storyGraphCalibreOpenreadsAndBookWyrmKeepTheirFields() throws IOException {
        real("storygraph.csv");
        Book home = book("Always Coming Home");
        assertThat(credits(home)).extracting(c -> c.get(0), c -> c.get(1)).containsExactly(
                tuple("Ursula K. Le Guin", ContributorRole.AUTHOR), tuple("Todd Barton", ContributorRole.AUTHOR),
                tuple("Margaret Chodos-Irvine", ContributorRole.AUTHOR));
        assertThat(home.getStatus()).isEqualTo(ReadingStatus.TO_READ);
        Book crisis = book("Subprime Attention Crisis");
        assertThat(crisis.getIsbn()).as("an ISBN-10 in ISBN/UID").isEqualTo("9780374538651");
        assertThat(tags(crisis)).containsExactly("Mood.informative", "Pace.fast");
        assertThat(crisis.getRating()).isEqualByComparingTo("5");

        real("calibre.csv");
        Book witchcraft = book("That Ain't Witchcraft");
        assertThat(witchcraft.getSeries().getName()).isEqualTo("InCryptid");
        assertThat(witchcraft.getSeriesIndex()).isEqualByComparingTo("8");
        assertThat(witchcraft.getPublicationDate()).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(witchcraft.getLanguage()).isEqualTo("eng");
        assertThat(witchcraft.getDescription()).startsWith("REPLACED COMMENTS");
        assertThat(identifier(witchcraft, "goodreads")).containsExactly("39077187");
        assertThat(identifier(witchcraft, "calibre-uuid")).containsExactly("3051ed45-8943-4900-a22a-d2704e3583df");
        assertThat(tags(witchcraft)).containsExactly("Cryptids", "Fantasy", "Magic", "Romance");

        real("openreads-csv-example.csv");
        Book record = book("Permanent Record");
        assertThat(record.readings().valuesList("started", "finished").list())
                .containsExactly(List.of(LocalDate.of(2023, 10, 27), LocalDate.of(2023, 11, 28)));
        assertThat(tags(record)).containsExactly("favourite");
        assertThat(identifier(record, "openlibrary")).containsExactly("OL27260330M");
        assertThat(book("The Divide").getRating()).isEqualByComparingTo("4.5");
        assertThat(tags(book("Wild Flowers Electric Beasts"))).contains("Solarpunk");
        assertThat(book("The road to winter").getAuthor().getId())
                .isEqualTo(catalog.authors().get("name", "Mark Smith").getId());

        real("bookwyrm.csv");
        Book simple = book("Ottolenghi Simple");
        assertThat(simple.getGenre()).as("the Cooking shelf maps to non-fiction").isEqualTo(SeedGenres.non());
        assertThat(tags(simple)).containsExactly("Cooking");
        assertThat(simple.getReview()).isEqualTo("Too much tahini\n...in his hummus");
        assertThat(identifier(simple, "openlibrary")).containsExactly("OL43065148M");
        assertThat(book("我穿我自己").getStatus()).isEqualTo(ReadingStatus.TO_READ);
        assertThat(identifier(book("The Blue Bedspread"), "oclc")).containsExactly("41754476");
    }

    @Test
    void aSecondSourceMergesIntoTheBooksItSharesAndASecondRunChangesNothing() throws IOException {
        real("goodreads.csv");
        ImportReport generic = real("generic.csv");

        assertThat(generic.matched()).as("Gideon by ISBN, Subcutanean and Patisserie by title and author").isEqualTo(3);
        assertThat(generic.imported()).as("Harrow the Ninth").isEqualTo(1);
        assertThat(book("Harrow the Ninth").getAuthor().getName()).isEqualTo("Tamsyn Muir");
        Book gideon = book("Gideon the Ninth");
        assertThat(gideon.readings().orderBy("finished").valuesListFlat("finished", Object.class).list())
                .as("the second source's reading is added").containsExactly(LocalDate.of(2020, 10, 25), LocalDate.of(2021, 11, 11));
        assertThat(book("Patisserie at Home").getRating()).as("nothing is overwritten").isEqualByComparingTo("2");

        Map<String, Long> before = counts();
        real("goodreads.csv");
        real("generic.csv");
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        return Map.of("book", catalog.books().count(), "author", catalog.authors().count(), "tag", count(Tag.class),
                "identifier", count(Identifier.class), "reading", count(Reading.class), "copy", count(Copy.class),
                "contribution", count(Contribution.class));
    }

    @Test
    void calibresUnknownDateIsNoDateAndOpenreadsBinnedBooksAreTaggedNotLost() throws IOException {
        Path calibre = Files.writeString(dir.resolve("calibre.csv"), "authors,author_sort,title,title_sort,identifiers,pubdate\n"
                + "Anon,Anon,Beowulf,Beowulf,,0101-01-01T00:00:00+00:00\n");
        run(calibre, ImportFormat.CALIBRE);
        assertThat(book("Beowulf").getPublicationDate()).isNull();
        Path openreads = Files.writeString(dir.resolve("openreads.csv"), "title,author,status,deleted,olid,book_format,readings\n"
                + "Binned Book,Ann Smith,planned,true,,paperback,\n");
        run(openreads, ImportFormat.OPENREADS);
        assertThat(tags(book("Binned Book"))).containsExactly("deleted");
    }

    @Test
    void aSecondSourceMatchesTitlesWrittenInAnotherCaseOrWithASubtitle() throws IOException {
        Path first = Files.writeString(dir.resolve("first.csv"), "title,author\nThe Left Hand of Darkness,Ursula K. Le Guin\n"
                + "A Wizard of Earthsea,Ursula K. Le Guin\n");
        run(first, ImportFormat.CSV);
        Path second = Files.writeString(dir.resolve("second.csv"), "title,author,my_rating\n"
                + "THE LEFT HAND OF DARKNESS,\"Le Guin, Ursula K.\",5\n"
                + "A Wizard of Earthsea: The First Book of Earthsea,Ursula K. Le Guin,4\n");
        ImportReport report = run(second, ImportFormat.CSV);
        assertThat(report.matched()).as("matched by title and author, case and subtitle aside").isEqualTo(2);
        assertThat(report.imported()).isZero();
        assertThat(catalog.books().count()).isEqualTo(2);
    }

    @Test
    void lastFirstAndFirstLastFormsAreOneAuthor() throws IOException {
        Path file = Files.writeString(dir.resolve("books.csv"), "title,author\nGideon the Ninth,\"Muir, Tamsyn\"\n"
                + "Harrow the Ninth,Tamsyn Muir\nNona the Ninth,tamsyn  muir\n");
        run(file, ImportFormat.CSV);
        assertThat(catalog.authors().list()).extracting(Author::getName, Author::getSortName)
                .containsExactly(tuple("Tamsyn Muir", "Muir, Tamsyn"));
    }

    @Test
    void aWindows1252FileKeepsItsDashesAndQuotesAndSaysWhichLinesItReDecoded() throws IOException {
        String text = "title,author,notes\nWar and Peace,Leo Tolstoy,\"vast \u2014 and \u2018long\u2019\"\nEmma,Jane Austen,plain\n"
                + "Le P\u00e8re Goriot,Honor\u00e9 de Balzac,\n";
        Path file = Files.write(dir.resolve("cp1252.csv"), text.getBytes(Charset.forName("windows-1252")));
        ImportReport report = run(file, ImportFormat.CSV);
        assertThat(book("War and Peace").getNotes()).isEqualTo("vast \u2014 and \u2018long\u2019");
        assertThat(book("Le P\u00e8re Goriot").getAuthor().getName()).isEqualTo("Honor\u00e9 de Balzac");
        assertThat(report.warnings()).extracting(ImportWarning::line, ImportWarning::message).containsExactly(
                tuple(2L, "bytes that are not UTF-8 were read as Windows-1252"),
                tuple(4L, "bytes that are not UTF-8 were read as Windows-1252"));
    }

    @Test
    void c1ControlCharactersInAUtf8FileBecomeTheCharactersTheyStoodFor() throws IOException {
        Path file = Files.writeString(dir.resolve("c1.csv"), "title,author\nA\u0097B,Ann\n", StandardCharsets.UTF_8);
        ImportReport report = run(file, ImportFormat.CSV);
        assertThat(catalog.books().first().orElseThrow().getTitle()).isEqualTo("A\u2014B");
        assertThat(report.warnings()).extracting(ImportWarning::line).containsExactly(2L);
    }

    @Test
    void aTruncatedLastRowIsReportedAsSuchAndTheRestImported() throws IOException {
        Path file = Files.writeString(dir.resolve("cut.csv"), "title,author,isbn,pages,publisher\n"
                + "Emma,Jane Austen,9780141439587,474,Penguin\nPersuasion,Jane Au");
        ImportReport report = run(file, ImportFormat.CSV);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message()).startsWith("the file ends in the middle of this row: it has 2 of the header's 5 columns");
        });
    }

    @Test
    void errorsComeInLineOrderWhicheverStageFoundThem() throws IOException {
        Path first = Files.writeString(dir.resolve("first.csv"), "title,author,publication_date,isbn,genre,pages\n"
                + "Emma,Jane Austen,1815,9780141439587,FIC,474\n");
        run(first, ImportFormat.BOOKS);
        Path second = Files.writeString(dir.resolve("second.csv"), "title,author,publication_date,isbn,genre,pages\n"
                + "Not Emma,Someone,1900,9780141439587,FIC,1\n" // rejected when matched against the catalogue
                + "Bad,Jane Austen,1815-13-01,,FIC,1\n"); // rejected while reading
        ImportReport report = run(second, ImportFormat.BOOKS);
        assertThat(report.errors()).extracting(RowError::line).containsExactly(2L, 3L);
    }

    @Test
    void aUserGenreMappingDecidesTheGenre() throws IOException {
        Path mapping = Files.writeString(dir.resolve("genres.csv"), "# mine\ncozy,HIS\ndewey:500-600,SCI\n");
        Path file = Files.writeString(dir.resolve("books.csv"), "title,author,tags,call number\n"
                + "Tea Shop Murders,Ann,\"to-read, cozy\",\nOrigin of Species,Charles Darwin,,576.8\nOther,Bob,fiction,\n");
        run(file, ImportFormat.CSV, ImportOptions.defaults().withRead(new BookReadOptions(Map.of(), GenreMapping.load(mapping))));
        assertThat(java.util.Arrays.asList(book("Tea Shop Murders").getGenre(), book("Origin of Species").getGenre(), book("Other").getGenre()))
                .containsExactly(SeedGenres.his(), SeedGenres.sci(), null); // the user's mapping names no genre for "fiction": none
        assertThat(catalog.db().objects(Copy.class).get("book", book("Origin of Species").getId()).getCallNumber())
                .isEqualTo("576.8");
    }

    @Test
    void aColumnMapReadsAnyHeader() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.csv"), "Werk;Verfasser;Seiten;Jahr;Bewertung\n"
                + "Der Zauberberg;Thomas Mann;1000;1924;5\n");
        ImportReport report = run(file, ImportFormat.CSV, ImportOptions.defaults().withRead(new BookReadOptions(
                Map.of("Werk", "title", "Verfasser", "author", "Seiten", "pages", "Jahr", "date", "Bewertung", "rating"),
                GenreMapping.builtIn())));
        assertThat(report.imported()).isEqualTo(1);
        Book b = book("Der Zauberberg");
        assertThat(b.getPages()).isEqualTo(1000);
        assertThat(b.publicationDateText()).isEqualTo("1924");
        assertThat(b.getRating()).isEqualByComparingTo(BigDecimal.valueOf(5));
    }

    @Test
    void copiesWithABarcodeAlreadyTakenAreImportedWithoutIt() throws IOException {
        Path file = Files.writeString(dir.resolve("books.csv"), "title,author,barcode,copies\n"
                + "Emma,Jane Austen,B-001,2\nPersuasion,Jane Austen,B-001,1\n");
        ImportReport report = run(file, ImportFormat.CSV);
        assertThat(catalog.db().objects(Copy.class).orderBy("id").valuesList("book__title", "barcode").list())
                .containsExactly(List.of("Emma", "B-001"), java.util.Arrays.asList("Emma", null),
                        java.util.Arrays.asList("Persuasion", null));
        assertThat(report.warnings()).extracting(ImportWarning::line, ImportWarning::field).containsExactly(tuple(3L, "Barcode"));

        Path later = Files.writeString(dir.resolve("later.csv"), "title,author,barcode\nMansfield Park,Jane Austen,B-001\n");
        ImportReport second = run(later, ImportFormat.CSV);
        assertThat(second.warnings()).as("a barcode a copy held before the import has").extracting(ImportWarning::line)
                .containsExactly(2L);
        assertThat(catalog.db().objects(Copy.class).filter("barcode", "B-001").count()).isEqualTo(1);
    }

    @Test
    void aLargeLatin1ExportReadsInOnePassWithoutWholeFileGuessing() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("title,author\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 3000; i++) {
            bytes.writeBytes(("Book " + i + ",Ann Smith\n").getBytes(StandardCharsets.US_ASCII));
        }
        bytes.writeBytes("Caf\u00e9,Jos\u00e9 Saramago\n".getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes("Na\u00efve,Jos\u00e9 Saramago\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("mixed.csv"), bytes.toByteArray());
        ImportReport report = run(file, ImportFormat.CSV);
        assertThat(report.imported()).isEqualTo(3002);
        assertThat(catalog.books().filter("title", "Caf\u00e9").filter("author__name", "Jos\u00e9 Saramago").exists()).isTrue();
        assertThat(catalog.books().filter("title", "Na\u00efve").exists()).as("the UTF-8 line beside the Latin-1 one").isTrue();
        assertThat(report.warnings()).extracting(ImportWarning::line).containsExactly(3002L);
    }
}
