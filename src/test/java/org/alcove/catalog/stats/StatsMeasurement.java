package org.alcove.catalog.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.alcove.catalog.Catalog;
import org.alcove.orm.ExecutedQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: the dashboard's queries timed on a big catalogue, whole and scoped, one warm-up then
 * the median of five rounds. {@code mvn test -Dtest=StatsMeasurement -Dalcove.bench.db=/tmp/big.alcove};
 * figures go to the log (System.Logger, INFO), with each query's time and SQLite's plan.
 */
@EnabledIfSystemProperty(named = "alcove.bench.db", matches = ".+")
class StatsMeasurement {
    private static final System.Logger LOG = System.getLogger(StatsMeasurement.class.getName());
    private static final String[] SCOPES = {"", "year:1800..1899", "author:smith", "genre:SCI pages:>300", "river"};

    @Test
    void timeTheDashboard() {
        try (Catalog catalog = Catalog.open(Path.of(System.getProperty("alcove.bench.db")))) {
            StatsService service = new StatsService(catalog);
            for (String scope : SCOPES) {
                service.compute(scope);
                List<Long> rounds = new ArrayList<>();
                List<ExecutedQuery> last = List.of();
                for (int i = 0; i < 5; i++) {
                    long start = System.nanoTime();
                    last = catalog.db().captureQueries(() -> service.compute(scope));
                    rounds.add(System.nanoTime() - start);
                }
                Collections.sort(rounds);
                CatalogStats s = service.compute(scope);
                LOG.log(System.Logger.Level.INFO, String.format("scope '%s': %d books, median %.1f ms over %d queries",
                        scope, s.books(), rounds.get(2) / 1e6, last.size()));
                for (ExecutedQuery q : last) {
                    LOG.log(System.Logger.Level.INFO, String.format("  %7.1f ms  %s", q.nanos() / 1e6, abbreviate(q.sql())));
                }
            }
            LOG.log(System.Logger.Level.INFO, "whole: " + service.compute(Optional.empty()).genres());
        }
    }

    private static String abbreviate(String sql) {
        return sql.length() > 220 ? sql.substring(0, 220) + "..." : sql;
    }
}
