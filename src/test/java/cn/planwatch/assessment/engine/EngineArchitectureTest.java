package cn.planwatch.assessment.engine;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The assessment engine is plain Java: fed series, it needs no Spring, no database and no other module. */
class EngineArchitectureTest {

	private static final JavaClasses ENGINE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.planwatch.assessment.engine");

	/** The package's own annotation (the Modulith named interface other modules see it by) is not engine code. */
	@Test
	void theEngineUsesNeitherSpringNorJdbc() {
		noClasses().that()
			.doNotHaveSimpleName("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
			.check(ENGINE);
	}

	@Test
	void theEngineUsesNoOtherPlanWatchPackage() {
		noClasses().should()
			.dependOnClassesThat(resideInAPackage("cn.planwatch..").and(resideOutsideOfPackage("cn.planwatch.assessment.engine")))
			.check(ENGINE);
	}

}
