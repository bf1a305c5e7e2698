package org.alcove.catalog.importing;

/**
 * How far an import has got, for a progress bar.
 *
 * @param rowsRead data rows read so far
 * @param bytesRead bytes of the file read so far
 * @param totalBytes the file's size in bytes, or -1 when unknown
 * @param imported rows written so far (not yet committed)
 * @param matched rows found already in the catalogue so far
 * @param rejected rows rejected so far
 */
public record ImportProgress(long rowsRead, long bytesRead, long totalBytes, long imported, long matched,
        long rejected) {

    /**
     * The share of the file read, between 0 and 1, or -1 when the size is unknown.
     *
     * @return the fraction
     */
    public double fraction() {
        return totalBytes <= 0 ? -1 : Math.min(1.0, (double) bytesRead / totalBytes);
    }
}
