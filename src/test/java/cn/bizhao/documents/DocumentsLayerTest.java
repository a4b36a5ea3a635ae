package cn.bizhao.documents;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The documents layer sits on the domain and the bundles only (DESIGN.md section 4). */
class DocumentsLayerTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.bizhao");

    @Test
    void documentsUseOnlyTheDomainTheBundlesTheJdkAndTheirLibraries() {
        classes().that().resideInAPackage("cn.bizhao.documents..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("cn.bizhao.documents..", "cn.bizhao.domain..",
                        "cn.bizhao.i18n..", "java..", "javax.print..", "javax.imageio..", "org.apache.pdfbox..",
                        "org.apache.fontbox..", "com.google.zxing..")
                .check(CLASSES);
    }

    @Test
    void documentsUseNoJavaFxAndNoJdbc() {
        noClasses().that().resideInAPackage("cn.bizhao.documents..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..")
                .check(CLASSES);
    }
}
