package org.alcove.orm.internal.dialect;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alcove.orm.DatabaseError;

/**
 * A PostgreSQL connection string as libpq writes it, {@code postgresql://user@host:5432/name}
 * (also {@code postgres://}, the port optional, {@code ?sslmode=require} and other parameters passed
 * on to the driver). It carries no password: the driver reads {@code ~/.pgpass} (or the file
 * {@code PGPASSFILE} names) and the password may come from the {@code PGPASSWORD} environment
 * variable, so none is ever written into the app's settings.
 *
 * @param user     the login, or the operating system's user name when the URL names none
 * @param host     the server's host name or address
 * @param port     the server's port
 * @param database the database on the server
 * @param params   further connection parameters, passed on to the driver
 */
public record PostgresUrl(String user, String host, int port, String database, Map<String, String> params) {
    private static final Pattern FORM = Pattern.compile(
            "postgres(?:ql)?://(?:([^:@/]*)(:[^@/]*)?@)?(\\[[^\\]]+\\]|[^:/?]+)(?::(\\d{1,5}))?/([^?/]+)(?:\\?(.*))?");

    public PostgresUrl {
        params = Map.copyOf(params);
    }

    /** Whether {@code where} is a PostgreSQL connection string rather than a file name. */
    public static boolean isUrl(String where) {
        return where.startsWith("postgresql://") || where.startsWith("postgres://");
    }

    /**
     * Reads a connection string, failing with a sentence saying what is wrong (a password in it,
     * no database name).
     */
    public static PostgresUrl parse(String where) {
        Matcher m = FORM.matcher(where.trim());
        if (!m.matches()) {
            throw new DatabaseError("Not a PostgreSQL connection string: " + where
                    + " (expected postgresql://user@host:5432/name)");
        }
        if (m.group(2) != null) {
            throw new DatabaseError("The connection string holds a password; leave it out and give it in PGPASSWORD or ~/.pgpass,"
                    + " so that it is never saved with the catalogue's name");
        }
        String user = m.group(1) == null || m.group(1).isEmpty() ? System.getProperty("user.name") : decode(m.group(1));
        int port = m.group(4) == null ? 5432 : Integer.parseInt(m.group(4));
        if (port < 1 || port > 65535) {
            throw new DatabaseError("Not a port: " + m.group(4));
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (m.group(6) != null && !m.group(6).isEmpty()) {
            for (String pair : m.group(6).split("&")) {
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                if (key.equalsIgnoreCase("password")) {
                    throw new DatabaseError("The connection string holds a password; give it in PGPASSWORD or ~/.pgpass instead");
                }
                params.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return new PostgresUrl(user, m.group(3), port, decode(m.group(5)), params);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The JDBC URL of the database, without the login. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8);
    }

    /**
     * The driver's properties: the user, the password from {@code environment}'s
     * {@code PGPASSWORD} when set (else the driver looks in {@code ~/.pgpass}), strings sent untyped
     * so the server reads ISO dates as dates, and the URL's own parameters.
     */
    public Properties properties(Function<String, String> environment) {
        Properties p = new Properties();
        p.setProperty("user", user);
        String password = environment.apply("PGPASSWORD");
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("stringtype", "unspecified");
        p.setProperty("ApplicationName", "Alcove");
        p.setProperty("connectTimeout", "10");
        params.forEach(p::setProperty);
        return p;
    }

    /** Opens a connection (not yet configured) with the process's environment. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), properties(System::getenv));
    }

    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }
}
