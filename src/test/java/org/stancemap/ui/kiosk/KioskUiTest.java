package org.stancemap.ui.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.kiosk.IdleSchedule;
import org.stancemap.kiosk.KioskConfig;
import org.stancemap.kiosk.PinHash;
import org.stancemap.ui.UiTestBase;
import org.stancemap.ui.theme.Icon;

/**
 * A kiosk on an injected clock: nothing a visitor presses gets out, the operator gets out only
 * with the right PIN, and a kiosk left alone counts down, resets and plays the tour until touched.
 */
class KioskUiTest extends UiTestBase {

    private static final String PIN = "2468";
    private static final String PIN_HASH = PinHash.create(PIN.toCharArray());

    @TempDir
    Path dir;

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final AtomicBoolean exited = new AtomicBoolean();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private KioskController kiosk;

    private KioskConfig config(Optional<String> pinHash) {
        return new KioskConfig(Optional.empty(), Optional.empty(), Duration.ofSeconds(90), Duration.ofSeconds(15),
                Duration.ofSeconds(12), pinHash, dir.resolve("heartbeat"), dir.resolve("log"));
    }

    @BeforeEach
    void becomeAKiosk() {
        install(Optional.of(PIN_HASH));
    }

    /** What most visitors do first: leave the start card for the map. */
    private void exploreTheMap() {
        waitUntil("the start card shows", () -> shown("kiosk-start-card"));
        clickOn(byId("kiosk-explore"));
        waitUntil("the start card goes", () -> !shown("kiosk-start-card"));
    }

    private void install(Optional<String> pinHash) {
        fxRun(() -> {
            if (kiosk != null) {
                kiosk.uninstall();
                view.getChildren().remove(kiosk.overlay());
            }
            kiosk = new KioskController(state, config(pinHash), clock::get, Runnable::run, () -> exited.set(true),
                    log::add);
            view.getChildren().add(kiosk.overlay());
            kiosk.install(stage);
        });
    }

    @AfterEach
    void handBack() {
        fxRun(() -> {
            kiosk.uninstall();
            stage.setFullScreen(false);
        });
    }

    private void advance(Duration by) {
        clock.addAndGet(by.toNanos());
        fxRun(kiosk::tick);
    }

    private boolean shown(String id) {
        Node node = byId(id);
        return node != null && fx(() -> node.isVisible() && (node.getParent() == null || node.getParent().isVisible()));
    }

