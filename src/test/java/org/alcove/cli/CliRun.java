package org.alcove.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in this JVM: its exit code and what it printed on stdout and stderr. */
record CliRun(int code, String out, String err) {
    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AlcoveCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
