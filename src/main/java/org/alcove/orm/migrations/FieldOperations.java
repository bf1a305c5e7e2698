package org.alcove.orm.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;

import org.alcove.orm.FieldKind;
import org.alcove.orm.internal.schema.ColumnDef;
import org.alcove.orm.internal.schema.IndexDef;
import org.alcove.orm.internal.schema.TableDef;

/** The operations on one field of a model: add, remove, alter, rename. */
final class FieldOperations {
    private FieldOperations() {
    }

    private static String fragment(String model, String field) {
        return ModelOperations.lower(model) + "_" + ModelOperations.lower(field);
    }

    private static JsonObject start(String op, String model) {
        JsonObject o = ModelOperations.start(op);
        o.addProperty("model", model);
        return o;
    }

    static List<FieldState> replace(List<FieldState> fields, String name, FieldState with) {
        List<FieldState> out = new ArrayList<>();
        for (FieldState f : fields) {
            if (!f.name().equals(name)) {
                out.add(f);
            } else if (with != null) {
                out.add(with);
            }
        }
        return out;
    }

    /** Whether a dialect that rebuilds tables (SQLite) can still add or drop this column with ALTER TABLE. */
    static boolean simpleColumn(FieldState f, ModelState model) {
        return !f.unique() && !f.isRelation() && f.kind() != FieldKind.AUTO && f.kind() != FieldKind.POSITIVE_INTEGER
                && !model.usedByIndex(f.name()) && (f.nullable() || f.defaultValue() != null);
    }

    static void addColumn(SchemaContext ctx, String model, FieldState field, ProjectState before, ProjectState after) {
        ModelState m = after.model(model);
        TableDef table = after.tableDef(model, ctx.dialect());
        if (!ctx.dialect().rebuildsTables()) {
            ctx.run(ctx.dialect().addColumn(m.table(), field.toColumn(ctx.dialect(), after)));
            ctx.createIndexesNotIn(before.tableDef(model, ctx.dialect()), table);
        } else if (simpleColumn(field, m)) {
            ctx.run(ctx.dialect().addColumn(m.table(), field.toColumn(ctx.dialect(), after)));
            for (IndexDef i : table.indexes()) {
                if (i.columns().equals(List.of(field.column())) && field.indexed()) {
                    ctx.run(ctx.dialect().createIndex(m.table(), i));
                }
            }
        } else {
            ctx.rebuild(before.tableDef(model, ctx.dialect()), table, Map.of());
        }
    }

    static void removeColumn(SchemaContext ctx, String model, FieldState field, ProjectState before, ProjectState after) {
        ModelState m = before.model(model);
        if (!ctx.dialect().rebuildsTables() || simpleColumn(field, m) && !field.indexed()) {
            // a column's own indexes and constraints go with it
            ctx.run(ctx.dialect().dropColumn(m.table(), field.column()));
        } else {
            ctx.rebuild(before.tableDef(model, ctx.dialect()), after.tableDef(model, ctx.dialect()), Map.of());
        }
    }

    /** Adds a field; a NOT NULL field needs a default for the rows already there. */
    record AddField(String model, FieldState field) implements Operation {
        @Override
        public String describe() {
            return "Add field " + field.name() + " to " + model;
        }

        @Override
        public String nameFragment() {
            return fragment(model, field.name());
        }

        @Override
        public void stateForwards(ProjectState state) {
            ModelState m = state.model(model);
            if (m.field(field.name()).isPresent()) {
                throw new MigrationError("AddField: " + model + " already has a field '" + field.name() + "'");
            }
            List<FieldState> fields = new ArrayList<>(m.fields());
            fields.add(field);
            state.put(m.withFields(fields));
        }

        @Override
        public void forwards(SchemaContext ctx, ProjectState from, ProjectState to) {
            addColumn(ctx, model, field, from, to);
        }

        @Override
        public void backwards(SchemaContext ctx, ProjectState from, ProjectState to) {
            removeColumn(ctx, model, field, from, to);
        }

        @Override
        public JsonObject toJson() {
            JsonObject o = start("AddField", model);
            o.add("field", field.toJson());
            return o;
        }
    }

    /** Removes a field and its column; backwards adds the column back (with its default, the values are gone). */
    record RemoveField(String model, String name) implements Operation {
        @Override
        public String describe() {
            return "Remove field " + name + " from " + model;
        }

        @Override
        public String nameFragment() {
            return "remove_" + fragment(model, name);
        }

        @Override
        public void stateForwards(ProjectState state) {
            ModelState m = state.model(model);
            m.requireField(name);
            state.put(m.withFields(replace(m.fields(), name, null)));
        }

