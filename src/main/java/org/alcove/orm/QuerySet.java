package org.alcove.orm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.alcove.orm.internal.dialect.Sql;

/**
 * A lazy, immutable query over a model's rows, as Django's QuerySet: each method returns a new
 * QuerySet and nothing runs until the rows are needed ({@link #list}, iteration, {@link #count},
 * {@link #get}, ...). A mistyped field or lookup fails when the QuerySet is built.
 *
 * <pre>{@code
 * QuerySet<Book> longNovels = db.objects(Book.class)
 *         .filter("genre", Genre.FIC)
 *         .filter("pages__gt", 400)
 *         .orderBy("-publicationDate")
 *         .selectRelated("author");
 * for (Book b : longNovels.slice(0, 10)) { ... b.getAuthor().getName() ... }
 * }</pre>
 *
 * @param <T> the row type: the model, or a map / list / single value after {@link #values},
 *            {@link #valuesList} and {@link #valuesListFlat}
 */
public final class QuerySet<T> implements Iterable<T> {
    enum Mode { MODELS, MAPS, LISTS, FLAT }

    final Database db;
    final ModelMeta<? extends Model> meta;
    final Query query;
    private final Mode mode;
    private List<T> cache;
    /** Whether {@link #cache} holds prefetched rows, which all() keeps as Django's related manager does. */
    private boolean prefetchedRows;
    private Class<?> flatType = Object.class;

    QuerySet(Database db, ModelMeta<? extends Model> meta, Query query, Mode mode) {
        this.db = db;
        this.meta = meta;
        this.query = query;
        this.mode = mode;
    }

    private <R> QuerySet<R> derive(Query q, Mode m) {
        return new QuerySet<>(db, meta, q, m);
    }

    private QuerySet<T> derive(Query q) {
        return new QuerySet<>(db, meta, q, mode);
    }

    Mode mode() {
        return mode;
    }

    /** The database this QuerySet reads. */
    public Database database() {
        return db;
    }

    /** The model this QuerySet reads. */
    public ModelMeta<? extends Model> model() {
        return meta;
    }

    // ---- building ------------------------------------------------------------------------

    /**
     * A copy of this QuerySet, read again when read; but a relation's prefetched rows
     * ({@code author.books().all()} after {@code prefetchRelated("books")}) stay, without a query.
     */
    public QuerySet<T> all() {
        QuerySet<T> qs = derive(query.copy());
        if (prefetchedRows) {
            qs.cache = cache;
            qs.prefetchedRows = true;
        }
        return qs;
    }

    /** Rows matching {@code lookup = value}: {@code filter("author__name__istartswith", "jane")}. */
    public QuerySet<T> filter(String lookup, Object value) {
        return filter(Q.of(lookup, value));
    }

    /** Rows matching the condition. */
    public QuerySet<T> filter(Q condition) {
        return addCondition(condition);
    }

    /** Rows where a boolean expression holds: {@code filter(Exists.of(...))}. */
    public QuerySet<T> filter(Expression condition) {
        return addExpression(condition, false);
    }

    /** Rows where a boolean expression does not hold. */
    public QuerySet<T> exclude(Expression condition) {
        return addExpression(condition, true);
    }

    private QuerySet<T> addExpression(Expression condition, boolean negate) {
        requireUnsliced("filter");
        Query q = query.copy();
        ExpressionCompiler compiler = new ExpressionCompiler(q, Query.JoinPolicy.filter());
        Sql sql = compiler.expression(condition).sql();
        Sql cond = negate ? new Sql().append("NOT (").append(sql).append(")") : sql;
        (compiler.sawAggregate() ? q.having : q.where).add(cond);
        return derive(q);
    }

    /** Rows not matching {@code lookup = value}. */
    public QuerySet<T> exclude(String lookup, Object value) {
        return exclude(Q.of(lookup, value));
    }

    /** Rows not matching the condition. */
    public QuerySet<T> exclude(Q condition) {
        return addCondition(condition.isEmpty() ? condition : condition.not());
    }

