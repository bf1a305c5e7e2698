package org.alcove.orm.migrations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alcove.orm.ManyToManyRelation;
import org.alcove.orm.Model;
import org.alcove.orm.ModelMeta;
import org.alcove.orm.internal.dialect.Dialect;
import org.alcove.orm.internal.schema.TableDef;

/**
 * The state of all models at one point of the migration history (Django's {@code ProjectState}),
 * rebuilt by replaying operations, or read from the model classes.
 */
final class ProjectState {
    private final Map<String, ModelState> models = new LinkedHashMap<>();

    static ProjectState fromModels(List<Class<? extends Model>> types) {
        ProjectState state = new ProjectState();
        for (Class<? extends Model> t : types) {
            state.put(ModelState.of(t));
        }
        for (Class<? extends Model> t : types) {
            for (ManyToManyRelation rel : ModelMeta.of(t).manyToManyRelations()) {
                if (rel.forward() && rel.autoCreated()) {
                    state.put(ModelState.autoThrough(rel));
                }
            }
        }
        return state;
    }

    static ProjectState replay(List<Migration> migrations) {
        ProjectState state = new ProjectState();
        for (Migration m : migrations) {
            for (Operation op : m.operations()) {
                op.stateForwards(state);
            }
        }
        return state;
    }

    ProjectState copy() {
        ProjectState c = new ProjectState();
        c.models.putAll(models);
        return c;
    }

    boolean has(String name) {
        return models.containsKey(name);
    }

    ModelState model(String name) {
        ModelState m = models.get(name);
        if (m == null) {
            throw new MigrationError("No model '" + name + "' in the migrations' state. Models are: "
                    + String.join(", ", models.keySet()));
        }
        return m;
    }

    Collection<ModelState> models() {
        return List.copyOf(models.values());
    }

    List<String> names() {
        return new ArrayList<>(models.keySet());
    }

    void put(ModelState m) {
        models.put(m.name(), m);
    }

    void remove(String name) {
        model(name);
        models.remove(name);
    }

    /** Renames a model, keeping its place and pointing the foreign keys of every model at the new name. */
    void rename(String from, String to, String table) {
        Map<String, ModelState> copy = new LinkedHashMap<>(models);
        models.clear();
        for (ModelState m : copy.values()) {
            ModelState r = m.name().equals(from) ? m.renamed(to, table) : m;
            List<FieldState> fields = new ArrayList<>();
            for (FieldState f : r.fields()) {
                fields.add(from.equals(f.to()) ? f.withTarget(to) : f);
            }
            models.put(r.name(), r.withFields(fields));
        }
    }

    TableDef tableDef(String name, Dialect dialect) {
        return model(name).toTableDef(dialect, this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectState p && p.models.equals(models);
    }

    @Override
    public int hashCode() {
        return models.hashCode();
    }
}
