package org.stancemap.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.stancemap.explainer.ExplainerEncoder;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.explainer.Problem;
import org.stancemap.model.Explainer;
import org.stancemap.model.Quote;
import org.stancemap.model.Stance;

/** What every draft must satisfy: it encodes to a file --validate accepts, and its quotes are the article's. */
final class DraftChecks {

    private DraftChecks() {
    }

    static Explainer assertValid(Explainer draft) {
        byte[] bytes = new ExplainerEncoder().encodeBytes(draft);
        LoadResult result = new ExplainerLoader().load(bytes, "draft.stancemap.json");
        String errors = result.errors().stream().map(Problem::format).collect(Collectors.joining("\n"));
        assertTrue(result.isValid(), "the draft does not validate:\n" + errors);
        String text = draft.article().text();
        for (Stance stance : draft.stances()) {
            for (Quote quote : stance.quotes()) {
                int from = text.offsetByCodePoints(0, quote.span().start());
                int to = text.offsetByCodePoints(0, quote.span().end());
                assertEquals(text.substring(from, to), quote.text());
            }
        }
        return result.explainer().orElseThrow();
    }
}
