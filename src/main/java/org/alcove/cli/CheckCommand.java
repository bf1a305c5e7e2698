package org.alcove.cli;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.CatalogCheck;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alcove check [--json] [--repair]}. */
@Command(name = "check", mixinStandardHelpOptions = true, description = {
    "Check the catalogue: SQLite's integrity and foreign-key checks, the migration history, open loans of deleted copies,",
    "holds of inactive borrowers, one identifier on two books, cover files no book shows, books whose cover file is missing.",
    "Exit 1 when anything is found.",
    "--repair rebuilds the indexes, deletes rows whose parent is gone and moves cover files no book shows into",
    "NAME.covers-orphans/, after a backup into backups/ beside the catalogue."})
final class CheckCommand extends CatalogCommand {
    @Option(names = "--json", description = "Print the findings as JSON.")
    boolean json;

    @Option(names = "--repair", description = "Mend what is safe to mend (indexes, orphan rows, orphan cover files), after a backup; then check again.")
    boolean repair;

    @Override
    public Integer call() throws IOException {
        requireExisting();
        try (Catalog catalog = Catalog.openAnyVersion(root.dbFile())) {
            if (repair) {
                catalog.requireWritable();
            }
            CatalogCheck check = new CatalogCheck(catalog);
            CatalogCheck.Report r = repair ? check.repair() : check.run();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("ok", r.ok());
                m.put("findings", r.findings().stream().map(f -> {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("check", f.check());
                    o.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
                    o.put("message", f.message());
                    o.put("repairable", f.repairable());
                    return o;
                }).toList());
                m.put("backup", r.backup().map(Object::toString).orElse(null));
                m.put("repaired", r.repaired());
                out().println(Json.GSON.toJson(m));
            } else {
                r.backup().ifPresent(b -> out().println("Backed up to " + b + ", then repaired " + r.repaired() + " thing(s)."));
                for (CatalogCheck.Finding f : r.findings()) {
                    out().println((f.severity() == CatalogCheck.Severity.ERROR ? "error  " : "warning") + "  " + f.check() + ": " + f.message()
                            + (f.repairable() && !repair ? " (check --repair mends it)" : ""));
                }
                out().println(r.ok() ? "The catalogue " + root.dbFile().getFileName() + " is sound."
                        : r.findings().size() + " problem(s) found, " + r.errors() + " of them damage.");
            }
            return r.ok() ? 0 : 1;
        }
    }
}
