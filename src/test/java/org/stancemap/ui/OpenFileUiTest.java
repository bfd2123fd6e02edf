package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.model.Explainer;

/**
 * Opening files through {@link ExplainerOpener#open}, the method File › Open calls once the file
 * chooser (which a test cannot drive) has answered; dropping a file on the window calls it too.
 */
class OpenFileUiTest extends UiTestBase {

    @TempDir
    Path folder;

    @Test
    void aFileWithAWrongQuoteIsReportedAndTheExplainerOnScreenStays() throws IOException {
        JsonObject tree = defaultTree();
        JsonArray stances = tree.getAsJsonArray("stances");
        int index = indexOf(stances, "putin-rejects-force");
        JsonObject quote = stances.get(index).getAsJsonObject().getAsJsonArray("quotes").get(0).getAsJsonObject();
        String text = quote.get("text").getAsString();
        assertTrue(text.contains("rejected"), text);
        quote.addProperty("text", text.replace("rejected", "welcomed"));
        Path file = write("broken-quote.stancemap.json", new GsonBuilder().setPrettyPrinting().create().toJson(tree));
        String jsonPath = "$.stances[" + index + "].quotes[0].text";
        Explainer before = state.getExplainer();
        String titleBefore = fx(stage::getTitle);

        DialogPane report = openAndAwaitReport(file);

        String problems = fx(() -> ((TextArea) report.lookup("#problem-list")).getText());
        assertTrue(problems.contains(jsonPath), "the report names the broken field " + jsonPath + ":\n" + problems);
        assertTrue(problems.contains("broken-quote.stancemap.json"), "and the file:\n" + problems);
        assertTrue(fx(() -> report.getHeaderText()).contains("broken-quote.stancemap.json"));
        assertSame(before, state.getExplainer(), "the explainer on screen stays");
        assertEquals(titleBefore, fx(stage::getTitle), "the window title is unchanged");
        assertEquals(Optional.empty(), state.explainerFileProperty().get());

        closeReport(report);
    }

    @Test
    void aFileWithASyntaxErrorIsReportedWithLineAndColumn() throws IOException {
        String json = readDefault();
        // Cut the file in the middle of the stances: unterminated JSON.
        Path file = write("truncated.stancemap.json", json.substring(0, json.indexOf("\"stances\"") + 40));
        Explainer before = state.getExplainer();
        String titleBefore = fx(stage::getTitle);

        DialogPane report = openAndAwaitReport(file);

        String problems = fx(() -> ((TextArea) report.lookup("#problem-list")).getText());
        assertTrue(problems.matches("(?s).*truncated\\.stancemap\\.json:\\d+:\\d+: .*"),
                "the report places the syntax error by line and column:\n" + problems);
        assertSame(before, state.getExplainer());
        assertEquals(titleBefore, fx(stage::getTitle));

        closeReport(report);
    }

    @Test
    void aValidFileReplacesTheExplainerAndTheWindowTitle() throws IOException {
        JsonObject tree = defaultTree();
        tree.getAsJsonObject("article").addProperty("title", "A test headline");
        Path file = write("valid.stancemap.json", new Gson().toJson(tree));
        Explainer before = state.getExplainer();
        clickBadge("putin");
        waitUntil("Putin is selected", () -> state.getSelectedActor() != null);

        fxRun(() -> new ExplainerOpener(new ExplainerLoader(), state, () -> stage, work.loading(), LOADS).open(file));

        waitUntil("the new explainer is open", () -> state.getExplainer() != before);
        assertEquals("A test headline", state.getExplainer().article().title());
        assertTrue(fx(stage::getTitle).contains("A test headline"), "the title names the new article: " + fx(stage::getTitle));
        assertEquals(Optional.of(file), state.explainerFileProperty().get());
        assertEquals(null, state.getSelectedActor(), "the old selection goes with the old explainer");
        assertNotEquals(before, state.getExplainer());
        assertNotNull(badge("putin"), "the map shows the new explainer's actors");
    }

    private DialogPane openAndAwaitReport(Path file) {
        fxRun(() -> new ExplainerOpener(new ExplainerLoader(), state, () -> stage, work.loading(), LOADS).open(file));
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS,
                    () -> lookup("#problem-report").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no problem report appeared for " + file, e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        DialogPane report = lookup("#problem-report").queryAs(DialogPane.class);
        assertTrue(fx(() -> report.getScene().getWindow().isShowing()), "the report is on screen");
        assertNotSame(stage, fx(() -> report.getScene().getWindow()));
        return report;
    }

    private void closeReport(DialogPane report) {
        Node ok = fx(() -> report.lookupButton(ButtonType.OK));
        clickOn(ok);
        waitUntil("the report closes", () -> report.getScene() == null || !report.getScene().getWindow().isShowing());
    }

    private static void assertNotSame(Object unexpected, Object actual) {
        org.junit.jupiter.api.Assertions.assertNotSame(unexpected, actual, "the report is its own window");
    }

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static String readDefault() throws IOException {
        try (InputStream in = ExplainerLoader.class.getResourceAsStream(ExplainerLoader.DEFAULT_RESOURCE)) {
            assertNotNull(in, "the built-in explainer is on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonObject defaultTree() throws IOException {
        return JsonParser.parseString(readDefault()).getAsJsonObject();
    }

    private static int indexOf(JsonArray array, String id) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).getAsJsonObject().get("id").getAsString().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no element with id " + id);
    }
}
