package org.alcove;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of ARCHITECTURE.md: ui → catalog → orm, cli → catalog → orm, and never back. */
@AnalyzeClasses(packages = "org.alcove", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule ormKnowsNothingOfTheApplication = noClasses().that().resideInAPackage("org.alcove.orm..")
            .should().dependOnClassesThat().resideInAnyPackage("org.alcove.catalog..", "org.alcove.ui..", "org.alcove.cli..");

    @ArchTest
    static final ArchRule catalogKnowsNothingOfTheWindowOrTheCommandLine = noClasses().that().resideInAPackage("org.alcove.catalog..")
            .should().dependOnClassesThat().resideInAnyPackage("org.alcove.ui..", "org.alcove.cli..", "javafx..", "picocli..");

    @ArchTest
    static final ArchRule windowNeverTouchesTheOrm = noClasses().that().resideInAPackage("org.alcove.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.alcove.orm..");

    @ArchTest
    static final ArchRule uiAndCliDoNotKnowEachOther = noClasses().that().resideInAPackage("org.alcove.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.alcove.cli..");

    @ArchTest
    static final ArchRule cliHasNoWindow = noClasses().that().resideInAPackage("org.alcove.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.alcove.ui..", "javafx..");

    @ArchTest
    static final ArchRule ormInternalsStayInside = noClasses().that().resideOutsideOfPackage("org.alcove.orm..")
            .should().dependOnClassesThat().resideInAPackage("org.alcove.orm.internal..");
}
