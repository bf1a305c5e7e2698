package org.alcove.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.alcove.catalog.CatalogMigrations;
import org.alcove.catalog.CatalogMigrations.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

class MigrationsDialogTest extends MainWindowTestBase {
    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void applyingPendingMigrationsMarksThemApplied() {
        openSeeded();
        vm.session().catalog().migrations().migrate("0001_initial", null);
        interact(vm::openMigrations);
        assertThat(migrations().getItems()).extracting(State::name, State::applied)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0001_initial", true), org.assertj.core.groups.Tuple.tuple("0002_book_indexes", false),
                        org.assertj.core.groups.Tuple.tuple("0003_book_genre_index", false),
                        org.assertj.core.groups.Tuple.tuple("0004_author_name_index", false),
                        org.assertj.core.groups.Tuple.tuple("0005_catalogue_model_2", false), org.assertj.core.groups.Tuple.tuple("0006_fill_contributions", false),
                        org.assertj.core.groups.Tuple.tuple("0007_circulation", false), org.assertj.core.groups.Tuple.tuple("0008_search_index", false),
                        org.assertj.core.groups.Tuple.tuple("0009_genres", false), org.assertj.core.groups.Tuple.tuple("0010_trash", false), org.assertj.core.groups.Tuple.tuple("0011_edit_versions", false), org.assertj.core.groups.Tuple.tuple("0012_covers", false));
        clickOn("#apply-button");
        assertThat(migrations().getItems()).allMatch(State::applied);
        assertThat(lookup("#migrations-outcome").queryAs(Label.class).getText())
                .startsWith("Applied 0002_book_indexes, 0003_book_genre_index, 0004_author_name_index, 0005_catalogue_model_2, 0006_fill_contributions, 0007_circulation, 0008_search_index, 0009_genres, 0010_trash, 0011_edit_versions, 0012_covers. A backup was written first: ");
    }

    @Test
    void theListShowsSeveralMigrationsAboveTheirSqlAndTheTargetIsReadable() {
        openSeeded();
        interact(vm::openMigrations);
        TableView<State> table = migrations();
        // rows laid out inside the table's visible height (the list showed three beside a half-empty SQL pane)
        long shown = lookup("#migrations-table .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> !r.isEmpty() && r.isVisible() && r.getBoundsInParent().getMaxY() <= table.getHeight()).count();
        assertThat(shown).isGreaterThanOrEqualTo(5);
        javafx.scene.control.ChoiceBox<?> target = lookup("#rollback-target").queryAs(javafx.scene.control.ChoiceBox.class);
        assertThat(target.getWidth()).isGreaterThanOrEqualTo(target.prefWidth(-1));
    }

    @Test
    void rollingBackAsksFirstNamingWhatIsUndone() {
        openSeeded();
        interact(vm::openMigrations);
        clickOn("#rollback-button");
        assertThat(dialogs.confirmations).containsExactly(
                "Roll back to 0011_edit_versions? This undoes migration 0012_covers. A backup of the catalogue is made first.");
        assertThat(migrations().getItems()).extracting(State::applied).containsExactly(true, true, true, true, true, true, true, true, true, true, true, false);
        assertThat(table().getItems()).hasSize(6);
    }

    @Test
    void rollingBackToATargetNoLongerAppliedAsksNothingAndAppliesNothing() {
        CatalogMigrations behind = rollBackAfterAnotherProgramMigratedTo("0001_initial");
        assertThat(behind.pending()).containsExactly("0002_book_indexes", "0003_book_genre_index", "0004_author_name_index", "0005_catalogue_model_2",
                "0006_fill_contributions", "0007_circulation", "0008_search_index", "0009_genres", "0010_trash", "0011_edit_versions", "0012_covers");
        assertThat(lookup("#migrations-error").queryAs(Label.class).getText())
                .isEqualTo("0011_edit_versions is no longer applied, so there is nothing to roll back to; the list was read again.");
        assertThat(migrations().getItems()).extracting(State::applied).containsExactly(true, false, false, false, false, false, false, false, false, false, false, false);
    }

    @Test
    void rollingBackToWhereAnotherProgramAlreadyRolledBackAsksNothingAndShowsTheList() {
        rollBackAfterAnotherProgramMigratedTo("0011_edit_versions");
        assertThat(migrations().getItems()).extracting(State::applied).containsExactly(true, true, true, true, true, true, true, true, true, true, true, false);
    }

    /**
     * Opens the dialog (offering a roll back to 0008_search_index), migrates the file to
     * {@code to} as another program would with the dialog open, clicks Roll back, and checks that
     * nothing was asked.
     */
    private CatalogMigrations rollBackAfterAnotherProgramMigratedTo(String to) {
        openSeeded();
        interact(vm::openMigrations);
        CatalogMigrations behind = vm.session().catalog().migrations();
        behind.migrate(to, null);
        clickOn("#rollback-button");
        assertThat(dialogs.confirmations).isEmpty();
        return behind;
    }

    @Test
    void openingAnOlderCatalogueAsksAndMigrates() {
        Path old = olderCatalogue();
        interact(() -> vm.openCatalogue(old));
        assertThat(dialogs.confirmations).singleElement().asString()
                .startsWith("This catalogue (old.alcove) needs 11 migrations (0002_book_indexes, 0003_book_genre_index, 0004_author_name_index, "
                        + "0005_catalogue_model_2, 0006_fill_contributions, 0007_circulation, 0008_search_index, 0009_genres, 0010_trash, 0011_edit_versions, 0012_covers)")
                .endsWith("If it holds data, a backup is made first. Migrate now?");
        assertThat(vm.session().file()).isEqualTo(old);
        assertThat(vm.session().catalog().migrations().pending()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.noticeProperty().get()).endsWith("it held no data, so no backup was needed");
    }

    @Test
    void migratingAnOlderCatalogueWithDataNamesItsBackup() {
        Path old = olderCatalogue();
        try (org.alcove.orm.Database db = org.alcove.orm.Database.open(old)) {
            db.execute("INSERT INTO author (name, birth_date, biography) VALUES (?, NULL, '')", "Jane Austen");
        }
        interact(() -> vm.openCatalogue(old));
        assertThat(vm.noticeProperty().get()).startsWith("Migrated old.alcove").contains("; the backup is ")
                .contains(dir.resolve("backups").toAbsolutePath().toString());
    }

    @Test
    void decliningToMigrateLeavesTheFileAsItWas() {
        Path old = olderCatalogue();
        dialogs.confirming = false;
        interact(() -> vm.openCatalogue(old));
        assertThat(vm.session()).isNull();
        assertThat(dialogs.confirmations).hasSize(2).last().asString().startsWith("old.alcove was left as it is.");
        try (CatalogMigrations m = CatalogMigrations.open(old)) {
            assertThat(m.pending()).containsExactly("0002_book_indexes", "0003_book_genre_index", "0004_author_name_index", "0005_catalogue_model_2",
                    "0006_fill_contributions", "0007_circulation", "0008_search_index", "0009_genres", "0010_trash", "0011_edit_versions", "0012_covers");
        }
    }

    private Path olderCatalogue() {
        Path old = dir.resolve("old.alcove");
        try (CatalogMigrations m = CatalogMigrations.open(old)) {
            m.migrate("0001_initial", null);
        }
        return old;
    }

    @SuppressWarnings("unchecked")
    private TableView<State> migrations() {
        return lookup("#migrations-table").queryAs(TableView.class);
    }

    @AfterEach
    void closeDialogs() {
        interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
    }
}
