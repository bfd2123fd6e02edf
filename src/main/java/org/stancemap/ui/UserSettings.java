package org.stancemap.ui;

import java.io.IOException;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.stancemap.store.SettingsStore;
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
    private final SettingsStore store;
    private final Executor saving;
    private Settings settings;

    private UserSettings(SettingsStore store, Settings settings, Executor saving) {
        this.store = store;
        this.settings = settings;
        this.saving = saving;
    }

    /**
     * Applies the settings {@code store} has loaded to {@code state}, and from then on saves each
     * change to {@code store} on {@code saving}, which must run its tasks in order.
     */
    public static UserSettings attach(SettingsStore store, SettingsStore.LoadedSettings loaded, AppState state,
                                      Window owner, Executor saving) {
        UserSettings user = new UserSettings(store, loaded.settings(), saving);
        Settings s = loaded.settings();
        if (AppState.TEXT_SCALES.contains(s.textScale())) {
            state.preferences().setTextScale(s.textScale());
        }
        if (s.reduceMotion()) {
            state.preferences().setReduceMotion(true);
        }
        if (s.darkTheme()) {
            state.preferences().setDarkTheme(true);
        }
        StringBuilder problems = new StringBuilder();
        loaded.message().ifPresent(problems::append);
        if (!s.keyMap().isBlank()) {
            try {
                PresenterKeyMap.parse(s.keyMap());
                state.presenter().useKeys(s.keyMap());
            } catch (IllegalArgumentException e) {
                problems.append(problems.length() > 0 ? "\n\n" : "")
                        .append(Messages.format("settings.badKeys", e.getMessage()));
            }
        }
        s.projector().ifPresent(state.presenter()::chooseProjector);
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
        saving.execute(() -> {
            try {
                store.save(next);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "could not save settings to " + store.file(), e);
            }
        });
    }
}
