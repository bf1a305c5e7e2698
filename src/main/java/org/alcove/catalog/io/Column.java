package org.alcove.catalog.io;

/**
 * A column found in a header.
 *
 * @param index its position in each record
 * @param name its name as the file's header writes it, for messages
 */
record Column(int index, String name) {
}
