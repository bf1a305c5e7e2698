package org.alcove.catalog.undo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeededCatalogTest;
import org.alcove.catalog.UndoStep;
import org.alcove.catalog.browse.BookDraft;
import org.alcove.catalog.browse.BookEditing;
import org.alcove.catalog.browse.CatalogueException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Undo and redo over several steps, kept in the catalogue file across closing and reopening it. */
class UndoHistoryTest extends SeededCatalogTest {
    BookEditing editing;

    @BeforeEach
    void services() {
        editing = new BookEditing(catalog);
    }

    private long idOf(String title) {
        return catalog.books().get("title", title).getId();
    }

    private void retitle(long id, String title) {
        BookDraft d = editing.load(id).orElseThrow();
        editing.save(id, new BookDraft(title, d.authorName(), d.published(), d.genre(), d.pages(), d.isbn(), d.more()));
    }

    private String title(long id) {
        return catalog.books().get("id", id).getTitle();
    }

    private void reopen() {
        catalog.close();
        catalog = Catalog.open(dir.resolve("catalog.alcove"));
        editing = new BookEditing(catalog);
    }

    @Test
    void threeStepsAreUndoneInTurnAndRedoneInOrderEachNamedInTheMenu() {
        long emma = idOf("Emma");
        long hobbit = idOf("The Hobbit");
        retitle(emma, "Emma (Penguin)");
        retitle(emma, "Emma (Folio)");
        editing.deleteBook(hobbit);
        assertThat(editing.undoLabel()).contains("Undo Delete \u201cThe Hobbit\u201d");
        assertThat(editing.undo()).contains("Delete \u201cThe Hobbit\u201d");
        assertThat(catalog.books().filter("id", hobbit).exists()).isTrue();
        assertThat(editing.undoLabel()).contains("Undo Edit \u201cEmma (Folio)\u201d");
        assertThat(editing.redoLabel()).contains("Redo Delete \u201cThe Hobbit\u201d");
        editing.undo();
        assertThat(title(emma)).isEqualTo("Emma (Penguin)");
        editing.undo();
        assertThat(title(emma)).isEqualTo("Emma");
        assertThat(editing.undoLabel()).isEmpty();
        assertThat(editing.undo()).isEmpty();
        editing.redo();
        assertThat(title(emma)).isEqualTo("Emma (Penguin)");
        editing.redo();
        editing.redo();
        assertThat(title(emma)).isEqualTo("Emma (Folio)");
        assertThat(catalog.books().filter("id", hobbit).exists()).isFalse();
        assertThat(editing.redoLabel()).isEmpty();
    }

    @Test
    void theHistorySurvivesClosingAndReopeningTheCatalogue() {
        long hobbit = idOf("The Hobbit");
        retitle(hobbit, "The Hobbit, or There and Back Again");
        editing.deleteBook(hobbit);
        reopen();
        assertThat(editing.undoLabel()).contains("Undo Delete \u201cThe Hobbit, or There and Back Again\u201d");
        editing.undo();
        reopen();
        assertThat(editing.undoLabel()).contains("Undo Edit \u201cThe Hobbit, or There and Back Again\u201d");
        assertThat(editing.redoLabel()).contains("Redo Delete \u201cThe Hobbit, or There and Back Again\u201d");
        editing.undo();
        assertThat(title(hobbit)).isEqualTo("The Hobbit");
    }

    @Test
    void anUndoOfABookChangedSinceSaysSoAndChangesNothing() {
        long emma = idOf("Emma");
        retitle(emma, "Emma (Penguin)");
        Book b = catalog.books().get("id", emma);
        b.setPages(999); // another window, or the command line, changed it since
        catalog.db().save(b);
        assertThatThrownBy(editing::undo).isInstanceOf(CatalogueException.class)
                .hasMessage("Cannot undo Edit \u201cEmma (Penguin)\u201d: it has changed since; nothing was changed, and the step is taken off the history.");
        assertThat(title(emma)).isEqualTo("Emma (Penguin)");
        assertThat(catalog.books().get("id", emma).getPages()).isEqualTo(999);
        assertThat(editing.undoLabel()).isEmpty();
    }

    @Test
    void undoingADeleteWhoseTrashWasEmptiedSaysSo() {
        editing.deleteBook(idOf("Emma"));
        editing.trash().empty();
        assertThatThrownBy(editing::undo).hasMessage("Cannot undo Delete \u201cEmma\u201d: it is no longer in the trash (the trash was emptied);"
                + " nothing was changed, and the step is taken off the history.");
        assertThat(catalog.books().filter("title", "Emma").exists()).isFalse();
    }

    @Test
    void undoingADeleteRestoredFromTheTrashMeanwhileSaysItIsBack() {
        long emma = idOf("Emma");
        editing.deleteBook(emma);
        editing.trash().restore(editing.trash().list().get(0).id());
        assertThatThrownBy(editing::undo).hasMessage("Cannot undo Delete \u201cEmma\u201d: it is back already (restored from the trash);"
                + " nothing was changed, and the step is taken off the history.");
        assertThat(title(emma)).isEqualTo("Emma");
    }

