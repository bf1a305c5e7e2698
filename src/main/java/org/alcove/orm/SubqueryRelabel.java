package org.alcove.orm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a QuerySet's SQL aliases of its own before it runs inside another query (Django's
 * {@code bump_prefix}), so that the outer query's names stay visible in it: every join alias
 * ({@code "T1"}, {@code "TU0_1"}) gets a prefix, and the base table, when it is the outer query's
 * table too, an alias. The SQL is parameterised, so its text holds no user values: quoted names
 * are aliases and columns, parentheses are structure.
 */
final class SubqueryRelabel {
    private static final Pattern JOIN_ALIAS = Pattern.compile("\"(T[0-9A-Z_]*)\"");

    private SubqueryRelabel() {
    }

    /** The select's text with its aliases prefixed by {@code prefix}; its base table aliased when {@code aliasBase}. */
    static String relabel(String sql, String quotedTable, String prefix, boolean aliasBase) {
        String out = JOIN_ALIAS.matcher(sql).replaceAll(m -> Matcher.quoteReplacement("\"" + prefix + m.group(1) + "\""));
        if (!aliasBase) {
            return out;
        }
        String alias = "\"" + prefix + "\"";
        List<int[]> shadowing = shadowingScopes(out, quotedTable);
        StringBuilder b = new StringBuilder();
        String from = "FROM " + quotedTable;
        int first = topLevelFrom(out, from, shadowing);
        for (int i = 0; i < out.length(); ) {
            if (i == first) {
                b.append(from).append(' ').append(alias);
                i += from.length();
            } else if (out.startsWith(quotedTable + ".", i) && !inside(shadowing, i)) {
                b.append(alias).append('.');
                i += quotedTable.length() + 1;
            } else {
                b.append(out.charAt(i++));
            }
        }
        return b.toString();
    }

    /** The nested {@code (SELECT ...)} ranges that read {@code table} under its own name, whose references are their own. */
    private static List<int[]> shadowingScopes(String sql, String table) {
        List<int[]> out = new ArrayList<>();
        for (int at = sql.indexOf("(SELECT "); at >= 0; at = sql.indexOf("(SELECT ", at + 1)) {
            int end = closing(sql, at);
            String scope = sql.substring(at, end);
            int f = scope.indexOf("FROM " + table);
            if (f >= 0 && !scope.startsWith(" \"", f + 5 + table.length())) {
                out.add(new int[] {at, end});
            }
        }
        return out;
    }

    private static int topLevelFrom(String sql, String from, List<int[]> shadowing) {
        for (int at = sql.indexOf(from); at >= 0; at = sql.indexOf(from, at + 1)) {
            if (!inside(shadowing, at) && depth(sql, at) == 0) {
                return at;
            }
        }
        return -1;
    }

    private static int depth(String sql, int at) {
        int d = 0;
        for (int i = 0; i < at; i++) {
            char c = sql.charAt(i);
            d += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return d;
    }

    private static int closing(String sql, int open) {
        int d = 0;
        for (int i = open; i < sql.length(); i++) {
            char c = sql.charAt(i);
            d += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (d == 0) {
                return i + 1;
            }
        }
        return sql.length();
    }

    private static boolean inside(List<int[]> ranges, int at) {
        for (int[] r : ranges) {
            if (at >= r[0] && at < r[1]) {
                return true;
            }
        }
        return false;
    }
}
