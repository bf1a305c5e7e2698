package org.alcove.ui.editor;

import java.util.function.BiFunction;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A small table of {@link EditableRows} edited in place (double-click a cell, Enter commits it),
 * with Add and Remove under it and whatever other buttons its pane gives: the editor's copies,
 * identifiers and readings are each one of these.
 *
 * @param <R> the row
 */
final class RowsTable<R> extends VBox {
    private static final double ROW = 34;
    private static final double HEADER = 48;
    private final TableView<R> table = new TableView<>();
    private final EditableRows<R> rows;
    private final HBox buttons = new HBox(6);

    RowsTable(String id, EditableRows<R> rows, String placeholder) {
        this.rows = rows;
        table.setId(id);
        table.setItems(rows.rows());
        table.setEditable(true);
        // as tall as its rows (up to six, then it scrolls), so a short list leaves no blank and a long one no hidden row
        table.setFixedCellSize(ROW);
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> HEADER + ROW * Math.max(1, Math.min(6, rows.rows().size())), rows.rows()));
        table.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label empty = new Label(placeholder);
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        setSpacing(6);
        getChildren().addAll(table, buttons);
    }

    TableView<R> table() {
        return table;
    }

    /** A column whose cells are typed into. */
    RowsTable<R> textColumn(String name, String id, Function<R, String> value, BiFunction<R, String, R> with) {
        TableColumn<R, String> c = column(name, id, value, with);
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        return this;
    }

    /** A column whose cells offer {@code choices} in a drop-down that also takes a value typed in. */
    RowsTable<R> choiceColumn(String name, String id, ObservableList<String> choices, Function<R, String> value,
            BiFunction<R, String, R> with) {
        TableColumn<R, String> c = column(name, id, value, with);
        c.setCellFactory(col -> new ChoiceCell<>(choices));
        return this;
    }

    /**
     * A cell edited with a drop-down that also takes typed text: picking a choice or pressing Enter
     * commits, Escape cancels. (JavaFX's own {@code ComboBoxTableCell} drops typed text.)
     */
    private static final class ChoiceCell<R> extends TableCell<R, String> {
        private final ComboBox<String> box;

        ChoiceCell(ObservableList<String> choices) {
            box = new ComboBox<>(choices);
            box.setEditable(true);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setOnAction(e -> {
                if (isEditing() && box.getValue() != null) {
                    commitEdit(box.getValue());
                }
            });
            // on the box, not its editor: the box has the focus and hands the keys to its editor
            box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    commitEdit(box.getEditor().getText());
                    e.consume();
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                }
            });
        }

        @Override
        public void startEdit() {
            super.startEdit();
            if (isEditing()) {
                box.setValue(getItem());
                box.getEditor().setText(getItem());
                setText(null);
                setGraphic(box);
                box.requestFocus(); // its editor joins the scene with the box's skin, after this: select its text then
                javafx.application.Platform.runLater(box.getEditor()::selectAll);
            }
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            setText(getItem());
            setGraphic(null);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty) {
                setText(null);
                setGraphic(null);
            } else if (isEditing()) {
                setText(null);
                setGraphic(box);
            } else {
                setText(item);
                setGraphic(null);
            }
        }
    }

    private TableColumn<R, String> column(String name, String id, Function<R, String> value, BiFunction<R, String, R> with) {
        TableColumn<R, String> c = new TableColumn<>(name);
        c.setId(id);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setOnEditCommit(e -> rows.edit(e.getTablePosition().getRow(), with.apply(e.getRowValue(), e.getNewValue() == null ? "" : e.getNewValue())));
        table.getColumns().add(c);
        return c;
    }

    /** The Add button: runs {@code add} (which adds a row, or says why not), then selects the last row. */
    Button addButton(String text, String id, Runnable add) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> {
            add.run();
            table.getSelectionModel().selectLast();
        });
        buttons.getChildren().add(b);
        return b;
    }

    /** The Remove button, for the selected row. */
    Button removeButton(String id) {
        Button b = new Button("Remove");
        b.setId(id);
        b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        b.setOnAction(e -> rows.remove(table.getSelectionModel().getSelectedIndex()));
        buttons.getChildren().add(b);
        return b;
    }

    /** Another button after Add and Remove. */
    void button(Node button) {
        buttons.getChildren().add(button);
    }
}
