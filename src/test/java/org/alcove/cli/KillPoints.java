package org.alcove.cli;

import java.util.Random;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Where the fault tests kill their children: random, but from one seed per test, which a failing
 * test names so the same kill points can be tried again ({@code -Dalcove.faults.seed=N}).
 *
 * <pre>{@code
 * @RegisterExtension
 * final KillPoints kills = new KillPoints();
 * ...
 * long delay = kills.millis(0, 400);
 * }</pre>
 */
final class KillPoints implements BeforeEachCallback, TestExecutionExceptionHandler {
    /** The system property that replays a seed a failed run printed. */
    static final String SEED_PROPERTY = "alcove.faults.seed";

    private long seed;
    private Random random;

    @Override
    public void beforeEach(ExtensionContext context) {
        String given = System.getProperty(SEED_PROPERTY);
        seed = given == null || given.isBlank() ? new Random().nextLong() : Long.parseLong(given.strip());
        random = new Random(seed);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        String test = context.getRequiredTestClass().getSimpleName() + "#" + context.getRequiredTestMethod().getName();
        AssertionError named = new AssertionError("kill points from seed " + seed + " (again: mvn test -Dtest='" + test + "' -D"
                + SEED_PROPERTY + "=" + seed + "): " + failure.getMessage(), failure);
        named.setStackTrace(failure.getStackTrace());
        throw named;
    }

    /** A number of milliseconds in {@code [from, to)}. */
    long millis(long from, long to) {
        return from + (long) (random.nextDouble() * (to - from));
    }

    /** A whole number in {@code [from, to)}. */
    int between(int from, int to) {
        return from + random.nextInt(to - from);
    }

    /** A fraction in {@code [from, to)}. */
    double fraction(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    /**
     * Whether to make kill attempt {@code attempt} (from 0): every one of the {@code planned} attempts,
     * then, while none of them landed at work (a quiet machine can finish the work inside a random
     * delay), up to as many again, each with no delay ({@link #delay}). A test asserting that some
     * kill landed at work then fails only when the work cannot be caught at all.
     */
    static boolean another(int attempt, int planned, int landed) {
        return attempt < planned || (landed == 0 && attempt < 2 * planned);
    }

    /** The delay of attempt {@code attempt}: random in {@code [from, to)} for the planned ones, none for the extra ones. */
    long delay(int attempt, int planned, long from, long to) {
        return attempt < planned ? millis(from, to) : 0;
    }

    long seed() {
        return seed;
    }
}
