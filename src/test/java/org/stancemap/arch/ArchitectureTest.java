package org.stancemap.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The data and logic layers (model, io, layout, tour, cli, study, export, search, kiosk, draft) stay free of the UI
 * toolkit, the model of JSON, and the views talk through the shared state rather than to each other.
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
            .that().resideInAnyPackage("org.stancemap.model..", "org.stancemap.io..", "org.stancemap.cli..",
                    "org.stancemap.layout..", "org.stancemap.tour..", "org.stancemap.study..", "org.stancemap.export..",
                    "org.stancemap.search..", "org.stancemap.kiosk..", "org.stancemap.draft..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.stancemap.ui..")
            .allowEmptyShould(false);

    static final ArchRule MODEL_HAS_NO_GSON = noClasses()
            .that().resideInAPackage("org.stancemap.model..")
            .should().dependOnClassesThat().resideInAPackage("com.google.gson..")
            .allowEmptyShould(false);

    static final ArchRule MODEL_DOES_NOT_KNOW_IO = noClasses()
            .that().resideInAPackage("org.stancemap.model..")
            .should().dependOnClassesThat().resideInAPackage("org.stancemap.io..")
            .allowEmptyShould(false);

    /** Each view package, which must reach the others only through the application state. */
    static final String[] VIEWS = {"map", "panel", "reader", "header", "about", "present", "study", "kiosk"};

    static ArchRule viewDoesNotUseOtherViews(String view) {
        String[] others = java.util.Arrays.stream(VIEWS).filter(v -> !v.equals(view))
                .map(v -> "org.stancemap.ui." + v + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage("org.stancemap.ui." + view + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .allowEmptyShould(false);
    }

    @Test
    void viewsDoNotCallEachOther() {
        for (String view : VIEWS) {
            viewDoesNotUseOtherViews(view).check(mainClasses);
        }
    }

    @Test
    void importSeesTheDataLayerButNoTests() {
        for (String pkg : new String[] {"org.stancemap.model", "org.stancemap.io", "org.stancemap.cli",
                "org.stancemap.layout", "org.stancemap.tour", "org.stancemap.study", "org.stancemap.export",
                "org.stancemap.search", "org.stancemap.kiosk", "org.stancemap.draft"}) {
            assertTrue(mainClasses.stream().anyMatch(c -> c.getPackageName().equals(pkg)), "no classes in " + pkg);
        }
        assertTrue(mainClasses.contain("org.stancemap.io.ExplainerLoader"));
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
