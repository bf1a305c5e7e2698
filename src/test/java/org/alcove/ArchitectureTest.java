package org.alcove;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md: ui → catalog → orm, cli → catalog → orm, never back, and
 * the ORM's internals (org.alcove.orm.internal: the SQL dialect, table definitions) used by the
 * ORM alone. Each rule is also run on a class made to break it, so a rule that cannot fail (one
 * naming a package that does not exist) fails here instead of passing quietly.
 */
@AnalyzeClasses(packages = "org.alcove", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule ormKnowsNothingOfTheApplication = noClasses().that().resideInAPackage("org.alcove.orm..")
            .should().dependOnClassesThat().resideInAnyPackage("org.alcove.catalog..", "org.alcove.ui..", "org.alcove.cli..")
            .because("the ORM is a library the catalogue is built on; it must work for any models (docs/architecture.md)");

    @ArchTest
    static final ArchRule catalogKnowsNothingOfTheWindowOrTheCommandLine = noClasses().that().resideInAPackage("org.alcove.catalog..")
            .should().dependOnClassesThat().resideInAnyPackage("org.alcove.ui..", "org.alcove.cli..", "javafx..", "picocli..")
            .because("the window and the command line are two faces of the same catalogue services");

    @ArchTest
    static final ArchRule windowNeverTouchesTheOrm = noClasses().that().resideInAPackage("org.alcove.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.alcove.orm..")
            .because("view models call catalogue services; queries belong to the catalogue layer");

    @ArchTest
    static final ArchRule commandLineNeverTouchesTheOrm = noClasses().that().resideInAPackage("org.alcove.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.alcove.orm..")
            .because("commands parse arguments and print; what they do is a catalogue service, as for the window");

    @ArchTest
    static final ArchRule uiAndCliDoNotKnowEachOther = noClasses().that().resideInAPackage("org.alcove.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.alcove.cli..")
            .because("either can change without the other");

    @ArchTest
    static final ArchRule cliHasNoWindow = noClasses().that().resideInAPackage("org.alcove.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.alcove.ui..", "javafx..")
            .because("the command line runs headless, on servers and in CI");

    @ArchTest
    static final ArchRule ormInternalsStayInside = noClasses().that().resideOutsideOfPackage("org.alcove.orm..")
            .should().dependOnClassesThat().resideInAPackage("org.alcove.orm.internal..")
            .because("the dialect and table definitions change with each backend (SQLite today, PostgreSQL next); "
                    + "code outside the ORM uses Database, QuerySet and SchemaEditor");

    /** Classes made to break the rules: if a rule passes on them, it checks nothing. */
    static final List<ArchRule> RULES = List.of(ormInternalsStayInside, commandLineNeverTouchesTheOrm, windowNeverTouchesTheOrm,
            catalogKnowsNothingOfTheWindowOrTheCommandLine, ormKnowsNothingOfTheApplication);

    @Test
    void everyRuleFailsOnAClassThatBreaksIt() {
        JavaClasses breakers = new ClassFileImporter().importPackages("org.alcove.cli.archfixture", "org.alcove.ui.archfixture",
                "org.alcove.catalog.archfixture", "org.alcove.orm.archfixture");
        assertThat(breakers).isNotEmpty();
        for (ArchRule rule : RULES) {
            assertThat(rule.evaluate(breakers).hasViolation()).as(rule.getDescription()).isTrue();
        }
    }

    /** Surefire runs classes named *Test, *Tests and *Properties, failsafe *IT (pom.xml); a test class named otherwise would never run. */
    @Test
    void everyTestClassIsNamedSoMavenRunsIt() {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("org.alcove");
        List<String> missed = tests.stream().filter(ArchitectureTest::hasTests)
                .filter(c -> !c.isAnnotatedWith("org.junit.jupiter.api.condition.EnabledIfSystemProperty"))
                .map(JavaClass::getName).filter(n -> !n.contains("$"))
                .filter(n -> !(n.endsWith("Test") || n.endsWith("Tests") || n.endsWith("Properties") || n.endsWith("IT"))).toList();
        assertThat(missed).as("test classes surefire does not run").isEmpty();
    }

    private static boolean hasTests(JavaClass c) {
        return c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith("org.junit.jupiter.api.Test") || m.isAnnotatedWith("net.jqwik.api.Property")
                || m.isAnnotatedWith("org.junit.jupiter.params.ParameterizedTest"));
    }
}
