package org.alcove;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Alcove's version, as the build stamped it. */
public final class Version {
    private static final String VALUE = read();

    private Version() {
    }

    /** The version, e.g. {@code 0.1.0}. */
    public static String get() {
        return VALUE;
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("version.txt")) {
            return in == null ? "dev" : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "dev";
        }
    }
}
