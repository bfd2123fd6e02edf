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
        List<Bounds> boxes = assertEveryTabChosenInSight(tabs, "at 100 %");
        assertTrue(boxes.stream().mapToDouble(Bounds::getMinY).distinct().count() == 1,
                "at 100 % the six tabs stand in one row: " + boxes);
    }

    @Test
    void atDoubleTextEveryTabStaysInSightWithoutAMenu() {
        TabPane tabs = openEditor(1366, 768, 200);
        assertEveryTabChosenInSight(tabs, "at 200 %");
    }

    @Test
    void atDoubleTextCtrlTabGoesRoundTheTabsFromAField() {
        TabPane tabs = openEditor(1366, 768, 200);
        fxRun(() -> tabs.getSelectionModel().select(1));
        Node name = byId("editor-actor-name");
        // The name of the actor chosen: with none, the form has nothing to edit.
        fxRun(() -> state.selectActor(actor("starmer")));
        waitUntil("the form shows the actor chosen", () -> !name.isDisabled());
        fxRun(name::requestFocus);
        waitUntil("the actor's name has the keyboard", name::isFocused);
        press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        waitUntil("Ctrl+Tab shows the next tab", () -> tabs.getSelectionModel().getSelectedIndex() == 2);
        Node focused = fx(() -> view.getScene().getFocusOwner());
        assertTrue(fx(() -> focused instanceof Labeled l && tabs.getTabs().get(2).getText().equals(l.getText()) && shown(l)),
                "the keyboard is on the chosen tab's name, in sight: " + focused);
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("Ctrl+Shift+Tab goes back", () -> tabs.getSelectionModel().getSelectedIndex() == 1);
        type(KeyCode.RIGHT);
        waitUntil("the arrow keys move between the tabs' names", () -> tabs.getSelectionModel().getSelectedIndex() == 2);
    }

    /**
     * For each tab, what the author clicks to choose it (its name, outside the forms) shows whole
     * inside the editor, nothing is left to an overflow menu, and a click on it shows that tab.
     * The places of the names, top left corners, in the tabs' order.
     */
    private List<Bounds> assertEveryTabChosenInSight(TabPane tabs, String where) {
        ExplainerEditor editor = (ExplainerEditor) byId("explainer-editor");
        Bounds pane = fx(() -> editor.localToScene(editor.getLayoutBounds()));
        List<Bounds> boxes = new ArrayList<>();
        for (int i = 0; i < TABS; i++) {
            int index = i;
            String name = fx(() -> tabs.getTabs().get(index).getText());
            Labeled chooser = fx(() -> allLabeled(editor).stream()
                    .filter(l -> name.equals(l.getText()) && shown(l) && !inForm(tabs, l)).findFirst().orElse(null));
            assertTrue(chooser != null, where + " the tab " + name + " has a name to click");
            Bounds box = fx(() -> chooser.localToScene(chooser.getLayoutBounds()));
            assertTrue(box.getMinX() >= pane.getMinX() - 0.5 && box.getMaxX() <= pane.getMaxX() + 0.5
                    && box.getMinY() >= pane.getMinY() - 0.5 && box.getMaxY() <= pane.getMaxY() + 0.5,
                    where + " the tab " + name + " spans " + box + " in an editor " + pane);
            assertReadsWhole(chooser, where + " the name of the tab " + name);
            boxes.add(box);
        }
        Node menu = fx(() -> tabs.lookup(".tab-down-button"));
        assertFalse(menu != null && fx(() -> shown(menu)), where + " no tab is left to the overflow menu");
        for (int i = TABS - 1; i >= 0; i--) {
            int index = i;
            String name = fx(() -> tabs.getTabs().get(index).getText());
            clickOn(fx(() -> allLabeled(editor).stream()
                    .filter(l -> name.equals(l.getText()) && shown(l) && !inForm(tabs, l)).findFirst().orElseThrow()));
            waitUntil("a click on " + name + " shows its tab", () -> tabs.getSelectionModel().getSelectedIndex() == index);
        }
        return boxes;
    }

    /** Every labelled control under {@code parent}, its skins' parts included. */
    private static List<Labeled> allLabeled(javafx.scene.Parent parent) {
        List<Labeled> found = new ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Labeled labeled) {
                found.add(labeled);
            }
            if (child instanceof javafx.scene.Parent inner) {
                found.addAll(allLabeled(inner));
            }
        }
        return found;
    }

    /** Whether {@code node} is part of a tab's form rather than of what chooses the tab. */
    private static boolean inForm(TabPane tabs, Node node) {
        return tabs.getTabs().stream().anyMatch(t -> isAncestor(t.getContent(), node));
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
    void atDoubleTextTheFieldQuoteGoesToScrollsIntoView() {
        openEditor(1366, 768, 200);
        ExplainerEditor editor = (ExplainerEditor) byId("explainer-editor");
        Node speaker = byId("editor-quote-speaker");
        ScrollPane scroll = fx(() -> (ScrollPane) ((TabPane) byId("editor-tabs")).getTabs().get(0).getContent());
        fxRun(editor::startQuote);
        waitUntil("the speaker field has the keyboard", speaker::isFocused);
        waitUntil("and shows whole inside the editor's scrolled view", () -> {
            Node viewport = scroll.lookup(".viewport");
            Bounds view = viewport.localToScene(viewport.getLayoutBounds());
            Bounds field = speaker.localToScene(speaker.getLayoutBounds());
            return field.getMinY() >= view.getMinY() - 0.5 && field.getMaxY() <= view.getMaxY() + 0.5;
        });
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
