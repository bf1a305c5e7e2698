package org.alcove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.io.RealExports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code alcove import}: the format recognised from the header, --format, --map, --genres, warnings, and refusals that leave nothing behind. */
class ImportCommandTest {

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db().toString();
        System.arraycopy(args, 0, all, 2, args.length);
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return AlcoveCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    Path db() {
        return dir.resolve("c.alcove");
    }

    JsonObject json() {
        return JsonParser.parseString(out.toString()).getAsJsonObject();
    }

    @Test
    void eachRealExportIsRecognisedFromItsHeader() throws IOException {
        for (String name : new String[] {"goodreads.csv", "librarything.tsv", "storygraph.csv", "calibre.csv",
                "openreads-csv-example.csv", "bookwyrm.csv", "generic.csv"}) {
            assertThat(run("import", RealExports.copy(dir, name).toString(), "--json")).as(name + ": " + err).isZero();
            assertThat(json().get("rejected").getAsLong()).as(name).isZero();
        }
        try (Catalog catalog = Catalog.open(db())) {
            assertThat(catalog.books().count()).isEqualTo(17);
        }
    }

    @Test
    void jsonNamesEveryWarningWithItsLine() throws IOException {
        assertThat(run("import", RealExports.copy(dir, "librarything.tsv").toString(), "--json")).isZero();
        assertThat(json().getAsJsonArray("warnings")).hasSize(1);
        JsonObject warning = json().getAsJsonArray("warnings").get(0).getAsJsonObject();
        assertThat(warning.get("line").getAsLong()).isEqualTo(2);
        assertThat(warning.get("message").getAsString()).isEqualTo("bytes that are not UTF-8 were read as Windows-1252");
        assertThat(run("import", RealExports.copy(dir, "generic.csv").toString())).isZero();
        assertThat(out.toString()).contains("2 warnings (all with --json):", "line 3, row: the row has 8 of the header's 9 columns");
    }

    @Test
    void anUnknownFormatIsRefusedWithTheFormatsAndTheHeaderAndCreatesNoCatalogue() throws IOException {
        Path file = RealExports.copy(dir, "openlibrary.csv");
        assertThat(run("import", file.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("alcove: openlibrary.csv is in no format Alcove recognises; "
                + "its header is: Work Id, Edition Id, Bookshelf. Alcove reads alcove (")
                .contains("goodreads, librarything, storygraph, calibre, openreads, bookwyrm, and csv")
                .hasLineCount(1);
        assertThat(db()).doesNotExist();
    }

    @Test
    void aRefusedImportIntoAnExistingCatalogueLeavesItThere() throws IOException {
        assertThat(run("import", RealExports.copy(dir, "goodreads.csv").toString())).isZero();
        assertThat(run("import", RealExports.copy(dir, "openlibrary.csv").toString())).isEqualTo(2);
        try (Catalog catalog = Catalog.open(db())) {
            assertThat(catalog.books().count()).isEqualTo(3);
        }
    }

    @Test
    void theFormatCanBeNamedAndAColumnMapImpliesCsv() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.csv"), "Werk,Verfasser,Seiten\nDer Zauberberg,Thomas Mann,1000\n");
        assertThat(run("import", file.toString(), "--map", "Werk=title", "--map", "Verfasser=author",
                "--map", "Seiten=pages", "--json")).as(err.toString()).isZero();
        assertThat(json().get("imported").getAsLong()).isEqualTo(1);
        assertThat(run("import", file.toString(), "--format", "goodreads")).isEqualTo(2);
        assertThat(err.toString()).startsWith("alcove: mine.csv has no 'Title' column");
    }

    @Test
    void aBadColumnMapSaysWhatIsWrong() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.csv"), "Werk,Verfasser\nA,B\n");
        assertThat(run("import", file.toString(), "--map", "Werk=titel")).isEqualTo(2);
        assertThat(err.toString()).startsWith("alcove: --map: unknown field 'titel'; fields are title, author,");
        assertThat(run("import", file.toString(), "--map", "Work=title")).isEqualTo(2);
        assertThat(err.toString()).startsWith("alcove: --map Work=title: the file has no column 'Work'; its columns are: Werk, Verfasser");
        assertThat(run("import", file.toString(), "--map", "Werk=title")).isEqualTo(2);
        assertThat(err.toString()).contains("has no 'author' column", "--map COLUMN=author");
        assertThat(db()).doesNotExist();
    }

    @Test
    void theGenreMapIsPrintedAndAnEditedOneIsUsed() throws IOException {
        assertThat(run("genre-map")).isZero();
        assertThat(out.toString()).contains("fiction,FIC", "history,HIS", "dewey:500-700,SCI");
        Path mine = Files.writeString(dir.resolve("genres.csv"), out.toString() + "cozy,HIS\n");
        Path file = Files.writeString(dir.resolve("books.csv"), "title,author,tags\nTea Shop Murders,Ann,cozy\n");
        assertThat(run("import", file.toString(), "--genres", mine.toString())).isZero();
        try (Catalog catalog = Catalog.open(db())) {
            assertThat(catalog.books().get("title", "Tea Shop Murders").getGenre().getCode()).isEqualTo("HIS");
        }
        Path broken = Files.writeString(dir.resolve("broken.csv"), "cozy, \n");
        assertThat(run("import", file.toString(), "--genres", broken.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("alcove: broken.csv line 1: expected term,genre with a genre's name or code");
    }

    @Test
    void theOldCommandsStayAsAliases() throws IOException {
        assertThat(run("import-goodreads", RealExports.copy(dir, "goodreads.csv").toString(), "--json")).isZero();
        assertThat(json().get("imported").getAsLong()).isEqualTo(3);
    }
}
