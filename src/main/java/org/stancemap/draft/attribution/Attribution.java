package org.stancemap.draft.attribution;

import org.stancemap.draft.TextRange;
import org.stancemap.draft.actor.Mention;

/** An attribution before it is tied to an actor: the mention naming the source, cue and content. */
public record Attribution(Mention source, TextRange cue, String cueLemma, TextRange content, boolean direct) {
}
