package org.alcove.orm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The base of every model. A model declares its fields with the field annotations
 * ({@link CharField}, {@link ForeignKey}, ...) and its options with {@link Meta}; the primary key
 * {@code id} is inherited from here.
 *
 * <pre>{@code
 * @Meta(ordering = "name")
 * public class Author extends Model {
 *     @CharField(maxLength = 100) private String name;
 *     public String getName() { touch("name"); return name; }
 *     public QuerySet<Book> books() { return related("books", Book.class); }
 * }
 * }</pre>
 *
 * Getters call {@link #touch} first, so a field left out by {@link QuerySet#only}/{@link QuerySet#defer}
 * (or a related object not yet loaded) is read from the database on first access.
 */
public abstract class Model {
    /** The value of a {@code defaultValue} annotation member that declares no default. */
    public static final String NO_DEFAULT = "\u0000none";

    Long id;
    /** The database this instance was loaded from or saved to. */
    Database db;
    /** A bit per field that has not been loaded yet. */
    long deferred;
    Map<String, Object> annotations;
    Map<String, List<? extends Model>> prefetched;

    /** The primary key, or null before the first save. */
    public final Long getId() {
        return id;
    }

    /** Sets the primary key; rarely needed (e.g. to refer to a row by id without loading it). */
    public final void setId(Long id) {
        this.id = id;
    }

    /** Loads {@code field} if it was deferred; a getter calls this before returning the field. */
    protected final void touch(String field) {
        if (deferred != 0) {
            requireDatabase("load " + field).loadDeferred(this, field);
        }
    }

    /** Inserts this object, or updates its row when it has an id. */
    public final void save() {
        requireDatabase("save it").save(this);
    }

    /** Deletes this object's row and, following onDelete, the rows that depend on it. */
    public final DeleteResult delete() {
        if (id == null) {
            throw new OrmException(getClass().getSimpleName() + " object can't be deleted because its id is null");
        }
        return requireDatabase("delete it").delete(this);
    }

    /**
     * Validates every field from its metadata and the unique fields and constraints against the
     * database (Django's {@code full_clean}); throws {@link ValidationError} naming each problem.
     * {@link #save()} does not call it, as in Django: the database's own constraints still apply.
     */
    public final void fullClean(String... exclude) {
        Validator.fullClean(this, java.util.Set.of(exclude), true);
    }

    /** The fields' checks of {@link #fullClean} without uniqueness (Django's {@code clean_fields}); a foreign key's target is still looked up. */
    public final void cleanFields(String... exclude) {
        Validator.fullClean(this, java.util.Set.of(exclude), false);
    }

    /** Reloads every field from the database, dropping cached related objects. */
    public final void refreshFromDb() {
        requireDatabase("refresh it").refresh(this);
    }

    /** The value of an annotation ({@link QuerySet#annotate}) computed for this row. */
    public final Object annotation(String name) {
        if (annotations == null || !annotations.containsKey(name)) {
            throw new FieldError("No annotation '" + name + "' on this " + getClass().getSimpleName()
                    + (annotations == null ? "" : "; annotations are: " + String.join(", ", annotations.keySet())));
        }
        return annotations.get(name);
    }

    /** An annotation as a number (counts, sums), or null. */
    public final Number number(String annotation) {
        return (Number) annotation(annotation);
    }

    /**
     * The reverse side of a foreign key declared on {@code type} with related name {@code name}:
     * the QuerySet of rows pointing at this one. Prefetched rows are used without a query.
     */
    protected final <R extends Model> QuerySet<R> related(String name, Class<R> type) {
        ModelMeta<R> meta = ModelMeta.of(type);
        ModelMeta.ReverseRelation rel = ModelMeta.of(getClass()).reverseRelation(name)
                .orElseThrow(() -> new FieldError("No relation '" + name + "' from " + type.getSimpleName()
                        + " to " + getClass().getSimpleName()));
        Database database = requireDatabase("follow " + name);
        QuerySet<R> qs = database.objects(meta.type()).filter(rel.field().name(), this);
        if (prefetched != null && prefetched.containsKey(name)) {
            @SuppressWarnings("unchecked")
            List<R> rows = (List<R>) prefetched.get(name);
            return qs.withResults(rows);
        }
        return qs;
    }

    /**
     * The other side of a {@link OneToOneField} declared on {@code type} with related name
     * {@code name}: the row pointing at this one, if there is one (Django raises
     * RelatedObjectDoesNotExist where this is empty). A prefetched row is used without a query.
     */
    protected final <R extends Model> Optional<R> relatedOne(String name, Class<R> type) {
        ModelMeta.ReverseRelation rel = ModelMeta.of(getClass()).reverseRelation(name).filter(ModelMeta.ReverseRelation::single)
                .orElseThrow(() -> new FieldError("No one-to-one relation '" + name + "' from " + type.getSimpleName()
                        + " to " + getClass().getSimpleName()));
        if (prefetched != null && prefetched.containsKey(name)) {
            @SuppressWarnings("unchecked")
            List<R> rows = (List<R>) prefetched.get(name);
            return rows.stream().findFirst();
        }
        return requireDatabase("follow " + name).objects(type).filter(rel.field().name(), this).orderBy().first();
    }

    /**
     * This object's side of the many-to-many relation called {@code name}: a field declared with
     * {@link ManyToManyField} here, or such a field's {@code relatedName} on the other model.
     * Prefetched objects are used without a query.
     */
    protected final <R extends Model> ManyToMany<R> manyToMany(String name) {
        ModelMeta<?> meta = ModelMeta.of(getClass());
        ManyToManyRelation rel = meta.manyToMany(name).orElseThrow(() -> new FieldError("No many-to-many relation '"
                + name + "' on " + getClass().getSimpleName() + ". Choices are: "
                + String.join(", ", meta.manyToManyRelations().stream().map(ManyToManyRelation::name).toList())));
        return new ManyToMany<>(this, rel, requireDatabase("follow " + name));
    }

    /**
     * The rows a {@link Prefetch} kept under {@code toAttr} for this object (an empty list when
     * it has none); fails when no prefetch of that name was made.
     */
    @SuppressWarnings("unchecked")
    public final <R extends Model> List<R> prefetched(String toAttr) {
        if (prefetched == null || !prefetched.containsKey(toAttr)) {
            throw new FieldError("Nothing was prefetched as '" + toAttr + "' on this " + getClass().getSimpleName()
                    + (prefetched == null ? "" : "; prefetched are: " + String.join(", ", prefetched.keySet())));
        }
        return (List<R>) prefetched.get(toAttr);
    }

    void setAnnotation(String name, Object value) {
        if (annotations == null) {
            annotations = new HashMap<>(4);
        }
        annotations.put(name, value);
    }

    Database requireDatabase(String action) {
        if (db == null) {
            throw new OrmException("This " + getClass().getSimpleName()
                    + " is not in a database yet: save it with db.save(object) before you " + action);
        }
        return db;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o != null && o.getClass() == getClass() && id != null && id.equals(((Model) o).id);
    }

    @Override
    public int hashCode() {
        return id == null ? System.identityHashCode(this) : Objects.hash(getClass(), id);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " object (" + id + ")";
    }
}
