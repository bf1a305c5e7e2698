package org.alcove.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.Identifier;
import org.alcove.catalog.Reading;
import org.alcove.catalog.browse.BookEditing;
import org.alcove.catalog.browse.IdentifierRow;
import org.alcove.catalog.browse.ReadingRow;
import org.alcove.ui.task.SynchronousTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The form's identifiers, readings and texts: a change makes the form dirty and is saved by Save, Revert and a conflict treat them as fields. */
class EditorListsViewModelTest {
    @TempDir
    Path dir;
    Catalog catalog;
    final List<Long> saved = new ArrayList<>();
    EditorViewModel vm;
    long emma;

    @BeforeEach
    void open() {
        CatalogFixture.seeded(dir).close();
        catalog = Catalog.open(dir.resolve("catalog.alcove"));
        vm = new EditorViewModel(new SynchronousTaskExecutor(), saved::add);
        vm.setEditing(new BookEditing(catalog));
        emma = catalog.books().get("title", "Emma").getId();
        vm.load(emma);
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    @Test
    void anIdentifierAndAReadingAddedAndTypedAreSavedWithTheFormsTexts() {
        vm.identifierRows().add();
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.canSaveProperty().get()).isFalse(); // an ASIN without a value yet
        vm.identifierRows().edit(0, new IdentifierRow("goodreads", "6969"));
        vm.readingRows().add();
        vm.readingRows().edit(0, new ReadingRow("2022-05-01", "2022-05-30"));
        vm.reviewProperty().set("Better the second time");
        vm.notesProperty().set("From my grandmother");
        assertThat(vm.canSaveProperty().get()).isTrue();
        vm.save();
        assertThat(saved).containsExactly(emma);
        assertThat(catalog.db().objects(Identifier.class).filter("book", emma).list()).extracting(i -> i.getScheme() + " " + i.getValue())
                .containsExactly("goodreads 6969");
        assertThat(catalog.db().objects(Reading.class).filter("book", emma).list()).extracting(r -> r.getStarted() + " " + r.getFinished())
                .containsExactly("2022-05-01 2022-05-30");
        Book b = catalog.books().get("id", emma);
        assertThat(List.of(b.getReview(), b.getNotes())).containsExactly("Better the second time", "From my grandmother");
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void aReadingThatIsNoDateShowsItsProblemAndRevertTakesTheRowsBack() {
        vm.readingRows().add();
        vm.readingRows().edit(0, new ReadingRow("2021-13", ""));
        assertThat(vm.errorProperty(org.alcove.catalog.browse.BookField.READINGS).get()).startsWith("Reading 1: its start \u201c2021-13\u201d is not a date");
        assertThat(vm.canSaveProperty().get()).isFalse();
        vm.revert();
        assertThat(vm.readingRows().rows()).isEmpty();
        assertThat(vm.errorProperty(org.alcove.catalog.browse.BookField.READINGS).get()).isEmpty();
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void aNewBookIsSavedWithItsIdentifiersInOneGo() {
        vm.newBook("Jane Austen");
        vm.titleProperty().set("Sanditon");
        vm.identifierRows().add();
        vm.identifierRows().edit(0, new IdentifierRow("oclc", "42"));
        vm.identifierRows().add();
        vm.identifierRows().remove(1);
        vm.save();
        long id = catalog.books().get("title", "Sanditon").getId();
        assertThat(catalog.db().objects(Identifier.class).filter("book", id).valuesListFlat("value", String.class).list()).containsExactly("42");
        assertThat(vm.identifierRows().rows()).containsExactly(new IdentifierRow("oclc", "42"));
    }

    @Test
    void takingTheirsAfterAConflictShowsTheirIdentifiers() {
        vm.setConflictResolver(c -> EditorViewModel.ConflictChoice.TAKE_THEIRS);
        try (Catalog otherDesk = Catalog.open(catalog.db().location(), false)) {
            BookEditing theirs = new BookEditing(otherDesk);
            var opened = theirs.open(emma).orElseThrow();
            var m = opened.draft().more();
            var d = opened.draft();
            theirs.saveOver(opened, new org.alcove.catalog.browse.BookDraft(d.title(), d.authorName(), d.published(), d.genre(), d.pages(),
                    d.isbn(), m.with(m.texts(), List.of(new IdentifierRow("lccn", "2001012345")), m.readings())));
        }
        vm.identifierRows().add();
        vm.identifierRows().edit(0, new IdentifierRow("asin", "B000"));
        vm.save();
        assertThat(vm.identifierRows().rows()).containsExactly(new IdentifierRow("lccn", "2001012345"));
        assertThat(catalog.db().objects(Identifier.class).filter("book", emma).valuesListFlat("scheme", String.class).list()).containsExactly("lccn");
    }
}
