package com.osb.salesops;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The boundaries of the code base: the engine, the rule engine and each capability stay
 * where they belong.
 */
@AnalyzeClasses(packages = "com.osb.salesops", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	/** Identity and authorization are the engine's, so security may use it too. */
	@ArchTest
	static final ArchRule camundaOnlyInProcessAndSecurityCode = noClasses().that()
		.resideOutsideOfPackages("..process..", "..shared.security..", "com.osb.salesops")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.camunda..");

	/** What the application says goes to its log, never to the console past it. */
	@ArchTest
	static final ArchRule nothingWritesToTheConsole = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

	@ArchTest
	static final ArchRule droolsOnlyInRulesCode = noClasses().that()
		.resideOutsideOfPackages("..rules..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.kie..", "org.drools..");

	@ArchTest
	static final ArchRule sharedKnowsNoCapability = noClasses().that()
		.resideInAPackage("..shared..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..credit..", "..ordertocash..", "..quota..", "..incentive..", "..integration..",
				"..masterdata..", "..demo..");

	@ArchTest
	static final ArchRule modelsAreFreeOfFrameworks = noClasses().that()
		.resideInAPackage("..model..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "org.camunda..", "org.kie..", "org.drools..")
		.allowEmptyShould(true);

	@ArchTest
	static final ArchRule capabilitiesKeepModelAndPersistenceToThemselves = classes().that()
		.resideInAPackage("com.osb.salesops..")
		.should(new ArchCondition<JavaClass>("not reach into another capability's model or persistence") {
			@Override
			public void check(JavaClass item, ConditionEvents events) {
				String own = capability(item.getPackageName());
				for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
					String target = dependency.getTargetClass().getPackageName();
					String other = capability(target);
					boolean internal = target.contains(".model") || target.contains(".persistence");
					if (other != null && !other.equals(own) && !"shared".equals(other) && internal) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		});

	private static String capability(String packageName) {
		String root = "com.osb.salesops.";
		if (!packageName.startsWith(root)) {
			return null;
		}
		return packageName.substring(root.length()).split("\\.")[0];
	}

}
