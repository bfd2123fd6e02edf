package org.stancemap.ui.map;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.stancemap.ui.Hints;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.ui.Messages;
import org.stancemap.ui.theme.Icon;
import org.stancemap.ui.theme.Styles;
import org.stancemap.ui.theme.ScriptText;

/**
 * An actor on the map: a disc with initials (or an icon for blocs and events) and the name under
 * it; the role appears on hover, focus and selection. Groups with no single place are chips.
 */
final class ActorBadge extends VBox {

    /** At the normal text size; the disc grows with the text size steps. The layout's, which the stylesheet matches. */
    static final double DISC_RADIUS = org.stancemap.layout.MapMetrics.DISC_RADIUS;
    /** An icon's size as a share of its disc's width. */
    private static final double ICON_SHARE = 0.45;

    private final Actor actor;
    private final Label name;
    private final StackPane disc;
    private double discX;
    private double discY;
    private double discRadius;

    ActorBadge(Actor actor, int blocSlot) {
        this.actor = actor;
        getStyleClass().addAll(Styles.BADGE, Styles.blocClass(blocSlot), "kind-" + actor.kind().jsonName());
        setId("actor-" + actor.id());
        Node content = discContent(actor);
        disc = new StackPane(content);
        disc.getStyleClass().add(Styles.BADGE_DISC);
        if (content instanceof Icon icon) {
            // An icon's size cannot be in em (it would be relative to itself): it follows the disc,
            // whose size is, so it grows with the text, a large screen and a projector alike.
            javafx.beans.InvalidationListener fit = obs -> icon.setIconSize((int) Math.max(8,
                    Math.round(Math.min(disc.getWidth(), disc.getHeight() * 1.4) * ICON_SHARE)));
            disc.widthProperty().addListener(fit);
            disc.heightProperty().addListener(fit);
        }
        name = ScriptText.install(new Label(actor.name()));
        name.getStyleClass().add(Styles.BADGE_NAME);
        name.setWrapText(true);
        boolean hasRole = !actor.role().isBlank();
        getChildren().addAll(disc, name);
        if (hasRole) {
            addRoleWhenFirstShown();
        }
        // Each line as wide as its own text: a selected badge's role must not stretch its name's box.
        setFillWidth(false);
        // Centred on its layout position whatever its width, which is only known once CSS has applied.
        translateXProperty().bind(widthProperty().divide(-2));
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        String accessible = Messages.format("badge.accessible", actor.name(), kindName(actor.kind()), actor.role());
        String hint = actor.name() + (hasRole ? " — " + actor.role() : "");
        if (actor.status().isSuggested()) {
            // A draft's suggestion, not yet confirmed: a dashed ring, and the word for those who cannot see it.
            getStyleClass().add(Styles.SUGGESTED);
            accessible = accessible + " " + Messages.get("badge.suggested");
            hint = hint + " (" + Messages.get("review.tag").toLowerCase(java.util.Locale.ROOT) + ")";
        }
        setAccessibleText(accessible);
        Hints.install(this, hint);
    }

    /**
     * The role line under the name, made the first time the badge is focused or selected: most
     * badges never are, and a hidden label costs its styling before the window's first frame all
     * the same.
     */
    private void addRoleWhenFirstShown() {
        javafx.beans.InvalidationListener firstShown = new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable obs) {
                if (roleShown()) {
                    focusedProperty().removeListener(this);
                    getPseudoClassStates().removeListener(this);
                    addRole();
                }
            }
        };
        focusedProperty().addListener(firstShown);
        getPseudoClassStates().addListener(firstShown);
    }

    private void addRole() {
        Label role = ScriptText.install(new Label(actor.role()));
        role.getStyleClass().add(Styles.BADGE_ROLE);
        role.setWrapText(true);
        // Not on hover: a role line growing under the pointer would cover the badge below it.
        // The tooltip names the role on hover instead.
        role.visibleProperty().bind(Bindings.createBooleanBinding(this::roleShown,
                focusedProperty(), getPseudoClassStates()));
        role.setMouseTransparent(true);
        role.managedProperty().bind(role.visibleProperty());
        getChildren().add(role);
    }

    private boolean roleShown() {
        return isFocused() || getPseudoClassStates().contains(Styles.SELECTED);
    }

    private static Node discContent(Actor actor) {
        if (actor.kind() == ActorKind.PERSON) {
            Label initials = ScriptText.install(new Label(actor.initials()));
            initials.getStyleClass().add(Styles.BADGE_INITIALS);
            return initials;
        }
        Icon icon = new Icon(switch (actor.kind()) {
            case STATE -> Feather.FLAG;
            case ALLIANCE -> Feather.SHIELD;
            case COALITION -> Feather.LAYERS;
            case GROUP -> Feather.USERS;
            case EVENT -> Feather.CALENDAR;
            case PERSON -> Feather.USER;
        });
        // Not an "ikonli-font-icon": the window's icon sizes for each text step do not apply here.
        icon.getStyleClass().setAll("badge-icon");
        return icon;
    }

    static String kindName(ActorKind kind) {
        return Messages.get("kind." + kind.jsonName());
    }

    Actor actor() {
        return actor;
    }

    void setState(PseudoClass pseudoClass, boolean on) {
        pseudoClassStateChanged(pseudoClass, on);
    }

    /** Places the badge so that the centre of its disc is at (x, y). */
    void centreDiscAt(double x, double y, double discRadius) {
        this.discX = x;
        this.discY = y;
        this.discRadius = discRadius;
        place();
    }

    /** Moves the name from under the disc by (dx, dy), where a more important mark takes that room. */
    void setNameOffset(double dx, double dy) {
        name.setTranslateX(dx);
        name.setTranslateY(dy);
    }

    private void place() {
        relocate(discX, discY - discRadius);
    }
}
