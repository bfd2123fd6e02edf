import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Start-up baseline for bench/startup: the least a JavaFX window costs. Shows an empty StackPane
 * in a 1280x800 scene and, once its first frame is on screen (found exactly as Stancemap's
 * --smoke finds its own: see the pulses below), prints "bare --smoke: first frame after N ms"
 * (N = time since the JVM started), with the processor time spent so far as the app's --smoke
 * gives it, and exits 0.
 * With {@code --stay} it keeps the window open instead, doing nothing, as the idle baseline of
 * bench/kiosk-idle-cpu. The entry point is kept apart from the Application class, as in the app,
 * so that it starts from the class path.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** As Stancemap's --smoke says it: processor time of the whole process and of this thread so far. */
    static String cpuSoFar() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long process = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
            long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            return " (cpu " + process + " ms in all threads, " + thread + " ms on the FX thread)";
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            stage.setTitle("bare window");
            StackPane root = new StackPane();
            stage.setScene(new Scene(root, 1280, 800));
            stage.show();
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    pulses++;
                    if (pulses == 3) {
                        // Measured as Stancemap measures its first frame: a change now makes this
                        // pulse wait until the second pulse's frame is painted, and a task queued
                        // after the next pulse runs once (software rendering) it reached the window.
                        root.setOpacity(0.99);
                    } else if (pulses == 4) {
                        stop();
                        Platform.runLater(() -> {
                            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                            System.out.println("bare --smoke: first frame after " + sinceStart + " ms" + cpuSoFar());
                            if (!getParameters().getRaw().contains("--stay")) {
                                Platform.exit();
                            }
                        });
                    }
                }
            }.start();
        }
    }
}
