package cn.planwatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Conventions that keep the modules readable: where SQL and controllers live. */
class ArchitectureTest {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.planwatch");

	@Test
	void sqlIsWrittenOnlyInsideAModulesInternalPackage() {
		noClasses().that()
			.resideOutsideOfPackage("..internal..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
			.check(CLASSES);
	}

	@Test
	void theDataChecksAndTheExcelRouteArePlainJava() {
		// package-info may carry a Spring Modulith @NamedInterface; the classes themselves may not use Spring
		noClasses().that()
			.resideInAnyPackage("cn.planwatch.collection.check..", "cn.planwatch.collection.excel..")
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "cn.planwatch.collection.internal..")
			.check(CLASSES);
	}

	@Test
	void pageControllersLiveInTheWebModule() {
		classes().that().areAnnotatedWith(Controller.class).should().resideInAPackage("cn.planwatch.web").check(CLASSES);
	}

	@Test
	void apiControllersLiveInTheApiModule() {
		classes().that()
			.areAnnotatedWith(RestController.class)
			.should()
			.resideInAPackage("cn.planwatch.api")
			.check(CLASSES);
	}

	@Test
	void controllersAreNotPublic() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.check(CLASSES);
	}

	@Test
	void nothingDependsOnTheWebOrApiModules() {
		noClasses().that()
			.resideOutsideOfPackages("cn.planwatch.web..", "cn.planwatch.api..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("cn.planwatch.web..", "cn.planwatch.api..")
			.check(CLASSES);
	}

}
