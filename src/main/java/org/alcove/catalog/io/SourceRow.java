package org.alcove.catalog.io;

import java.util.List;

import org.apache.commons.csv.CSVFormat;

/**
 * One data record of a CSV file, with the physical line it starts on.
 *
 * @param line the line the record starts on, counted as a spreadsheet user would (the header is
 *     line 1, a quoted newline inside a value moves later records down)
 * @param values the record's values as written, in column order
 */
public record SourceRow(long line, List<String> values) {

    /**
     * Copies the values so the row stays immutable.
     *
     * @param line the line the record starts on
     * @param values the values
     */
    public SourceRow {
        values = List.copyOf(values);
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
