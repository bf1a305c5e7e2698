package org.alcove.catalog.io;

import java.util.List;

/**
 * The outcome of reading one data record: either a valid record or the reasons it was rejected.
 * Every data record of a file yields exactly one result.
 *
 * <pre>{@code
 * if (result instanceof RowResult.Valid<BookRecord> valid) { save(valid.record()); }
 * }</pre>
 *
 * @param <T> the record type, {@link BookRecord} or {@link AuthorRecord}
 */
public sealed interface RowResult<T> {

    /**
     * The physical line the record starts on.
     *
     * @return the line number, the header being line 1
     */
    long line();

    /**
     * A record that passed every check.
     *
     * @param line the line the record starts on
     * @param record the record
     * @param <T> the record type
     */
    record Valid<T>(long line, T record) implements RowResult<T> {
    }

    /**
     * A record that failed one or more checks.
     *
     * @param line the line the record starts on
     * @param errors one entry per problem, never empty
     * @param <T> the record type that could not be built
     */
    record Rejected<T>(long line, List<RowError> errors) implements RowResult<T> {

        /**
         * Copies the errors so the result stays immutable.
         *
         * @param line the line the record starts on
         * @param errors one entry per problem
         */
        public Rejected {
            errors = List.copyOf(errors);
        }
    }
}
