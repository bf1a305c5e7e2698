package org.alcove.ui.app;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.alcove.catalog.Genre;
import org.alcove.catalog.ReadingStatus;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What the editor pane shows while two or more books are selected: "12 books selected", and the
 * changes made to all of them at once (a tag added or removed, the genre, the status, delete).
 */
final class BulkPanel extends VBox {
    BulkPanel(MainViewModel vm) {
        BulkActions bulk = vm.bulk();
        setId("bulk-panel");
        getStyleClass().add("bulk-panel");
        getStylesheets().add(BulkPanel.class.getResource("bulk-panel.css").toExternalForm());

        Label heading = new Label();
        heading.setId("bulk-heading");
        heading.getStyleClass().add("heading");
        heading.textProperty().bind(bulk.heading());
        Label hint = new Label("Each change below is made to every selected book, after an automatic backup; one Undo takes it back.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");

        TextField tag = new TextField();
        tag.setId("bulk-tag-field");
        tag.setPromptText("Tag");
        tag.textProperty().bindBidirectional(bulk.tagProperty());
        tag.setOnAction(e -> bulk.addTag());
        HBox.setHgrow(tag, Priority.ALWAYS);
        Button add = button("bulk-add-tag", "Add", Feather.PLUS, bulk::addTag);
        Button remove = button("bulk-remove-tag", "Remove", Feather.MINUS, bulk::removeTag);
        add.disableProperty().bind(bulk.tagProperty().isEmpty().or(vm.readOnlyProperty()));
        remove.disableProperty().bind(bulk.tagProperty().isEmpty().or(vm.readOnlyProperty()));

        ComboBox<Genre> genre = new ComboBox<>(vm.editor().genreChoices());
        genre.setId("bulk-genre-field");
        genre.setPromptText("Genre");
        genre.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(genre, Priority.ALWAYS);
        Button setGenre = button("bulk-set-genre", "Set", Feather.CHECK, () -> bulk.setGenre(genre.getValue()));
        setGenre.disableProperty().bind(genre.valueProperty().isNull().or(vm.readOnlyProperty()));

        ComboBox<ReadingStatus> status = new ComboBox<>();
        status.getItems().add(null);
        status.getItems().addAll(ReadingStatus.values());
        status.setId("bulk-status-field");
        status.setPromptText("Reading status");
        // "Not set" is a choice too: until one is picked the field says what it is for, and Set waits
        javafx.beans.property.BooleanProperty picked = new javafx.beans.property.SimpleBooleanProperty();
        status.setOnAction(e -> picked.set(true));
        status.setButtonCell(statusCell(picked));
        status.setCellFactory(list -> statusCell(null));
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Button setStatus = button("bulk-set-status", "Set", Feather.CHECK, () -> bulk.setStatus(status.getValue()));
        setStatus.disableProperty().bind(picked.not().or(vm.readOnlyProperty()));

        Button delete = button("bulk-delete", "Delete Selected Books\u2026", Feather.TRASH_2, bulk::delete);
        delete.getStyleClass().add("danger");
        delete.setMaxWidth(Double.MAX_VALUE);
        delete.disableProperty().bind(vm.readOnlyProperty());
        getChildren().addAll(heading, hint, section("Tag"), row(tag, add, remove), section("Genre"), row(genre, setGenre),
                section("Reading status"), row(status, setStatus), new Separator(), delete);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section");
        return l;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Button button(String id, String text, Feather icon, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }

    /** A status's name; in the field (with {@code picked}), "Reading status" until one is picked. */
    private static ListCell<ReadingStatus> statusCell(javafx.beans.value.ObservableBooleanValue picked) {
        ListCell<ReadingStatus> cell = new ListCell<>() {
            @Override
            protected void updateItem(ReadingStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(picked != null && !picked.get() ? "Reading status" : empty || item == null ? "Not set" : item.label());
            }
        };
        if (picked != null) {
            picked.addListener((o, was, now) -> cell.setText(cell.getItem() == null ? "Not set" : cell.getItem().label()));
        }
        return cell;
    }
}
