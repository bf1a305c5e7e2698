package org.alcove.ui.editor;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongConsumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import org.alcove.catalog.Genre;
import org.alcove.catalog.ReadingStatus;
import org.alcove.catalog.browse.BookDraft;
import org.alcove.catalog.browse.BookEditing;
import org.alcove.catalog.browse.BookField;
import org.alcove.catalog.browse.EditConflictException;
import org.alcove.catalog.browse.EditedBook;
import org.alcove.catalog.browse.CopyRow;
import org.alcove.catalog.browse.IdentifierRow;
import org.alcove.catalog.browse.ReadingRow;
import org.alcove.catalog.browse.Validation;
import org.alcove.ui.task.LatestTask;
import org.alcove.ui.task.TaskExecutor;

/**
 * The form for one book: its fields as the user types them, a message per wrong field
 * (validated in the background as the user types), and Save, enabled only for a valid change.
 */
public final class EditorViewModel {
    /** What the user picks when another desk saved the book the form holds. */
    public enum ConflictChoice {
        /** Save the form over the other desk's save. */
        KEEP_MINE,
        /** Show the other desk's save in the form, dropping the form's changes. */
        TAKE_THEIRS,
        /** Neither yet: the form stays as it is, unsaved. */
        KEEP_EDITING
    }

    /** Asks the user what to do about a conflict (a dialog listing the differing fields). */
    @FunctionalInterface
    public interface ConflictResolver {
        ConflictChoice resolve(EditConflictException conflict);
    }

    private final TaskExecutor executor;
    private final LongConsumer onSaved;
    /** Counts the new-book forms started; the view moves the focus to the title on each. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper newForms = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "newForms");
    private final javafx.beans.property.ReadOnlyStringWrapper lastSaved = new javafx.beans.property.ReadOnlyStringWrapper(this, "lastSaved", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty author = new SimpleStringProperty(this, "author", "");
    private final ObjectProperty<LocalDate> published = new SimpleObjectProperty<>(this, "published");
    private final StringProperty publishedText = new SimpleStringProperty(this, "publishedText", "");
    /** The choice standing for "no genre" in {@link #genreChoices()} (a combo box cannot offer null). */
    public static final Genre NO_GENRE = new Genre("(none)");
    private final ObjectProperty<Genre> genre = new SimpleObjectProperty<>(this, "genre", NO_GENRE);
    private final javafx.collections.ObservableList<Genre> genreChoices = javafx.collections.FXCollections.observableArrayList(NO_GENRE);
    private final StringProperty pages = new SimpleStringProperty(this, "pages", "0");
    private final StringProperty isbn = new SimpleStringProperty(this, "isbn", "");
    private final StringProperty series = new SimpleStringProperty(this, "series", "");
    private final StringProperty seriesIndex = new SimpleStringProperty(this, "seriesIndex", "");
    private final StringProperty firstPublished = new SimpleStringProperty(this, "firstPublished", "");
    private final StringProperty publisher = new SimpleStringProperty(this, "publisher", "");
    private final StringProperty language = new SimpleStringProperty(this, "language", "");
    private final StringProperty format = new SimpleStringProperty(this, "format", "");
    private final ObjectProperty<ReadingStatus> status = new SimpleObjectProperty<>(this, "status");
    private final StringProperty rating = new SimpleStringProperty(this, "rating", "");
    private final StringProperty tags = new SimpleStringProperty(this, "tags", "");
    private final StringProperty contributors = new SimpleStringProperty(this, "contributors", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final StringProperty review = new SimpleStringProperty(this, "review", "");
    private final EditableRows<IdentifierRow> identifiers = new EditableRows<>(IdentifierRow::blank, this::changed);
    private final EditableRows<ReadingRow> readings = new EditableRows<>(ReadingRow::blank, this::changed);
    private final Map<BookField, ReadOnlyStringWrapper> errors = new EnumMap<>(BookField.class);
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "No book selected");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Long> bookId = new ReadOnlyObjectWrapper<>(this, "bookId");
    private final ReadOnlyObjectWrapper<java.nio.file.Path> coverFile = new ReadOnlyObjectWrapper<>(this, "coverFile");
    private java.util.function.Supplier<java.util.Optional<java.nio.file.Path>> coverChooser = java.util.Optional::empty;
    private final ReadOnlyBooleanWrapper copiesDirty = new ReadOnlyBooleanWrapper(this, "copiesDirty");
    private final EditableRows<CopyRow> copies = new EditableRows<>(CopyRow::blank, () -> copiesDirty.set(true));
    private BookEditing editing;
    /** The book as the form read it or last saved it (its version), null for none or a new book. */
    private EditedBook base;
    private ConflictResolver conflicts = c -> ConflictChoice.KEEP_EDITING;
    private boolean filling;
    /** The form's last read or validation: a newer one (or another book) drops its result. */
    private final LatestTask formTask = new LatestTask();
    /** Counts the books the form has been given (loads, new, clear): a save answers only its own. */
    private int shownBook;

