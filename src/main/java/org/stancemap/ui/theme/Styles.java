package org.stancemap.ui.theme;

import javafx.css.PseudoClass;

/** Style class and pseudo-class names shared by the views and the stylesheets. */
public final class Styles {

    public static final String APP = "stancemap";
    public static final String HEADER = "app-header";
    public static final String BRAND = "brand";
    public static final String EXPLAINER_TITLE = "explainer-title";
    public static final String SOURCE_LINE = "source-line";
    public static final String MAP = "stance-map";
    /** The map's layer of marks, which takes their size step (marks-N); the map's controls lie outside it. */
    public static final String MAP_MARKS = "map-marks";
    public static final String LAND = "land";
    public static final String LAND_ACTOR = "land-actor";
    public static final String SCALE_BREAK = "scale-break";
    public static final String SCALE_BREAK_LABEL = "scale-break-label";
    public static final String BADGE = "actor-badge";
    public static final String BADGE_DISC = "badge-disc";
    public static final String BADGE_INITIALS = "badge-initials";
    public static final String BADGE_NAME = "badge-name";
    public static final String BADGE_ROLE = "badge-role";
    public static final String TIE_LINE = "tie-line";
    public static final String TIE_PIN = "tie-pin";
    public static final String MEMBER_LINE = "member-line";
    public static final String GROUPS_BAND = "groups-band";
    public static final String LINK = "stance-link";
    public static final String LINK_PATH = "link-path";
    public static final String LINK_HIT = "link-hit";
    public static final String LINK_MARKER = "link-marker";
    public static final String LINK_MIDDLE = "link-middle";
    public static final String LEGEND = "map-legend";
    public static final String MAP_CONTROLS = "map-controls";
    public static final String SIDE_PANEL = "side-panel";
    public static final String CARD = "card";
    public static final String CARD_TITLE = "card-title";
    public static final String ACTOR_NAME = "actor-name";
    public static final String ACTOR_ROLE = "actor-role";
    public static final String CHIP = "chip";
    /** A small word in a dashed pill: a hint about an item (likely clutter, a problem), not a verdict. */
    public static final String DASHED_TAG = "dashed-tag";
    public static final String SUMMARY = "stance-summary";
    public static final String QUOTE = "quote";
    /** Emoji drawn with the bundled Noto Emoji ({@link ScriptRuns}). */
    public static final String EMOJI = "emoji";
    public static final String QUOTE_META = "quote-meta";
    public static final String EXPLANATION = "link-explanation";
    public static final String READER = "article-reader";
    public static final String PARAGRAPH = "article-paragraph";
    public static final String PARAGRAPH_NUMBER = "paragraph-number";
    public static final String HIGHLIGHT = "quote-highlight";
    /** A draft's item that its author has not confirmed yet. */
    public static final String SUGGESTED = "suggested";
    public static final String OVERLAY = "overlay";
    public static final String MUTED = "muted";
    public static final String HINT = "hint";
    /**
     * Spacing between a box's children, or a flow's or grid's cells: n pixels at the normal text
     * size, in em so that it grows with the text (stancemap.css, "Spacing").
     */
    public static final String GAP_2 = "gap-2";
    public static final String GAP_4 = "gap-4";
    public static final String GAP_6 = "gap-6";
    public static final String GAP_8 = "gap-8";
    public static final String GAP_10 = "gap-10";
    public static final String GAP_16 = "gap-16";

    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    public static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    public static final PseudoClass LINKED = PseudoClass.getPseudoClass("linked");
    public static final PseudoClass LIT = PseudoClass.getPseudoClass("lit");
    public static final PseudoClass FLASH = PseudoClass.getPseudoClass("flash");
    public static final PseudoClass RELATIONS = PseudoClass.getPseudoClass("relations");
    public static final PseudoClass CROWDED = PseudoClass.getPseudoClass("crowded");
    /** A name hidden because it would cover a more important mark; hover, focus or selection shows it. */
    public static final PseudoClass UNLABELLED = PseudoClass.getPseudoClass("unlabelled");
    /** A group drawn as a chip in the groups band rather than on the land. */
    public static final PseudoClass IN_BAND = PseudoClass.getPseudoClass("in-band");

    private Styles() {
    }

    /** The style class carrying a bloc's colour tokens; slot -1 is the neutral tone. */
    public static String blocClass(int slot) {
        return slot < 0 ? "bloc-neutral" : "bloc-" + slot;
    }
}
