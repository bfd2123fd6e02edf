package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving the map as a picture: twice the size on screen, and nothing left behind when it fails. */
class MapPictureUiTest extends UiTestBase {

    @TempDir
    Path dir;

    @Test
    void theSavedPictureIsTwiceTheMapsSizeOnScreen() throws Exception {
        Path file = dir.resolve("map.png");
        Task<Path> task = fx(() -> view.pictures().save(file));
        task.get(20, TimeUnit.SECONDS);

        var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(file)));
        double width = fx(() -> view.map().getWidth());
        double height = fx(() -> view.map().getHeight());
        assertEquals(Math.round(width * 2), image.getWidth(), 1);
        assertEquals(Math.round(height * 2), image.getHeight(), 1);
        waitUntil("the reader is told where it went", () -> fx(() -> state.noticeProperty().get() != null
                && state.noticeProperty().get().text().contains("map.png")));
    }

    @Test
    void aFolderThatDoesNotExistIsReportedAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("missing").resolve("sub").toFile().toPath();
        Files.writeString(dir.resolve("missing"), "a file where the folder should be");
        Task<Path> task = fx(() -> view.pictures().save(file));
        waitUntil("the save fails", () -> fx(task::isDone));
        assertTrue(fx(() -> state.noticeProperty().get().problem()), "the failure is reported as a problem");
        assertFalse(Files.exists(file));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary file is left behind");
        }
    }
}
