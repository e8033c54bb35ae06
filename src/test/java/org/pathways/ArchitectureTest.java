package org.pathways;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules about packages, on the platform's own classes (tests and the local launcher
 * excluded): features talk through front doors, so that no feature needs another one that needs it
 * back, and the shared base ({@code platform}) needs no feature at all.
 */
class ArchitectureTest {

  private static JavaClasses platform;

  @BeforeAll
  static void importTheClasses() {
    platform =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.pathways");
  }

  @Test
  void noFeatureDependsOnAFeatureThatDependsOnIt() {
    slices().matching("org.pathways.(*)..").should().beFreeOfCycles().check(platform);
  }

  @Test
  void theSharedBaseDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("org.pathways.platform..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.pathways..")
                .and(DescribedPredicate.not(resideInAPackage("org.pathways.platform.."))))
        .check(platform);
  }
}
