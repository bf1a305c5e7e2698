package org.alcove.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks of this package ({@link OrmOverheadBenchmark}, {@link ImportBenchmark}),
 * or those whose names match the first argument: {@code mvn -Pjmh test-compile exec:exec}.
 */
public final class RunBenchmarks {
    private RunBenchmarks() {
    }

    public static void main(String[] args) throws RunnerException {
        String include = args.length > 0 ? args[0] : RunBenchmarks.class.getPackageName() + "\\..*Benchmark";
        new Runner(new OptionsBuilder().include(include).build()).run();
    }
}
