package com.osb.salesops.shared.process;

import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cmd.SaveTenantCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The company is one organisation: its models, processes and tasks belong to no tenant.
 * So the engine is told not to add tenant conditions to every query and command
 * ({@code tenantCheckEnabled: false}), and this guard keeps that true: creating or
 * changing a tenant is refused, from Admin or the REST API, with the reason, and nothing
 * is stored. Markets and regions are the product's own organisation (master data), not
 * tenants.
 */
class TenantGuard extends CommandInterceptor {

	@Override
	public <T> T execute(Command<T> command) {
		if (command instanceof SaveTenantCmd) {
			throw new BadUserRequestException(
					Messages.refusal("tenant-not-used", "Tenants are not used here: the engine does not check them."
							+ " Markets and regions are kept in the sales organisation."));
		}
		return this.next.execute(command);
	}

}
