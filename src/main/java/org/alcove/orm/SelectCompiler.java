package org.alcove.orm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alcove.orm.internal.dialect.Sql;

/** Turns a {@link Query} into SELECT, COUNT, EXISTS, aggregate and UPDATE statements. */
final class SelectCompiler {
    private SelectCompiler() {
    }

    /** A SELECT and how to read its columns back. */
    record Select(Sql sql, Layout layout) {
    }

    /** Where each selected column lands: base fields, related objects, annotations, or values. */
    record Layout(List<FieldMeta> baseFields, long deferredMask, List<Related> related,
                  List<String> annotationNames, List<Compiled> annotationColumns, int firstAnnotation,
                  List<String> valueNames, List<Compiled> valueColumns) {
    }

    /** A related object joined by selectRelated: the FK path from the base model and its first column. */
    record Related(List<FieldMeta> path, ModelMeta<?> model, int firstColumn) {
    }

    static Select select(Query q) {
        if (q.combinator != null) {
            return compound(q);
        }
        List<Query.Ord> ordering = effectiveOrdering(q);
        Sql cols = new Sql();
        Layout layout = q.valueNames != null ? valuesColumns(q, cols) : modelColumns(q, cols);
        if (q.distinct) {
            orderingColumns(cols, ordering);
        }
        Sql sql = new Sql().append(q.distinct ? "SELECT DISTINCT " : "SELECT ").append(cols);
        from(sql, q);
        groupBy(sql, q, layout, ordering);
        orderBy(sql, ordering);
        q.dialect.limitOffset(sql, q.limit, q.offset);
        return new Select(sql, layout);
    }

    /**
     * {@code part UNION part ...} (or INTERSECT, EXCEPT), read back as its first part's columns,
     * then ordered by column position and sliced. A part with its own ordering or slice is read
     * as a subquery ({@code SELECT * FROM (...) AS "part"}: PostgreSQL needs the name), which SQLite allows where a bare one is refused;
     * a part without either is not ordered, as the whole is not unless asked.
     */
    private static Select compound(Query q) {
        Sql sql = new Sql();
        Layout layout = null;
        List<String> names = null;
        for (Query original : q.combined) {
            Query part = original.copy();
            boolean wrap = part.isSliced() || (part.ordering != null && !part.ordering.isEmpty());
            if (!wrap) {
                part.ordering = List.of();
            }
            Select s = select(part);
            List<String> columns = columnNames(s.layout());
            if (layout == null) {
                layout = s.layout();
                names = columns;
            } else {
                sql.append(" " + q.combinator + (q.combinatorAll ? " ALL " : " "));
                if (columns.size() != names.size()) {
                    throw new OrmException("The queries of " + q.combinator.toLowerCase(java.util.Locale.ROOT)
                            + "() must select the same number of columns: " + names + " and " + columns);
                }
            }
            sql.append(wrap ? new Sql().append("SELECT * FROM (").append(s.sql()).append(") AS \"part\"") : s.sql());
        }
        for (int i = 0; i < q.combinedOrdering.size(); i++) {
            String name = q.combinedOrdering.get(i);
            boolean desc = name.startsWith("-");
            String bare = desc ? name.substring(1) : name;
            int position = names.indexOf(bare.equals("pk") ? "id" : bare) + 1;
            if (position == 0) {
                throw new FieldError("ORDER BY term '" + bare + "' does not match any column in the result set. Columns are: "
                        + String.join(", ", names));
            }
            sql.append(i == 0 ? " ORDER BY " : ", ").append(position + (desc ? " DESC" : " ASC"));
        }
        q.dialect.limitOffset(sql, q.limit, q.offset);
        return new Select(sql, layout);
    }

    /** The names of the columns a select reads back, in order: fields (and related objects' fields), annotations, values. */
    static List<String> columnNames(Layout layout) {
        if (layout.valueNames() != null) {
            return layout.valueNames();
        }
        List<String> names = new ArrayList<>();
        for (FieldMeta f : layout.baseFields()) {
            names.add(f.name());
        }
        for (Related r : layout.related()) {
            for (FieldMeta f : r.model().fields()) {
                names.add(r.path().get(r.path().size() - 1).name() + "__" + f.name());
            }
        }
        names.addAll(layout.annotationNames());
        return names;
    }

