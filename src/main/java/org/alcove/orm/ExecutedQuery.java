package org.alcove.orm;

import java.util.List;

/** One statement the database ran: its SQL, its bind values and how long it took. */
public record ExecutedQuery(String sql, List<Object> params, long nanos) {
    @Override
    public String toString() {
        return sql + (params.isEmpty() ? "" : " " + params) + String.format(" (%.3f ms)", nanos / 1e6);
    }
}
