package org.alcove.orm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * prefetchRelated: for each relation, one query for all the objects' related rows (IN-batched
 * under the variable limit), attached in Java. Nested lookups ({@code books__author}) continue
 * from the rows just fetched.
 */
final class Prefetcher {
    private Prefetcher() {
    }

    static void validate(ModelMeta<?> meta, Prefetch prefetch) {
        String lookup = prefetch.lookup();
        ModelMeta<?> m = meta;
        for (String part : Lookups.split(lookup)) {
            ModelMeta<?> owner = m;
            FieldMeta f = m.field(part).filter(FieldMeta::isRelation).orElse(null);
            if (f != null) {
                m = f.targetMeta();
                continue;
            }
            ManyToManyRelation mm = m.manyToMany(part).orElse(null);
            if (mm != null) {
                m = mm.target();
                continue;
            }
            ModelMeta.ReverseRelation r = m.reverseRelation(part).orElseThrow(() -> new FieldError(
                    "Cannot find '" + part + "' on " + owner.label() + " object, '" + lookup
                            + "' is an invalid parameter to prefetchRelated(). Choices are: " + relations(owner)));
            m = r.model();
        }
        if (prefetch.queryset() != null && prefetch.queryset().model().type() != m.type()) {
            throw new FieldError("The queryset of Prefetch('" + lookup + "') reads " + prefetch.queryset().model().label()
                    + ", but the lookup leads to " + m.label());
        }
    }

    private static String relations(ModelMeta<?> m) {
        List<String> names = new ArrayList<>();
        m.fields().stream().filter(FieldMeta::isRelation).forEach(f -> names.add(f.name()));
        m.reverseRelations().forEach(r -> names.add(r.name()));
        m.manyToManyRelations().forEach(r -> names.add(r.name()));
        return String.join(", ", names);
    }

    static void prefetch(Database db, List<? extends Model> objects, List<Prefetch> lookups) {
        for (Prefetch lookup : lookups) {
            prefetchPath(db, objects, Lookups.split(lookup.lookup()), lookup);
        }
    }

    /**
     * One step of a lookup after the other. A step that an earlier lookup of the same call
     * prefetched already ({@code books} before {@code books__contributions}) reuses its rows, so a
     * {@link Prefetch}'s QuerySet for it is not undone by the longer lookup; the last step reads
     * through the Prefetch's QuerySet and keeps its rows under its {@code toAttr}.
     */
    private static void prefetchPath(Database db, List<? extends Model> objects, List<String> path, Prefetch prefetch) {
        if (objects.isEmpty() || path.isEmpty()) {
            return;
        }
        ModelMeta<?> meta = ModelMeta.of(objects.get(0).getClass());
        String part = path.get(0);
        boolean last = path.size() == 1;
        QuerySet<?> source = last ? prefetch.queryset() : null;
        String cacheName = last ? prefetch.cacheName(part) : part;
        List<? extends Model> next;
        FieldMeta fk = meta.field(part).filter(FieldMeta::isRelation).orElse(null);
        ManyToManyRelation mm = meta.manyToMany(part).orElse(null);
        if (!last && fk == null && allPrefetched(objects, part)) {
            next = flatten(objects, part);
        } else if (fk != null) {
            next = forward(db, objects, fk, source, last ? prefetch.toAttrName() : null);
        } else if (mm != null) {
            next = manyToMany(db, objects, mm, source, cacheName);
        } else {
            next = reverse(db, objects, meta.reverseRelation(part).orElseThrow(), source, cacheName);
        }
        prefetchPath(db, next, path.subList(1, path.size()), prefetch);
    }

    private static boolean allPrefetched(List<? extends Model> objects, String name) {
        for (Model o : objects) {
            if (o.prefetched == null || !o.prefetched.containsKey(name)) {
                return false;
            }
        }
        return true;
    }

    private static List<Model> flatten(List<? extends Model> objects, String name) {
        List<Model> out = new ArrayList<>();
        for (Model o : objects) {
            out.addAll(o.prefetched.get(name));
        }
        return out;
    }

    /** The QuerySet a step reads: the Prefetch's own, or all rows of the model (unordered where order is moot). */
    @SuppressWarnings("unchecked")
    private static QuerySet<Model> source(Database db, Class<? extends Model> type, QuerySet<?> given) {
        return given != null ? (QuerySet<Model>) given : (QuerySet<Model>) db.objects(type);
    }

    private static void keep(Model o, String name, List<? extends Model> rows) {
        if (o.prefetched == null) {
            o.prefetched = new HashMap<>(4);
        }
        o.prefetched.put(name, rows);
    }