    /**
     * A DISTINCT query selects its ordering columns too, after the ones read back, as Django's does:
     * {@code valuesListFlat("author").distinct()} ordered by date gives an author once per date.
     */
    private static void orderingColumns(Sql cols, List<Query.Ord> ordering) {
        for (Query.Ord o : ordering) {
            if (o.groupable() && !cols.text().contains(o.expression().text())) {
                cols.append(", ").append(o.expression());
            }
        }
    }

    private static Layout modelColumns(Query q, Sql cols) {
        if (q.only == null && q.deferred.isEmpty() && q.selectRelated.isEmpty() && q.annotations.size() == q.aliases.size()) {
            cols.append(q.model.columnList(q.base, q.dialect));
            return new Layout(q.model.fields(), 0, List.of(), List.of(), List.of(), q.model.fields().size() + 1, null, null);
        }
        List<FieldMeta> fields = new ArrayList<>();
        long mask = 0;
        for (FieldMeta f : q.model.fields()) {
            boolean load = f.isPrimaryKey() || (q.only == null ? !q.deferred.contains(f.name()) : q.only.contains(f.name()))
                    || neededBySelectRelated(q, f);
            if (load) {
                fields.add(f);
                cols.append(cols.isEmpty() ? "" : ", ").append(q.col(q.base, f));
            } else {
                mask |= 1L << f.index;
            }
        }
        int column = fields.size() + 1;
        List<Related> related = new ArrayList<>();
        for (List<FieldMeta> path : q.selectRelated) {
            String alias = q.base;
            for (FieldMeta fk : path) {
                alias = q.forwardJoin(alias, fk);
            }
            ModelMeta<?> target = path.get(path.size() - 1).targetMeta();
            related.add(new Related(path, target, column));
            for (FieldMeta f : target.fields()) {
                cols.append(", ").append(q.col(alias, f));
                column++;
            }
        }
        List<String> names = new ArrayList<>();
        List<Compiled> annotationColumns = new ArrayList<>();
        for (Map.Entry<String, Compiled> a : q.annotations.entrySet()) {
            if (!q.aliases.contains(a.getKey())) {
                names.add(a.getKey());
                annotationColumns.add(a.getValue());
                cols.append(", ").append(a.getValue().sql());
            }
        }
        return new Layout(fields, mask, related, names, annotationColumns, column, null, null);
    }

    private static boolean neededBySelectRelated(Query q, FieldMeta f) {
        for (List<FieldMeta> path : q.selectRelated) {
            if (path.get(0) == f) {
                return true;
            }
        }
        return false;
    }

    private static Layout valuesColumns(Query q, Sql cols) {
        List<String> names = new ArrayList<>(q.valueNames);
        List<Compiled> columns = new ArrayList<>(q.valueColumns);
        int i = 0;
        for (Map.Entry<String, Compiled> a : q.annotations.entrySet()) {
            if (i++ >= q.annotationsBeforeValues && !names.contains(a.getKey()) && !q.aliases.contains(a.getKey())) {
                names.add(a.getKey());
                columns.add(a.getValue());
            }
        }
        for (Compiled c : columns) {
            cols.append(cols.isEmpty() ? "" : ", ").append(c.sql());
        }
        return new Layout(List.of(), 0, List.of(), List.of(), List.of(), 1, names, columns);
    }

    static void from(Sql sql, Query q) {
        sql.append(" FROM ").append(q.dialect.quote(q.model.table()));
        if (!q.base.equals(q.dialect.quote(q.model.table()))) {
            sql.append(" ").append(q.base);
        }
        appendJoins(sql, q);
        where(sql, q);
    }

    static void appendJoins(Sql sql, Query q) {
        for (Join j : q.joins) {
            sql.append(j.outer() ? " LEFT OUTER JOIN " : " INNER JOIN ").append(q.dialect.quote(j.table())).append(" ")
                    .append(j.alias()).append(" ON (").append(j.parentAlias()).append(".").append(q.dialect.quote(j.leftColumn()))
                    .append(" = ").append(j.alias()).append(".").append(q.dialect.quote(j.rightColumn())).append(")");
        }
    }

