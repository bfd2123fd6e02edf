package org.stancemap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Reads the PNG back with the JDK's own decoder, which knows nothing of how it was written. */
class PngWriterTest {

    @Test
    void aDecoderReadsBackEveryPixelAndTheSize() throws Exception {
        int width = 37;
        int height = 11;
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = (i % 7 == 0 ? 0x80 : 0xff) << 24 | (i * 2654435761L > 0 ? (int) (i * 2654435761L) & 0xffffff : 0x123456);
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngWriter.encode(argb, width, height)));
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertEquals(Integer.toHexString(argb[y * width + x]), Integer.toHexString(image.getRGB(x, y)),
                        "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void pixelsThatDoNotFitTheSizeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PngWriter.encode(new int[5], 2, 2));
    }
}
