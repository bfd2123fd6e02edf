package org.stancemap.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled fonts as files: read in place from a build folder, copied once out of the jar (again
 * when a new version brings other bytes), and no copy when the cache folder cannot be written.
 */
class LocalCopiesTest {

    @TempDir
    Path dir;

    @Test
    void aResourceThatIsAFileAlreadyIsUsedInPlace() throws IOException {
        Path font = Files.write(dir.resolve("Inter-Bold.otf"), new byte[] {1, 2, 3});
        Path cache = dir.resolve("cache");
        assertEquals(font, new LocalCopies(cache).of(font.toUri().toURL()).orElseThrow());
        assertFalse(Files.exists(cache), "nothing is copied");
    }

    @Test
    void aResourceInTheJarIsCopiedOnceAndAgainWhenItsBytesChange() throws Exception {
        Path cache = dir.resolve("cache");
        LocalCopies copies = new LocalCopies(cache);
        byte[] first = {10, 20, 30, 40};
        Path copy = copies.of(inJar("v1.jar", "fonts/Inter-Bold.otf", first)).orElseThrow();
        assertArrayEquals(first, Files.readAllBytes(copy));
        assertTrue(copy.startsWith(cache) && copy.getFileName().toString().endsWith("-Inter-Bold.otf"));

        Files.setLastModifiedTime(copy, FileTime.fromMillis(0));
        assertEquals(copy, copies.of(inJar("v1-again.jar", "fonts/Inter-Bold.otf", first)).orElseThrow());
        assertEquals(FileTime.fromMillis(0), Files.getLastModifiedTime(copy), "the same bytes are not written again");

        byte[] second = {10, 20, 30, 41};
        Path newer = copies.of(inJar("v2.jar", "fonts/Inter-Bold.otf", second)).orElseThrow();
        assertNotEquals(copy, newer, "a new version's font is a file of its own");
        assertArrayEquals(second, Files.readAllBytes(newer));
        try (Stream<Path> left = Files.list(cache)) {
            assertTrue(left.noneMatch(p -> p.toString().endsWith(".part")), "no half-written copy is left");
        }
    }

    @Test
    void aCopyCutShortIsWrittenAgainAndOneThatWouldNotLoadIsForgotten() throws Exception {
        Path cache = dir.resolve("cache");
        LocalCopies copies = new LocalCopies(cache);
        URL font = inJar("v1.jar", "fonts/NotoSerif-Regular.ttf", new byte[] {5, 6, 7, 8, 9});
        Path copy = copies.of(font).orElseThrow();
        Files.write(copy, new byte[] {5, 6});
        assertArrayEquals(new byte[] {5, 6, 7, 8, 9}, Files.readAllBytes(copies.of(font).orElseThrow()));
        copies.discard(copy);
        assertFalse(Files.exists(copy));
    }

    @Test
    void noCopyWhereTheCacheCannotBeWritten() throws Exception {
        Path notAFolder = Files.write(dir.resolve("cache"), new byte[] {0});
        assertTrue(new LocalCopies(notAFolder.resolve("fonts")).of(inJar("v1.jar", "fonts/a.otf", new byte[] {1}))
                .isEmpty(), "empty, so that the font is read from the jar as before");
    }

    @Test
    void theCacheFolderFollowsEachPlatformsHabit() {
        assertEquals(Path.of("/x/cache/stancemap"),
                new AppFolders("Linux", name -> name.equals("XDG_CACHE_HOME") ? "/x/cache" : null, "/home/t").cache());
        assertEquals(Path.of("/home/t/.cache/stancemap"), new AppFolders("Linux", name -> null, "/home/t").cache());
        assertEquals(Path.of("/home/t/Library/Caches/Stancemap"), new AppFolders("Mac OS X", name -> null, "/home/t").cache());
        assertEquals(Path.of("/l/Stancemap/Cache"),
                new AppFolders("Windows 11", name -> name.equals("LOCALAPPDATA") ? "/l" : null, "/home/t").cache());
    }

    private URL inJar(String jarName, String entry, byte[] bytes) throws IOException {
        Path jar = dir.resolve(jarName);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(entry));
            out.write(bytes);
            out.closeEntry();
        }
        return new URL("jar:" + jar.toUri() + "!/" + entry);
    }
}
