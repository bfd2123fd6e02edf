package org.stancemap.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stancemap.draft.AttributionAnalyser;
import org.stancemap.draft.Findings;
import org.stancemap.draft.FoundActor;
import org.stancemap.draft.FoundStatement;

/** Prints what the engine finds in a text file (or in the text given after --text): for tuning by eye. */
public final class DraftExplain {

    private DraftExplain() {
    }

    public static void main(String[] args) throws Exception {
        String text = args[0].equals("--text") ? args[1] : Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Findings findings = AttributionAnalyser.load().analyse(text);
        for (int i = 0; i < findings.actors().size(); i++) {
            FoundActor a = findings.actors().get(i);
            System.out.printf("actor %d: %s (%s) role '%s' place %s blocs %s mentions %d%n", i, a.name(), a.kind(),
                    a.role(), a.place().map(p -> p.name()).orElse("-"), a.blocs(), a.mentions().size());
        }
        for (FoundStatement s : findings.statements()) {
            System.out.printf("%s [%s%s] %s%n", findings.actors().get(s.speaker()).name(), s.cueLemma(),
                    s.direct() ? ", direct" : "", s.content().of(text));
        }
    }
}
