package cn.planwatch.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The compendium writer and the wording templates run without Spring and without a database. */
class ReportPiecesArePlainJavaTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.planwatch.report");

	@Test
	void theCompendiumAndTheWordingTemplatesUseNeitherSpringNorJdbcNorTheExcelRouteOfCollection() {
		noClasses().that()
			.resideInAnyPackage("cn.planwatch.report.compendium..", "cn.planwatch.report.wording..")
			// package-info may carry the Spring Modulith @NamedInterface that exposes a package to other modules
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "cn.planwatch.collection..")
			.check(CLASSES);
	}

}