    private QuerySet<T> addCondition(Q condition) {
        requireUnsliced("filter");
        Query q = query.copy();
        if (condition.isEmpty()) {
            return derive(q);
        }
        ExpressionCompiler compiler = new ExpressionCompiler(q, Query.JoinPolicy.filter());
        Sql sql = compiler.condition(condition, false);
        if (compiler.sawAggregate()) {
            q.having.add(sql);
        } else {
            q.where.add(sql);
        }
        return derive(q);
    }

    /** No rows at all (without querying). */
    public QuerySet<T> none() {
        Query q = query.copy();
        q.empty = true;
        return derive(q);
    }

    /** Orders by fields ({@code "-publicationDate"}, {@code "author__name"}), annotations, or {@code "?"} (random). */
    public QuerySet<T> orderBy(String... fields) {
        Query q = query.copy();
        if (q.combinator != null) {
            q.combinedOrdering = List.of(fields);
            return derive(q);
        }
        q.ordering = new ArrayList<>(SelectCompiler.compileOrdering(q, List.of(fields)));
        return derive(q);
    }

    /** Without any ordering, not even the model's default (Django's {@code order_by()}). */
    public QuerySet<T> orderBy() {
        Query q = query.copy();
        q.combinedOrdering = List.of();
        q.ordering = List.of();
        return derive(q);
    }

    /** Orders by expressions: {@code orderBy(Count.of("books").desc())}. */
    public QuerySet<T> orderBy(OrderBy... terms) {
        requireNotCombined("orderBy(expressions)");
        Query q = query.copy();
        ExpressionCompiler compiler = new ExpressionCompiler(q, Query.JoinPolicy.annotate());
        if (q.valueNames == null) {
            compiler.perRowAggregates();
        }
        List<Query.Ord> ords = new ArrayList<>();
        for (OrderBy o : terms) {
            Compiled c = compiler.expression(o.expression());
            ords.add(new Query.Ord(c.sql(), o.descending(), !c.aggregate(), o.nulls()));
        }
        q.ordering = ords;
        return derive(q);
    }

