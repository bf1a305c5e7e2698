package org.alcove.cli;

import static org.alcove.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.alcove.catalog.ReadOnlyMedia;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalogue in a folder that cannot be written (read-only media): the reading commands work on
 * it, read-only, creating nothing beside it; the writing ones refuse in one sentence, changing nothing.
 *
 * <p>Root ignores permission bits, so as root the folder and file are made immutable
 * ({@code chattr +i}, which binds root too); as anyone else they are made read-only ({@code chmod}).
 */
class ReadOnlyMediaTest {
    @TempDir
    Path tmp;
    ReadOnlyMedia media;
    Path folder;
    Path file;

    @BeforeEach
    void aCatalogueOnReadOnlyMedia() throws IOException, InterruptedException {
        media = ReadOnlyMedia.seeded(tmp.resolve("media"));
        folder = media.folder;
        file = media.file;
        assertThat(siblings()).containsExactly("catalog.alcove");
    }

    @AfterEach
    void writableAgain() throws IOException, InterruptedException {
        media.close();
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private CliRun alcove(String... args) {
        return run(Stream.concat(Stream.of("--db", file.toString()), Arrays.stream(args)).toArray(String[]::new));
    }

    @Test
    void readingCommandsWorkAndCreateNothingBesideIt() throws IOException {
        byte[] before = Files.readAllBytes(file);
        assertThat(alcove("stats", "--json").out()).contains("\"books\":6");
        assertThat(alcove("search", "austen").out()).contains("Pride and Prejudice");
        CliRun export = alcove("export-books", tmp.resolve("books.csv").toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(tmp.resolve("books.csv")).content().contains("Persuasion");
        assertThat(alcove("export-authors", tmp.resolve("authors.csv").toString()).code()).isZero();
        CliRun backup = alcove("backup", tmp.resolve("copy.alcove").toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(run("--db", tmp.resolve("copy.alcove").toString(), "stats", "--json").out()).contains("\"books\":6");
        CliRun check = alcove("check");
        assertThat(check.code()).as(check.err() + check.out()).isZero();
        assertThat(alcove("showmigrations").out()).contains("[X] 0001_initial");
        assertThat(siblings()).containsExactly("catalog.alcove");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void writingCommandsRefuseInOneSentenceAndChangeNothing() throws IOException {
        byte[] before = Files.readAllBytes(file);
        Path books = Files.writeString(tmp.resolve("more.csv"), "title,author,publication_date,isbn,genre,pages\n"
                + "Sanditon,Jane Austen,1925-01-01,,FIC,200\n");
        for (String[] command : List.of(new String[] {"import-books", books.toString()}, new String[] {"migrate", "zero"},
                new String[] {"check", "--repair"}, new String[] {"borrowers", "add", "Ada Lovelace", "C1"})) {
            CliRun r = alcove(command);
            assertThat(r.code()).as(command[0]).isEqualTo(2);
            assertThat(r.err()).as(command[0]).hasLineCount(1).startsWith("alcove: " + file + " cannot be written (a read-only disk,")
                    .contains("nothing was changed", "Reading it still works");
        }
        assertThat(siblings()).containsExactly("catalog.alcove");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
