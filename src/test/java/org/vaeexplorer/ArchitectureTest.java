package org.vaeexplorer;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers of docs/architecture.md, kept true (JabRef keeps its gui -> logic -> model rule the same way):
 * <pre>
 *   ui, cli -> train -> store -> model -> data;  analysis, evaluation -> model, data;  augmentation -> evaluation;  instruments -> ui, cli;
 *   Main wires them
 * </pre>
 * and inside the window, one package per feature: the teaching tools know only the shared infrastructure
 * (ui.fx) and the latent plane, never each other; the maths lives below ui, not in it.
 */
class ArchitectureTest {

    private static final String APP = "org.vaeexplorer";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(APP);

    private static final ArchRule layersPointOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("fault").definedBy(APP + ".fault..")
            .layer("data").definedBy(APP + ".data..")
            .layer("model").definedBy(APP + ".model..")
            .layer("store").definedBy(APP + ".store..")
            .layer("analysis").definedBy(APP + ".analysis..")
            .layer("evaluation").definedBy(APP + ".evaluation..")
            .layer("augmentation").definedBy(APP + ".augmentation..")
            .layer("train").definedBy(APP + ".train..")
            .layer("ui").definedBy(APP + ".ui..")
            .layer("cli").definedBy(APP + ".cli..")
            .layer("instruments").definedBy(APP + ".instruments..")
            .layer("main").definedBy(APP)
            .whereLayer("main").mayNotBeAccessedByAnyLayer()
            .whereLayer("instruments").mayOnlyBeAccessedByLayers("main")
            .whereLayer("ui").mayOnlyBeAccessedByLayers("instruments", "main")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("instruments", "main")
            .whereLayer("train").mayOnlyBeAccessedByLayers("ui", "cli", "instruments", "main")
            .whereLayer("analysis").mayOnlyBeAccessedByLayers("ui", "cli", "instruments", "main")
            .whereLayer("evaluation").mayOnlyBeAccessedByLayers("augmentation", "ui", "cli", "instruments", "main")
            .whereLayer("augmentation").mayOnlyBeAccessedByLayers("ui", "cli", "instruments", "main")
            .whereLayer("store").mayOnlyBeAccessedByLayers("train", "ui", "cli", "instruments", "main")
            .whereLayer("model").mayOnlyBeAccessedByLayers("store", "analysis", "evaluation", "augmentation", "train", "ui", "cli", "instruments", "main")
            .whereLayer("data").mayOnlyBeAccessedByLayers("model", "store", "analysis", "evaluation", "augmentation", "train", "ui", "cli",
                    "instruments", "main")
            .whereLayer("fault").mayOnlyBeAccessedByLayers("data", "model", "store", "analysis", "evaluation", "augmentation",
                    "train", "ui", "cli", "instruments", "main");

    private static final ArchRule dataNeedsOnlyTheJdk = classes().that().resideInAPackage(APP + ".data..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.slf4j..", APP + ".data..", APP + ".fault..");

    private static final ArchRule faultsNeedOnlyTheJdk = classes().that().resideInAPackage(APP + ".fault..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", APP + ".fault..")
            .because("every layer words its faults through it, the lowest one included");

    private static final ArchRule nothingInTheProductDependsOnTheInstruments = noClasses()
            .that().resideOutsideOfPackage(APP + ".instruments..")
            .and().doNotHaveFullyQualifiedName(Main.class.getName())
            .should().dependOnClassesThat().resideInAPackage(APP + ".instruments..")
            .because("bench and soak harnesses observe the app from outside; the product carries no hooks for them");

    private static final ArchRule onlyTheWindowKnowsJavaFxAndJFreeChart = noClasses()
            .that().resideOutsideOfPackages(APP + ".ui..", APP + ".instruments..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree..");

    private static final ArchRule theToolsDoNotKnowEachOther = slices().matching(APP + ".ui.tools.(*)..")
            .should().notDependOnEachOther();

    private static final ArchRule theToolsKnowOnlyTheSharedUiAndThePlane = noClasses()
            .that().resideInAPackage(APP + ".ui.tools.*..")
            .should().dependOnClassesThat(resideInAPackage(APP + ".ui..")
                    .and(not(resideInAnyPackage(APP + ".ui.fx..", APP + ".ui.plane..", APP + ".ui.tools.*.."))))
            .because("a teaching tool is a room of its own: shared infrastructure (ui.fx) and the latent plane only");

