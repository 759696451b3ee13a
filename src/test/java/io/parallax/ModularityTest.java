package io.parallax;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules' boundaries hold (no cycles, no reaching into another module's internals), and their
 * documentation is generated into target/spring-modulith-docs.
 */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(ParallaxApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
