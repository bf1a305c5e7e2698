package org.alcove.orm.migrations;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Reading migration files: required and optional members, with messages naming what is missing. */
final class Json {
    private Json() {
    }

    static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            throw new MigrationError("Migration file: missing \"" + key + "\" in " + o);
        }
        return e.getAsString();
    }

    static boolean bool(JsonObject o, String key) {
        return o.has(key) && o.get(key).getAsBoolean();
    }

    static int integer(JsonObject o, String key) {
        return o.has(key) ? o.get(key).getAsInt() : 0;
    }

    static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        if (o.has(key) && !o.get(key).isJsonNull()) {
            for (JsonElement e : o.getAsJsonArray(key)) {
                out.add(e.getAsString());
            }
        }
        return out;
    }

    static JsonArray array(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
