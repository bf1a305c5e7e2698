package org.alcove.orm.migrations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the state the migrations build with the state of the models in code and lists the
 * operations that take one to the other (Django's autodetector). Each operation found is applied
 * to a working copy of the old state at once, so later ones see its effect.
 */
final class Autodetector {
    private final ProjectState current;
    private final ProjectState target;
    private final Map<String, String> modelRenames;
    private final Map<String, String> fieldRenames;
    private final Questioner questioner;
    private final List<Operation> operations = new ArrayList<>();

    /**
     * @param modelRenames old model name to new, as told by the user
     * @param fieldRenames {@code Model.old} to new field name, as told by the user
     */
    Autodetector(ProjectState from, ProjectState to, Map<String, String> modelRenames, Map<String, String> fieldRenames,
                 Questioner questioner) {
        this.current = from.copy();
        this.target = to;
        this.modelRenames = modelRenames;
        this.fieldRenames = fieldRenames;
        this.questioner = questioner;
    }

    List<Operation> changes() {
        renamedModels();
        renamedFields();
        for (ModelState m : kept()) {
            ModelState t = target.model(m.name());
            m.indexes().stream().filter(i -> !t.indexes().contains(i))
                    .forEach(i -> add(new IndexOperations.RemoveIndex(m.name(), i.name(), false)));
            m.constraints().stream().filter(i -> !t.constraints().contains(i))
                    .forEach(i -> add(new IndexOperations.RemoveIndex(m.name(), i.name(), true)));
            m.fields().stream().filter(f -> t.field(f.name()).isEmpty())
                    .forEach(f -> add(new FieldOperations.RemoveField(m.name(), f.name())));
        }
        List<String> gone = dependencyOrder(current, current.names().stream().filter(n -> !target.has(n)).toList());
        for (int i = gone.size() - 1; i >= 0; i--) {
            add(new ModelOperations.DeleteModel(gone.get(i)));
        }
        for (String n : dependencyOrder(target, target.names().stream().filter(n -> !current.has(n)).toList())) {
            add(new ModelOperations.CreateModel(target.model(n)));
        }
        for (ModelState m : kept()) {
            ModelState t = target.model(m.name());
            for (FieldState f : t.fields()) {
                if (m.field(f.name()).isEmpty()) {
                    requireDefault(m.name(), f);
                    add(new FieldOperations.AddField(m.name(), f));
                } else if (!m.requireField(f.name()).equals(f)) {
                    add(new FieldOperations.AlterField(m.name(), f));
                }
            }
            ModelState now = current.model(m.name());
            t.indexes().stream().filter(i -> !now.indexes().contains(i))
                    .forEach(i -> add(new IndexOperations.AddIndex(m.name(), i, false)));
            t.constraints().stream().filter(i -> !now.constraints().contains(i))
                    .forEach(i -> add(new IndexOperations.AddIndex(m.name(), i, true)));
        }
        return List.copyOf(operations);
    }

    private void add(Operation op) {
        op.stateForwards(current);
        operations.add(op);
    }

    private List<ModelState> kept() {
        return current.models().stream().filter(m -> target.has(m.name())).toList();
    }

    private static void requireDefault(String model, FieldState f) {
        if (!f.nullable() && f.defaultValue() == null) {
            throw new MigrationError("Cannot add " + model + "." + f.name() + ": it is NOT NULL with no default, so "
                    + "the rows already there would have no value. Give it a defaultValue or make it nullable.");
        }
    }

    private void renamedModels() {
        modelRenames.forEach((from, to) -> {
            if (!current.has(from) || current.has(to) || !target.has(to) || target.has(from)) {
                throw new MigrationError("Cannot rename model " + from + " to " + to + ": the migrations must have "
                        + from + " and not " + to + ", the code " + to + " and not " + from);
            }
            add(new ModelOperations.RenameModel(from, to, target.model(to).table()));
        });
        for (ModelState old : List.copyOf(current.models())) {
            if (target.has(old.name())) {
                continue;
            }
            for (ModelState added : target.models()) {
                if (!current.has(added.name()) && sameFields(old, added) && questioner.renameModel(old.name(), added.name())) {
                    add(new ModelOperations.RenameModel(old.name(), added.name(), added.table()));
                    break;
                }
            }
        }
    }

    private static boolean sameFields(ModelState a, ModelState b) {
        return a.fields().size() == b.fields().size() && a.fields().stream().allMatch(f -> b.field(f.name()).isPresent());
    }

    private void renamedFields() {
        fieldRenames.forEach((key, to) -> {
            int dot = key.indexOf('.');
            String model = dot < 0 ? "" : key.substring(0, dot);
            String from = key.substring(dot + 1);
            if (!current.has(model) || !target.has(model)) {
                throw new MigrationError("Cannot rename field " + key + ": no model '" + model + "' in both the "
                        + "migrations and the code (write Model.old=new)");
            }
            ModelState m = current.model(model);
            ModelState t = target.model(model);
            if (m.field(from).isEmpty() || m.field(to).isPresent() || t.field(to).isEmpty() || t.field(from).isPresent()) {
                throw new MigrationError("Cannot rename field " + model + "." + from + " to " + to + ": the migrations "
                        + "must have " + from + " and not " + to + ", the code " + to + " and not " + from);
            }
            add(new FieldOperations.RenameField(model, from, to, t.requireField(to).column()));
        });
        for (ModelState m : kept()) {
            ModelState t = target.model(m.name());
            Set<String> taken = new LinkedHashSet<>();
            for (FieldState old : current.model(m.name()).fields()) {
                if (t.field(old.name()).isPresent()) {
                    continue;
                }
                for (FieldState added : t.fields()) {
                    if (current.model(m.name()).field(added.name()).isEmpty() && !taken.contains(added.name())
                            && sameDefinition(old, added) && questioner.renameField(m.name(), old.name(), added.name())) {
                        taken.add(added.name());
                        add(new FieldOperations.RenameField(m.name(), old.name(), added.name(), added.column()));
                        break;
                    }
                }
            }
        }
    }

    private static boolean sameDefinition(FieldState a, FieldState b) {
        return a.withName("", "").equals(b.withName("", ""));
    }

    /** The names ordered so that a model comes after the models its foreign keys point to. */
    private static List<String> dependencyOrder(ProjectState state, List<String> names) {
        List<String> out = new ArrayList<>();
        Map<String, Boolean> visiting = new LinkedHashMap<>();
        for (String n : names) {
            visit(state, n, names, out, visiting);
        }
        return out;
    }

    private static void visit(ProjectState state, String n, List<String> names, List<String> out, Map<String, Boolean> seen) {
        if (seen.containsKey(n)) {
            return;
        }
        seen.put(n, true);
        for (FieldState f : state.model(n).fields()) {
            if (f.to() != null && !Objects.equals(f.to(), n) && names.contains(f.to())) {
                visit(state, f.to(), names, out, seen);
            }
        }
        out.add(n);
    }
}
