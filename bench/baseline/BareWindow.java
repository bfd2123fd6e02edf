import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Start-up baseline for bench/startup: the least a JavaFX window costs. Shows an empty StackPane
 * in a 1280x800 scene and, at the second pulse (the first one has laid the scene out, by the
 * second it has been drawn, as in Stancemap's --smoke), prints
 * "bare --smoke: first frame after N ms" (N = time since the JVM started) and exits 0.
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

    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            stage.setTitle("bare window");
            stage.setScene(new Scene(new StackPane(), 1280, 800));
            stage.show();
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses < 2) {
                        return;
                    }
                    stop();
                    long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("bare --smoke: first frame after " + sinceStart + " ms");
                    if (!getParameters().getRaw().contains("--stay")) {
                        Platform.exit();
                    }
                }
            }.start();
        }
    }
}
