package org.alcove.ui.migrations;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.alcove.catalog.CatalogMigrations.State;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Migrations dialog's content: the list with states, the SQL of the selected one, Apply and Roll back. */
public final class MigrationsView extends VBox {
    private final MigrationsViewModel vm;

    /** {@code close} closes the dialog's window. */
    public MigrationsView(MigrationsViewModel vm, Runnable close) {
        super(12);
        this.vm = vm;
        getStyleClass().add("migrations-view");
        getStylesheets().add(MigrationsView.class.getResource("migrations-view.css").toExternalForm());
        Label summary = new Label();
        summary.setId("migrations-summary");
        summary.getStyleClass().add("section");
        summary.textProperty().bind(vm.summaryProperty());
        // The list above its SQL, the divider where both show (the list had three rows beside a half-empty SQL pane)
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(table(), sqlPane());
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        split.getStyleClass().add("migrations-split");
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(summary, split, statusPane(), buttons(close));
    }

    /** The view model, for tests that drive the dialog. */
    public MigrationsViewModel viewModel() {
        return vm;
    }

    private TableView<State> table() {
        TableView<State> table = new TableView<>(vm.states());
        table.setId("migrations-table");
        table.setPrefHeight(260);
        table.setMinHeight(120);
        TableColumn<State, String> name = new TableColumn<>("Migration");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        fixed(name, 170);
        TableColumn<State, State> state = new TableColumn<>("State");
        state.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        state.setCellFactory(c -> new StateCell());
        fixed(state, 180);
        TableColumn<State, String> ops = new TableColumn<>("Operations");
        ops.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join("; ", c.getValue().operations())));
        table.getColumns().setAll(java.util.List.of(name, state, ops));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, s) -> vm.selectedProperty().set(s));
        vm.selectedProperty().addListener((o, old, s) -> {
            if (s != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(s);
            }
        });
        return table;
    }

    private static void fixed(TableColumn<?, ?> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setMaxWidth(width * 1.3);
    }

    private VBox sqlPane() {
        ToggleGroup direction = new ToggleGroup();
        ToggleButton forwards = new ToggleButton("Forwards");
        forwards.setId("sql-forwards");
        ToggleButton backwards = new ToggleButton("Backwards");
        backwards.setId("sql-backwards");
        forwards.setToggleGroup(direction);
        backwards.setToggleGroup(direction);
        forwards.setSelected(true);
        direction.selectedToggleProperty().addListener((o, old, t) -> {
            if (t == null) {
                old.setSelected(true);
            } else {
                vm.backwardsProperty().set(t == backwards);
            }
        });
        HBox toggles = new HBox(forwards, backwards);
        toggles.getStyleClass().add("segmented");
        forwards.getStyleClass().add("left-pill");
        backwards.getStyleClass().add("right-pill");
        Label title = new Label();
        title.getStyleClass().add("section");
        title.textProperty().bind(vm.selectedProperty().map(s -> "SQL of " + s.name()).orElse("SQL (select a migration)"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, title, gap, toggles);
        head.setAlignment(Pos.CENTER_LEFT);
        TextArea sql = new TextArea();
        sql.setId("migrations-sql");
        sql.setEditable(false);
        sql.setWrapText(true);
        sql.setPrefRowCount(6);
        sql.textProperty().bind(vm.sqlProperty());
        VBox.setVgrow(sql, Priority.ALWAYS);
        VBox box = new VBox(6, head, sql);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private VBox statusPane() {
        ProgressBar bar = new ProgressBar();
        bar.setId("migrations-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label step = new Label();
        step.textProperty().bind(vm.progressTextProperty());
        VBox running = new VBox(4, bar, step);
        running.visibleProperty().bind(vm.busyProperty());
        running.managedProperty().bind(running.visibleProperty());
        Label outcome = label("migrations-outcome", "outcome");
        outcome.textProperty().bind(vm.outcomeProperty());
        Label error = label("migrations-error", "problem");
        error.textProperty().bind(vm.errorProperty());
        return new VBox(6, running, outcome, error);
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

    private HBox buttons(Runnable close) {
        ChoiceBox<String> target = new ChoiceBox<>(vm.rollbackTargets());
        target.setId("rollback-target");
        target.setMinWidth(Region.USE_PREF_SIZE); // its text was clipped when the row was short of room
        target.setPrefWidth(210);
        target.valueProperty().bindBidirectional(vm.rollbackTargetProperty());
        target.disableProperty().bind(vm.busyProperty().or(Bindings.isEmpty(vm.rollbackTargets())));
        Button rollBack = new Button("Roll back to\u2026", new FontIcon(Feather.ROTATE_CCW));
        rollBack.setId("rollback-button");
        rollBack.disableProperty().bind(target.disableProperty().or(vm.rollbackTargetProperty().isNull()));
        rollBack.setOnAction(e -> vm.rollBack());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button apply = new Button("Apply pending", new FontIcon(Feather.PLAY));
        apply.setId("apply-button");
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(vm.busyProperty().or(vm.hasPendingProperty().not()));
        apply.setOnAction(e -> vm.applyAll());
        Button done = new Button("Close");
        done.setId("migrations-close");
        done.setCancelButton(true);
        done.disableProperty().bind(vm.busyProperty());
        done.setOnAction(e -> close.run());
        HBox bar = new HBox(8, rollBack, target, gap, apply, done);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** "Applied 2025-01-02 10:11" with a tick, or "Pending" with a clock. */
    private static final class StateCell extends TableCell<State, State> {
        @Override
        protected void updateItem(State s, boolean empty) {
            super.updateItem(s, empty);
            getStyleClass().removeAll("applied", "pending");
            if (empty || s == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            getStyleClass().add(s.applied() ? "applied" : "pending");
            String at = s.appliedAt() == null ? "" : " " + s.appliedAt().replace('T', ' ').replaceFirst("(\\d\\d:\\d\\d):\\d\\d.*$", "$1");
            setText(s.applied() ? "Applied" + at : "Pending");
            setGraphic(new FontIcon(s.applied() ? Feather.CHECK_CIRCLE : Feather.CLOCK));
        }
    }
}
