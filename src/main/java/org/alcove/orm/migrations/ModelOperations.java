package org.alcove.orm.migrations;

import java.util.Locale;

import com.google.gson.JsonObject;

/** The operations on whole models: create, delete, rename. */
final class ModelOperations {
    private ModelOperations() {
    }

    static JsonObject start(String op) {
        JsonObject o = new JsonObject();
        o.addProperty("op", op);
        return o;
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Creates a model's table with its indexes and constraints. */
    record CreateModel(ModelState model) implements Operation {
        @Override
        public String describe() {
            return "Create model " + model.name();
        }

        @Override
        public String nameFragment() {
            return lower(model.name());
        }

        @Override
        public void stateForwards(ProjectState state) {
            if (state.has(model.name())) {
                throw new MigrationError("CreateModel " + model.name() + ": the model already exists");
            }
            state.put(model);
        }

        @Override
        public void forwards(SchemaContext ctx, ProjectState from, ProjectState to) {
            ctx.createTable(to.tableDef(model.name(), ctx.dialect()));
        }

        @Override
        public void backwards(SchemaContext ctx, ProjectState from, ProjectState to) {
            ctx.dropTable(from.model(model.name()).table());
        }

        @Override
        public JsonObject toJson() {
            JsonObject o = start("CreateModel");
            model.toJson().entrySet().forEach(e -> o.add(e.getKey(), e.getValue()));
            return o;
        }
    }

    /** Drops a model's table; backwards recreates it empty. */
    record DeleteModel(String name) implements Operation {
        @Override
        public String describe() {
            return "Delete model " + name;
        }

        @Override
        public String nameFragment() {
            return "delete_" + lower(name);
        }

        @Override
        public void stateForwards(ProjectState state) {
            state.remove(name);
        }

        @Override
        public void forwards(SchemaContext ctx, ProjectState from, ProjectState to) {
            ctx.dropTable(from.model(name).table());
        }

        @Override
        public void backwards(SchemaContext ctx, ProjectState from, ProjectState to) {
            ctx.createTable(to.tableDef(name, ctx.dialect()));
        }

        @Override
        public JsonObject toJson() {
            JsonObject o = start("DeleteModel");
            o.addProperty("model", name);
            return o;
        }
    }

    /** Renames a model and its table; foreign keys pointing at it follow. */
    record RenameModel(String oldName, String newName, String table) implements Operation {
        @Override
        public String describe() {
            return "Rename model " + oldName + " to " + newName;
        }

        @Override
        public String nameFragment() {
            return "rename_" + lower(oldName) + "_" + lower(newName);
        }

        @Override
        public void stateForwards(ProjectState state) {
            state.rename(oldName, newName, table);
        }

        @Override
        public void forwards(SchemaContext ctx, ProjectState from, ProjectState to) {
            rename(ctx, from.model(oldName).table(), to.model(newName).table());
        }

        @Override
        public void backwards(SchemaContext ctx, ProjectState from, ProjectState to) {
            rename(ctx, from.model(newName).table(), to.model(oldName).table());
        }

        private static void rename(SchemaContext ctx, String fromTable, String toTable) {
            if (!fromTable.equals(toTable)) {
                // SQLite (3.26+) rewrites the foreign keys of other tables that refer to the renamed one.
                ctx.run(ctx.dialect().renameTable(fromTable, toTable));
            }
        }

        @Override
        public JsonObject toJson() {
            JsonObject o = start("RenameModel");
            o.addProperty("old", oldName);
            o.addProperty("new", newName);
            o.addProperty("table", table);
            return o;
        }

        static RenameModel fromJson(JsonObject o) {
            return new RenameModel(Json.string(o, "old"), Json.string(o, "new"), Json.string(o, "table"));
        }
    }
}
