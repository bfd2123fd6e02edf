package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.Main;
import org.stancemap.draft.AnalyserLoader;
import org.stancemap.explainer.ExplainerLoader;

/** {@code --draft} as a user runs it: its own process, no display, and no JavaFX class ever loaded. */
class DraftProcessTest {

    @TempDir
    Path dir;

    private static boolean analyserShips() {
        try {
            Class.forName(AnalyserLoader.ANALYSER_CLASS);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    void draftRunsWithoutTheToolkitAndAnswersWithItsExitCode() throws IOException, InterruptedException {
        Path article = Files.writeString(dir.resolve("a.txt"), DraftCommandTest.ARTICLE);
        Path target = dir.resolve("a.stancemap.json");
        Path classLog = dir.resolve("classes.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + classLog,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--draft", article.toString(), "--out", target.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("output.txt").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "--draft did not finish");
        String output = Files.readString(dir.resolve("output.txt"), StandardCharsets.UTF_8);
        List<String> fxClasses = Files.readAllLines(classLog).stream()
                .filter(line -> line.contains(" javafx.") || line.contains("com.sun.glass") || line.contains("com.sun.prism"))
                .toList();
        assertEquals(List.of(), fxClasses, "JavaFX was loaded for --draft");
        if (analyserShips()) {
            assertEquals(0, process.exitValue(), output);
            assertTrue(new ExplainerLoader().load(target).isValid(), output);
        } else {
            assertEquals(1, process.exitValue(), output);
            assertTrue(output.contains("drafting is not available in this build"), output);
            assertFalse(Files.exists(target));
        }
    }
}
