package org.alcove.orm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alcove.orm.internal.dialect.Sql;

/**
 * Deletes rows and applies each relation's onDelete, in as few statements as it can: a cascade
 * over thousands of rows is one {@code DELETE ... WHERE fk IN (...)} per model, not one per row.
 * Everything runs in one transaction; PROTECT and RESTRICT are checked before anything is deleted.
 */
final class Deleter {
    private final Database db;
    private final List<Sql> statements = new ArrayList<>();
    private final List<String> statementModels = new ArrayList<>();
    private final Map<ModelMeta<?>, List<Long>> deleting = new LinkedHashMap<>();
    private final List<Restriction> restricted = new ArrayList<>();

    /** Rows of {@code child} pointing at {@code parentIds} of {@code parent} through a RESTRICT key. */
    private record Restriction(ModelMeta<?> parent, ModelMeta<?> child, FieldMeta fk, List<Long> parentIds) {
    }

    Deleter(Database db) {
        this.db = db;
    }

    DeleteResult delete(Query q) {
        return db.atomic(() -> {
            ModelMeta<?> meta = q.model;
            if (q.joins.isEmpty() && !hasDependents(meta)) {
                Sql sql = new Sql().append("DELETE FROM ").append(db.dialect().quote(meta.table()));
                SelectCompiler.where(sql, q);
                int n = db.executor().update(sql);
                return new DeleteResult(n, n == 0 ? Map.of() : Map.of(meta.label(), n));
            }
            List<Long> rootIds = db.executor().query(SelectCompiler.pkSubquery(q), rs -> {
                List<Long> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
                return out;
            });
            collect(meta, rootIds);
            checkRestricted();
            Map<String, Integer> counts = new LinkedHashMap<>();
            int total = 0;
            for (int i = statements.size() - 1; i >= 0; i--) {
                int n = db.executor().update(statements.get(i));
                String model = statementModels.get(i);
                if (model != null && n > 0) {
                    counts.merge(model, n, Integer::sum);
                    total += n;
                }
            }
            return new DeleteResult(total, counts);
        });
    }

    private static boolean hasDependents(ModelMeta<?> meta) {
        for (ModelMeta.ReverseRelation r : meta.reverseRelations()) {
            if (r.field().onDelete() != OnDelete.DO_NOTHING) {
                return true;
            }
        }
        for (ManyToManyRelation r : meta.manyToManyRelations()) {
            if (r.autoCreated()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasRestrictedReference(ModelMeta<?> meta) {
        for (FieldMeta f : meta.fields()) {
            if (f.isRelation() && f.onDelete() == OnDelete.RESTRICT) {
                return true;
            }
        }
        return false;
    }

    /** Plans the deletion of {@code ids} of {@code meta}; statements run in reverse order of planning. */
    private void collect(ModelMeta<?> meta, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        deleting.computeIfAbsent(meta, m -> new ArrayList<>()).addAll(ids);
        plan("DELETE FROM " + q(meta.table()) + " WHERE \"id\" IN ", ids, meta.label());
        for (ManyToManyRelation r : meta.manyToManyRelations()) {
            if (r.autoCreated()) { // the pairs of an ORM-made through table go with either side
                plan("DELETE FROM " + q(r.throughTable()) + " WHERE " + q(r.modelColumn()) + " IN ", ids, r.throughName());
            }
        }
        for (ModelMeta.ReverseRelation r : meta.reverseRelations()) {
            ModelMeta<?> child = r.model();
            FieldMeta fk = r.field();
            String fkIn = q(fk.column()) + " IN ";
            switch (fk.onDelete()) {
                case CASCADE -> {
                    if (hasDependents(child) || hasRestrictedReference(child) || child == meta) {
                        collect(child, idsWhere(child, fk, ids));
                    } else {
                        plan("DELETE FROM " + q(child.table()) + " WHERE " + fkIn, ids, child.label());
                    }
                }
                case PROTECT -> {
                    List<? extends Model> protecting = db.objects(child.type()).filter(fk.name() + "__in", ids).limit(10).list();
                    if (!protecting.isEmpty()) {
                        throw new ProtectedError("Cannot delete some instances of model '" + meta.label()
                                + "' because they are referenced through protected foreign keys: '" + child.label() + "."
                                + fk.name() + "'. Protected objects: " + protecting, protecting);
                    }
                }
                case RESTRICT -> restricted.add(new Restriction(meta, child, fk, ids));
                case SET_NULL -> plan("UPDATE " + q(child.table()) + " SET " + q(fk.column()) + " = NULL WHERE " + fkIn, ids, null);
                case SET_DEFAULT -> {
                    if (!fk.hasDefault()) {
                        throw new FieldError(child.label() + "." + fk.name() + " uses SET_DEFAULT but declares no default");
                    }
                    plan("UPDATE " + q(child.table()) + " SET " + q(fk.column()) + " = "
                            + db.dialect().literal(Long.parseLong(fk.defaultValue())) + " WHERE " + fkIn, ids, null);
                }
                case DO_NOTHING -> { }
            }
        }
    }

    private void checkRestricted() {
        for (Restriction r : restricted) {
            ModelMeta<?> parent = r.parent();
            ModelMeta<?> child = r.child();
            FieldMeta fk = r.fk();
            List<Long> ids = r.parentIds();
            QuerySet<? extends Model> refs = db.objects(child.type()).filter(fk.name() + "__in", ids);
            List<Long> alsoDeleted = deleting.getOrDefault(child, List.of());
            if (!alsoDeleted.isEmpty()) {
                refs = refs.exclude("pk__in", alsoDeleted);
            }
            List<? extends Model> blocking = refs.limit(10).list();
            if (!blocking.isEmpty()) {
                throw new ProtectedError("Cannot delete some instances of model '" + parent.label()
                        + "' because they are referenced through restricted foreign keys: '" + child.label() + "."
                        + fk.name() + "'. Restricted objects: " + blocking, blocking);
            }
        }
    }

    private List<Long> idsWhere(ModelMeta<?> child, FieldMeta fk, List<Long> parentIds) {
        List<Long> out = new ArrayList<>();
        for (List<Long> chunk : Prefetcher.chunks(db, parentIds)) {
            Sql sql = new Sql().append("SELECT \"id\" FROM " + q(child.table()) + " WHERE " + q(fk.column()) + " IN ");
            in(sql, chunk);
            db.executor().query(sql, rs -> {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
                return null;
            });
        }
        return out;
    }

    private void plan(String prefix, List<Long> ids, String model) {
        for (List<Long> chunk : Prefetcher.chunks(db, ids)) {
            Sql sql = new Sql().append(prefix);
            in(sql, chunk);
            statements.add(sql);
            statementModels.add(model);
        }
    }

    private static void in(Sql sql, List<Long> ids) {
        sql.append("(");
        for (int i = 0; i < ids.size(); i++) {
            sql.append(i == 0 ? "" : ", ").param(ids.get(i));
        }
        sql.append(")");
    }

    private String q(String identifier) {
        return db.dialect().quote(identifier);
    }
}
