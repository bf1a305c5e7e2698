package org.alcove.orm.migrations;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * An index or unique constraint of a model as a migration knows it: a name and the field names
 * it covers (a leading {@code -} makes a field descending).
 */
record IndexState(String name, List<String> fields) {
    IndexState {
        fields = List.copyOf(fields);
    }

    JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("name", name);
        JsonArray a = new JsonArray();
        fields.forEach(a::add);
        o.add("fields", a);
        return o;
    }

    static IndexState fromJson(JsonObject o) {
        return new IndexState(Json.string(o, "name"), Json.strings(o, "fields"));
    }
}
