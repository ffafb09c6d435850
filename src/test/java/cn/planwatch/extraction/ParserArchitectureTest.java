package cn.planwatch.extraction;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The parser is plain Java: no Spring, no JDBC, no other PlanWatch module, and no JSON library —
 * only java.* and the extraction module's own result records.
 */
class ParserArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.planwatch.extraction");

	@Test
	void parserDependsOnNoSpringJdbcOrDatabase() {
		noClasses().that()
			.resideInAPackage("cn.planwatch.extraction.parser..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "com.fasterxml..", "org.postgresql..")
			.check(CLASSES);
	}

	@Test
	void parserDependsOnNoOtherPlanWatchModule() {
		noClasses().that()
			.resideInAPackage("cn.planwatch.extraction.parser..")
			.should()
			.dependOnClassesThat(resideInAPackage("cn.planwatch..")
				.and(resideOutsideOfPackages("cn.planwatch.extraction", "cn.planwatch.extraction.parser..")))
			.check(CLASSES);
	}

	@Test
	void parserUsesOnlyJavaAndTheExtractionRecords() {
		noClasses().that()
			.resideInAPackage("cn.planwatch.extraction.parser..")
			.should()
			.dependOnClassesThat()
			.resideOutsideOfPackages("java..", "cn.planwatch.extraction", "cn.planwatch.extraction.parser..")
			.check(CLASSES);
	}

}
