package org.alcove.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.bench.Benchmark;
import org.alcove.catalog.importing.ImportListener;
import org.alcove.catalog.importing.ImportOptions;
import org.alcove.catalog.importing.ImportReport;
import org.alcove.catalog.importing.ImportService;
import org.alcove.catalog.io.ImportFormat;

import com.google.gson.GsonBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alcove bench --data DIR}: the shared workload W1–W13 through Alcove, as JSON or a table. */
@Command(name = "bench", description = "Run the benchmark workload (shared/bench/WORKLOAD.md) on data from gen_data.py.")
final class BenchCommand extends CatalogCommand {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder with authors.csv and books.csv.")
    Path data;

    @Option(names = "--json", description = "Print one JSON object with WORKLOAD.md's keys.")
    boolean json;

    @Option(names = {"--db", "--bench-db"}, paramLabel = "FILE",
            description = "Catalogue file to build; it must not exist yet (default: a new temporary file).")
    Path benchDb;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(data.resolve("authors.csv")) || !Files.isRegularFile(data.resolve("books.csv"))) {
            throw new IllegalArgumentException("no authors.csv and books.csv in " + data + " (generate them with shared/bench/gen_data.py)");
        }
        if (benchDb != null && Files.exists(benchDb)) {
            throw new Files2.CliError(benchDb + " exists; the benchmark builds a new catalogue and would replace it:"
                    + " give a file name that does not exist yet");
        }
        Path db = benchDb != null ? benchDb : Files.createTempDirectory("alcove-bench").resolve("bench.alcove");
        Benchmark bench = new Benchmark(data, (c, f) -> importFile(c, f, ImportFormat.AUTHORS), (c, f) -> importFile(c, f, ImportFormat.BOOKS),
                step -> err().printf("%s...%n", step));
        Map<String, Object> result = bench.run(db);
        if (json) {
            out().println(new GsonBuilder().setPrettyPrinting().create().toJson(result));
        } else {
            result.forEach((k, v) -> out().printf("%-32s %s%n", k, v));
        }
        return 0;
    }

    private static long importFile(Catalog catalog, Path file, ImportFormat format) throws java.io.IOException {
        ImportReport report = new ImportService(catalog).run(file, format, ImportOptions.defaults(), ImportListener.NONE, () -> false);
        if (!report.committed()) {
            throw new IllegalStateException("the benchmark import of " + file + " was not committed: " + report.errors());
        }
        return report.imported();
    }
}