    private static final ArchRule theEvaluateTabKnowsOnlyTheSharedUi = noClasses()
            .that().resideInAPackage(APP + ".ui.evaluate..")
            .should().dependOnClassesThat(resideInAPackage(APP + ".ui..")
                    .and(not(resideInAnyPackage(APP + ".ui.fx..", APP + ".ui.evaluate.."))))
            .because("the Evaluate tab sees the model on screen as parameters and data, and kept runs through a seam:"
                    + " the window wires it (ui.app), so it stays out of the runs and the plane");

    private static final ArchRule theLessonKnowsOnlyTheSharedUi = noClasses()
            .that().resideInAPackage(APP + ".ui.lesson..")
            .should().dependOnClassesThat(resideInAPackage(APP + ".ui..")
                    .and(not(resideInAnyPackage(APP + ".ui.fx..", APP + ".ui.lesson.."))))
            .because("a lesson step asks the window for a model, a tab, a preset through a seam (LessonWindow) that the"
                    + " window implements (ui.app), so the lesson stays out of the features it sets up");

    private static final ArchRule theWindowsFeaturesHaveNoCycles = slices().matching(APP + ".ui.(*)..")
            .should().beFreeOfCycles();

    private static final ArchRule noJavaFxFreeLogicInTheUi = classes()
            .that().resideInAPackage(APP + ".ui..")
            .and().resideOutsideOfPackage(APP + ".ui.fx..")
            .and().areTopLevelClasses()
            .should(useJavaFxOrBeAValue())
            .because("maths that needs no JavaFX belongs below the ui (analysis, model), where it is tested without it");

    private static final ArchRule onlyTheCommandLinePrints = noClasses()
            .that().resideInAnyPackage(APP + ".data..", APP + ".model..", APP + ".store..", APP + ".analysis..",
                    APP + ".evaluation..", APP + ".augmentation..", APP + ".train..", APP + ".ui..", APP + ".instruments..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace");

    /**
     * A class of the window either touches JavaFX or JFreeChart (itself or through a nested class), or is a value
     * (record, enum) or a seam (interface): a class of plain logic belongs in analysis or model.
     */
    private static ArchCondition<JavaClass> useJavaFxOrBeAValue() {
        return new ArchCondition<>("use JavaFX or JFreeChart, or be a record, an enum or an interface") {
            @Override
            public void check(JavaClass top, ConditionEvents events) {
                boolean value = top.isRecord() || top.isEnum() || top.isInterface();
                boolean fx = Stream.concat(Stream.of(top), CLASSES.stream().filter(c -> isNestedIn(c, top)))
                        .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                        .map(Dependency::getTargetClass)
                        .anyMatch(t -> t.getPackageName().startsWith("javafx.") || t.getPackageName().startsWith("org.jfree."));
                if (!value && !fx) {
                    events.add(SimpleConditionEvent.violated(top, top.getName()
                            + " is plain logic without JavaFX: move it to analysis (or model)"));
                }
            }
        };
    }

    private static boolean isNestedIn(JavaClass candidate, JavaClass top) {
        return candidate.getName().startsWith(top.getName() + "$");
    }

    @Test
    void layersPointOneWay() {
        layersPointOneWay.check(CLASSES);
    }

    @Test
    void dataNeedsOnlyTheJdk() {
        dataNeedsOnlyTheJdk.check(CLASSES);
    }

    @Test
    void faultsNeedOnlyTheJdk() {
        faultsNeedOnlyTheJdk.check(CLASSES);
    }

    @Test
    void nothingInTheProductDependsOnTheInstruments() {
        nothingInTheProductDependsOnTheInstruments.check(CLASSES);
    }

    @Test
    void onlyTheWindowKnowsJavaFxAndJFreeChart() {
        onlyTheWindowKnowsJavaFxAndJFreeChart.check(CLASSES);
    }

    @Test
    void theToolsDoNotKnowEachOther() {
        theToolsDoNotKnowEachOther.check(CLASSES);
    }

    @Test
    void theToolsKnowOnlyTheSharedUiAndThePlane() {
        theToolsKnowOnlyTheSharedUiAndThePlane.check(CLASSES);
    }

    @Test
    void theEvaluateTabKnowsOnlyTheSharedUi() {
        theEvaluateTabKnowsOnlyTheSharedUi.check(CLASSES);
    }

    @Test
    void theLessonKnowsOnlyTheSharedUi() {
        theLessonKnowsOnlyTheSharedUi.check(CLASSES);
    }

    @Test
    void theWindowsFeaturesHaveNoCycles() {
        theWindowsFeaturesHaveNoCycles.check(CLASSES);
    }

    @Test
    void noJavaFxFreeLogicInTheUi() {
        noJavaFxFreeLogicInTheUi.check(CLASSES);
    }

    @Test
    void onlyTheCommandLinePrints() {
        onlyTheCommandLinePrints.check(CLASSES);
    }
}
