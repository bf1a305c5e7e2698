package org.alcove.catalog.io;

import java.util.List;

import org.apache.commons.csv.CSVFormat;

/**
 * One data record of a CSV file, with the physical line it starts on.
 *
 * @param line the line the record starts on, counted as a spreadsheet user would (the header is
 *     line 1, a quoted newline inside a value moves later records down)
 * @param values the record's values as written, in column order
 * @param redecodedLines the lines of this record (and of blank lines after it) where bytes that
 *     were not UTF-8 were read as Windows-1252, in increasing order; usually empty
 * @param unterminated whether this is the file's last record and no line break follows it
 */
public record SourceRow(long line, List<String> values, List<Long> redecodedLines, boolean unterminated) {

    /**
     * A row with nothing re-decoded, followed by a line break.
     *
     * @param line the line the record starts on
     * @param values the values
     */
    public SourceRow(long line, List<String> values) {
        this(line, values, List.of(), false);
    }

    /**
     * Copies the values so the row stays immutable.
     *
     * @param line the line the record starts on
     * @param values the values
     * @param redecodedLines the re-decoded lines
     * @param unterminated whether no line break follows the file's last record
     */
    public SourceRow {
        values = List.copyOf(values);
        redecodedLines = List.copyOf(redecodedLines);
    }

    /**
     * The values joined as one comma-separated CSV record, quoted where needed.
     *
     * @return the record as CSV without a line ending
     */
    public String toCsv() {
        return CSVFormat.DEFAULT.format(values.toArray());
    }
}
