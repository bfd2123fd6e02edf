package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.model.Explainer;

/** What saving tells the author: a backup is mentioned only when there was a previous version to keep. */
class SaveNoticeTest {

    @Test
    void aNewFileIsSavedWithoutPromisingABackupAndASecondSaveKeepsOne(@TempDir Path dir) throws Exception {
        List<String> said = new ArrayList<>();
        DraftFiles files = new DraftFiles((text, problem) -> said.add((problem ? "problem: " : "") + text));
        Explainer explainer = new ExplainerLoader().loadDefault().explainer().orElseThrow();
        Path target = dir.resolve("copy.stancemap.json");

        files.save(explainer, target, () -> { });
        assertEquals(List.of("Saved copy.stancemap.json."), said);
        assertFalse(Files.exists(DraftFiles.backupOf(target)), "nothing to back up the first time");

        files.save(explainer, target, () -> { });
        assertTrue(Files.exists(DraftFiles.backupOf(target)), "the second save keeps the first beside it");
        assertTrue(said.get(1).contains(".bak"), said.get(1));
    }
}
