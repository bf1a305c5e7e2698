package org.alcove.catalog.browse;

import java.nio.file.Path;

/**
 * What a bulk edit did: the status bar's sentence ("Added tag “Summer” to 12 books"), how many
 * books it changed, how many it left alone for a reason the sentence gives (a copy on loan), and
 * the automatic backup written before it (null for a catalogue on a server, which the server backs up).
 */
public record BulkResult(String message, int changed, int skipped, Path backup) {
}
