package org.alcove.catalog.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes big, valid books and authors files quickly, for the crash, memory and index tests. */
public final class BulkFiles {

    private BulkFiles() {
    }

    /** A valid ISBN-13 made from {@code n}. */
    public static String isbn13(long n) {
        String body = "978" + String.format("%09d", n);
        int total = 0;
        for (int i = 0; i < 12; i++) {
            total += (i % 2 == 0 ? 1 : 3) * (body.charAt(i) - '0');
        }
        return body + (10 - total % 10) % 10;
    }

    /** A books CSV of {@code rows} valid rows by {@code authors} authors. */
    public static Path books(Path file, int rows, int authors) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("title,author,publication_date,isbn,genre,pages\n");
            for (int i = 0; i < rows; i++) {
                w.write("Title " + i + ",Author " + (i % authors) + "," + (1800 + i % 220) + "-01-01,"
                        + isbn13(i) + ",SCI," + (i % 900) + "\n");
            }
        }
        return file;
    }

    /** An authors CSV of {@code rows} valid rows, about 80 bytes each, named {@code Author 0 …}. */
    public static Path authors(Path file, int rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("name,birth_date,biography\n");
            for (int i = 0; i < rows; i++) {
                w.write("Author " + i + "," + (1800 + i % 200) + "-02-03,Wrote under several names; born in town " + i % 977 + ".\n");
            }
        }
        return file;
    }
}
