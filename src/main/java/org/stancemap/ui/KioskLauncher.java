package org.stancemap.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.stancemap.cli.LaunchOptions;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.kiosk.Heartbeat;
import org.stancemap.kiosk.KioskConfig;
import org.stancemap.kiosk.KioskConfigLoader;
import org.stancemap.kiosk.KioskDirs;
import org.stancemap.kiosk.KioskLog;
import org.stancemap.kiosk.PinLockoutFile;
import org.stancemap.ui.kiosk.KioskController;
import org.stancemap.ui.kiosk.KioskServices;
import org.stancemap.ui.state.AppState;
import org.stancemap.io.Wording;

/**
 * Starts the window as a kiosk. No settings are read or written and no notes are kept: a public
 * screen belongs to no one. A broken kiosk config stops the start with a message naming the file
 * and the problem, for whoever sets the kiosk up.
 */
final class KioskLauncher {

    private KioskLauncher() {
    }

    /**
     * Runs the kiosk in {@code stage}; returns its services, for the application to close on exit.
     * {@code drain} finishes the application's own background work; the operator's exit runs it
     * before the process ends (System.exit does not wait for the application's stop).
     */
    static KioskServices start(LaunchOptions options, Stage stage, AppState state, MainView view, Runnable drain) {
        KioskConfigLoader.Result loaded = options.kioskConfig(new KioskConfigLoader());
        if (!loaded.isValid() || loaded.config().isEmpty()) {
            System.err.println("stancemap: " + Wording.format("cli.kioskCannotStart", loaded.message()));
            Platform.exit();
            System.exit(1);
            return null;
        }
        KioskConfig config = loaded.config().get();
        KioskLog log = KioskLog.open(config.logDir());
        Logger.getLogger("").addHandler(log.handler());
        log.info("kiosk starting" + config.source().map(s -> " with " + s).orElse(" with the default settings"));
        KioskServices services = new KioskServices(state, log);
        services.catchEverything();

        KioskController kiosk = new KioskController(state, config, System::nanoTime, services.worker(), () -> {
            services.close();
            drain.run();
            Platform.exit();
            System.exit(KioskConfig.OPERATOR_EXIT_STATUS);
        }, log::info, Optional.of(PinLockoutFile.in(KioskDirs.forThisMachine().dataDir(), log::warn)));
        view.getChildren().add(kiosk.overlay());
        Rectangle2D bounds = Screen.getPrimary().getBounds();
        state.preferences().setTextScale(bounds.getHeight() >= 1000 ? 150 : 125);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        kiosk.install(stage);
        stage.show();
        services.startHeartbeat(new Heartbeat(config.heartbeatFile(), Clock.systemUTC(), log::warn));
        Path lastGood = KioskDirs.forThisMachine().lastGoodFile();
        if (options.kiosk().orElseThrow().lastGood()) {
            services.watchAfterFailures(config, new ExplainerLoader(), view.opener()::openDefault, lastGood);
        } else {
            services.watch(config, new ExplainerLoader(), view.opener()::openDefault, Optional.of(lastGood));
        }
        kiosk.startTicking(services.scheduler());
        view.requestFocus();
        return services;
    }
}
