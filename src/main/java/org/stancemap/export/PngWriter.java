package org.stancemap.export;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Encodes pixels as a PNG (8-bit RGBA, no interlace). Written here so the app needs neither AWT
 * nor Swing in its runtime just to save a picture of the map.
 */
public final class PngWriter {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngWriter() {
    }

    /** {@code argb} holds the pixels row by row, each as 0xAARRGGBB, as JavaFX's PixelReader gives them. */
    public static byte[] encode(int[] argb, int width, int height) {
        if (width <= 0 || height <= 0 || argb.length != (long) width * height) {
            throw new IllegalArgumentException("a " + width + "×" + height + " picture needs " + (long) width * height
                    + " pixels, not " + argb.length);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.writeByte(8);  // bits per channel
            h.writeByte(6);  // colour type: RGBA
            h.writeByte(0);  // deflate
            h.writeByte(0);  // adaptive filtering
            h.writeByte(0);  // no interlace
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", pixels(argb, width, height));
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
    }

    /** Each row starts with filter type 1 (difference from the pixel to the left), which suits flat map colours. */
    private static byte[] pixels(int[] argb, int width, int height) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(6);
        try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
            byte[] row = new byte[1 + width * 4];
            for (int y = 0; y < height; y++) {
                row[0] = 1;
                int previous = 0;
                for (int x = 0; x < width; x++) {
                    int p = argb[y * width + x];
                    int i = 1 + x * 4;
                    row[i] = (byte) ((p >>> 16) - (previous >>> 16));
                    row[i + 1] = (byte) ((p >>> 8) - (previous >>> 8));
                    row[i + 2] = (byte) (p - previous);
                    row[i + 3] = (byte) ((p >>> 24) - (previous >>> 24));
                    previous = p;
                }
                z.write(row);
            }
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(name);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
