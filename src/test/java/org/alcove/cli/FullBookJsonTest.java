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
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.Identifier;
import org.alcove.catalog.Reading;
import org.alcove.catalog.ReadingStatus;
import org.alcove.catalog.Series;
import org.alcove.catalog.Tag;
import org.alcove.orm.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search --json and export-json give each book with every field, in the documented shape. */
class FullBookJsonTest {
    private static final List<String> KEYS = List.of("id", "title", "authors", "author", "series", "series_index", "isbn", "identifiers",
            "publication_date", "first_published", "genre", "genres", "tags", "publisher", "language", "format", "pages", "status",
            "rating", "review", "description", "notes", "read_dates", "copies", "cover");

    @TempDir
    Path tmp;
    String db;

    @BeforeEach
    void fill() {
        try (Database d = CatalogFixture.empty(tmp)) {
            Author homer = d.objects(Author.class).create(new Author("Homer", null));
            Author fagles = d.objects(Author.class).create(new Author("Robert Fagles", null));
            Series epics = d.objects(Series.class).create(new Series("Epics"));
            org.alcove.catalog.Genre epic = d.objects(org.alcove.catalog.Genre.class).create(new org.alcove.catalog.Genre("Epic Poetry"));
            Book odyssey = new Book("The Odyssey", homer, null, null, epic, 541).setFirstPublished(-700)
                    .setPublicationDate(LocalDate.of(1996, 1, 1), DatePrecision.YEAR).setLanguage("en").setPublisher("Penguin")
                    .setSeries(epics, new BigDecimal("2.5")).setStatus(ReadingStatus.READ).setRating(new BigDecimal("4.5"));
            d.save(odyssey);
            odyssey.credit(homer, ContributorRole.AUTHOR);
            odyssey.credit(fagles, ContributorRole.TRANSLATOR);
            odyssey.tags().add(d.objects(Tag.class).create(new Tag("History.Ancient")));
            d.save(new Identifier(odyssey, "OCLC", "35637537"));
            d.save(new Reading(odyssey, LocalDate.of(2019, 1, 2), LocalDate.of(2019, 2, 1)));
            d.save(new Copy(odyssey, "A0001").setLocation("Shelf 3").setCallNumber("883.01 HOM").setPrice(new BigDecimal("12.50")));
            d.save(new Book("Hymns", homer, null, null, SeedGenres.non(), 0));
        }
        db = tmp.resolve("catalog.alcove").toString();
    }

    private static List<Map<String, Object>> books(String json) {
        Map<String, Object> m = new Gson().fromJson(json, new TypeToken<Map<String, Object>>() { }.getType());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> books = (List<Map<String, Object>>) m.get("books");
        return books;
    }

