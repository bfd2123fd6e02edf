package org.stancemap.ui.present;

import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.transform.Scale;
import org.stancemap.model.Explainer;
import org.stancemap.model.TourStep;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.Icon;
import org.stancemap.ui.theme.ScriptText;

/**
 * What the audience sees over the map while a tour is presented: the step's title and caption in a
 * band across the lower third, a step counter and a thin progress bar, a black or white blank, and
 * a spotlight that follows the pointer. Designed at 1080 pixels high and scaled to the screen, so
 * a caption stays readable on a 1024×768 projector and on 4K alike.
 */
public final class PresentationOverlay extends StackPane {

    static final double DESIGN_HEIGHT = 1080;
    private static final double SPOTLIGHT_RADIUS = 150;

    private final AppState state;
    /** The caption band, made when the first tour starts. */
    private Band band;
    private final Region blank = new Region();
    private final Path spotlight = new Path();
    private final Pane spotlightLayer = new Pane(spotlight);
    private final javafx.beans.property.ReadOnlyDoubleWrapper coveredBelow =
            new javafx.beans.property.ReadOnlyDoubleWrapper(this, "coveredBelow", 0);

    public PresentationOverlay(AppState state) {
        this.state = state;
        getStyleClass().add("presentation");
        setId("presentation");
        visibleProperty().bind(state.presentingProperty());
        managedProperty().bind(visibleProperty());
        setPickOnBounds(false);

        blank.getStyleClass().add("presentation-blank");
        blank.setId("presentation-blank");
        blank.visibleProperty().bind(state.blankProperty().isNotEqualTo(AppState.Blank.NONE));
        state.blankProperty().addListener((obs, was, now) -> {
            blank.getStyleClass().removeAll("blank-black", "blank-white");
            if (now != AppState.Blank.NONE) {
                blank.getStyleClass().add(now == AppState.Blank.BLACK ? "blank-black" : "blank-white");
            }
        });

        spotlight.getStyleClass().add("spotlight");
        spotlight.setFillRule(FillRule.EVEN_ODD);
        spotlightLayer.setMouseTransparent(true);
        spotlightLayer.setVisible(false);
        spotlightLayer.setId("spotlight");

        // Its controls are made and join the window when it first presents: made before, they
        // would be built and styled on the way to the window's first frame.
        if (state.isPresenting()) {
            join();
        } else {
            state.presentingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                    state.presentingProperty().removeListener(this);
                    join();
                }
            });
        }
        state.tourStepProperty().addListener((obs, was, now) -> refresh());
        state.explainerProperty().addListener((obs, was, now) -> refresh());
        state.presentingProperty().addListener((obs, was, now) -> refresh());
        refresh();
    }

    private void stepBy(int delta) {
        state.presenter().stepBy(delta);
    }

    private void join() {
        band = new Band();
        getChildren().addAll(spotlightLayer, band.scaled, blank);
        refresh();
    }

    private void refresh() {
        Explainer explainer = state.getExplainer();
        if (band == null || explainer == null || explainer.tour().isEmpty()) {
            return;
        }
        int index = Math.max(0, Math.min(explainer.tour().size() - 1, state.tourStepProperty().get()));
        TourStep step = explainer.tour().get(index);
        band.title.setText(step.title());
        band.caption.setText(step.caption());
        band.counter.setText(Messages.format("present.counter", index + 1, explainer.tour().size()));
        band.progress.setProgress((index + 1.0) / explainer.tour().size());
        band.endActions.setVisible(index == explainer.tour().size() - 1);
    }

    /** How far up from the bottom of the screen the caption band reaches, so the map keeps its marks above it. */
    public javafx.beans.property.ReadOnlyDoubleProperty coveredBelowProperty() {
        return coveredBelow.getReadOnlyProperty();
    }

    /** Shows the number typed so far for a jump ("Go to step 7…"), or nothing. */
    void showTypedNumber(String typed) {
        if (band != null) {
            band.typedNumber.setText(typed.isEmpty() ? "" : Messages.format("present.typedNumber", typed));
        }
    }

    /** Dims everything but a circle around the pointer; off when {@code on} is false. */
    void spotlight(boolean on, double x, double y) {
        spotlightLayer.setVisible(on);
        if (!on) {
            return;
        }
        Shape dim = Shape.subtract(new Rectangle(0, 0, getWidth(), getHeight()),
                new Circle(x, y, SPOTLIGHT_RADIUS * getHeight() / DESIGN_HEIGHT));
        if (dim instanceof Path path) {
            spotlight.getElements().setAll(path.getElements());
        }
    }

    boolean spotlightOn() {
        return spotlightLayer.isVisible();
    }

    /** While presenting, a swipe to the left moves on a step and a swipe to the right goes back. */
    public void installSwipe(javafx.scene.Node surface) {
        surface.addEventHandler(javafx.scene.input.SwipeEvent.SWIPE_LEFT, e -> {
            if (state.isPresenting()) {
                stepBy(1);
                e.consume();
            }
        });
        surface.addEventHandler(javafx.scene.input.SwipeEvent.SWIPE_RIGHT, e -> {
            if (state.isPresenting()) {
                stepBy(-1);
                e.consume();
            }
        });
    }

    /** A held secondary (right) button works the spotlight too, for presenters with a mouse. */
    public void installMouseSpotlight(javafx.scene.Node surface) {
        surface.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (state.isPresenting() && e.getButton() == MouseButton.SECONDARY) {
                spotlight(true, e.getX(), e.getY());
                e.consume();
            }
        });
        surface.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (spotlightOn()) {
                spotlight(true, e.getX(), e.getY());
            }
        });
        surface.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            if (spotlightOn()) {
                spotlight(true, e.getX(), e.getY());
            }
            lastPointerX = e.getX();
            lastPointerY = e.getY();
        });
        surface.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.SECONDARY && spotlightOn()) {
                spotlight(false, 0, 0);
                e.consume();
            }
        });
    }

    private double lastPointerX;
    private double lastPointerY;

    double lastPointerX() {
        return lastPointerX;
    }

    double lastPointerY() {
        return lastPointerY;
    }

    /** The step's title and caption, counter, buttons and progress, in a band scaled with the screen. */
    private final class Band {
        private final Label title = ScriptText.install(new Label());
        private final Label caption = ScriptText.install(new Label());
        private final Label counter = new Label();
        private final Label typedNumber = new Label();
        private final ProgressBar progress = new ProgressBar(0);
        private final HBox endActions;
        private final Group scaled;

        Band() {
            title.getStyleClass().add("tour-title");
            title.setId("tour-title");
            title.setWrapText(true);
            caption.getStyleClass().add("tour-caption");
            caption.setId("tour-caption");
            caption.setWrapText(true);
            counter.getStyleClass().add("tour-counter");
            counter.setId("tour-counter");
            typedNumber.getStyleClass().add("tour-typed-number");
            typedNumber.setId("tour-typed-number");
            typedNumber.visibleProperty().bind(typedNumber.textProperty().isNotEmpty());
            progress.getStyleClass().add("tour-progress");
            progress.setId("tour-progress");
            progress.setMaxWidth(Double.MAX_VALUE);
            progress.setFocusTraversable(false);

            Button restart = new Button(Messages.get("present.restart"));
            restart.setId("tour-restart");
            restart.setOnAction(e -> state.presenter().goTo(0));
            Button explore = new Button(Messages.get("present.explore"));
            explore.setId("tour-explore");
            explore.setOnAction(e -> state.stopPresenting());
            endActions = new HBox(restart, explore);
            endActions.getStyleClass().add("tour-end-actions");
            endActions.managedProperty().bind(endActions.visibleProperty());

            Button previous = new Button(Messages.get("present.previous"), new Icon(
                    org.kordamp.ikonli.feather.Feather.CHEVRON_LEFT));
            previous.setId("tour-previous");
            previous.getStyleClass().add("tour-step-button");
            previous.setOnAction(e -> stepBy(-1));
            Button next = new Button(Messages.get("present.next"), new Icon(
                    org.kordamp.ikonli.feather.Feather.CHEVRON_RIGHT));
            next.setId("tour-next");
            next.getStyleClass().add("tour-step-button");
            next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            next.setOnAction(e -> stepBy(1));
            next.visibleProperty().bind(endActions.visibleProperty().not());
            next.managedProperty().bind(next.visibleProperty());
            // A clicker drives a classroom tour; on a touch screen these buttons and a swipe do.
            HBox stepButtons = new HBox(previous, next);
            stepButtons.getStyleClass().add("tour-step-buttons");
            stepButtons.visibleProperty().bind(state.kioskProperty());
            stepButtons.managedProperty().bind(stepButtons.visibleProperty());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox footer = new HBox(counter, typedNumber, spacer, stepButtons, endActions);
            footer.getStyleClass().add("tour-footer");
            VBox strip = new VBox(title, caption, footer, progress);
            strip.getStyleClass().add("tour-band");
            strip.setId("tour-band");
            strip.setMaxHeight(Region.USE_PREF_SIZE);

            // The band is laid out at the design size and scaled with the screen's height; its room is
            // the screen's width at that size, and the stylesheet gives the band's widest and the room's
            // margins (.tour-band, .tour-band-room).
            StackPane room = new StackPane(strip);
            room.getStyleClass().add("tour-band-room");
            scaled = new Group(room);
            Scale scale = new Scale();
            scale.xProperty().bind(heightProperty().divide(DESIGN_HEIGHT));
            scale.yProperty().bind(scale.xProperty());
            room.getTransforms().add(scale);
            room.prefWidthProperty().bind(widthProperty().divide(scale.xProperty()));
            StackPane.setAlignment(scaled, Pos.BOTTOM_CENTER);
            scaled.translateYProperty().bind(heightProperty().multiply(-0.03));
            javafx.beans.InvalidationListener cover = obs -> coveredBelow.set(
                    Math.max(0, getHeight() - scaled.getBoundsInParent().getMinY()));
            scaled.boundsInParentProperty().addListener(cover);
            heightProperty().addListener(cover);
        }
    }
}
