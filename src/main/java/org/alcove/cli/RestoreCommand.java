package org.alcove.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.alcove.catalog.CatalogCheck;
import org.alcove.catalog.Restore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code alcove restore BACKUP [--db FILE]}. */
@Command(name = "restore", mixinStandardHelpOptions = true, description = {
    "Restore a backup as the catalogue named by --db: the backup is checked first (a damaged one is refused and nothing",
    "changes), the catalogue there is kept aside as NAME.before-restore-TIME.alcove, never overwritten."})
final class RestoreCommand extends CatalogCommand {
    @Parameters(index = "0", paramLabel = "BACKUP", description = "The backup file (from alcove backup, or a migration's backups/ folder).")
    Path backup;

    @Override
    public Integer call() throws IOException {
        Files2.requireReadable(backup);
        Restore.Result r = Restore.run(backup, root.dbFile());
        r.keptAside().ifPresent(p -> out().println("Kept the catalogue that was there as " + p));
        for (CatalogCheck.Finding f : r.warnings()) {
            out().println("warning  " + f.check() + ": " + f.message());
        }
        out().println("Restored " + backup.getFileName() + " to " + r.target());
        return 0;
    }
}
