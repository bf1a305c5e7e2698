package org.alcove.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.alcove.catalog.Genre;
import org.alcove.catalog.GenreCatalog;
import org.alcove.catalog.browse.GenreCount;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** Edit → Genres…: the genres with their counts; add, rename, merge and delete, and the window follows. */
class GenresDialogTest extends MainWindowTestBase {
    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @SuppressWarnings("unchecked")
    private ListView<GenreCatalog.Entry> list() {
        return lookup("#genres-list").queryAs(ListView.class);
    }

    private java.util.List<String> shown() {
        return list().getItems().stream().map(e -> e.genre().getName() + "=" + e.books()).toList();
    }

    private void pick(String name) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(); // the dialog's cells laid out
        clickOn(lookup("#genres-list .list-cell").match(c -> ((javafx.scene.control.ListCell<?>) c).getItem() != null
                && ((GenreCatalog.Entry) ((javafx.scene.control.ListCell<?>) c).getItem()).genre().getName().equals(name)).queryAs(javafx.scene.Node.class));
    }

    @SuppressWarnings("unchecked")
    private void into(String name) {
        ComboBox<Genre> target = lookup("#genre-target").queryAs(ComboBox.class);
        interact(() -> target.setValue(target.getItems().stream().filter(g -> g.getName().equals(name)).findFirst().orElseThrow()));
    }

    private java.util.List<String> sidebar() {
        @SuppressWarnings("unchecked")
        ListView<GenreCount> genres = lookup("#genre-list").queryAs(ListView.class);
        return genres.getItems().stream().map(g -> g.genre().getName() + "=" + g.count()).toList();
    }

    @Test
    void theMenuOpensTheListAndAnAddedGenreReachesTheSidebarAndTheEditor() {
        openSeeded();
        clickOn("Edit").clickOn("#menu-genres");
        assertThat(shown()).containsExactly("Fiction=5", "History=0", "Non-Fiction=1", "Science=0");
        clickOn("#genre-name").write("Poetry");
        clickOn("#genre-add");
        settle();
        assertThat(lookup("#genres-outcome").queryAs(Label.class).getText()).isEqualTo("Added the genre \u201cPoetry\u201d.");
        assertThat(shown()).contains("Poetry=0");
        assertThat(sidebar()).contains("Poetry=0");
        assertThat(vm.editor().genreChoices()).extracting(Genre::getName).contains("(none)", "Fiction", "Poetry");
    }

    @Test
    void renamingAndAnAddRefusedSayWhatHappened() {
        openSeeded();
        interact(vm::openGenres);
        pick("Science");
        doubleClickOn("#genre-name").eraseText(7).write("Natural Science");
        clickOn("#genre-rename");
        settle();
        assertThat(shown()).contains("Natural Science=0").doesNotContain("Science=0");
        interact(() -> lookup("#genre-name").queryAs(javafx.scene.control.TextField.class).setText("fiction"));
        clickOn("#genre-add");
        assertThat(lookup("#genres-error").queryAs(Label.class).getText())
                .isEqualTo("There is already a genre 'Fiction'; rename or merge it instead.");
        assertThat(shown()).hasSize(4);
    }

    @Test
    void mergingAsksFirstThenMovesTheBooksAndTheTableShowsThem() {
        openSeeded();
        interact(vm::openGenres);
        pick("Non-Fiction");
        into("History");
        clickOn("#genre-merge");
        settle();
        assertThat(dialogs.confirmations).containsExactly("Merge \u201cNon-Fiction\u201d into \u201cHistory\u201d? Its 1 book move to"
                + " \u201cHistory\u201d and \u201cNon-Fiction\u201d is deleted. A backup is written first.");
        assertThat(shown()).containsExactly("Fiction=5", "History=1", "Science=0");
        assertThat(sidebar()).containsExactly("Fiction=5", "History=1", "Science=0");
        assertThat(table().getItems()).filteredOn(r -> r.title().equals("Homage to Catalonia")).extracting(r -> r.genre()).containsExactly("History");
    }

    @Test
    void deletingAGenreWithBooksWithoutATargetLeavesThemWithoutOneAfterAskingAndACancelChangesNothing() {
        openSeeded();
        interact(vm::openGenres);
        pick("Non-Fiction");
        dialogs.confirming = false;
        clickOn("#genre-delete");
        assertThat(shown()).hasSize(4);
        dialogs.confirming = true;
        clickOn("#genre-delete");
        settle();
        assertThat(dialogs.confirmations).last().asString().startsWith("Delete \u201cNon-Fiction\u201d and leave its 1 book without a genre?");
        assertThat(shown()).containsExactly("Fiction=5", "History=0", "Science=0");
        assertThat(lookup("#genres-outcome").queryAs(Label.class).getText()).isEqualTo("Deleted \u201cNon-Fiction\u201d; 1 book left without a genre.");
        assertThat(table().getItems()).filteredOn(r -> r.title().equals("Homage to Catalonia")).extracting(r -> r.genre()).containsExactly("");
    }
}
