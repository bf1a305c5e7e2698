package org.alcove.catalog.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.alcove.orm.Database;

/**
 * Large loads into a table the search index covers (migration {@code 0008_search_index}): the
 * table's index triggers are dropped for the load, and the index rebuilt once after it and the
 * triggers made again, all in one transaction, so a failed load leaves both as they were. Kept
 * row by row, the index costs about 45 µs a row (500,000 titles: 22–25 s); rebuilt, 2–3 s.
 *
 * <pre>{@code
 * SearchIndexes.deferredDuring(catalog.db(), "book", () -> importAllRows());
 * }</pre>
 */
public final class SearchIndexes {
    private SearchIndexes() {
    }

    /**
     * Runs {@code work} with the search index of {@code table} kept up to date once at the end
     * instead of row by row; just runs it (in one transaction) when the table has no index (an
     * older catalogue) or the catalogue is on a PostgreSQL server, whose trigram indexes the server
     * keeps itself, with no triggers to drop.
     *
     * @param db the catalogue's database
     * @param table the model's table, {@code book} or {@code author}
     * @param work the load
     * @return what {@code work} returned
     */
    public static <R> R deferredDuring(Database db, String table, Supplier<R> work) {
        if (Database.isServer(db.location())) {
            return db.atomic(work::get);
        }
        return db.atomic(() -> {
            List<List<String>> triggers = db.query("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"
                    + " AND name GLOB '*_search_*' ORDER BY name", List.of(table), rs -> List.of(rs.getString(1), rs.getString(2)));
            if (triggers.isEmpty()) {
                return work.get();
            }
            Set<String> indexes = new LinkedHashSet<>();
            for (List<String> trigger : triggers) {
                db.executeScript("DROP TRIGGER " + db.quote(trigger.get(0)));
                indexes.add(trigger.get(0).substring(0, trigger.get(0).lastIndexOf('_'))); // book_title_search_insert
            }
            R result = work.get();
            for (String index : indexes) {
                db.executeScript("INSERT INTO " + index + " (" + index + ") VALUES ('rebuild')");
            }
            triggers.forEach(trigger -> db.executeScript(trigger.get(1)));
            return result;
        });
    }
}
