package org.stancemap.io;

import java.util.Locale;

/** File sizes in words, exact to the byte where a limit is at stake. */
public final class Sizes {

    private static final long MB = 1024L * 1024;
    private static final long KB = 1024L;

    private Sizes() {
    }

    /** "10,485,761 bytes" */
    public static String bytes(long count) {
        return Wording.format(count == 1 ? "size.byte" : "size.bytes", String.format(Locale.ENGLISH, "%,d", count));
    }

    /** "10 MB", "64 KB" or "300 bytes": a limit as people know it. */
    public static String round(long count) {
        if (count >= MB && count % MB == 0) {
            return Wording.format("size.mb", count / MB);
        }
        if (count >= KB && count % KB == 0) {
            return Wording.format("size.kb", count / KB);
        }
        return bytes(count);
    }

    /** "10,485,761 bytes is over the 10 MB limit (10,485,760 bytes)" */
    public static String overLimit(long size, long limit) {
        String rounded = round(limit);
        String exact = bytes(limit);
        return rounded.equals(exact) ? Wording.format("size.overLimit", bytes(size), rounded)
                : Wording.format("size.overLimit.exact", bytes(size), rounded, exact);
    }
}
