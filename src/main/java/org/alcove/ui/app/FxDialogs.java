package org.alcove.ui.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.alcove.catalog.browse.AuthorDetails;
import org.alcove.catalog.browse.BookEditing;
import org.alcove.catalog.browse.EditConflictException;
import org.alcove.catalog.browse.FieldDifference;
import org.alcove.ui.editor.EditorViewModel.ConflictChoice;
import org.alcove.Version;
import org.alcove.catalog.CatalogPaths;

/** {@link Dialogs} with JavaFX alerts and file choosers, owned by the main window. */
public final class FxDialogs implements Dialogs {
    private final Window owner;

    public FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType go = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(ButtonType.CANCEL, go);
        // Enter answers Cancel: deleting or rolling back takes a deliberate click (or Tab, then Enter).
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(go)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    @Override
    public void error(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void info(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public Optional<Path> chooseCatalogueToOpen() {
        return Optional.ofNullable(chooser("Open catalogue").showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseNewCatalogue() {
        FileChooser c = chooser("New catalogue");
        c.setInitialFileName("library" + CatalogPaths.EXTENSION);
        return Optional.ofNullable(c.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String extension) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.setInitialFileName(initialName);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.substring(1).toUpperCase(java.util.Locale.ROOT)
                + " files", "*" + extension));
        return Optional.ofNullable(c.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String... patterns) {
        return chooseFileToOpenIn(null, title, description, patterns);
    }

    @Override
    public Optional<Path> chooseFileToOpenIn(Path folder, String title, String description, String... patterns) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        if (folder != null && java.nio.file.Files.isDirectory(folder)) {
            c.setInitialDirectory(folder.toFile());
        }
        if (patterns.length > 0) {
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, patterns));
        }
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(c.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<NewAuthor> askNewAuthor() {
        TextField name = new TextField();
        name.setPromptText("Name");
        DatePicker born = new DatePicker();
        return askAuthorForm("New author", "Add", name, born, null,
                () -> new NewAuthor(name.getText().strip(), born.getValue()));
    }

    @Override
    public Optional<AuthorDetails> askAuthor(AuthorDetails current) {
        TextField name = new TextField(current.name());
        name.setId("author-name-field");
        DatePicker born = new DatePicker(current.birthDate());
        javafx.scene.control.TextArea biography = new javafx.scene.control.TextArea(current.biography());
        biography.setPrefRowCount(5);
        biography.setWrapText(true);
        return askAuthorForm("Edit author", "Save", name, born, biography,
                () -> current.edited(name.getText().strip(), born.getValue(), biography.getText()));
    }

    /** An author's form: name (required, at most {@link BookEditing#MAX_NAME} characters), birth date, and a biography when given. */
    private <T> Optional<T> askAuthorForm(String title, String action, TextField name, DatePicker born,
            javafx.scene.control.TextArea biography, java.util.function.Supplier<T> result) {
        Dialog<T> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        born.setPromptText("Birth date (optional)");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Born"), born);
        if (biography != null) {
            grid.addRow(2, new Label("Biography"), biography);
        }
        d.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ok);
        d.getDialogPane().lookupButton(ok).disableProperty()
                .bind(name.textProperty().map(t -> t.isBlank() || t.strip().length() > BookEditing.MAX_NAME));
        d.setResultConverter(b -> b == ok ? result.get() : null);
        d.setOnShown(e -> name.requestFocus()); // a control takes focus only once its window shows
        return d.showAndWait();
    }

    @Override
    public Optional<String> askSharedCatalogue(java.util.List<String> recent, java.util.function.Function<String, String> test) {
        SharedCatalogueForm form = new SharedCatalogueForm(recent, test);
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Open Shared Catalogue");
        d.setHeaderText("A catalogue on a PostgreSQL server, shared by several desks");
        d.getDialogPane().setContent(form.pane());
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, open);
        d.getDialogPane().lookupButton(open).disableProperty().bind(form.validProperty().not());
        d.setResultConverter(b -> b == open ? form.url() : null);
        return d.showAndWait();
    }

