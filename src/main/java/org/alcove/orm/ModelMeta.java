package org.alcove.orm;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.alcove.orm.internal.schema.ColumnDef;
import org.alcove.orm.internal.schema.IndexDef;
import org.alcove.orm.internal.schema.TableDef;

/**
 * What the ORM knows of a model class (Django's {@code _meta}): table, fields in column order with
 * {@code id} first, default ordering, indexes and the reverse relations other models point in
 * with. Built once per class, on first use.
 */
public final class ModelMeta<T extends Model> {
    private static final Map<Class<?>, ModelMeta<?>> CACHE = new HashMap<>();

    /** A relation another model declares to this one, seen from this side ({@code author.books}). */
    public record ReverseRelation(String name, ModelMeta<?> model, FieldMeta field) {
        /** Whether it is the other side of a one-to-one relation: a single row, not a set. */
        public boolean single() {
            return field.isOneToOne();
        }
    }

    private final Class<T> type;
    private final String table;
    private final List<FieldMeta> fields;
    private final Map<String, FieldMeta> byName;
    private final List<String> ordering;
    private final List<Index> indexes;
    private final List<UniqueConstraint> constraints;
    private final MethodHandle constructor;
    private final List<ReverseRelation> reverse = new CopyOnWriteArrayList<>();
    private final List<ManyToManyRelation> manyToMany = new CopyOnWriteArrayList<>();
    private final List<Field> manyToManyFields = new ArrayList<>();
    private final long allFieldsMask;
    private final FieldMeta versionField;

    /** The meta of {@code type}, resolving it (and the models it refers to) on first use. */
    @SuppressWarnings("unchecked")
    public static synchronized <T extends Model> ModelMeta<T> of(Class<T> type) {
        ModelMeta<T> meta = (ModelMeta<T>) CACHE.get(type);
        if (meta == null) {
            meta = new ModelMeta<>(type);
            CACHE.put(type, meta);
            for (FieldMeta f : meta.fields) {
                if (f.isRelation()) {
                    ModelMeta<?> target = of(f.target());  // not targetMeta(): we hold the lock
                    target.reverse.add(new ReverseRelation(f.relatedName(), meta, f));
                }
            }
            for (Field f : meta.manyToManyFields) {
                ManyToManyRelation rel = ManyToManyResolver.resolve(meta, f);
                meta.manyToMany.add(rel);
                rel.target().manyToMany.add(rel.reversed());
            }
        }
        return meta;
    }

