package org.stancemap.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stancemap.draft.TextRange;

/**
 * An article of a brat-standoff attribution corpus: its text and its attributions. Offsets in the
 * files count code points; they are turned into Java string indexes here.
 */
record GoldArticle(String name, String text, List<GoldAttribution> attributions) {

    static GoldArticle read(Path textFile, Path annFile) throws IOException {
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
        Map<String, List<TextRange>> spans = new HashMap<>();
        Map<String, String> covered = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : Files.readAllLines(annFile, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (cells.length >= 2 && cells[0].startsWith("T")) {
                int space = cells[1].indexOf(' ');
                if (space > 0) {
                    spans.put(cells[0], fragments(text, cells[1].substring(space + 1)));
                    covered.put(cells[0], cells.length > 2 ? cells[2] : "");
                }
            } else if (cells.length >= 2 && cells[0].startsWith("E")) {
                events.add(cells[1].split(" "));
            }
        }
        List<GoldAttribution> attributions = new ArrayList<>();
        for (String[] roles : events) {
            List<TextRange> source = new ArrayList<>();
            List<TextRange> cue = new ArrayList<>();
            List<TextRange> content = new ArrayList<>();
            String sourceText = "";
            for (String role : roles) {
                int colon = role.indexOf(':');
                if (colon < 0 || !spans.containsKey(role.substring(colon + 1))) {
                    continue;
                }
                String id = role.substring(colon + 1);
                switch (role.substring(0, colon).replaceAll("\\d+$", "")) {
                    case "Source" -> {
                        source.addAll(spans.get(id));
                        sourceText = covered.get(id);
                    }
                    case "Cue" -> cue.addAll(spans.get(id));
                    case "Content" -> content.addAll(spans.get(id));
                    default -> { }
                }
            }
            attributions.add(new GoldAttribution(source, cue, content, sourceText));
        }
        String name = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
        return new GoldArticle(name, text, attributions);
    }

    private static List<TextRange> fragments(String text, String offsets) {
        List<TextRange> out = new ArrayList<>();
        int codePoints = text.codePointCount(0, text.length());
        for (String fragment : offsets.split(";")) {
            String[] ends = fragment.trim().split(" ");
            int start = Math.min(Integer.parseInt(ends[0]), codePoints);
            int end = Math.min(Integer.parseInt(ends[1]), codePoints);
            out.add(new TextRange(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, Math.max(start, end))));
        }
        return out;
    }
}
