package org.alcove.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.CatalogPaths;
import org.alcove.catalog.bench.Benchmark;
import org.alcove.catalog.importing.ImportListener;
import org.alcove.catalog.importing.ImportOptions;
import org.alcove.catalog.importing.ImportReport;
import org.alcove.catalog.importing.ImportService;
import org.alcove.catalog.io.ImportFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alcove bench --data DIR}: the shared workload W1–W13 through Alcove, as JSON or a table. */
@Command(name = "bench", description = "Run the benchmark workload (shared/bench/WORKLOAD.md) on data from gen_data.py.")
final class BenchCommand extends CatalogCommand {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder with authors.csv and books.csv.")
    Path data;

    @Option(names = "--json", description = "Print one JSON object with WORKLOAD.md's keys.")
    boolean json;

    @Option(names = {"--db", "--bench-db"}, paramLabel = "FILE|URL",
            description = "Catalogue file to build, which must not exist yet, or an empty database on a PostgreSQL server,"
                    + " postgresql://user@host/name (default: a temporary file, removed afterwards).")
    String benchDb;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(data.resolve("authors.csv")) || !Files.isRegularFile(data.resolve("books.csv"))) {
            throw new Files2.CliError("no authors.csv and books.csv in " + data + " (generate them with shared/bench/gen_data.py)");
        }
        Benchmark bench = new Benchmark(data, (c, f) -> importFile(c, f, ImportFormat.AUTHORS), (c, f) -> importFile(c, f, ImportFormat.BOOKS),
                step -> err().printf("%s...%n", step));
        String target = target();
        Map<String, Object> result;
        if (target != null) {
            result = bench.run(target);
        } else {
            Path temp = Files.createTempDirectory("alcove-bench");
            Path file = temp.resolve("bench.alcove");
            try {
                result = bench.run(file);
            } finally {
                // the whole folder: opening the catalogue writes beside it (its backups/ folder), not the file alone
                CatalogPaths.deleteLogFiles(file);
                deleteTree(temp);
            }
        }
        if (json) {
            out().println(Json.PRETTY.toJson(result));
        } else {
            result.forEach((k, v) -> out().printf("%-32s %s%n", k, v));
        }
        return 0;
    }

    /** The file or server named by {@code bench --db}, or by {@code alcove --db} before the command; null for a temporary file. */
    private String target() {
        if (benchDb != null) {
            return benchDb;
        }
        return spec.parent().commandLine().getParseResult().hasMatchedOption("--db") ? root.dbLocation() : null;
    }

    private static long importFile(Catalog catalog, Path file, ImportFormat format) throws java.io.IOException {
        ImportReport report = new ImportService(catalog).run(file, format, ImportOptions.defaults(), ImportListener.NONE, () -> false);
        if (!report.committed()) {
            throw new IllegalStateException("the benchmark import of " + file + " was not committed: " + report.errors());
        }
        return report.imported();
    }
}
