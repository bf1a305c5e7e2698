package org.alcove.ui.importing;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.alcove.catalog.importing.ImportOptions.OnError;
import org.alcove.catalog.importing.ImportOptions.UnknownAuthors;
import org.alcove.catalog.io.ImportFormat;
import org.alcove.ui.importing.ImportViewModel.Page;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The import dialog's content: the file, its format, a preview and the options; then a progress
 * bar with Cancel; then the report ({@link ImportResultView}).
 */
public final class ImportView extends StackPane {
    private final ImportViewModel vm;

    /** {@code close} closes the dialog's window. */
    public ImportView(ImportViewModel vm, Runnable close) {
        this.vm = vm;
        getStyleClass().add("import-view");
        getStylesheets().add(ImportView.class.getResource("import-view.css").toExternalForm());
        VBox setup = setupPage(close);
        VBox running = runningPage();
        ImportResultView result = new ImportResultView(vm, close);
        show(setup, Page.SETUP);
        show(running, Page.RUNNING);
        show(result, Page.RESULT);
        getChildren().addAll(setup, running, result);
    }

    /** The view model, for tests that drive the dialog. */
    public ImportViewModel viewModel() {
        return vm;
    }

    private void show(Region pageNode, Page page) {
        pageNode.visibleProperty().bind(vm.pageProperty().isEqualTo(page));
    }

    private VBox setupPage(Runnable close) {
        TextField path = new TextField();
        path.setId("import-file");
        path.setEditable(false);
        path.setPromptText("No file chosen");
        path.textProperty().bind(vm.fileProperty().map(Object::toString).orElse(""));
        HBox.setHgrow(path, Priority.ALWAYS);
        Button choose = new Button("Choose\u2026", new FontIcon(Feather.FOLDER));
        choose.setId("import-choose");
        choose.setOnAction(e -> vm.chooseFile());

        ChoiceBox<ImportFormat> format = new ChoiceBox<>();
        format.setId("import-format");
        format.getItems().setAll(ImportFormat.values());
        format.setConverter(converter());
        format.valueProperty().bindBidirectional(vm.formatProperty());

        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        form.addRow(0, new Label("File"), new HBox(8, path, choose));
        form.addRow(1, new Label("Format"), format);
        form.addRow(2, new Label("If a row is bad"), choices(vm.onErrorProperty(), "import-skip", OnError.SKIP,
                "Skip it and import the others", "import-abort", OnError.ABORT, "Abort and import nothing"));
        HBox authors = choices(vm.unknownAuthorsProperty(), "import-create-authors", UnknownAuthors.CREATE,
                "Create them", "import-reject-authors", UnknownAuthors.REJECT, "Reject their books");
        Label authorsLabel = new Label("Unknown authors");
        form.addRow(3, authorsLabel, authors);
        authors.disableProperty().bind(vm.formatProperty().isEqualTo(ImportFormat.AUTHORS));
        authorsLabel.disableProperty().bind(authors.disableProperty());
        Label genresName = new Label();
        genresName.setId("import-genres");
        genresName.textProperty().bind(vm.genresNameProperty());
        Button genresChoose = new Button("Choose\u2026");
        genresChoose.setId("import-genres-choose");
        genresChoose.setOnAction(e -> vm.chooseGenres());
        Button genresBuiltIn = new Button("Built-in");
        genresBuiltIn.setId("import-genres-builtin");
        genresBuiltIn.setOnAction(e -> vm.useBuiltInGenres());
        HBox genres = new HBox(8, genresName, genresChoose, genresBuiltIn);
        genres.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label genresLabel = new Label("Genres from shelves");
        form.addRow(4, genresLabel, genres);
        genres.disableProperty().bind(vm.formatProperty().isEqualTo(ImportFormat.AUTHORS));
        genresLabel.disableProperty().bind(genres.disableProperty());
        GridPane.setHgrow(form.getChildren().get(1), Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("import-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Label previewTitle = new Label("Preview (the first " + ImportViewModel.PREVIEW_ROWS + " rows)");
        previewTitle.getStyleClass().add("section");
        TableView<List<String>> preview = previewTable();
        VBox.setVgrow(preview, Priority.ALWAYS);

        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close.run());
        Button start = new Button("Import", new FontIcon(Feather.DOWNLOAD));
        start.setId("import-start");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.canImportProperty().not());
        start.setOnAction(e -> vm.start());
        VBox page = new VBox(12, form, problem, previewTitle, preview, buttons(cancel, start));
        page.getStyleClass().add("page");
        return page;
    }

