package org.alcove.ui.app;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.alcove.ui.books.BooksView;
import org.alcove.ui.editor.EditorView;
import org.alcove.ui.sidebar.SidebarView;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's content: menus and toolbar, sidebar | books | editor, and the status bar. */
public final class MainView extends StackPane {
    private final MainViewModel vm;
    private final BooksView books;

    public MainView(MainViewModel vm) {
        this.vm = vm;
        getStyleClass().add("main-view");
        getStylesheets().add(MainView.class.getResource("main-view.css").toExternalForm());
        books = new BooksView(vm.books());
        books.showFilterChips(filterChips());
        books.columns().remember(vm::bookColumns, vm::rememberBookColumns);
        SidebarView sidebar = new SidebarView(vm.sidebar());
        EditorView form = new EditorView(vm.editor());
        BulkPanel bulk = new BulkPanel(vm);
        // two or more books selected: the pane shows what can be done to all of them instead of one book's form
        bulk.visibleProperty().bind(vm.books().selectedCountProperty().greaterThan(1));
        form.visibleProperty().bind(bulk.visibleProperty().not());
        StackPane editor = new StackPane(form, bulk);
        SplitPane split = new SplitPane(sidebar, books, editor);
        split.setDividerPositions(vm.dividers());
        // where the user drags the dividers is where they are next time
        for (SplitPane.Divider d : split.getDividers()) {
            d.positionProperty().addListener((o, old, p) -> vm.rememberDividers(split.getDividerPositions()));
        }
        SplitPane.setResizableWithParent(sidebar, false);
        SplitPane.setResizableWithParent(editor, false);

        BorderPane frame = new BorderPane(split);
        Label readOnly = new Label();
        readOnly.setId("read-only-banner");
        readOnly.getStyleClass().add("read-only-banner");
        readOnly.setWrapText(true);
        readOnly.setMaxWidth(Double.MAX_VALUE);
        readOnly.setGraphic(new FontIcon(Feather.LOCK));
        readOnly.textProperty().bind(vm.readOnlyReasonProperty());
        readOnly.visibleProperty().bind(vm.readOnlyProperty());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        frame.setTop(new VBox(MainMenu.build(vm, books::focusSearch, books.columns().menuItems()), toolBar(), readOnly));
        frame.setBottom(statusBar());
        frame.disableProperty().bind(vm.firstRunProperty()); // behind the welcome card nothing takes the keyboard
        getChildren().addAll(frame, new FirstRunView(vm));
        // Ctrl+Shift+Z is the Redo item's own accelerator; Ctrl+Y, the other habit, redoes too
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Y,
                        javafx.scene.input.KeyCombination.SHORTCUT_DOWN), vm.actions()::redo);
            }
        });
    }

    /**
     * The filters the sidebar or a dashboard click put on the table besides the search text, as
     * chips: "Genre: Fiction ✕", "Author: Jane Austen ✕". Removing one unpicks it in the sidebar,
     * the one place the pick lives, so the table, the sidebar and the chips never disagree.
     */
    private Node filterChips() {
        Button genre = chip("chip-genre", () -> vm.sidebar().pickGenre(null));
        genre.textProperty().bind(Bindings.createStringBinding(() -> {
            var g = vm.sidebar().pickedGenreProperty().get();
            return g == null ? "" : "Genre: " + g.getName();
        }, vm.sidebar().pickedGenreProperty()));
        genre.visibleProperty().bind(vm.sidebar().pickedGenreProperty().isNotNull());
        Button author = chip("chip-author", () -> vm.sidebar().pickAuthor(null));
        author.textProperty().bind(Bindings.createStringBinding(() -> {
            var a = vm.sidebar().pickedAuthorProperty().get();
            return a == null ? "" : "Author: " + a.name();
        }, vm.sidebar().pickedAuthorProperty()));
        author.visibleProperty().bind(vm.sidebar().pickedAuthorProperty().isNotNull());
        HBox chips = new HBox(6, genre, author);
        chips.setAlignment(Pos.CENTER_LEFT);
        chips.getStyleClass().add("filter-chips");
        return chips;
    }

    private static Button chip(String id, Runnable remove) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().addAll("filter-chip", "small", "rounded");
        b.setGraphic(new FontIcon(Feather.X));
        b.setContentDisplay(ContentDisplay.RIGHT);
        b.setOnAction(e -> remove.run());
        b.managedProperty().bind(b.visibleProperty());
        b.setTooltip(new Tooltip("Remove this filter"));
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    public BooksView books() {
        return books;
    }

    private ToolBar toolBar() {
        CatalogueActions a = vm.actions();
        Button open = button("open-button", Feather.FOLDER, "Open catalogue (Ctrl+O)", vm::openChosen);
        Button add = button("new-book-button", Feather.PLUS, "New book (Ctrl+N)", a::newBook);
        Button addAuthor = button("new-author-button", Feather.USER_PLUS, "New author (Ctrl+Shift+N)", a::newAuthor);
        Button delete = button("delete-button", Feather.TRASH_2, "Delete book (Delete)", a::deleteSelectedBook);
        delete.disableProperty().bind(vm.books().selectedProperty().isNull().or(vm.readOnlyProperty()));
        Button undo = button("undo-button", Feather.ROTATE_CCW, "Undo (Ctrl+Z)", a::undo);
        undo.disableProperty().bind(a.canUndoProperty().not());
        Button importer = button("import-button", Feather.DOWNLOAD, "Import (Ctrl+I)", vm::openImport);
        for (Button change : List.of(add, addAuthor, importer)) {
            change.disableProperty().bind(vm.readOnlyProperty()); // a read-only catalogue takes no changes
        }
        Button stats = button("stats-button", Feather.BAR_CHART_2, "Statistics (Ctrl+Shift+S)", vm::openStatistics);
        Button theme = button("theme-button", Feather.MOON, "Light or dark theme", () ->
                vm.setTheme(vm.themeProperty().get() == Theme.DARK ? Theme.LIGHT : Theme.DARK));
        vm.themeProperty().addListener((o, old, t) -> theme.setGraphic(new FontIcon(t == Theme.DARK ? Feather.SUN : Feather.MOON)));
        theme.setGraphic(new FontIcon(vm.themeProperty().get() == Theme.DARK ? Feather.SUN : Feather.MOON));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return new ToolBar(open, new Separator(Orientation.VERTICAL), add, addAuthor, delete, undo,
                new Separator(Orientation.VERTICAL), importer, stats, gap, theme);
    }

    private HBox statusBar() {
        Label count = new Label();
        count.setId("status-count");
        count.textProperty().bind(vm.books().statusProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(14, 14);
        progress.visibleProperty().bind(vm.busyProperty().or(vm.books().busyProperty()));
        Label notice = new Label();
        notice.setId("status-notice");
        notice.textProperty().bind(vm.noticeProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label file = new Label();
        file.textProperty().bind(vm.sessionProperty().map(s -> s.isShared() ? s.name() : s.file().toString()).orElse(""));
        file.getStyleClass().add("file");
        HBox bar = new HBox(10, count, progress, notice, gap, file);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static Button button(String id, Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("flat");
        b.setOnAction(e -> action.run());
        return b;
    }
}
