package org.alcove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Handler;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

/** A warning logged while a command runs is one {@code alcove: warning:} line on stderr; information is not shown. */
class WarningLinesTest {
    @Test
    void aWarningIsOneLineAndInformationIsQuiet() {
        Logger root = Logger.getLogger("");
        Handler[] before = root.getHandlers();
        StringWriter err = new StringWriter();
        try {
            WarningLines.install(new PrintWriter(err, true));
            System.Logger log = System.getLogger("org.alcove.orm.sql");
            log.log(System.Logger.Level.INFO, "Backed up to x");
            log.log(System.Logger.Level.WARNING, "The write-ahead log could not be copied back\ninto the catalogue");
        } finally {
            for (Handler h : root.getHandlers()) {
                root.removeHandler(h);
            }
            for (Handler h : before) {
                root.addHandler(h);
            }
        }
        assertThat(err.toString()).isEqualTo("alcove: warning: The write-ahead log could not be copied back into the catalogue" + System.lineSeparator());
    }
}
