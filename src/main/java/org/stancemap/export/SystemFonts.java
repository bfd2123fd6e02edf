package org.stancemap.export;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The TrueType font files installed on this computer, found by looking in the folders where Linux
 * (fontconfig's usual ones), macOS and Windows keep them; nothing is run and nothing is downloaded.
 * Only {@code .ttf} files are taken: PDFBox embeds TrueType outlines only, and a font inside a
 * collection ({@code .ttc}) cannot be given to it without its layout substitutions.
 */
final class SystemFonts {

    /** Enough for any real font folder; a bigger tree is not walked further. */
    private static final int MAX_FILES = 5_000;
    private static final int MAX_DEPTH = 8;
    /** Larger files are skipped: reading one for a handout would take long and hold much memory. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Variants a handout's plain text should not be drawn in when a plain face of the family is there. */
    private static final Pattern STYLED = Pattern.compile(
            "(?i).*(bold|italic|oblique|light|thin|black|heavy|medium|semi|condensed|narrow|mono|math).*");
    private static final Comparator<Path> PLAIN_FIRST = Comparator
            .comparing((Path p) -> STYLED.matcher(p.getFileName().toString()).matches())
            .thenComparing(Comparator.naturalOrder());

    private SystemFonts() {
    }

    /** The usual font folders of this system, those that exist, in a fixed order. */
    static List<Path> folders() {
        List<Path> folders = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String windows = System.getenv().getOrDefault("WINDIR", "C:\\Windows");
            folders.add(Path.of(windows, "Fonts"));
            String local = System.getenv("LOCALAPPDATA");
            if (local != null) {
                folders.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
            }
        } else if (os.contains("mac")) {
            folders.add(Path.of("/System/Library/Fonts"));
            folders.add(Path.of("/Library/Fonts"));
            folders.add(Path.of(home, "Library", "Fonts"));
        } else {
            String dataHome = System.getenv("XDG_DATA_HOME");
            folders.add(dataHome == null || dataHome.isBlank() ? Path.of(home, ".local", "share", "fonts")
                    : Path.of(dataHome, "fonts"));
            folders.add(Path.of(home, ".fonts"));
            folders.add(Path.of("/usr/local/share/fonts"));
            folders.add(Path.of("/usr/share/fonts"));
        }
        return folders.stream().filter(Files::isDirectory).toList();
    }

    /**
     * The {@code .ttf} files under {@code folders}, at most {@link #MAX_FILES}: within each folder plain
     * faces first (so "DejaVuSans.ttf" comes before "DejaVuSans-Bold.ttf"), each group by path.
     */
    static List<Path> files(List<Path> folders) {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(folder, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (isTrueTypeFile(file)) {
                            found.add(file);
                        }
                        return found.size() + files.size() >= MAX_FILES ? FileVisitResult.TERMINATE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        // An unreadable folder just offers no fonts; the handout refuses what stays undrawable.
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException | RuntimeException e) {
                // As above: what was found before the failure is still used.
            }
            found.sort(PLAIN_FIRST);
            files.addAll(found);
            if (files.size() >= MAX_FILES) {
                break;
            }
        }
        return files;
    }

    private static boolean isTrueTypeFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            return name.endsWith(".ttf") && Files.isRegularFile(path) && Files.size(path) <= MAX_BYTES;
        } catch (IOException e) {
            return false;
        }
    }
}
