package org.alcove.catalog.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.alcove.catalog.Author;
import org.alcove.catalog.circulation.Circulation;
import org.alcove.catalog.Book;
import org.alcove.catalog.ContributorRole;
import org.alcove.catalog.Copy;
import org.alcove.catalog.DatePrecision;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.Identifier;
import org.alcove.catalog.Reading;
import org.alcove.catalog.ReadingStatus;
import org.alcove.catalog.SeededCatalogTest;
import org.alcove.catalog.Series;
import org.alcove.catalog.Tag;
import org.alcove.catalog.trash.RowSnapshot;
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
        odyssey = db.save(new Book("The Odyssey", homer, null, null, SeedGenres.fic(), 541).setFirstPublished(-700)
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
        // The search index's own storage differs after a delete and an undo however equal its
        // contents; FTS5 checks those against the tables instead (and fails if they differ).
        db.execute("INSERT INTO book_title_search (book_title_search, rank) VALUES ('integrity-check', 1)");
        db.execute("INSERT INTO author_name_search (author_name_search, rank) VALUES ('integrity-check', 1)");
        for (String table : db.tableNames()) {
            if (!List.of("alcove_migrations", "trash_item", "undo_step").contains(table) && !table.matches(".*_search_(data|idx|config|docsize)")) {
                out.put(table, db.query("SELECT * FROM " + db.quote(table) + " ORDER BY 1", List.of(), rs -> {
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
    void aBookWithACopyOnLoanIsNotDeletedAndAnUndoneDeleteRelinksItsLendingHistory() {
        Circulation desk = new Circulation(catalog);
        desk.addBorrower("Ada Pupil", "P1", "Year 7", "");
        desk.checkout("P1", "A0001", null);
        Map<String, List<String>> lent = everything();
        assertThatThrownBy(() -> editing.deleteBook(odyssey.getId())).isInstanceOf(CatalogueException.class)
                .hasMessage("\u201cThe Odyssey\u201d has a copy (A0001) on loan to Ada Pupil; return it before deleting the book.");
        assertThatThrownBy(() -> editing.deleteAuthor(odyssey.getAuthor().getId())).isInstanceOf(CatalogueException.class);
        assertThat(everything()).isEqualTo(lent);
        desk.giveBack("A0001");
        desk.placeHold("P1", odyssey);
        Map<String, List<String>> before = everything();
        editing.deleteBook(odyssey.getId());
        assertThat(catalog.db().query("SELECT book_id, copy_id, barcode FROM loan", List.of(), rs -> rs.getObject(1) + "," + rs.getObject(2) + "," + rs.getString(3)))
                .containsExactly("null,null,A0001");
        assertThat(catalog.db().rowCounts()).containsEntry("hold", 0L);
        editing.undo();
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void everyTableHangingOnABookIsSnapshotted() {
        Database db = catalog.db();
        List<String> withBookId = db.tableNames().stream()
                .filter(t -> db.query("SELECT name FROM pragma_table_info(?)", List.of(t), rs -> rs.getString(1)).contains("book_id")).toList();
        assertThat(java.util.stream.Stream.concat(RowSnapshot.BOOK_ROWS.stream(), RowSnapshot.LINKED_ROWS.stream()))
                .containsExactlyInAnyOrderElementsOf(withBookId);
    }
}
