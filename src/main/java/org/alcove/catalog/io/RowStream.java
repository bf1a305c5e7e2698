package org.alcove.catalog.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The loop the format readers share: take each data row of a {@link CsvSource}, check its shape
 * against the header, and map it to exactly one {@link RowResult}.
 *
 * @param <T> the record type
 */
final class RowStream<T> implements Closeable {

    /** Maps one row; the result is used only when the cells collected no errors. */
    interface Mapper<T> {
        T map(RowCells cells);
    }

    private final CsvSource source;
    private final boolean restoreFormulas;
    private final Mapper<T> mapper;

    RowStream(CsvSource source, boolean restoreFormulas, Mapper<T> mapper) {
        this.source = source;
        this.restoreFormulas = restoreFormulas;
        this.mapper = mapper;
    }

    Optional<RowResult<T>> next() throws IOException {
        try {
            return source.next().map(this::toResult);
        } catch (UncheckedIOException e) { // from a mapper's own files (the ISBNs set aside on disk)
            throw e.getCause();
        }
    }

    void forEach(Consumer<? super RowResult<T>> action) throws IOException {
        for (Optional<RowResult<T>> result = next(); result.isPresent(); result = next()) {
            action.accept(result.get());
        }
    }

    long bytesRead() {
        return source.bytesRead();
    }

    long totalBytes() {
        return source.totalBytes();
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    private RowResult<T> toResult(SourceRow row) {
        RowCells cells = new RowCells(row, restoreFormulas);
        int columns = source.header().size();
        if (hasValuesBeyond(row.values(), columns)) {
            cells.error("row", "row has " + row.values().size() + " values but the header has "
                    + columns + " columns; does a value with a '" + printable(source.delimiter())
                    + "' lack quotes?");
            return new RowResult.Rejected<>(row.line(), cells.errors());
        }
        if (row.values().size() < columns) {
            if (row.unterminated()) {
                cells.error("row", "the file ends in the middle of this row: it has " + row.values().size()
                        + " of the header's " + columns + " columns and no line break after it; was the file cut short?");
                return new RowResult.Rejected<>(row.line(), cells.errors());
            }
            cells.warn("row", "the row has " + row.values().size() + " of the header's " + columns
                    + " columns; the missing ones are read as empty");
        }
        for (long line : row.redecodedLines()) {
            cells.warn(line, "row", "bytes that are not UTF-8 were read as Windows-1252");
        }
        String swallowed = swallowedRows(row.values(), row.line(), columns, source.delimiter());
        if (swallowed != null) {
            cells.warn("row", swallowed);
        }
        T record = mapper.map(cells);
        if (swallowed != null && cells.hasErrors()) {
            cells.error("row", swallowed); // a rejected row carries no warnings: say it where it is seen
        }
        return cells.hasErrors() ? new RowResult.Rejected<>(row.line(), cells.errors())
                : new RowResult.Valid<>(row.line(), record);
    }

    /**
     * What to tell the user when a quoted value runs over lines that look like rows of their own (as
     * many delimiters as a row has): the sign of a quote never closed, whose value swallowed the rows
     * after it; null when no value does. Legitimate multi-line text (a review, a biography) rarely
     * has a whole row's delimiters on one line, and then costs only a warning.
     */
    static String swallowedRows(List<String> values, long firstLine, int columns, char delimiter) {
        if (columns < 2) {
            return null;
        }
        long line = firstLine;
        for (String value : values) {
            String[] lines = value.split("\r\n|\r|\n", -1);
            long first = -1;
            long last = -1;
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].chars().filter(c -> c == delimiter).count() >= columns - 1) {
                    first = first < 0 ? line + i : first;
                    last = line + i;
                }
            }
            if (first > 0) {
                int end = lines[lines.length - 1].isEmpty() ? lines.length - 2 : lines.length - 1; // a value cut off by the file's end
                return "the quoted value starting on line " + line + " runs on to line " + (line + end)
                        + (first == last ? " over line " + first + ", which looks like a row of its own"
                                : " over lines " + first + "–" + last + ", which look like rows of their own")
                        + "; is a closing '\"' missing? They were read as part of this value, not as rows";
            }
            line += lines.length - 1;
        }
        return null;
    }

    private static boolean hasValuesBeyond(List<String> values, int columns) {
        for (int i = columns; i < values.size(); i++) {
            if (!values.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String printable(char delimiter) {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }
}
