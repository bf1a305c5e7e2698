package org.alcove.orm;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.alcove.orm.internal.schema.ColumnDef;

/**
 * One field of a model as the ORM sees it: its name (the lookup name), column, kind and options.
 * Resolved once per model class; reading and writing the Java field goes through method handles
 * made once, never through per-row reflection.
 */
public final class FieldMeta {
    private final String name;
    private final String column;
    private final FieldKind kind;
    private final Class<?> javaType;
    private final boolean nullable;
    private final boolean blank;
    private final boolean unique;
    private final boolean dbIndex;
    private final String defaultValue;
    private final int maxLength;
    private final int maxDigits;
    private final int decimalPlaces;
    private final Class<? extends Choice> choices;
    private final Map<String, Choice> choicesByCode;
    private final OnDelete onDelete;
    private final String relatedName;
    /** Set once, when the field is read: a {@link OneToOneField}. */
    boolean oneToOne;
    final int index;
    final MethodHandle getter;
    final MethodHandle setter;

    @SuppressWarnings("unchecked")
    FieldMeta(String name, String column, FieldKind kind, Class<?> javaType, boolean nullable, boolean blank,
              boolean unique, boolean dbIndex, String defaultValue, int maxLength, int maxDigits, int decimalPlaces,
              Class<? extends Choice> choices, OnDelete onDelete, String relatedName, int index,
              MethodHandle getter, MethodHandle setter) {
        this.name = name;
        this.column = column;
        this.kind = kind;
        this.javaType = javaType;
        this.nullable = nullable;
        this.blank = blank;
        this.unique = unique;
        this.dbIndex = dbIndex;
        this.defaultValue = defaultValue;
        this.maxLength = maxLength;
        this.maxDigits = maxDigits;
        this.decimalPlaces = decimalPlaces;
        this.choices = choices == Choice.class ? null : choices;
        this.onDelete = onDelete;
        this.relatedName = relatedName;
        this.index = index;
        this.getter = getter;
        this.setter = setter;
        if (this.choices != null) {
            Map<String, Choice> byCode = new HashMap<>();
            for (Choice c : this.choices.getEnumConstants()) {
                byCode.put(c.code(), c);
            }
            this.choicesByCode = Map.copyOf(byCode);
        } else {
            this.choicesByCode = Map.of();
        }
    }

    /** The Java field name, which is also the lookup name ({@code publicationDate}). */
    public String name() {
        return name;
    }

    /** The column name ({@code publication_date}, {@code author_id}). */
    public String column() {
        return column;
    }

    public FieldKind kind() {
        return kind;
    }

    /** The declared Java type of the field (the target model class for a foreign key). */
    public Class<?> javaType() {
        return javaType;
    }

    public boolean nullable() {
        return nullable;
    }

    public boolean blank() {
        return blank;
    }

    public boolean unique() {
        return unique;
    }

    public boolean dbIndex() {
        return dbIndex;
    }

    /** Whether the field declares a default. */
    public boolean hasDefault() {
        return !Model.NO_DEFAULT.equals(defaultValue);
    }

    /** The declared default as text, or null when none. */
    public String defaultValue() {
        return hasDefault() ? defaultValue : null;
    }

    public int maxLength() {
        return maxLength;
    }

    public int maxDigits() {
        return maxDigits;
    }

    public int decimalPlaces() {
        return decimalPlaces;
    }

    /** The enum of choices, or null. */
    public Class<? extends Choice> choices() {
        return choices;
    }

    public boolean isRelation() {
        return kind == FieldKind.FOREIGN_KEY;
    }

    /** Whether this relation is one-to-one: at most one row points at each target. */
    public boolean isOneToOne() {
        return oneToOne;
    }

    public boolean isPrimaryKey() {
        return kind == FieldKind.AUTO;
    }

    public OnDelete onDelete() {
        return onDelete;
    }

    /** The reverse relation's name on the target model. */
    public String relatedName() {
        return relatedName;
    }

    private volatile ModelMeta<?> targetMeta;

    /** The meta of the target model of a foreign key (resolved once). */
    public ModelMeta<?> targetMeta() {
        ModelMeta<?> m = targetMeta;
        if (m == null) {
            m = ModelMeta.of(target());
            targetMeta = m;
        }
        return m;
    }

