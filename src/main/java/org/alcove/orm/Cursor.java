package org.alcove.orm;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Function;

/** An open result read row by row, for streaming; closing it releases the statement. */
final class Cursor implements AutoCloseable {
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final Function<SQLException, DatabaseError> translate;

    Cursor(PreparedStatement statement, ResultSet rows, Function<SQLException, DatabaseError> translate) {
        this.statement = statement;
        this.rows = rows;
        this.translate = translate;
    }

    ResultSet rows() {
        return rows;
    }

    boolean next() {
        try {
            return rows.next();
        } catch (SQLException e) {
            throw translate.apply(e);
        }
    }

    DatabaseError translate(SQLException e) {
        return translate.apply(e);
    }

    @Override
    public void close() {
        try {
            rows.close();
            statement.close();
        } catch (SQLException e) {
            throw translate.apply(e);
        }
    }
}
