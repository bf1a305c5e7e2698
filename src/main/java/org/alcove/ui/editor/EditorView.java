package org.alcove.ui.editor;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.alcove.catalog.Genre;
import org.alcove.catalog.ReadingStatus;
import org.alcove.catalog.browse.BookField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The form for the selected book; each field shows its problem under it as the user types. */
public final class EditorView extends VBox {
    private final GridPane grid = new GridPane();
    private int row;

    public EditorView(EditorViewModel viewModel) {
        getStyleClass().add("editor-view");
        getStylesheets().add(EditorView.class.getResource("editor-view.css").toExternalForm());

        Label heading = new Label();
        heading.getStyleClass().add("heading");
        heading.textProperty().bind(viewModel.headingProperty());
        heading.setWrapText(true);

        TextField title = field("title-field", viewModel.titleProperty().get());
        viewModel.newFormsProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(title::requestFocus));
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        TextField author = field("author-field", "");
        author.textProperty().bindBidirectional(viewModel.authorProperty());
        TextFields.bindAutoCompletion(author, request -> viewModel.suggestAuthors(request.getUserText()));
        DatePicker published = new DatePicker();
        published.setId("published-field");
        published.setConverter(isoDates(published)); // as the table shows dates: 1949-06-08, not 6/8/1949
        published.setPromptText("YYYY-MM-DD, or empty");
        published.valueProperty().bindBidirectional(viewModel.publishedProperty());
        published.getEditor().textProperty().addListener((o, was, typed) -> viewModel.publishedTextProperty().set(typed));
        published.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Genre> genre = new ComboBox<>(viewModel.genreChoices());
        genre.setId("genre-field");
        genre.valueProperty().bindBidirectional(viewModel.genreProperty());
        genre.setMaxWidth(Double.MAX_VALUE);
        TextField pages = field("pages-field", "");
        pages.textProperty().bindBidirectional(viewModel.pagesProperty());
        TextField isbn = field("isbn-field", "");
        isbn.textProperty().bindBidirectional(viewModel.isbnProperty());

        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.getStyleClass().add("form");
        add("Title", title, viewModel.errorProperty(BookField.TITLE));
        add("Author", author, viewModel.errorProperty(BookField.AUTHOR));
        add("Published", published, viewModel.errorProperty(BookField.PUBLISHED));
        add("Genre", genre, viewModel.errorProperty(BookField.GENRE));
        add("Pages", pages, viewModel.errorProperty(BookField.PAGES));
        add("ISBN", isbn, viewModel.errorProperty(BookField.ISBN));
        add("Series", bound("series-field", viewModel.seriesProperty(), "none"), viewModel.errorProperty(BookField.SERIES));
        add("Series no.", bound("series-index-field", viewModel.seriesIndexProperty(), "1, 2, 2.5"),
                viewModel.errorProperty(BookField.SERIES_INDEX));
        add("First published", bound("first-published-field", viewModel.firstPublishedProperty(), "-700 is 700 BCE"),
                viewModel.errorProperty(BookField.FIRST_PUBLISHED));
        add("Publisher", bound("publisher-field", viewModel.publisherProperty(), ""), viewModel.errorProperty(BookField.PUBLISHER));
        add("Language", bound("language-field", viewModel.languageProperty(), "en, fr, ..."), viewModel.errorProperty(BookField.LANGUAGE));
        add("Format", bound("format-field", viewModel.formatProperty(), "paperback, e-book, ..."), viewModel.errorProperty(BookField.FORMAT));
        ComboBox<ReadingStatus> status = new ComboBox<>();
        status.getItems().add(null);
        status.getItems().addAll(ReadingStatus.values());
        status.setId("status-field");
        status.setMaxWidth(Double.MAX_VALUE);
        status.setButtonCell(statusCell());
        status.setCellFactory(list -> statusCell());
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        add("Status", status, viewModel.errorProperty(BookField.STATUS));
        add("Rating", bound("rating-field", viewModel.ratingProperty(), "0 to 5 in halves"), viewModel.errorProperty(BookField.RATING));
        TextField tags = bound("tags-field", viewModel.tagsProperty(), "Classics, History.Ancient");
        add("Tags", tags, viewModel.errorProperty(BookField.TAGS));
        TextArea contributors = new TextArea();
        contributors.setId("contributors-field");
        contributors.setPrefRowCount(3);
        contributors.setWrapText(true);
        contributors.setPromptText("one per line: Robert Fagles (translator)");
        contributors.textProperty().bindBidirectional(viewModel.contributorsProperty());
        add("Contributors", contributors, viewModel.errorProperty(BookField.CONTRIBUTORS));
        add("Description", area("description-field", viewModel.descriptionProperty(), 3, "what the book is about"),
                viewModel.errorProperty(BookField.DESCRIPTION));
        add("Notes", area("notes-field", viewModel.notesProperty(), 2, "your own notes"), viewModel.errorProperty(BookField.NOTES));
        add("Review", area("review-field", viewModel.reviewProperty(), 3, "your review"), viewModel.errorProperty(BookField.REVIEW));
        grid.disableProperty().bind(viewModel.activeProperty().not().or(viewModel.readOnlyProperty()));
        VBox lists = new VBox(4,
                folded("identifiers-pane", "Identifiers (%d)", new IdentifiersPane(viewModel), viewModel.identifierRows().rows(),
                        viewModel.errorProperty(BookField.IDENTIFIERS), viewModel),
                folded("readings-pane", "Readings (%d)", new ReadingsPane(viewModel), viewModel.readingRows().rows(),
                        viewModel.errorProperty(BookField.READINGS), viewModel),
                folded("copies-pane", "Copies (%d)", new CopiesPane(viewModel), viewModel.copies(), null, viewModel));
        ScrollPane scroll = new ScrollPane(new VBox(8, new CoverPane(viewModel), grid, lists));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button save = new Button("Save", new FontIcon(Feather.CHECK));
        save.setId("save-button");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(viewModel.canSaveProperty().not());
        save.setOnAction(e -> viewModel.save());
        Button revert = new Button("Revert", new FontIcon(Feather.ROTATE_CCW));
        revert.setId("revert-button");
        revert.disableProperty().bind(viewModel.dirtyProperty().not());
        revert.setOnAction(e -> viewModel.revert());
        HBox buttons = new HBox(8, revert, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        Label message = new Label();
        message.setId("editor-message");
        message.getStyleClass().add("error");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        getChildren().addAll(heading, scroll, message, buttons);
    }

