package org.stancemap.ui.state;

import org.stancemap.layout.BlocPalette;
import org.stancemap.layout.KeptPalette;
import org.stancemap.model.Explainer;

/**
 * The colours of the actors on screen. An explainer opened is coloured by its file's
 * {@link BlocPalette}; from its first edit on, by a {@link KeptPalette} that starts from the colours
 * on screen, so that no edit (deleting an actor, say) moves another actor's colour. The kept
 * colours last until another explainer is opened, so closing the editor changes none either.
 */
final class ActorColours {

    private Explainer shown;
    private BlocPalette palette;
    private KeptPalette kept;

    /** Colours {@code opened} as its file does. */
    void open(Explainer opened) {
        kept = null;
        shown = opened;
        palette = opened == null ? null : BlocPalette.of(opened);
    }

    /** Colours {@code edited}, an edit of the explainer on screen, keeping every colour on screen. */
    void edit(Explainer edited) {
        if (kept == null) {
            kept = shown == null ? KeptPalette.from(edited, BlocPalette.of(edited)) : KeptPalette.from(shown, palette);
        }
        shown = edited;
        palette = kept.of(edited);
    }

    /** The colours of {@code explainer}: those on screen if it is the one shown, else its file's. */
    BlocPalette of(Explainer explainer) {
        return explainer == shown && palette != null ? palette : BlocPalette.of(explainer);
    }
}
