package org.alcove.catalog.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.ContributorRole;
import org.alcove.catalog.Copy;
import org.alcove.catalog.DatePrecision;
import org.alcove.catalog.Genre;
import org.alcove.catalog.Identifier;
import org.alcove.catalog.Reading;
import org.alcove.catalog.ReadingStatus;
import org.alcove.catalog.SeededCatalogTest;
import org.alcove.catalog.Series;
import org.alcove.catalog.Tag;
import org.alcove.orm.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Undoing a delete puts back every row it took, every field of every row: nothing of the new model is lost. */
class UndoDeleteTest extends SeededCatalogTest {
    BookEditing editing;
    Book odyssey;
    Author fagles;

    @BeforeEach
    void richBook() {
        editing = new BookEditing(catalog);
        Database db = catalog.db();
        Author homer = catalog.authors().create(new Author("Homer", null).setSortName("Homer"));
        fagles = catalog.authors().create(new Author("Robert Fagles", LocalDate.of(1933, 9, 11)));
        Series epics = db.objects(Series.class).create(new Series("Epics"));
        odyssey = db.save(new Book("The Odyssey", homer, null, null, Genre.FIC, 541).setFirstPublished(-700)
                .setPublicationDate(LocalDate.of(1996, 1, 1), DatePrecision.YEAR).setSeries(epics, new BigDecimal("2.5"))
                .setStatus(ReadingStatus.READ).setRating(new BigDecimal("4.5")).setReview("Wine-dark.").setPublisher("Penguin"));
        odyssey.credit(homer, ContributorRole.AUTHOR);
        odyssey.credit(fagles, ContributorRole.TRANSLATOR);
        odyssey.tags().add(db.objects(Tag.class).create(new Tag("Classics")));
        db.save(new Identifier(odyssey, "oclc", "35637537"));
        db.save(new Reading(odyssey, LocalDate.of(2019, 1, 2), LocalDate.of(2019, 2, 1)));
        db.save(new Copy(odyssey, "A0001").setLocation("Shelf 3").setPrice(new BigDecimal("12.50")));
    }

    private Map<String, List<String>> everything() {
        Database db = catalog.db();
        Map<String, List<String>> out = new TreeMap<>();
        for (String table : db.tableNames()) {
            if (!table.equals("alcove_migrations")) {
                out.put(table, db.query("SELECT * FROM " + db.dialect().quote(table) + " ORDER BY 1", List.of(), rs -> {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.append(rs.getString(i)).append('|');
                    }
                    return row.toString();
                }));
            }
        }
        return out;
    }

    @Test
    void undoingABookDeleteRestoresItsFieldsCreditsCopiesReadingsIdentifiersAndTags() {
        Map<String, List<String>> before = everything();
        editing.deleteBook(odyssey.getId());
        assertThat(catalog.db().rowCounts()).containsEntry("copy", 0L).containsEntry("contribution", 0L);
        editing.undo();
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void undoingAnAuthorDeleteRestoresTheirCreditsOnOtherBooksToo() {
        Map<String, List<String>> before = everything();
        assertThat(editing.deleteAuthor(fagles.getId())).isZero();
        assertThat(odyssey.contributions().count()).isEqualTo(1);
        editing.undo();
        assertThat(everything()).isEqualTo(before);
        assertThat(odyssey.contributions().list()).extracting(c -> c.getRole()).containsExactly(ContributorRole.AUTHOR, ContributorRole.TRANSLATOR);
    }

    @Test
    void undoingTheDeleteOfAnAuthorWithBooksRestoresThemAll() {
        Map<String, List<String>> before = everything();
        long austen = catalog.authors().get("name", "Jane Austen").getId();
        assertThat(editing.deleteAuthor(austen)).isPositive();
        editing.undo();
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void everyTableHangingOnABookIsSnapshotted() {
        Database db = catalog.db();
        List<String> withBookId = db.tableNames().stream()
                .filter(t -> db.query("SELECT name FROM pragma_table_info(?)", List.of(t), rs -> rs.getString(1)).contains("book_id")).toList();
        assertThat(DeletedRows.BOOK_ROWS).containsExactlyInAnyOrderElementsOf(withBookId);
    }
}
