package org.stancemap.ui;

import java.io.IOException;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.stancemap.io.SettingsStore;
import org.stancemap.model.Settings;
import org.stancemap.tour.PresenterKeyMap;
import org.stancemap.ui.state.AppState;

/**
 * Keeps the user's settings (text size, dark theme, reduced motion, the presenter's keys and projector) in
 * step with the window: loaded at start, saved in the background whenever one changes. A damaged
 * settings file is moved aside by the store, and the reader is told so.
 */
public final class UserSettings {

    private static final Logger LOG = Logger.getLogger(UserSettings.class.getName());
    private static final ExecutorService SAVING = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "settings-writer");
        thread.setDaemon(true);
        return thread;
    });

    private final SettingsStore store;
    private Settings settings;

    private UserSettings(SettingsStore store, Settings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** Loads the settings, applies them to {@code state}, and starts saving changes. */
    public static UserSettings attach(SettingsStore store, AppState state, Window owner) {
        return attach(store, store.load(), state, owner);
    }

    /** As {@link #attach(SettingsStore, AppState, Window)}, with the settings {@code store} has already loaded. */
    public static UserSettings attach(SettingsStore store, SettingsStore.LoadedSettings loaded, AppState state,
                                      Window owner) {
        UserSettings user = new UserSettings(store, loaded.settings());
        Settings s = loaded.settings();
        if (AppState.TEXT_SCALES.contains(s.textScale())) {
            state.textScaleProperty().set(s.textScale());
        }
        if (s.reduceMotion()) {
            state.reduceMotionProperty().set(true);
        }
        if (s.darkTheme()) {
            state.darkThemeProperty().set(true);
        }
        StringBuilder problems = new StringBuilder();
        loaded.message().ifPresent(problems::append);
        if (!s.keyMap().isBlank()) {
            try {
                PresenterKeyMap.parse(s.keyMap());
                state.presenterKeysProperty().set(s.keyMap());
            } catch (IllegalArgumentException e) {
                problems.append(problems.length() > 0 ? "\n\n" : "")
                        .append(Messages.format("settings.badKeys", e.getMessage()));
            }
        }
        s.projector().ifPresent(state.projectorProperty()::set);
        if (problems.length() > 0) {
            Platform.runLater(() -> {
                Alert alert = new Alert(Alert.AlertType.WARNING, problems.toString());
                alert.initOwner(owner);
                alert.setHeaderText(Messages.get("settings.problem"));
                alert.show();
            });
        }
        state.textScaleProperty().addListener((obs, was, now) -> user.update(user.settings.withTextScale(now.intValue())));
        state.reduceMotionProperty().addListener((obs, was, now) -> user.update(user.settings.withReduceMotion(now)));
        state.darkThemeProperty().addListener((obs, was, now) -> user.update(user.settings.withDarkTheme(now)));
        state.presenterKeysProperty().addListener((obs, was, now) -> user.update(user.settings.withKeyMap(now)));
        state.projectorProperty().addListener((obs, was, now) -> user.update(user.settings.withProjector(
                now.intValue() < 0 ? OptionalInt.empty() : OptionalInt.of(now.intValue()))));
        return user;
    }

    private void update(Settings next) {
        settings = next;
        SAVING.execute(() -> {
            try {
                store.save(next);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "could not save settings to " + store.file(), e);
            }
        });
    }

    /** Lets a save still queued finish before the app quits. */
    static void finishSaving() {
        SAVING.shutdown();
        try {
            SAVING.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
