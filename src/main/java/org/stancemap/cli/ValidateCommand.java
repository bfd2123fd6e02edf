package org.stancemap.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.explainer.Problem;
import org.stancemap.io.Wording;

/** {@code --validate}: checks explainer files without a window and prints every problem. */
public final class ValidateCommand {

    private final ExplainerLoader loader;
    private final PrintStream out;

    public ValidateCommand(ExplainerLoader loader, PrintStream out) {
        this.loader = loader;
        this.out = out;
    }

    /** Returns the process exit code: 0 when every file is valid, 1 otherwise. */
    public int run(List<Path> files) {
        int invalid = 0;
        int warnings = 0;
        for (Path file : files) {
            LoadResult result = loader.load(file);
            for (Problem problem : result.problems()) {
                out.println(problem.format());
            }
            warnings += result.warnings().size();
            if (!result.isValid()) {
                invalid++;
            }
        }
        out.println(summary(files.size(), invalid, warnings));
        return invalid == 0 ? 0 : 1;
    }

    private static String summary(int files, int invalid, int warnings) {
        String checked = Wording.count("cli.validate.checked", files);
        String verdict = invalid == 0 ? Wording.get("cli.validate.allValid")
                : Wording.format("cli.validate.invalid", invalid);
        return warnings == 0 ? Wording.format("cli.validate.summary", checked, verdict)
                : Wording.format("cli.validate.summary.warned", checked, verdict,
                        Wording.count("cli.warnings", warnings));
    }
}