    private static List<Model> forward(Database db, List<? extends Model> objects, FieldMeta fk, QuerySet<?> given, String toAttr) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Model o : objects) {
            Model target = (Model) fk.get(o);
            if (target != null) {
                ids.add(target.id);
            }
        }
        Map<Long, Model> byId = new HashMap<>();
        for (List<Long> chunk : chunks(db, new ArrayList<>(ids))) {
            for (Model m : source(db, fk.target(), given).filter("pk__in", chunk).orderBy().list()) {
                byId.put(m.id, m);
            }
        }
        List<Model> loaded = new ArrayList<>();
        for (Model o : objects) {
            Model target = (Model) fk.get(o);
            Model full = target == null ? null : byId.get(target.id);
            if (toAttr != null) {
                keep(o, toAttr, full == null ? List.of() : List.of(full));
            } else if (full != null) {
                fk.set(o, full); // a target the Prefetch's QuerySet left out stays as it was, never null
            }
            if (full != null) {
                loaded.add(full);
            }
        }
        return loaded;
    }

    private static List<Model> reverse(Database db, List<? extends Model> objects, ModelMeta.ReverseRelation rel,
                                       QuerySet<?> given, String name) {
        List<Long> ids = new ArrayList<>();
        for (Model o : objects) {
            ids.add(o.id);
        }
        Map<Long, List<Model>> byParent = new HashMap<>();
        List<Model> all = new ArrayList<>();
        for (List<Long> chunk : chunks(db, ids)) {
            for (Model child : source(db, rel.model().type(), given).filter(rel.field().name() + "__in", chunk).list()) {
                Model parent = (Model) rel.field().get(child);
                byParent.computeIfAbsent(parent.id, k -> new ArrayList<>()).add(child);
                all.add(child);
            }
        }
        Map<Long, Model> parents = new HashMap<>();
        for (Model o : objects) {
            parents.put(o.id, o);
        }
        for (Model o : objects) {
            keep(o, name, byParent.getOrDefault(o.id, List.of()));
        }
        for (Model child : all) {
            Model parent = parents.get(((Model) rel.field().get(child)).id);
            if (parent != null) {
                rel.field().set(child, parent);
            }
        }
        return all;
    }

    /**
     * The targets of a many-to-many relation for all the objects in one query per chunk: the
     * target rows joined to the through table, each read with the id of the object it belongs to.
     */
    private static List<Model> manyToMany(Database db, List<? extends Model> objects, ManyToManyRelation rel,
                                          QuerySet<?> given, String name) {
        List<Long> ids = new ArrayList<>();
        for (Model o : objects) {
            ids.add(o.id);
        }
        String owner = rel.otherName() + "__pk";
        Map<Long, List<Model>> byOwner = new HashMap<>();
        List<Model> all = new ArrayList<>();
        for (List<Long> chunk : chunks(db, ids)) {
            for (Model target : source(db, rel.target().type(), given).filter(owner + "__in", chunk)
                    .annotate(PREFETCH_OWNER, F.of(owner)).list()) {
                byOwner.computeIfAbsent((Long) target.annotation(PREFETCH_OWNER), k -> new ArrayList<>()).add(target);
                all.add(target);
            }
        }
        for (Model o : objects) {
            keep(o, name, byOwner.getOrDefault(o.id, List.of()));
        }
        return all;
    }

    private static final String PREFETCH_OWNER = "_prefetch_related_val";

    /** {@code ids} in runs short enough to bind as one {@code IN (...)} list, with room for a few other parameters. */
    static List<List<Long>> chunks(Database db, List<Long> ids) {
        int size = Math.max(1, db.dialect().maxVariables() - 10);
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += size) {
            out.add(ids.subList(i, Math.min(ids.size(), i + size)));
        }
        return out;
    }

    /** Streams objects in chunks, prefetching each chunk's relations before handing its objects on. */
    @SuppressWarnings("unchecked")
    static <T> Iterator<T> chunked(Iterator<Model> source, Database db, List<Prefetch> lookups, int chunkSize) {
        return new Iterator<>() {
            private List<Model> chunk = List.of();
            private int at;

            @Override
            public boolean hasNext() {
                if (at < chunk.size()) {
                    return true;
                }
                List<Model> next = new ArrayList<>(chunkSize);
                while (next.size() < chunkSize && source.hasNext()) {
                    next.add(source.next());
                }
                if (next.isEmpty()) {
                    return false;
                }
                prefetch(db, next, lookups);
                chunk = next;
                at = 0;
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return (T) chunk.get(at++);
            }
        };
    }
}
