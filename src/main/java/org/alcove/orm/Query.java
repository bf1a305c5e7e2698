package org.alcove.orm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alcove.orm.internal.dialect.Dialect;
import org.alcove.orm.internal.dialect.Sql;

/**
 * The state of a QuerySet's query: joins, conditions, annotations, ordering, slice, selection.
 * Conditions and expressions are resolved (and their joins made) when added, so a bad field name
 * fails when the QuerySet is built; {@link SelectCompiler} turns the state into SQL. A QuerySet
 * copies its Query before every change, which keeps QuerySets immutable.
 */
final class Query {
    /**
     * One ordering term. {@code groupable}: a column or plain expression that must join the GROUP
     * BY of a values-grouped query (and the SELECT of a DISTINCT one), as in Django; false for
     * aggregates, references to annotations and random order.
     */
    record Ord(Sql expression, boolean descending, boolean groupable, OrderBy.Nulls nulls) {
        Ord(Sql expression, boolean descending, boolean groupable) {
            this(expression, descending, groupable, OrderBy.Nulls.DEFAULT);
        }

        /** The opposite order; NULLs first become NULLs last, as Django's reverse(). */
        Ord reversed() {
            OrderBy.Nulls n = switch (nulls) {
                case FIRST -> OrderBy.Nulls.LAST;
                case LAST -> OrderBy.Nulls.FIRST;
                default -> OrderBy.Nulls.DEFAULT;
            };
            return new Ord(expression, !descending, groupable, n);
        }
    }

    /**
     * How an aggregate annotation groups the rows, fixed by the first one (Django's
     * {@code query.group_by}): by object (the primary key) when annotate() came before values(),
     * by the values selected then when it came after.
     */
    enum Grouping { NONE, OBJECT, VALUES }

    final ModelMeta<?> model;
    final Dialect dialect;
    final String base;
    final String joinPrefix;
    List<Join> joins = new ArrayList<>();
    Map<String, String> forwardJoins = new HashMap<>();
    Map<String, String> lastMultiJoin = new HashMap<>();
    List<Sql> where = new ArrayList<>();
    List<Sql> having = new ArrayList<>();
    LinkedHashMap<String, Compiled> annotations = new LinkedHashMap<>();
    List<Ord> ordering;
    Long limit;
    long offset;
    boolean distinct;
    boolean empty;
    int subqueries;
    Grouping grouping = Grouping.NONE;
    List<Compiled> groupValues = List.of();
    List<String> valueNames;
    List<Compiled> valueColumns;
    int annotationsBeforeValues;
    List<List<FieldMeta>> selectRelated = new ArrayList<>();
    Set<String> deferred = new HashSet<>();
    Set<String> only;
    List<Prefetch> prefetch = new ArrayList<>();
    /** Annotations made by alias(): usable in filters and ordering, never selected. */
    Set<String> aliases = new HashSet<>();
    /** UNION, INTERSECT or EXCEPT of {@link #combined} (Django's {@code combinator}), or null. */
    String combinator;
    boolean combinatorAll;
    List<Query> combined = List.of();
    /** The ordering of a combined query: names of its columns, {@code -} first for descending. */
    List<String> combinedOrdering = List.of();

    Query(ModelMeta<?> model, Dialect dialect, String base, String joinPrefix) {
        this.model = model;
        this.dialect = dialect;
        this.base = base;
        this.joinPrefix = joinPrefix;
    }

    static Query of(ModelMeta<?> model, Dialect dialect) {
        return new Query(model, dialect, dialect.quote(model.table()), "T");
    }

    Query copy() {
        Query q = new Query(model, dialect, base, joinPrefix);
        q.joins = new ArrayList<>(joins);
        q.forwardJoins = new HashMap<>(forwardJoins);
        q.lastMultiJoin = new HashMap<>(lastMultiJoin);
        q.where = new ArrayList<>(where);
        q.having = new ArrayList<>(having);
        q.annotations = new LinkedHashMap<>(annotations);
        q.ordering = ordering == null ? null : new ArrayList<>(ordering);
        q.limit = limit;
        q.offset = offset;
        q.distinct = distinct;
        q.empty = empty;
        q.subqueries = subqueries;
        q.grouping = grouping;
        q.groupValues = groupValues;
        q.valueNames = valueNames == null ? null : new ArrayList<>(valueNames);
        q.valueColumns = valueColumns == null ? null : new ArrayList<>(valueColumns);
        q.annotationsBeforeValues = annotationsBeforeValues;
        q.selectRelated = new ArrayList<>(selectRelated);
        q.deferred = new HashSet<>(deferred);
        q.only = only == null ? null : new HashSet<>(only);
        q.prefetch = new ArrayList<>(prefetch);
        q.aliases = new HashSet<>(aliases);
        q.combinator = combinator;
        q.combinatorAll = combinatorAll;
        q.combined = combined;
        q.combinedOrdering = combinedOrdering;
        return q;
    }

