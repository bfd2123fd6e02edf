package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.export.HandoutWriter;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.export.HandoutView;

/** The handout made from the window: in the background, with the map on screen, readable afterwards. */
class HandoutUiTest extends UiTestBase {

    @TempDir
    Path dir;

    @Test
    void theStudyMenuMakesAHandoutWithEveryActor() throws Exception {
        fxRun(() -> state.panels().openStudy(AppState.StudyPane.HANDOUT));
        waitUntil("the handout card opens", () -> byId("handout-view").isVisible());
        Path file = dir.resolve("handout.pdf");

        var task = fx(() -> ((HandoutView) byId("handout-view")).export(file));
        HandoutWriter.Written written = task.get(60, TimeUnit.SECONDS);

        assertTrue(written.pages() >= 2, "pages: " + written.pages());
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            explainer.actors().forEach(a -> assertTrue(text.contains(a.name()), a.name()));
        }
        waitUntil("the reader is told", () -> fx(() -> state.noticeProperty().get() != null
                && state.noticeProperty().get().text().contains("handout.pdf")));
        assertTrue(Files.size(file) > 10_000);
    }
}
