package com.osb.salesops.shared.process;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Engine hardening that configuration properties alone cannot express, and the checks a
 * task must pass before it completes ({@link TaskCompletionCheck}).
 */
@Component
class SecureEnginePlugin extends AbstractProcessEnginePlugin {

	private final Supplier<List<TaskCompletionCheck>> completionChecks;

	SecureEnginePlugin(ObjectProvider<TaskCompletionCheck> completionChecks) {
		this.completionChecks = SingletonSupplier.of(() -> completionChecks.orderedStream().toList());
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setManagementService(new JobsGuard.CheckedManagementService(configuration));
		EngineCommands.intercept(configuration, StepRefusals::new, QueryExpressionGuard::new, TaskFormGuard::new,
				FailedLoginLog::new, DeploymentGuard::new, UserDirectoryGuard::new, TaskAssignmentGuard::new,
				RevokeGuard::new, TenantGuard::new, JobsGuard::new, QueryInputGuard::new,
				() -> new TaskCompletionChecks(this.completionChecks));
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		JobsGuard.install(configuration);
	}

	/**
	 * Refuses to start on a database that holds revoking authorizations or tenants, which
	 * the engine is told not to read ({@link RevokeGuard}, {@link TenantGuard}).
	 */
	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		long revokes = engine.getAuthorizationService()
			.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_REVOKE)
			.count();
		if (revokes > 0) {
			throw new IllegalStateException(revokes + " authorizations of type REVOKE exist, which this application"
					+ " does not read (authorizationCheckRevokes: never). Replace each with a narrower grant.");
		}
		long tenants = engine.getIdentityService().createTenantQuery().count();
		if (tenants > 0) {
			throw new IllegalStateException(tenants + " tenants exist, which this application does not check"
					+ " (tenantCheckEnabled: false). Delete them; markets and regions are kept in the sales"
					+ " organisation.");
		}
	}

}
