package org.alcove.catalog.importing;

import java.nio.file.Path;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.io.ImportFormat;

/** A child JVM for {@link ImportCrashTest}: imports a books file, printing "started" after the first progress call. */
public final class ImportChild {
    private ImportChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Catalog catalog = Catalog.open(Path.of(args[0]))) {
            boolean[] told = {false};
            new ImportService(catalog).run(Path.of(args[1]), ImportFormat.BOOKS, ImportOptions.defaults(), p -> {
                if (!told[0] && p.imported() > 0) {
                    told[0] = true;
                    System.out.println("started");
                    System.out.flush();
                }
            }, () -> false);
            System.out.println("finished");
        }
    }
}
