package org.alcove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class CatalogCommandsTest {

    static final String BOOKS = "title,author,publication_date,isbn,genre,pages\n"
            + "Emma,Jane Austen,1815-12-23,9780141439587,FIC,474\n"
            + "Bad,Jane Austen,1815-12-23,9780141439588,FIC,474\n"
            + "1984,George Orwell,1949-06-08,9780451524935,SCI,328\n";

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("c.alcove").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return AlcoveCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    Path books() throws IOException {
        return Files.writeString(dir.resolve("books.csv"), BOOKS);
    }

    JsonObject json() {
        return JsonParser.parseString(out.toString()).getAsJsonObject();
    }

    @Test
    void importBooksJsonReportsCountsErrorsAndCommit() throws IOException {
        Path report = dir.resolve("rejected.csv");
        assertThat(run("import-books", books().toString(), "--json", "--report", report.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo("{\"imported\":2,\"matched\":0,\"rejected\":1,\"errors\":"
                + "[{\"line\":3,\"field\":\"isbn\",\"message\":\"" + json().getAsJsonArray("errors").get(0)
                .getAsJsonObject().get("message").getAsString() + "\"}],\"committed\":true,\"warnings\":[],\"backup\":null}");
        assertThat(Files.readAllLines(report)).hasSize(2).first().isEqualTo("line,field,message,row");
    }

    @Test
    void abortedImportExitsOneAndImportsNothing() throws IOException {
        assertThat(run("import-books", books().toString(), "--on-error", "abort", "--json")).isEqualTo(1);
        assertThat(json().get("committed").getAsBoolean()).isFalse();
        assertThat(dir.resolve("c.alcove")).as("an aborted import into a new catalogue leaves no file").doesNotExist();
    }

    @Test
    void anImportWhoseEveryRowIsRejectedExitsOne() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "title,author,publication_date,isbn,genre,pages\n"
                + "Bad,Jane Austen,1815-12-23,9780141439588,FIC,474\n" + "Worse,Jane Austen,1815-13-01,9780141439587,FIC,474\n");
        assertThat(run("import-books", bad.toString())).isEqualTo(1);
        assertThat(out.toString()).startsWith("Imported 0 books, matched 0, rejected 2");
        assertThat(run("import-books", books().toString())).isZero();
    }

    @Test
    void humanImportOutputIsOneShortSentence() throws IOException {
        assertThat(run("import-books", books().toString())).isZero();
        assertThat(out.toString()).startsWith("Imported 2 books, matched 0, rejected 1, created 2 authors (see --report).");
    }

    @Test
    void statsJsonHasTheDocumentedKeys() throws IOException {
        run("import-books", books().toString());
        assertThat(run("stats", "--json")).isZero();
        JsonObject s = json();
        assertThat(s.keySet()).containsExactly("books", "authors", "pages_total", "pages_avg", "genres", "decades",
                "top_authors", "oldest", "newest", "tags", "ratings", "unrated", "statuses", "read_per_year", "copies_per_location");
        assertThat(s.get("pages_total").getAsLong()).isEqualTo(802);
        assertThat(s.getAsJsonArray("genres").get(0).getAsJsonObject().keySet())
                .containsExactly("code", "label", "books", "pages_avg", "pages_total");
        assertThat(s.getAsJsonArray("decades").get(0).getAsJsonObject().toString())
                .isEqualTo("{\"decade\":1810,\"books\":1}");
        assertThat(s.getAsJsonObject("oldest").get("title").getAsString()).isEqualTo("Emma");
    }

    @Test
    void searchJsonListsMatchingBooksWithTotal() throws IOException {
        run("import-books", books().toString());
        assertThat(run("search", "author:austen or pages:>300", "--json", "--limit", "1")).isZero();
        JsonObject s = json();
        assertThat(s.get("total").getAsLong()).isEqualTo(2);
        assertThat(s.getAsJsonArray("books")).hasSize(1);
        assertThat(s.getAsJsonArray("books").get(0).getAsJsonObject().keySet())
                .contains("id", "title", "authors", "author", "isbn", "genre", "pages", "publication_date", "tags", "copies");
    }

    @Test
    void badSearchSyntaxIsOneLineAndExitTwo() {
        assertThat(run("search", "titel:x")).isEqualTo(2);
        assertThat(err.toString()).startsWith("alcove: Unknown field 'titel' at 0").hasLineCount(1);
    }

    @Test
    void aHundredThousandCharacterSearchTermIsOneSentenceWithoutSql() throws IOException {
        assertThat(run("import-books", books().toString())).isZero();
        for (String command : new String[] {"search", "stats"}) {
            int code = command.equals("search") ? run("search", "a".repeat(100_000)) : run("stats", "--query", "title:" + "a".repeat(100_000));
            assertThat(code).as(command).isEqualTo(2);
            assertThat(err.toString()).as(command).startsWith("alcove: Search term of 100,000 characters ('aaaa").contains("characters ('" + "a".repeat(30) + "…') at ")
                    .contains("a term may have at most 1,000").doesNotContain("SELECT", "LIKE").hasLineCount(1);
        }
    }

    @Test
    void aMissingFileIsOneClearLine() {
        assertThat(run("import-books", "nope.csv")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("alcove: no such file: nope.csv" + System.lineSeparator());
    }

    @Test
    void aMissingColumnIsOneClearLine() throws IOException {
        Path file = Files.writeString(dir.resolve("x.csv"), "title,author\nA,B\n");
        assertThat(run("import-books", file.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("alcove: x.csv has no 'publication_date' column; found: title, author"
                + " (it looks like a generic CSV of books, not an Alcove books file)" + System.lineSeparator());
        assertThat(dir.resolve("c.alcove")).as("a refused import creates no catalogue").doesNotExist();
    }

    @Test
    void aCorruptCatalogueIsOneLineWithoutStackTrace() throws IOException {
        Files.writeString(dir.resolve("c.alcove"), "this is not a database, just some text ".repeat(200));
        assertThat(run("stats")).isEqualTo(2);
        assertThat(err.toString()).startsWith("alcove: ").hasLineCount(1);
    }

    @Test
    void badOptionValueIsAUsageError() throws IOException {
        assertThat(run("import-books", books().toString(), "--on-error", "maybe")).isEqualTo(2);
        assertThat(err.toString()).contains("--on-error");
    }

    @Test
    void exportThenBackupWriteFiles() throws IOException {
        run("import-books", books().toString());
        Path export = dir.resolve("out.csv");
        assertThat(run("export-books", export.toString())).isZero();
        assertThat(Files.readAllLines(export)).hasSize(3);
        assertThat(run("export-authors", dir.resolve("authors.csv").toString())).isZero();
        Path backup = dir.resolve("backup.alcove");
        assertThat(run("backup", backup.toString())).isZero();
        assertThat(backup).exists();
        assertThat(run("backup", backup.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("alcove: will not overwrite");
    }
}
