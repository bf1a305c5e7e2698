package org.alcove.catalog.importing;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

import org.alcove.catalog.io.ImportFormat;

/**
 * The start of a file, for the import dialog to show before importing.
 *
 * @param header the header's column names
 * @param rows the first data rows, their values as in the file
 * @param format the format recognised from the header, if any
 * @param charset the encoding the file is read in
 * @param delimiter the delimiter detected: comma, tab or semicolon
 */
public record ImportPreview(List<String> header, List<List<String>> rows, Optional<ImportFormat> format,
        Charset charset, char delimiter) {

    /**
     * Copies the lists so the preview stays immutable.
     *
     * @param header the header
     * @param rows the rows
     * @param format the format
     * @param charset the encoding
     * @param delimiter the delimiter
     */
    public ImportPreview {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
