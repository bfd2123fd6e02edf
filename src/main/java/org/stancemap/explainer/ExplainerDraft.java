package org.stancemap.explainer;

import java.util.List;
import org.stancemap.model.Actor;
import org.stancemap.model.Article;
import org.stancemap.model.GlossaryEntry;
import org.stancemap.model.Link;
import org.stancemap.model.Stance;
import org.stancemap.model.TourStep;

/** Everything the decoder could read from a file, before cross-references are checked. */
record ExplainerDraft(String id, Article article, List<Located<Actor>> actors,
                      List<Located<Stance>> stances, List<Located<Link>> links,
                      List<Located<TourStep>> tour, List<Located<GlossaryEntry>> glossary) {
}
