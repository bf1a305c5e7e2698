package org.alcove.ui.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

/** Writes an image as a PNG file; safe off the FX thread (an {@link Image} is not part of the scene). */
final class PngFiles {
    private PngFiles() {
    }

    static void write(Image image, Path file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
