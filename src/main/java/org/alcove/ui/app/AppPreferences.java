package org.alcove.ui.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.alcove.ui.importing.ColumnMappings;

/**
 * What the window remembers between runs (java.util.prefs): the theme, the recent catalogues, the
 * split panes' dividers, the books table's columns, and the fields chosen for the columns of
 * generic CSV files, per header.
 */
public final class AppPreferences implements ColumnMappings {
    private static final String MAPPINGS = "csvColumnMappings";
    private static final int MAX_MAPPINGS = 50;
    private static final int MAX_RECENT = 8;
    private static final String THEME = "theme";
    private static final String RECENT = "recentCatalogues";
    private static final String RECENT_SHARED = "recentShared";
    private static final String DIVIDERS = "mainDividers";
    private static final String BOOK_COLUMNS = "bookColumns";

    private final Preferences node;

    public AppPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's preferences for Alcove. */
    public static AppPreferences forUser() {
        return new AppPreferences(Preferences.userRoot().node("org/alcove/ui"));
    }

    public Theme theme() {
        try {
            return Theme.valueOf(node.get(THEME, Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    public void setTheme(Theme theme) {
        node.put(THEME, theme.name());
    }

    /**
     * Where the main window's split pane had its dividers (fractions of its width), or
     * {@code defaults} when never moved or the saved value is not two fractions in order.
     */
    public double[] dividers(double[] defaults) {
        String[] parts = node.get(DIVIDERS, "").split(",");
        if (parts.length != defaults.length) {
            return defaults;
        }
        double[] out = new double[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                out[i] = Double.parseDouble(parts[i]);
                if (!(out[i] > 0 && out[i] < 1) || (i > 0 && out[i] <= out[i - 1])) {
                    return defaults;
                }
            }
        } catch (NumberFormatException e) {
            return defaults;
        }
        return out;
    }

    public void setDividers(double[] positions) {
        node.put(DIVIDERS, java.util.Arrays.stream(positions).mapToObj(d -> String.format(java.util.Locale.ROOT, "%.4f", d))
                .collect(java.util.stream.Collectors.joining(",")));
    }

    /**
     * The books table's columns as the user left them (order, widths, which are shown), in the
     * table's own notation ({@code org.alcove.ui.books.ColumnChooser}); empty when never changed or reset.
     */
    public String bookColumns() {
        return node.get(BOOK_COLUMNS, "");
    }

    /** Keeps the books table's columns; empty forgets them (Reset Columns). */
    public void setBookColumns(String layout) {
        if (layout.isEmpty() || layout.length() > Preferences.MAX_VALUE_LENGTH) {
            node.remove(BOOK_COLUMNS);
        } else {
            node.put(BOOK_COLUMNS, layout);
        }
    }

    /** Recently opened catalogues, most recent first. */
    public List<Path> recent() {
        String joined = node.get(RECENT, "");
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split("\n")).map(Path::of).toList();
    }

    /** The catalogue opened last, if any. */
    public Optional<Path> lastCatalogue() {
        return recent().stream().findFirst();
    }

    /** Puts {@code file} first in the recent list. */
    public List<Path> addRecent(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(recent());
        list.remove(abs);
        list.add(0, abs);
        while (list.size() > MAX_RECENT) {
            list.remove(list.size() - 1);
        }
        node.put(RECENT, String.join("\n", list.stream().map(Path::toString).toList()));
        return List.copyOf(list);
    }

    /** Recently opened shared catalogues' connection strings (never a password), most recent first. */
    public List<String> recentShared() {
        String joined = node.get(RECENT_SHARED, "");
        return joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
    }

    /** Puts the connection string {@code url} first among the recent shared catalogues; one holding a password is not kept. */
    public List<String> addRecentShared(String url) {
        if (url.matches("(?i)[a-z]+://[^/@]*:[^/@]*@.*") || url.toLowerCase(java.util.Locale.ROOT).contains("password=")) {
            return recentShared();
        }
        List<String> list = new ArrayList<>(recentShared());
        list.remove(url);
        list.add(0, url);
        while (list.size() > MAX_RECENT) {
            list.remove(list.size() - 1);
        }
        node.put(RECENT_SHARED, String.join("\n", list));
        return List.copyOf(list);
    }

    /** The header as one key of at most 80 characters (the preferences' limit): a SHA-256 of its names. */
    private static String key(List<String> header) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\u0001", header).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public Optional<Map<String, String>> saved(List<String> header) {
        String value = node.node(MAPPINGS).get(key(header), null);
        if (value == null) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : value.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0 && header.contains(line.substring(0, tab))) {
                fields.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return Optional.of(fields);
    }

    @Override
    public void save(List<String> header, Map<String, String> fields) {
        StringBuilder value = new StringBuilder();
        fields.forEach((column, field) -> value.append(column.replace('\n', ' ').replace('\t', ' ')).append('\t').append(field).append('\n'));
        if (value.length() > Preferences.MAX_VALUE_LENGTH) {
            return; // a header too long to keep: the guess is made again next time
        }
        Preferences mappings = node.node(MAPPINGS);
        try {
            String[] keys = mappings.keys();
            if (keys.length >= MAX_MAPPINGS) {
                mappings.remove(keys[0]); // keep a bounded number of headers
            }
        } catch (BackingStoreException e) {
            // the store cannot list its keys: keep the mapping anyway
        }
        mappings.put(key(header), value.toString());
    }
}
