package org.stancemap.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rewrites a TrueType file without some of its tables. The handout drops {@code GSUB}: PDFBox
 * applies its ligatures (fi, ffi…) when drawing, and a ligature glyph copies out of the PDF as
 * nothing, so "first" would come back as "rst". Without the table every character keeps its own
 * glyph and text copied from the handout is exactly the article's.
 */
final class SfntTables {

    private static final int HEADER = 12;
    private static final int RECORD = 16;

    private SfntTables() {
    }

    private record Table(String tag, int checksum, int offset, int length) {
    }

    static byte[] without(byte[] font, Set<String> dropped) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(font);
        if (font.length < HEADER) {
            throw new IOException("not a font file: too short");
        }
        int version = in.getInt(0);
        int count = Short.toUnsignedInt(in.getShort(4));
        if (font.length < HEADER + count * RECORD) {
            throw new IOException("not a font file: the table directory is cut off");
        }
        List<Table> kept = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = HEADER + i * RECORD;
            String tag = new String(font, at, 4, StandardCharsets.ISO_8859_1);
            Table table = new Table(tag, in.getInt(at + 4), in.getInt(at + 8), in.getInt(at + 12));
            if (table.offset() < 0 || table.length() < 0 || (long) table.offset() + table.length() > font.length) {
                throw new IOException("not a font file: table " + tag + " lies outside the file");
            }
            if (!dropped.contains(tag)) {
                kept.add(table);
            }
        }
        int size = HEADER + kept.size() * RECORD;
        for (Table table : kept) {
            size += padded(table.length());
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int searchPower = Integer.highestOneBit(Math.max(1, kept.size()));
        out.putInt(version);
        out.putShort((short) kept.size());
        out.putShort((short) (searchPower * RECORD));
        out.putShort((short) Integer.numberOfTrailingZeros(searchPower));
        out.putShort((short) (kept.size() * RECORD - searchPower * RECORD));
        int offset = HEADER + kept.size() * RECORD;
        for (Table table : kept) {
            out.put(table.tag().getBytes(StandardCharsets.ISO_8859_1));
            out.putInt(table.checksum());
            out.putInt(offset);
            out.putInt(table.length());
            offset += padded(table.length());
        }
        for (Table table : kept) {
            out.put(font, table.offset(), table.length());
            out.position(out.position() + padded(table.length()) - table.length());
        }
        return out.array();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }
}
