package org.alcove.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alcove.orm.internal.dialect.Sql;

/**
 * One object's side of a many-to-many relation (Django's related manager): the related objects
 * as a QuerySet, and the pairs added, removed, set and cleared in the through table. Each call that
 * writes runs in one transaction. Objects prefetched with {@link QuerySet#prefetchRelated} are
 * read without a query.
 *
 * <pre>{@code
 * book.tags().add(classic, favourite);
 * book.tags().all().filter("name__startswith", "fav").exists();
 * book.tags().set(List.of(classic));     // removes favourite, keeps classic
 * classic.books().all().count();          // the other side, by the relation's relatedName
 * }</pre>
 *
 * @param <T> the model on the other side
 */
public final class ManyToMany<T extends Model> {
    private final Model owner;
    private final ManyToManyRelation rel;
    private final Database db;

    ManyToMany(Model owner, ManyToManyRelation rel, Database db) {
        this.owner = owner;
        this.rel = rel;
        this.db = db;
    }

    /** The related objects, in the target's default ordering. */
    @SuppressWarnings("unchecked")
    public QuerySet<T> all() {
        QuerySet<T> qs = (QuerySet<T>) db.objects(rel.target().type()).filter(rel.otherName() + "__pk", owner.id);
        if (owner.prefetched != null && owner.prefetched.containsKey(rel.name())) {
            return qs.withResults((List<T>) owner.prefetched.get(rel.name()));
        }
        return qs;
    }

    /** The number of related objects. */
    public long count() {
        return all().count();
    }

    /** Relates the objects (saved ones); pairs already there are left as they are. */
    @SafeVarargs
    public final void add(T... objects) {
        List<T> list = new java.util.ArrayList<>(objects.length);
        for (T o : objects) { // element by element: the varargs array itself never leaves the method
            list.add(o);
        }
        add(list);
    }

    /** Relates the objects; pairs already there are left as they are. */
    public void add(Collection<? extends T> objects) {
        add(Map.of(), objects);
    }

    /**
     * Relates the objects, giving new rows of a through model these field values
     * ({@code Map.of("role", Role.EDITOR)}; Django's {@code through_defaults}).
     */
    public void add(Map<String, ?> throughDefaults, Collection<? extends T> objects) {
        List<Long> ids = ids(objects);
        if (rel.autoCreated() && !throughDefaults.isEmpty()) {
            throw new FieldError("The relation '" + rel.name() + "' has no through model, so it takes no through defaults");
        }
        db.atomic(() -> {
            Set<Long> missing = new LinkedHashSet<>(ids);
            missing.removeAll(existing(ids));
            if (missing.isEmpty()) {
                return;
            }
            if (rel.autoCreated()) {
                insertPairs(new ArrayList<>(missing));
            } else {
                createThroughRows(throughDefaults, missing);
            }
        });
    }

    /** Unrelates the objects; those not related are ignored. */
    @SafeVarargs
    public final void remove(T... objects) {
        List<T> list = new java.util.ArrayList<>(objects.length);
        for (T o : objects) { // element by element: the varargs array itself never leaves the method
            list.add(o);
        }
        remove(list);
    }

    /** Unrelates the objects; those not related are ignored. */
    public void remove(Collection<? extends T> objects) {
        List<Long> ids = ids(objects);
        if (!ids.isEmpty()) {
            db.atomic(() -> deletePairs(ids));
        }
    }

    /** Unrelates every object. */
    public void clear() {
        db.atomic(() -> deletePairs(null));
    }

    /** Makes exactly these objects related: removes the others, adds the missing, keeps the rest (and their through rows). */
    public void set(Collection<? extends T> objects) {
        List<Long> ids = ids(objects);
        db.atomic(() -> {
            List<Long> gone = new ArrayList<>(current());
            gone.removeAll(ids);
            if (!gone.isEmpty()) {
                deletePairs(gone);
            }
            add(objects);
        });
    }

    private List<Long> ids(Collection<? extends T> objects) {
        if (owner.id == null) {
            throw new OrmException("This " + owner.getClass().getSimpleName() + " needs an id (save it) before '"
                    + rel.name() + "' can be used");
        }
        List<Long> ids = new ArrayList<>();
        for (T o : objects) {
            if (o == null || o.id == null) {
                throw new OrmException("Cannot relate " + o + " to " + owner + " through '" + rel.name()
                        + "': save it first");
            }
            if (!ids.contains(o.id)) {
                ids.add(o.id);
            }
        }
        return ids;
    }

