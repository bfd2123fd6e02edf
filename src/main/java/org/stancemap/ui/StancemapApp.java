package org.stancemap.ui;

import javafx.application.Application;
import javafx.stage.Stage;

public final class StancemapApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
