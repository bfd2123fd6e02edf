package org.stancemap.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the code asks a bundle for is in that bundle, so no screen or message shows a missing word. */
class BundleKeysTest {

    private static final Path SOURCES = Path.of("src/main/java");

    private static List<String> missing(Pattern use, ResourceBundle bundle) throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = use.matcher(Files.readString(file));
                while (m.find()) {
                    if (!bundle.containsKey(m.group(1))) {
                        missing.add(SOURCES.relativize(file) + ": " + m.group(1));
                    }
                }
            }
        }
        return missing;
    }

    @Test
    void everyKeyTheInterfaceUsesIsInItsBundle() throws IOException {
        List<String> missing = missing(Pattern.compile("Messages\\.(?:get|format)\\(\\s*\"([^\"]+)\"\\s*[,)]"),
                ResourceBundle.getBundle("org.stancemap.ui.messages"));
        assertTrue(missing.isEmpty(), "keys missing from ui/messages.properties: " + missing);
    }

    @Test
    void everyCountAndUsageErrorTheCommandLineUsesIsInTheBundle() throws IOException {
        ResourceBundle words = ResourceBundle.getBundle(Wording.BUNDLE_NAME);
        List<String> missing = new ArrayList<>();
        for (String form : List.of(".one", ".other")) {
            missing.addAll(missing(Pattern.compile("Wording\\.count\\(\\s*\"([^\"]+)\"\\s*,"), suffixed(words, "", form)));
        }
        missing.addAll(missing(Pattern.compile("usageError\\(\\s*\"([^\"]+)\"\\s*[,)]"), suffixed(words, "cli.usage.", "")));
        assertTrue(missing.isEmpty(), "keys missing from io/messages.properties: " + missing);
    }

    /** {@code base} asked for {@code prefix + key + suffix} when asked for {@code key}. */
    private static ResourceBundle suffixed(ResourceBundle base, String prefix, String suffix) {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                String full = prefix + key + suffix;
                return base.containsKey(full) ? base.getString(full) : null;
            }

            @Override
            public java.util.Enumeration<String> getKeys() {
                return java.util.Collections.emptyEnumeration();
            }

            @Override
            public boolean containsKey(String key) {
                return base.containsKey(prefix + key + suffix);
            }
        };
    }

    @Test
    void everyKeyTheLogicUsesIsInItsBundle() throws IOException {
        List<String> missing = missing(Pattern.compile("Wording\\.(?:get|format)\\(\\s*\"([^\"]+)\"\\s*[,)]"),
                ResourceBundle.getBundle(Wording.BUNDLE_NAME));
        assertTrue(missing.isEmpty(), "keys missing from io/messages.properties: " + missing);
    }

    @Test
    void everyRuleTheModelNamesIsWordedInTheLogicsBundle() throws IOException {
        List<String> missing = missing(Pattern.compile("new RuleBroken\\(\\s*\"([^\"]+)\"\\s*[,)]"),
                suffixed(ResourceBundle.getBundle(Wording.BUNDLE_NAME), "model.", ""));
        assertTrue(missing.isEmpty(), "model.* keys missing from io/messages.properties: " + missing);
    }
}
