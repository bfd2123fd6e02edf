package org.stancemap.io;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages make a named pipe the way {@link SpecialFilesTest} does. */
public final class SpecialFilesTestAccess {

    private SpecialFilesTestAccess() {
    }

    public static Path fifo(Path at) throws IOException, InterruptedException {
        return SpecialFilesTest.fifo(at);
    }
}
