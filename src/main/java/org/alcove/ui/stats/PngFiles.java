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

    /**
     * Writes {@code image} as a one-page PDF, the page A4 landscape or portrait as the image is, the
     * image fitted inside a 1 cm margin; through a temporary file and a rename, as every file the app writes.
     */
    static void writePdf(Image image, Path file) {
        java.awt.image.BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        try {
            org.alcove.catalog.io.SafeFiles.replace(file, tmp -> {
                try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
                    org.apache.pdfbox.pdmodel.common.PDRectangle a4 = org.apache.pdfbox.pdmodel.common.PDRectangle.A4;
                    boolean wide = picture.getWidth() > picture.getHeight();
                    org.apache.pdfbox.pdmodel.common.PDRectangle size = wide
                            ? new org.apache.pdfbox.pdmodel.common.PDRectangle(a4.getHeight(), a4.getWidth()) : a4;
                    org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(size);
                    doc.addPage(page);
                    var xobject = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, picture);
                    float margin = 28.35f; // 1 cm
                    float scale = Math.min((size.getWidth() - 2 * margin) / picture.getWidth(),
                            (size.getHeight() - 2 * margin) / picture.getHeight());
                    float w = picture.getWidth() * scale;
                    float h = picture.getHeight() * scale;
                    try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                        cs.drawImage(xobject, (size.getWidth() - w) / 2, (size.getHeight() - h) / 2, w, h);
                    }
                    doc.save(tmp.toFile());
                }
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Image image, Path file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