    /** {@code onSaved} is told the id of each book saved, on the FX thread. */
    public EditorViewModel(TaskExecutor executor, LongConsumer onSaved) {
        this.executor = executor;
        this.onSaved = onSaved;
        for (BookField f : BookField.values()) {
            errors.put(f, new ReadOnlyStringWrapper(this, f.name().toLowerCase(java.util.Locale.ROOT) + "Error", ""));
        }
        // Change, not invalidation, listeners: an invalidation listener stays silent while nobody
        // has read the value since the last change (a form filled but not yet shown).
        for (ObservableValue<?> input : new ObservableValue<?>[] {title, author, published, genre, pages, isbn, series, seriesIndex,
            firstPublished, publisher, language, format, status, rating, tags, contributors, description, notes, review}) {
            input.addListener((o, before, after) -> changed());
        }
        // Typed text that is no date is an error of the form; text the picker writes for its own date is no change.
        publishedText.addListener((o, before, after) -> {
            if (publishedTextError().isPresent()) {
                changed();
            } else if (dirty.get() && !filling) {
                validate();
            }
        });
    }

    // Properties

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public ObjectProperty<LocalDate> publishedProperty() {
        return published;
    }

    /**
     * What is typed in the Published field, before the picker takes it as a date: text that is no
     * date ("2021-13") is an error of the form, and Save waits until it is mended or emptied (the
     * picker keeps the book's date and leaves the text as typed).
     */
    public StringProperty publishedTextProperty() {
        return publishedText;
    }

    /** The sentence for typed text that is no date, or empty. */
    private java.util.Optional<String> publishedTextError() {
        String typed = publishedText.get() == null ? "" : publishedText.get().strip();
        if (typed.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            LocalDate.parse(typed);
            return java.util.Optional.empty();
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.of("\u201c" + typed + "\u201d is not a date; write it as YYYY-MM-DD, like 2021-03-15, or leave it empty");
        }
    }

    /** The genre picked; {@link #NO_GENRE} for none. */
    public ObjectProperty<Genre> genreProperty() {
        return genre;
    }

    /** {@link #NO_GENRE}, then the catalogue's genres by name, read when the catalogue is given and by {@link #refreshGenres()}. */
    public javafx.collections.ObservableList<Genre> genreChoices() {
        return genreChoices;
    }

    public StringProperty pagesProperty() {
        return pages;
    }

    public StringProperty isbnProperty() {
        return isbn;
    }

    public StringProperty seriesProperty() {
        return series;
    }

    public StringProperty seriesIndexProperty() {
        return seriesIndex;
    }

    public StringProperty firstPublishedProperty() {
        return firstPublished;
    }

