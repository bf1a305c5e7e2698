package org.alcove.orm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alcove.orm.dialect.Sql;

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
        Sql cols = new Sql();
        Layout layout = q.valueNames != null ? valuesColumns(q, cols) : modelColumns(q, cols);
        Sql sql = new Sql().append(useDistinct(q) ? "SELECT DISTINCT " : "SELECT ").append(cols);
        from(sql, q);
        groupBy(sql, q, layout);
        orderBy(sql, q);
        q.dialect.limitOffset(sql, q.limit, q.offset);
        return new Select(sql, layout);
    }

    private static boolean useDistinct(Query q) {
        return q.distinct || (q.multiValuedFilter && !q.hasAggregates());
    }

    private static Layout modelColumns(Query q, Sql cols) {
        if (q.only == null && q.deferred.isEmpty() && q.selectRelated.isEmpty() && q.annotations.isEmpty()) {
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
        List<String> names = new ArrayList<>(q.annotations.keySet());
        List<Compiled> annotationColumns = new ArrayList<>(q.annotations.values());
        for (Compiled c : annotationColumns) {
            cols.append(", ").append(c.sql());
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
            if (i++ >= q.annotationsBeforeValues && !names.contains(a.getKey())) {
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

    private static void groupBy(Sql sql, Query q, Layout layout) {
        if (!q.hasAggregates()) {
            return;
        }
        List<String> terms = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (layout.valueNames() != null) {
            for (Compiled c : layout.valueColumns()) {
                if (!c.aggregate()) {
                    terms.add(c.sql().text());
                    params.addAll(c.sql().params());
                }
            }
        } else if (q.dialect.groupByPrimaryKeyCoversTable()) {
            terms.add(q.col(q.base, q.model.pk()));
            for (Related r : layout.related()) {
                String alias = q.base;
                for (FieldMeta fk : r.path()) {
                    alias = q.forwardJoin(alias, fk);
                }
                terms.add(q.col(alias, r.model().pk()));
            }
        } else {
            for (FieldMeta f : layout.baseFields()) {
                terms.add(q.col(q.base, f));
            }
        }
        if (!terms.isEmpty()) {
            sql.append(" GROUP BY ").append(String.join(", ", terms), params);
        }
        for (int i = 0; i < q.having.size(); i++) {
            sql.append(i == 0 ? " HAVING " : " AND ").append(q.having.get(i));
        }
    }

    private static void orderBy(Sql sql, Query q) {
        List<Query.Ord> terms = effectiveOrdering(q);
        for (int i = 0; i < terms.size(); i++) {
            Query.Ord o = terms.get(i);
            sql.append(i == 0 ? " ORDER BY " : ", ").append(o.expression()).append(o.descending() ? " DESC" : " ASC");
        }
    }

    static List<Query.Ord> effectiveOrdering(Query q) {
        if (q.ordering != null) {
            return q.ordering;
        }
        if (q.valueNames != null && q.hasAggregates()) {
            return List.of();
        }
        return compileOrdering(q, q.model.ordering());
    }

    /** Resolves ordering names ({@code "-publicationDate"}, {@code "author__name"}, {@code "?"}, annotations). */
    static List<Query.Ord> compileOrdering(Query q, List<String> names) {
        List<Query.Ord> terms = new ArrayList<>();
        ExpressionCompiler compiler = new ExpressionCompiler(q, Query.JoinPolicy.annotate());
        for (String name : names) {
            if (name.equals("?")) {
                terms.add(new Query.Ord(new Sql().append("RANDOM()"), false));
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
                terms.add(new Query.Ord(t.annotation().sql(), desc));
            } else if (joinedKey != null) {
                terms.add(new Query.Ord(new Sql().append(joinedKey), desc));
            } else if (t.field().isRelation() && parts.get(parts.size() - 1).equals(t.field().name())
                    && !t.field().targetMeta().ordering().isEmpty() && parts.size() < 4) {
                for (Query.Ord o : compileOrdering(q, prefixed(bare, ModelMeta.of(t.field().target()).ordering()))) {
                    terms.add(desc ? o.reversed() : o);
                }
            } else {
                terms.add(new Query.Ord(compiler.expression(F.of(bare)).sql(), desc));
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
        if (q.isSliced() || q.distinct || q.hasAggregates() || (q.valueNames != null && q.multiValuedFilter)) {
            Query inner = q.copy();
            inner.ordering = List.of();
            return new Sql().append("SELECT COUNT(*) FROM (").append(select(inner).sql()).append(") subquery");
        }
        Sql sql = new Sql().append(q.multiValuedFilter ? "SELECT COUNT(DISTINCT " + q.col(q.base, q.model.pk()) + ")" : "SELECT COUNT(*)");
        from(sql, q);
        return sql;
    }

    static Sql exists(Query q) {
        Query inner = q.copy();
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
        boolean wrap = q.isSliced() || q.distinct || q.hasAggregates() || q.multiValuedFilter;
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
        inner.ordering = List.of();
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
        Sql cols = new Sql();
        for (int i = 0; i < q.valueNames.size(); i++) {
            cols.append(i == 0 ? "" : ", ").append(q.valueColumns.get(i).sql()).append(" AS " + q.dialect.quote(q.valueNames.get(i)));
        }
        for (Map.Entry<String, Compiled> a : q.annotations.entrySet()) {
            if (a.getValue().aggregate()) {
                cols.append(", ").append(a.getValue().sql()).append(" AS " + q.dialect.quote("__ann_" + a.getKey()));
            }
        }
        Sql sql = new Sql().append(q.distinct || (q.multiValuedFilter && !q.hasAggregates()) ? "SELECT DISTINCT " : "SELECT ").append(cols);
        from(sql, q);
        if (q.hasAggregates()) {
            Sql group = new Sql().append(" GROUP BY ").append(q.col(q.base, q.model.pk()));
            sql.append(group);
            for (int i = 0; i < q.having.size(); i++) {
                sql.append(i == 0 ? " HAVING " : " AND ").append(q.having.get(i));
            }
        }
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
            FieldMeta f = q.model.field(e.getKey()).orElseThrow(() -> new FieldError("Cannot update unknown field '"
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
