package org.alcove.orm.internal.dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * SQL text with its bind values, built in one pass: every value goes through {@link #param},
 * never into the text. Everything the ORM sends to the database is rendered into one of these.
 */
public final class Sql {
    private final StringBuilder text = new StringBuilder(128);
    private final List<Object> params = new ArrayList<>();

    public Sql append(String s) {
        text.append(s);
        return this;
    }

    public Sql append(char c) {
        text.append(c);
        return this;
    }

    /** Appends another fragment, its text and its bind values. */
    public Sql append(Sql other) {
        text.append(other.text);
        params.addAll(other.params);
        return this;
    }

    /** Appends a placeholder bound to {@code value}. */
    public Sql param(Object value) {
        text.append('?');
        params.add(value);
        return this;
    }

    /** Appends {@code s} with its own placeholders, binding {@code values} to them. */
    public Sql append(String s, List<?> values) {
        text.append(s);
        params.addAll(values);
        return this;
    }

    public boolean isEmpty() {
        return text.length() == 0;
    }

    public String text() {
        return text.toString();
    }

    public List<Object> params() {
        return params;
    }

    @Override
    public String toString() {
        return params.isEmpty() ? text.toString() : text + " " + params;
    }
}