    /** The same rows in the opposite order. */
    public QuerySet<T> reverse() {
        Query q = query.copy();
        if (q.combinator != null) {
            q.combinedOrdering = q.combinedOrdering.stream().map(n -> n.startsWith("-") ? n.substring(1) : "-" + n).toList();
            return derive(q);
        }
        q.ordering = SelectCompiler.effectiveOrdering(q).stream().map(Query.Ord::reversed).toList();
        return derive(q);
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive), as Python's {@code qs[from:to]}. */
    public QuerySet<T> slice(long from, long to) {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("Negative or reversed slice [" + from + ":" + to + "] is not supported");
        }
        Query q = query.copy();
        long base = q.offset;
        long end = q.limit == null ? base + to : Math.min(base + q.limit, base + to);
        q.offset = base + from;
        q.limit = Math.max(0, end - q.offset);
        return derive(q);
    }

    /** The first {@code n} rows. */
    public QuerySet<T> limit(long n) {
        return slice(0, n);
    }

    /** Every row from {@code n} on. */
    public QuerySet<T> offset(long n) {
        Query q = query.copy();
        q.offset += n;
        if (q.limit != null) {
            q.limit = Math.max(0, q.limit - n);
        }
        return derive(q);
    }

    /** Without repeated rows (SQL DISTINCT). */
    public QuerySet<T> distinct() {
        requireNotCombined("distinct");
        Query q = query.copy();
        q.distinct = true;
        return derive(q);
    }

    /** Adds a computed value to each row, readable with {@link Model#annotation} or in values maps. */
    public QuerySet<T> annotate(String name, Expression expression) {
        return annotate(name, expression, false);
    }

    /** Adds several computed values, in the map's order (a LinkedHashMap keeps the order given). */
    public QuerySet<T> annotate(Map<String, ? extends Expression> expressions) {
        QuerySet<T> qs = this;
        for (Map.Entry<String, ? extends Expression> e : expressions.entrySet()) {
            qs = qs.annotate(e.getKey(), e.getValue());
        }
        return qs;
    }

    /**
     * A computed value to filter or order by without reading it (Django's {@code alias}): it is not
     * selected, so it costs nothing when unused. {@link #annotate} of the same name selects it.
     */
    public QuerySet<T> alias(String name, Expression expression) {
        return annotate(name, expression, true);
    }

    private QuerySet<T> annotate(String name, Expression expression, boolean alias) {
        requireUnsliced(alias ? "alias" : "annotate");
        Query q = query.copy();
        if (meta.field(name).isPresent()) {
            throw new FieldError("The annotation '" + name + "' conflicts with a field on the model.");
        }
        if (alias) {
            q.aliases.add(name);
        } else {
            q.aliases.remove(name);
        }
        ExpressionCompiler compiler = new ExpressionCompiler(q, Query.JoinPolicy.annotate());
        if (q.valueNames == null) {
            compiler.perRowAggregates();
        }
        q.annotations.put(name, compiler.expression(expression));
        if (compiler.sawAggregateCall()) {
            q.groupForAggregate();
        }
        return derive(q);
    }

    /** Adds aggregates under Django's default names ({@code books__count}). */
    public QuerySet<T> annotate(Aggregate... aggregates) {
        QuerySet<T> qs = this;
        for (Aggregate a : aggregates) {
            qs = qs.annotate(a.defaultAlias(), a);
        }
        return qs;
    }

    /** Rows as maps of the named fields (all concrete fields when none); followed by annotate, groups by them. */
    public QuerySet<Map<String, Object>> values(String... fields) {
        return derive(valuesQuery(fields), Mode.MAPS);
    }

    /**
     * Rows as maps of the named fields and of computed values (Django's {@code values(*fields,
     * **expressions)}): {@code values(Map.of("initial", Functions.substr("title", 1, 1)), "genre")}.
     * The expressions are annotated first, so an aggregate among them groups by object, as in Django.
     */
    public QuerySet<Map<String, Object>> values(Map<String, ? extends Expression> expressions, String... fields) {
        List<String> names = new ArrayList<>(List.of(fields));
        names.addAll(expressions.keySet());
        return annotate(expressions).values(names.toArray(String[]::new));
    }

    /** Rows as lists of the named fields' values. */
    public QuerySet<List<Object>> valuesList(String... fields) {
        return derive(valuesQuery(fields), Mode.LISTS);
    }

    /** Rows as lists of expressions' values: {@code valuesList(F.of("title"), Functions.length("title"))}. */
    public QuerySet<List<Object>> valuesList(Expression... columns) {
        Map<String, Expression> named = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] instanceof F f) {
                names.add(f.name());
            } else {
                String name = "expr" + (i + 1);
                named.put(name, columns[i]);
                names.add(name);
            }
        }
        return annotate(named).valuesList(names.toArray(String[]::new));
    }

    /** The single named field's values: {@code valuesListFlat("isbn", String.class)}. */
    public <V> QuerySet<V> valuesListFlat(String field, Class<V> type) {
        QuerySet<V> qs = derive(valuesQuery(new String[] {field}), Mode.FLAT);
        qs.flatType = type;
        return qs;
    }

    private Query valuesQuery(String[] fields) {
        Query q = query.copy();
        if (q.combinator != null) {
            return combinedValues(q, fields);
        }
        for (String f : fields) {
            if (q.aliases.contains(f)) {
                throw new FieldError("Cannot select the '" + f + "' alias. Use annotate() to promote it.");
            }
        }
        List<String> names = fields.length > 0 ? List.of(fields)
                : meta.fields().stream().map(FieldMeta::name).toList();
        ExpressionCompiler compiler = new ExpressionCompiler(q, Query.JoinPolicy.annotate());
        q.valueNames = new ArrayList<>(names);
        q.valueColumns = new ArrayList<>();
        for (String n : names) {
            q.valueColumns.add(compiler.expression(F.of(n)));
        }
        q.annotationsBeforeValues = q.annotations.size();
        return q;
    }

    /** values() after union(): the values of each part (which must read models), combined as before. */
    private Query combinedValues(Query q, String[] fields) {
        List<Query> parts = new ArrayList<>();
        for (Query part : q.combined) {
            if (part.valueNames != null) {
                throw new OrmException("values() after " + combinatorName() + "() needs parts that read models, not values");
            }
            parts.add(new QuerySet<>(db, part.model, part, Mode.MODELS).valuesQuery(fields));
        }
        q.combined = List.copyOf(parts);
        q.valueNames = parts.get(0).valueNames;
        return q;
    }

    /**
     * The distinct dates of a date field, cut down to their {@code kind} (year, month, week or day),
     * ascending, without NULL (Django's {@code dates}): {@code books.dates("publicationDate", "year")}.
     */
    public QuerySet<java.time.LocalDate> dates(String field, String kind) {
        return dates(field, kind, false);
    }

    /** As {@link #dates(String, String)}, newest first when {@code descending}. */
    public QuerySet<java.time.LocalDate> dates(String field, String kind, boolean descending) {
        if (!List.of("year", "month", "week", "day").contains(kind)) {
            throw new FieldError("'kind' must be one of 'year', 'month', 'week', or 'day'.");
        }
        return truncatedValues(field, kind, descending, FieldKind.DATE, java.time.LocalDate.class);
    }

    /**
     * The distinct date-and-times of a date-and-time field cut down to their {@code kind} (year,
     * month, week, day, hour, minute or second), ascending, without NULL (Django's {@code datetimes}).
     */
    public QuerySet<java.time.LocalDateTime> datetimes(String field, String kind, boolean descending) {
        if (!List.of("year", "month", "week", "day", "hour", "minute", "second").contains(kind)) {
            throw new FieldError("'kind' must be one of 'year', 'month', 'week', 'day', 'hour', 'minute', or 'second'.");
        }
        return truncatedValues(field, kind, descending, FieldKind.DATETIME, java.time.LocalDateTime.class);
    }

    private <V> QuerySet<V> truncatedValues(String field, String kind, boolean descending, FieldKind expected, Class<V> type) {
        FieldMeta f = requireField(field);
        if (f.kind() != expected) {
            throw new FieldError("'" + field + "' isn't a " + (expected == FieldKind.DATE ? "DateField" : "DateTimeField") + ".");
        }
        return orderBy().annotate("datefield", Trunc.of(field, kind)).filter("datefield__isnull", false)
                .distinct().orderBy(descending ? "-datefield" : "datefield").valuesListFlat("datefield", type);
    }

    /** Loads the named foreign keys in the same query (a JOIN), several levels deep with {@code __}. */
    public QuerySet<T> selectRelated(String... paths) {
        requireNotCombined("selectRelated");
        Query q = query.copy();
        if (paths.length == 0) {
            for (FieldMeta f : meta.fields()) {
                if (f.isRelation() && !f.nullable()) {
                    q.selectRelated.add(List.of(f));
                }
            }
            return derive(q);
        }
        for (String path : paths) {
            List<String> parts = Lookups.split(path);
            ModelMeta<?> m = meta;
            List<FieldMeta> chain = new ArrayList<>();
            for (String part : parts) {
                ModelMeta<?> owner = m;
                FieldMeta f = m.field(part).filter(FieldMeta::isRelation).orElseThrow(() -> new FieldError(
                        "Invalid field name given in selectRelated: '" + part + "'. Choices are: " + relationNames(owner)));
                chain.add(f);
                m = f.targetMeta();
                List<FieldMeta> prefix = List.copyOf(chain);
                if (!q.selectRelated.contains(prefix)) {
                    q.selectRelated.add(prefix);
                }
            }
        }
        return derive(q);
    }

    private static String relationNames(ModelMeta<?> m) {
        return String.join(", ", m.fields().stream().filter(FieldMeta::isRelation).map(FieldMeta::name).toList());
    }

    /** Loads the named relations (reverse or forward) with one extra query each, after the main one. */
    public QuerySet<T> prefetchRelated(String... lookups) {
        return prefetchRelated(java.util.Arrays.stream(lookups).map(Prefetch::of).toArray(Prefetch[]::new));
    }

    /** Loads relations as {@link Prefetch} says: through a QuerySet of one's own, into a list of its own. */
    public QuerySet<T> prefetchRelated(Prefetch... lookups) {
        requireNotCombined("prefetchRelated");
        Query q = query.copy();
        for (Prefetch p : lookups) {
            Prefetcher.validate(meta, p);
            q.prefetch.add(p);
        }
        return derive(q);
    }

    /** Loads only the named fields now; the others load on first access (one query each). */
    public QuerySet<T> only(String... fields) {
        requireNotCombined("only");
        Query q = query.copy();
        q.only = new java.util.HashSet<>();
        for (String f : fields) {
            q.only.add(requireField(f).name());
        }
        return derive(q);
    }

    /** Leaves the named fields out until first accessed. */
    public QuerySet<T> defer(String... fields) {
        requireNotCombined("defer");
        Query q = query.copy();
        for (String f : fields) {
            q.deferred.add(requireField(f).name());
        }
        return derive(q);
    }

    private FieldMeta requireField(String name) {
        return meta.field(name).orElseThrow(() -> new FieldError("Cannot resolve keyword '" + name
                + "' into field. Choices are: " + meta.choices(List.of())));
    }

    private void requireUnsliced(String what) {
        requireNotCombined(what);
        if (query.isSliced()) {
            throw new OrmException("Cannot " + what + " a query once a slice has been taken.");
        }
    }

    /**
     * After union(), intersection() or difference() only ordering, slicing, values and reading are
     * allowed, as in Django: anything else fails with the operation's name.
     */
    private void requireNotCombined(String what) {
        if (query.combinator != null) {
            throw new OrmException("Calling QuerySet." + what + "() after " + combinatorName() + "() is not supported.");
        }
    }

    private String combinatorName() {
        return switch (query.combinator) {
            case "UNION" -> "union";
            case "INTERSECT" -> "intersection";
            default -> "difference";
        };
    }

    // ---- combining -----------------------------------------------------------------------

    /**
     * The rows of this QuerySet and the others, each once (SQL UNION; Django's {@code union}). The
     * QuerySets must select the same number of columns; the rows are read as this one's (models of
     * its model, or its values). The result is not ordered unless {@link #orderBy(String...)} is
     * called on it, by the names of its columns.
     */
    public QuerySet<T> union(QuerySet<?>... others) {
        return combine("UNION", false, others);
    }

    /** The rows of this QuerySet and the others, repeats kept (SQL UNION ALL). */
    public QuerySet<T> unionAll(QuerySet<?>... others) {
        return combine("UNION", true, others);
    }

    /** The rows found in this QuerySet and in each of the others (SQL INTERSECT). */
    public QuerySet<T> intersection(QuerySet<?>... others) {
        return combine("INTERSECT", false, others);
    }

    /** The rows of this QuerySet found in none of the others (SQL EXCEPT). */
    public QuerySet<T> difference(QuerySet<?>... others) {
        return combine("EXCEPT", false, others);
    }

    /**
     * As Django: an empty QuerySet ({@link #none()}) drops out of a union, makes an intersection
     * empty, and leaves a difference as it is (or empty when it is this one).
     */
    private QuerySet<T> combine(String combinator, boolean all, QuerySet<?>[] others) {
        List<Query> parts = new ArrayList<>();
        if (combinator.equals("UNION")) {
            if (!query.empty) {
                parts.add(query);
            }
            for (QuerySet<?> o : others) {
                if (!o.query.empty) {
                    parts.add(o.query);
                }
            }
            if (parts.isEmpty()) {
                return none();
            }
        } else {
            if (query.empty) {
                return none();
            }
            parts.add(query);
            for (QuerySet<?> o : others) {
                if (o.query.empty) {
                    if (combinator.equals("INTERSECT")) {
                        return none();
                    }
                    continue;
                }
                parts.add(o.query);
            }
        }
        if (parts.size() == 1 && parts.get(0) != query) {
            return derive(parts.get(0).copy());
        }
        Query q = Query.of(query.model, query.dialect);
        q.combinator = combinator;
        q.combinatorAll = all;
        q.combined = List.copyOf(parts);
        q.ordering = List.of();
        q.valueNames = query.valueNames;
        return derive(q);
    }

    // ---- reading -------------------------------------------------------------------------

    /** All rows, read once and kept by this QuerySet. */
    public List<T> list() {
        if (cache == null) {
            cache = Collections.unmodifiableList(fetch()); // not List.copyOf: values may be null
        }
        return cache;
    }

    QuerySet<T> withResults(List<T> rows) {
        QuerySet<T> qs = derive(query.copy());
        qs.cache = Collections.unmodifiableList(new ArrayList<>(rows));
        qs.prefetchedRows = true;
        return qs;
    }

    @SuppressWarnings("unchecked")
    private List<T> fetch() {
        if (query.empty) {
            return List.of();
        }
        // Compiling may add joins (default ordering, selectRelated): only then does it need a copy.
        boolean mutates = query.ordering == null || !query.selectRelated.isEmpty();
        SelectCompiler.Select select = SelectCompiler.select(mutates ? query.copy() : query);
        Hydrator.RowReader<T> reader = (Hydrator.RowReader<T>) rowReader(select.layout());
        List<T> rows = db.executor().query(select.sql(), rs -> {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(reader.read(rs));
            }
            return out;
        });
        if (mode == Mode.MODELS && !query.prefetch.isEmpty() && !rows.isEmpty()) {
            Prefetcher.prefetch(db, (List<Model>) rows, query.prefetch);
        }
        return rows;
    }

    private Hydrator.RowReader<?> rowReader(SelectCompiler.Layout layout) {
        return switch (mode) {
            case MODELS -> Hydrator.models(db, meta, layout);
            case MAPS -> Hydrator.maps(db, layout);
            case LISTS -> Hydrator.lists(db.dialect(), layout);
            case FLAT -> Hydrator.flat(db.dialect(), layout, flatType);
        };
    }

    /** Iterates the rows (read once, then kept). For huge results use {@link #stream()}. */
    @Override
    public Iterator<T> iterator() {
        return list().iterator();
    }

    /**
     * The rows as a stream read from the database as it is consumed, in constant memory (Django's
     * {@code iterator()}): nothing is kept. Close it (try-with-resources) if not read to the end.
     */
    @SuppressWarnings("unchecked")
    public Stream<T> stream() {
        if (query.empty) {
            return Stream.empty();
        }
        SelectCompiler.Select select = SelectCompiler.select(query.copy());
        Hydrator.RowReader<T> reader = (Hydrator.RowReader<T>) rowReader(select.layout());
        Cursor cursor = db.executor().openCursor(select.sql());
        Iterator<T> rows = new Iterator<>() {
            private Boolean ready;

            @Override
            public boolean hasNext() {
                if (ready == null) {
                    ready = cursor.next();
                    if (!ready) {
                        cursor.close();
                    }
                }
                return ready;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = null;
                try {
                    return reader.read(cursor.rows());
                } catch (java.sql.SQLException e) {
                    throw cursor.translate(e);
                }
            }
        };
        Iterator<T> it = rows;
        if (mode == Mode.MODELS && !query.prefetch.isEmpty()) {
            it = Prefetcher.chunked((Iterator<Model>) rows, db, query.prefetch, 2000);
        }
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                .onClose(cursor::close);
    }

    /** The number of rows (SELECT COUNT), or the size of the rows already read. */
    public long count() {
        if (cache != null) {
            return cache.size();
        }
        if (query.empty) {
            return 0;
        }
        return db.executor().query(SelectCompiler.count(query.copy()), rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    /** Whether there is at least one row. */
    public boolean exists() {
        if (cache != null) {
            return !cache.isEmpty();
        }
        if (query.empty) {
            return false;
        }
        return db.executor().query(SelectCompiler.exists(query.copy()), java.sql.ResultSet::next);
    }

    /** The first row in this order (by id when unordered, as after {@code orderBy()} or in a grouped query), if any. */
    public Optional<T> first() {
        QuerySet<T> qs = query.isOrdered() ? this : orderBy("pk");
        return qs.slice(0, 1).list().stream().findFirst();
    }

    /** The last row in this order (by id when unordered), if any. */
    public Optional<T> last() {
        QuerySet<T> qs = query.isOrdered() ? this : orderBy("pk");
        return qs.reverse().slice(0, 1).list().stream().findFirst();
    }

    /** The first row ordered by {@code fields} ({@code "publicationDate"}), or DoesNotExist (Django's {@code earliest}). */
    public T earliest(String... fields) {
        return byFields("earliest", fields).first().orElseThrow(() -> new DoesNotExist(meta.label() + " matching query does not exist."));
    }

    /** The last row ordered by {@code fields}, or DoesNotExist (Django's {@code latest}). */
    public T latest(String... fields) {
        return byFields("latest", fields).reverse().first().orElseThrow(() -> new DoesNotExist(meta.label() + " matching query does not exist."));
    }

    private QuerySet<T> byFields(String what, String[] fields) {
        if (fields.length == 0) {
            throw new OrmException(what + "() needs at least one field, as this model declares no get_latest_by");
        }
        requireUnsliced(what);
        return orderBy(fields);
    }

    /** The single row matching, or DoesNotExist / MultipleObjectsReturned. */
    public T get() {
        QuerySet<T> qs = query.isSliced() ? this : orderBy();
        List<T> rows = qs.slice(0, 21).list();
        if (rows.isEmpty()) {
            throw new DoesNotExist(meta.label() + " matching query does not exist.");
        }
        if (rows.size() > 1) {
            throw new MultipleObjectsReturned("get() returned more than one " + meta.label() + " -- it returned "
                    + (rows.size() > 20 ? "more than 20" : String.valueOf(rows.size())) + "!");
        }
        return rows.get(0);
    }

    /** The single row with {@code lookup = value}. */
    public T get(String lookup, Object value) {
        return filter(lookup, value).get();
    }

    /** The single row matching the condition. */
    public T get(Q condition) {
        return filter(condition).get();
    }

    /** Aggregates over the rows, keyed as Django keys them ({@code pages__avg}). */
    public Map<String, Object> aggregate(Aggregate... aggregates) {
        LinkedHashMap<String, Aggregate> named = new LinkedHashMap<>();
        for (Aggregate a : aggregates) {
            named.put(a.defaultAlias(), a);
        }
        return aggregate(named);
    }

    /** Aggregates over the rows under the given names. */
    public Map<String, Object> aggregate(Map<String, ? extends Aggregate> aggregates) {
        requireNotCombined("aggregate");
        LinkedHashMap<String, Aggregate> named = new LinkedHashMap<>(aggregates);
        Query q = query.copy();
        List<Compiled> columns = new ArrayList<>();
        Sql sql = SelectCompiler.aggregate(q, named, columns);
        List<String> names = new ArrayList<>(named.keySet());
        return db.executor().query(sql, rs -> {
            Map<String, Object> out = new LinkedHashMap<>();
            boolean row = rs.next();
            for (int i = 0; i < names.size(); i++) {
                out.put(names.get(i), row ? Hydrator.computed(db.dialect(), rs, i + 1, columns.get(i)) : null);
            }
            return out;
        });
    }

    /** The SQL this QuerySet runs, with placeholders, followed by its parameters (for debugging). */
    public String sql() {
        return SelectCompiler.select(query.copy()).sql().toString();
    }

    /**
     * How the database would run this QuerySet, as Django's {@code explain()} tells it; reads no
     * rows. On SQLite, the lines of {@code EXPLAIN QUERY PLAN}, each step indented under the one
     * it belongs to: {@code SCAN book USING INDEX book_publication_date_idx}, {@code USE TEMP
     * B-TREE FOR ORDER BY} when the rows must be sorted. An empty QuerySet ({@link #none()}) runs no
     * query and has no plan: the empty string.
     */
    public String explain() {
        if (query.empty) {
            return "";
        }
        Sql sql = SelectCompiler.select(query.copy()).sql();
        var dialect = db.dialect();
        return db.executor().query(dialect.explain(sql.text()), sql.params(), dialect::plan);
    }

    /** The query a {@link Subquery} runs: a single column (the primary key of a model QuerySet). */
    Query subqueryQuery() {
        Query q = query.copy();
        if (mode == Mode.MODELS) {
            q.valueNames = new ArrayList<>(List.of("id"));
            q.valueColumns = new ArrayList<>(List.of(Compiled.of(new Sql().append(q.col(q.base, q.model.pk())), false, q.model.pk())));
            q.annotationsBeforeValues = q.annotations.size();
        }
        return q;
    }

    /**
     * This QuerySet as an uncorrelated subquery for {@code __in}: its primary keys, or its single
     * values column after valuesList. Its own aliases shadow the outer query's, so they cannot clash.
     */
    Sql subquerySql() {
        if (mode == Mode.FLAT || mode == Mode.LISTS) {
            return SelectCompiler.select(query.copy()).sql();
        }
        return SelectCompiler.pkSubquery(query);
    }

    // ---- writing -------------------------------------------------------------------------

    /** Sets a field on every matching row in one UPDATE; the value may be an {@link F} expression. */
    public int update(String field, Object value) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(field, value);
        return update(values);
    }

    /** Sets several fields on every matching row in one UPDATE. */
    public int update(Map<String, ?> values) {
        requireUnsliced("update");
        if (values.isEmpty()) {
            return 0;
        }
        Map<String, Object> set = new LinkedHashMap<>(values);
        if (mode == Mode.MODELS) { // a versioned model's rows change version with every write (see Meta.version)
            meta.versionField().ifPresent(v -> set.putIfAbsent(v.name(), F.of(v.name()).plus(1)));
        }
        return db.executor().update(SelectCompiler.update(query.copy(), set));
    }

    /** Deletes the matching rows, following each relation's onDelete; returns the counts per model. */
    public DeleteResult delete() {
        requireNotCombined("delete");
        if (query.isSliced()) {
            throw new OrmException("Cannot use 'limit' or 'offset' with delete().");
        }
        if (mode != Mode.MODELS) {
            throw new OrmException("Cannot call delete() after values() or valuesList()");
        }
        return new Deleter(db).delete(query.copy());
    }

    // ---- model instances -----------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private ModelMeta<Model> modelMeta(String what) {
        if (mode != Mode.MODELS) {
            throw new OrmException("Cannot call " + what + "() after values() or valuesList()");
        }
        return (ModelMeta<Model>) meta;
    }

    /** Saves a new object and returns it (Django's {@code objects.create}). */
    @SuppressWarnings("unchecked")
    public T create(T obj) {
        modelMeta("create");
        return (T) db.save((Model) obj);
    }

    /** Creates an object from field values ({@code "birthDate" -> "1775-12-16"}), saves it, returns it. */
    @SuppressWarnings("unchecked")
    public T create(Map<String, ?> values) {
        ModelMeta<Model> m = modelMeta("create");
        return (T) db.save(Instances.make(m, values, Map.of()));
    }

    /** Inserts the objects in as few statements as the variable limit allows, in one transaction; ids are set. */
    public List<T> bulkCreate(List<T> objs) {
        return bulkCreate(objs, BulkOptions.defaults());
    }

    /** Inserts the objects with conflict handling and batch size as given. */
    @SuppressWarnings("unchecked")
    public List<T> bulkCreate(List<T> objs, BulkOptions options) {
        ModelMeta<Model> m = modelMeta("bulkCreate");
        return (List<T>) Bulk.create(db, m, (List<Model>) objs, options);
    }

    /** Writes the named fields of each object to its row, in one transaction; returns rows updated. */
    @SuppressWarnings("unchecked")
    public int bulkUpdate(List<T> objs, String... fields) {
        ModelMeta<Model> m = modelMeta("bulkUpdate");
        return Bulk.update(db, m, (List<Model>) objs, List.of(fields));
    }

    /** The objects with the given ids, keyed by id (in chunks under the variable limit). */
    public Map<Long, T> inBulk(java.util.Collection<Long> ids) {
        modelMeta("inBulk");
        return Instances.inBulk(this, ids);
    }

    /** An object and whether it was just created. */
    public record Created<M>(M object, boolean created) {
    }

    /**
     * The object matching {@code lookup} (exact field values), or a new one made from the lookup
     * and {@code defaults}, in one transaction (Django's {@code get_or_create}).
     */
    public Created<T> getOrCreate(Map<String, ?> lookup, Map<String, ?> defaults) {
        return Instances.getOrCreate(this, modelMeta("getOrCreate"), lookup, defaults, false);
    }

    /** Updates the object matching {@code lookup} with {@code defaults}, or creates it (Django's {@code update_or_create}). */
    public Created<T> updateOrCreate(Map<String, ?> lookup, Map<String, ?> defaults) {
        return Instances.getOrCreate(this, modelMeta("updateOrCreate"), lookup, defaults, true);
    }

    @Override
    public String toString() {
        return "<QuerySet " + meta.label() + (cache == null ? " (not read)" : " " + cache) + ">";
    }
}
