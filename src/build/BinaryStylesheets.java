import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Build step (pom.xml, phase process-classes): writes a binary stylesheet NAME.bss beside every
 * NAME.css under the folder given, in the build output. JavaFX loads NAME.bss in place of
 * NAME.css when both are there, and reading the binary form skips parsing the CSS text, which a
 * fresh JVM does slowly on the way to the first live frame. Run as a single source file:
 * {@code java -cp JAVAFX-JARS BinaryStylesheets FOLDER}.
 */
public final class BinaryStylesheets {

    private BinaryStylesheets() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: BinaryStylesheets FOLDER (a folder holding .css files)");
            System.exit(2);
        }
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            sources = files.filter(f -> f.getFileName().toString().endsWith(".css")).sorted().toList();
        }
        for (Path css : sources) {
            String name = css.getFileName().toString();
            Path bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
            Stylesheet.convertToBinary(css.toFile(), bss.toFile());
        }
    }
}
