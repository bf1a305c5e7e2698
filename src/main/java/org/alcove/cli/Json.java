package org.alcove.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The one Gson the commands print with: keys in insertion order, nulls kept, no HTML escaping. */
final class Json {
    static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private Json() {
    }
}