    String col(String alias, FieldMeta f) {
        return alias + "." + dialect.quote(f.column());
    }

    boolean isSliced() {
        return limit != null || offset > 0;
    }

    /**
     * Whether rows come in a defined order (Django's {@code QuerySet.ordered}): an explicit
     * ordering, or the model's default where the query is not grouped. first() and last() order
     * by the primary key otherwise.
     */
    boolean isOrdered() {
        if (combinator != null) {
            return !combinedOrdering.isEmpty();
        }
        if (ordering != null) {
            return !ordering.isEmpty();
        }
        return !model.ordering().isEmpty() && grouping == Grouping.NONE && !hasAggregates();
    }

    /** Records that an aggregate was annotated: the first one decides how rows group. */
    void groupForAggregate() {
        if (grouping != Grouping.NONE) {
            return;
        }
        if (valueNames == null) {
            grouping = Grouping.OBJECT;
            return;
        }
        grouping = Grouping.VALUES;
        List<Compiled> cols = new ArrayList<>();
        for (Compiled c : valueColumns) {
            if (!c.aggregate()) {
                cols.add(c);
            }
        }
        groupValues = List.copyOf(cols);
    }

    boolean hasAggregates() {
        if (!having.isEmpty()) {
            return true;
        }
        for (Compiled c : annotations.values()) {
            if (c.aggregate()) {
                return true;
            }
        }
        return false;
    }

    // ---- joins ---------------------------------------------------------------------------

    String forwardJoin(String parentAlias, FieldMeta fk) {
        String key = forwardJoinKey(parentAlias, fk);
        String alias = forwardJoins.get(key);
        if (alias != null) {
            return alias;
        }
        ModelMeta<?> target = fk.targetMeta();
        alias = dialect.quote(joinPrefix + (joins.size() + 1));
        boolean outer = fk.nullable() || isOuter(parentAlias);
        joins.add(new Join(alias, parentAlias, target.table(), fk.column(), "id", outer));
        forwardJoins.put(key, alias);
        return alias;
    }

    /**
     * For a path ending in a relation's key ({@code author__id}, {@code author__pk}), resolved to
     * {@code target}, whose relation this query already joins: that key read from the joined table;
     * otherwise null (the path reads the foreign-key column, as Django does, joining nothing). The
     * two hold the same value on every row the join keeps, but only the joined key tells SQLite that
     * ordering by {@code author__name, author__id} is the order of an index on the author's name.
     * Terms are read in order: in {@code orderBy("author__id", "author__name")} the key comes
     * before the join.
     */
    String joinedKey(Target target, List<String> parts) {
        String last = parts.get(parts.size() - 1);
        if (target.annotation() != null || !target.field().isRelation() || !(last.equals("id") || last.equals("pk"))) {
            return null;
        }
        String joined = forwardJoins.get(forwardJoinKey(target.alias(), target.field()));
        return joined == null ? null : col(joined, target.field().targetMeta().pk());
    }

    private static String forwardJoinKey(String parentAlias, FieldMeta fk) {
        return parentAlias + "." + fk.name();
    }

    /** Whether an earlier filter or annotation joined {@code rel} from {@code parentAlias}. */
    boolean hasReverseJoin(String parentAlias, ModelMeta.ReverseRelation rel) {
        return lastMultiJoin.containsKey(reverseJoinKey(parentAlias, rel));
    }

    private static String reverseJoinKey(String parentAlias, ModelMeta.ReverseRelation rel) {
        return parentAlias + "<" + rel.name();
    }

    /**
     * The other side of a one-to-one relation, joined once and reused as a forward join is: a
     * single row or none, so LEFT OUTER, which keeps the rows without one for an exclude or an
     * {@code isnull} and gives a filter the same rows an inner join would.
     */
    String reverseOneJoin(String parentAlias, ModelMeta.ReverseRelation rel) {
        String key = reverseJoinKey(parentAlias, rel);
        String alias = forwardJoins.get(key);
        if (alias == null) {
            alias = dialect.quote(joinPrefix + (joins.size() + 1));
            joins.add(new Join(alias, parentAlias, rel.model().table(), "id", rel.field().column(), true));
            forwardJoins.put(key, alias);
        }
        return alias;
    }

    String reverseJoin(String parentAlias, ModelMeta.ReverseRelation rel, JoinPolicy policy) {
        return multiJoin(reverseJoinKey(parentAlias, rel), policy,
                alias -> new Join(alias, parentAlias, rel.model().table(), "id", rel.field().column(),
                        policy.outer || isOuter(parentAlias)));
    }

