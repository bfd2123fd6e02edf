package org.stancemap.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The data and logic layers (model, io, explainer, store, layout, tour, cli, quiz, export, search, kiosk, draft, edit)
 * stay free of the UI toolkit, the model of JSON, the packages keep their floors (the model at the bottom, then the
 * file plumbing in io, then explainer files and the user's stores), the three map renderers draw what layout
 * computes without borrowing from each other, and the views talk through the shared state rather than to each other,
 * changing it only through its intents.
 */
class ArchitectureTest {

    private static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        mainClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.stancemap");
    }

    static final ArchRule DATA_LAYER_HAS_NO_UI = noClasses()
            .that().resideInAnyPackage("org.stancemap.model..", "org.stancemap.io..", "org.stancemap.explainer..",
                    "org.stancemap.store..", "org.stancemap.cli..", "org.stancemap.layout..", "org.stancemap.tour..",
                    "org.stancemap.quiz..", "org.stancemap.export..", "org.stancemap.search..", "org.stancemap.kiosk..",
                    "org.stancemap.draft..", "org.stancemap.edit..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.stancemap.ui..")
            .allowEmptyShould(false);

    static final ArchRule MODEL_HAS_NO_GSON = noClasses()
            .that().resideInAPackage("org.stancemap.model..")
            .should().dependOnClassesThat().resideInAPackage("com.google.gson..")
            .allowEmptyShould(false);

    /** The model is the ground floor: it knows no other package of the app. */
    static final ArchRule MODEL_DOES_NOT_KNOW_IO = noClasses()
            .that().resideInAPackage("org.stancemap.model..")
            .should().dependOnClassesThat(insideTheAppBut("org.stancemap.model"))
            .allowEmptyShould(false);

    /** {@code io} is file plumbing (atomic writes, bounded reads, UTF-8, folders): it knows only the model. */
    static final ArchRule IO_IS_PLUMBING = noClasses()
            .that().resideInAPackage("org.stancemap.io..")
            .should().dependOnClassesThat(insideTheAppBut("org.stancemap.io", "org.stancemap.model"))
            .allowEmptyShould(false);

    /** Explainer files and the user's stores stand on io and the model only, and never on each other. */
    static final ArchRule EXPLAINER_STANDS_ON_IO_AND_MODEL = noClasses()
            .that().resideInAPackage("org.stancemap.explainer..")
            .should().dependOnClassesThat(insideTheAppBut("org.stancemap.explainer", "org.stancemap.io", "org.stancemap.model"))
            .allowEmptyShould(false);

    static final ArchRule STORE_STANDS_ON_IO_AND_MODEL = noClasses()
            .that().resideInAPackage("org.stancemap.store..")
            .should().dependOnClassesThat(insideTheAppBut("org.stancemap.store", "org.stancemap.io", "org.stancemap.model"))
            .allowEmptyShould(false);

    /** Layout and explainer loading never reach up into the interface. */
    static final ArchRule LAYOUT_AND_EXPLAINER_HAVE_NO_UI = noClasses()
            .that().resideInAnyPackage("org.stancemap.layout..", "org.stancemap.explainer..")
            .should().dependOnClassesThat().resideInAnyPackage("org.stancemap.ui..", "javafx..")
            .allowEmptyShould(false);

    /** The three drawings of the map: the live map, its first-frame sketch and the handout's map. */
    static final String[] RENDERERS = {"org.stancemap.ui.map.MapViewSkin", "org.stancemap.ui.map.MapSketch",
            "org.stancemap.export.MapDrawing"};

    /** Each renderer draws what {@code layout} computes... */
    static ArchRule rendererUsesLayout(String renderer) {
        return classes().that().haveFullyQualifiedName(renderer)
                .should().dependOnClassesThat().resideInAPackage("org.stancemap.layout..")
                .allowEmptyShould(false);
    }

    /** ... and borrows nothing from another renderer: the rules of placement and framing have one home. */
    static ArchRule rendererDoesNotUseOtherRenderers(String renderer) {
        DescribedPredicate<JavaClass> others = DescribedPredicate.or(java.util.Arrays.stream(RENDERERS)
                .filter(r -> !r.equals(renderer)).map(ArchitectureTest::topLevelIs).toList());
        return noClasses().that(topLevelIs(renderer))
                .should().dependOnClassesThat(others)
                .allowEmptyShould(false);
    }

    /**
     * The first-frame sketch draws from {@code layout} alone: of the live map's package it uses only
     * the measure of names, so both renderers break and fit names alike; and the live map's classes
     * (its skin, layers, badges and curves) never reach into the sketch.
     */
    static final ArchRule SKETCH_BORROWS_NOTHING_FROM_THE_LIVE_MAP = noClasses()
            .that(topLevelIs("org.stancemap.ui.map.MapSketch"))
            .should().dependOnClassesThat(DescribedPredicate.describe("are classes of the live map",
                    (JavaClass c) -> c.getPackageName().equals("org.stancemap.ui.map")
                            && !topLevelIs("org.stancemap.ui.map.MapSketch").test(c)
                            && !topLevelIs("org.stancemap.ui.map.NameWidths").test(c)))
            .allowEmptyShould(false);

    static final ArchRule LIVE_MAP_DOES_NOT_USE_THE_SKETCH = noClasses()
            .that().resideInAPackage("org.stancemap.ui.map")
            .and(DescribedPredicate.not(topLevelIs("org.stancemap.ui.map.MapSketch")))
            .should().dependOnClassesThat(topLevelIs("org.stancemap.ui.map.MapSketch"))
            .allowEmptyShould(false);

    /** The class named {@code name} and the classes nested in it. */
    static DescribedPredicate<JavaClass> topLevelIs(String name) {
        return DescribedPredicate.describe("are " + name,
                c -> c.getName().equals(name) || c.getName().startsWith(name + "$"));
    }

    /** A class of the app outside the given packages and their subpackages. */
    static DescribedPredicate<JavaClass> insideTheAppBut(String... packages) {
        java.util.List<String> allowed = java.util.List.of(packages);
        return DescribedPredicate.describe("are in org.stancemap but not in " + allowed,
                c -> c.getPackageName().startsWith("org.stancemap.") && allowed.stream().noneMatch(
                        p -> c.getPackageName().equals(p) || c.getPackageName().startsWith(p + ".")));
    }

    /** Each view package, which must reach the others only through the application state. */
    static final String[] VIEWS = {"map", "panel", "reader", "header", "about", "present", "quiz", "export", "notice",
            "kiosk", "editor"};

    static ArchRule viewDoesNotUseOtherViews(String view) {
        String[] others = java.util.Arrays.stream(VIEWS).filter(v -> !v.equals(view))
                .map(v -> "org.stancemap.ui." + v + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage("org.stancemap.ui." + view + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .allowEmptyShould(false);
    }

    /**
     * The state's classes hand out read-only properties and take changes through their intents
     * (select, present, blank …), so that the rules of a change live in one place.
     */
    static final ArchRule STATE_HANDS_OUT_NO_WRITABLE_PROPERTY = noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage("org.stancemap.ui.state..")
            .and().arePublic()
            .should().haveRawReturnType(DescribedPredicate.describe("a writable value",
                    (JavaClass type) -> type.isAssignableTo(javafx.beans.value.WritableValue.class)))
            .allowEmptyShould(false);

    /** ... and no view reaches for one that slipped out: only the state's own classes write it. */
    static final ArchRule ONLY_THE_STATE_WRITES_ITSELF = noClasses()
            .that().resideOutsideOfPackage("org.stancemap.ui.state..")
            .should().callMethodWhere(DescribedPredicate.describe("a method of the state returns a writable value",
                    (JavaMethodCall call) -> call.getTargetOwner().getPackageName().startsWith("org.stancemap.ui.state")
                            && call.getTarget().getRawReturnType().isAssignableTo(javafx.beans.value.WritableValue.class)))
            .allowEmptyShould(false);

    @Test
    void viewsChangeTheStateOnlyThroughItsIntents() {
        assertTrue(mainClasses.contain("org.stancemap.ui.state.PresenterState"));
        STATE_HANDS_OUT_NO_WRITABLE_PROPERTY.check(mainClasses);
        ONLY_THE_STATE_WRITES_ITSELF.check(mainClasses);
    }

    @Test
    void stateRulesFailOnAWritablePropertyAndItsWriter() throws ClassNotFoundException {
        JavaClasses violating = new ClassFileImporter().importClasses(
                Class.forName("org.stancemap.ui.state.ArchRuleViolations"),
                Class.forName("org.stancemap.ui.ArchRuleViolations"));
        assertThrows(AssertionError.class, () -> STATE_HANDS_OUT_NO_WRITABLE_PROPERTY.check(violating));
        assertThrows(AssertionError.class, () -> ONLY_THE_STATE_WRITES_ITSELF.check(violating));
    }

    @Test
    void viewsDoNotCallEachOther() {
        for (String view : VIEWS) {
            viewDoesNotUseOtherViews(view).check(mainClasses);
        }
    }

    @Test
    void importSeesTheDataLayerButNoTests() {
        for (String pkg : new String[] {"org.stancemap.model", "org.stancemap.io", "org.stancemap.explainer",
                "org.stancemap.store", "org.stancemap.cli", "org.stancemap.layout", "org.stancemap.tour",
                "org.stancemap.quiz", "org.stancemap.export", "org.stancemap.search", "org.stancemap.kiosk",
                "org.stancemap.draft", "org.stancemap.edit"}) {
            assertTrue(mainClasses.stream().anyMatch(c -> c.getPackageName().equals(pkg)), "no classes in " + pkg);
        }
        assertTrue(mainClasses.contain("org.stancemap.explainer.ExplainerLoader"));
        assertFalse(mainClasses.contain("org.stancemap.model.ArchRuleViolations"), "test classes were imported");
        assertFalse(mainClasses.contain(ArchitectureTest.class), "test classes were imported");
    }

    @Test
    void dataLayerDoesNotDependOnJavaFxOrTheUi() {
        DATA_LAYER_HAS_NO_UI.check(mainClasses);
    }

    @Test
    void modelDoesNotDependOnGson() {
        MODEL_HAS_NO_GSON.check(mainClasses);
    }

    @Test
    void modelDoesNotDependOnIo() {
        MODEL_DOES_NOT_KNOW_IO.check(mainClasses);
    }

    @Test
    void packagesKeepTheirFloors() {
        IO_IS_PLUMBING.check(mainClasses);
        EXPLAINER_STANDS_ON_IO_AND_MODEL.check(mainClasses);
        STORE_STANDS_ON_IO_AND_MODEL.check(mainClasses);
        LAYOUT_AND_EXPLAINER_HAVE_NO_UI.check(mainClasses);
    }

    @Test
    void renderersDrawTheLayoutAndNotEachOther() {
        for (String renderer : RENDERERS) {
            assertTrue(mainClasses.contain(renderer), renderer);
            rendererUsesLayout(renderer).check(mainClasses);
            rendererDoesNotUseOtherRenderers(renderer).check(mainClasses);
        }
        SKETCH_BORROWS_NOTHING_FROM_THE_LIVE_MAP.check(mainClasses);
        LIVE_MAP_DOES_NOT_USE_THE_SKETCH.check(mainClasses);
    }

    @Test
    void floorRulesFailOnClassesThatBreakThem() throws ClassNotFoundException {
        JavaClasses violating = new ClassFileImporter().importClasses(
                Class.forName("org.stancemap.io.ArchRuleViolations"),
                Class.forName("org.stancemap.explainer.ArchRuleViolations"));
        assertThrows(AssertionError.class, () -> IO_IS_PLUMBING.check(violating));
        assertThrows(AssertionError.class, () -> EXPLAINER_STANDS_ON_IO_AND_MODEL.check(violating));
        assertThrows(AssertionError.class, () -> LAYOUT_AND_EXPLAINER_HAVE_NO_UI.check(violating));
    }

    @Test
    void rulesFailOnAClassThatBreaksThem() throws ClassNotFoundException {
        JavaClasses violating = new ClassFileImporter()
                .importClasses(Class.forName("org.stancemap.model.ArchRuleViolations"));
        assertThrows(AssertionError.class, () -> DATA_LAYER_HAS_NO_UI.check(violating));
        assertThrows(AssertionError.class, () -> MODEL_HAS_NO_GSON.check(violating));
        assertThrows(AssertionError.class, () -> MODEL_DOES_NOT_KNOW_IO.check(violating));
    }

    @Test
    void rulesFailWhenTheyCheckNothing() {
        JavaClasses unrelated = new ClassFileImporter().importClasses(String.class);
        assertThrows(AssertionError.class, () -> MODEL_HAS_NO_GSON.check(unrelated));
        assertDoesNotThrow(() -> MODEL_HAS_NO_GSON.check(mainClasses));
    }
}
