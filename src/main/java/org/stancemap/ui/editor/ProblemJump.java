package org.stancemap.ui.editor;

import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.stancemap.edit.Checkup;
import org.stancemap.edit.ItemRef;
import org.stancemap.model.Explainer;
import org.stancemap.ui.state.AppState;

/**
 * From a problem in the editor's panel to where it is: the tab and the entry it names, chosen in
 * that tab's list with the keyboard on it; its actor or link on the map; its words in the article.
 */
final class ProblemJump implements Consumer<Checkup.Finding> {

    private static final Map<Checkup.Part, String> LISTS = Map.of(
            Checkup.Part.ACTOR, "editor-actor-list",
            Checkup.Part.STANCE, "editor-stance-list",
            Checkup.Part.LINK, "editor-link-list",
            Checkup.Part.TOUR, "editor-tour-list",
            Checkup.Part.GLOSSARY, "editor-glossary-list");

    private final EditSession session;
    private final TabPane tabs;

    ProblemJump(EditSession session, TabPane tabs) {
        this.session = session;
        this.tabs = tabs;
    }

    @Override
    public void accept(Checkup.Finding finding) {
        AppState state = session.state();
        Explainer explainer = session.current();
        finding.item().ifPresent(item -> {
            if (item.kind() == ItemRef.Kind.LINK) {
                explainer.link(item.id()).ifPresent(state::selectLink);
            } else {
                String actorId = item.kind() == ItemRef.Kind.ACTOR ? item.id()
                        : explainer.stance(item.id()).map(s -> s.actorId()).orElse(null);
                if (actorId != null) {
                    explainer.actor(actorId).ifPresent(state::selectActor);
                }
            }
        });
        String listId = LISTS.get(finding.part());
        if (listId != null) {
            showEntry(listId, finding.index());
        }
        finding.span().ifPresent(span -> {
            state.panels().showReader(true);
            state.showInArticle(span);
        });
    }

    private void showEntry(String listId, int index) {
        for (Tab tab : tabs.getTabs()) {
            Node found = tab.getContent() == null ? null : tab.getContent().lookup("#" + listId);
            if (found instanceof ListView<?> list) {
                tabs.getSelectionModel().select(tab);
                if (index >= 0 && index < list.getItems().size()) {
                    list.getSelectionModel().clearAndSelect(index);
                    list.scrollTo(index);
                }
                list.requestFocus();
                return;
            }
        }
    }
}
