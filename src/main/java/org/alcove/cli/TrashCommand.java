package org.alcove.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.trash.Trash;
import org.alcove.catalog.trash.TrashEntry;
import org.alcove.catalog.trash.TrashException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alcove trash [list|restore ID..|empty [--older-than DAYS]] [--json]}. */
@Command(name = "trash", mixinStandardHelpOptions = true, description = {
    "The trash: deleted books, authors (with their books) and borrowers, kept for 30 days (ALCOVE_TRASH_DAYS) and restorable.",
    "list (the default) [--json], restore ID.. (each with its old id and what hung on it), empty [--older-than DAYS].",
    "Search it with: alcove search 'in:trash dune'."})
final class TrashCommand extends CatalogCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION", description = "list, restore or empty (default: list).")
    String action = "list";

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "ID", description = "restore: the numbers trash list shows.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--older-than", paramLabel = "DAYS", description = "empty: only what was deleted more than DAYS days ago.")
    Integer olderThan;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        return switch (action) {
            case "list" -> list();
            case "restore" -> restore();
            case "empty" -> empty();
            default -> throw new Files2.CliError("trash wants list, restore or empty, not '" + action + "'");
        };
    }

    private int list() {
        if (!ids.isEmpty()) {
            throw new Files2.CliError("usage: alcove trash list [--json]");
        }
        requireExisting();
        try (Catalog catalog = openCatalog()) { // opened to write: what is older than the trash keeps goes first
            print(Trash.of(catalog).list());
            return 0;
        }
    }

    /** Prints trash entries as a list or as {@code {"total": n, "trash": [...]}}; also what {@code search 'in:trash ...'} prints. */
    static void print(java.io.PrintWriter out, List<TrashEntry> entries, boolean json) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("total", entries.size());
            m.put("trash", entries.stream().map(TrashCommand::json).toList());
            out.println(Json.GSON.toJson(m));
            return;
        }
        for (TrashEntry e : entries) {
            out.printf("%5d  %-8s  %s  %s%n", e.id(), e.kind().code(), e.deletedAt().toLocalDate(), e.describe());
        }
        out.println(entries.isEmpty() ? "The trash is empty." : entries.size() + (entries.size() == 1 ? " thing" : " things")
                + " in the trash; restore with alcove trash restore ID.");
    }

    private void print(List<TrashEntry> entries) {
        print(out(), entries, json);
    }

    static Map<String, Object> json(TrashEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("kind", e.kind().code());
        m.put("originalId", e.originalId());
        m.put("title", e.title());
        m.put("detail", e.detail());
        m.put("note", e.note());
        m.put("deletedAt", e.deletedAt().withNano(0).toString());
        return m;
    }

    private int restore() {
        if (ids.isEmpty()) {
            throw new Files2.CliError("usage: alcove trash restore ID.. (the numbers alcove trash list shows)");
        }
        List<Long> numbers = new ArrayList<>();
        for (String id : ids) {
            try {
                numbers.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                throw new Files2.CliError("trash restore wants the numbers alcove trash list shows, not '" + id + "'");
            }
        }
        requireExisting();
        int failed = 0;
        List<Map<String, Object>> restored = new ArrayList<>();
        try (Catalog catalog = openCatalog()) {
            org.alcove.catalog.undo.UndoHistory history = new org.alcove.catalog.undo.UndoHistory(catalog.db());
            for (long id : numbers) {
                try {
                    TrashEntry e = history.restoreFromTrash(id); // the window's Undo can send it back
                    restored.add(json(e));
                    if (!json) {
                        out().println("Restored " + e.describe());
                    }
                } catch (TrashException e) {
                    failed++;
                    err().println("alcove: " + e.getMessage());
                }
            }
        }
        if (json) {
            out().println(Json.GSON.toJson(Map.of("restored", restored)));
        }
        return failed == 0 ? 0 : 1;
    }

    private int empty() {
        if (!ids.isEmpty()) {
            throw new Files2.CliError("usage: alcove trash empty [--older-than DAYS]");
        }
        if (olderThan != null && olderThan < 0) {
            throw new Files2.CliError("--older-than wants 0 or more days, not " + olderThan);
        }
        requireExisting();
        try (Catalog catalog = openCatalog()) {
            Trash trash = Trash.of(catalog);
            int gone = olderThan == null ? trash.empty() : trash.emptyOlderThan(olderThan);
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>(); // the documented key order, every run
                m.put("emptied", gone);
                m.put("left", trash.count());
                out().println(Json.GSON.toJson(m));
            } else {
                out().println("Emptied " + gone + (gone == 1 ? " thing" : " things") + " from the trash"
                        + (olderThan == null ? "." : " deleted more than " + olderThan + (olderThan == 1 ? " day" : " days") + " ago; "
                        + trash.count() + " left."));
            }
            return 0;
        }
    }
}
