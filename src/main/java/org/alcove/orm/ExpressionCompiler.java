package org.alcove.orm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.alcove.orm.internal.dialect.Sql;

/**
 * Renders Q conditions and expressions against a {@link Query}: resolves every path (making the
 * joins it needs), applies the lookups, and binds every value as a parameter.
 */
final class ExpressionCompiler {
    static final Set<String> LOOKUPS = Set.of("exact", "iexact", "contains", "icontains", "in", "gt", "gte", "lt",
            "lte", "startswith", "istartswith", "endswith", "iendswith", "range", "isnull", "regex", "iregex");
    static final Set<String> TRANSFORMS = Set.of("year", "month", "day", "quarter", "week_day", "iso_week_day", "week",
            "iso_year", "hour", "minute", "second", "date");
    /** The transforms only a date and time has: a date has no hours, and is its own date. */
    static final Set<String> TIME_TRANSFORMS = Set.of("hour", "minute", "second", "date");
    private static final Set<String> TEXT_LOOKUPS = Set.of("iexact", "contains", "icontains", "startswith", "istartswith",
            "endswith", "iendswith");
    /** The text transform that compares without accents ({@link Unaccent}). */
    static final String UNACCENT = "unaccent";

    private final Query query;
    private final Query.JoinPolicy policy;
    private boolean aggregate;
    private boolean aggregateCall;
    private boolean perRowAggregates;

    ExpressionCompiler(Query query, Query.JoinPolicy policy) {
        this.query = query;
        this.policy = policy;
    }

    /**
     * Lets aggregates over one reverse relation of each row become a subquery per row (see
     * {@link #correlated}); for annotate() on rows of the model, never on values() groups.
     */
    ExpressionCompiler perRowAggregates() {
        perRowAggregates = true;
        return this;
    }

    /** Whether anything compiled so far refers to an aggregate (so belongs in HAVING). */
    boolean sawAggregate() {
        return aggregate;
    }

    /**
     * Whether anything compiled so far called an aggregate, even one turned into a per-row
     * subquery: the query then groups, as far as Django's semantics go (no default ordering).
     */
    boolean sawAggregateCall() {
        return aggregateCall;
    }

    // ---- conditions ----------------------------------------------------------------------

    Sql condition(Q q, boolean negated) {
        return condition(q, negated, negated);
    }

    /**
     * A Q node. {@code negated}: whether the node's result is negated overall (NOT NOT cancels);
     * {@code branchNegated}: whether any NOT lies above it, which sends a path across a reverse
     * relation into a subquery however many NOTs there are (Django's split_exclude). The reverse
     * relations an OR joins are LEFT OUTER, so a parent without children can match another branch.
     */
    private Sql condition(Q q, boolean negated, boolean branchNegated) {
        boolean neg = negated ^ q.negated();
        boolean branch = branchNegated || q.negated();
        Sql sql = new Sql();
        if (q.isEmpty()) {
            return sql.append("1 = 1");
        }
        boolean or = q.connector() == Q.Connector.OR && q.children().size() > 1;
        int joinsBefore = query.joins.size();
        String joiner = or ? " OR " : " AND ";
        if (q.negated()) {
            sql.append("NOT ");
        }
        sql.append("(");
        boolean first = true;
        for (Object child : q.children()) {
            if (!first) {
                sql.append(joiner);
            }
            first = false;
            if (child instanceof Q sub) {
                sql.append(condition(sub, neg, branch));
            } else {
                Q.Lookup l = (Q.Lookup) child;
                sql.append(leaf(l.lookup(), l.value(), neg, branch));
            }
        }
        if (or) {
            query.makeReverseJoinsOuter(joinsBefore);
        }
        return sql.append(")");
    }

    Sql leaf(String path, Object value, boolean negated) {
        return leaf(path, value, negated, negated);
    }

    private Sql leaf(String path, Object value, boolean negated, boolean branchNegated) {
        List<String> parts = Lookups.split(path);
        int hop = query.firstReverseHop(parts);
        if (hop >= 0 && (branchNegated || isReverseNullCheck(parts, hop))) {
            return reverseSubquery(parts, hop, value);
        }
        Query.Target t = query.resolve(parts, policy);
        Sql lhs = new Sql();
        if (t.annotation() != null) {
            aggregate |= t.annotation().aggregate();
            lhs.append(t.annotation().sql());
        } else {
            lhs.append(t.column());
        }
        return applyLookup(lhs, t, value, negated);
    }