        @Override
        public void forwards(SchemaContext ctx, ProjectState from, ProjectState to) {
            removeColumn(ctx, model, from.model(model).requireField(name), from, to);
        }

        @Override
        public void backwards(SchemaContext ctx, ProjectState from, ProjectState to) {
            addColumn(ctx, model, to.model(model).requireField(name), from, to);
        }

        @Override
        public JsonObject toJson() {
            JsonObject o = start("RemoveField", model);
            o.addProperty("name", name);
            return o;
        }
    }

    /** Changes a field's definition: in place with ALTER TABLE, or (SQLite) through a table rebuild that converts the values. */
    record AlterField(String model, FieldState field) implements Operation {
        @Override
        public String describe() {
            return "Alter field " + field.name() + " on " + model;
        }

        @Override
        public String nameFragment() {
            return "alter_" + fragment(model, field.name());
        }

        @Override
        public void stateForwards(ProjectState state) {
            ModelState m = state.model(model);
            m.requireField(field.name());
            state.put(m.withFields(replace(m.fields(), field.name(), field)));
        }

        @Override
        public void forwards(SchemaContext ctx, ProjectState from, ProjectState to) {
            alter(ctx, from, to);
        }

        @Override
        public void backwards(SchemaContext ctx, ProjectState from, ProjectState to) {
            alter(ctx, from, to);
        }

        private void alter(SchemaContext ctx, ProjectState from, ProjectState to) {
            TableDef before = from.tableDef(model, ctx.dialect());
            TableDef after = to.tableDef(model, ctx.dialect());
            String oldColumn = from.model(model).requireField(field.name()).column();
            String newColumn = to.model(model).requireField(field.name()).column();
            ColumnDef a = before.column(oldColumn).orElseThrow();
            ColumnDef b = after.column(newColumn).orElseThrow();
            if (SchemaContext.sameColumn(a, b) && before.indexes().equals(after.indexes())) {
                ctx.comment("No database change for " + describe());
                return;
            }
            if (ctx.dialect().rebuildsTables()) {
                ctx.rebuild(before, after, Map.of(newColumn, oldColumn));
            } else {
                ctx.alterInPlace(before, after, a, b);
            }
        }

        @Override
        public JsonObject toJson() {
            JsonObject o = start("AlterField", model);
            o.add("field", field.toJson());
            return o;
        }
    }

    /** Renames a field and its column, keeping the values. */
    record RenameField(String model, String oldName, String newName, String column) implements Operation {
        @Override
        public String describe() {
            return "Rename field " + oldName + " on " + model + " to " + newName;
        }

        @Override
        public String nameFragment() {
            return "rename_" + ModelOperations.lower(oldName) + "_" + fragment(model, newName);
        }

        @Override
        public void stateForwards(ProjectState state) {
            ModelState m = state.model(model);
            FieldState f = m.requireField(oldName);
            List<IndexState> indexes = renameIn(m.indexes());
            List<IndexState> constraints = renameIn(m.constraints());
            state.put(m.withFields(replace(m.fields(), oldName, f.withName(newName, column))).withIndexes(indexes, constraints));
        }

        private List<IndexState> renameIn(List<IndexState> list) {
            List<IndexState> out = new ArrayList<>();
            for (IndexState i : list) {
                List<String> fields = new ArrayList<>();
                for (String f : i.fields()) {
                    fields.add(f.equals(oldName) ? newName : f.equals("-" + oldName) ? "-" + newName : f);
                }
                out.add(new IndexState(i.name(), fields));
            }
            return out;
        }

        @Override
        public void forwards(SchemaContext ctx, ProjectState from, ProjectState to) {
            rename(ctx, from.model(model), from.model(model).requireField(oldName).column(), column);
        }

        @Override
        public void backwards(SchemaContext ctx, ProjectState from, ProjectState to) {
            rename(ctx, from.model(model), column, to.model(model).requireField(oldName).column());
        }

        private static void rename(SchemaContext ctx, ModelState m, String fromColumn, String toColumn) {
            if (!fromColumn.equals(toColumn)) {
                ctx.run(ctx.dialect().renameColumn(m.table(), fromColumn, toColumn));
            }
        }

        @Override
        public JsonObject toJson() {
            JsonObject o = start("RenameField", model);
            o.addProperty("old", oldName);
            o.addProperty("new", newName);
            o.addProperty("column", column);
            return o;
        }

        static RenameField fromJson(JsonObject o) {
            return new RenameField(Json.string(o, "model"), Json.string(o, "old"), Json.string(o, "new"), Json.string(o, "column"));
        }
    }
}