    /**
     * The through table of a many-to-many relation, joined from {@code parentAlias} (its rows whose
     * {@code modelColumn} is the parent's id); reused as {@link #reverseJoin} reuses joins.
     */
    String manyToManyThroughJoin(String parentAlias, ManyToManyRelation rel, JoinPolicy policy) {
        return multiJoin(parentAlias + "<<" + rel.name() + "#through", policy,
                alias -> new Join(alias, parentAlias, rel.throughTable(), "id", rel.modelColumn(),
                        policy.outer || isOuter(parentAlias)));
    }

    /** The target table of a many-to-many relation, joined through its through table. */
    String manyToManyJoin(String parentAlias, ManyToManyRelation rel, JoinPolicy policy) {
        String through = manyToManyThroughJoin(parentAlias, rel, policy);
        return multiJoin(parentAlias + "<<" + rel.name(), policy,
                alias -> new Join(alias, through, rel.target().table(), rel.targetColumn(), "id",
                        policy.outer || isOuter(through)));
    }

    private String multiJoin(String key, JoinPolicy policy, java.util.function.Function<String, Join> make) {
        String alias = policy.reuse.get(key);
        if (alias == null && policy.reuseLatest) {
            alias = lastMultiJoin.get(key);
        }
        if (alias != null) {
            return alias;
        }
        alias = dialect.quote(joinPrefix + (joins.size() + 1));
        joins.add(make.apply(alias));
        policy.reuse.put(key, alias);
        lastMultiJoin.put(key, alias);
        return alias;
    }

    boolean isOuter(String alias) {
        for (Join j : joins) {
            if (j.alias().equals(alias)) {
                return j.outer();
            }
        }
        return false;
    }

    /** Makes the reverse-relation joins made since the first {@code from} joins LEFT OUTER (for an OR). */
    void makeReverseJoinsOuter(int from) {
        for (int i = from; i < joins.size(); i++) {
            String alias = joins.get(i).alias();
            if (lastMultiJoin.containsValue(alias)) {
                makeOuter(alias);
            }
        }
    }

    /**
     * Makes the join called {@code alias} LEFT OUTER together with the joins it hangs from (a
     * many-to-many target hangs from its through table) and every join hanging from it: what an
     * {@code isnull=True} across the path needs.
     */
    void makePathOuter(String alias) {
        for (Join j : joins) {
            if (j.alias().equals(alias) && !j.parentAlias().equals(base)) {
                makePathOuter(j.parentAlias());
            }
        }
        makeOuter(alias);
    }

    /** Makes the join called {@code alias}, and every join hanging from it, LEFT OUTER. */
    void makeOuter(String alias) {
        for (int i = 0; i < joins.size(); i++) {
            Join j = joins.get(i);
            if (j.alias().equals(alias) && !j.outer()) {
                joins.set(i, j.asOuter());
                for (Join child : List.copyOf(joins)) {
                    if (child.parentAlias().equals(alias)) {
                        makeOuter(child.alias());
                    }
                }
            }
        }
    }

    /** How a resolution may create and reuse multi-valued joins. */
    static final class JoinPolicy {
        final Map<String, String> reuse = new HashMap<>();
        final boolean outer;
        final boolean reuseLatest;
        final boolean allowJoins;

        private JoinPolicy(boolean outer, boolean reuseLatest, boolean allowJoins) {
            this.outer = outer;
            this.reuseLatest = reuseLatest;
            this.allowJoins = allowJoins;
        }

        /** A filter() call: its multi-valued joins are its own, shared only within the call. */
        static JoinPolicy filter() {
            return new JoinPolicy(false, false, true);
        }

        /** annotate/aggregate/orderBy: LEFT joins, reusing the joins earlier filters made. */
        static JoinPolicy annotate() {
            return new JoinPolicy(true, true, true);
        }

        /** update(): no joins at all. */
        static JoinPolicy noJoins() {
            return new JoinPolicy(false, false, false);
        }
    }

    // ---- path resolution -----------------------------------------------------------------

    /**
     * Where a lookup path leads: the column (or annotation) it names and the parts left over
     * (lookups and transforms).
     */
    record Target(String alias, ModelMeta<?> model, FieldMeta field, String column, Compiled annotation,
                  boolean multiValued, List<String> rest) {
    }

    boolean isName(ModelMeta<?> m, String name) {
        return name.equals("pk") || m.field(name).isPresent() || m.reverseRelation(name).isPresent() || attnameField(m, name) != null
                || m.manyToMany(name).isPresent();
    }

