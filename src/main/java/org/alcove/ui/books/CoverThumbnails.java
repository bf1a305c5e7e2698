package org.alcove.ui.books;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javafx.scene.image.Image;

/**
 * Thumbnails of cover files, each made once (scaled while decoding, in JavaFX's background image
 * loader, never on the FX thread) and kept in memory for the {@code capacity} most recently shown.
 * A cover's file is named by its content, so a cached thumbnail never goes stale.
 */
public final class CoverThumbnails {
    /** The table's thumbnails: as high as a row leaves room for. */
    public static final double TABLE_HEIGHT = 26;

    private final double height;
    private final Map<Path, Image> cache;

    public CoverThumbnails(double height, int capacity) {
        this.height = height;
        this.cache = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Path, Image> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The thumbnail of {@code file}, loading in the background when first asked for (FX thread). */
    public Image of(Path file) {
        return cache.computeIfAbsent(file, f -> new Image(f.toUri().toString(), 0, height, true, true, true));
    }

    /** How many thumbnails are held. */
    public int size() {
        return cache.size();
    }
}
