package org.alcove.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.browse.BookEditing;
import org.alcove.ui.task.HeldTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's background work answering out of order, as a real executor lets it. */
class EditorViewModelTest {
    @TempDir
    Path dir;
    Catalog catalog;
    final HeldTaskExecutor executor = new HeldTaskExecutor();
    final List<Long> saved = new ArrayList<>();
    EditorViewModel vm;

    @BeforeEach
    void open() {
        CatalogFixture.seeded(dir).close();
        catalog = Catalog.open(dir.resolve("catalog.alcove"));
        vm = new EditorViewModel(executor, saved::add);
        vm.setEditing(new BookEditing(catalog));
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    private long idOf(String title) {
        return catalog.books().get("title", title).getId();
    }

    @Test
    void aSaveThatFinishesAfterAnotherBookIsPickedLeavesThatBooksFormAlone() {
        long emma = idOf("Emma");
        long nineteen84 = idOf("1984");
        vm.load(emma);
        executor.runAll();
        vm.titleProperty().set("Emma (annotated)");
        executor.runAll(); // validation
        assertThat(vm.canSaveProperty().get()).isTrue();
        vm.save();              // held: still writing
        vm.load(nineteen84);
        executor.runNewest();   // 1984 loads first (two worker threads: either may finish first) ...
        executor.runAll();      // ... then Emma's save finishes
        assertThat(vm.bookIdProperty().get()).isEqualTo(nineteen84);
        assertThat(vm.titleProperty().get()).isEqualTo("1984");
        assertThat(vm.headingProperty().get()).isEqualTo("1984");
        assertThat(saved).containsExactly(emma); // the list still hears of the save
        assertThat(catalog.books().get("id", emma).getTitle()).isEqualTo("Emma (annotated)");
    }

    @Test
    void aSaveThatFailsAfterAnotherBookIsPickedIsStillReported() {
        long emma = idOf("Emma");
        vm.load(emma);
        executor.runAll();
        vm.titleProperty().set("Emma (annotated)");
        executor.runAll(); // validation
        vm.save();              // held: still writing
        vm.load(idOf("1984"));
        catalog.books().filter("id", emma).delete(); // gone before the save runs
        executor.runNewest();   // 1984 loads first ...
        executor.runAll();      // ... then Emma's save fails
        assertThat(vm.titleProperty().get()).isEqualTo("1984");
        assertThat(vm.messageProperty().get()).startsWith("\u201cEmma (annotated)\u201d was not saved: ");
        assertThat(saved).isEmpty();
    }

    @Test
    void aSaveOfTheBookStillShownUpdatesTheForm() {
        vm.newBook("Jane Austen");
        vm.titleProperty().set("Sanditon");
        vm.publishedProperty().set(java.time.LocalDate.of(1817, 3, 18));
        vm.isbnProperty().set("9780140433128");
        executor.runAll();
        vm.save();
        executor.runAll();
        long sanditon = idOf("Sanditon");
        assertThat(vm.bookIdProperty().get()).isEqualTo(sanditon);
        assertThat(vm.headingProperty().get()).isEqualTo("Sanditon");
        assertThat(vm.dirtyProperty().get()).isFalse();
    }
}
