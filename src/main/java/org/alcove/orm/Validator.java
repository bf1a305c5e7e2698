package org.alcove.orm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Validation from field metadata (Django's {@code full_clean}): each field's value against its
 * options — null, blank, max_length counted in code points, choices, positive integers, decimal
 * digits, the target of a foreign key — then unique fields and unique constraints against the
 * database. The one place the limits of a model are checked; editors and importers ask it.
 */
final class Validator {
    private Validator() {
    }

    /** The problems of one value for {@code field}, as Django words them; empty when it is fine. */
    static List<String> problems(FieldMeta field, Object value) {
        List<String> out = new ArrayList<>();
        if (field.isPrimaryKey()) {
            return out;
        }
        boolean empty = value == null || (value instanceof String s && s.isEmpty()) || (value instanceof Collection<?> c && c.isEmpty());
        if (empty && field.blank()) {
            return out; // Django skips the checks of an empty value where blank is allowed
        }
        if (value == null) {
            if (!field.nullable()) {
                out.add("This field cannot be null.");
            }
            return out;
        }
        if (empty) {
            out.add("This field cannot be blank.");
            return out;
        }
        switch (field.kind()) {
            case CHAR, TEXT -> {
                if (field.choices() == null && value instanceof String s && field.maxLength() > 0) {
                    int length = s.codePointCount(0, s.length());
                    if (length > field.maxLength()) {
                        out.add("Ensure this value has at most " + field.maxLength() + " characters (it has " + length + ").");
                    }
                }
                if (field.choices() != null && !field.choices().isInstance(value)) {
                    out.add("Value '" + value + "' is not a valid choice.");
                }
            }
            case POSITIVE_INTEGER -> {
                if (value instanceof Number n && n.longValue() < 0) {
                    out.add("Ensure this value is greater than or equal to 0.");
                }
            }
            case DECIMAL -> decimal(field, value, out);
            default -> {
            }
        }
        return out;
    }

    private static void decimal(FieldMeta field, Object value, List<String> out) {
        BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        int places = Math.max(0, d.stripTrailingZeros().scale());
        int whole = Math.max(0, d.precision() - d.scale());
        if (field.maxDigits() > 0 && whole + places > field.maxDigits()) {
            out.add("Ensure that there are no more than " + field.maxDigits() + " digits in total.");
        } else if (field.decimalPlaces() >= 0 && field.maxDigits() > 0 && places > field.decimalPlaces()) {
            out.add("Ensure that there are no more than " + field.decimalPlaces() + " decimal places.");
        } else if (field.maxDigits() > 0 && whole > field.maxDigits() - field.decimalPlaces()) {
            out.add("Ensure that there are no more than " + (field.maxDigits() - field.decimalPlaces())
                    + " digits before the decimal point.");
        }
    }

    /** Checks the whole object; throws {@link ValidationError} with every problem found. */
    static void fullClean(Model obj, Set<String> exclude, boolean validateUnique) {
        ModelMeta<?> meta = ModelMeta.of(obj.getClass());
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (FieldMeta f : meta.fields()) {
            if (exclude.contains(f.name()) || f.isPrimaryKey() || isDeferred(obj, f)) {
                continue;
            }
            Object value = f.get(obj);
            List<String> found = problems(f, value);
            if (found.isEmpty() && f.isRelation() && value instanceof Model target && obj.db != null && target.id != null
                    && !obj.db.objects(f.target()).filter("pk", target.id).exists()) {
                found = List.of(verboseName(f.targetMeta()) + " instance with id " + target.id + " does not exist.");
            }
            if (!found.isEmpty()) {
                problems.put(f.name(), found);
            }
        }
        if (validateUnique && obj.db != null) {
            unique(obj, meta, exclude, problems);
        }
        if (!problems.isEmpty()) {
            throw new ValidationError(problems);
        }
    }

    private static boolean isDeferred(Model obj, FieldMeta f) {
        return (obj.deferred & (1L << f.index)) != 0;
    }

    @SuppressWarnings("unchecked")
    private static void unique(Model obj, ModelMeta<?> meta, Set<String> exclude, Map<String, List<String>> problems) {
        QuerySet<Model> others = (QuerySet<Model>) obj.db.objects(meta.type());
        if (obj.id != null) {
            others = others.exclude("pk", obj.id);
        }
        for (FieldMeta f : meta.fields()) {
            if (!f.unique() || f.isPrimaryKey() || exclude.contains(f.name()) || problems.containsKey(f.name()) || isDeferred(obj, f)) {
                continue;
            }
            Object value = f.get(obj);
            if (value != null && others.filter(f.name(), value).exists()) {
                problems.put(f.name(), List.of(label(meta.label()) + " with this " + label(f.name()) + " already exists."));
            }
        }
        for (UniqueConstraint c : meta.constraints()) {
            QuerySet<Model> same = others;
            boolean check = true;
            List<String> labels = new ArrayList<>();
            for (String name : c.fields()) {
                FieldMeta f = meta.field(name).orElseThrow();
                Object value = f.get(obj);
                if (value == null || exclude.contains(name) || problems.containsKey(name)) {
                    check = false; // NULLs are distinct in a unique constraint, as in SQL and Django
                    break;
                }
                same = same.filter(name, value);
                labels.add(label(name));
            }
            if (check && same.exists()) {
                problems.computeIfAbsent(ValidationError.NON_FIELD_ERRORS, k -> new ArrayList<>())
                        .add(label(meta.label()) + " with this " + textList(labels) + " already exists.");
            }
        }
    }

    /** A model's name as Django's verbose_name: {@code LoanPolicy} → "loan policy". */
    private static String verboseName(ModelMeta<?> meta) {
        String words = FieldMeta.snake(meta.label()).replace('_', ' ');
        return words;
    }

    /** "A", "A and B", "A, B and C", as Django's get_text_list. */
    private static String textList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** A field name as Django's verbose name would show it: {@code seriesIndex} → "Series index". */
    static String label(String name) {
        String words = FieldMeta.snake(name).replace('_', ' ').strip();
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