    /** The target model of a foreign key. */
    @SuppressWarnings("unchecked")
    public Class<? extends Model> target() {
        return isRelation() ? (Class<? extends Model>) javaType : null;
    }

    /** The column definition this field gives the schema editor. */
    public ColumnDef toColumnDef(java.util.function.Function<Object, String> literal) {
        String defaultSql = hasDefault() ? literal.apply(toDatabase(parse(defaultValue))) : null;
        String references = isRelation() ? targetMeta().table() : null;
        return new ColumnDef(column, kind, nullable, unique, maxLength, maxDigits, decimalPlaces, defaultSql, references, onDelete);
    }

    /** Converts a value given by a caller (a string, a number, an enum, a model) to this field's Java type. */
    public Object parse(Object value) {
        if (value == null) {
            return null;
        }
        switch (kind) {
            case DATE:
                if (value instanceof LocalDate) {
                    return value;
                }
                try {
                    return LocalDate.parse(value.toString());
                } catch (DateTimeParseException e) {
                    throw new FieldError("'" + value + "' is not a valid date for field '" + name + "' (expected YYYY-MM-DD)");
                }
            case DATETIME:
                try {
                    return IsoDates.dateTime(value);
                } catch (DateTimeParseException e) {
                    throw new FieldError("'" + value + "' is not a valid date and time for field '" + name
                            + "' (expected YYYY-MM-DD HH:MM[:SS[.ffffff]])");
                }
            case CHAR:
                if (choices != null) {
                    if (choices.isInstance(value)) {
                        return value;
                    }
                    Choice c = choicesByCode.get(value.toString());
                    if (c == null) {
                        throw new FieldError("'" + value + "' is not a valid choice for field '" + name + "'. Choices are: "
                                + String.join(", ", choicesByCode.keySet().stream().sorted().toList()));
                    }
                    return c;
                }
                return value.toString();
            case TEXT:
                return value.toString();
            case BOOLEAN:
                if (value instanceof Boolean) {
                    return value;
                }
                return value instanceof Number n ? n.intValue() != 0 : Boolean.parseBoolean(value.toString());
            case DECIMAL:
                return value instanceof BigDecimal ? value : new BigDecimal(value.toString());
            case FOREIGN_KEY:
                return value;
            default:
                return toJavaNumber(value);
        }
    }

    private Object toJavaNumber(Object value) {
        long n = value instanceof Number num ? num.longValue() : Long.parseLong(value.toString().trim());
        if (javaType == int.class || javaType == Integer.class) {
            return (int) n;
        }
        return n;
    }

    /** The value as it is bound in SQL: codes for choices, ISO text for dates, ids for models. */
    public Object toDatabase(Object value) {
        return Values.toDatabase(value);
    }

    /**
     * What is wrong with {@code value} for this field, as {@link Model#fullClean()} says it (null,
     * blank, length in code points, choices, sign, digits); empty when nothing. For editors and
     * importers that check a value before there is an object.
     */
    public java.util.List<String> problems(Object value) {
        return Validator.problems(this, value);
    }

    /** The choice whose code is {@code code}, or null. */
    Choice choiceOf(String code) {
        return choicesByCode.get(code);
    }

    Object get(Model m) {
        try {
            return getter.invokeExact(m);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    void set(Model m, Object v) {
        try {
            setter.invokeExact(m, v);
        } catch (Throwable t) {
            throw new IllegalStateException("Cannot set " + name + " to " + v, t);
        }
    }

    static String snake(String camel) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    b.append('_');
                }
                b.append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean isFieldAnnotated(Field f) {
        return f.isAnnotationPresent(CharField.class) || f.isAnnotationPresent(TextField.class)
                || f.isAnnotationPresent(DateField.class) || f.isAnnotationPresent(DateTimeField.class) || f.isAnnotationPresent(IntegerField.class)
                || f.isAnnotationPresent(PositiveIntegerField.class) || f.isAnnotationPresent(BooleanField.class)
                || f.isAnnotationPresent(DecimalField.class) || f.isAnnotationPresent(ForeignKey.class)
                || f.isAnnotationPresent(OneToOneField.class);
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldMeta f && f.name.equals(name) && f.column.equals(column) && f.index == index;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, column, index);
    }
}
