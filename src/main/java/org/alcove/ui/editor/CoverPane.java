package org.alcove.ui.editor;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The editor's cover: the image (or a frame saying where to drop one), "Choose cover…" and
 * "Remove cover"; an image file dropped on it becomes the cover. Changes apply at once.
 */
final class CoverPane extends HBox {
    /** How high the editor shows a cover. */
    static final double HEIGHT = 150;

    CoverPane(EditorViewModel viewModel) {
        getStyleClass().add("cover-pane");
        setId("cover-pane");
        ImageView image = new ImageView();
        image.setId("cover-image");
        image.setPreserveRatio(true);
        image.setFitHeight(HEIGHT);
        image.setFitWidth(HEIGHT);
        image.imageProperty().bind(Bindings.createObjectBinding(() -> {
            Path file = viewModel.coverFileProperty().get();
            return file == null ? null : new Image(file.toUri().toString(), 0, HEIGHT * 2, true, true, true); // sharp on a 2x screen
        }, viewModel.coverFileProperty()));
        Label none = new Label("No cover:\ndrop an image here");
        none.setId("cover-placeholder");
        none.getStyleClass().add("cover-placeholder");
        none.visibleProperty().bind(viewModel.coverFileProperty().isNull());
        StackPane frame = new StackPane(image, none);
        frame.setId("cover-frame");
        frame.getStyleClass().add("cover-frame");
        frame.setMinSize(HEIGHT * 2 / 3, HEIGHT);
        frame.setPrefSize(HEIGHT * 2 / 3, HEIGHT);
        frame.setMaxSize(HEIGHT, HEIGHT);

        BooleanBinding noBook = viewModel.bookIdProperty().isNull().or(viewModel.readOnlyProperty());
        Button choose = new Button("Choose cover\u2026"); // no icons: the words fit beside the cover in the editor's width
        choose.setId("choose-cover-button");
        choose.disableProperty().bind(noBook);
        choose.setOnAction(e -> viewModel.chooseCover());
        Button remove = new Button("Remove cover");
        remove.setId("remove-cover-button");
        remove.disableProperty().bind(noBook.or(viewModel.coverFileProperty().isNull()));
        remove.setOnAction(e -> viewModel.removeCover());
        choose.setMaxWidth(Double.MAX_VALUE);
        remove.setMaxWidth(Double.MAX_VALUE);
        VBox buttons = new VBox(6, choose, remove);
        buttons.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(buttons, Priority.ALWAYS);

        frame.setOnDragOver(e -> accept(e, noBook.get()));
        frame.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            viewModel.dropCover(files.stream().map(File::toPath).toList());
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
        setSpacing(10);
        setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(frame, buttons);
    }

    private static void accept(DragEvent e, boolean disabled) {
        if (!disabled && e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }
}
