package org.alcove.orm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A filter condition that combines with {@code and}, {@code or} and {@code not}, as Django's Q.
 *
 * <pre>{@code
 * books.filter(Q.of("genre", Genre.FIC).or(Q.of("pages__gt", 400)).and(Q.of("title__icontains", "war").not()))
 * }</pre>
 *
 * A Q is an immutable tree: its children are other Qs and (lookup, value) pairs.
 */
public final class Q {
    /** How the children of a node combine. */
    public enum Connector { AND, OR }

    /** A leaf of the tree: a lookup such as {@code author__name__istartswith} and its value. */
    public record Lookup(String lookup, Object value) {
        public Lookup {
            Objects.requireNonNull(lookup, "lookup");
        }

        @Override
        public String toString() {
            return "('" + lookup + "', " + (value instanceof String ? "'" + value + "'" : value) + ")";
        }
    }

    private static final Q ALL = new Q(Connector.AND, false, List.of());

    private final Connector connector;
    private final boolean negated;
    private final List<Object> children;

    private Q(Connector connector, boolean negated, List<Object> children) {
        this.connector = connector;
        this.negated = negated;
        this.children = List.copyOf(children);
    }

    /** A condition on one lookup: {@code Q.of("pages__gt", 400)}. */
    public static Q of(String lookup, Object value) {
        return new Q(Connector.AND, false, List.of(new Lookup(lookup, value)));
    }

    /**
     * This condition with every lookup path renamed, or null when {@code rename} refuses a path
     * (returns null) or a value is an expression, which would have to be resolved elsewhere.
     */
    Q renamed(java.util.function.UnaryOperator<String> rename) {
        List<Object> out = new ArrayList<>(children.size());
        for (Object child : children) {
            if (child instanceof Q sub) {
                Q r = sub.renamed(rename);
                if (r == null) {
                    return null;
                }
                out.add(r);
            } else {
                Lookup l = (Lookup) child;
                String path = rename.apply(l.lookup());
                if (path == null || l.value() instanceof Expression) {
                    return null;
                }
                out.add(new Lookup(path, l.value()));
            }
        }
        return new Q(connector, negated, out);
    }

    /** The empty condition, which matches everything. */
    public static Q all() {
        return ALL;
    }

    /** Both this and {@code other}. */
    public Q and(Q other) {
        return combine(other, Connector.AND);
    }

    /** Either this or {@code other}. */
    public Q or(Q other) {
        return combine(other, Connector.OR);
    }

    /**
     * The negation of this condition. A negated condition is wrapped, not un-negated, as Django's
     * {@code ~} does: {@code NOT (NOT x)} still sends a path across a reverse relation into a
     * subquery, so {@code exclude(Q.of("books__genre", "SCI").not())} gives each author once.
     */
    public Q not() {
        if (negated) {
            return new Q(Connector.AND, true, List.of(this));
        }
        if (children.size() == 1 && children.get(0) instanceof Q only) {
            return only.not();
        }
        return new Q(connector, true, children);
    }

    private Q combine(Q other, Connector how) {
        Objects.requireNonNull(other, "other");
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        List<Object> parts = new ArrayList<>();
        addFlattened(parts, this, how);
        addFlattened(parts, other, how);
        return new Q(how, false, parts);
    }

    private static void addFlattened(List<Object> parts, Q q, Connector how) {
        if (!q.negated && (q.connector == how || q.children.size() == 1)) {
            parts.addAll(q.children);
        } else {
            parts.add(q);
        }
    }

    /** Whether this condition has no children (and so matches everything). */
    public boolean isEmpty() {
        return children.isEmpty();
    }

    public Connector connector() {
        return connector;
    }

    public boolean negated() {
        return negated;
    }

    /** The children: {@link Q} and {@link Lookup} instances. */
    public List<Object> children() {
        return children;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Q q && q.connector == connector && q.negated == negated && q.children.equals(children);
    }

    @Override
    public int hashCode() {
        return Objects.hash(connector, negated, children);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        if (negated) {
            sb.append("NOT (");
        }
        sb.append(connector).append(':');
        for (Object c : children) {
            sb.append(' ').append(c).append(',');
        }
        if (!children.isEmpty()) {
            sb.setLength(sb.length() - 1);
        }
        sb.append(negated ? "))" : ")");
        return sb.toString();
    }
}
