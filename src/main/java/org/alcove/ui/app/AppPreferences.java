package org.alcove.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

/** What the window remembers between runs (java.util.prefs): the theme and the recent catalogues. */
public final class AppPreferences {
    private static final int MAX_RECENT = 8;
    private static final String THEME = "theme";
    private static final String RECENT = "recentCatalogues";

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
}