    @Test
    void aRestoreFromTheTrashIsAStepUndoSendsItBackAndTheDeleteBeforeItStillUndoes() {
        long emma = idOf("Emma");
        editing.deleteBook(emma);
        editing.restoreFromTrash(editing.trash().list().get(0).id());
        assertThat(title(emma)).isEqualTo("Emma");
        assertThat(editing.undoLabel()).contains("Undo Restore \u201cEmma\u201d by Jane Austen");

        assertThat(editing.undo()).contains("Restore \u201cEmma\u201d by Jane Austen");
        assertThat(catalog.books().filter("id", emma).exists()).isFalse();
        assertThat(editing.trash().list()).extracting(e -> e.originalId()).containsExactly(emma);

        editing.redo();
        assertThat(title(emma)).isEqualTo("Emma");
        assertThat(editing.trash().list()).isEmpty();

        editing.undo(); // the restore again: into the trash
        reopen();       // the step's trash item survives a restart
        assertThat(editing.undo()).contains("Delete \u201cEmma\u201d"); // the delete's own item went with the restore
        assertThat(title(emma)).isEqualTo("Emma");
        assertThat(editing.trash().list()).isEmpty();
    }

    @Test
    void undoingARestoreOfABookEditedSinceSaysSoAndChangesNothing() {
        long emma = idOf("Emma");
        editing.deleteBook(emma);
        editing.restoreFromTrash(editing.trash().list().get(0).id());
        catalog.books().filter("id", emma).update(java.util.Map.of("pages", 999));
        assertThatThrownBy(editing::undo).hasMessage("Cannot undo Restore \u201cEmma\u201d by Jane Austen: it has changed since;"
                + " nothing was changed, and the step is taken off the history.");
        assertThat(catalog.books().get("id", emma).getPages()).isEqualTo(999);
        assertThat(editing.trash().list()).isEmpty();
    }

    @Test
    void aRestoreThatCannotBeMadeIsNoStep() {
        long emma = idOf("Emma");
        editing.deleteBook(emma);
        long item = editing.trash().list().get(0).id();
        editing.trash().empty();
        assertThatThrownBy(() -> editing.restoreFromTrash(item)).isInstanceOf(org.alcove.catalog.trash.TrashException.class);
        assertThat(editing.undoLabel()).contains("Undo Delete \u201cEmma\u201d");
    }

    @Test
    void borrowersAddedAndEditedAreUndoneAndRedone() {
        org.alcove.catalog.circulation.Circulation desk = new org.alcove.catalog.circulation.Circulation(catalog);
        desk.addBorrower("Ada Pupil", "P1", "pupils", "");
        desk.updateBorrower("P1", "Ada Lovelace", "staff", null, null);
        editing.readLabels();
        assertThat(editing.undoLabel()).contains("Undo Edit Borrower Ada Lovelace");
        editing.undo();
        assertThat(desk.borrower("P1").getName()).isEqualTo("Ada Pupil");
        assertThat(desk.borrower("P1").getGroup()).isEqualTo("pupils");
        assertThat(editing.undoLabel()).contains("Undo Add Borrower Ada Pupil");
        editing.undo();
        assertThat(desk.borrowers()).extracting(b -> b.getCard()).doesNotContain("P1");
        editing.redo();
        editing.redo();
        assertThat(desk.borrower("P1").getName()).isEqualTo("Ada Lovelace");
    }

    @Test
    void aNewActionAfterAnUndoForgetsTheRedo() {
        long emma = idOf("Emma");
        retitle(emma, "Emma (Penguin)");
        editing.undo();
        assertThat(editing.redoLabel()).isPresent();
        retitle(emma, "Emma (Folio)");
        assertThat(editing.redoLabel()).isEmpty();
        assertThat(editing.redo()).isEmpty();
    }

    @Test
    void aCreatedBookAndAuthorAreUndoneAndRedoneWithTheirIds() {
        long author = editing.createAuthor("Ursula K. Le Guin", null);
        long book = editing.save(null, new BookDraft("The Dispossessed", "Ursula K. Le Guin", null, SeedGenres.sci(), "387", ""));
        editing.undo();
        assertThat(catalog.books().filter("id", book).exists()).isFalse();
        editing.undo();
        assertThat(catalog.authors().filter("id", author).exists()).isFalse();
        editing.redo();
        editing.redo();
        assertThat(catalog.books().selectRelated("author").get("id", book).getAuthor().getId()).isEqualTo(author);
    }

    @Test
    void anEditThatChangesNothingIsNoStep() {
        long emma = idOf("Emma");
        retitle(emma, "Emma (Penguin)");
        retitle(emma, "Emma (Penguin)"); // saved again as it is
        assertThat(catalog.db().objects(UndoStep.class).count()).isEqualTo(1);
        editing.undo();
        assertThat(title(emma)).isEqualTo("Emma");
    }

    @Test
    void theHistoryKeepsTheLastFiftySteps() {
        long emma = idOf("Emma");
        for (int i = 1; i <= UndoHistory.KEPT + 5; i++) {
            retitle(emma, "Emma " + i);
        }
        assertThat(catalog.db().objects(UndoStep.class).count()).isEqualTo(UndoHistory.KEPT);
        Optional<String> oldest = catalog.db().objects(UndoStep.class).orderBy("id").first().map(UndoStep::getLabel);
        assertThat(oldest).contains("Edit \u201cEmma 6\u201d");
    }
}
