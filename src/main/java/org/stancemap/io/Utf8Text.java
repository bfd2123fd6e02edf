package org.stancemap.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Files are read as strict UTF-8: a malformed byte is an error to report, never silently turned
 * into a replacement character. A leading byte-order mark (as some editors write) is skipped.
 */
public final class Utf8Text {

    private Utf8Text() {
    }

    /** The text of {@code bytes}; throws if they are not UTF-8. */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        int skip = byteOrderMarkLength(bytes);
        return strictDecoder().decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    }

    /** 3 when the bytes start with UTF-8's byte-order mark, else 0. */
    public static int byteOrderMarkLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    /** A decoder that reports malformed input, for a reader that wants to say where it is. */
    public static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
