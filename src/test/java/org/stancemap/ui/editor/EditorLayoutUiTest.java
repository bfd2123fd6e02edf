package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.stancemap.edit.ItemEdits;
import org.stancemap.model.Link;
import org.stancemap.ui.UiTestBase;

/** The editor at the sizes a teacher meets: a 1366×768 laptop, a 1024×768 projector, text at 200 %. */
class EditorLayoutUiTest extends UiTestBase {

    private static final int TABS = 6;

    @Test
    void atNormalTextAllSixTabsShowSideBySideOnALaptop() {
        TabPane tabs = openEditor(1366, 768, 100);
        Bounds pane = fx(() -> tabs.localToScene(tabs.getLayoutBounds()));
        List<Node> headers = fx(() -> tabs.lookupAll(".tab").stream()
                .filter(n -> n.getParent() != null && n.getParent().getStyleClass().contains("headers-region")).toList());
        assertEquals(TABS, headers.size(), "one header per tab");
        for (Node header : headers) {
            Bounds box = fx(() -> header.localToScene(header.getLayoutBounds()));
            assertTrue(box.getMinX() >= pane.getMinX() - 0.5 && box.getMaxX() <= pane.getMaxX() + 0.5,
                    "the tab header " + fx(() -> ((Labeled) header.lookup(".tab-label")).getText()) + " spans "
                            + box.getMinX() + "–" + box.getMaxX() + " in an editor " + pane.getMinX() + "–" + pane.getMaxX());
        }
        Node menu = fx(() -> tabs.lookup(".tab-down-button"));
        assertFalse(menu != null && fx(() -> shown(menu)), "no tab is left to the overflow menu");
    }

    @Test
    void atDoubleTextEveryFormFitsTheEditorsWidthAndFindReadsWhole() {
        TabPane tabs = openEditor(1366, 768, 200);
        for (int i = 0; i < TABS; i++) {
            int index = i;
            fxRun(() -> tabs.getSelectionModel().select(index));
            waitForPulses(3);
            ScrollPane scroll = fx(() -> (ScrollPane) tabs.getTabs().get(index).getContent());
            double form = fx(() -> scroll.getContent().getLayoutBounds().getWidth());
            double room = fx(() -> scroll.getViewportBounds().getWidth());
            String name = fx(() -> tabs.getTabs().get(index).getText());
            assertTrue(form <= room + 0.5, "at 200 % the " + name + " form is " + form + " wide in a viewport " + room
                    + " wide: its right edge is cut" + fx(() -> widths((javafx.scene.Parent) scroll.getContent(), "")));
            for (Labeled label : fx(() -> java.util.stream.Stream.concat(scroll.getContent().lookupAll(".label").stream(), scroll.getContent().lookupAll(".button").stream())
                    .filter(n -> n instanceof Labeled && n.isManaged() && shown(n)).map(n -> (Labeled) n).toList())) {
                assertReadsWhole(label, "at 200 % a label or button of the " + name + " tab");
            }
        }
        fxRun(() -> tabs.getSelectionModel().select(0));
        waitForPulses(3);
        Button find = (Button) byId("editor-quote-find-next");
        assertReadsWhole(find, "at 200 % the Find button");
        assertTrue(fx(() -> find.getWidth() >= find.prefWidth(-1) - 0.5), "the Find button has its whole width");
    }

