package org.alcove.catalog.search;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a search term looks for: some {@link Text}, a number {@link Comparison} such as
 * {@code >400}, or an inclusive {@link Range} such as {@code 1800..1850}.
 */
public sealed interface TermValue permits TermValue.Text, TermValue.Comparison, TermValue.Range {

    /** Text to find (a word, a phrase, a genre code or ISBN digits). */
    record Text(String text) implements TermValue {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** A number compared with {@code operator}: {@code 400}, {@code >400}, {@code <=100}, {@code >=4.5} (a rating). */
    record Comparison(Operator operator, BigDecimal number) implements TermValue {
        public Comparison {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(number, "number");
        }

        public Comparison(Operator operator, int number) {
            this(operator, BigDecimal.valueOf(number));
        }

        @Override
        public String toString() {
            return operator.symbol() + number.toPlainString();
        }

        /** How a {@link Comparison} compares; {@link #EQUAL} is written without a symbol. */
        public enum Operator {
            EQUAL(""), GREATER(">"), GREATER_OR_EQUAL(">="), LESS("<"), LESS_OR_EQUAL("<=");

            private final String symbol;

            Operator(String symbol) {
                this.symbol = symbol;
            }

            /** The symbol as the user writes it, empty for {@link #EQUAL}. */
            public String symbol() {
                return symbol;
            }
        }
    }

    /** The numbers from {@code low} to {@code high}, both included: {@code 100..400}. */
    record Range(BigDecimal low, BigDecimal high) implements TermValue {
        public Range {
            if (low.compareTo(high) > 0) {
                throw new IllegalArgumentException("Range " + low + ".." + high + " is backwards");
            }
        }

        public Range(int low, int high) {
            this(BigDecimal.valueOf(low), BigDecimal.valueOf(high));
        }

        @Override
        public String toString() {
            return low.toPlainString() + ".." + high.toPlainString();
        }
    }
}