    static void where(Sql sql, Query q) {
        if (q.empty) {
            sql.append(" WHERE 0 = 1");
            return;
        }
        for (int i = 0; i < q.where.size(); i++) {
            sql.append(i == 0 ? " WHERE " : " AND ").append(q.where.get(i));
        }
    }

    private static void groupBy(Sql sql, Query q, Layout layout, List<Query.Ord> ordering) {
        if (!q.hasAggregates()) {
            return;
        }
        Sql group = groupTerms(q, layout.related(), ordering);
        if (!group.isEmpty()) {
            sql.append(" GROUP BY ").append(group);
        }
        having(sql, q);
    }

    /**
     * What the rows group by: the values selected when the first aggregate was annotated after
     * values(), with the ordering's plain columns (Django adds them, which splits the groups);
     * otherwise each object, by its primary key where the dialect allows reading the other columns
     * of a row grouped so.
     */
    private static Sql groupTerms(Query q, List<Related> related, List<Query.Ord> ordering) {
        List<Sql> terms = new ArrayList<>();
        if (q.grouping == Query.Grouping.VALUES || (q.grouping == Query.Grouping.NONE && q.valueNames != null)) {
            List<Compiled> values = q.grouping == Query.Grouping.VALUES ? q.groupValues : q.valueColumns;
            for (Compiled c : values) {
                if (!c.aggregate()) {
                    addTerm(terms, c.sql());
                }
            }
            if (q.ordering != null) {
                for (Query.Ord o : ordering) {
                    if (o.groupable()) {
                        addTerm(terms, o.expression());
                    }
                }
            }
        } else if (q.dialect.groupByPrimaryKeyCoversTable()) {
            terms.add(new Sql().append(q.col(q.base, q.model.pk())));
            for (Related r : related) {
                String alias = q.base;
                for (FieldMeta fk : r.path()) {
                    alias = q.forwardJoin(alias, fk);
                }
                terms.add(new Sql().append(q.col(alias, r.model().pk())));
            }
            // values() read after a per-object aggregate may reach into joined tables, whose columns the
            // primary key does not cover (PostgreSQL refuses them): they group too, splitting nothing
            if (q.valueColumns != null) {
                for (Compiled c : q.valueColumns) {
                    if (!c.aggregate()) {
                        addTerm(terms, c.sql());
                    }
                }
            }
        } else {
            for (FieldMeta f : q.model.fields()) {
                terms.add(new Sql().append(q.col(q.base, f)));
            }
        }
        Sql out = new Sql();
        for (Sql t : terms) {
            out.append(out.isEmpty() ? "" : ", ").append(t);
        }
        return out;
    }

    private static void addTerm(List<Sql> terms, Sql term) {
        for (Sql t : terms) {
            if (t.text().equals(term.text()) && t.params().equals(term.params())) {
                return;
            }
        }
        terms.add(term);
    }

    private static void having(Sql sql, Query q) {
        for (int i = 0; i < q.having.size(); i++) {
            sql.append(i == 0 ? " HAVING " : " AND ").append(q.having.get(i));
        }
    }

    private static void orderBy(Sql sql, List<Query.Ord> terms) {
        for (int i = 0; i < terms.size(); i++) {
            Query.Ord o = terms.get(i);
            sql.append(i == 0 ? " ORDER BY " : ", ").append(o.expression()).append(o.descending() ? " DESC" : " ASC")
                    .append(o.nulls() == OrderBy.Nulls.FIRST ? " NULLS FIRST" : o.nulls() == OrderBy.Nulls.LAST ? " NULLS LAST" : "");
        }
    }

    static List<Query.Ord> effectiveOrdering(Query q) {
        if (q.ordering != null) {
            return q.ordering;
        }
        if (q.grouping != Query.Grouping.NONE || q.hasAggregates()) {
            return List.of(); // the default ordering does not apply to GROUP BY queries (Django 3.1+)
        }
        return compileOrdering(q, q.model.ordering());
    }

