package org.alcove.catalog.migrations;

import java.util.List;

import org.alcove.catalog.Names;
import org.alcove.orm.Database;
import org.alcove.orm.migrations.DataMigration;

/**
 * Migration 0006: every book's author becomes its first contribution (role author, position 0),
 * and every author gets a sort name made from the name ("Le Guin, Ursula K."). Rolling back
 * empties both again; the book's author column was never touched, so nothing is lost either way.
 */
public final class FillContributions implements DataMigration {
    @Override
    public void forwards(Database db) {
        db.execute("INSERT INTO contribution (book_id, author_id, role, position) SELECT id, author_id, 'aut', 0 FROM book");
        List<Object[]> authors = db.query("SELECT id, name FROM author", List.of(), rs -> new Object[] {rs.getLong(1), rs.getString(2)});
        for (Object[] a : authors) {
            db.execute("UPDATE author SET sort_name = ? WHERE id = ?", Names.sortForm((String) a[1]), a[0]);
        }
    }

    @Override
    public boolean reversible() {
        return true;
    }

    @Override
    public void backwards(Database db) {
        db.execute("DELETE FROM contribution");
        db.execute("UPDATE author SET sort_name = ''");
    }
}