    public StringProperty publisherProperty() {
        return publisher;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty formatProperty() {
        return format;
    }

    /** The reading status, null when not set. */
    public ObjectProperty<ReadingStatus> statusProperty() {
        return status;
    }

    public StringProperty ratingProperty() {
        return rating;
    }

    /** Tag names separated by commas. */
    public StringProperty tagsProperty() {
        return tags;
    }

    /** One contributor per line besides the author: "Robert Fagles (translator)". */
    public StringProperty contributorsProperty() {
        return contributors;
    }

    /** What the book is about. */
    public StringProperty descriptionProperty() {
        return description;
    }

    /** The owner's private notes. */
    public StringProperty notesProperty() {
        return notes;
    }

    /** The owner's review. */
    public StringProperty reviewProperty() {
        return review;
    }

    /** The book's identifiers besides the ISBN, as the identifiers table edits them; saved with the form. */
    public EditableRows<IdentifierRow> identifierRows() {
        return identifiers;
    }

    /** The book's readings, as the readings table edits them; saved with the form. */
    public EditableRows<ReadingRow> readingRows() {
        return readings;
    }

    /** What is wrong with one field, empty when nothing is. */
    public ReadOnlyStringProperty errorProperty(BookField field) {
        return errors.get(field).getReadOnlyProperty();
    }

    /** Whether the form holds a valid change that Save would write. */
    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    /** Whether the catalogue cannot be changed: the form shows the book but takes no edits. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** A read-only catalogue's form shows books and saves nothing. */
    public void setReadOnly(boolean value) {
        readOnly.set(value);
        if (value) {
            canSave.set(false);
        }
    }

    /** Whether a book (existing or new) is in the form. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** "Emma", "New book" or "No book selected". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The outcome of the last save when it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The book in the form; null for a new one. */
    public ReadOnlyObjectProperty<Long> bookIdProperty() {
        return bookId.getReadOnlyProperty();
    }

    /** The shown book's cover file, null when it has none (or no book is shown). */
    public ReadOnlyObjectProperty<java.nio.file.Path> coverFileProperty() {
        return coverFile.getReadOnlyProperty();
    }

    /** The shown book's copies as the copies table edits them (saved with {@link #saveCopies}, apart from the form). */
    public javafx.collections.ObservableList<CopyRow> copies() {
        return copies.rows();
    }

    /** The copies table's rows and their commands. */
    public EditableRows<CopyRow> copyRows() {
        return copies;
    }

    /** Whether the copies table holds changes not saved yet. */
    public ReadOnlyBooleanProperty copiesDirtyProperty() {
        return copiesDirty.getReadOnlyProperty();
    }

    // Commands

    /** Adds an empty copy to the table (saved with {@link #saveCopies}). */
    public void addCopy() {
        if (bookId.get() == null || readOnly.get()) {
            message.set(bookId.get() == null ? "Save the book first, then add its copies." : "");
            return;
        }
        copies.add();
    }

    /** Writes the copies table: all of it, or nothing with the reason in the editor's message. */
    public void saveCopies() {
        BookEditing e = editing;
        Long id = bookId.get();
        if (e == null || id == null || readOnly.get()) {
            return;
        }
        java.util.List<CopyRow> rows = copies.snapshot();
        executor.submit(() -> e.saveCopies(id, rows), saved -> {
            if (id.equals(bookId.get())) {
                copies.fill(saved);
                copiesDirty.set(false);
                message.set("");
            }
            onSaved.accept(id);
        }, error -> message.set(error.getMessage()));
    }

    private void readCopies(Long id) {
        BookEditing e = editing;
        copies.fill(java.util.List.of());
        copiesDirty.set(false);
        if (e == null || id == null) {
            return;
        }
        executor.submit(() -> e.copies(id), rows -> {
            if (id.equals(bookId.get())) {
                copies.fill(rows);
                copiesDirty.set(false);
            }
        }, error -> message.set(error.getMessage()));
    }

    /** How "Choose cover…" asks for an image (the window's file chooser; tests answer for the user). */
    public void setCoverChooser(java.util.function.Supplier<java.util.Optional<java.nio.file.Path>> chooser) {
        this.coverChooser = chooser;
    }

    /** Asks for an image and makes it the shown book's cover. */
    public void chooseCover() {
        if (bookId.get() != null && !readOnly.get()) {
            coverChooser.get().ifPresent(this::setCover);
        }
    }

    /** Makes the first of {@code files} dropped on the cover the shown book's cover. */
    public void dropCover(java.util.List<java.nio.file.Path> files) {
        files.stream().findFirst().ifPresent(this::setCover);
    }

    /**
     * Makes {@code image} the shown book's cover, at once (not on Save: the image is not part of
     * the form's fields); a refused image is said in the editor's message, and the cover stays.
     */
    public void setCover(java.nio.file.Path image) {
        BookEditing e = editing;
        Long id = bookId.get();
        if (e == null || readOnly.get()) {
            return;
        }
        if (id == null) {
            message.set("Save the book first, then give it a cover.");
            return;
        }
        executor.submit(() -> e.setCover(id, image), file -> {
            if (id.equals(bookId.get())) {
                coverFile.set(file);
                message.set("");
            }
            onSaved.accept(id);
        }, error -> message.set(error.getMessage()));
    }

    /** Takes the shown book's cover away. */
    public void removeCover() {
        BookEditing e = editing;
        Long id = bookId.get();
        if (e == null || id == null || readOnly.get() || coverFile.get() == null) {
            return;
        }
        executor.submit(() -> {
            e.removeCover(id);
            return id;
        }, done -> {
            if (id.equals(bookId.get())) {
                coverFile.set(null);
            }
            onSaved.accept(id);
        }, error -> message.set(error.getMessage()));
    }

    private void readCover(Long id) {
        BookEditing e = editing;
        coverFile.set(null);
        if (e == null || id == null) {
            return;
        }
        executor.submit(() -> e.coverFile(id), file -> {
            if (id.equals(bookId.get())) {
                coverFile.set(file.orElse(null));
            }
        }, error -> message.set(error.getMessage()));
    }

    public void setEditing(BookEditing editing) {
        this.editing = editing;
        clear();
        refreshGenres();
    }

    /** Re-reads the genres to choose from (after they were added to, renamed, merged or deleted); the form's own pick is kept by id. */
    public void refreshGenres() {
        BookEditing e = editing;
        if (e == null) {
            genreChoices.setAll(NO_GENRE);
            return;
        }
        executor.submit(e::genres, list -> {
            Genre picked = genre.get();
            boolean was = filling;
            filling = true; // the same pick, read again: not a change of the form
            try {
                java.util.List<Genre> all = new java.util.ArrayList<>();
                all.add(NO_GENRE);
                all.addAll(list);
                genreChoices.setAll(all);
                genre.set(picked == NO_GENRE ? NO_GENRE : list.stream().filter(g -> g.equals(picked)).findFirst().orElse(picked));
            } finally {
                filling = was;
            }
        }, error -> message.set(error.getMessage()));
    }

    /** Empties the form (no book). */
    public void clear() {
        formTask.cancel();
        shownBook++;
        fill(null, BookDraft.blank());
        active.set(false);
        heading.set("No book selected");
    }

    /** Reads the book {@code id} into the form, unless the form holds unsaved changes to it. */
    public void load(long id) {
        BookEditing e = editing;
        if (e == null || (dirty.get() && bookId.get() != null && bookId.get() == id)) {
            return;
        }
        shownBook++;
        formTask.start(() -> executor.submit(() -> e.open(id), opened -> opened.ifPresentOrElse(b -> {
            fill(b);
            active.set(true);
            heading.set(b.draft().title());
        }, this::clear), error -> message.set(error.getMessage())));
    }

    /** A blank form for a new book, by {@code authorName} when given. */
    public void newBook(String authorName) {
        if (readOnly.get()) {
            return;
        }
        formTask.cancel();
        shownBook++;
        BookDraft blank = BookDraft.blank();
        fill(null, new BookDraft("", authorName == null ? "" : authorName, null, blank.genre(), blank.pages(), ""));
        active.set(true);
        heading.set("New book");
        changed();
        newForms.set(newForms.get() + 1);
    }

    /** Puts the form back as the book was. */
    public void revert() {
        Long id = bookId.get();
        dirty.set(false);
        if (id == null) {
            clear();
        } else {
            load(id);
        }
    }

    /** Who answers when another desk saved the book in the form meanwhile (the main window's dialog). */
    public void setConflictResolver(ConflictResolver resolver) {
        this.conflicts = resolver;
    }

    /**
     * Writes the form through the catalogue (in the background), over the version of the book the
     * form read: when another desk saved it since, the resolver is asked whether to keep mine or take theirs.
     */
    public void save() {
        BookEditing e = editing;
        if (e == null || !canSave.get()) {
            return;
        }
        canSave.set(false);
        Long id = bookId.get();
        write(e, id == null ? null : base != null && base.id() == id ? base : new EditedBook(id, -1, draft()), draft(), shownBook);
    }

    private void write(BookEditing e, EditedBook over, BookDraft draft, int book) {
        executor.submit(() -> over == null ? e.saveNew(draft) : e.saveOver(over, draft), saved -> {
            if (book == shownBook) { // another book picked meanwhile: its form is not this save's
                message.set("");
                base = saved;
                bookId.set(saved.id());
                dirty.set(false);
                heading.set(draft.title().strip());
            }
            lastSaved.set("");
            lastSaved.set(draft.title().strip());
            onSaved.accept(saved.id());
        }, error -> {
            if (book != shownBook) { // the form shows another book now, but the failure must not go unsaid
                message.set("\u201c" + draft.title().strip() + "\u201d was not saved: " + error.getMessage());
            } else if (error instanceof EditConflictException conflict) {
                resolve(e, conflict, draft, book);
            } else {
                message.set(error.getMessage());
                validate();
            }
        });
    }

    private void resolve(BookEditing e, EditConflictException conflict, BookDraft draft, int book) {
        switch (conflicts.resolve(conflict)) {
            case KEEP_MINE -> write(e, conflict.theirs(), draft, book);
            case TAKE_THEIRS -> {
                fill(conflict.theirs());
                heading.set(conflict.theirs().draft().title());
                message.set("The form shows what the other desk saved.");
                onSaved.accept(conflict.theirs().id()); // the table shows it too
            }
            case KEEP_EDITING -> {
                message.set(conflict.getMessage());
                validate();
            }
        }
    }

    /** Goes up by one each time a new-book form starts (the view focuses the title field). */
    public javafx.beans.property.ReadOnlyIntegerProperty newFormsProperty() {
        return newForms.getReadOnlyProperty();
    }

    /** The title of the book saved last, set after each save (the status bar says "Saved"). */
    public javafx.beans.property.ReadOnlyStringProperty lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }

