package org.alcove.orm.migrations;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/** Reads and writes migration files (JSON, pretty-printed, keys in a fixed order so diffs stay small). */
final class MigrationFile {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private MigrationFile() {
    }

    static String write(Migration m) {
        JsonObject o = new JsonObject();
        o.addProperty("name", m.name());
        o.add("dependencies", Json.array(m.dependencies()));
        JsonArray ops = new JsonArray();
        m.operations().forEach(op -> ops.add(op.toJson()));
        o.add("operations", ops);
        return GSON.toJson(o) + "\n";
    }

    static Migration read(String text, String origin) {
        try {
            JsonObject o = JsonParser.parseString(text).getAsJsonObject();
            List<Operation> ops = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("operations")) {
                ops.add(operation(e.getAsJsonObject()));
            }
            return new Migration(Json.string(o, "name"), Json.strings(o, "dependencies"), ops);
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException | NullPointerException e) {
            throw new MigrationError("Cannot read migration " + origin + ": " + e.getMessage(), e);
        }
    }

    static Operation operation(JsonObject o) {
        String op = Json.string(o, "op");
        return switch (op) {
            case "CreateModel" -> new ModelOperations.CreateModel(ModelState.fromJson(o));
            case "DeleteModel" -> new ModelOperations.DeleteModel(Json.string(o, "model"));
            case "RenameModel" -> ModelOperations.RenameModel.fromJson(o);
            case "AddField" -> new FieldOperations.AddField(Json.string(o, "model"), FieldState.fromJson(o.getAsJsonObject("field")));
            case "RemoveField" -> new FieldOperations.RemoveField(Json.string(o, "model"), Json.string(o, "name"));
            case "AlterField" -> new FieldOperations.AlterField(Json.string(o, "model"), FieldState.fromJson(o.getAsJsonObject("field")));
            case "RenameField" -> FieldOperations.RenameField.fromJson(o);
            case "AddIndex" -> new IndexOperations.AddIndex(Json.string(o, "model"), IndexState.fromJson(o.getAsJsonObject("index")), false);
            case "RemoveIndex" -> new IndexOperations.RemoveIndex(Json.string(o, "model"), Json.string(o, "name"), false);
            case "AddConstraint" -> new IndexOperations.AddIndex(Json.string(o, "model"),
                    IndexState.fromJson(o.getAsJsonObject("constraint")), true);
            case "RemoveConstraint" -> new IndexOperations.RemoveIndex(Json.string(o, "model"), Json.string(o, "name"), true);
            case "RunSQL" -> CodeOperations.RunSql.fromJson(o);
            case "RunJava" -> new CodeOperations.RunJava(Json.string(o, "class"));
            default -> throw new MigrationError("Unknown operation \"" + op + "\". Operations are: AddConstraint, AddField, "
                    + "AddIndex, AlterField, CreateModel, DeleteModel, RemoveConstraint, RemoveField, RemoveIndex, "
                    + "RenameField, RenameModel, RunJava, RunSQL");
        };
    }
}