    /**
     * {@code field__unaccent__lookup}: the text lookups (and {@code exact}) on the field's text and the
     * value both without accents ({@link Unaccent}); NULL never matches, negated or not.
     */
    private Sql unaccent(Sql lhsSql, Query.Target t, List<String> rest, Object value, boolean negated) {
        FieldMeta field = t.field();
        if (field == null || (field.kind() != FieldKind.CHAR && field.kind() != FieldKind.TEXT)) {
            throw new FieldError("Unsupported lookup 'unaccent' for " + describe(t) + ": it is not text");
        }
        String lookup = rest.isEmpty() ? "exact" : rest.get(0);
        if (rest.size() > 1 || !(lookup.equals("exact") || TEXT_LOOKUPS.contains(lookup))) {
            throw new FieldError("Unsupported lookup '" + String.join("__", rest) + "' after 'unaccent' for " + describe(t)
                    + ". Lookups are: " + String.join(", ", new java.util.TreeSet<>(TEXT_LOOKUPS)) + ", exact");
        }
        if (value instanceof Expression) {
            throw new FieldError("Lookup 'unaccent__" + lookup + "' takes a text, not an expression");
        }
        String text = String.valueOf(Values.toDatabase(requireValue(lookup, value)));
        Sql inner = new Sql();
        query.dialect.unaccentMatch(inner, "\u0001", lookup, text);
        Sql sql = new Sql();
        spliceLhs(sql, inner, lhsSql);
        if (!negated) {
            return sql;
        }
        return new Sql().append("(").append(sql).append(" AND ").append(lhsSql).append(" IS NOT NULL)");
    }

    private boolean isReverseNullCheck(List<String> parts, int hop) {
        return parts.size() == hop + 2 && parts.get(hop + 1).equals("isnull");
    }

    private Sql applyLookup(Sql lhsSql, Query.Target t, Object value, boolean negated) {
        if (t.annotation() != null && t.field() == null) {
            value = asAnnotationType(t.annotation().kind(), value);
        }
        List<String> rest = t.rest();
        FieldMeta field = t.field();
        String transform = null;
        if (!rest.isEmpty() && rest.get(0).equals(UNACCENT)) {
            return unaccent(lhsSql, t, rest.subList(1, rest.size()), value, negated);
        }
        if (!rest.isEmpty() && TRANSFORMS.contains(rest.get(0))) {
            requireTransform(rest.get(0), field == null ? null : field.kind(), describe(t));
            transform = rest.get(0);
            rest = rest.subList(1, rest.size());
        }
        String lookup = rest.isEmpty() ? "exact" : rest.get(0);
        if (rest.size() > 1 || !LOOKUPS.contains(lookup)) {
            String bad = String.join("__", rest);
            throw new FieldError("Unsupported lookup '" + bad + "' for " + describe(t) + ". Lookups are: "
                    + String.join(", ", new java.util.TreeSet<>(LOOKUPS))
                    + (field != null && field.kind().isTemporal() ? "; transforms: " + String.join(", ", new java.util.TreeSet<>(TRANSFORMS)) : ""));
        }
        Sql sql = new Sql();
        if (transform != null && transform.equals("year") && isPlainYearLookup(lookup, value)) {
            yearRange(sql, lhsSql, lookup, value, field.kind() == FieldKind.DATETIME);
        } else {
            if (transform != null) {
                lhsSql = new Sql().append(query.dialect.dateExtract(transform, lhsSql.text()), lhsSql.params());
            }
            FieldMeta asField = transform == null ? field : null;
            if ("date".equals(transform)) {
                value = asDates(value); // compared as dates: a date, or its text, validated
            }
            render(sql, lhsSql, lookup, value, asField, t);
        }
        if (!negated || lookup.equals("isnull")) {
            return sql;
        }
        // NOT (a <= b) must keep the rows where a or b is NULL: Django adds IS NOT NULL inside the NOT
        // for a nullable (or outer-joined) left side and a nullable column on the right.
        Sql guarded = new Sql().append("(").append(sql);
        boolean guard = false;
        if (t.annotation() == null && field != null && (field.nullable() || query.isOuter(t.alias()))) {
            guarded.append(" AND ").append(t.column()).append(" IS NOT NULL");
            guard = true;
        }
        if (value instanceof F f && !lookup.equals("in") && !lookup.equals("range")) {
            Compiled rhs = expression(f);
            if (rhs.field() != null && rhs.field().nullable() && !rhs.aggregate() && rhs.kind() == Compiled.Kind.FIELD) {
                guarded.append(" AND ").append(rhs.sql()).append(" IS NOT NULL");
                guard = true;
            }
        }
        return guard ? guarded.append(")") : sql;
    }

    /**
     * A lookup value on a computed annotation, as its output type (Django's get_prep_value):
     * {@code filter("n__gt", "3")} on a count compares with the number 3, not the text "3".
     */
    private static Object asAnnotationType(Compiled.Kind kind, Object value) {
        if (value instanceof Collection<?> || value instanceof Object[]) {
            List<Object> out = new ArrayList<>();
            for (Object v : asList(value)) {
                out.add(asAnnotationType(kind, v));
            }
            return out;
        }
        if (!(value instanceof String text) || (kind != Compiled.Kind.INTEGER && kind != Compiled.Kind.DECIMAL_NUMBER)) {
            return value;
        }
        try {
            return kind == Compiled.Kind.INTEGER ? (Object) Long.parseLong(text.trim()) : (Object) Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new FieldError("Field expected a number but got '" + text + "'.");
        }
    }

