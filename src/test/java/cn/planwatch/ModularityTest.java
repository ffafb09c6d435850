package cn.planwatch;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Fails when a module reaches into another's internals, when modules depend on each other in a
 * cycle, or when a module uses one it did not declare (see docs/ARCHITECTURE.md).
 */
class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(PlanWatchApplication.class);

	@Test
	void modulesRespectEachOthersInternalsAndDeclaredDependencies() {
		MODULES.verify();
	}

}
