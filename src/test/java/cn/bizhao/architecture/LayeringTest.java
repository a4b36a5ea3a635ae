package cn.bizhao.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers and arrows of DESIGN.md section 4. */
@AnalyzeClasses(packages = "cn.bizhao", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("App").definedBy("cn.bizhao.app..")
            .layer("Ui").definedBy("cn.bizhao.ui..")
            .layer("Cli").definedBy("cn.bizhao.cli..")
            .layer("Service").definedBy("cn.bizhao.service..")
            .layer("Persistence").definedBy("cn.bizhao.persistence..")
            .layer("Documents").definedBy("cn.bizhao.documents..")
            .layer("Packaging").definedBy("cn.bizhao.packaging..")
            .layer("Capture").definedBy("cn.bizhao.capture..")
            .layer("Security").definedBy("cn.bizhao.security..")
            .layer("Domain").definedBy("cn.bizhao.domain..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Ui", "Cli", "App")
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Service", "App")
            .whereLayer("Documents").mayOnlyBeAccessedByLayers("Service", "App")
            .whereLayer("Packaging").mayOnlyBeAccessedByLayers("Service", "App")
            .whereLayer("Capture").mayOnlyBeAccessedByLayers("Service", "App")
            .whereLayer("Security").mayOnlyBeAccessedByLayers("Service", "App")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Service", "Persistence", "Documents", "Packaging",
                    "Capture", "Security", "Ui", "Cli", "App");

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("cn.bizhao.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                    "org.apache.ibatis..", "org.apache.derby..", "org.flywaydb..", "java.io..", "java.nio.file..",
                    "cn.bizhao.i18n..");

    @ArchTest
    static final ArchRule onlyPersistenceKnowsTheDatabase = noClasses().that().resideOutsideOfPackage("cn.bizhao.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.ibatis..", "org.apache.derby..",
                    "org.flywaydb..", "java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule viewModelsStayOffTheSceneGraph = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");
}
