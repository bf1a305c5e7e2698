package org.alcove.orm;

import java.util.ArrayList;
import java.util.List;

/** Splitting lookup paths on {@code __} without a regular expression (this runs for every filter). */
final class Lookups {
    private Lookups() {
    }

    static List<String> split(String path) {
        List<String> parts = new ArrayList<>(4);
        int start = 0;
        int at;
        while ((at = path.indexOf("__", start)) >= 0) {
            parts.add(path.substring(start, at));
            start = at + 2;
        }
        parts.add(path.substring(start));
        return parts;
    }
}
