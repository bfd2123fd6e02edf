package org.stancemap.explainer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stancemap.io.BoundedFileReader;
import org.stancemap.io.Sizes;
import org.stancemap.io.Utf8Text;
import org.stancemap.io.Wording;
import org.stancemap.io.json.JsonDocument;
import org.stancemap.io.json.JsonPosition;
import org.stancemap.io.json.JsonSyntaxError;
import org.stancemap.io.json.StrictJson;
import org.stancemap.model.Explainer;

/**
 * The only way explainer data enters the app. Reads a file strictly as UTF-8 JSON, decodes it and
 * checks it, and always answers with a {@link LoadResult}: whatever the bytes, it never throws.
 */
public final class ExplainerLoader {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** How deep objects and lists may nest; an explainer needs five levels. */
    public static final int MAX_DEPTH = 64;
    /** The explainer that ships inside the app. */
    public static final String DEFAULT_RESOURCE = "/assets/explainers/paris-summit.stancemap.json";

    public LoadResult load(Path file) {
        String name = file.toString();
        try {
            return load(BoundedFileReader.readRegularFile(file, MAX_BYTES), name);
        } catch (BoundedFileReader.NotRegularFileException e) {
            return failure(name, e.kind().equals("a folder") ? Wording.get("explainer.file.folder")
                    : Wording.format("explainer.file.notRegular", e.kind()));
        } catch (BoundedFileReader.TooLargeException e) {
            return tooLarge(name, e.size());
        } catch (NoSuchFileException e) {
            return failure(name, Wording.get("explainer.file.missing"));
        } catch (BoundedFileReader.LinkLoopException e) {
            return failure(name, Wording.format("explainer.file.unreadable", e.getReason()));
        } catch (IOException | SecurityException e) {
            return failure(name, Wording.format("explainer.file.unreadable", e instanceof IOException io
                    ? BoundedFileReader.reason(io) : e.getClass().getSimpleName()));
        }
    }

    /** Loads the explainer that ships with the app. */
    public LoadResult loadDefault() {
        return loadResource(DEFAULT_RESOURCE);
    }

    public LoadResult loadResource(String resource) {
        try (InputStream in = ExplainerLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return failure(resource, Wording.get("explainer.builtIn.missing"));
            }
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return tooLarge(resource, bytes.length);
            }
            return load(bytes, resource);
        } catch (IOException e) {
            return failure(resource, Wording.get("explainer.builtIn.unreadable"));
        }
    }

    public LoadResult load(byte[] bytes, String name) {
        try {
            if (bytes.length > MAX_BYTES) {
                return tooLarge(name, bytes.length);
            }
            return parseAndCheck(bytes, name);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of ours, not the author's; still the caller gets a result, never a throwable.
            return failure(name, Wording.format("explainer.file.internalError", e.getClass().getSimpleName()));
        }
    }

    /**
     * The explainer in {@code bytes} as far as it can be decoded, without the checks between its
     * parts (references, quotes against the article): for bringing back autosaved work in progress,
     * whose problems the editor then lists. Empty when the bytes are not an explainer at all.
     */
    public Optional<Explainer> readForRecovery(byte[] bytes, String name) {
        try {
            JsonDocument parsed = StrictJson.parse(decodeUtf8(bytes), MAX_DEPTH);
            ProblemCollector problems = new ProblemCollector(name, parsed);
            return new ExplainerDecoder(problems).decode(parsed.root()).map(draft -> new Explainer(draft.id(),
                    draft.article(), values(draft.actors()), values(draft.stances()), values(draft.links()),
                    values(draft.tour()), values(draft.glossary())));
        } catch (JsonSyntaxError | RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private static <T> List<T> values(List<Located<T>> located) {
        return located.stream().map(Located::value).toList();
    }

    private LoadResult parseAndCheck(byte[] bytes, String name) {
        JsonDocument parsed;
        try {
            parsed = StrictJson.parse(decodeUtf8(bytes), MAX_DEPTH);
        } catch (JsonSyntaxError e) {
            return new LoadResult(name, Optional.empty(), List.of(new Problem(Problem.Severity.ERROR, name,
                    e.line(), e.column(), "", e.messageWithPath())));
        }
        ProblemCollector problems = new ProblemCollector(name, parsed);
        for (String path : parsed.duplicateKeys()) {
            problems.error(path, Wording.get("explainer.keyTwice"));
        }
        Optional<Explainer> explainer = new ExplainerDecoder(problems).decode(parsed.root())
                .flatMap(draft -> new ExplainerChecks(problems).check(draft));
        if (problems.hasErrors()) {
            explainer = Optional.empty();
        }
        return new LoadResult(name, explainer, problems.problems());
    }

    /** Strict UTF-8: a malformed byte is reported at its line and column, never replaced. */
    private static String decodeUtf8(byte[] bytes) throws JsonSyntaxError {
        int skip = Utf8Text.byteOrderMarkLength(bytes);
        CharsetDecoder decoder = Utf8Text.strictDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int badAt = in.position();
            String before = out.flip().toString();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = before.length() - lineStart + 1;
            throw new JsonSyntaxError(Wording.format("explainer.file.notUtf8", badAt), new JsonPosition(line, column), "$");
        }
        return out.flip().toString();
    }

    private static LoadResult tooLarge(String name, long size) {
        return failure(name, Wording.format("explainer.file.tooLarge", Sizes.overLimit(size, MAX_BYTES)));
    }

    private static LoadResult failure(String name, String message) {
        List<Problem> problems = new ArrayList<>();
        problems.add(new Problem(Problem.Severity.ERROR, name, Problem.UNKNOWN, Problem.UNKNOWN, "", message));
        return new LoadResult(name, Optional.empty(), problems);
    }
}
