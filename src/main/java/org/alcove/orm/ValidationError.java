package org.alcove.orm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@link Model#fullClean()} found wrong, field by field (Django's {@code ValidationError}
 * with its {@code message_dict}): {@code title -> ["Ensure this value has at most 200 characters
 * (it has 201)."]}. Problems of several fields together (a unique constraint) are under
 * {@link #NON_FIELD_ERRORS}.
 */
public final class ValidationError extends OrmException {
    /** The key of problems that belong to no single field, as Django's. */
    public static final String NON_FIELD_ERRORS = "__all__";

    private final Map<String, List<String>> messages;

    ValidationError(Map<String, List<String>> messages) {
        super(describe(messages));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        messages.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.messages = java.util.Collections.unmodifiableMap(copy);
    }

    /** The messages by field name, in the model's field order. */
    public Map<String, List<String>> messages() {
        return messages;
    }

    /** The messages about one field (empty when it is fine). */
    public List<String> messagesFor(String field) {
        return messages.getOrDefault(field, List.of());
    }

    private static String describe(Map<String, List<String>> messages) {
        return messages.entrySet().stream()
                .map(e -> (e.getKey().equals(NON_FIELD_ERRORS) ? "" : e.getKey() + ": ") + String.join(" ", e.getValue()))
                .collect(Collectors.joining("; "));
    }
}