    /**
     * Dates as the table writes them (ISO 8601) for {@code picker}. Text that is not one gives the
     * date the picker has: a typo never clears a book's date (the form says what is wrong).
     */
    static javafx.util.StringConverter<java.time.LocalDate> isoDates(DatePicker picker) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public java.time.LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : java.time.LocalDate.parse(s.strip());
                } catch (java.time.format.DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        };
    }

    /**
     * A table folded until asked for, so the form keeps its height; its title says how many rows it
     * holds, and its problem (when it has one) shows under it, folded or not, and unfolds it.
     */
    private static Node folded(String id, String title, Node pane, javafx.collections.ObservableList<?> rows,
            ReadOnlyStringProperty error, EditorViewModel viewModel) {
        pane.disableProperty().bind(viewModel.activeProperty().not().or(viewModel.readOnlyProperty()));
        javafx.scene.control.TitledPane folded = new javafx.scene.control.TitledPane(null, pane);
        folded.setId(id);
        folded.setExpanded(false);
        folded.textProperty().bind(javafx.beans.binding.Bindings.size(rows).asString(title));
        if (error == null) {
            return folded;
        }
        Label problem = new Label();
        problem.setId(id.replace("-pane", "-error"));
        problem.getStyleClass().add("error");
        problem.setWrapText(true);
        problem.textProperty().bind(error);
        problem.visibleProperty().bind(error.isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        error.addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                folded.setExpanded(true);
            }
        });
        return new VBox(2, folded, problem);
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty text, int rows, String prompt) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        a.setPromptText(prompt);
        a.textProperty().bindBidirectional(text);
        return a;
    }

    private static TextField bound(String id, javafx.beans.property.StringProperty text, String prompt) {
        TextField f = field(id, text.get());
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(text);
        return f;
    }

    private static ListCell<ReadingStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ReadingStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "Not set" : item.label());
            }
        };
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        return f;
    }

    private void add(String name, Node field, ReadOnlyStringProperty error) {
        Label label = new Label(name);
        label.setLabelFor(field);
        Label problem = new Label();
        problem.setId(field.getId().replace("-field", "-error"));
        problem.getStyleClass().add("error");
        problem.setWrapText(true);
        problem.textProperty().bind(error);
        problem.visibleProperty().bind(error.isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        grid.add(label, 0, row);
        grid.add(new VBox(2, field, problem), 1, row);
        row++;
    }
}
