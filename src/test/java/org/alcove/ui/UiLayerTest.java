package org.alcove.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.alcove", importOptions = ImportOption.DoNotIncludeTests.class)
class UiLayerTest {
    @ArchTest
    static final ArchRule windowNeverTouchesTheOrm = noClasses().that().resideInAPackage("org.alcove.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.alcove.orm..");

    @ArchTest
    static final ArchRule catalogueKnowsNothingOfJavaFx = noClasses().that().resideInAPackage("org.alcove.catalog..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");
}
