package org.stancemap.ui.editor;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import org.stancemap.ui.Hints;

/**
 * The editor's tabs as a row of buttons that wraps onto a second line when the editor is narrow for
 * its text (200 % on a laptop, say), so every tab stays in sight; a tab pane's own headers would
 * scroll sideways and hide the rest in a menu at their end. The tab pane still holds the forms and
 * which one shows: choosing here selects its tab, and a tab chosen elsewhere (Alt+1…6, Ctrl+Tab, a
 * problem that jumps to its form) shows here.
 */
final class SectionBar extends FlowPane {

    static final String STYLE = "editor-sections";
    static final String SECTION = "editor-section";

    private final ToggleGroup group = new ToggleGroup();

    SectionBar(TabPane tabs) {
        setId("editor-sections");
        getStyleClass().add(STYLE);
        for (Tab tab : tabs.getTabs()) {
            ToggleButton section = new ToggleButton(tab.getText());
            section.setId(tab.getId() + "-section");
            section.getStyleClass().add(SECTION);
            section.setToggleGroup(group);
            section.setUserData(tab);
            section.setMnemonicParsing(false);
            String named = tab.getTooltip() == null ? tab.getText() : tab.getTooltip().getText();
            section.setAccessibleText(named);
            Hints.set(section, named);
            getChildren().add(section);
        }
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                // Choosing the tab on show again leaves it on show.
                group.selectToggle(was);
            } else {
                tabs.getSelectionModel().select((Tab) now.getUserData());
            }
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> show(now));
        show(tabs.getSelectionModel().getSelectedItem());
    }

    /** The button of the tab on show, for the keyboard to go to. */
    ToggleButton selected() {
        return (ToggleButton) group.getSelectedToggle();
    }

    private void show(Tab tab) {
        group.getToggles().stream().filter(t -> t.getUserData() == tab).findFirst().ifPresent(group::selectToggle);
    }
}
