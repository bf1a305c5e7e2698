package org.alcove.catalog.search;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The parsed form of a search query: terms combined with {@link And}, {@link Or} and {@link Not}.
 * Immutable; {@code toString()} writes it back as a fully parenthesised query that parses to the
 * same tree, e.g. {@code ("river" AND NOT author:"austen")}.
 */
public sealed interface SearchExpr permits SearchExpr.And, SearchExpr.Or, SearchExpr.Not, SearchExpr.Term {

    /** All operands match (written {@code a and b} or just {@code a b}). */
    record And(List<SearchExpr> operands) implements SearchExpr {
        public And {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("And needs at least two operands, got " + operands);
            }
        }

        @Override
        public String toString() {
            return operands.stream().map(Object::toString).collect(Collectors.joining(" AND ", "(", ")"));
        }
    }

    /** At least one operand matches ({@code a or b}). */
    record Or(List<SearchExpr> operands) implements SearchExpr {
        public Or {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("Or needs at least two operands, got " + operands);
            }
        }

        @Override
        public String toString() {
            return operands.stream().map(Object::toString).collect(Collectors.joining(" OR ", "(", ")"));
        }
    }

    /** The operand does not match ({@code not a} or {@code -a}). */
    record Not(SearchExpr operand) implements SearchExpr {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }

        @Override
        public String toString() {
            return "NOT " + operand;
        }
    }

    /**
     * One term: {@code field} is null for free text (which matches title or author name), otherwise
     * the field it names. Numeric fields take a {@link TermValue.Comparison} or
     * {@link TermValue.Range}, the others {@link TermValue.Text}. {@code position} is where the
     * term starts in the query.
     */
    record Term(SearchField field, TermValue value, int position) implements SearchExpr {
        public Term {
            Objects.requireNonNull(value, "value");
            boolean numeric = field != null && field.isNumeric();
            if (numeric == value instanceof TermValue.Text) {
                throw new IllegalArgumentException("Field " + field + " cannot take " + value);
            }
        }

        /** Whether this term has no field and matches title or author name. */
        public boolean isFreeText() {
            return field == null;
        }

        @Override
        public String toString() {
            if (field == null) {
                return '"' + value.toString() + '"';
            }
            boolean quoted = field == SearchField.TITLE || field == SearchField.AUTHOR;
            return field.fieldName() + ':' + (quoted ? '"' + value.toString() + '"' : value.toString());
        }
    }
}
