package org.alcove.catalog.browse;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;

import org.alcove.orm.Database;

/**
 * Every row a deletion of books (and perhaps their author) takes with it, read before the delete
 * so an undo puts back exactly what was there: the author, the books with all their fields, and
 * the rows that hang on them (credits, identifiers, readings, copies, tag links, holds; credits of the
 * author on other books too), and the links of the lending history to them ({@link #LINKED_ROWS}). Rows are copied column by column, so fields added by later
 * migrations come back without this class knowing them; a table that gains a {@code book_id}
 * must be added to {@link #BOOK_ROWS} or {@link #LINKED_ROWS} (a test checks that none is missing).
 */
final class DeletedRows {
    /** The tables whose rows belong to a book through a {@code book_id} column, restored after the books. */
    static final List<String> BOOK_ROWS = List.of("contribution", "identifier", "reading", "copy", "book_tags", "hold");

    /**
     * The tables whose rows outlive a deleted book with {@code book_id} (and a loan's {@code copy_id})
     * set to null, for the lending history: an undo links them back rather than inserting them.
     */
    static final List<String> LINKED_ROWS = List.of("loan", "loan_tally");

    private record Links(String table, List<Object[]> idBookCopy) {
    }

    private final List<Links> links = new ArrayList<>();

    private record Rows(String table, List<String> columns, List<Object[]> values) {
    }

    private final List<Rows> tables;

    private DeletedRows(List<Rows> tables) {
        this.tables = tables;
    }

    /** The rows deleting the book {@code bookId} removes. */
    static DeletedRows ofBook(Database db, long bookId) {
        List<Rows> out = new ArrayList<>();
        out.add(read(db, "book", "id = ?", bookId));
        for (String t : BOOK_ROWS) {
            out.add(read(db, t, "book_id = ?", bookId));
        }
        return new DeletedRows(out).linking(db, "book_id = ?", bookId);
    }

    /** The rows deleting the author {@code authorId} removes: the author, its books, and its credits anywhere. */
    static DeletedRows ofAuthor(Database db, long authorId) {
        List<Rows> out = new ArrayList<>();
        out.add(read(db, "author", "id = ?", authorId));
        out.add(read(db, "book", "author_id = ?", authorId));
        String ofBooks = "book_id IN (SELECT id FROM book WHERE author_id = ?)";
        for (String t : BOOK_ROWS) {
            out.add(t.equals("contribution") ? read(db, t, ofBooks + " OR author_id = ?", authorId, authorId) : read(db, t, ofBooks, authorId));
        }
        return new DeletedRows(out).linking(db, ofBooks, authorId);
    }

    private DeletedRows linking(Database db, String ofBooks, Object param) {
        links.add(new Links("loan", db.query("SELECT id, book_id, copy_id FROM loan WHERE " + ofBooks, List.of(param),
                rs -> new Object[] {rs.getObject(1), rs.getObject(2), rs.getObject(3)})));
        links.add(new Links("loan_tally", db.query("SELECT id, book_id, NULL FROM loan_tally WHERE " + ofBooks, List.of(param),
                rs -> new Object[] {rs.getObject(1), rs.getObject(2), rs.getObject(3)})));
        return this;
    }

    /** Puts every row back with its old id, in one transaction. */
    void restore(Database db) {
        db.atomic(() -> {
            for (Rows rows : tables) {
                if (rows.values().isEmpty()) {
                    continue;
                }
                String sql = "INSERT INTO " + db.quote(rows.table()) + " ("
                        + String.join(", ", rows.columns().stream().map(db::quote).toList()) + ") VALUES ("
                        + String.join(", ", rows.columns().stream().map(c -> "?").toList()) + ")";
                for (Object[] v : rows.values()) {
                    db.execute(sql, v);
                }
            }
            for (Links l : links) {
                for (Object[] v : l.idBookCopy()) {
                    if (l.table().equals("loan")) {
                        db.execute("UPDATE loan SET book_id = ?, copy_id = ? WHERE id = ?", v[1], v[2], v[0]);
                    } else {
                        db.execute("UPDATE loan_tally SET book_id = ? WHERE id = ?", v[1], v[0]);
                    }
                }
            }
        });
    }

    private static Rows read(Database db, String table, String where, Object... params) {
        List<String> columns = new ArrayList<>();
        List<Object[]> values = db.query("SELECT * FROM " + db.quote(table) + " WHERE " + where, List.of(params), rs -> {
            ResultSetMetaData md = rs.getMetaData();
            if (columns.isEmpty()) {
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    columns.add(md.getColumnName(i));
                }
            }
            Object[] row = new Object[md.getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getObject(i + 1);
            }
            return row;
        });
        return new Rows(table, columns, values);
    }
}
