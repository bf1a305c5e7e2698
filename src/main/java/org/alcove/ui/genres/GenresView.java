package org.alcove.ui.genres;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.alcove.catalog.Genre;
import org.alcove.catalog.GenreCatalog;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Genres dialog's content: the genres with their counts; add, rename, merge into, delete. */
public final class GenresView extends VBox {
    private final GenresViewModel vm;

    /** {@code close} closes the dialog's window. */
    public GenresView(GenresViewModel vm, Runnable close) {
        super(12);
        this.vm = vm;
        getStyleClass().add("genres-view");
        getStylesheets().add(GenresView.class.getResource("genres-view.css").toExternalForm());
        Label heading = new Label("Genres and their books");
        heading.getStyleClass().add("section");
        ListView<GenreCatalog.Entry> list = list();
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, list, form(), status(), closeBar(close));
    }

    /** The view model, for tests that drive the dialog. */
    public GenresViewModel viewModel() {
        return vm;
    }

    private ListView<GenreCatalog.Entry> list() {
        ListView<GenreCatalog.Entry> list = new ListView<>(vm.entries());
        list.setId("genres-list");
        list.setCellFactory(l -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, e) -> vm.selectedProperty().set(e));
        vm.selectedProperty().addListener((o, old, e) -> {
            if (e != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(e);
            }
        });
        return list;
    }

    private GridPane form() {
        TextField name = new TextField();
        name.setId("genre-name");
        name.setPromptText("A genre's name");
        name.textProperty().bindBidirectional(vm.nameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = button("genre-add", "Add", Feather.PLUS, vm::add);
        add.disableProperty().bind(vm.nameProperty().isEmpty());
        Button rename = button("genre-rename", "Rename", Feather.EDIT_2, vm::rename);
        rename.disableProperty().bind(vm.selectedProperty().isNull().or(vm.nameProperty().isEmpty()));

        ComboBox<Genre> target = new ComboBox<>();
        target.setId("genre-target");
        target.setPromptText("(none: no genre)");
        target.setTooltip(new javafx.scene.control.Tooltip("The genre a merge goes into, and where Delete moves the books;"
                + " with none picked, Delete leaves them without a genre"));
        target.setMaxWidth(Double.MAX_VALUE);
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(Genre g) {
                return g == null ? "" : g.getName();
            }

            @Override
            public Genre fromString(String s) {
                return null;
            }
        });
        vm.entries().addListener((javafx.collections.ListChangeListener<GenreCatalog.Entry>) c ->
                target.getItems().setAll(vm.entries().stream().map(GenreCatalog.Entry::genre).toList()));
        target.valueProperty().bindBidirectional(vm.targetProperty());
        Button merge = button("genre-merge", "Merge into", Feather.GIT_MERGE, vm::merge);
        merge.disableProperty().bind(vm.selectedProperty().isNull().or(vm.targetProperty().isNull()));
        Button delete = button("genre-delete", "Delete", Feather.TRASH_2, vm::delete);
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(vm.selectedProperty().isNull());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name, add, rename);
        grid.addRow(1, new Label("Into"), target, merge, delete);
        javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(whole(), grow, whole(), whole()); // labels and buttons never cut
        return grid;
    }

    private static javafx.scene.layout.ColumnConstraints whole() {
        javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
        c.setMinWidth(Region.USE_PREF_SIZE);
        return c;
    }

    private VBox status() {
        Label outcome = label("genres-outcome", "outcome");
        outcome.textProperty().bind(vm.outcomeProperty());
        Label error = label("genres-error", "problem");
        error.textProperty().bind(vm.errorProperty());
        return new VBox(6, outcome, error);
    }

    private static HBox closeBar(Runnable close) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button done = new Button("Close");
        done.setId("genres-close");
        done.setCancelButton(true);
        done.setOnAction(e -> close.run());
        HBox bar = new HBox(8, gap, done);
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }

    private static Button button(String id, String text, Feather icon, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }

    private static Label label(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** "Fiction   FIC   12 books". */
    private static final class EntryCell extends ListCell<GenreCatalog.Entry> {
        @Override
        protected void updateItem(GenreCatalog.Entry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(e.genre().getName() + (e.genre().getCode() == null ? "" : "  (" + e.genre().getCode() + ")"));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label count = new Label(e.books() + (e.books() == 1 ? " book" : " books"));
            count.getStyleClass().add("count");
            HBox row = new HBox(8, name, gap, count);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
