package org.alcove.catalog.circulation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alcove.catalog.Borrower;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.io.BorrowerCsv;
import org.alcove.catalog.io.RowError;
import org.alcove.orm.Database;

/**
 * Imports borrowers from CSV by the rules books follow: every bad row is reported with its line,
 * column and reason; with {@code abortOnError} the first one stops the import and nothing is
 * written; otherwise good rows go in and bad ones are listed. A card already in the catalogue
 * updates that borrower (so importing the same file twice changes nothing); a card twice in the
 * file is an error on its second line. One transaction for the whole file.
 */
public final class BorrowerImport {
    /**
     * What an import did.
     *
     * @param created borrowers added
     * @param updated borrowers whose details changed
     * @param unchanged borrowers already as the file has them
     * @param errors the rejected rows, in line order
     * @param committed whether anything was written (false after an abort)
     */
    public record Report(int created, int updated, int unchanged, List<RowError> errors, boolean committed) {
    }

    private BorrowerImport() {
    }

    public static Report run(Catalog catalog, Path file, boolean abortOnError) throws IOException {
        List<BorrowerCsv.Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        BorrowerCsv.read(file, row -> {
            Long first = seen.putIfAbsent(row.card(), row.line());
            if (first != null) {
                errors.add(new RowError(row.line(), "card", "card " + row.card() + " is already on line " + first, row.name()));
            } else {
                rows.add(row);
            }
        }, errors::add);
        errors.sort((a, b) -> Long.compare(a.line(), b.line()));
        if (abortOnError && !errors.isEmpty()) {
            return new Report(0, 0, 0, List.of(errors.get(0)), false);
        }
        Database db = catalog.db();
        int[] counts = new int[3];
        db.atomic(() -> {
            Map<String, Borrower> existing = new HashMap<>();
            List<String> cards = rows.stream().map(BorrowerCsv.Row::card).toList();
            for (int i = 0; i < cards.size(); i += 500) {
                for (Borrower b : db.objects(Borrower.class).filter("card__in", cards.subList(i, Math.min(cards.size(), i + 500)))) {
                    existing.put(b.getCard(), b);
                }
            }
            List<Borrower> fresh = new ArrayList<>();
            for (BorrowerCsv.Row r : rows) {
                Borrower b = existing.get(r.card());
                if (b == null) {
                    fresh.add(new Borrower(r.name(), r.card()).setGroup(r.group()).setContact(r.contact()).setNotes(r.notes())
                            .setActive(r.active().orElse(true)));
                    continue;
                }
                boolean same = b.getName().equals(r.name()) && b.getGroup().equals(r.group()) && b.getContact().equals(r.contact())
                        && b.getNotes().equals(r.notes()) && r.active().map(a -> a == b.isActive()).orElse(true);
                if (same) {
                    counts[2]++;
                } else {
                    b.setName(r.name()).setGroup(r.group()).setContact(r.contact()).setNotes(r.notes());
                    r.active().ifPresent(b::setActive);
                    b.save();
                    counts[1]++;
                }
            }
            db.objects(Borrower.class).bulkCreate(fresh);
            counts[0] = fresh.size();
        });
        return new Report(counts[0], counts[1], counts[2], errors, true);
    }
}
