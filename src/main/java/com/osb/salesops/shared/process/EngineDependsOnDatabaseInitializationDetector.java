package com.osb.salesops.shared.process;

import java.util.Set;

import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Starts the engine only after Flyway has migrated the application's tables, so that
 * Flyway never finds an unexpected non-empty schema on a first start and delegates never
 * run against a schema that is not there yet.
 */
class EngineDependsOnDatabaseInitializationDetector extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

	@Override
	protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
		return Set.of(ProcessEngineFactoryBean.class);
	}

}
