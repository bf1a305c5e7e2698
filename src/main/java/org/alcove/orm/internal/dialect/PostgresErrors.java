package org.alcove.orm.internal.dialect;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alcove.orm.DatabaseError;
import org.alcove.orm.IntegrityError;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * PostgreSQL's errors as the ORM's own, by SQLSTATE: constraint failures naming the constraint as
 * SQLite's do ({@code book.isbn}), a server that cannot be reached or refuses the login said plainly.
 */
final class PostgresErrors {
    private static final Pattern KEY = Pattern.compile("Key \\(([^)]*)\\)=");

    private PostgresErrors() {
    }

    static DatabaseError translate(SQLException e, String sql) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        String message = server != null && server.getMessage() != null ? server.getMessage() : String.valueOf(e.getMessage());
        String table = server == null ? null : server.getTable();
        switch (state) {
            case "23505" -> {
                String constraint = table + "." + keyColumns(server);
                return new IntegrityError("UNIQUE constraint failed: " + constraint, constraint, e);
            }
            case "23503" -> {
                return new IntegrityError("FOREIGN KEY constraint failed: a row refers to a row that does not exist",
                        server == null ? null : server.getConstraint(), e);
            }
            case "23502" -> {
                String constraint = table + "." + server.getColumn();
                return new IntegrityError("NOT NULL constraint failed: " + constraint, constraint, e);
            }
            case "23514" -> {
                String constraint = server == null ? message : server.getConstraint();
                return new IntegrityError("CHECK constraint failed: " + constraint, constraint, e);
            }
            default -> {
                // fall through to the classes below
            }
        }
        if (state.startsWith("08")) {
            return new DatabaseError("Cannot reach the PostgreSQL server (" + message + ")", e);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new DatabaseError("The PostgreSQL server refused the login (" + message
                    + "); give the password in PGPASSWORD or ~/.pgpass", e);
        }
        if (state.equals("3D000")) {
            return new DatabaseError("There is no such database on the server (" + message + ")", e);
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return new DatabaseError("Another desk is changing the same rows; try again (" + message + ")", e);
        }
        if (state.equals("25006")) {
            return new DatabaseError("The database is open read-only; nothing was changed", e);
        }
        return new DatabaseError(message + (sql == null ? "" : " [in: " + sql + "]"), e);
    }

    /** The columns of a unique key from the server's detail ({@code Key (isbn)=(...) already exists}). */
    private static String keyColumns(ServerErrorMessage server) {
        if (server == null || server.getDetail() == null) {
            return server == null ? "?" : String.valueOf(server.getConstraint());
        }
        Matcher m = KEY.matcher(server.getDetail());
        return m.find() ? m.group(1).replace(", ", ", " + server.getTable() + ".") : String.valueOf(server.getConstraint());
    }
}