    @Test
    void noEscapeKeyOrCloseRequestLeavesTheKiosk() {
        type(KeyCode.ESCAPE);
        press(KeyCode.F11).release(KeyCode.F11);
        press(KeyCode.ALT, KeyCode.F4).release(KeyCode.F4, KeyCode.ALT);
        press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        fxRun(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertTrue(fx(stage::isShowing), "the window is still open");
        assertTrue(fx(stage::isFullScreen), "and still full screen");
        assertTrue(fx(state::isKiosk));
        assertFalse(exited.get());
        assertFalse(shown("kiosk-pin"), "no PIN pad without the operator chord");
    }

    @Test
    void theStartCardsIconsGrowWithTheTextBesideThem() {
        waitUntil("the start card shows", () -> shown("kiosk-start-card"));
        double[] normal = iconAndTitleSizes();
        fxRun(() -> state.preferences().setTextScale(200));
        waitUntil("the choices' text grows", () -> iconAndTitleSizes()[1] > normal[1] * 1.9);
        double[] large = iconAndTitleSizes();
        assertEquals(large[1] / normal[1], large[0] / normal[0], 0.05,
                "the icon grows as its title does (icon " + normal[0] + " → " + large[0] + ")");
    }

    /** The Explore choice's icon size and its title's font size, in pixels. */
    private double[] iconAndTitleSizes() {
        Node explore = byId("kiosk-explore");
        return fx(() -> {
            explore.applyCss();
            Icon icon = (Icon) explore.lookup(".kiosk-choice-icon");
            javafx.scene.control.Label title = (javafx.scene.control.Label) explore.lookup(".kiosk-choice-title");
            return new double[] {icon.getIconSize(), title.getFont().getSize()};
        });
    }

    @Test
    void backToStartLeavesTheHeadersNameAndTitleUncovered() {
        // The kiosk's text on a full-HD screen, where the button is at its widest.
        fxRun(() -> state.preferences().setTextScale(150));
        waitUntil("Back to start shows", () -> shown("kiosk-back"));
        fxRun(() -> view.applyCss());
        fxRun(view::layout);
        Node back = byId("kiosk-back");
        javafx.geometry.Bounds button = fx(() -> back.localToScene(back.getBoundsInLocal()));
        for (Node header : fx(() -> List.copyOf(view.lookupAll(".brand")))) {
            javafx.geometry.Bounds brand = fx(() -> header.localToScene(header.getBoundsInLocal()));
            assertFalse(button.intersects(brand), "Back to start " + button + " covers the app's name " + brand);
        }
        Node title = byId("explainer-title");
        javafx.geometry.Bounds titleBox = fx(() -> title.localToScene(title.getBoundsInLocal()));
        assertFalse(button.intersects(titleBox), "Back to start covers the headline");
    }

    @Test
    void fullScreenDroppedByTheSystemIsTakenBack() {
        waitUntil("the kiosk is full screen", () -> fx(stage::isFullScreen));
        fxRun(() -> stage.setFullScreen(false));
        waitUntil("full screen comes back", () -> fx(stage::isFullScreen));
        assertTrue(log.stream().anyMatch(l -> l.contains("full screen")), log.toString());
    }

    @Test
    void theOperatorChordAndTheRightPinLeaveAndAWrongPinDoesNot() {
        press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.ALT,
                KeyCode.CONTROL);
        waitUntil("the PIN pad opens", () -> shown("kiosk-pin"));

        for (char digit : "1111".toCharArray()) {
            clickOn(byId("kiosk-pin-" + digit));
        }
        clickOn(byId("kiosk-pin-enter"));
        waitUntil("a wrong PIN is answered", () -> !fx(() -> ((Label) byId("kiosk-pin-message")).getText()).isBlank()
                && !fx(() -> ((Label) byId("kiosk-pin-message")).getText()).startsWith("Checking"));
        assertFalse(exited.get(), "a wrong PIN does not leave");
        assertEquals("That PIN is not right.", fx(() -> ((Label) byId("kiosk-pin-message")).getText()));

        for (char digit : PIN.toCharArray()) {
            clickOn(byId("kiosk-pin-" + digit));
        }
        clickOn(byId("kiosk-pin-enter"));
        waitUntil("the right PIN leaves", exited::get);
    }

    @Test
    void fiveTapsInTheTopRightCornerOpenThePinPad() {
        exploreTheMap();
        Point2D corner = fx(() -> new Point2D(stage.getX() + stage.getScene().getX() + stage.getScene().getWidth() - 10,
                stage.getY() + stage.getScene().getY() + 10));
        for (int i = 0; i < OperatorExit.CORNER_TAPS; i++) {
            clickOn(corner);
        }
        waitUntil("the PIN pad opens", () -> shown("kiosk-pin"));
    }