    @Test
    void searchGivesEveryFieldOfABook() {
        String cover = "c".repeat(64) + ".png";
        try (Database d = Database.open(Path.of(db))) {
            d.execute("UPDATE book SET cover = ? WHERE title = ?", cover, "The Odyssey");
        }
        CliRun r = CliRun.run("--db", db, "search", "homer", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        List<Map<String, Object>> books = books(r.out());
        assertThat(books).hasSize(2);
        Map<String, Object> odyssey = books.stream().filter(b -> b.get("title").equals("The Odyssey")).findFirst().orElseThrow();
        assertThat(odyssey.keySet()).containsExactlyElementsOf(KEYS);
        assertThat(odyssey.get("authors")).isEqualTo(List.of(Map.of("name", "Homer", "role", "author"),
                Map.of("name", "Robert Fagles", "role", "translator")));
        assertThat(odyssey).containsEntry("series", "Epics").containsEntry("series_index", 2.5).containsEntry("first_published", -700.0)
                .containsEntry("publication_date", "1996").containsEntry("tags", List.of("History.Ancient"))
                .containsEntry("identifiers", List.of(Map.of("scheme", "oclc", "value", "35637537")))
                .containsEntry("status", "read").containsEntry("rating", 4.5).containsEntry("language", "en")
                .containsEntry("genre", "Epic Poetry").containsEntry("genres", List.of("Epic Poetry")).containsEntry("cover", cover);
        assertThat(odyssey.get("read_dates")).isEqualTo(List.of(Map.of("started", "2019-01-02", "finished", "2019-02-01")));
        @SuppressWarnings("unchecked")
        Map<String, Object> copy = ((List<Map<String, Object>>) odyssey.get("copies")).get(0);
        assertThat(copy).containsEntry("barcode", "A0001").containsEntry("location", "Shelf 3")
                .containsEntry("call_number", "883.01 HOM").containsEntry("price", 12.5);
        Map<String, Object> hymns = books.stream().filter(b -> b.get("title").equals("Hymns")).findFirst().orElseThrow();
        assertThat(hymns.keySet()).containsExactlyElementsOf(KEYS);
        assertThat(hymns).containsEntry("series", null).containsEntry("isbn", null).containsEntry("tags", List.of())
                .containsEntry("copies", List.of()).containsEntry("rating", null).containsEntry("cover", null);
    }

    @Test
    void exportJsonWritesEveryBookWithEveryField() throws Exception {
        Path out = tmp.resolve("books.json");
        CliRun r = CliRun.run("--db", db, "export-json", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Exported 2 books");
        String json = Files.readString(out);
        assertThat(json).contains("\"format\": \"alcove-books\"");
        List<Map<String, Object>> books = books(json);
        assertThat(books).extracting(b -> b.get("title")).containsExactly("The Odyssey", "Hymns");
        assertThat(books.get(0).keySet()).containsExactlyElementsOf(KEYS);
        CliRun scoped = CliRun.run("--db", db, "export-json", out.toString(), "--query", "tag:history");
        assertThat(scoped.out()).contains("Exported 1 books");
        assertThat(tmp.toFile().list()).noneMatch(n -> n.endsWith(".part"));
    }

    @Test
    void anExportReadsBackIntoANewCatalogueWithEveryField() throws Exception {
        Path out = tmp.resolve("books.json");
        assertThat(CliRun.run("--db", db, "export-json", out.toString()).code()).isZero();
        String other = tmp.resolve("other/copy.alcove").toString();
        Files.createDirectories(tmp.resolve("other"));
        CliRun in = CliRun.run("--db", other, "import", out.toString(), "--json");
        assertThat(in.code()).as(in.err() + in.out()).isZero();
        assertThat(in.out()).contains("\"imported\":2").contains("\"rejected\":0");
        Path again = tmp.resolve("again.json");
        assertThat(CliRun.run("--db", other, "export-json", again.toString()).code()).isZero();
        List<Map<String, Object>> first = books(Files.readString(out));
        List<Map<String, Object>> second = books(Files.readString(again));
        first.forEach(b -> b.remove("id"));
        second.forEach(b -> b.remove("id"));
        assertThat(second).isEqualTo(first); // every field of every book, as it was
        assertThat(CliRun.run("--db", other, "genres", "list", "--json").out()).contains("{\"name\":\"Epic Poetry\",\"code\":null,\"books\":1}");

        CliRun twice = CliRun.run("--db", other, "import", out.toString(), "--json");
        assertThat(twice.out()).contains("\"imported\":1", "\"matched\":0"); // Hymns has no ISBN: it comes again ...
        assertThat(twice.out()).contains("the barcode A0001 belongs to a copy"); // ... the Odyssey's copy is refused, not doubled
    }

    @Test
    void aFileThatIsNotAnExportIsRefusedAndChangesNothing() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"format\": \"something-else\", \"books\": []}");
        CliRun r = CliRun.run("--db", db, "import", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is not an Alcove books document").contains("nothing was imported");
        Path half = Files.writeString(tmp.resolve("half.json"), "{\"format\": \"alcove-books\", \"version\": 1, \"books\": [{\"title\": \"X\", \"author\": \"Y\"},");
        CliRun cut = CliRun.run("--db", db, "import", half.toString());
        assertThat(cut.code()).isEqualTo(2);
        assertThat(CliRun.run("--db", db, "search", "title:X", "--json").out()).contains("\"total\":0");
    }
}
