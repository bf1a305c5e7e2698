package org.alcove.catalog.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.alcove.catalog.AutoBackups;
import org.alcove.catalog.Book;
import org.alcove.catalog.Copy;
import org.alcove.catalog.Genre;
import org.alcove.catalog.ReadingStatus;
import org.alcove.catalog.SeededCatalogTest;
import org.alcove.catalog.Tag;
import org.alcove.catalog.circulation.Circulation;
import org.alcove.orm.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bulk edits of the books selected in the window: one backup, one transaction, one undo step each. */
class BulkEditTest extends SeededCatalogTest {
    BookEditing editing;
    BulkEdit bulk;
    List<Long> all;

    @BeforeEach
    void services() {
        editing = new BookEditing(catalog);
        bulk = editing.bulk();
        all = catalog.books().orderBy("id").valuesListFlat("id", Long.class).list();
    }

    private Map<String, List<String>> everything() {
        Database db = catalog.db();
        Map<String, List<String>> out = new TreeMap<>();
        for (String t : List.of("book", "book_tags", "contribution", "copy", "loan")) {
            out.put(t, db.query("SELECT * FROM " + t + " ORDER BY id", List.of(), rs -> {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    // an edit version only goes forward, undo included (0011_edit_versions): the content is what comes back
                    if (!rs.getMetaData().getColumnName(i).equalsIgnoreCase("version")) {
                        row.append(rs.getObject(i)).append('|');
                    }
                }
                return row.toString();
            }));
        }
        return out;
    }

    private List<String> tagsOf(long bookId) {
        return catalog.books().get("id", bookId).tags().all().orderBy("name").valuesListFlat("name", String.class).list();
    }

    @Test
    void addingATagToSeveralBooksIsOneUndoStepNamedForIt() {
        Map<String, List<String>> before = everything();
        List<Long> three = all.subList(0, 3);
        BulkResult r = bulk.addTag(three, "  Summer reading ");
        assertThat(r.message()).isEqualTo("Added tag \u201cSummer reading\u201d to 3 books");
        assertThat(r.changed()).isEqualTo(3);
        three.forEach(id -> assertThat(tagsOf(id)).containsExactly("Summer reading"));
        assertThat(tagsOf(all.get(3))).isEmpty();
        assertThat(editing.undoLabel()).contains("Undo Add tag \u201cSummer reading\u201d to 3 books");

        assertThat(editing.undo()).contains("Add tag \u201cSummer reading\u201d to 3 books");
        Map<String, List<String>> undone = everything();
        assertThat(undone.get("book_tags")).isEmpty();
        assertThat(undone).isEqualTo(before);
        assertThat(editing.redo()).isPresent();
        three.forEach(id -> assertThat(tagsOf(id)).containsExactly("Summer reading"));
    }

    @Test
    void aTagABookHasAlreadyCountsOnlyTheOthers() {
        bulk.addTag(all.subList(0, 1), "Classics");
        BulkResult r = bulk.addTag(all.subList(0, 3), "classics");
        assertThat(r.message()).isEqualTo("Added tag \u201cClassics\u201d to 2 books (1 had it already)");
        assertThat(catalog.db().objects(Tag.class).count()).isEqualTo(1);
    }

    @Test
    void removingATagTakesItOffOnlyThoseBooks() {
        bulk.addTag(all, "Shelf A");
        BulkResult r = bulk.removeTag(all.subList(0, 2), "shelf a");
        assertThat(r.message()).isEqualTo("Removed tag \u201cShelf A\u201d from 2 books");
        assertThat(tagsOf(all.get(0))).isEmpty();
        assertThat(tagsOf(all.get(2))).containsExactly("Shelf A");
        assertThat(editing.undoLabel()).contains("Undo Remove tag \u201cShelf A\u201d from 2 books");
        editing.undo();
        assertThat(tagsOf(all.get(0))).containsExactly("Shelf A");
    }

    @Test
    void settingTheGenreAndTheStatusChangesEveryBookAndUndoesAtOnce() {
        Map<String, List<String>> before = everything();
        Genre history = catalog.db().objects(Genre.class).get("code", "HIS");
        assertThat(bulk.setGenre(all, history).message()).startsWith("Set the genre of ").endsWith(" to History");
        assertThat(catalog.books().exclude("genre", history).count()).isZero();
        assertThat(bulk.setStatus(all.subList(0, 2), ReadingStatus.READ).message()).isEqualTo("Set the status of 2 books to Read");
        assertThat(catalog.books().filter("status", ReadingStatus.READ).count()).isEqualTo(2);
        assertThat(editing.undoLabel()).contains("Undo Set the status of 2 books to Read");
        editing.undo();
        editing.undo();
        assertThat(everything()).isEqualTo(before);
    }

    /** The automatic backups beside the catalogue (none on a server, which keeps its own). */
    private List<java.nio.file.Path> backups() {
        return catalog.file() == null ? List.of() : new AutoBackups(catalog.db()).list();
    }

    @Test
    @org.alcove.orm.SqliteOnly("a catalogue on a server is backed up by the server, not beside a file")
    void everyBulkEditWritesAnAutomaticBackupFirst() {
        AutoBackups backups = new AutoBackups(catalog.db());
        assertThat(backups.list()).isEmpty();
        BulkResult r = bulk.addTag(all, "x");
        assertThat(backups.list()).containsExactly(r.backup());
        bulk.setStatus(all, ReadingStatus.READING);
        assertThat(backups.list()).hasSize(2);
    }

    @Test
    void deletingSkipsBooksWithACopyOnLoanAndUndoBringsTheOthersBack() {
        Book lent = catalog.books().get("id", all.get(0));
        catalog.db().save(new Copy(lent, "B0001"));
        Circulation desk = new Circulation(catalog);
        desk.addBorrower("Ada Pupil", "P1", "Year 7", "");
        desk.checkout("P1", "B0001", null);
        Map<String, List<String>> before = everything();

        BulkResult r = bulk.delete(all);
        int n = all.size() - 1;
        assertThat(r.message()).isEqualTo("Deleted " + n + " books; 1 with a copy on loan was not deleted (return it first)");
        assertThat(r.changed()).isEqualTo(n);
        assertThat(r.skipped()).isEqualTo(1);
        assertThat(catalog.books().valuesListFlat("id", Long.class).list()).containsExactly(lent.getId());
        assertThat(editing.trash().count()).isEqualTo(n);
        assertThat(editing.undoLabel()).contains("Undo Delete " + n + " books");

        editing.undo();
        assertThat(everything()).isEqualTo(before);
        assertThat(editing.trash().count()).isZero();
        editing.redo();
        assertThat(catalog.books().count()).isEqualTo(1);
        editing.undo();
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void undoingADeleteWhoseBooksLeftTheTrashRefusesAndChangesNothing() {
        bulk.delete(all.subList(0, 2));
        editing.trash().empty();
        Map<String, List<String>> emptied = everything();
        assertThatThrownBy(editing::undo).isInstanceOf(CatalogueException.class)
                .hasMessage("Cannot undo Delete 2 books: 2 of them are no longer in the trash (emptied or restored);"
                        + " nothing was changed, and the step is taken off the history.");
        assertThat(everything()).isEqualTo(emptied);
        assertThat(editing.undoLabel()).isEmpty();
    }

    @Test
    void anUndoOverBooksChangedSinceRefuses() {
        bulk.setStatus(all, ReadingStatus.READ);
        catalog.books().filter("id", all.get(0)).update("pages", 999);
        assertThatThrownBy(editing::undo).isInstanceOf(CatalogueException.class)
                .hasMessageContaining("Cannot undo Set the status of");
        assertThat(catalog.books().filter("status", ReadingStatus.READ).count()).isEqualTo(all.size());
    }

    @Test
    void badInputIsRefusedWithASentenceAndChangesNothing() {
        Map<String, List<String>> before = everything();
        assertThatThrownBy(() -> bulk.addTag(all, "  ")).isInstanceOf(CatalogueException.class).hasMessage("A tag needs a name.");
        assertThatThrownBy(() -> bulk.addTag(all, "x".repeat(101))).isInstanceOf(CatalogueException.class)
                .hasMessage("A tag name has at most 100 characters.");
        assertThatThrownBy(() -> bulk.delete(List.of())).isInstanceOf(CatalogueException.class).hasMessage("Select at least one book.");
        assertThatThrownBy(() -> bulk.removeTag(all, "no such tag")).isInstanceOf(CatalogueException.class)
                .hasMessage("No tag is named \u201cno such tag\u201d.");
        assertThat(everything()).isEqualTo(before);
        assertThat(backups()).isEmpty();
        assertThat(editing.undoLabel()).isEmpty();
    }

    @Test
    void aSelectionTooLargeIsRefusedBeforeAnythingIsWritten() {
        List<Long> many = java.util.stream.LongStream.rangeClosed(1, BulkEdit.MAX_BOOKS + 1).boxed().toList();
        assertThatThrownBy(() -> bulk.addTag(many, "x")).isInstanceOf(CatalogueException.class)
                .hasMessage("A bulk edit changes at most 10,000 books at a time; narrow the search first.");
        assertThat(backups()).isEmpty();
    }
}
