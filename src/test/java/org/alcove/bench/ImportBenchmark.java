package org.alcove.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.CatalogPaths;
import org.alcove.catalog.importing.ImportListener;
import org.alcove.catalog.importing.ImportOptions;
import org.alcove.catalog.importing.ImportService;
import org.alcove.catalog.io.ImportFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The authors import (the workload's W1) warmed up, beside the JDBC peer's loop on the same file:
 * {@code alcove bench}, like the peers, times one cold run, where the JIT has not yet compiled the
 * import path; this shows the steady state. Each invocation imports 100,000 authors (names,
 * optional dates, biographies with commas, quotes and line breaks, as {@code gen_data.py} writes
 * them) into a new file, opened (and its schema made) before the clock starts on either side, as
 * {@code alcove bench} and the JDBC peer time W1. Run on request with the others:
 * {@code mvn -Pjmh test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 8)
@Fork(1)
public class ImportBenchmark {
    static final int AUTHORS = 100_000;

    private Path dir;
    private Path csv;
    private Path target;
    private int round;
    private Catalog catalog;
    private Connection connection;

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        dir = Files.createTempDirectory("alcove-import-bench");
        csv = dir.resolve("authors.csv");
        Random rnd = new Random(7);
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("name,birth_date,biography\n");
            for (int i = 0; i < AUTHORS; i++) {
                String born = rnd.nextInt(10) == 0 ? "" : String.format("%04d-%02d-%02d", 1700 + rnd.nextInt(300), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                int kind = rnd.nextInt(10);
                String bio = kind < 3 ? "" : kind < 9 ? "\"Writer of river and stone, born in a sea town.\""
                        : "\"Known as \"\"the fire writer\"\".\nSecond line, with a comma.\"";
                w.write("Author Name " + i + "," + born + "," + bio + "\n");
            }
        }
    }

    /** A new catalogue for Alcove and a new file with the author table for the JDBC loop. */
    @Setup(Level.Invocation)
    public void freshTargets() throws SQLException {
        target = dir.resolve("round-" + (round++));
        catalog = Catalog.open(Path.of(target + ".alcove"));
        connection = DriverManager.getConnection("jdbc:sqlite:" + target + ".db");
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE author (id INTEGER PRIMARY KEY AUTOINCREMENT, name varchar(100) NOT NULL, "
                    + "birth_date date NULL, biography text NOT NULL)");
        }
    }

    @TearDown(Level.Invocation)
    public void dropTargets() throws IOException, SQLException {
        catalog.close();
        connection.close();
        for (String file : List.of(target + ".alcove", target + ".db")) {
            Files.deleteIfExists(Path.of(file));
            CatalogPaths.deleteLogFiles(Path.of(file));
        }
    }

    @TearDown(Level.Trial)
    public void removeFile() throws IOException {
        Files.deleteIfExists(csv);
        Files.deleteIfExists(dir);
    }

    /** Alcove's import service, as {@code alcove import-authors} runs it. */
    @Benchmark
    public long alcoveImportService() throws IOException {
        return new ImportService(catalog).run(csv, ImportFormat.AUTHORS, ImportOptions.defaults(),
                ImportListener.NONE, () -> false).imported();
    }

    /** The JDBC peer's W1: Commons CSV into one prepared INSERT, batches of 1,000, one transaction. */
    @Benchmark
    public long handWrittenJdbc() throws IOException, SQLException {
        Connection c = connection;
        c.setAutoCommit(false);
        long n = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(csv);
                PreparedStatement ps = c.prepareStatement("INSERT INTO author(name,birth_date,biography) VALUES (?,?,?)")) {
            for (CSVRecord rec : format.parse(r)) {
                ps.setString(1, rec.get(0));
                if (rec.get(1).isEmpty()) {
                    ps.setNull(2, Types.VARCHAR);
                } else {
                    ps.setString(2, rec.get(1));
                }
                ps.setString(3, rec.get(2));
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        c.commit();
        return n;
    }
}
