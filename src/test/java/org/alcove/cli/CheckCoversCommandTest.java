package org.alcove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.covers.Covers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** alcove check names a cover file no book shows; check --repair moves it aside after a backup. */
class CheckCoversCommandTest {
    @TempDir
    Path tmp;

    @Test
    void anOrphanCoverIsReportedAndARepairMovesItAside() throws Exception {
        Path db = tmp.resolve("c.alcove");
        Path png = tmp.resolve("stray.png");
        ImageIO.write(new BufferedImage(8, 12, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        String name;
        try (Catalog catalog = Catalog.open(db)) {
            name = Covers.of(catalog).store(png);
        }
        CliRun found = CliRun.run("--db", db.toString(), "check");
        assertThat(found.code()).isEqualTo(1);
        assertThat(found.out()).contains("warning  covers: Cover file " + name + " in c.covers is shown by no book (a repair moves it to "
                + "c.covers-orphans). (check --repair mends it)");
        CliRun repaired = CliRun.run("--db", db.toString(), "check", "--repair");
        assertThat(repaired.code()).as(repaired.out() + repaired.err()).isZero();
        assertThat(repaired.out()).startsWith("Backed up to ").endsWith("The catalogue c.alcove is sound.\n");
        assertThat(tmp.resolve("c.covers-orphans").resolve(name)).exists();
        assertThat(tmp.resolve("c.covers").resolve(name)).doesNotExist();
        try (var backups = Files.list(tmp.resolve("backups"))) { // the backup holds the covers as they were, the orphan too
            assertThat(backups.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".covers"));
        }
    }
}