    private static String describe(Query.Target t) {
        return t.field() == null ? "annotation" : "field '" + t.field().name() + "'";
    }

    private static boolean isPlainYearLookup(String lookup, Object value) {
        return switch (lookup) {
            case "exact", "gt", "gte", "lt", "lte" -> value instanceof Number;
            case "range" -> asList(value).size() == 2 && asList(value).stream().allMatch(v -> v instanceof Number);
            default -> false;
        };
    }

    /**
     * Year lookups as date ranges, so an index on the date serves them; a date and time's range
     * runs from the year's first midnight to its last microsecond, as Django's.
     */
    private void yearRange(Sql sql, Sql lhs, String lookup, Object value, boolean dateTime) {
        if (lookup.equals("range")) {
            List<?> r = asList(value);
            sql.append(lhs).append(" BETWEEN ").param(yearStart(r.get(0), dateTime)).append(" AND ").param(yearEnd(r.get(1), dateTime));
            return;
        }
        switch (lookup) {
            case "exact" -> sql.append(lhs).append(" BETWEEN ").param(yearStart(value, dateTime)).append(" AND ").param(yearEnd(value, dateTime));
            case "gt" -> sql.append(lhs).append(" > ").param(yearEnd(value, dateTime));
            case "gte" -> sql.append(lhs).append(" >= ").param(yearStart(value, dateTime));
            case "lt" -> sql.append(lhs).append(" < ").param(yearStart(value, dateTime));
            default -> sql.append(lhs).append(" <= ").param(yearEnd(value, dateTime));
        }
    }

    private Object yearStart(Object year, boolean dateTime) {
        return query.dialect.yearBound(((Number) year).intValue(), true, dateTime);
    }

    private Object yearEnd(Object year, boolean dateTime) {
        return query.dialect.yearBound(((Number) year).intValue(), false, dateTime);
    }

    /** Fails unless {@code transform} applies to values of {@code kind} (a date, or a date and time). */
    static void requireTransform(String transform, FieldKind kind, String what) {
        if (kind == null || !kind.isTemporal()) {
            throw new FieldError("Unsupported lookup '" + transform + "' for " + what + ": it is not a date");
        }
        if (kind == FieldKind.DATE && TIME_TRANSFORMS.contains(transform)) {
            throw new FieldError("Unsupported lookup '" + transform + "' for " + what + ": a date has no time of day");
        }
    }

    /** A lookup value (or each of a list's) as the text of a date, for the {@code date} transform. */
    private static Object asDates(Object value) {
        if (value instanceof Collection<?> || value instanceof Object[]) {
            List<Object> out = new ArrayList<>();
            for (Object v : asList(value)) {
                out.add(asDates(v));
            }
            return out;
        }
        if (value instanceof String s) {
            try {
                return LocalDate.parse(s.trim()).toString();
            } catch (java.time.format.DateTimeParseException e) {
                throw new FieldError("'" + s + "' is not a valid date (expected YYYY-MM-DD)");
            }
        }
        return value instanceof java.time.LocalDateTime dt ? dt.toLocalDate() : value;
    }

    private void render(Sql sql, Sql lhs, String lookup, Object value, FieldMeta field, Query.Target t) {
        if (value instanceof Expression e && !lookup.equals("in") && !lookup.equals("range")) {
            Compiled rhs = expression(e);
            if (TEXT_LOOKUPS.contains(lookup)) {
                Sql inner = new Sql();
                query.dialect.textMatchExpression(inner, "\u0001", lookup, "\u0002");
                splice(sql, inner, lhs, rhs.sql());
                return;
            }
            String op = switch (lookup) {
                case "exact" -> " = ";
                case "gt" -> " > ";
                case "gte" -> " >= ";
                case "lt" -> " < ";
                case "lte" -> " <= ";
                default -> throw new FieldError("Lookup '" + lookup + "' does not take an expression");
            };
            sql.append(lhs).append(op).append(rhs.sql());
            return;
        }
        switch (lookup) {
            case "exact" -> {
                if (value == null) {
                    sql.append(lhs).append(" IS NULL");
                } else {
                    sql.append(lhs).append(" = ").param(convert(field, value));
                }
            }
            case "gt", "gte", "lt", "lte" -> {
                String op = switch (lookup) {
                    case "gt" -> " > ";
                    case "gte" -> " >= ";
                    case "lt" -> " < ";
                    default -> " <= ";
                };
                sql.append(lhs).append(op).param(convert(field, requireValue(lookup, value)));
            }
            case "iexact", "contains", "icontains", "startswith", "istartswith", "endswith", "iendswith" -> {
                String text = Values.text(requireValue(lookup, value));
                Sql inner = new Sql();
                query.dialect.textMatch(inner, "\u0001", lookup, text);
                spliceLhs(sql, inner, lhs);
            }
            case "regex", "iregex" -> {
                Sql inner = new Sql();
                query.dialect.regexMatch(inner, "\u0001", String.valueOf(requireValue(lookup, value)), lookup.equals("iregex"));
                spliceLhs(sql, inner, lhs);
            }
            case "isnull" -> {
                boolean isNull = Boolean.TRUE.equals(value);
                if (isNull && t.alias() != null && !t.alias().equals(query.base)) {
                    query.makePathOuter(t.alias());
                }
                sql.append(lhs).append(isNull ? " IS NULL" : " IS NOT NULL");
            }
            case "range" -> {
                List<?> r = asList(value);
                if (r.size() != 2) {
                    throw new FieldError("'range' needs two values, got " + r.size());
                }
                sql.append(lhs).append(" BETWEEN ").append(rhs(field, r.get(0))).append(" AND ").append(rhs(field, r.get(1)));
            }
            case "in" -> in(sql, lhs, field, value);
            default -> throw new FieldError("Unsupported lookup '" + lookup + "'");
        }
    }

