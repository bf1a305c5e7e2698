package org.alcove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.ContributorRole;
import org.alcove.catalog.Copy;
import org.alcove.catalog.DatePrecision;
import org.alcove.catalog.Genre;
import org.alcove.catalog.Identifier;
import org.alcove.catalog.Reading;
import org.alcove.catalog.ReadingStatus;
import org.alcove.catalog.Series;
import org.alcove.catalog.Tag;
import org.alcove.catalog.io.FullBookCsv;
import org.alcove.orm.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export-books writes every field of every book as CSV, and import reads it back into the same catalogue. */
class ExportBooksFullCsvTest {
    @TempDir
    Path tmp;
    String db;

    @BeforeEach
    void fill() {
        try (Database d = CatalogFixture.empty(tmp)) {
            Author homer = d.objects(Author.class).create(new Author("Homer", null));
            Author fagles = d.objects(Author.class).create(new Author("Fagles; Robert", null)); // a semicolon in a name
            Author prince = d.objects(Author.class).create(new Author("Prince (musician)", null)); // a name ending in parentheses
            Author zola = d.objects(Author.class).create(new Author("Émile Zola", null));
            Author odd = d.objects(Author.class).create(new Author("Back\\slash | Pipe, \"Quoted\"", null));
            Series epics = d.objects(Series.class).create(new Series("Epics; Greek, \"ancient\""));
            Genre epic = d.objects(Genre.class).create(new Genre("Epic Poetry"));
            Book odyssey = new Book("The Odyssey, \"Fagles\" edition", homer, null, "9780140268867", epic, 541).setFirstPublished(-700)
                    .setPublicationDate(LocalDate.of(1996, 5, 1), DatePrecision.MONTH).setLanguage("en").setPublisher("Penguin, Inc.")
                    .setSeries(epics, new BigDecimal("2.5")).setStatus(ReadingStatus.READ).setRating(new BigDecimal("4.5"))
                    .setFormat("Paperback").setReview("Line one\nLine \"two\", with a comma").setDescription("=HYPERLINK(\"http://x\")")
                    .setNotes("multi\nline; with | pipes \\ and a backslash").setCover("c".repeat(64) + ".png");
            d.save(odyssey);
            odyssey.credit(homer, ContributorRole.AUTHOR);
            odyssey.credit(fagles, ContributorRole.TRANSLATOR);
            odyssey.credit(prince, ContributorRole.AUTHOR);
            odyssey.credit(zola, ContributorRole.ILLUSTRATOR);
            odyssey.credit(odd, ContributorRole.EDITOR);
            odyssey.tags().add(d.objects(Tag.class).create(new Tag("History.Ancient")), d.objects(Tag.class).create(new Tag("-ism")),
                    d.objects(Tag.class).create(new Tag("a;b|c")), d.objects(Tag.class).create(new Tag("Ελληνικά")));
            d.save(new Identifier(odyssey, "OCLC", "35637537"));
            d.save(new Identifier(odyssey, "urn", "x:1;2"));
            d.save(new Reading(odyssey, LocalDate.of(2019, 1, 2), LocalDate.of(2019, 2, 1)));
            d.save(new Reading(odyssey, null, LocalDate.of(2020, 3, 1)));
            d.save(new Reading(odyssey, LocalDate.of(2021, 1, 1), null));
            d.save(new Reading(odyssey, null, null));
            d.save(new Copy(odyssey, "A0001").setLocation("Shelf 3; top").setCallNumber("883.01 HOM").setPrice(new BigDecimal("12.50"))
                    .setAcquired(LocalDate.of(2020, 5, 1)).setCondition("good | worn"));
            d.save(new Copy(odyssey, "B0002"));
            d.save(new Copy(odyssey, "C0003").setCondition("new"));
            Author plutarch = d.objects(Author.class).create(new Author("Plutarch", null));
            d.save(new Book("Lives", plutarch, null, null, epic, 0).setPublicationDate(LocalDate.of(650, 1, 1), DatePrecision.YEAR)
                    .setFirstPublished(-100));
            d.save(new Book("Hymns", homer, LocalDate.of(2001, 2, 3), null, null, 0));
        }
        db = tmp.resolve("catalog.alcove").toString();
    }

