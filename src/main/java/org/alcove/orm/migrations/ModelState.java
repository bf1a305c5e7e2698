package org.alcove.orm.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.alcove.orm.FieldKind;
import org.alcove.orm.FieldMeta;
import org.alcove.orm.Index;
import org.alcove.orm.ManyToManyRelation;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.ModelMeta;
import org.alcove.orm.OnDelete;
import org.alcove.orm.UniqueConstraint;
import org.alcove.orm.internal.dialect.Dialect;
import org.alcove.orm.internal.schema.ColumnDef;
import org.alcove.orm.internal.schema.IndexDef;
import org.alcove.orm.internal.schema.TableDef;

/** A model as the migrations know it: name, table, fields in column order, indexes and unique constraints. */
record ModelState(String name, String table, List<FieldState> fields, List<IndexState> indexes, List<IndexState> constraints) {
    ModelState {
        fields = List.copyOf(fields);
        indexes = List.copyOf(indexes);
        constraints = List.copyOf(constraints);
    }

    /** The state of a model class as the code declares it now. */
    static ModelState of(Class<? extends Model> type) {
        ModelMeta<?> meta = ModelMeta.of(type);
        List<FieldState> fields = new ArrayList<>();
        for (FieldMeta f : meta.fields()) {
            fields.add(FieldState.of(f));
        }
        Meta annotation = type.getAnnotation(Meta.class);
        List<IndexState> indexes = new ArrayList<>();
        List<IndexState> constraints = new ArrayList<>();
        if (annotation != null) {
            // Index names are derived by ModelMeta; its table definition lists the field indexes first.
            List<IndexDef> defs = meta.toTableDef(String::valueOf).indexes();
            int implicit = (int) fields.stream().filter(FieldState::indexed).count();
            Index[] declared = annotation.indexes();
            for (int i = 0; i < declared.length; i++) {
                indexes.add(new IndexState(defs.get(implicit + i).name(), List.of(declared[i].fields())));
            }
            for (UniqueConstraint c : annotation.constraints()) {
                constraints.add(new IndexState(c.name(), List.of(c.fields())));
            }
        }
        return new ModelState(meta.label(), meta.table(), fields, indexes, constraints);
    }

    /**
     * The through table of a many-to-many relation declared without a through model, as a model
     * of its own in the migrations' state ({@code Book_tags}), as Django's migrations create it.
     */
    static ModelState autoThrough(ManyToManyRelation rel) {
        List<FieldState> fields = List.of(
                new FieldState("id", "id", FieldKind.AUTO, false, false, false, 0, 0, 0, null, null, null),
                new FieldState(rel.modelKeyName(), rel.modelColumn(), FieldKind.FOREIGN_KEY, false, false, false, 0, 0, 0,
                        null, rel.model().label(), OnDelete.CASCADE),
                new FieldState(rel.targetKeyName(), rel.targetColumn(), FieldKind.FOREIGN_KEY, false, false, false, 0, 0, 0,
                        null, rel.target().label(), OnDelete.CASCADE));
        return new ModelState(rel.throughName(), rel.throughTable(), fields, List.of(),
                List.of(new IndexState(rel.uniqueName(), List.of(rel.modelKeyName(), rel.targetKeyName()))));
    }

    Optional<FieldState> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    FieldState requireField(String fieldName) {
        return field(fieldName).orElseThrow(() -> new MigrationError("Model " + name + " has no field '" + fieldName
                + "' in the migrations' state. Fields are: " + String.join(", ", fields.stream().map(FieldState::name).toList())));
    }

    Optional<IndexState> index(String indexName) {
        return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
    }

    Optional<IndexState> constraint(String constraintName) {
        return constraints.stream().filter(i -> i.name().equals(constraintName)).findFirst();
    }

    ModelState withFields(List<FieldState> newFields) {
        return new ModelState(name, table, newFields, indexes, constraints);
    }

    ModelState withIndexes(List<IndexState> newIndexes, List<IndexState> newConstraints) {
        return new ModelState(name, table, fields, newIndexes, newConstraints);
    }

    ModelState renamed(String newName, String newTable) {
        return new ModelState(newName, newTable, fields, indexes, constraints);
    }

    /** Whether a field's column is used by an index or constraint declared on the model. */
    boolean usedByIndex(String fieldName) {
        List<IndexState> all = new ArrayList<>(indexes);
        all.addAll(constraints);
        return all.stream().anyMatch(i -> i.fields().stream().anyMatch(f -> f.replace("-", "").equals(fieldName)));
    }

    /** The table as the schema editor creates it. */
    TableDef toTableDef(Dialect dialect, ProjectState state) {
        List<ColumnDef> columns = new ArrayList<>();
        List<IndexDef> defs = new ArrayList<>();
        for (FieldState f : fields) {
            columns.add(f.toColumn(dialect, state));
            if (f.indexed()) {
                defs.add(IndexDef.ofField(table, f.column()));
            }
        }
        for (IndexState i : indexes) {
            defs.add(indexDef(i, false));
        }
        for (IndexState c : constraints) {
            defs.add(indexDef(c, true));
        }
        return new TableDef(table, columns, defs);
    }

    IndexDef indexDef(IndexState index, boolean unique) {
        List<String> cols = new ArrayList<>();
        for (String f : index.fields()) {
            boolean desc = f.startsWith("-");
            String column = requireField(desc ? f.substring(1) : f).column();
            cols.add(desc ? "-" + column : column);
        }
        return new IndexDef(index.name(), cols, unique);
    }

    JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("model", name);
        o.addProperty("table", table);
        JsonArray fs = new JsonArray();
        fields.forEach(f -> fs.add(f.toJson()));
        o.add("fields", fs);
        if (!indexes.isEmpty()) {
            JsonArray a = new JsonArray();
            indexes.forEach(i -> a.add(i.toJson()));
            o.add("indexes", a);
        }
        if (!constraints.isEmpty()) {
            JsonArray a = new JsonArray();
            constraints.forEach(i -> a.add(i.toJson()));
            o.add("constraints", a);
        }
        return o;
    }

    static ModelState fromJson(JsonObject o) {
        List<FieldState> fields = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("fields")) {
            fields.add(FieldState.fromJson(e.getAsJsonObject()));
        }
        return new ModelState(Json.string(o, "model"), Json.string(o, "table"), fields, list(o, "indexes"), list(o, "constraints"));
    }

    private static List<IndexState> list(JsonObject o, String key) {
        List<IndexState> out = new ArrayList<>();
        if (o.has(key)) {
            for (JsonElement e : o.getAsJsonArray(key)) {
                out.add(IndexState.fromJson(e.getAsJsonObject()));
            }
        }
        return out;
    }
}
