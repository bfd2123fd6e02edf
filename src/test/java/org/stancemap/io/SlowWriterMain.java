package org.stancemap.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Run in a process of its own by {@link AtomicFileTargetTest}: starts an atomic write of the file
 * named by its argument, says "writing" once the temporary file is complete, and then stalls before
 * the final move, for the test to kill it there.
 */
public final class SlowWriterMain {

    private SlowWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        AtomicFile.write(Path.of(args[0]), "new".getBytes(StandardCharsets.UTF_8), false, (source, target, options) -> {
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
