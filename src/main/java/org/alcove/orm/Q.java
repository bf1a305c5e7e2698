// TEMPORARY stand-in, replaced by main's org.alcove.orm.Q on merge
package org.alcove.orm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * TEMPORARY stand-in for the ORM's {@code Q}: a filter condition combined with and / or / not,
 * with the same public shape and Django's combining rules, so the search language compiles and is
 * tested before the real class lands on main. Deleted when branch h-search is merged.
 *
 * <pre>{@code Q.of("title__icontains", "river").and(Q.of("pages__gt", 400))}</pre>
 */
public final class Q {

    private enum Connector { AND, OR }

    /** One {@code (lookup, value)} leaf, printed as Django prints it. */
    private record Lookup(String lookup, Object value) {
        @Override
        public String toString() {
            return "('" + lookup + "', " + (value instanceof String ? "'" + value + "'" : value) + ")";
        }
    }

    private final Connector connector;
    private final boolean negated;
    private final List<Object> children;

    private Q(Connector connector, boolean negated, List<Object> children) {
        this.connector = connector;
        this.negated = negated;
        this.children = List.copyOf(children);
    }

    /** A condition on one lookup, e.g. {@code Q.of("pages__gt", 400)}. */
    public static Q of(String lookup, Object value) {
        return new Q(Connector.AND, false, List.of(new Lookup(Objects.requireNonNull(lookup), value)));
    }

    /** The empty condition, which matches everything. */
    public static Q all() {
        return new Q(Connector.AND, false, List.of());
    }

    /** Both this and {@code other}. */
    public Q and(Q other) {
        return combine(other, Connector.AND);
    }

    /** Either this or {@code other}. */
    public Q or(Q other) {
        return combine(other, Connector.OR);
    }

    /** The negation of this condition. */
    public Q not() {
        return new Q(connector, !negated, children);
    }

    // Django's Q._combine and tree.Node.add: same-connector, non-negated operands are squashed.
    private Q combine(Q other, Connector with) {
        if (other.children.isEmpty()) {
            return this;
        }
        if (children.isEmpty()) {
            return other;
        }
        List<Object> combined = new ArrayList<>();
        addSquashed(combined, this, with);
        addSquashed(combined, other, with);
        return new Q(with, false, combined);
    }

    private static void addSquashed(List<Object> into, Q operand, Connector with) {
        if (!operand.negated && (operand.connector == with || operand.children.size() == 1)) {
            into.addAll(operand.children);
        } else {
            into.add(operand);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Q q && connector == q.connector && negated == q.negated && children.equals(q.children);
    }

    @Override
    public int hashCode() {
        return Objects.hash(connector, negated, children);
    }

    @Override
    public String toString() {
        String inner = "(" + connector + ": "
                + children.stream().map(Object::toString).collect(Collectors.joining(", ")) + ")";
        return negated ? "(NOT " + inner + ")" : inner;
    }
}