    private static List<Map<String, Object>> books(Path json) throws Exception {
        Map<String, Object> m = new Gson().fromJson(Files.readString(json), new TypeToken<Map<String, Object>>() { }.getType());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> books = (List<Map<String, Object>>) m.get("books");
        books.forEach(b -> {
            b.remove("id");
            b.remove("cover"); // the image itself is not in the file
        });
        return books;
    }

    @Test
    void theCsvExportReadsBackIntoANewCatalogueWithEveryField() throws Exception {
        Path csv = tmp.resolve("books.csv");
        CliRun export = CliRun.run("--db", db, "export-books", csv.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("Exported 3 books");
        Path other = Files.createDirectories(tmp.resolve("other")).resolve("copy.alcove");
        CliRun in = CliRun.run("--db", other.toString(), "import", csv.toString(), "--json");
        assertThat(in.code()).as(in.err() + in.out()).isZero();
        assertThat(in.out()).contains("\"imported\":3", "\"rejected\":0");

        Path before = tmp.resolve("before.json");
        Path after = tmp.resolve("after.json");
        assertThat(CliRun.run("--db", db, "export-json", before.toString()).code()).isZero();
        assertThat(CliRun.run("--db", other.toString(), "export-json", after.toString()).code()).isZero();
        assertThat(books(after)).isEqualTo(books(before)); // every field of every book, as it was
    }

    @Test
    void theCellsAreWrittenAsTheReadmeDescribes() throws Exception {
        Path csv = tmp.resolve("books.csv");
        assertThat(CliRun.run("--db", db, "export-books", csv.toString()).code()).isZero();
        String text = Files.readString(csv);
        assertThat(text).startsWith(String.join(",", FullBookCsv.HEADER) + "\r\n");
        assertThat(text).contains("\"Homer; Fagles\\; Robert (translator); Prince (musician) (author); Émile Zola (illustrator); "
                + "Back\\\\slash \\| Pipe, \"\"Quoted\"\" (editor)\"");
        assertThat(text).contains("oclc:35637537; urn:x:1\\;2", ",1996-05,", ",'-700,", ",0650,", ",'-100,",
                "/; 2021-01-01/; 2019-01-02/2019-02-01; /2020-03-01", // readings by finished date, unfinished first
                "A0001 | Shelf 3\\; top | 883.01 HOM | 2020-05-01 | 12.5 | good \\| worn; B0002; C0003 |  |  |  |  | new",
                "'=HYPERLINK(", ",'-ism; History.Ancient; a\\;b\\|c; Ελληνικά,"); // a formula-like first cell gets an apostrophe
    }

    @Test
    void columnsBasicWritesTheSixOldColumns() throws Exception {
        Path csv = tmp.resolve("basic.csv");
        CliRun export = CliRun.run("--db", db, "export-books", csv.toString(), "--columns", "basic");
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.readAllLines(csv)).first().isEqualTo("title,author,publication_date,isbn,genre,pages");
    }

    @Test
    void aBadCellOrACutRowIsRejectedWithItsLineAndTheRestGoesIn() throws Exception {
        Path csv = tmp.resolve("books.csv");
        assertThat(CliRun.run("--db", db, "export-books", csv.toString()).code()).isZero();
        List<String> lines = Files.readAllLines(csv);
        String last = lines.get(lines.size() - 1); // Hymns: nothing but title, author, date
        String header = lines.get(0);
        String badPages = "Bad pages,Someone,,,,,,,,,,,,many,,,,,,,,";
        String cut = "Cut row,Someone,,,";
        Path file = Files.writeString(tmp.resolve("edited.csv"), header + "\r\n" + last + "\r\n" + badPages + "\r\n" + cut + "\r\n");
        Path other = Files.createDirectories(tmp.resolve("other")).resolve("copy.alcove");
        CliRun in = CliRun.run("--db", other.toString(), "import", file.toString(), "--json");
        assertThat(in.out()).contains("\"imported\":1", "\"rejected\":2")
                .contains("{\"line\":3,\"field\":\"pages\",\"message\":\"'many' is not a whole number\"}")
                .contains("{\"line\":4,\"field\":\"identifiers\",\"message\":\"the row has 5 of the header's 22 columns");
    }
}