    /** Resolves ordering names ({@code "-publicationDate"}, {@code "author__name"}, {@code "?"}, annotations). */
    static List<Query.Ord> compileOrdering(Query q, List<String> names) {
        List<Query.Ord> terms = new ArrayList<>();
        ExpressionCompiler compiler = new ExpressionCompiler(q, Query.JoinPolicy.annotate());
        for (String name : names) {
            if (name.equals("?")) {
                terms.add(new Query.Ord(new Sql().append("RANDOM()"), false, false));
                continue;
            }
            boolean desc = name.startsWith("-");
            String bare = desc ? name.substring(1) : name;
            List<String> parts = Lookups.split(bare);
            Query.Target t = q.resolve(parts, Query.JoinPolicy.annotate());
            if (!t.rest().isEmpty()) {
                throw new FieldError("Cannot resolve keyword '" + t.rest().get(0) + "' into field. Choices are: "
                        + t.model().choices(List.of()));
            }
            String joinedKey = q.joinedKey(t, parts);
            if (t.annotation() != null) {
                terms.add(new Query.Ord(t.annotation().sql(), desc, false));
            } else if (joinedKey != null) {
                terms.add(new Query.Ord(new Sql().append(joinedKey), desc, true));
            } else if (t.field().isRelation() && parts.get(parts.size() - 1).equals(t.field().name())
                    && !t.field().targetMeta().ordering().isEmpty() && parts.size() < 4) {
                for (Query.Ord o : compileOrdering(q, prefixed(bare, ModelMeta.of(t.field().target()).ordering()))) {
                    terms.add(desc ? o.reversed() : o);
                }
            } else {
                Compiled c = compiler.expression(F.of(bare));
                terms.add(new Query.Ord(c.sql(), desc, !c.aggregate()));
            }
        }
        return terms;
    }

    private static List<String> prefixed(String path, List<String> ordering) {
        List<String> out = new ArrayList<>();
        for (String o : ordering) {
            boolean desc = o.startsWith("-");
            out.add((desc ? "-" : "") + path + "__" + (desc ? o.substring(1) : o));
        }
        return out;
    }

    // ---- count, exists, aggregate, update ------------------------------------------------

    static Sql count(Query q) {
        if (q.combinator != null) {
            return new Sql().append("SELECT COUNT(*) FROM (").append(select(q).sql()).append(") subquery");
        }
        if (q.isSliced() || q.distinct || q.hasAggregates()) {
            Query inner = q.copy();
            if (!inner.isSliced()) {
                inner.ordering = List.of(); // a slice is taken from the ordered rows; otherwise order is moot
            }
            return new Sql().append("SELECT COUNT(*) FROM (").append(select(inner).sql()).append(") subquery");
        }
        Sql sql = new Sql().append("SELECT COUNT(*)");
        from(sql, q);
        return sql;
    }

    static Sql exists(Query q) {
        Query inner = q.copy();
        if (inner.combinator != null) {
            inner.combinedOrdering = List.of();
            inner.limit = 1L;
            return new Sql().append("SELECT 1 FROM (").append(select(inner).sql()).append(") subquery");
        }
        inner.ordering = List.of();
        if (inner.hasAggregates() || inner.valueNames != null) {
            inner.limit = 1L;
            return new Sql().append("SELECT 1 FROM (").append(select(inner).sql()).append(") subquery");
        }
        Sql sql = new Sql().append("SELECT 1");
        from(sql, inner);
        q.dialect.limitOffset(sql, 1L, 0);
        return sql;
    }

    /** {@code SELECT agg, ...} over the query's rows; a subquery when the rows are sliced, distinct or grouped. */
    static Sql aggregate(Query q, LinkedHashMap<String, Aggregate> aggregates, List<Compiled> out) {
        boolean wrap = q.isSliced() || q.distinct || q.hasAggregates();
        if (!wrap) {
            ExpressionCompiler compiler = new ExpressionCompiler(q, Query.JoinPolicy.annotate());
            Sql sql = new Sql().append("SELECT ");
            int i = 0;
            for (Aggregate a : aggregates.values()) {
                Compiled c = compiler.expression(a);
                out.add(c);
                sql.append(i++ == 0 ? "" : ", ").append(c.sql());
            }
            from(sql, q);
            return sql;
        }
        Query inner = q.copy();
        if (!inner.isSliced()) {
            inner.ordering = List.of();
        }
        inner.valueNames = new ArrayList<>();
        inner.valueColumns = new ArrayList<>();
        inner.annotationsBeforeValues = inner.annotations.size();
        inner.valueNames.add("__pk");
        inner.valueColumns.add(Compiled.of(new Sql().append(inner.col(inner.base, inner.model.pk())), false, null));
        ExpressionCompiler compiler = new ExpressionCompiler(inner, Query.JoinPolicy.annotate());
        Sql outer = new Sql().append("SELECT ");
        int i = 0;
        for (Aggregate a : aggregates.values()) {
            Compiled source = compiler.expression(a.source());
            Sql arg = compiler.filteredArgument(a, source.sql());
            String name = "__a" + i;
            inner.valueNames.add(name);
            inner.valueColumns.add(new Compiled(arg, source.aggregate(), source.field(), source.kind()));
            Sql call = ExpressionCompiler.call(a, new Sql().append("subquery." + name));
            out.add(ExpressionCompiler.result(a, call, source));
            outer.append(i++ == 0 ? "" : ", ").append(call);
        }
        // Aliases are needed to refer to the inner columns.
        Sql innerSql = aliasedValues(inner);
        return outer.append(" FROM (").append(innerSql).append(") subquery");
    }