    @Test
    void glossaryAndLinkRowsShowTheirWholeTextAtEverySize() {
        for (int scale : new int[] {100, 200}) {
            TabPane tabs = openEditor(1366, 768, scale);
            for (String list : List.of("editor-glossary-list", "editor-link-list", "editor-stance-list")) {
                ListView<?> view = (ListView<?>) byId(list);
                fxRun(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                        .filter(t -> t.getContent().lookup("#" + list) != null).findFirst().orElseThrow()));
                waitForPulses(3);
                List<ListCell<?>> rows = filledRows(view);
                assertFalse(rows.isEmpty(), list + " shows its rows at " + scale + " %");
                for (ListCell<?> row : rows) {
                    assertReadsWhole(row, "at " + scale + " % a row of " + list);
                    assertTrue(fx(() -> row.getHeight() >= row.prefHeight(row.getWidth()) - 0.5),
                            "at " + scale + " % a row of " + list + " is cut vertically: " + fx(row::getText));
                }
                assertFalse(fx(() -> view.lookupAll(".scroll-bar").stream().anyMatch(b -> b instanceof ScrollBar bar
                        && bar.getOrientation() == Orientation.HORIZONTAL && shown(bar))),
                        "at " + scale + " % " + list + " needs no sideways scrolling");
            }
            fxRun(() -> ((ExplainerEditor) byId("explainer-editor")).closeNow());
        }
    }

    @Test
    void onALaptopTheActorListShowsAUsefulNumberOfRows() {
        TabPane tabs = openEditor(1366, 768, 100);
        fxRun(() -> tabs.getSelectionModel().select(1));
        waitForPulses(3);
        ListView<?> list = (ListView<?>) byId("editor-actor-list");
        Bounds box = fx(() -> list.localToScene(list.getLayoutBounds()));
        long whole = filledRows(list).stream().filter(row -> fx(() -> {
            Bounds r = row.localToScene(row.getLayoutBounds());
            return r.getMinY() >= box.getMinY() - 0.5 && r.getMaxY() <= box.getMaxY() + 0.5;
        })).count();
        assertTrue(whole >= 6, "the actors list shows " + whole + " whole rows at 1366×768; the form under it should scroll");
    }

    @Test
    void everyLinkRowTellsItsLinkApart() {
        openEditor(1366, 768, 100);
        ExplainerEditor editor = (ExplainerEditor) byId("explainer-editor");
        // Two of Putin's positions that both oppose the allies' one, with summaries alike up to the last words.
        List<Link> alike = explainer.links().stream().filter(l -> l.fromStanceId().startsWith("putin")
                && l.toStanceId().startsWith("allies")).limit(2).toList();
        assertEquals(2, alike.size(), "the built-in explainer has two such links");
        String common = "Rejects any Western troops in Ukraine after a ceasefire, whatever their task, and says ";
        fxRun(() -> {
            editor.session().apply(ItemEdits.updateStance(alike.get(0).fromStanceId(), common + "no", Optional.empty()));
            editor.session().apply(ItemEdits.updateStance(alike.get(1).fromStanceId(), common + "never", Optional.empty()));
        });
        ListView<?> list = (ListView<?>) byId("editor-link-list");
        List<String> texts = new ArrayList<>();
        List<String> spoken = new ArrayList<>();
        fxRun(() -> {
            @SuppressWarnings("unchecked")
            ListView<Object> view = (ListView<Object>) list;
            for (int i = 0; i < view.getItems().size(); i++) {
                ListCell<Object> cell = view.getCellFactory().call(view);
                cell.updateListView(view);
                cell.updateIndex(i);
                texts.add(cell.getText());
                spoken.add(cell.getAccessibleText());
            }
        });
        assertEquals(explainer.links().size(), texts.size(), "a row per link");
        Set<String> seen = new HashSet<>();
        for (String text : texts) {
            assertTrue(seen.add(text), "two link rows read the same: " + text);
        }
        assertEquals(texts, spoken, "a screen reader hears what the row shows");
    }

    /** The editor open on the built-in explainer in a window of this size at this text size. */
    private TabPane openEditor(int width, int height, int scale) {
        fxRun(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            state.preferences().setTextScale(scale);
        });
        if (byId("explainer-editor") == null) {
            press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        }
        waitUntil("Ctrl+E opens the editor", () -> byId("explainer-editor") != null);
        waitForPulses(4);
        return (TabPane) byId("editor-tabs");
    }

    private List<ListCell<?>> filledRows(ListView<?> list) {
        return fx(() -> list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && !c.isEmpty() && c.getItem() != null && shown(c))
                .<ListCell<?>>map(n -> (ListCell<?>) n).toList());
    }

    /** The text the skin draws is the control's whole text: nothing replaced by "…". */
    private static void assertReadsWhole(Labeled labeled, String what) {
        String full = fx(labeled::getText);
        if (full == null || full.isEmpty()) {
            return;
        }
        String drawn = fx(() -> labeled.lookupAll(".text").stream().filter(n -> n instanceof Text t
                && t.getParent() == labeled).map(n -> ((Text) n).getText()).findFirst().orElse(""));
        assertEquals(full.replace('\n', ' ').strip(), drawn.replace('\n', ' ').strip(), what + " is cut");
    }

    /** The form's parts with their least, wanted and given widths: which one pushes the form wide. */
    private static String widths(javafx.scene.Parent p, String ind) {
        StringBuilder b = new StringBuilder();
        for (Node c : p.getChildrenUnmodifiable()) {
            b.append("\n").append(ind).append(c.getClass().getSimpleName()).append(c.getId() == null ? "" : "#" + c.getId())
                    .append(" min=").append(c.minWidth(-1)).append(" pref=").append(c.prefWidth(-1)).append(" w=").append(c.getLayoutBounds().getWidth());
            if (c instanceof javafx.scene.layout.Pane pane && ind.length() < 6) {
                b.append(widths(pane, ind + "  "));
            }
        }
        return b.toString();
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
