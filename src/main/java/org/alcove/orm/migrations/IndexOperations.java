package org.alcove.orm.migrations;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;

/** The operations on indexes and unique constraints of a model; both are database indexes. */
final class IndexOperations {
    private IndexOperations() {
    }

    private static String kind(boolean constraint) {
        return constraint ? "Constraint" : "Index";
    }

    private static void create(SchemaContext ctx, ProjectState state, String model, IndexState index, boolean constraint) {
        ModelState m = state.model(model);
        ctx.run(ctx.dialect().createIndex(m.table(), m.indexDef(index, constraint)));
    }

    private static void drop(SchemaContext ctx, ProjectState state, String model, String name) {
        ctx.run(ctx.dialect().dropIndex(state.model(model).table(), name));
    }

    private static void change(ProjectState state, String model, IndexState add, String remove, boolean constraint) {
        ModelState m = state.model(model);
        List<IndexState> list = new ArrayList<>(constraint ? m.constraints() : m.indexes());
        if (remove != null && !list.removeIf(i -> i.name().equals(remove))) {
            throw new MigrationError("Remove" + kind(constraint) + ": " + model + " has no " + kind(constraint).toLowerCase()
                    + " named '" + remove + "'");
        }
        if (add != null) {
            if (list.stream().anyMatch(i -> i.name().equals(add.name()))) {
                throw new MigrationError("Add" + kind(constraint) + ": " + model + " already has '" + add.name() + "'");
            }
            add.fields().forEach(f -> m.requireField(f.replace("-", "")));
            list.add(add);
        }
        state.put(constraint ? m.withIndexes(m.indexes(), list) : m.withIndexes(list, m.constraints()));
    }

    /** Creates an index (or a unique constraint, {@code constraint} true). */
    record AddIndex(String model, IndexState index, boolean constraint) implements Operation {
        @Override
        public String describe() {
            return (constraint ? "Create constraint " : "Create index ") + index.name() + " on " + model;
        }

        @Override
        public String nameFragment() {
            return ModelOperations.lower(index.name());
        }

        @Override
        public void stateForwards(ProjectState state) {
            change(state, model, index, null, constraint);
        }

        @Override
        public void forwards(SchemaContext ctx, ProjectState from, ProjectState to) {
            create(ctx, to, model, index, constraint);
        }

        @Override
        public void backwards(SchemaContext ctx, ProjectState from, ProjectState to) {
            drop(ctx, from, model, index.name());
        }

        @Override
        public JsonObject toJson() {
            JsonObject o = ModelOperations.start("Add" + kind(constraint));
            o.addProperty("model", model);
            o.add(constraint ? "constraint" : "index", index.toJson());
            return o;
        }
    }

    /** Drops an index (or a unique constraint); backwards recreates it from the earlier state. */
    record RemoveIndex(String model, String name, boolean constraint) implements Operation {
        @Override
        public String describe() {
            return (constraint ? "Remove constraint " : "Remove index ") + name + " from " + model;
        }

        @Override
        public String nameFragment() {
            return "remove_" + ModelOperations.lower(name);
        }

        @Override
        public void stateForwards(ProjectState state) {
            change(state, model, null, name, constraint);
        }

        @Override
        public void forwards(SchemaContext ctx, ProjectState from, ProjectState to) {
            drop(ctx, from, model, name);
        }

        @Override
        public void backwards(SchemaContext ctx, ProjectState from, ProjectState to) {
            ModelState m = to.model(model);
            IndexState index = (constraint ? m.constraint(name) : m.index(name)).orElseThrow();
            create(ctx, to, model, index, constraint);
        }

        @Override
        public JsonObject toJson() {
            JsonObject o = ModelOperations.start("Remove" + kind(constraint));
            o.addProperty("model", model);
            o.addProperty("name", name);
            return o;
        }
    }
}
