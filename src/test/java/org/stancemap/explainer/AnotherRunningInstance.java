package org.stancemap.explainer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A second Stancemap process for the tests, reduced to its autosave: it writes the draft autosave
 * named by its second argument in the folder named by its first, owns it, says "owned" and runs
 * until its input closes or it is killed.
 */
public final class AnotherRunningInstance {

    private AnotherRunningInstance() {
    }

    public static void main(String[] args) throws IOException {
        RecoveryFolder folder = new RecoveryFolder(Path.of(args[0]));
        RecoveryFile autosave = folder.forDraft(args[1]);
        if (!folder.claim(autosave)) {
            System.out.println("not owned");
            return;
        }
        autosave.save(new ExplainerLoader().loadDefault().explainer().orElseThrow(), Optional.empty(), Instant.EPOCH);
        System.out.println("owned");
        System.out.flush();
        while (System.in.read() >= 0) {
            // Runs, owning the autosave, until told to stop.
        }
    }
}
