package org.alcove.orm;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@link ManyToManyField} declaration into its {@link ManyToManyRelation}, once per model. */
final class ManyToManyResolver {
    private ManyToManyResolver() {
    }

    /** Called by {@link ModelMeta#of} under its lock, so it uses {@code ModelMeta.of} for the other models. */
    static ManyToManyRelation resolve(ModelMeta<?> meta, Field f) {
        ManyToManyField a = f.getAnnotation(ManyToManyField.class);
        String where = meta.label() + "." + f.getName();
        Class<? extends Model> targetType = targetType(f, where);
        ModelMeta<?> target = ModelMeta.of(targetType);
        String related = a.relatedName().isEmpty() ? FieldMeta.snake(meta.label()) + "_set" : a.relatedName();
        if (a.through() == Model.class) {
            String table = a.table().isEmpty() ? meta.table() + "_" + FieldMeta.snake(f.getName()) : a.table();
            boolean self = target == meta;
            String modelColumn = (self ? "from_" : "") + FieldMeta.snake(meta.label()) + "_id";
            String targetColumn = (self ? "to_" : "") + FieldMeta.snake(target.label()) + "_id";
            return new ManyToManyRelation(f.getName(), meta, target, table, modelColumn, targetColumn, null,
                    meta.label() + "_" + f.getName(), true, related);
        }
        ModelMeta<?> through = ModelMeta.of(a.through());
        FieldMeta toModel = keyTo(through, meta, where);
        FieldMeta toTarget = keyTo(through, target, where);
        if (toModel == toTarget) {
            throw new FieldError(where + ": the through model " + through.label()
                    + " needs one foreign key to each side of the relation");
        }
        return new ManyToManyRelation(f.getName(), meta, target, through.table(), toModel.column(), toTarget.column(),
                through, through.label(), true, related);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Model> targetType(Field f, String where) {
        Type t = f.getGenericType();
        if (f.getType() == ManyToMany.class && t instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> c && Model.class.isAssignableFrom(c)) {
            return (Class<? extends Model>) c;
        }
        throw new FieldError(where + " is a ManyToManyField, so its type must be ManyToMany<SomeModel>");
    }

    /** The through model's one foreign key to {@code side}. */
    private static FieldMeta keyTo(ModelMeta<?> through, ModelMeta<?> side, String where) {
        List<FieldMeta> keys = new ArrayList<>();
        for (FieldMeta f : through.fields()) {
            if (f.isRelation() && f.target() == side.type()) {
                keys.add(f);
            }
        }
        if (keys.size() != 1) {
            throw new FieldError(where + ": the through model " + through.label() + " has " + keys.size()
                    + " foreign keys to " + side.label() + "; it needs exactly one");
        }
        return keys.get(0);
    }
}
