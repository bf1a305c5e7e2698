package org.alcove.orm.internal.dialect;

import java.sql.SQLException;

import org.alcove.orm.DatabaseError;
import org.alcove.orm.IntegrityError;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** SQLite's errors as the ORM's own: constraint failures naming the constraint, locked and damaged files said plainly. */
final class SqliteErrors {
    private SqliteErrors() {
    }

    static DatabaseError translate(SQLException e, String sql) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        int primary = code == null ? e.getErrorCode() : code.code & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_CONSTRAINT.code) {
            String constraint = constraintOf(message);
            return new IntegrityError(constraintMessage(message, constraint), constraint, e);
        }
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new DatabaseError("The catalogue is locked by another program; close it there and try again", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new DatabaseError("The file is not a catalogue or is damaged (" + clean(message) + ")", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code) {
            return new DatabaseError("The database is open read-only (its file or folder cannot be written); nothing was changed", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            // The statement's SQL (a bulk insert may be a megabyte of it) would bury the one thing to say.
            return new DatabaseError("The disk is full (or the file reached the largest size it may have), so the change was not saved; "
                    + "free some space and try again", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return new DatabaseError("Cannot open the catalogue file (" + clean(message) + ")", e);
        }
        return new DatabaseError(clean(message) + (sql == null ? "" : " [in: " + sql + "]"), e);
    }

    private static String constraintOf(String message) {
        int at = message.indexOf("constraint failed: ");
        if (at < 0) {
            return clean(message);
        }
        String rest = message.substring(at + "constraint failed: ".length());
        int end = rest.indexOf(')');
        return (end < 0 ? rest : rest.substring(0, end)).trim();
    }

    private static String constraintMessage(String message, String constraint) {
        String m = clean(message);
        if (m.contains("UNIQUE")) {
            return "UNIQUE constraint failed: " + constraint;
        }
        if (m.contains("FOREIGN KEY")) {
            return "FOREIGN KEY constraint failed: a row refers to a row that does not exist";
        }
        if (m.contains("NOT NULL")) {
            return "NOT NULL constraint failed: " + constraint;
        }
        if (m.contains("CHECK")) {
            return "CHECK constraint failed: " + constraint;
        }
        return m;
    }

    /** The driver's message without its {@code [SQLITE_...]} prefix. */
    private static String clean(String message) {
        int paren = message.indexOf('(');
        if (message.startsWith("[SQLITE_") && paren > 0 && message.endsWith(")")) {
            return message.substring(paren + 1, message.length() - 1);
        }
        return message;
    }
}
