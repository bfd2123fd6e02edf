package org.stancemap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Installed fonts are found by walking the font folders, plain faces before their variants. */
class SystemFontsTest {

    @Test
    void trueTypeFilesAreFoundPlainFacesFirst(@TempDir Path folder) throws IOException {
        Path family = Files.createDirectories(folder.resolve("truetype/dejavu"));
        Path bold = Files.writeString(family.resolve("DejaVuSans-Bold.ttf"), "x");
        Path plain = Files.writeString(family.resolve("DejaVuSans.ttf"), "x");
        Path other = Files.writeString(Files.createDirectories(folder.resolve("truetype/abyssinica"))
                .resolve("AbyssinicaSIL-Regular.TTF"), "x");
        Files.writeString(family.resolve("DejaVuSans.otf"), "x");
        Files.writeString(family.resolve("fonts.dir"), "x");
        assertEquals(List.of(other, plain, bold), SystemFonts.files(List.of(folder, folder.resolve("missing"))));
    }
}
