package org.alcove.orm;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * One real PostgreSQL server per test JVM, from zonky's build of the server binaries (a Maven test
 * dependency): unpacked into a temporary folder, {@code initdb} and {@code pg_ctl} run, listening
 * on a free loopback port, stopped and deleted at JVM exit. PostgreSQL refuses to run as root, so
 * as root (this machine and CI) the server runs as {@code nobody} through {@code setpriv}. Each
 * caller of {@link #freshDatabase} gets a database of its own.
 */
public final class EmbeddedPostgres {
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile EmbeddedPostgres server;

    private final Path home;
    private final Path data;
    private final int port;
    private final boolean asNobody;

    private EmbeddedPostgres(Path home, Path data, int port, boolean asNobody) {
        this.home = home;
        this.data = data;
        this.port = port;
        this.asNobody = asNobody;
    }

    /** The server, started on first use. */
    public static EmbeddedPostgres get() {
        EmbeddedPostgres s = server;
        if (s == null) {
            synchronized (EmbeddedPostgres.class) {
                if (server == null) {
                    server = start();
                }
                s = server;
            }
        }
        return s;
    }

    /** Whether this machine can run the bundled server (the binaries are built for Linux on x86-64). */
    public static boolean available() {
        return System.getProperty("os.name").startsWith("Linux") && System.getProperty("os.arch").matches("amd64|x86_64")
                && EmbeddedPostgres.class.getClassLoader().getResource(ARCHIVE) != null;
    }

    /** A new, empty database on the server; returns its {@code postgresql://} connection string. */
    public String freshDatabase() {
        String name = "alcove_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
        }
        return url(name);
    }

    /** The connection string of database {@code name} on this server. */
    public String url(String name) {
        return "postgresql://postgres@127.0.0.1:" + port + "/" + name;
    }

    /** The JDBC URL of database {@code name} on this server. */
    public String jdbcUrl(String name) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
    }

    private static EmbeddedPostgres start() {
        if (!available()) {
            throw new IllegalStateException("the embedded PostgreSQL binaries are for Linux on x86-64 only");
        }
        try {
            Path home = Files.createTempDirectory("alcove-pg-");
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
            unpack(home);
            boolean asNobody = "root".equals(System.getProperty("user.name"));
            Path data = home.resolve("data");
            Files.createDirectory(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            if (asNobody) {
                run(List.of("chown", "65534:65534", data.toString()), false, home);
            }
            EmbeddedPostgres pg = new EmbeddedPostgres(home, data.resolve("cluster"), freePort(), asNobody);
            pg.initAndStart();
            Runtime.getRuntime().addShutdownHook(new Thread(pg::stopAndDelete, "embedded-postgres-stop"));
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    private void initAndStart() throws IOException {
        run(List.of(home.resolve("bin/initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--locale=C.UTF-8", "--lc-collate=C", "--no-sync"), asNobody, home);
        // fsync off: a test server's data is thrown away with the JVM, so nothing needs to survive a crash
        run(List.of(home.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-l", data.getParent().resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -h 127.0.0.1 -k " + data.getParent()
                        + " -F -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                "start"), asNobody, home);
    }

    private void stopAndDelete() {
        try {
            run(List.of(home.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"), asNobody, home);
        } catch (IOException | RuntimeException e) {
            // the JVM is ending: nothing more to do than try
        }
        try (Stream<Path> all = Files.walk(home)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }

    private static void unpack(Path home) throws IOException {
        try (InputStream raw = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE);
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(raw, 1 << 16)))) {
            List<TarArchiveEntry> links = new ArrayList<>();
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                Path to = home.resolve(e.getName()).normalize();
                if (!to.startsWith(home)) {
                    throw new IOException("archive entry outside its folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                } else if (e.isSymbolicLink()) {
                    links.add(e);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(tar, to);
                    if ((e.getMode() & 0100) != 0) {
                        to.toFile().setExecutable(true, false);
                    }
                }
            }
            for (TarArchiveEntry e : links) {
                Path to = home.resolve(e.getName());
                Files.createDirectories(to.getParent());
                Files.createSymbolicLink(to, Path.of(e.getLinkName()));
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void run(List<String> command, boolean asNobody, Path dir) throws IOException {
        List<String> full = new ArrayList<>();
        if (asNobody) {
            full.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        full.addAll(command);
        Path log = Files.createTempFile(dir, "cmd-", ".log");
        Process p = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in 120 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", full) + " failed (" + p.exitValue() + "): " + Files.readString(log));
        }
    }
}
