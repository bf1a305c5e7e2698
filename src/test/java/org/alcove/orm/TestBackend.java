package org.alcove.orm;

import java.nio.file.Path;

/**
 * The database the ORM's tests run on: a SQLite file (the default), or, with the system property
 * {@code alcove.test.backend=postgresql} (the build's second test run), a fresh database on the
 * embedded PostgreSQL server. Tests open their databases here instead of with {@link Database#open}.
 */
public final class TestBackend {
    /** The system property naming the backend. */
    public static final String PROPERTY = "alcove.test.backend";

    private TestBackend() {
    }

    /** Whether this run's tests go to PostgreSQL. */
    public static boolean postgres() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    /** The backend's name, as its dialect says it: {@code sqlite} or {@code postgresql}. */
    public static String name() {
        return postgres() ? "postgresql" : "sqlite";
    }

    /** A new, empty database: the SQLite file {@code file}, or a fresh database on the test server. */
    @SafeVarargs
    @SuppressWarnings("varargs") // models is handed on as it came, to the two @SafeVarargs openings
    public static Database open(Path file, Class<? extends Model>... models) {
        return postgres() ? Database.connect(EmbeddedPostgres.get().freshDatabase(), models) : Database.open(file, models);
    }
}
