package org.alcove.catalog.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.alcove.catalog.Author;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Names;
import org.alcove.catalog.io.AuthorCsvReader;
import org.alcove.catalog.io.AuthorRecord;
import org.alcove.orm.BulkOptions;

/**
 * Imports an authors file inside the caller's transaction. An author whose name (ignoring case
 * and spacing) is already in the catalogue, or earlier in the file, is matched, not added again.
 */
final class AuthorImport {

    private final Catalog catalog;
    private final ImportTally tally;

    AuthorImport(Catalog catalog, ImportTally tally) {
        this.catalog = catalog;
        this.tally = tally;
    }

    void run(AuthorCsvReader reader) {
        Set<String> known = new HashSet<>();
        try (Stream<String> names = catalog.authors().orderBy().valuesListFlat("name", String.class).stream()) {
            names.forEach(n -> known.add(Names.key(n)));
        }
        List<Author> batch = new ArrayList<>(tally.options().batchSize());
        tally.readAll(reader, NamedAuthor::of, a -> {
            if (known.add(a.key())) {
                batch.add(a.author());
            } else {
                tally.matched++;
            }
        }, batch, () -> flush(batch));
    }

    /** An author to insert, with the key its name is matched on; made on the reading thread. */
    private record NamedAuthor(String key, Author author) {
        static NamedAuthor of(AuthorRecord a) {
            return new NamedAuthor(Names.key(a.name()), new Author(a.name(), a.birthDate()).setBiography(a.biography()));
        }
    }

    private void flush(List<Author> batch) {
        if (!batch.isEmpty()) {
            catalog.authors().bulkCreate(batch, BulkOptions.defaults().withoutIds()); // the ids are not needed
            tally.imported += batch.size();
            batch.clear();
        }
    }
}