    /**
     * The drop-down above a preview column naming the field it is read as, shown for a generic CSV
     * only (the other formats know their columns): {@link #previewTable} puts it in the column's
     * header when the format is CSV and takes it out otherwise.
     */
    private VBox fieldChoice(String column, TableColumn<?, ?> tableColumn) {
        ChoiceBox<String> choice = new ChoiceBox<>();
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.prefWidthProperty().bind(tableColumn.widthProperty().subtract(14));
        choice.setId("map-" + column.replaceAll("[^A-Za-z0-9_-]", "_"));
        choice.getItems().setAll(org.alcove.catalog.io.BookReadOptions.csvFields());
        choice.setValue(vm.columnFields().getOrDefault(column, "ignore"));
        choice.valueProperty().addListener((o, was, now) -> vm.columnFields().put(column, now));
        Label name = new Label(column);
        name.getStyleClass().add("column-name");
        VBox box = new VBox(4, name, choice);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    /** A preview column's header: its name, or for a generic CSV its name above the field drop-down, wide enough for it. */
    private static void showFieldChoice(TableColumn<?, ?> column, boolean csv) {
        VBox box = (VBox) column.getUserData();
        String name = ((Label) box.getChildren().get(0)).getText();
        column.setGraphic(csv ? box : null);
        column.setText(csv ? "" : name);
        if (csv && column.getWidth() < 150) {
            column.setPrefWidth(150);
        }
    }

    private TableView<List<String>> previewTable() {
        TableView<List<String>> table = new TableView<>(vm.previewRows());
        table.setId("import-preview");
        table.setPlaceholder(new Label("Choose a file to see its first rows"));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        vm.formatProperty().addListener((o, was, now) -> table.getColumns().forEach(column ->
                showFieldChoice(column, now == ImportFormat.CSV)));
        vm.header().addListener((ListChangeListener<String>) c -> {
            table.getColumns().clear();
            for (int i = 0; i < vm.header().size(); i++) {
                int index = i;
                String name = vm.header().get(i);
                TableColumn<List<String>, String> column = new TableColumn<>(name);
                column.setUserData(fieldChoice(name, column));
                showFieldChoice(column, vm.formatProperty().get() == ImportFormat.CSV);
                column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(index < cell.getValue().size()
                        ? cell.getValue().get(index) : ""));
                column.setSortable(false);
                table.getColumns().add(column);
            }
        });
        // widths follow the rows: a header's name ("isbn") says nothing of its cells ("9780099450252")
        vm.previewRows().addListener((ListChangeListener<List<String>>) c -> fitColumns(table));
        vm.header().addListener((ListChangeListener<String>) c -> fitColumns(table));
        return table;
    }

    /** Each preview column as wide as its header or its widest cell, between 90 and 360 pixels. */
    private void fitColumns(TableView<List<String>> table) {
        javafx.scene.text.Text measure = new javafx.scene.text.Text();
        for (int i = 0; i < table.getColumns().size(); i++) {
            TableColumn<List<String>, ?> column = table.getColumns().get(i);
            measure.setText(((Label) ((VBox) column.getUserData()).getChildren().get(0)).getText());
            double widest = measure.getLayoutBounds().getWidth();
            for (List<String> row : vm.previewRows()) {
                if (i < row.size() && widest < MAX_PREVIEW_WIDTH) {
                    String cell = row.get(i);
                    measure.setText(cell.length() > 200 ? cell.substring(0, 200) : cell);
                    widest = Math.max(widest, measure.getLayoutBounds().getWidth());
                }
            }
            double width = Math.max(90, Math.min(MAX_PREVIEW_WIDTH, Math.ceil(widest) + 24));
            column.setPrefWidth(vm.formatProperty().get() == ImportFormat.CSV ? Math.max(150, width) : width);
        }
    }

    private static final double MAX_PREVIEW_WIDTH = 360;

    private VBox runningPage() {
        Label title = new Label();
        title.getStyleClass().add("section");
        title.textProperty().bind(vm.fileProperty().map(f -> "Importing " + f.getFileName() + "\u2026").orElse(""));
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label rows = new Label();
        rows.setId("import-progress-text");
        rows.textProperty().bind(vm.progressTextProperty());
        Label note = new Label("Nothing is kept until the whole file is read: cancelling leaves the catalogue as it was.");
        note.getStyleClass().add("note");
        note.setWrapText(true);
        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> vm.cancel());
        VBox box = new VBox(12, title, bar, rows, note, buttons(cancel));
        box.setMaxHeight(USE_PREF_SIZE);
        VBox page = new VBox(box);
        page.setAlignment(Pos.CENTER);
        page.getStyleClass().add("page");
        return page;
    }

    private static <T> HBox choices(ObjectProperty<T> property, String idA, T a, String labelA, String idB, T b, String labelB) {
        ToggleGroup group = new ToggleGroup();
        RadioButton first = new RadioButton(labelA);
        first.setId(idA);
        first.setUserData(a);
        RadioButton second = new RadioButton(labelB);
        second.setId(idB);
        second.setUserData(b);
        first.setToggleGroup(group);
        second.setToggleGroup(group);
        group.selectToggle(property.get() == b ? second : first);
        group.selectedToggleProperty().addListener((o, old, t) -> {
            if (t != null) {
                @SuppressWarnings("unchecked")
                T value = (T) t.getUserData();
                property.set(value);
            }
        });
        return new HBox(16, first, second);
    }

    static HBox buttons(Button... buttons) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, gap);
        bar.getChildren().addAll(buttons);
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }

    static StringConverter<ImportFormat> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(ImportFormat f) {
                if (f == null) {
                    return "";
                }
                return switch (f) {
                    case AUTHORS -> "Alcove authors";
                    case BOOKS -> "Alcove books";
                    case GOODREADS -> "Goodreads export";
                    case LIBRARYTHING -> "LibraryThing export";
                    case STORYGRAPH -> "StoryGraph export";
                    case CALIBRE -> "Calibre catalogue CSV";
                    case OPENREADS -> "Openreads export";
                    case BOOKWYRM -> "BookWyrm export";
                    case CSV -> "Other CSV (columns by name)";
                };
            }

            @Override
            public ImportFormat fromString(String s) {
                return null;
            }
        };
    }
}
