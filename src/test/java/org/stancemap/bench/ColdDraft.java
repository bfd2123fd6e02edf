package org.stancemap.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stancemap.draft.AttributionAnalyser;
import org.stancemap.draft.Findings;

/** A whole cold run, timed from outside: start a JVM, load the models, analyse one article, exit. */
public final class ColdDraft {

    private ColdDraft() {
    }

    public static void main(String[] args) throws Exception {
        Findings findings = AttributionAnalyser.load().analyse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        System.out.println(findings.statements().size() + " statements, " + findings.actors().size() + " actors");
    }
}
