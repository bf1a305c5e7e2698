package org.alcove.orm;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns the current row of a raw query into a value; see {@link Database#query}. */
@FunctionalInterface
public interface RowMapper<R> {
    R map(ResultSet row) throws SQLException;
}
