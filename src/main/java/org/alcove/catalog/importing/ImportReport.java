package org.alcove.catalog.importing;

import java.time.Duration;
import java.util.List;

import org.alcove.catalog.io.ImportFormat;
import org.alcove.catalog.io.ImportWarning;
import org.alcove.catalog.io.RowError;

/**
 * What an import did. Every data row of the file is counted exactly once, as imported, matched
 * (already in the catalogue) or rejected: {@code rowsRead == imported + matched + rejected} when the
 * whole file was read.
 *
 * @param format the format read
 * @param rowsRead data rows read (blank lines are not rows)
 * @param imported rows added to the catalogue (none when not committed)
 * @param matched rows already in the catalogue, so not added again
 * @param rejected rows rejected
 * @param authorsCreated authors a books import created for unknown names
 * @param errors the problems of the rejected rows, in file order, at most
 *     {@link ImportOptions#maxErrorsKept()} of them
 * @param errorsTruncated whether more problems were found than {@code errors} holds
 * @param committed whether the import was committed; when not, the catalogue is as it was before
 * @param cancelled whether the import stopped because it was cancelled
 * @param elapsed how long the import took
 * @param warnings what was done to imported rows that the user should know (bytes re-decoded,
 *     an ISBN taken from the other column, a value cut), in line order, at most
 *     {@link ImportOptions#maxErrorsKept()} of them
 * @param warningsTruncated whether more warnings were found than {@code warnings} holds
 * @param backup the backup of the catalogue written before the import (into {@code backups/} beside
 *     it), or null when it held no books or authors yet
 */
public record ImportReport(ImportFormat format, long rowsRead, long imported, long matched, long rejected,
        long authorsCreated, List<RowError> errors, boolean errorsTruncated, boolean committed,
        boolean cancelled, Duration elapsed, List<ImportWarning> warnings, boolean warningsTruncated, java.nio.file.Path backup) {

    /**
     * Copies the errors so the report stays immutable.
     *
     * @param format the format read
     * @param rowsRead data rows read
     * @param imported rows added
     * @param matched rows already present
     * @param rejected rows rejected
     * @param authorsCreated authors created
     * @param errors the problems kept
     * @param errorsTruncated whether problems were left out
     * @param committed whether committed
     * @param cancelled whether cancelled
     * @param elapsed the time taken
     * @param warnings the warnings kept
     * @param warningsTruncated whether warnings were left out
     */
    public ImportReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /**
     * Rows read per second, for measuring.
     *
     * @return the rate, 0 when nothing was timed
     */
    public double rowsPerSecond() {
        long nanos = elapsed.toNanos();
        return nanos == 0 ? 0 : rowsRead * 1e9 / nanos;
    }
}
