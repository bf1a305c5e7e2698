package org.alcove.ui.trash;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.alcove.catalog.trash.TrashEntry;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Edit → Trash…: what was deleted, searchable, with Restore for the picked thing and Empty Trash for all. */
public final class TrashView extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    /** {@code close} closes the window. */
    public TrashView(TrashViewModel vm, Runnable close) {
        super(10);
        setPadding(new Insets(14));
        getStyleClass().add("trash-view");

        TextField search = new TextField();
        search.setId("trash-search");
        search.setPromptText("Search the trash: words, title:\u2026, author:\u2026");
        search.textProperty().bindBidirectional(vm.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox top = new HBox(8, new FontIcon(Feather.SEARCH), search);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<TrashEntry> table = new TableView<>(vm.entries());
        table.setId("trash-table");
        table.setPlaceholder(new Label("The trash is empty."));
        table.getColumns().add(column("What", 110, e -> e.kind().label()));
        table.getColumns().add(column("Deleted", 380, TrashEntry::describe));
        table.getColumns().add(column("When", 170, e -> e.deletedAt().format(WHEN)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.restoreSelected();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Label message = new Label();
        message.setId("trash-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        Button restore = new Button("Restore", new FontIcon(Feather.ROTATE_CCW));
        restore.setId("trash-restore");
        restore.setDefaultButton(true);
        restore.disableProperty().bind(vm.selectedProperty().isNull());
        restore.setOnAction(e -> vm.restoreSelected());
        Button empty = new Button("Empty Trash\u2026", new FontIcon(Feather.TRASH_2));
        empty.setId("trash-empty");
        empty.setOnAction(e -> vm.emptyAll());
        Button done = new Button("Close");
        done.setId("trash-close");
        done.setCancelButton(true);
        done.setOnAction(e -> close.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, restore, empty, gap, done);
        buttons.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(top, table, message, buttons);
    }

    private static TableColumn<TrashEntry, String> column(String title, double width, java.util.function.Function<TrashEntry, String> value) {
        TableColumn<TrashEntry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())).getReadOnlyProperty());
        return c;
    }
}