    /** Author names for the completion popup; called by ControlsFX off the FX thread. */
    public java.util.List<String> suggestAuthors(String text) {
        BookEditing e = editing;
        return e == null ? java.util.List.of() : e.authorNames(text, 12);
    }

    private BookDraft draft() {
        return new BookDraft(title.get(), author.get(), published.get(), genre.get() == NO_GENRE ? null : genre.get(), pages.get(), isbn.get(),
                new BookDraft.More(series.get(), seriesIndex.get(), firstPublished.get(), publisher.get(), language.get(),
                        format.get(), status.get(), rating.get(), tags.get(), contributors.get(),
                        new BookDraft.Texts(description.get(), notes.get(), review.get()), identifiers.snapshot(), readings.snapshot()));
    }

    private void fill(EditedBook b) {
        fill(b.id(), b.draft());
        base = b;
    }

    private void fill(Long id, BookDraft d) {
        base = null;
        filling = true;
        try {
            bookId.set(id);
            title.set(d.title());
            author.set(d.authorName());
            published.set(d.published());
            genre.set(d.genre() == null ? NO_GENRE : d.genre());
            pages.set(d.pages());
            isbn.set(d.isbn());
            BookDraft.More m = d.more();
            series.set(m.series());
            seriesIndex.set(m.seriesIndex());
            firstPublished.set(m.firstPublished());
            publisher.set(m.publisher());
            language.set(m.language());
            format.set(m.format());
            status.set(m.status());
            rating.set(m.rating());
            tags.set(m.tags());
            contributors.set(m.contributors());
            BookDraft.Texts texts = m.texts() == null ? new BookDraft.Texts("", "", "") : m.texts();
            description.set(texts.description());
            notes.set(texts.notes());
            review.set(texts.review());
            identifiers.fill(m.identifiers() == null ? java.util.List.of() : m.identifiers());
            readings.fill(m.readings() == null ? java.util.List.of() : m.readings());
        } finally {
            filling = false;
        }
        dirty.set(false);
        message.set("");
        canSave.set(false);
        errors.values().forEach(w -> w.set(""));
        readCover(id);
        readCopies(id);
    }

    private void changed() {
        if (filling || !active.get() && bookId.get() == null && !"New book".equals(heading.get())) {
            return;
        }
        dirty.set(true);
        validate();
    }

    private void validate() {
        BookEditing e = editing;
        if (e == null) {
            return;
        }
        BookDraft draft = draft();
        Long id = bookId.get();
        canSave.set(false);
        formTask.start(() -> executor.submit(() -> e.validate(draft, id), this::show, error -> message.set(error.getMessage())));
    }

    private void show(Validation v) {
        for (BookField f : BookField.values()) {
            errors.get(f).set(v.error(f).orElse(""));
        }
        java.util.Optional<String> typed = publishedTextError();
        typed.ifPresent(errors.get(BookField.PUBLISHED)::set);
        canSave.set(v.isValid() && typed.isEmpty() && dirty.get() && !readOnly.get());
    }
}
