package org.alcove.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The QuerySet methods that make or fetch model instances by field values: create, inBulk, get/update-or-create. */
final class Instances {
    private Instances() {
    }

    /** A new, unsaved instance with {@code values} then {@code defaults} assigned by field name. */
    static Model make(ModelMeta<Model> m, Map<String, ?> values, Map<String, ?> defaults) {
        Model obj = m.newInstance();
        assign(m, obj, values);
        assign(m, obj, defaults);
        return obj;
    }

    static void assign(ModelMeta<?> m, Model obj, Map<String, ?> values) {
        for (Map.Entry<String, ?> e : values.entrySet()) {
            FieldMeta f = m.field(e.getKey()).orElseThrow(() -> new FieldError(m.label() + "() got an unexpected keyword argument '"
                    + e.getKey() + "'. Choices are: " + m.choices(List.of())));
            Object v = e.getValue();
            if (f.isRelation() && v != null && !(v instanceof Model)) {
                Model ref = f.targetMeta().newInstance();
                ref.id = ((Number) v).longValue();
                v = ref;
            }
            f.set(obj, f.parse(v));
        }
    }

    static <T> Map<Long, T> inBulk(QuerySet<T> qs, Collection<Long> ids) {
        Map<Long, T> out = new LinkedHashMap<>();
        for (List<Long> chunk : Prefetcher.chunks(qs.db, new ArrayList<>(ids))) {
            for (T obj : qs.filter("pk__in", chunk).orderBy().list()) {
                out.put(((Model) obj).id, obj);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static <T> QuerySet.Created<T> getOrCreate(QuerySet<T> qs, ModelMeta<Model> m, Map<String, ?> lookup,
                                                Map<String, ?> defaults, boolean update) {
        Q condition = asQ(lookup);
        return qs.db.atomic(() -> {
            List<T> found = qs.filter(condition).slice(0, 2).list();
            if (found.size() > 1) {
                qs.get(condition);
            }
            if (!found.isEmpty()) {
                Model obj = (Model) found.get(0);
                if (update) {
                    assign(m, obj, defaults);
                    qs.db.save(obj);
                }
                return new QuerySet.Created<>((T) obj, false);
            }
            return new QuerySet.Created<>((T) qs.db.save(make(m, lookup, defaults)), true);
        });
    }

    private static Q asQ(Map<String, ?> lookup) {
        Q q = Q.all();
        for (Map.Entry<String, ?> e : lookup.entrySet()) {
            q = q.and(Q.of(e.getKey(), e.getValue()));
        }
        return q;
    }
}
