package org.alcove.ui.books;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.stage.Stage;
import javafx.util.Duration;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.browse.BookBrowser;
import org.alcove.ui.task.HeldTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A search shows its first page before its count is known; the count follows, pending until then. */
@ExtendWith(ApplicationExtension.class)
class BooksViewModelTest {
    private static final int BOOKS = 250;

    @TempDir
    Path dir;
    Catalog catalog;
    final HeldTaskExecutor executor = new HeldTaskExecutor();
    BooksViewModel vm;

    @Start
    void start(Stage stage) {
        // the FX toolkit is all these tests need (the typing pause is an animation)
    }

    @BeforeEach
    void open() {
        catalog = Catalog.open(dir.resolve("c.alcove"));
        Author author = catalog.authors().create(new Author("Vita Sackville-West", null));
        List<Book> books = new ArrayList<>();
        for (int i = 0; i < BOOKS; i++) {
            books.add(new Book("The Garden " + i, author, LocalDate.of(1900, 1, 1).plusDays(i), null, SeedGenres.fic(), 100));
        }
        catalog.books().bulkCreate(books);
        fx(() -> vm = new BooksViewModel(executor, Duration.millis(20)));
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    @Test
    void theFirstPageShowsWhileTheCountIsPending() {
        fx(() -> vm.setBrowser(new BookBrowser(catalog)));
        assertThat(executor.waiting()).isEqualTo(1);
        fx(executor::runNewest); // the first page only
        assertThat(vm.items()).hasSize(200);
        assertThat(vm.items().get(0).title()).isEqualTo("The Garden 249");
        assertThat(vm.statusProperty().get()).isEqualTo("200+ of 250 books, counting\u2026");
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(executor.waiting()).isEqualTo(1); // the count
        fx(executor::runAll);
        assertThat(vm.items()).hasSize(BOOKS);
        assertThat(vm.items().get(0).title()).isEqualTo("The Garden 249");
        assertThat(vm.statusProperty().get()).isEqualTo("250 books");
        assertThat(vm.matchingProperty().get()).isEqualTo(BOOKS);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aFirstPageThatHoldsEveryMatchNeedsNoCount() {
        fx(() -> vm.setBrowser(new BookBrowser(catalog)));
        fx(executor::runAll);
        fx(() -> {
            vm.searchTextProperty().set("\"garden 1\"");
            vm.searchNow();
        });
        fx(executor::runNewest);
        assertThat(executor.waiting()).isZero();
        assertThat(vm.items()).hasSize(111); // 1, 10-19, 100-199
        assertThat(vm.statusProperty().get()).isEqualTo("111 of 250 books");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aNewSearchDropsTheCountOfTheOldOne() {
        fx(() -> vm.setBrowser(new BookBrowser(catalog)));
        fx(executor::runNewest); // first page of everything; its count waits
        fx(() -> {
            vm.searchTextProperty().set("\"garden 2\"");
            vm.searchNow();
        });
        fx(executor::runAll); // the old count arrives cancelled, then the new page
        assertThat(vm.items()).hasSize(61); // 2, 20-29, 200-249
        assertThat(vm.statusProperty().get()).isEqualTo("61 of 250 books");
    }

    private static void fx(Runnable r) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, r);
    }
}