    private ModelMeta(Class<T> type) {
        this.type = type;
        Meta meta = type.getAnnotation(Meta.class);
        this.table = meta != null && !meta.table().isEmpty() ? meta.table() : FieldMeta.snake(type.getSimpleName());
        this.ordering = meta == null ? List.of() : List.of(meta.ordering());
        this.indexes = meta == null ? List.of() : List.of(meta.indexes());
        this.constraints = meta == null ? List.of() : List.of(meta.constraints());
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            this.constructor = lookup.findConstructor(type, MethodType.methodType(void.class))
                    .asType(MethodType.methodType(Model.class));
            List<FieldMeta> list = new ArrayList<>();
            Field id = Model.class.getDeclaredField("id");
            list.add(FieldReader.read(id, 0, MethodHandles.lookup(), type));
            List<Class<?>> chain = new ArrayList<>();
            for (Class<?> c = type; c != Model.class; c = c.getSuperclass()) {
                chain.add(0, c);
            }
            for (Class<?> c : chain) {
                MethodHandles.Lookup l = MethodHandles.privateLookupIn(c, MethodHandles.lookup());
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && FieldMeta.isFieldAnnotated(f)) {
                        list.add(FieldReader.read(f, list.size(), l, type));
                    } else if (!Modifier.isStatic(f.getModifiers()) && f.isAnnotationPresent(ManyToManyField.class)) {
                        manyToManyFields.add(f);
                    }
                }
            }
            if (list.size() > 63) {
                throw new FieldError(type.getSimpleName() + " has more than 63 fields");
            }
            this.fields = List.copyOf(list);
        } catch (ReflectiveOperationException e) {
            throw new FieldError(type.getName() + " cannot be a model: it needs a no-argument constructor ("
                    + e.getMessage() + ")");
        }
        Map<String, FieldMeta> names = new LinkedHashMap<>();
        for (FieldMeta f : fields) {
            names.put(f.name(), f);
        }
        this.byName = Collections.unmodifiableMap(names);
        this.allFieldsMask = ((1L << fields.size()) - 1) & ~1L;
        this.versionField = meta == null || meta.version().isEmpty() ? null : versionField(meta.version());
    }

    private FieldMeta versionField(String name) {
        FieldMeta f = byName.get(name);
        if (f == null || f.kind() != FieldKind.INTEGER || f.nullable()) {
            throw new FieldError(type.getSimpleName() + "'s version field '" + name + "' must be a non-null @IntegerField of the model");
        }
        return f;
    }

    /** The field holding each row's version for optimistic concurrency ({@link Meta#version}), if the model has one. */
    public Optional<FieldMeta> versionField() {
        return Optional.ofNullable(versionField);
    }

    public Class<T> type() {
        return type;
    }

    /** The model's name as messages and delete counts use it ({@code Book}). */
    public String label() {
        return type.getSimpleName();
    }

    public String table() {
        return table;
    }

    /** Fields in column order, {@code id} first. */
    public List<FieldMeta> fields() {
        return fields;
    }

    /** The primary key field. */
    public FieldMeta pk() {
        return fields.get(0);
    }

    /** The field called {@code name}, if any. */
    public Optional<FieldMeta> field(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The default ordering as declared ({@code "-publicationDate"}). */
    public List<String> ordering() {
        return ordering;
    }

    /** The relations other models declare to this one. */
    public List<ReverseRelation> reverseRelations() {
        return List.copyOf(reverse);
    }

    /** The reverse relation called {@code name}, if any. */
    public Optional<ReverseRelation> reverseRelation(String name) {
        for (ReverseRelation r : reverse) {
            if (r.name().equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The many-to-many relations from this model, declared here or on the other side. */
    public List<ManyToManyRelation> manyToManyRelations() {
        return List.copyOf(manyToMany);
    }

    /** The many-to-many relation called {@code name} from this side, if any. */
    public Optional<ManyToManyRelation> manyToMany(String name) {
        for (ManyToManyRelation r : manyToMany) {
            if (r.name().equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Every name a lookup may start with on this model, sorted, as FieldError messages list them. */
    public String choices(Iterable<String> extra) {
        TreeSet<String> names = new TreeSet<>(byName.keySet());
        reverse.forEach(r -> names.add(r.name()));
        manyToMany.forEach(r -> names.add(r.name()));
        extra.forEach(names::add);
        return String.join(", ", names);
    }

    /** The unique constraints over several fields that {@link Meta#constraints()} declares. */
    public List<UniqueConstraint> constraints() {
        return constraints;
    }

    /** The table as the schema editor creates it: columns, then indexes and unique constraints. */
    public TableDef toTableDef(Function<Object, String> literal) {
        List<ColumnDef> columns = new ArrayList<>();
        for (FieldMeta f : fields) {
            columns.add(f.toColumnDef(literal));
        }
        List<IndexDef> defs = new ArrayList<>();
        for (FieldMeta f : fields) {
            if ((f.isRelation() || f.dbIndex()) && !f.unique()) {
                defs.add(IndexDef.ofField(table, f.column()));
            }
        }
        for (Index index : indexes) {
            List<String> cols = columnsOf(index.fields());
            String name = index.name().isEmpty() ? IndexDef.defaultName(table, cols) : index.name();
            defs.add(new IndexDef(name, cols, false));
        }
        for (UniqueConstraint c : constraints) {
            defs.add(new IndexDef(c.name(), columnsOf(c.fields()), true));
        }
        return new TableDef(table, columns, defs);
    }

    private List<String> columnsOf(String[] fieldNames) {
        List<String> cols = new ArrayList<>();
        for (String n : fieldNames) {
            boolean desc = n.startsWith("-");
            String bare = desc ? n.substring(1) : n;
            FieldMeta f = field(bare).orElseThrow(() -> new FieldError(
                    "Index on " + label() + " names unknown field '" + bare + "'. Choices are: " + choices(List.of())));
            cols.add(desc ? "-" + f.column() : f.column());
        }
        return cols;
    }

    private final Map<String, String> columnLists = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code alias.col1, alias.col2, ...} of every field, made once per alias. */
    String columnList(String alias, org.alcove.orm.internal.dialect.Dialect dialect) {
        return columnLists.computeIfAbsent(alias, a -> {
            StringBuilder b = new StringBuilder();
            for (FieldMeta f : fields) {
                b.append(b.length() == 0 ? "" : ", ").append(a).append('.').append(dialect.quote(f.column()));
            }
            return b.toString();
        });
    }

    @SuppressWarnings("unchecked")
    T newInstance() {
        try {
            return (T) (Model) constructor.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException("Cannot create " + type.getName(), t);
        }
    }

    /** A bit per field (not id): which fields are not loaded. */
    long allFieldsMask() {
        return allFieldsMask;
    }

    @Override
    public String toString() {
        return "ModelMeta[" + label() + "]";
    }
}
