package org.vaeexplorer;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The layers of STYLE.md, kept true: data -> model -> train -> ui | cli, wired together only in Main.
 * (JabRef keeps its gui -> logic -> model rule the same way.)
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.vaeexplorer");

    private static final ArchRule layersPointOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("data").definedBy("org.vaeexplorer.data..")
            .layer("model").definedBy("org.vaeexplorer.model..")
            .layer("train").definedBy("org.vaeexplorer.train..")
            .layer("ui").definedBy("org.vaeexplorer.ui..")
            .layer("cli").definedBy("org.vaeexplorer.cli..")
            .layer("main").definedBy("org.vaeexplorer")
            .whereLayer("main").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("main")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("main")
            .whereLayer("train").mayOnlyBeAccessedByLayers("ui", "cli", "main")
            .whereLayer("model").mayOnlyBeAccessedByLayers("train", "ui", "cli", "main")
            .whereLayer("data").mayOnlyBeAccessedByLayers("model", "train", "ui", "cli", "main");

    private static final ArchRule dataNeedsOnlyTheJdk = classes().that().resideInAPackage("org.vaeexplorer.data..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.slf4j..", "org.vaeexplorer.data..");

    private static final ArchRule onlyTheUiKnowsJavaFxAndJFreeChart = noClasses()
            .that().resideOutsideOfPackage("org.vaeexplorer.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree..");

    private static final ArchRule onlyTheCommandLinePrints = noClasses()
            .that().resideInAnyPackage("org.vaeexplorer.data..", "org.vaeexplorer.model..",
                    "org.vaeexplorer.train..", "org.vaeexplorer.ui..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace");

    @Test
    void layersPointOneWay() {
        layersPointOneWay.check(CLASSES);
    }

    @Test
    void dataNeedsOnlyTheJdk() {
        dataNeedsOnlyTheJdk.check(CLASSES);
    }

    @Test
    void onlyTheUiKnowsJavaFxAndJFreeChart() {
        onlyTheUiKnowsJavaFxAndJFreeChart.check(CLASSES);
    }

    @Test
    void onlyTheCommandLinePrints() {
        onlyTheCommandLinePrints.check(CLASSES);
    }
}
