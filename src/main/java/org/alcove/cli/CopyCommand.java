package org.alcove.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.alcove.catalog.copy.CatalogueCopy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code alcove copy --from FILE_OR_URL --to FILE_OR_URL [--json]}: a whole catalogue moved between
 * backends, verified table by table. Exit 0 when the copy is kept, 1 when it differed from the
 * source and was rolled back, 2 when it could not be made (a non-empty target, a missing source).
 */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = "Copy a whole catalogue to a new file or an empty PostgreSQL database (or back), verified by row counts and checksums.")
final class CopyCommand implements Callable<Integer> {
    /** Progress lines on stderr at most this often per table, in rows. */
    static final long PROGRESS_EVERY = 50_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FILE|URL", description = "The catalogue to copy: a file or postgresql://user@host/name.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "FILE|URL",
            description = "Where to: a new (or empty) file, or an empty database on a PostgreSQL server; the password in PGPASSWORD or ~/.pgpass.")
    String to;

    @Option(names = "--json", description = "Print the tables checked as one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        CatalogueCopy.Report report = CatalogueCopy.copy(from, to, (table, copied, total) -> {
            if (copied == total || copied % PROGRESS_EVERY == 0) { // the copier writes in batches of a thousand rows
                err.printf("Copying %s: %,d of %,d rows%n", table, copied, total);
            }
        });
        if (json) {
            spec.commandLine().getOut().println(Json.PRETTY.toJson(toJson(report)));
        } else {
            print(report);
        }
        if (!report.committed()) {
            err.println("alcove: the copy differs from the source in " + String.join(", ", report.mismatches().stream().map(CatalogueCopy.TableCheck::table).toList())
                    + "; it was rolled back and " + report.to() + " is as it was.");
            return 1;
        }
        return 0;
    }

    private void print(CatalogueCopy.Report r) {
        var out = spec.commandLine().getOut();
        out.printf("%-24s %12s %12s  %-16s %s%n", "table", "source rows", "copied rows", "sha256", "check");
        for (CatalogueCopy.TableCheck t : r.tables()) {
            out.printf("%-24s %12d %12d  %-16s %s%n", t.table(), t.sourceRows(), t.targetRows(), t.targetSha256().substring(0, 16),
                    t.matches() ? "ok" : "DIFFERS (source " + t.sourceSha256().substring(0, 16) + ")");
        }
        out.printf(r.committed() ? "Copied %s to %s: %d tables, %d rows, every count and checksum the same.%n"
                : "Not copied %s to %s: %d tables, %d rows checked, rolled back.%n", r.from(), r.to(), r.tables().size(), r.rows());
    }

    static Map<String, Object> toJson(CatalogueCopy.Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", r.from());
        m.put("to", r.to());
        m.put("committed", r.committed());
        m.put("rows", r.rows());
        List<Map<String, Object>> tables = r.tables().stream().map(t -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("table", t.table());
            x.put("source_rows", t.sourceRows());
            x.put("target_rows", t.targetRows());
            x.put("source_sha256", t.sourceSha256());
            x.put("target_sha256", t.targetSha256());
            x.put("matches", t.matches());
            return x;
        }).toList();
        m.put("tables", tables);
        return m;
    }
}
