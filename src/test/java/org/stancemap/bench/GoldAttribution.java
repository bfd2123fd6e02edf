package org.stancemap.bench;

import java.util.List;
import org.stancemap.draft.TextRange;

/** One hand-annotated attribution: its source, cue and content fragments (Java string indexes). */
record GoldAttribution(List<TextRange> source, List<TextRange> cue, List<TextRange> content, String sourceText) {
}
