package org.stancemap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.model.Span;
import org.stancemap.model.Status;
import org.stancemap.io.Wording;

/** Making, turning round and re-kinding the links between two stances. */
public final class LinkEdits {

    private LinkEdits() {
    }

    /** A new confirmed link from one stance to another; stances of one actor are not linked. */
    public static Edit add(String linkId, LinkKind kind, String fromStanceId, String toStanceId, String explanation,
                           List<Span> evidence) {
        return edit(Wording.get("edit.label.link"), current -> {
            var from = current.stance(fromStanceId).orElseThrow(() -> new EditRefused(Wording.get("edit.link.chooseTwo")));
            var to = current.stance(toStanceId).orElseThrow(() -> new EditRefused(Wording.get("edit.link.chooseTwo")));
            if (from.actorId().equals(to.actorId())) {
                throw new EditRefused(Wording.get("edit.link.sameActor"));
            }
            if (current.link(linkId).isPresent()) {
                throw new EditRefused(Wording.format("edit.linkExists", linkId));
            }
            List<Link> links = new ArrayList<>(current.links());
            links.add(new Link(linkId, kind, fromStanceId, toStanceId, explanation, evidence, Status.CONFIRMED));
            return ExplainerCopy.of(current).links(links).build();
        });
    }

    /** Swaps the link's two ends ("A opposes B" becomes "B opposes A"). */
    public static Edit reverse(String linkId) {
        return change(linkId, Wording.get("edit.label.reverseLink"), l -> new Link(l.id(), l.kind(), l.toStanceId(), l.fromStanceId(),
                l.explanation(), l.evidence(), Status.CONFIRMED));
    }

    public static Edit setKind(String linkId, LinkKind kind) {
        return change(linkId, Wording.format("edit.label.linkKind", kind.jsonName()), l -> new Link(l.id(), kind, l.fromStanceId(),
                l.toStanceId(), l.explanation(), l.evidence(), Status.CONFIRMED));
    }

    public static Edit explain(String linkId, String explanation, List<Span> evidence) {
        return change(linkId, Wording.get("edit.label.explainLink"), l -> new Link(l.id(), l.kind(), l.fromStanceId(), l.toStanceId(),
                explanation, evidence, Status.CONFIRMED));
    }

    private static Edit change(String linkId, String label, UnaryOperator<Link> how) {
        return edit(label, current -> {
            Link link = current.link(linkId).orElseThrow(() -> new EditRefused(Wording.format("edit.noLink", linkId)));
            List<Link> links = current.links().stream().map(l -> l == link ? how.apply(l) : l).toList();
            return ExplainerCopy.of(current).links(links).build();
        });
    }

    static Edit edit(String label, UnaryOperator<Explainer> how) {
        return new Edit() {
            @Override
            public Explainer applyTo(Explainer current) {
                return how.apply(current);
            }

            @Override
            public String label() {
                return label;
            }
        };
    }
}
