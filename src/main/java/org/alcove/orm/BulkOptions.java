package org.alcove.orm;

import java.util.List;

/**
 * Options of {@link QuerySet#bulkCreate(List, BulkOptions)}: ignore rows that break a unique
 * constraint, or update the existing row instead (an upsert on {@code uniqueFields}).
 *
 * @param batchSize      rows per INSERT; 0 chooses up to 2,000, fewer when the database's variable limit needs it
 * @param ignoreConflicts skip rows that conflict (ids are then not read back, for any row)
 * @param uniqueFields   the fields whose conflict triggers an update
 * @param updateFields   the fields updated on conflict
 * @param returnIds      read the new rows' ids back and set them on the objects (off saves reading a
 *                       result row per inserted row when the caller does not need them)
 */
public record BulkOptions(int batchSize, boolean ignoreConflicts, List<String> uniqueFields, List<String> updateFields,
                          boolean returnIds) {
    public BulkOptions {
        returnIds = returnIds && !ignoreConflicts; // a skipped row returns no id: the others would land on the wrong objects
        uniqueFields = List.copyOf(uniqueFields);
        updateFields = List.copyOf(updateFields);
    }

    /** Plain inserts in batches of up to 2,000 rows (fewer when the variable limit needs it), ids read back. */
    public static BulkOptions defaults() {
        return new BulkOptions(0, false, List.of(), List.of(), true);
    }

    /** Rows that conflict with an existing row are skipped. */
    public static BulkOptions ignoringConflicts() {
        return new BulkOptions(0, true, List.of(), List.of(), false);
    }

    /** Rows that conflict on {@code uniqueFields} update {@code updateFields} of the existing row. */
    public static BulkOptions updatingConflicts(List<String> uniqueFields, List<String> updateFields) {
        return new BulkOptions(0, false, uniqueFields, updateFields, true);
    }

    /** The same options with another batch size. */
    public BulkOptions withBatchSize(int size) {
        return new BulkOptions(size, ignoreConflicts, uniqueFields, updateFields, returnIds);
    }

    /** The same options without reading the new ids back (the objects keep a null id). */
    public BulkOptions withoutIds() {
        return new BulkOptions(batchSize, ignoreConflicts, uniqueFields, updateFields, false);
    }
}
