package org.stancemap.explainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the Save dialog of a new explainer starts: a file named after the explainer's title, in
 * the folder its article came from, else in the user's documents folder, else their home folder.
 */
public final class ProposedFile {

    static final String SUFFIX = ".stancemap.json";
    static final String FALLBACK = "my-explainer";
    /** Long enough to recognise the title, short enough for any file system and dialog. */
    static final int MAX_NAME = 60;

    private ProposedFile() {
    }

    /** The file name for an explainer titled {@code title}: its words in lower case, joined by hyphens. */
    public static String nameFor(String title) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        // Letters and digits of any script only: nothing a file system could refuse or read as a path.
        String name = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (name.length() > MAX_NAME) {
            String cut = name.substring(0, MAX_NAME);
            int lastBreak = cut.lastIndexOf('-');
            name = lastBreak > MAX_NAME / 2 ? cut.substring(0, lastBreak) : cut;
        }
        return (name.isEmpty() ? FALLBACK : name) + SUFFIX;
    }

    /**
     * The folder to start in: {@code articleFolder} if it is a folder still there, else
     * {@code home}/Documents if there is one, else {@code home}.
     */
    public static Path folderFor(Optional<Path> articleFolder, Path home) {
        Optional<Path> beside = articleFolder.filter(Files::isDirectory);
        if (beside.isPresent()) {
            return beside.get();
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }
}
