package org.stancemap.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.layout.BlocPalette;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.ui.UiTestBase;
import org.stancemap.ui.export.HandoutView;
import org.stancemap.ui.state.AppState;

/**
 * A handout printed while the explainer is being edited marks each actor's name in the colour its
 * badge has on the map printed above: once the map kept the edit's colours while the marks beside
 * the names went back to the file's order, so after deleting Vladimir Putin, Russia's mark and
 * Russia on the map differed.
 */
class HandoutColoursWhileEditingUiTest extends UiTestBase {

    @TempDir
    Path dir;

    @Test
    void afterDeletingPutinTheNamesAreMarkedInTheColoursOfTheMap() throws Exception {
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("the editor opens", () -> byId("explainer-editor") != null);
        press(KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT);
        waitUntil("the actors' list shows", () -> byId("editor-actor-list").isVisible());
        @SuppressWarnings("unchecked")
        ListView<Actor> list = (ListView<Actor>) byId("editor-actor-list");
        fxRun(() -> {
            list.getSelectionModel().select(actor("putin"));
            list.requestFocus();
        });
        waitUntil("the list has the keyboard", list::isFocused);
        type(KeyCode.DELETE);
        waitUntil("Putin is deleted", () -> badge("putin") == null);

        Explainer edited = fx(state::getExplainer);
        BlocPalette onScreen = fx(() -> state.paletteOf(edited));
        BlocPalette fileOrder = BlocPalette.of(edited);
        List<Actor> marked = edited.actors().stream().filter(a -> !edited.stancesOf(a.id()).isEmpty()).toList();
        assertFalse(marked.stream().allMatch(a -> onScreen.slotOf(a.id()) == fileOrder.slotOf(a.id())),
                "the edit's colours differ from the file's order for some actor with a position");

        fxRun(() -> state.panels().openStudy(AppState.StudyPane.HANDOUT));
        waitUntil("the handout card opens", () -> byId("handout-view").isVisible());
        Path file = dir.resolve("handout.pdf");
        fx(() -> ((HandoutView) byId("handout-view")).export(file)).get(60, TimeUnit.SECONDS);

        Map<String, PrintPalette.Rgb> marks = NameSwatches.of(Files.readAllBytes(file));
        for (Actor actor : marked) {
            PrintPalette.Rgb mark = marks.entrySet().stream()
                    .filter(e -> squeezed(e.getKey()).startsWith(squeezed(actor.name())))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            assertNotNull(mark, actor.name() + " has a mark beside the name; marked lines: " + marks.keySet());
            PrintPalette.Rgb badge = PrintPalette.bloc(onScreen.slotOf(actor.id()));
            assertTrue(near(badge, mark), actor.name() + " is marked in the colour of their badge on the map, "
                    + badge + ", not " + mark);
        }
    }

    /** The same colour, as far as the PDF's few digits per component tell. */
    private static boolean near(PrintPalette.Rgb a, PrintPalette.Rgb b) {
        return Math.abs(a.r() - b.r()) < 0.01 && Math.abs(a.g() - b.g()) < 0.01 && Math.abs(a.b() - b.b()) < 0.01;
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