    @Test
    void withoutAConfiguredPinTheOperatorChordDoesNothing() {
        install(Optional.empty());
        press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.ALT,
                KeyCode.CONTROL);
        assertFalse(shown("kiosk-pin"));
    }

    @Test
    void leftAloneTheKioskCountsDownResetsAndPlaysTheTourUntilTouched() {
        exploreTheMap();
        clickBadge("rutte");
        waitUntil("Rutte is selected", () -> fx(() -> state.getSelectedActor() != null));

        advance(Duration.ofSeconds(89));
        assertFalse(shown("kiosk-countdown"), "no countdown before the idle time");
        advance(Duration.ofSeconds(2));
        waitUntil("the countdown shows", () -> shown("kiosk-countdown"));
        assertEquals(IdleSchedule.State.COUNTDOWN, fx(kiosk::phase));

        advance(Duration.ofSeconds(16));
        waitUntil("the attract loop runs", () -> fx(() -> state.attractProperty().get() && state.isPresenting()));
        assertEquals(null, fx(state::getSelectedActor), "the reset cleared the selection");
        assertTrue(shown("kiosk-touch-to-explore"), "the loop invites a touch");
        assertTrue(log.stream().anyMatch(l -> l.contains("attract")), log.toString());

        advance(Duration.ofSeconds(12));
        assertEquals(1, fx(() -> state.tourStepProperty().get()), "the loop moves on through the tour");

        clickOn(fx(() -> view.localToScreen(view.getWidth() / 2, view.getHeight() / 3)));
        waitUntil("a touch ends the loop", () -> fx(() -> !state.attractProperty().get() && !state.isPresenting()));
        assertEquals(IdleSchedule.State.ACTIVE, fx(kiosk::phase));
    }

    @Test
    void aTouchDuringTheCountdownKeepsTheVisitorsView() {
        exploreTheMap();
        clickBadge("putin");
        advance(Duration.ofSeconds(95));
        waitUntil("the countdown shows", () -> shown("kiosk-countdown"));
        clickOn(byId("kiosk-still-here"));
        waitUntil("the countdown goes", () -> !shown("kiosk-countdown"));
        assertEquals("putin", fx(() -> state.getSelectedActor().id()), "the visitor's selection stays");
    }

    @Test
    void restingOnABadgeOpensNoTooltipWindow() {
        exploreTheMap();
        // A tooltip's timer starts on the pointer's moves over its node: in a kiosk none reaches the badge,
        // so no tooltip can open however long the pointer rests (no need to wait out the delay).
        java.util.concurrent.atomic.AtomicInteger moves = new java.util.concurrent.atomic.AtomicInteger();
        javafx.event.EventHandler<javafx.scene.input.MouseEvent> count = e -> moves.incrementAndGet();
        fxRun(() -> discOf(badge("putin")).addEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED, count));
        javafx.geometry.Bounds disc = fx(() -> discOf(badge("putin")).localToScreen(
                discOf(badge("putin")).getBoundsInLocal()));
        moveTo(disc.getCenterX() - 6, disc.getCenterY());
        moveTo(disc.getCenterX() + 6, disc.getCenterY());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> discOf(badge("putin")).isHover()), "the pointer rests on the badge");
        assertEquals(0, moves.get(), "the badge saw the pointer move, which starts a tooltip's timer");
        assertFalse(fx(() -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip && w.isShowing())),
                "a kiosk opens no window of its own, not even a tooltip");
        fxRun(() -> discOf(badge("putin")).removeEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED, count));
    }

    private javafx.geometry.Bounds sceneBounds(Node node) {
        return fx(() -> node.localToScene(node.getBoundsInLocal()));
    }

    /** A visitor is welcomed with what the story is about and three large choices, in touch words. */
    @Test
    void theStartCardShowsTheStoryAndThreeLargeChoices() {
        waitUntil("the start card shows", () -> shown("kiosk-start-card"));
        assertEquals(explainer.article().title(), fx(() -> ((Label) byId("kiosk-card-story")).getText()));
        for (String id : List.of("kiosk-watch", "kiosk-explore", "kiosk-who")) {
            assertTrue(shown(id), id);
            assertTrue(fx(() -> byId(id).getLayoutBounds().getHeight()) >= 48, id + " is a large target");
        }
        List<String> texts = fx(() -> labelTexts(view));
        assertTrue(texts.stream().anyMatch(t -> t.contains("Tap")), "the card speaks of tapping: " + texts);
        clickOn(byId("kiosk-watch"));
        waitUntil("the story plays", () -> fx(state::isPresenting));
        assertFalse(shown("kiosk-start-card"));
    }

    @Test
    void whosWhoListsTheActorsAndATapOpensOne() {
        clickOn(byId("kiosk-who"));
        waitUntil("who's who shows", () -> shown("kiosk-who-is-who") && byId("kiosk-who-rutte") != null);
        assertTrue(fx(() -> ((javafx.scene.control.Button) byId("kiosk-who-rutte")).getText()).contains(actor("rutte").role()),
                "each person shows who they are");
        clickOn(byId("kiosk-who-rutte"));
        waitUntil("Rutte's positions open", () -> fx(() -> state.getSelectedActor() != null
                && state.getSelectedActor().id().equals("rutte")));
        assertFalse(shown("kiosk-start-card"), "the card steps aside for the map");
    }

    /** No keyboard instructions on a touch screen. */
    @Test
    void theKioskSaysTapNotKeys() {
        exploreTheMap();
        waitForFxEvents();
        List<String> texts = fx(() -> labelTexts(view));
        for (String text : texts) {
            assertFalse(text.matches("(?s).*\\b(Tab|arrow keys|[Cc]lick|Esc|Ctrl)\\b.*"), "keyboard wording in the kiosk: " + text);
        }
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Tap a badge")), texts.toString());
    }

    /** The first "show in article" opens the closed reader at the quote, not paragraphs away. */
    @Test
    void theFirstShowInArticleScrollsToTheQuote() {
        exploreTheMap();
        assertFalse(fx(() -> state.readerShownProperty().get()), "a kiosk starts with the article closed");
        fxRun(() -> state.selectActor(actor("putin")));
        org.stancemap.model.Stance last = explainer.stances().stream().filter(st -> st.actorId().equals("putin"))
                .reduce((a, b) -> b).orElseThrow();
        waitUntil("Putin's last position shows", () -> byId("stance-" + last.id()) != null);
        Node show = fx(() -> byId("stance-" + last.id()).lookup(".show-in-article"));
        fxRun(() -> ((javafx.scene.control.Hyperlink) show).fire());
        waitUntil("the quote flashes", () -> byId("flash-marker") != null);
        Node reader = byId("article-reader");
        waitUntil("the flashing quote is inside the reader's view", () -> {
            Node viewport = fx(() -> reader.lookup(".viewport"));
            Node marker = byId("flash-marker");
            if (viewport == null || marker == null) {
                return false;
            }
            javafx.geometry.Bounds view = sceneBounds(viewport);
            javafx.geometry.Bounds quote = sceneBounds(marker);
            return quote.getHeight() > 0 && quote.getMinY() >= view.getMinY() - 1 && quote.getMaxY() <= view.getMaxY() + 1;
        });
    }

    /** "Back to start" closes the article too; "Start here" never covers the article's text. */
    @Test
    void backToStartClosesTheReaderAndStartHereNeverCoversTheArticle() {
        exploreTheMap();
        fxRun(() -> state.showInArticle(explainer.stances().get(0).quotes().get(0).span()));
        waitUntil("the reader opens", () -> byId("article-reader") != null && fx(() -> byId("article-reader").getScene() != null));
        fxRun(state::clearSelection);
        waitForFxEvents();
        Node reader = byId("article-reader");
        Node start = byId("kiosk-start");
        assertTrue(!shown("kiosk-start") || !sceneBounds(start).intersects(sceneBounds(reader)),
                "Start here sits over the article");
        clickOn(byId("kiosk-back"));
        waitUntil("the reader closes", () -> !fx(() -> state.readerShownProperty().get()));
        waitUntil("the start card is back", () -> shown("kiosk-start-card"));
    }

    /** Every actor's name on the map is whole: not under the side panel, not behind the legend. */
    @Test
    void noNameOnTheMapIsCutByTheSidePanelOrHiddenByTheLegend() {
        exploreTheMap();
        waitForFxEvents();
        Node legend = byId("legend");
        Node map = fx(() -> view.lookup(".stance-map"));
        javafx.geometry.Bounds mapBox = sceneBounds(map);
        javafx.geometry.Bounds legendBox = legend == null || !fx(legend::isVisible) ? null : sceneBounds(legend);
        for (Node name : fx(() -> List.copyOf(map.lookupAll("." + org.stancemap.ui.theme.Styles.BADGE_NAME)))) {
            if (!fx(name::isVisible)) {
                continue;
            }
            javafx.geometry.Bounds box = sceneBounds(name);
            String text = fx(() -> ((Label) name).getText());
            assertTrue(box.getMaxX() <= mapBox.getMaxX() + 0.5 && box.getMinX() >= mapBox.getMinX() - 0.5,
                    text + " " + box + " runs off the map " + mapBox);
            if (legendBox != null) {
                assertFalse(box.intersects(legendBox), text + " is behind the legend");
            }
        }
    }
}
