package org.alcove.orm.migrations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The migrations of an application in dependency order; a history with two leaves is a conflict. */
final class MigrationGraph {
    private final Map<String, Migration> byName = new LinkedHashMap<>();
    private final List<Migration> ordered = new ArrayList<>();

    MigrationGraph(List<Migration> migrations) {
        for (Migration m : migrations) {
            if (byName.put(m.name(), m) != null) {
                throw new MigrationError("Two migrations are named " + m.name());
            }
        }
        for (Migration m : migrations) {
            for (String d : m.dependencies()) {
                if (!byName.containsKey(d)) {
                    throw new MigrationError("Migration " + m.name() + " depends on " + d + ", which does not exist");
                }
            }
        }
        // Kahn's algorithm, taking the smallest name first so the order is stable.
        Map<String, Integer> waiting = new LinkedHashMap<>();
        migrations.forEach(m -> waiting.put(m.name(), m.dependencies().size()));
        TreeSet<String> ready = new TreeSet<>();
        waiting.forEach((n, c) -> {
            if (c == 0) {
                ready.add(n);
            }
        });
        while (!ready.isEmpty()) {
            String next = ready.pollFirst();
            ordered.add(byName.get(next));
            for (Migration m : migrations) {
                if (m.dependencies().contains(next) && waiting.merge(m.name(), -1, Integer::sum) == 0) {
                    ready.add(m.name());
                }
            }
        }
        if (ordered.size() != migrations.size()) {
            throw new MigrationError("The migrations' dependencies form a cycle");
        }
    }

    List<Migration> ordered() {
        return List.copyOf(ordered);
    }

    Migration get(String name) {
        Migration m = byName.get(name);
        if (m == null) {
            throw new MigrationError("No migration named '" + name + "'. Migrations are: "
                    + (byName.isEmpty() ? "(none)" : String.join(", ", byName.keySet())));
        }
        return m;
    }

    /** The migrations nothing depends on; more than one means two branches need a merge. */
    List<String> leaves() {
        List<String> leaves = new ArrayList<>();
        for (Migration m : ordered) {
            if (ordered.stream().noneMatch(o -> o.dependencies().contains(m.name()))) {
                leaves.add(m.name());
            }
        }
        return leaves;
    }

    void requireNoConflict() {
        List<String> leaves = leaves();
        if (leaves.size() > 1) {
            throw new MigrationError("Conflicting migrations: " + String.join(", ", leaves)
                    + " both follow the same history; make one depend on the other");
        }
    }

    /** The state after every migration before {@code index} in order has been applied. */
    ProjectState stateBefore(int index) {
        return ProjectState.replay(ordered.subList(0, index));
    }

    int indexOf(String name) {
        get(name);
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException(name);
    }
}
