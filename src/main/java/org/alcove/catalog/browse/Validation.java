package org.alcove.catalog.browse;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The outcome of validating a draft: a message per field that is wrong; none when it can be saved. */
public record Validation(Map<BookField, String> errors) {
    public Validation {
        errors = errors.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(errors));
    }

    /** Whether the draft can be saved. */
    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The message for one field, if it is wrong. */
    public Optional<String> error(BookField field) {
        return Optional.ofNullable(errors.get(field));
    }
}
