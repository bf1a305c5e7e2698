package org.alcove.orm;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Reads a Java field's ORM annotation into a {@link FieldMeta}, once per model class. */
final class FieldReader {
    private FieldReader() {
    }

    static FieldMeta read(Field f, int index, MethodHandles.Lookup lookup, Class<?> model) throws IllegalAccessException {
        MethodHandle getter = lookup.unreflectGetter(f).asType(MethodType.methodType(Object.class, Model.class));
        MethodHandle setter = lookup.unreflectSetter(f).asType(MethodType.methodType(void.class, Model.class, Object.class));
        String name = f.getName();
        Class<?> t = f.getType();
        if (index == 0) {
            return new FieldMeta("id", "id", FieldKind.AUTO, Long.class, false, true, true, false, Model.NO_DEFAULT,
                    0, 0, 0, Choice.class, null, null, 0, getter, setter);
        }
        String snake = FieldMeta.snake(name);
        CharField aCharField = f.getAnnotation(CharField.class);
        if (aCharField != null) {
            if (aCharField.choices() != Choice.class && !t.isAssignableFrom(aCharField.choices())) {
                throw new FieldError(model.getSimpleName() + "." + name + " must have type " + aCharField.choices().getSimpleName());
            }
            expect(model, f, aCharField.choices() != Choice.class ? aCharField.choices() : String.class);
            return new FieldMeta(name, col(aCharField.column(), snake), FieldKind.CHAR, t, aCharField.nullable(), aCharField.blank(), aCharField.unique(), aCharField.dbIndex(),
                    aCharField.defaultValue(), aCharField.maxLength(), 0, 0, aCharField.choices(), null, null, index, getter, setter);
        }
        TextField aTextField = f.getAnnotation(TextField.class);
        if (aTextField != null) {
            expect(model, f, String.class);
            return simple(name, col(aTextField.column(), snake), FieldKind.TEXT, t, aTextField.nullable(), aTextField.blank(), aTextField.unique(), aTextField.dbIndex(), aTextField.defaultValue(), index, getter, setter);
        }
        DateField aDateField = f.getAnnotation(DateField.class);
        if (aDateField != null) {
            expect(model, f, LocalDate.class);
            return simple(name, col(aDateField.column(), snake), FieldKind.DATE, t, aDateField.nullable(), aDateField.blank(), aDateField.unique(), aDateField.dbIndex(), aDateField.defaultValue(), index, getter, setter);
        }
        DateTimeField aDateTimeField = f.getAnnotation(DateTimeField.class);
        if (aDateTimeField != null) {
            expect(model, f, LocalDateTime.class);
            return simple(name, col(aDateTimeField.column(), snake), FieldKind.DATETIME, t, aDateTimeField.nullable(), aDateTimeField.blank(), aDateTimeField.unique(), aDateTimeField.dbIndex(), aDateTimeField.defaultValue(), index, getter, setter);
        }
        IntegerField aIntegerField = f.getAnnotation(IntegerField.class);
        if (aIntegerField != null) {
            expectNumber(model, f);
            return simple(name, col(aIntegerField.column(), snake), FieldKind.INTEGER, t, aIntegerField.nullable(), aIntegerField.blank(), aIntegerField.unique(), aIntegerField.dbIndex(), aIntegerField.defaultValue(), index, getter, setter);
        }
        PositiveIntegerField aPositiveIntegerField = f.getAnnotation(PositiveIntegerField.class);
        if (aPositiveIntegerField != null) {
            expectNumber(model, f);
            return simple(name, col(aPositiveIntegerField.column(), snake), FieldKind.POSITIVE_INTEGER, t, aPositiveIntegerField.nullable(), aPositiveIntegerField.blank(), aPositiveIntegerField.unique(), aPositiveIntegerField.dbIndex(), aPositiveIntegerField.defaultValue(), index, getter, setter);
        }
        BooleanField aBooleanField = f.getAnnotation(BooleanField.class);
        if (aBooleanField != null) {
            if (t != boolean.class && t != Boolean.class) {
                throw new FieldError(model.getSimpleName() + "." + name + " must be boolean or Boolean");
            }
            return simple(name, col(aBooleanField.column(), snake), FieldKind.BOOLEAN, t, aBooleanField.nullable(), aBooleanField.blank(), aBooleanField.unique(), aBooleanField.dbIndex(), aBooleanField.defaultValue(), index, getter, setter);
        }
        DecimalField aDecimalField = f.getAnnotation(DecimalField.class);
        if (aDecimalField != null) {
            expect(model, f, BigDecimal.class);
            return new FieldMeta(name, col(aDecimalField.column(), snake), FieldKind.DECIMAL, t, aDecimalField.nullable(), aDecimalField.blank(), aDecimalField.unique(), aDecimalField.dbIndex(),
                    aDecimalField.defaultValue(), 0, aDecimalField.maxDigits(), aDecimalField.decimalPlaces(), Choice.class, null, null, index, getter, setter);
        }
        OneToOneField one = f.getAnnotation(OneToOneField.class);
        if (one != null) {
            if (!Model.class.isAssignableFrom(t)) {
                throw new FieldError(model.getSimpleName() + "." + name + " is a OneToOneField, so its type must be a Model");
            }
            if (one.onDelete() == OnDelete.SET_NULL && !one.nullable()) {
                throw new FieldError(model.getSimpleName() + "." + name + " uses SET_NULL, so it must be nullable");
            }
            String related = one.relatedName().isEmpty() ? FieldMeta.snake(model.getSimpleName()) : one.relatedName();
            FieldMeta meta = new FieldMeta(name, col(one.column(), snake + "_id"), FieldKind.FOREIGN_KEY, t, one.nullable(), one.blank(),
                    true, true, Model.NO_DEFAULT, 0, 0, 0, Choice.class, one.onDelete(), related, index, getter, setter);
            meta.oneToOne = true;
            return meta;
        }
        ForeignKey a = f.getAnnotation(ForeignKey.class);
        if (!Model.class.isAssignableFrom(t)) {
            throw new FieldError(model.getSimpleName() + "." + name + " is a ForeignKey, so its type must be a Model");
        }
        if (a.onDelete() == OnDelete.SET_NULL && !a.nullable()) {
            throw new FieldError(model.getSimpleName() + "." + name + " uses SET_NULL, so it must be nullable");
        }
        String related = a.relatedName().isEmpty() ? FieldMeta.snake(model.getSimpleName()) + "_set" : a.relatedName();
        return new FieldMeta(name, col(a.column(), snake + "_id"), FieldKind.FOREIGN_KEY, t, a.nullable(), a.blank(), false, true,
                a.defaultValue(), 0, 0, 0, Choice.class, a.onDelete(), related, index, getter, setter);
    }

    private static FieldMeta simple(String name, String column, FieldKind kind, Class<?> t, boolean nullable, boolean blank,
                                    boolean unique, boolean dbIndex, String def, int index, MethodHandle g, MethodHandle s) {
        return new FieldMeta(name, column, kind, t, nullable, blank, unique, dbIndex, def, 0, 0, 0, Choice.class, null, null, index, g, s);
    }

    private static String col(String declared, String derived) {
        return declared.isEmpty() ? derived : declared;
    }

    private static void expect(Class<?> model, Field f, Class<?> type) {
        if (!f.getType().isAssignableFrom(type)) {
            throw new FieldError(model.getSimpleName() + "." + f.getName() + " must have type " + type.getSimpleName());
        }
    }

    private static void expectNumber(Class<?> model, Field f) {
        Class<?> t = f.getType();
        if (t != int.class && t != long.class && t != Integer.class && t != Long.class) {
            throw new FieldError(model.getSimpleName() + "." + f.getName() + " must be int, long, Integer or Long");
        }
    }
}