    /** Puts the left-hand side where the dialect's fragment has its marker, keeping parameter order. */
    private static void spliceLhs(Sql out, Sql inner, Sql lhs) {
        splice(out, inner, lhs, null);
    }

    /** Puts {@code lhs} at each \u0001 and {@code rhs} at each \u0002 of the dialect's fragment, keeping parameter order. */
    private static void splice(Sql out, Sql inner, Sql lhs, Sql rhs) {
        String text = inner.text();
        List<Object> params = inner.params();
        int paramIndex = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0001') {
                out.append(lhs);
            } else if (c == '\u0002' && rhs != null) {
                out.append(rhs);
            } else if (c == '?') {
                out.param(params.get(paramIndex++));
            } else {
                out.append(c);
            }
        }
    }

    private Sql rhs(FieldMeta field, Object value) {
        if (value instanceof Expression e) {
            return expression(e).sql();
        }
        return new Sql().param(convert(field, value));
    }

    private void in(Sql sql, Sql lhs, FieldMeta field, Object value) {
        if (value instanceof QuerySet<?> qs) {
            sql.append(lhs).append(" IN (").append(qs.subquerySql()).append(")");
            return;
        }
        if (value instanceof RawSQL raw) {
            sql.append(lhs).append(" IN (").append(raw.sql(), raw.params()).append(")");
            return;
        }
        List<?> values = asList(value);
        if (values.isEmpty()) {
            sql.append("0 = 1");
            return;
        }
        List<Object> nonNull = new ArrayList<>();
        for (Object v : values) {
            if (v != null) {
                nonNull.add(convert(field, v));
            }
        }
        if (nonNull.isEmpty()) {
            sql.append("0 = 1");
            return;
        }
        sql.append(lhs).append(" IN (");
        for (int i = 0; i < nonNull.size(); i++) {
            sql.append(i == 0 ? "" : ", ").param(nonNull.get(i));
        }
        sql.append(")");
    }

    private static Object requireValue(String lookup, Object value) {
        if (value == null) {
            throw new FieldError("Lookup '" + lookup + "' cannot compare with null; use isnull");
        }
        return value;
    }

    static List<?> asList(Object value) {
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (value instanceof Object[] a) {
            return Arrays.asList(a);
        }
        if (value instanceof int[] a) {
            return Arrays.stream(a).boxed().toList();
        }
        if (value instanceof long[] a) {
            return Arrays.stream(a).boxed().toList();
        }
        throw new FieldError("Expected a list of values, got " + value);
    }

    /** The value as bound for {@code field}: strings parsed for dates and choices, models as ids. */
    private static Object convert(FieldMeta field, Object value) {
        if (field != null && value instanceof String s && field.kind() == FieldKind.DATE) {
            return field.parse(s); // a LocalDate, bound by the dialect
        }
        if (field != null && field.kind() == FieldKind.DATETIME && !(value instanceof Expression)) {
            return Values.toDatabase(field.parse(value)); // a date is its midnight, text is validated
        }
        if (field != null && field.choices() != null && value instanceof String s) {
            return ((Choice) field.parse(s)).code();
        }
        return Values.toDatabase(value);
    }

    /**
     * {@code owner.pk IN (SELECT fk FROM child WHERE ...)}, for negated or null checks across a
     * reverse or many-to-many relation (for the latter, {@code fk} is the through table's column
     * and the child is joined to it).
     */
    private Sql reverseSubquery(List<String> parts, int hop, Object value) {
        List<String> prefix = new ArrayList<>(parts.subList(0, hop));
        prefix.add("pk");
        Query.Target owner = query.resolve(prefix, policy);
        ModelMeta<?> ownerModel = owner.field().isRelation() ? ModelMeta.of(owner.field().target()) : owner.model();
        String name = parts.get(hop);
        ManyToManyRelation mm = ownerModel.manyToMany(name).orElse(null);
        ModelMeta<?> child = mm != null ? mm.target() : ownerModel.reverseRelation(name).orElseThrow().model();
        List<String> rest = parts.subList(hop + 1, parts.size());
        String alias = query.joinPrefix + "U" + query.joins.size();
        Query sub = new Query(child, query.dialect, query.dialect.quote(alias), alias + "_");
        String throughAlias = query.dialect.quote(alias + "T");
        String fkColumn = mm != null ? throughAlias + "." + query.dialect.quote(mm.modelColumn())
                : sub.col(sub.base, ownerModel.reverseRelation(name).orElseThrow().field());
        Sql sql = new Sql();
        if (rest.size() == 1 && rest.get(0).equals("isnull")) {
            boolean isNull = Boolean.TRUE.equals(value);
            Sql from = mm != null ? new Sql().append(query.dialect.quote(mm.throughTable()) + " " + throughAlias)
                    : new Sql().append(query.dialect.quote(child.table()) + " " + sub.base);
            sql.append(owner.column()).append(isNull ? " NOT IN (" : " IN (").append("SELECT ").append(fkColumn)
                    .append(" FROM ").append(from).append(" WHERE ").append(fkColumn).append(" IS NOT NULL)");
            return sql;
        }
        if (!rest.isEmpty() && rest.get(rest.size() - 1).equals("isnull") && Boolean.TRUE.equals(value)) {
            return ownerSubquery(owner, ownerModel, parts.subList(hop, parts.size()), value);
        }
        String subPath = rest.isEmpty() || !query.isName(child, rest.get(0))
                ? String.join("__", prepend("pk", rest)) : String.join("__", rest);
        ExpressionCompiler inner = new ExpressionCompiler(sub, Query.JoinPolicy.filter());
        Sql cond = inner.leaf(subPath, value, false);
        sql.append(owner.column()).append(" IN (SELECT ").append(fkColumn).append(" FROM ");
        if (mm != null) {
            sql.append(query.dialect.quote(mm.throughTable()) + " " + throughAlias + " INNER JOIN "
                    + query.dialect.quote(child.table()) + " " + sub.base + " ON (" + sub.base + "."
                    + query.dialect.quote("id") + " = " + throughAlias + "." + query.dialect.quote(mm.targetColumn()) + ")");
        } else {
            sql.append(query.dialect.quote(child.table())).append(" ").append(sub.base);
        }
        SelectCompiler.appendJoins(sql, sub);
        return sql.append(" WHERE ").append(cond).append(" AND ").append(fkColumn).append(" IS NOT NULL)");
    }

    /**
     * {@code owner.pk IN (SELECT U.pk FROM owner U LEFT JOIN child ... WHERE cond)}: for a condition
     * that a parent without children meets ({@code books__pages__isnull=True}), which only the
     * outer join from the parent's side can see (Django's split_exclude keeps the join for it).
     */
    private Sql ownerSubquery(Query.Target owner, ModelMeta<?> ownerModel, List<String> path, Object value) {
        String alias = query.joinPrefix + "V" + query.joins.size();
        Query sub = new Query(ownerModel, query.dialect, query.dialect.quote(alias), alias + "_");
        Sql cond = new ExpressionCompiler(sub, Query.JoinPolicy.filter()).leaf(String.join("__", path), value, false);
        Sql sql = new Sql().append(owner.column()).append(" IN (SELECT ").append(sub.col(sub.base, ownerModel.pk()))
                .append(" FROM ").append(query.dialect.quote(ownerModel.table())).append(" ").append(sub.base);
        SelectCompiler.appendJoins(sql, sub);
        return sql.append(" WHERE ").append(cond).append(")");
    }

    private static List<String> prepend(String head, List<String> rest) {
        List<String> l = new ArrayList<>();
        l.add(head);
        l.addAll(rest);
        return l;
    }

    // ---- expressions ---------------------------------------------------------------------

    Compiled expression(Expression e) {
        if (e instanceof F f) {
            return field(f);
        }
        if (e instanceof Value v) {
            Sql sql = new Sql();
            query.dialect.value(sql, Values.toDatabase(v.value()));
            return new Compiled(sql, false, null, Compiled.Kind.RAW);
        }
        if (e instanceof Expression.Arithmetic a) {
            Compiled l = expression(a.left());
            Compiled r = expression(a.right());
            Sql sql = new Sql().append("(").append(l.sql()).append(" " + a.operator() + " ").append(r.sql()).append(")");
            boolean agg = l.aggregate() || r.aggregate();
            aggregate |= agg;
            return new Compiled(sql, agg, null, Compiled.Kind.RAW);
        }
        if (e instanceof Aggregate a) {
            return aggregateOf(a);
        }
        if (e instanceof Func fn) {
            return function(fn);
        }
        if (e instanceof OuterRef r) {
            return new Compiled(new Sql().append(OUTER_START + r.name() + OUTER_END), false, null, Compiled.Kind.RAW);
        }
        if (e instanceof Subquery sq) {
            SelectCompiler.Select select = SelectCompiler.select(sq.queryset().subqueryQuery());
            Compiled column = select.layout().valueColumns() == null || select.layout().valueColumns().isEmpty()
                    ? null : select.layout().valueColumns().get(0);
            Sql sql = new Sql().append("(").append(correlate(sq.queryset(), select.sql())).append(")");
            return column == null ? new Compiled(sql, false, null, Compiled.Kind.RAW)
                    : new Compiled(sql, false, column.field(), column.kind());
        }
        if (e instanceof RawSQL raw) {
            return new Compiled(new Sql().append("(").append(raw.sql(), raw.params()).append(")"), false, null, Compiled.Kind.RAW);
        }
        if (e instanceof Exists ex) {
            Sql inner = SelectCompiler.exists(ex.queryset().query.copy());
            Sql sql = new Sql().append(ex.negated() ? "NOT EXISTS(" : "EXISTS(").append(correlate(ex.queryset(), inner)).append(")");
            return new Compiled(sql, false, null, Compiled.Kind.BOOLEAN);
        }
        if (e instanceof Coalesce c) {
            Sql sql = new Sql().append("COALESCE(");
            boolean agg = false;
            FieldMeta field = null;
            for (int i = 0; i < c.expressions().size(); i++) {
                Compiled part = expression(c.expressions().get(i));
                agg |= part.aggregate();
                if (field == null) {
                    field = part.field();
                }
                sql.append(i == 0 ? "" : ", ").append(part.sql());
            }
            return new Compiled(sql.append(")"), agg, field, field == null ? Compiled.Kind.RAW : Compiled.Kind.FIELD);
        }
        Case c = (Case) e;
        Sql sql = new Sql().append("CASE");
        boolean agg = false;
        for (Case.When w : c.whens()) {
            Compiled then = expression(w.then());
            agg |= then.aggregate();
            sql.append(" WHEN ").append(condition(w.condition(), false)).append(" THEN ").append(then.sql());
        }
        Compiled otherwise = expression(c.otherwise());
        sql.append(" ELSE ").append(otherwise.sql()).append(" END");
        return new Compiled(sql, agg || otherwise.aggregate(), null, Compiled.Kind.RAW);
    }

    static final String OUTER_START = "\u0003";
    static final String OUTER_END = "\u0004";

    /**
     * A QuerySet's SQL made ready to run inside this query: its aliases its own
     * ({@link SubqueryRelabel}), and each {@link OuterRef} replaced by this query's column.
     */
    private Sql correlate(QuerySet<?> inner, Sql sql) {
        String table = query.dialect.quote(inner.model().table());
        String prefix = query.joinPrefix + "Q" + (++query.subqueries) + "_";
        String text = SubqueryRelabel.relabel(sql.text(), table, prefix, table.equals(query.base));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int start = text.indexOf(OUTER_START); start >= 0; start = text.indexOf(OUTER_START, at)) {
            int end = text.indexOf(OUTER_END, start);
            out.append(text, at, start);
            Compiled outer = expression(F.of(text.substring(start + 1, end)));
            if (!outer.sql().params().isEmpty()) {
                throw new FieldError("OuterRef must name a field of the outer query: " + text.substring(start + 1, end));
            }
            out.append(outer.sql().text());
            at = end + 1;
        }
        out.append(text.substring(at));
        return new Sql().append(out.toString(), sql.params());
    }

    private Compiled function(Func fn) {
        if (fn instanceof Now) {
            return new Compiled(new Sql().append(query.dialect.now()), false, null, Compiled.Kind.DATETIME);
        }
        if (fn instanceof Extract x) {
            Compiled source = expression(x.arguments().get(0));
            requireTransform(x.part(), temporalKind(source), "Extract(" + x.arguments().get(0) + ")");
            return new Compiled(new Sql().append(query.dialect.dateExtract(x.part(), source.sql().text()), source.sql().params()),
                    source.aggregate(), null, Compiled.Kind.INTEGER);
        }
        if (fn instanceof Trunc tr) {
            return trunc(tr);
        }
        List<String> args = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        boolean agg = false;
        Compiled first = null;
        for (Expression a : fn.arguments()) {
            Compiled c = expression(a);
            first = first == null ? c : first;
            agg |= c.aggregate();
            args.add(c.sql().text());
            params.addAll(c.sql().params());
        }
        Sql sql = new Sql().append(fn.render(query.dialect.function(fn.function()), args), params);
        return switch (fn.output()) {
            case TEXT -> new Compiled(sql, agg, null, Compiled.Kind.RAW);
            case INTEGER -> new Compiled(sql, agg, null, Compiled.Kind.INTEGER);
            case NUMBER -> new Compiled(sql, agg, null, Compiled.Kind.DECIMAL_NUMBER);
            case BOOLEAN -> new Compiled(sql, agg, null, Compiled.Kind.BOOLEAN);
            case SAME -> first == null ? new Compiled(sql, agg, null, Compiled.Kind.RAW)
                    : new Compiled(sql, agg, first.field(), first.kind());
        };
    }

    private Compiled trunc(Trunc tr) {
        Compiled source = expression(tr.arguments().get(0));
        FieldKind kind = temporalKind(source);
        String what = "Trunc(" + tr.arguments().get(0) + ")";
        if (kind == null) {
            throw new FieldError("Cannot truncate " + what + ": it is not a date");
        }
        Sql arg = source.sql();
        if (tr.kind().equals("date")) {
            if (kind != FieldKind.DATETIME) {
                throw new FieldError("Trunc.date needs a date and time; " + what + " is a date already");
            }
            return new Compiled(new Sql().append(query.dialect.dateExtract("date", arg.text()), arg.params()),
                    source.aggregate(), null, Compiled.Kind.DATE);
        }
        if (kind == FieldKind.DATE && Trunc.TIME_KINDS.contains(tr.kind())) {
            throw new FieldError("Cannot truncate " + what + " to the " + tr.kind() + ": a date has no time of day");
        }
        boolean dateTime = kind == FieldKind.DATETIME;
        return new Compiled(new Sql().append(query.dialect.dateTrunc(tr.kind(), arg.text(), dateTime), repeat(arg.params(),
                countOf(query.dialect.dateTrunc(tr.kind(), "\u0001", dateTime), '\u0001'))), source.aggregate(), null,
                dateTime ? Compiled.Kind.DATETIME : Compiled.Kind.DATE);
    }

    /** DATE or DATETIME for an expression giving a date or a date and time, else null. */
    private static FieldKind temporalKind(Compiled c) {
        if (c.kind() == Compiled.Kind.DATE) {
            return FieldKind.DATE;
        }
        if (c.kind() == Compiled.Kind.DATETIME) {
            return FieldKind.DATETIME;
        }
        return c.field() != null && c.kind() == Compiled.Kind.FIELD && c.field().kind().isTemporal() ? c.field().kind() : null;
    }

    private static int countOf(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    /** The parameters of an argument used {@code times} times in a fragment, in order. */
    private static List<Object> repeat(List<Object> params, int times) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            out.addAll(params);
        }
        return out;
    }

    private Compiled field(F f) {
        if (f.name().equals("*")) {
            return new Compiled(new Sql().append("*"), false, null, Compiled.Kind.RAW);
        }
        Query.Target t = query.resolve(Lookups.split(f.name()), policy);
        if (t.rest().size() == 1 && TRANSFORMS.contains(t.rest().get(0)) && t.field() != null
                && t.field().kind().isTemporal() && t.annotation() == null) {
            String transform = t.rest().get(0);
            requireTransform(transform, t.field().kind(), describe(t));
            String extract = query.dialect.dateExtract(transform, t.column());
            return new Compiled(new Sql().append(extract), false, null,
                    transform.equals("date") ? Compiled.Kind.DATE : Compiled.Kind.INTEGER);
        }
        if (!t.rest().isEmpty()) {
            throw new FieldError("Cannot resolve keyword '" + t.rest().get(0) + "' into field in " + f
                    + ". Choices are: " + t.model().choices(List.of()));
        }
        if (t.annotation() != null) {
            aggregate |= t.annotation().aggregate();
            return t.annotation();
        }
        return Compiled.of(new Sql().append(t.column()), false, t.field());
    }

    private Compiled aggregateOf(Aggregate a) {
        aggregateCall = true;
        if (perRowAggregates) {
            Compiled sub = correlated(a);
            if (sub != null) {
                return sub;
            }
        }
        Compiled source = expression(a.source());
        if (source.aggregate()) {
            throw new FieldError("Cannot compute " + a.function() + "() over an aggregate: " + a);
        }
        aggregate = true;
        return result(a, call(a, filteredArgument(a, source.sql())), source);
    }

    /** The aggregate's call over {@code argument}: {@code COUNT(DISTINCT x)}, {@code AVG(x)}. */
    static Sql call(Aggregate a, Sql argument) {
        return new Sql().append(a.function()).append("(").append(a.isDistinct() ? "DISTINCT " : "").append(argument).append(")");
    }

    /** What an aggregate with a {@code filter} runs over: the argument where the condition holds, else NULL. */
    Sql filteredArgument(Aggregate a, Sql arg) {
        if (a.filterCondition() == null) {
            return arg;
        }
        return new Sql().append("CASE WHEN ").append(condition(a.filterCondition(), false)).append(" THEN ")
                .append(arg.text().equals("*") ? new Sql().append("1") : arg).append(" ELSE NULL END");
    }

    /** The compiled aggregate {@code call}: COUNT and SUM of integers read as integers, AVG as a number, MIN/MAX as their field. */
    static Compiled result(Aggregate a, Sql call, Compiled source) {
        if (a instanceof Count) {
            return new Compiled(call, true, null, Compiled.Kind.INTEGER);
        }
        if (a instanceof Avg) {
            return new Compiled(call, true, null, Compiled.Kind.DECIMAL_NUMBER);
        }
        if (a instanceof Sum) {
            boolean integral = source.field() != null && source.field().kind().isInteger();
            return new Compiled(call, true, null, integral ? Compiled.Kind.INTEGER : Compiled.Kind.RAW);
        }
        return new Compiled(call, true, source.field(), source.field() == null ? Compiled.Kind.RAW : Compiled.Kind.FIELD);
    }

    /**
     * {@code Count("books")} on authors as {@code (SELECT COUNT(TS0.id) FROM book TS0 WHERE
     * TS0.author_id = author.id)}: the figures a LEFT JOIN with GROUP BY gives, read from the
     * relation's foreign-key index instead of grouping the join of both tables (the top-authors
     * query runs about 2.5 times faster on 500,000 books). Only when no earlier filter() joined
     * the relation (its rows are then the ones counted, as in Django), the source is the relation
     * or one of its fields, and the aggregate's own filter speaks of that relation only; otherwise
     * null, and the join is used.
     */
    /**
     * {@code Count("tags")} as {@code (SELECT COUNT(T.tag_id) FROM work_tags T WHERE T.work_id =
     * work.id)}: the pairs in the through table, read from its index, and no join that would
     * multiply another annotation's rows. Only for a plain count of the relation (no field of the
     * target, no filter) that no earlier filter() joined; otherwise null, and the join is used.
     */
    private Compiled correlatedManyToMany(Aggregate a, ManyToManyRelation mm, List<String> parts) {
        boolean plain = parts.size() == 1 || (parts.size() == 2 && (parts.get(1).equals("id") || parts.get(1).equals("pk")));
        if (!(a instanceof Count) || !plain || a.filterCondition() != null || query.annotations.containsKey(parts.get(0))
                || query.lastMultiJoin.containsKey(query.base + "<<" + mm.name() + "#through")) {
            return null;
        }
        String alias = query.dialect.quote(query.joinPrefix + "M" + query.joins.size());
        Sql count = call(a, new Sql().append(alias + "." + query.dialect.quote(mm.targetColumn())));
        Sql sql = new Sql().append("(SELECT ").append(count).append(" FROM ").append(query.dialect.quote(mm.throughTable()))
                .append(" " + alias + " WHERE " + alias + "." + query.dialect.quote(mm.modelColumn()) + " = ")
                .append(query.col(query.base, query.model.pk())).append(")");
        return new Compiled(sql, false, null, Compiled.Kind.INTEGER);
    }

    private Compiled correlated(Aggregate a) {
        if (!(a.source() instanceof F f) || f.name().equals("*")) {
            return null;
        }
        List<String> parts = Lookups.split(f.name());
        ManyToManyRelation mm = query.model.manyToMany(parts.get(0)).orElse(null);
        if (mm != null) {
            return correlatedManyToMany(a, mm, parts);
        }
        ModelMeta.ReverseRelation rel = query.model.reverseRelation(parts.get(0)).orElse(null);
        if (rel == null || parts.size() > 2 || query.annotations.containsKey(parts.get(0))
                || query.hasReverseJoin(query.base, rel)) {
            return null;
        }
        String prefix = parts.get(0) + "__";
        Q condition = null;
        if (a.filterCondition() != null) {
            condition = a.filterCondition().renamed(p -> p.startsWith(prefix) ? p.substring(prefix.length()) : null);
            if (condition == null) {
                return null;
            }
        }
        String alias = query.joinPrefix + "S" + query.joins.size();
        Query sub = new Query(rel.model(), query.dialect, query.dialect.quote(alias), alias + "_");
        ExpressionCompiler inner = new ExpressionCompiler(sub, Query.JoinPolicy.annotate());
        Compiled value = inner.aggregateOf(a.with(F.of(parts.size() == 1 ? "pk" : parts.get(1)), condition));
        if (!sub.joins.isEmpty()) {
            return null; // the subquery would need joins of its own: the plain join is simpler
        }
        Sql sql = new Sql().append("(SELECT ").append(value.sql()).append(" FROM ")
                .append(query.dialect.quote(rel.model().table())).append(" ").append(sub.base)
                .append(" WHERE ").append(sub.col(sub.base, rel.field())).append(" = ")
                .append(query.col(query.base, query.model.pk())).append(")");
        return new Compiled(sql, false, value.field(), value.kind());
    }
}
