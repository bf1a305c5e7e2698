package org.alcove.ui.books;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import javafx.scene.control.TableCell;
import javafx.scene.image.ImageView;

import org.alcove.catalog.browse.BookRow;

/** A cell of the cover column: the row's cover as a thumbnail, nothing for a book without one. */
final class CoverCell extends TableCell<BookRow, String> {
    private final CoverThumbnails thumbnails;
    private final Function<String, Optional<Path>> files;
    private final ImageView view = new ImageView();

    CoverCell(CoverThumbnails thumbnails, Function<String, Optional<Path>> files) {
        this.thumbnails = thumbnails;
        this.files = files;
        view.setPreserveRatio(true);
        view.setFitHeight(CoverThumbnails.TABLE_HEIGHT);
        getStyleClass().add("cover-cell");
        setAlignment(javafx.geometry.Pos.CENTER);
    }

    @Override
    protected void updateItem(String cover, boolean empty) {
        super.updateItem(cover, empty);
        Optional<Path> file = empty || cover == null ? Optional.empty() : files.apply(cover);
        if (file.isEmpty()) {
            view.setImage(null);
            setGraphic(null);
            return;
        }
        view.setImage(thumbnails.of(file.get()));
        setGraphic(view);
    }
}
