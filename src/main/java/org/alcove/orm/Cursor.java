package org.alcove.orm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * An open result read row by row, for streaming; closing it releases the statement, and the
 * connection when the cursor has one of its own (PostgreSQL's fetching cursors).
 */
final class Cursor implements AutoCloseable {
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final Function<SQLException, DatabaseError> translate;
    private final Connection own;
    private boolean closed;

    Cursor(PreparedStatement statement, ResultSet rows, Function<SQLException, DatabaseError> translate, Connection own) {
        this.statement = statement;
        this.rows = rows;
        this.translate = translate;
        this.own = own;
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
        if (closed) {
            return;
        }
        closed = true;
        try {
            rows.close();
            statement.close();
            if (own != null) {
                own.rollback(); // it only read
            }
        } catch (SQLException e) {
            throw translate.apply(e);
        } finally {
            if (own != null) {
                try {
                    own.close();
                } catch (SQLException ignored) {
                    // closing anyway
                }
            }
        }
    }
}
