package org.stancemap.explainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Explainer;
import org.stancemap.model.Status;

/** Actors, stances and links may be marked as suggestions; files without the field are confirmed. */
class StatusFieldTest {

    private static JsonObject first(JsonObject tree, String list) {
        return tree.getAsJsonArray(list).get(0).getAsJsonObject();
    }

    @Test
    void fileWithoutStatusIsAllConfirmed() {
        Explainer explainer = TestFiles.load(TestFiles.defaultTree()).explainer().orElseThrow();
        assertTrue(explainer.actors().stream().allMatch(a -> a.status() == Status.CONFIRMED));
        assertTrue(explainer.stances().stream().allMatch(s -> s.status() == Status.CONFIRMED));
        assertTrue(explainer.links().stream().allMatch(l -> l.status() == Status.CONFIRMED));
    }

    @Test
    void suggestedEntriesLoadWithoutWarnings() {
        JsonObject tree = TestFiles.defaultTree();
        first(tree, "actors").add("status", new JsonPrimitive("suggested"));
        first(tree, "stances").add("status", new JsonPrimitive("suggested"));
        first(tree, "links").add("status", new JsonPrimitive("confirmed"));
        LoadResult result = TestFiles.load(tree);
        assertTrue(result.problems().isEmpty(), TestFiles.describe(result));
        Explainer explainer = result.explainer().orElseThrow();
        assertEquals(Status.SUGGESTED, explainer.actors().get(0).status());
        assertEquals(Status.SUGGESTED, explainer.stances().get(0).status());
        assertEquals(Status.CONFIRMED, explainer.links().get(0).status());
        assertEquals(Status.CONFIRMED, explainer.actors().get(1).status());
    }

    @Test
    void unknownStatusIsAnErrorNamingTheAllowedWords() {
        JsonObject tree = TestFiles.defaultTree();
        first(tree, "links").add("status", new JsonPrimitive("maybe"));
        TestFiles.assertErrorAt(TestFiles.load(tree), "$.links[0].status", "use suggested or confirmed");
    }

    @Test
    void statusThatIsNotTextIsAnError() {
        JsonObject tree = TestFiles.defaultTree();
        first(tree, "actors").add("status", new JsonPrimitive(true));
        TestFiles.assertErrorAt(TestFiles.load(tree), "$.actors[0].status", "should be text");
    }
}