    @Override
    public ConflictChoice resolveEditConflict(EditConflictException conflict) {
        Dialog<ConflictChoice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Changed on another desk");
        d.setHeaderText("\u201c" + conflict.theirs().draft().title() + "\u201d was saved on another desk while you edited it.");
        GridPane grid = new GridPane();
        grid.setId("conflict-fields");
        grid.setHgap(16);
        grid.setVgap(6);
        grid.addRow(0, bold("Field"), bold("Theirs (saved on the other desk)"), bold("Mine (this form)"));
        int row = 1;
        for (FieldDifference f : conflict.differences()) {
            grid.addRow(row++, new Label(f.label() + (f.theyChanged() ? " \u2022" : "")), value(f.theirs()), value(f.mine()));
        }
        Label note = new Label("\u2022 changed on the other desk. Keep mine saves this form over theirs; take theirs shows"
                + " what they saved and drops this form's changes.");
        note.setWrapText(true);
        note.setMaxWidth(520);
        grid.add(note, 0, row, 3, 1);
        d.getDialogPane().setContent(grid);
        ButtonType mine = new ButtonType("Keep mine", ButtonBar.ButtonData.OK_DONE);
        ButtonType theirs = new ButtonType("Take theirs", ButtonBar.ButtonData.OTHER);
        ButtonType later = new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(later, theirs, mine);
        d.setResultConverter(b -> b == mine ? ConflictChoice.KEEP_MINE : b == theirs ? ConflictChoice.TAKE_THEIRS : ConflictChoice.KEEP_EDITING);
        return d.showAndWait().orElse(ConflictChoice.KEEP_EDITING);
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static Label value(String text) {
        Label l = new Label(text.isEmpty() ? "(empty)" : text);
        l.setWrapText(true);
        l.setMaxWidth(240);
        return l;
    }

    @Override
    public void about() {
        Alert a = alert(Alert.AlertType.INFORMATION, "About Alcove",
                "A library catalogue: books and authors in one local file.\n\nVersion " + Version.get()
                        + "\nJava " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version"));
        a.setHeaderText("Alcove " + Version.get());
        a.setGraphic(new ImageView(new Image(FxDialogs.class.getResourceAsStream("/org/alcove/ui/icons/alcove-256.png"), 64, 64, true, true)));
        a.showAndWait();
    }

    @Override
    public void shortcuts() {
        alert(Alert.AlertType.INFORMATION, "Keyboard shortcuts", String.join("\n",
                "Ctrl+F\tFind (search field)",
                "Ctrl+N\tNew book",
                "Ctrl+Shift+N\tNew author",
                "Ctrl+Shift+E\tEdit the picked author (or the selected book's)",
                "Delete\tDelete the selected book",
                "Shift+Delete\tDelete an author and its books",
                "Ctrl+Z\tUndo (the catalogue keeps the last 50 changes, across restarts)",
                "Ctrl+Shift+Z, Ctrl+Y\tRedo",
                "Ctrl+O\tOpen catalogue",
                "Ctrl+I\tImport",
                "Ctrl+E\tExport books",
                "Ctrl+Shift+S\tStatistics",
                "Enter\tSave the book being edited",
                "Ctrl+Q\tQuit",
                "F1\tThese shortcuts")).showAndWait();
    }

    private FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Alcove catalogues", "*" + CatalogPaths.EXTENSION));
        File folder = CatalogPaths.dataFolder().toFile();
        if (folder.isDirectory()) {
            c.setInitialDirectory(folder);
        }
        return c;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type, message);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(null);
        if (owner instanceof Stage s && !s.getIcons().isEmpty()) {
            ((Stage) a.getDialogPane().getScene().getWindow()).getIcons().setAll(s.getIcons());
        }
        return a;
    }
}