    private static Sql aliasedValues(Query q) {
        List<Query.Ord> ordering = effectiveOrdering(q);
        Sql cols = new Sql();
        for (int i = 0; i < q.valueNames.size(); i++) {
            cols.append(i == 0 ? "" : ", ").append(q.valueColumns.get(i).sql()).append(" AS " + q.dialect.quote(q.valueNames.get(i)));
        }
        for (Map.Entry<String, Compiled> a : q.annotations.entrySet()) {
            if (a.getValue().aggregate()) {
                cols.append(", ").append(a.getValue().sql()).append(" AS " + q.dialect.quote("__ann_" + a.getKey()));
            }
        }
        Sql sql = new Sql().append(q.distinct ? "SELECT DISTINCT " : "SELECT ").append(cols);
        from(sql, q);
        if (q.hasAggregates()) {
            sql.append(" GROUP BY ").append(groupTerms(q, List.of(), ordering));
            having(sql, q);
        }
        orderBy(sql, ordering);
        q.dialect.limitOffset(sql, q.limit, q.offset);
        return sql;
    }

    /** {@code UPDATE table SET ... WHERE ...}, through a pk subquery when the conditions need joins. */
    static Sql update(Query q, Map<String, Object> values) {
        Query target = Query.of(q.model, q.dialect);
        ExpressionCompiler compiler = new ExpressionCompiler(target, Query.JoinPolicy.noJoins());
        Sql sql = new Sql().append("UPDATE ").append(q.dialect.quote(q.model.table())).append(" SET ");
        int i = 0;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            FieldMeta f = q.model.field(e.getKey()).or(() -> java.util.Optional.ofNullable(Query.attnameField(q.model, e.getKey())))
                    .orElseThrow(() -> new FieldError("Cannot update unknown field '"
                    + e.getKey() + "' of " + q.model.label() + ". Choices are: " + q.model.choices(List.of())));
            if (f.isPrimaryKey()) {
                throw new FieldError("Cannot update the primary key");
            }
            sql.append(i++ == 0 ? "" : ", ").append(q.dialect.quote(f.column())).append(" = ");
            if (e.getValue() instanceof Expression x) {
                sql.append(compiler.expression(x).sql());
            } else {
                sql.param(f.toDatabase(f.parse(e.getValue())));
            }
        }
        if (q.empty) {
            return sql.append(" WHERE 0 = 1");
        }
        if (q.joins.isEmpty() && q.base.equals(target.base)) {
            where(sql, q);
            return sql;
        }
        return sql.append(" WHERE ").append(q.dialect.quote("id")).append(" IN (").append(pkSubquery(q)).append(")");
    }

    /** {@code SELECT pk FROM ...} of the query's rows. */
    static Sql pkSubquery(Query q) {
        Query ids = q.copy();
        ids.valueNames = new ArrayList<>(List.of("id"));
        ids.valueColumns = new ArrayList<>(List.of(Compiled.of(new Sql().append(ids.col(ids.base, ids.model.pk())), false, null)));
        ids.annotationsBeforeValues = ids.annotations.size();
        if (!ids.isSliced()) {
            ids.ordering = List.of();
        }
        return select(ids).sql();
    }
}
