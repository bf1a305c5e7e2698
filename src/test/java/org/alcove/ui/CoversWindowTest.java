package org.alcove.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;

import org.alcove.catalog.browse.BookRow;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Covers in the window: the table's thumbnail column, the editor's cover with Choose, Remove and a drop. */
class CoversWindowTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private Path image(String name, int rgb) throws IOException {
        BufferedImage img = new BufferedImage(40, 60, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 60; y++) {
                img.setRGB(x, y, rgb);
            }
        }
        Path file = dir.resolve(name);
        ImageIO.write(img, name.substring(name.lastIndexOf('.') + 1), file.toFile());
        return file;
    }

    private void select(String title) {
        clickOn(lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && title.equals(c.getText())).<javafx.scene.Node>query());
        settle();
    }

    private ImageView editorCover() {
        return lookup("#cover-image").queryAs(ImageView.class);
    }

    private List<ImageView> thumbnails() {
        return lookup(".cover-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getGraphic() instanceof ImageView).map(c -> (ImageView) c.getGraphic()).toList();
    }

    @Test
    void choosingACoverShowsItInTheEditorAndAsAThumbnailInTheTable() throws Exception {
        openSeeded();
        TableColumn<BookRow, ?> column = table().getColumns().stream().filter(c -> "cover-column".equals(c.getId())).findFirst().orElseThrow();
        assertThat(column.isSortable()).isFalse();
        assertThat(thumbnails()).isEmpty();
        select("Emma");
        assertThat(lookup("#cover-placeholder").queryAs(Label.class).isVisible()).isTrue();
        assertThat(lookup("#remove-cover-button").queryAs(Button.class).isDisable()).isTrue();
        dialogs.fileToOpen = Optional.of(image("emma.png", 0x3366cc));
        clickOn("#choose-cover-button");
        settle();
        assertThat(editorCover().getImage()).isNotNull();
        assertThat(lookup("#cover-placeholder").queryAs(Label.class).isVisible()).isFalse();
        assertThat(table().getItems().stream().filter(r -> r.title().equals("Emma")).findFirst().orElseThrow().cover()).matches("[0-9a-f]{64}\\.png");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(thumbnails()).singleElement().satisfies(v -> assertThat(v.getImage()).isNotNull());
    }

    @Test
    void removingTheCoverEmptiesTheFrameAndTheThumbnail() throws Exception {
        openSeeded();
        select("Emma");
        dialogs.fileToOpen = Optional.of(image("emma.jpg", 0xcc3366));
        clickOn("#choose-cover-button");
        settle();
        clickOn("#remove-cover-button");
        settle();
        assertThat(editorCover().getImage()).isNull();
        assertThat(lookup("#cover-placeholder").queryAs(Label.class).isVisible()).isTrue();
        assertThat(thumbnails()).isEmpty();
        try (var files = Files.list(dir.resolve("catalog.covers"))) {
            assertThat(files.filter(f -> !f.getFileName().toString().startsWith("."))).isEmpty();
        }
    }

    @Test
    void aDroppedFileThatIsNotAnImageIsRefusedInTheEditorsMessage() throws Exception {
        openSeeded();
        select("Emma");
        Path text = Files.writeString(dir.resolve("notes.txt"), "not an image");
        interact(() -> vm.editor().dropCover(List.of(text)));
        settle();
        assertThat(lookup("#editor-message").queryAs(Label.class).getText())
                .isEqualTo("notes.txt is not a JPEG, PNG, GIF or BMP image; the cover was not changed.");
        assertThat(editorCover().getImage()).isNull();
        Path gif = image("drop.gif", 0x22aa22);
        interact(() -> vm.editor().dropCover(List.of(gif)));
        settle();
        assertThat(editorCover().getImage()).isNotNull();
        assertThat(lookup("#editor-message").queryAs(Label.class).isVisible()).isFalse();
    }
}
