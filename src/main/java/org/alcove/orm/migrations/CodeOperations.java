package org.alcove.orm.migrations;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

import com.google.gson.JsonObject;

/** The operations that run code rather than change the models: raw SQL and Java data migrations. */
final class CodeOperations {
    private CodeOperations() {
    }

    /** Runs SQL statements; reversible only when reverse statements are given (an empty list undoes nothing). */
    record RunSql(List<String> sql, List<String> reverseSql, String vendor) implements Operation {
        @Override
        public String describe() {
            return vendor == null ? "Raw SQL operation" : "Raw SQL operation (" + vendor + " only)";
        }

        /** Whether this SQL is for the database at hand: every one, or only the dialect {@code vendor} names. */
        private boolean applies(SchemaContext ctx) {
            return vendor == null || vendor.equals(ctx.dialect().name());
        }

        @Override
        public String nameFragment() {
            return "run_sql";
        }

        @Override
        public void stateForwards(ProjectState state) {
            // Raw SQL changes no model.
        }

        @Override
        public void forwards(SchemaContext ctx, ProjectState from, ProjectState to) {
            if (applies(ctx)) {
                ctx.runAll(sql);
            } else {
                ctx.comment("Skipped on " + ctx.dialect().name() + ": SQL for " + vendor + " only");
            }
        }

        @Override
        public boolean reversible() {
            return reverseSql != null;
        }

        @Override
        public void backwards(SchemaContext ctx, ProjectState from, ProjectState to) {
            if (applies(ctx)) {
                ctx.runAll(reverseSql);
            }
        }

        @Override
        public JsonObject toJson() {
            JsonObject o = ModelOperations.start("RunSQL");
            o.add("sql", Json.array(sql));
            if (reverseSql != null) {
                o.add("reverseSql", Json.array(reverseSql));
            }
            if (vendor != null) {
                o.addProperty("vendor", vendor);
            }
            return o;
        }

        static RunSql fromJson(JsonObject o) {
            return new RunSql(Json.strings(o, "sql"), o.has("reverseSql") ? Json.strings(o, "reverseSql") : null,
                    o.has("vendor") ? Json.string(o, "vendor") : null);
        }
    }

    /** Runs a {@link DataMigration} named by class. */
    record RunJava(String className) implements Operation {
        @Override
        public String describe() {
            return "Run Java " + className;
        }

        @Override
        public String nameFragment() {
            return "run_java";
        }

        @Override
        public void stateForwards(ProjectState state) {
            // Data migrations change no model.
        }

        DataMigration instance() {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try {
                Class<?> type = Class.forName(className, true, loader != null ? loader : RunJava.class.getClassLoader());
                if (!DataMigration.class.isAssignableFrom(type)) {
                    throw new MigrationError(className + " does not implement " + DataMigration.class.getName());
                }
                return (DataMigration) type.getDeclaredConstructor().newInstance();
            } catch (ClassNotFoundException e) {
                throw new MigrationError("Data migration class " + className + " is not on the class path", e);
            } catch (InvocationTargetException | InstantiationException | IllegalAccessException | NoSuchMethodException e) {
                throw new MigrationError("Cannot create " + className + ": it needs a public no-argument constructor", e);
            }
        }

        @Override
        public void forwards(SchemaContext ctx, ProjectState from, ProjectState to) {
            if (ctx.database() == null) {
                ctx.comment("Java data migration " + className + " (no SQL to show)");
            } else {
                instance().forwards(ctx.database());
            }
        }

        @Override
        public boolean reversible() {
            return instance().reversible();
        }

        @Override
        public void backwards(SchemaContext ctx, ProjectState from, ProjectState to) {
            if (ctx.database() == null) {
                ctx.comment("Java data migration " + className + ", backwards (no SQL to show)");
            } else {
                instance().backwards(ctx.database());
            }
        }

        @Override
        public JsonObject toJson() {
            JsonObject o = ModelOperations.start("RunJava");
            o.addProperty("class", className);
            return o;
        }
    }
}
