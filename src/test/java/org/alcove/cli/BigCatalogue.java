package org.alcove.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.alcove.catalog.CatalogFixture;
import org.alcove.orm.Database;

/** A catalogue big enough that writing it out takes a while: the seed's six books copied over and over, in SQL. */
final class BigCatalogue {
    private BigCatalogue() {
    }

    /** The seed's catalogue in {@code dir} with its books copied until it holds {@code 6 * 2^doublings} (no ISBN on the copies); closed. */
    static Path in(Path dir, int doublings) {
        try (Database db = CatalogFixture.seeded(dir)) {
            List<String> columns = db.query("PRAGMA table_info(book)", List.of(), rs -> rs.getString("name")).stream()
                    .filter(c -> !c.equals("id")).toList();
            String insert = String.join(", ", columns);
            String select = columns.stream().map(c -> c.equals("isbn") ? "NULL" : c).collect(Collectors.joining(", "));
            db.atomic(() -> {
                for (int i = 0; i < doublings; i++) {
                    db.execute("INSERT INTO book (" + insert + ") SELECT " + select + " FROM book");
                }
            });
        }
        return dir.resolve("catalog.alcove");
    }
}
