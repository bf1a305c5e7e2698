package org.alcove.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The one Gson the commands print with: keys in insertion order, nulls kept, no HTML escaping. */
final class Json {
    static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
    /** The same, indented, for output people read as much as programs do. */
    static final Gson PRETTY = GSON.newBuilder().setPrettyPrinting().create();

    private Json() {
    }
}