    private String q(String name) {
        return db.dialect().quote(name);
    }

    private List<Long> longs(Sql sql) {
        return db.executor().query(sql, rs -> {
            List<Long> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
            return out;
        });
    }

    private List<Long> current() {
        return longs(new Sql().append("SELECT " + q(rel.targetColumn()) + " FROM " + q(rel.throughTable())
                + " WHERE " + q(rel.modelColumn()) + " = ").param(owner.id));
    }

    private List<Long> existing(List<Long> ids) {
        List<Long> out = new ArrayList<>();
        for (List<Long> chunk : Prefetcher.chunks(db, ids)) {
            Sql sql = new Sql().append("SELECT " + q(rel.targetColumn()) + " FROM " + q(rel.throughTable())
                    + " WHERE " + q(rel.modelColumn()) + " = ").param(owner.id);
            out.addAll(longs(in(sql.append(" AND " + q(rel.targetColumn())), chunk)));
        }
        return out;
    }

    private static Sql in(Sql sql, List<Long> ids) {
        sql.append(" IN (");
        for (int i = 0; i < ids.size(); i++) {
            sql.append(i == 0 ? "" : ", ").param(ids.get(i));
        }
        return sql.append(")");
    }

    private void insertPairs(List<Long> ids) {
        int perStatement = Math.max(1, (db.dialect().maxVariables() - 10) / 2);
        for (int from = 0; from < ids.size(); from += perStatement) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + perStatement));
            Sql sql = new Sql().append("INSERT INTO " + q(rel.throughTable()) + " (" + q(rel.modelColumn()) + ", "
                    + q(rel.targetColumn()) + ") VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "(" : ", (").param(owner.id).append(", ").param(chunk.get(i)).append(")");
            }
            db.executor().update(sql);
        }
    }

    @SuppressWarnings("unchecked")
    private void createThroughRows(Map<String, ?> defaults, Set<Long> ids) {
        ModelMeta<Model> through = (ModelMeta<Model>) rel.through();
        FieldMeta toOwner = keyWithColumn(rel.modelColumn());
        FieldMeta toTarget = keyWithColumn(rel.targetColumn());
        List<Model> rows = new ArrayList<>();
        for (Long id : ids) {
            Map<String, Object> values = new HashMap<>(defaults);
            values.put(toOwner.name(), owner);
            Model target = rel.target().newInstance();
            target.id = id;
            target.db = db;
            target.deferred = rel.target().allFieldsMask();
            values.put(toTarget.name(), target);
            rows.add(Instances.make(through, values, Map.of()));
        }
        Bulk.create(db, through, rows, BulkOptions.defaults());
    }

    private FieldMeta keyWithColumn(String column) {
        for (FieldMeta f : rel.through().fields()) {
            if (f.isRelation() && f.column().equals(column)) {
                return f;
            }
        }
        throw new IllegalStateException(rel.throughName() + " has no key column " + column);
    }

    /** Deletes the pairs with these targets (all of the owner's when null); through models go through their onDelete. */
    private void deletePairs(List<Long> ids) {
        if (!rel.autoCreated()) {
            QuerySet<? extends Model> rows = db.objects(rel.through().type()).filter(keyWithColumn(rel.modelColumn()).name(), owner.id);
            String toTarget = keyWithColumn(rel.targetColumn()).name();
            if (ids == null) {
                rows.delete();
                return;
            }
            for (List<Long> chunk : Prefetcher.chunks(db, ids)) {
                rows.filter(toTarget + "__in", chunk).delete();
            }
            return;
        }
        Sql base = new Sql().append("DELETE FROM " + q(rel.throughTable()) + " WHERE " + q(rel.modelColumn()) + " = ").param(owner.id);
        if (ids == null) {
            db.executor().update(base);
            return;
        }
        for (List<Long> chunk : Prefetcher.chunks(db, ids)) {
            Sql sql = new Sql().append(base).append(" AND " + q(rel.targetColumn()));
            db.executor().update(in(sql, chunk));
        }
    }

    @Override
    public String toString() {
        return "<ManyToMany " + owner + "." + rel.name() + " -> " + rel.target().label() + ">";
    }
}
