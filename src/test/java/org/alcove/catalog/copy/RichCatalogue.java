package org.alcove.catalog.copy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Borrower;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.ContributorRole;
import org.alcove.catalog.Copy;
import org.alcove.catalog.DatePrecision;
import org.alcove.catalog.Identifier;
import org.alcove.catalog.Reading;
import org.alcove.catalog.ReadingStatus;
import org.alcove.catalog.Series;
import org.alcove.catalog.Tag;
import org.alcove.catalog.browse.BookEditing;
import org.alcove.catalog.circulation.Circulation;
import org.alcove.orm.Database;

/** A catalogue holding a row of every kind: books with contributors, tags, series, copies, identifiers, readings; borrowers, loans, holds, tallies; trash and undo steps. */
public final class RichCatalogue {
    private RichCatalogue() {
    }

    /** Fills {@code catalog} (new, migrated) with every kind of row. */
    public static void fill(Catalog catalog) {
        Database db = catalog.db();
        Author homer = catalog.authors().create(new Author("Homer", null).setSortName("Homer"));
        Author fagles = catalog.authors().create(new Author("Robert Fagles", LocalDate.of(1933, 9, 11)));
        Author austen = catalog.authors().create(new Author("Jane Austen", LocalDate.of(1775, 12, 16)));
        Series epics = db.objects(Series.class).create(new Series("Epics"));
        Book odyssey = db.save(new Book("The Odyssey", homer, null, "9780140268867", catalog.genres().require("FIC"), 541).setFirstPublished(-700)
                .setPublicationDate(LocalDate.of(1996, 1, 1), DatePrecision.YEAR).setSeries(epics, new BigDecimal("2.5"))
                .setStatus(ReadingStatus.READ).setRating(new BigDecimal("4.5")).setReview("Wine-dark, «ÉMILE», 漢字.\nSecond line.")
                .setPublisher("Penguin"));
        odyssey.credit(homer, ContributorRole.AUTHOR);
        odyssey.credit(fagles, ContributorRole.TRANSLATOR);
        Book emma = db.save(new Book("Emma", austen, LocalDate.of(1815, 12, 23), null, catalog.genres().require("FIC"), 474));
        Book iliad = db.save(new Book("The Iliad", homer, null, null, catalog.genres().require("HIS"), 683));
        Tag classics = db.objects(Tag.class).create(new Tag("Classics"));
        odyssey.tags().add(classics);
        emma.tags().add(classics, db.objects(Tag.class).create(new Tag("Romance")));
        db.save(new Identifier(odyssey, "oclc", "35637537"));
        db.save(new Reading(odyssey, LocalDate.of(2019, 1, 2), LocalDate.of(2019, 2, 1)));
        db.save(new Copy(odyssey, "A0001").setLocation("Shelf 3").setPrice(new BigDecimal("12.50")));
        db.save(new Copy(emma, "A0002"));
        db.save(new Copy(emma, "A0003"));
        db.objects(Borrower.class).create(new Borrower("Ada Pupil", "P100").setGroup("Year 7"));
        db.objects(Borrower.class).create(new Borrower("Ben Pupil", "P101").setGroup("Year 7").setActive(false));
        db.objects(Borrower.class).create(new Borrower("Cara Teacher", "S200").setGroup("Staff"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Circulation lastYear = new Circulation(catalog, Clock.fixed(today.minusYears(1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        lastYear.setPolicy("Staff", 28, 3, 10);
        lastYear.checkout("P100", "A0002", null);
        lastYear.giveBack("A0002");
        Circulation now = new Circulation(catalog);
        now.purgeHistory(6); // last year's loan becomes a tally
        now.checkout("S200", "A0001", null);
        now.checkout("P100", "A0002", null);
        now.giveBack("A0002");
        now.checkout("P100", "A0003", null);
        now.placeHold("S200", emma);
        new BookEditing(catalog).deleteBook(iliad.getId()); // a trash item and an undo step
    }

    /**
     * Every row of the catalogue's own tables as text, read by plain SQL, table by table: what a
     * copy must keep. Left out: the migration history (its times), and the search index's storage,
     * which differs with the order rows came in however equal its contents.
     */
    public static Map<String, List<String>> rows(Database db) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String table : db.tableNames()) {
            if (!table.equals("alcove_migrations") && !table.matches(".*_search(_(data|idx|config|docsize|content))?") && !table.startsWith("sqlite_")) {
                out.put(table, db.query("SELECT * FROM " + db.quote(table) + " ORDER BY 1", List.of(), rs -> {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getMetaData().getColumnName(i) + "=" + rs.getString(i));
                    }
                    return String.join("|", row);
                }));
            }
        }
        return out;
    }
}
