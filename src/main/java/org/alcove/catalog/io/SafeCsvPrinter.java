package org.alcove.catalog.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;

/**
 * Writes RFC 4180 CSV (comma, CRLF, quotes where needed) in UTF-8 without a byte order mark,
 * neutralising spreadsheet formulas in every cell (see {@link FormulaEscaping}). Prints through
 * {@link CSVFormat#printRecord} rather than a {@code CSVPrinter}, whose class file carries
 * SpotBugs annotations that make javac warn when they are not on the class path.
 */
final class SafeCsvPrinter implements Closeable {

    private final Writer out;

    SafeCsvPrinter(Writer out, String... header) throws IOException {
        this.out = out;
        CSVFormat.DEFAULT.printRecord(out, (Object[]) header);
    }

    static Writer utf8(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    void print(Object... cells) throws IOException {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cells[i] == null ? "" : FormulaEscaping.neutralise(cells[i].toString());
        }
        CSVFormat.DEFAULT.printRecord(out, safe);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
