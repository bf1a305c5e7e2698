package org.alcove.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;

/** Django's assertNumQueries for Alcove: runs a block and checks how many statements it ran. */
public final class QueryCounter {
    private QueryCounter() {
    }

    /** Runs {@code block}, asserts it ran exactly {@code expected} statements, and returns its result. */
    public static <R> R assertNumQueries(Database db, int expected, Supplier<R> block) {
        Object[] result = new Object[1];
        List<ExecutedQuery> queries = db.captureQueries(() -> result[0] = block.get());
        assertThat(queries).as("statements run:%n%s", String.join("\n", queries.stream().map(ExecutedQuery::toString).toList()))
                .hasSize(expected);
        @SuppressWarnings("unchecked")
        R r = (R) result[0];
        return r;
    }

    /** Runs {@code block} and asserts it ran exactly {@code expected} statements. */
    public static void assertNumQueries(Database db, int expected, Runnable block) {
        assertNumQueries(db, expected, () -> {
            block.run();
            return null;
        });
    }
}