    Target resolve(List<String> parts, JoinPolicy policy) {
        String alias = base;
        ModelMeta<?> m = model;
        boolean multi = false;
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if (i == 0 && annotations.containsKey(p) && m.field(p).isEmpty()) {
                return new Target(alias, m, annotations.get(p).field(), null, annotations.get(p), false,
                        parts.subList(1, parts.size()));
            }
            FieldMeta f = p.equals("pk") ? m.pk() : m.field(p).orElse(null);
            FieldMeta keyOf = f == null ? attnameField(m, p) : null;
            if (keyOf != null) { // author_id: the foreign key's own column, as Django's attname
                return new Target(alias, m, keyOf, col(alias, keyOf), null, multi, parts.subList(i + 1, parts.size()));
            }
            if (f != null) {
                boolean more = i + 1 < parts.size();
                if (f.isRelation() && more) {
                    String next = parts.get(i + 1);
                    if (next.equals("id") || next.equals("pk")) {
                        return new Target(alias, m, f, col(alias, f), null, multi, parts.subList(i + 2, parts.size()));
                    }
                    ModelMeta<?> target = f.targetMeta();
                    if (isName(target, next)) {
                        requireJoins(policy, parts);
                        alias = forwardJoin(alias, f);
                        m = target;
                        continue;
                    }
                    if (!ExpressionCompiler.LOOKUPS.contains(next)) {
                        throw new FieldError("Cannot resolve keyword '" + next + "' into field. Choices are: "
                                + target.choices(List.of()));
                    }
                }
                return new Target(alias, m, f, col(alias, f), null, multi, parts.subList(i + 1, parts.size()));
            }
            ManyToManyRelation mm = m.manyToMany(p).orElse(null);
            if (mm != null) {
                requireJoins(policy, parts);
                boolean more = i + 1 < parts.size();
                if (more && (parts.get(i + 1).equals("id") || parts.get(i + 1).equals("pk"))) {
                    // the target's id is in the through table: no need to join the target
                    String through = manyToManyThroughJoin(alias, mm, policy);
                    return new Target(through, mm.target(), mm.target().pk(), through + "." + dialect.quote(mm.targetColumn()),
                            null, true, parts.subList(i + 2, parts.size()));
                }
                alias = manyToManyJoin(alias, mm, policy);
                m = mm.target();
                multi = true;
                if (!more || !isName(m, parts.get(i + 1))) {
                    return new Target(alias, m, m.pk(), col(alias, m.pk()), null, true, parts.subList(i + 1, parts.size()));
                }
                continue;
            }
            ModelMeta.ReverseRelation rel = m.reverseRelation(p).orElse(null);
            if (rel != null && rel.single()) {
                requireJoins(policy, parts);
                alias = reverseOneJoin(alias, rel);
                m = rel.model();
                if (i + 1 == parts.size() || !isName(m, parts.get(i + 1))) {
                    return new Target(alias, m, m.pk(), col(alias, m.pk()), null, multi, parts.subList(i + 1, parts.size()));
                }
                continue;
            }
            if (rel != null) {
                requireJoins(policy, parts);
                alias = reverseJoin(alias, rel, policy);
                m = rel.model();
                multi = true;
                if (i + 1 == parts.size() || !isName(m, parts.get(i + 1))) {
                    return new Target(alias, m, m.pk(), col(alias, m.pk()), null, true, parts.subList(i + 1, parts.size()));
                }
                continue;
            }
            throw new FieldError("Cannot resolve keyword '" + p + "' into field. Choices are: "
                    + m.choices(i == 0 ? annotations.keySet() : List.of()));
        }
        throw new FieldError("Empty lookup path");
    }

    /** The foreign key whose attname ({@code <field>_id}) is {@code name}, or null. */
    static FieldMeta attnameField(ModelMeta<?> m, String name) {
        if (!name.endsWith("_id")) {
            return null;
        }
        return m.field(name.substring(0, name.length() - 3)).filter(FieldMeta::isRelation).orElse(null);
    }

    private static void requireJoins(JoinPolicy policy, List<String> parts) {
        if (!policy.allowJoins) {
            throw new FieldError("Joined field references are not permitted in this query: " + String.join("__", parts));
        }
    }

    /** The first multi-valued relation (reverse or many-to-many) a path crosses, as an index into parts, or -1. */
    int firstReverseHop(List<String> parts) {
        ModelMeta<?> m = model;
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if (i == 0 && annotations.containsKey(p)) {
                return -1;
            }
            FieldMeta f = m.field(p).orElse(null);
            if (f != null) {
                if (!f.isRelation()) {
                    return -1;
                }
                m = f.targetMeta();
                continue;
            }
            ModelMeta.ReverseRelation rel = m.reverseRelation(p).orElse(null);
            if (rel != null && rel.single()) {
                m = rel.model();
                continue;
            }
            if (rel != null || m.manyToMany(p).isPresent()) {
                return i;
            }
            return -1;
        }
        return -1;
    }
}
