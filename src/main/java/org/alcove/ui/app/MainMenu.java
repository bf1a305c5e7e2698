package org.alcove.ui.app;

import java.nio.file.Path;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;


/** The menu bar: File, Edit, Database, View, Help, each item calling the main view model. */
final class MainMenu {
    private MainMenu() {
    }

    static MenuBar build(MainViewModel vm, Runnable find, java.util.List<MenuItem> columns) {
        MenuBar bar = new MenuBar(file(vm), edit(vm, find), lending(vm), database(vm), view(vm, columns), help(vm));
        // Mnemonics: Alt and each menu's first letter (F, E, L, D, V, H: no two alike) opens it.
        for (Menu m : bar.getMenus()) {
            m.setMnemonicParsing(true);
            m.setText("_" + m.getText());
        }
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static Menu file(MainViewModel vm) {
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        Runnable fill = () -> {
            recent.getItems().clear();
            for (Path p : vm.recent()) {
                recent.getItems().add(item(p.getFileName() + "  \u2014  " + p.getParent(), null, () -> vm.openCatalogue(p)));
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        vm.recent().addListener((ListChangeListener<Path>) c -> fill.run());
        fill.run();
        return new Menu("File", null,
                item("New Catalogue\u2026", null, vm::newCatalogue),
                item("Open\u2026", shortcut(KeyCode.O), vm::openChosen),
                recent,
                item("Open Shared Catalogue\u2026", null, vm::openSharedChosen),
                new SeparatorMenuItem(),
                item("Import\u2026", shortcut(KeyCode.I), vm::openImport),
                item("Export Books\u2026", shortcut(KeyCode.E), vm::openExport),
                item("Backup\u2026", null, vm::backup),
                item("Restore from Backup\u2026", null, vm::restoreFromBackup),
                new SeparatorMenuItem(),
                item("Save Table as PDF\u2026", null, vm::saveTableAsPdf),
                item("Print Table\u2026", shortcut(KeyCode.P), vm::printTable),
                new SeparatorMenuItem(),
                item("Quit", shortcut(KeyCode.Q), vm::quit));
    }

    private static Menu edit(MainViewModel vm, Runnable find) {
        CatalogueActions actions = vm.actions();
        MenuItem undo = item("Undo", shortcut(KeyCode.Z), actions::undo);
        undo.setId("menu-undo");
        undo.textProperty().bind(actions.undoLabelProperty());
        undo.disableProperty().bind(actions.canUndoProperty().not());
        MenuItem redo = item("Redo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), actions::redo);
        redo.setId("menu-redo");
        redo.textProperty().bind(actions.redoLabelProperty());
        redo.disableProperty().bind(actions.canRedoProperty().not());
        MenuItem trash = item("Trash\u2026", null, vm::openTrash);
        trash.setId("menu-trash");
        MenuItem delete = item("Delete Book", new KeyCodeCombination(KeyCode.DELETE), actions::deleteSelectedBook);
        delete.setId("menu-delete");
        delete.disableProperty().bind(vm.books().selectedProperty().isNull().or(vm.readOnlyProperty()));
        MenuItem deleteAuthor = item("Delete Author and Books\u2026",
                new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHIFT_DOWN), actions::deleteAuthor);
        deleteAuthor.setId("menu-delete-author");
        return new Menu("Edit", null, undo, redo, new SeparatorMenuItem(),
                item("New Book", shortcut(KeyCode.N), actions::newBook),
                saveItem(vm),
                item("New Author\u2026", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), actions::newAuthor),
                item("Edit Author\u2026", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        actions::editAuthor),
                delete, deleteAuthor, trash, new SeparatorMenuItem(),
                item("Find", shortcut(KeyCode.F), find),
                new SeparatorMenuItem(), genresItem(vm));
    }

    private static MenuItem genresItem(MainViewModel vm) {
        MenuItem genres = item("Genres\u2026", null, vm::openGenres);
        genres.setId("menu-genres");
        genres.disableProperty().bind(vm.readOnlyProperty());
        return genres;
    }

    private static Menu lending(MainViewModel vm) {
        MenuItem desk = item("Circulation Desk\u2026", shortcut(KeyCode.L), vm::openCirculation);
        desk.setId("menu-circulation");
        return new Menu("Lending", null, desk);
    }

    private static MenuItem saveItem(MainViewModel vm) {
        MenuItem save = item("Save Book", shortcut(KeyCode.S), () -> vm.editor().save());
        save.setId("menu-save");
        save.disableProperty().bind(vm.editor().canSaveProperty().not());
        return save;
    }

    private static Menu database(MainViewModel vm) {
        MenuItem check = item("Check Catalogue\u2026", null, vm::openCheck);
        check.setId("menu-check");
        return new Menu("Database", null, item("Migrations\u2026", null, vm::openMigrations), check);
    }

    private static Menu view(MainViewModel vm, java.util.List<MenuItem> columnItems) {
        MenuItem stats = item("Statistics", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                vm::openStatistics);
        ToggleGroup group = new ToggleGroup();
        Menu theme = new Menu("Theme");
        for (Theme t : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem(t.label());
            r.setId("menu-theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            r.setToggleGroup(group);
            r.setSelected(vm.themeProperty().get() == t);
            r.setOnAction(e -> vm.setTheme(t));
            theme.getItems().add(r);
        }
        Menu columns = new Menu("Columns");
        columns.setId("menu-columns");
        columns.getItems().setAll(columnItems);
        return new Menu("View", null, stats, new SeparatorMenuItem(), columns, theme);
    }

    private static Menu help(MainViewModel vm) {
        return new Menu("Help", null, item("Keyboard Shortcuts", new KeyCodeCombination(KeyCode.F1), vm::shortcuts),
                item("About Alcove", null, vm::about));
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
