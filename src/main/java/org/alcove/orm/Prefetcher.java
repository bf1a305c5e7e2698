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

    static void validate(ModelMeta<?> meta, String lookup) {
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
    }

    private static String relations(ModelMeta<?> m) {
        List<String> names = new ArrayList<>();
        m.fields().stream().filter(FieldMeta::isRelation).forEach(f -> names.add(f.name()));
        m.reverseRelations().forEach(r -> names.add(r.name()));
        m.manyToManyRelations().forEach(r -> names.add(r.name()));
        return String.join(", ", names);
    }

    static void prefetch(Database db, List<? extends Model> objects, List<String> lookups) {
        for (String lookup : lookups) {
            prefetchPath(db, objects, Lookups.split(lookup));
        }
    }

    private static void prefetchPath(Database db, List<? extends Model> objects, List<String> path) {
        if (objects.isEmpty() || path.isEmpty()) {
            return;
        }
        ModelMeta<?> meta = ModelMeta.of(objects.get(0).getClass());
        String part = path.get(0);
        List<? extends Model> next;
        FieldMeta fk = meta.field(part).filter(FieldMeta::isRelation).orElse(null);
        ManyToManyRelation mm = meta.manyToMany(part).orElse(null);
        if (fk != null) {
            next = forward(db, objects, fk);
        } else if (mm != null) {
            next = manyToMany(db, objects, mm);
        } else {
            next = reverse(db, objects, meta.reverseRelation(part).orElseThrow(), part);
        }
        prefetchPath(db, next, path.subList(1, path.size()));
    }

    private static List<Model> forward(Database db, List<? extends Model> objects, FieldMeta fk) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Model o : objects) {
            Model target = (Model) fk.get(o);
            if (target != null) {
                ids.add(target.id);
            }
        }
        Map<Long, Model> byId = new HashMap<>();
        for (List<Long> chunk : chunks(db, new ArrayList<>(ids))) {
            for (Model m : db.objects(fk.target()).filter("pk__in", chunk).orderBy().list()) {
                byId.put(m.id, m);
            }
        }
        List<Model> loaded = new ArrayList<>();
        for (Model o : objects) {
            Model target = (Model) fk.get(o);
            if (target != null) {
                Model full = byId.get(target.id);
                fk.set(o, full);
                if (full != null) {
                    loaded.add(full);
                }
            }
        }
        return loaded;
    }

    private static List<Model> reverse(Database db, List<? extends Model> objects, ModelMeta.ReverseRelation rel, String name) {
        List<Long> ids = new ArrayList<>();
        for (Model o : objects) {
            ids.add(o.id);
        }
        Map<Long, List<Model>> byParent = new HashMap<>();
        List<Model> all = new ArrayList<>();
        for (List<Long> chunk : chunks(db, ids)) {
            for (Model child : db.objects(rel.model().type()).filter(rel.field().name() + "__in", chunk).list()) {
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
            if (o.prefetched == null) {
                o.prefetched = new HashMap<>(4);
            }
            o.prefetched.put(name, byParent.getOrDefault(o.id, List.of()));
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
    private static List<Model> manyToMany(Database db, List<? extends Model> objects, ManyToManyRelation rel) {
        List<Long> ids = new ArrayList<>();
        for (Model o : objects) {
            ids.add(o.id);
        }
        String owner = rel.otherName() + "__pk";
        Map<Long, List<Model>> byOwner = new HashMap<>();
        List<Model> all = new ArrayList<>();
        for (List<Long> chunk : chunks(db, ids)) {
            for (Model target : db.objects(rel.target().type()).filter(owner + "__in", chunk)
                    .annotate(PREFETCH_OWNER, F.of(owner)).list()) {
                byOwner.computeIfAbsent((Long) target.annotation(PREFETCH_OWNER), k -> new ArrayList<>()).add(target);
                all.add(target);
            }
        }
        for (Model o : objects) {
            if (o.prefetched == null) {
                o.prefetched = new HashMap<>(4);
            }
            o.prefetched.put(rel.name(), byOwner.getOrDefault(o.id, List.of()));
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
    static <T> Iterator<T> chunked(Iterator<Model> source, Database db, List<String> lookups, int chunkSize) {
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
