package org.alcove.catalog.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writes the rows an import rejected as CSV with columns {@code line,field,message,row}, one line
 * per {@link RowError}, so the user can open it in a spreadsheet, fix the rows and import them
 * again. UTF-8 without a byte order mark, CRLF, with spreadsheet formulas neutralised as in the
 * export.
 *
 * <pre>{@code
 * try (RejectedRowsReport report = RejectedRowsReport.open(path)) {
 *     report.write(rejected.errors());
 * }
 * }</pre>
 */
public final class RejectedRowsReport implements Closeable {

    private final SafeCsvPrinter printer;

    /**
     * Starts writing to a character stream and writes the header; the report closes it.
     *
     * @param out where the CSV goes
     * @throws IOException if writing fails
     */
    public RejectedRowsReport(Writer out) throws IOException {
        this.printer = new SafeCsvPrinter(out, "line", "field", "message", "row");
    }

    /**
     * Starts writing UTF-8 to a file, replacing it.
     *
     * @param file the file
     * @return the report, the header written
     * @throws IOException if the file cannot be written
     */
    public static RejectedRowsReport open(Path file) throws IOException {
        return new RejectedRowsReport(SafeCsvPrinter.utf8(file));
    }

    /**
     * Writes one error.
     *
     * @param error the error
     * @throws IOException if writing fails
     */
    public void write(RowError error) throws IOException {
        printer.print(error.line(), error.field(), error.message(), error.rawRow());
    }

    /**
     * Writes several errors, in order.
     *
     * @param errors the errors
     * @throws IOException if writing fails
     */
    public void write(Iterable<RowError> errors) throws IOException {
        for (RowError error : errors) {
            write(error);
        }
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
