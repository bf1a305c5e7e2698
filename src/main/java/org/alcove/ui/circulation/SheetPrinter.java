package org.alcove.ui.circulation;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Prints a PDF sheet with JavaFX's {@link PrinterJob}: the system's print dialog, then each page
 * rendered at 200 dpi and scaled to the printable area. On a computer with no printer it says so
 * and prints nothing.
 */
public final class SheetPrinter {
    private static final float DPI = 200;

    private SheetPrinter() {
    }

    /** Prints {@code pdf}; says whether the pages went to a printer, and what happened. Call on the FX thread. */
    public static CirculationViewModel.Printed print(Path pdf, Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return refused("No printer is set up on this computer; use Save as PDF\u2026 and print the file instead.");
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return refused("Printing cancelled.");
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            PageLayout layout = job.getJobSettings().getPageLayout();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, DPI);
                ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
                view.setPreserveRatio(true);
                view.setFitWidth(layout.getPrintableWidth());
                view.setFitHeight(layout.getPrintableHeight());
                if (!job.printPage(layout, view)) {
                    job.cancelJob();
                    return refused("The printer refused page " + (i + 1) + " (" + job.getJobStatus() + "); nothing more was sent.");
                }
            }
            return job.endJob() ? new CirculationViewModel.Printed(true, "Sent " + doc.getNumberOfPages() + (doc.getNumberOfPages() == 1 ? " page" : " pages")
                    + " to " + job.getPrinter().getName() + ".") : refused("The printer did not finish the job (" + job.getJobStatus() + ").");
        } catch (IOException e) {
            job.cancelJob();
            return refused("Could not read the sheet to print: " + e.getMessage());
        }
    }

    /** Prints {@code pdf}, a temporary file made for it, and deletes it after. Call on the FX thread. */
    public static CirculationViewModel.Printed printTemporary(Path pdf, Window owner) {
        try {
            return print(pdf, owner);
        } finally {
            try {
                java.nio.file.Files.deleteIfExists(pdf);
            } catch (IOException e) {
                // a temporary file the system cleans up
            }
        }
    }

    private static CirculationViewModel.Printed refused(String message) {
        return new CirculationViewModel.Printed(false, message);
    }
}
