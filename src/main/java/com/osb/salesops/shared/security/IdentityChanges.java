package com.osb.salesops.shared.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantGroupMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantUserMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantGroupMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantUserMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveGroupCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTenantCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockUserCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import org.springframework.stereotype.Component;

/**
 * Makes {@link AuthenticatedIdentities} forget as soon as the engine changes who someone
 * is: a user saved (a new password), deleted or unlocked, a group or tenant saved or
 * deleted, a membership made or ended, whichever way it came (Admin, the REST API, the
 * application's own imports); and forget a user whose password check failed, which the
 * engine answers with a delay before the next attempt.
 */
@Component
class IdentityChanges extends AbstractProcessEnginePlugin {

	/** The engine's commands that change users, groups, tenants or memberships. */
	private static final Set<Class<?>> CHANGES = Set.of(SaveUserCmd.class, DeleteUserCmd.class, UnlockUserCmd.class,
			SaveGroupCmd.class, DeleteGroupCmd.class, CreateMembershipCmd.class, DeleteMembershipCmd.class,
			SaveTenantCmd.class, DeleteTenantCmd.class, CreateTenantUserMembershipCmd.class,
			DeleteTenantUserMembershipCmd.class, CreateTenantGroupMembershipCmd.class,
			DeleteTenantGroupMembershipCmd.class);

	private final AuthenticatedIdentities identities;

	IdentityChanges(AuthenticatedIdentities identities) {
		this.identities = identities;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setCustomPostCommandInterceptorsTxRequired(
				with(configuration.getCustomPostCommandInterceptorsTxRequired()));
		configuration.setCustomPostCommandInterceptorsTxRequiresNew(
				with(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
	}

	private List<CommandInterceptor> with(List<CommandInterceptor> existing) {
		List<CommandInterceptor> all = new ArrayList<>();
		if (existing != null) {
			all.addAll(existing);
		}
		all.add(new Watch(this.identities));
		return all;
	}

	/** Watches one chain of commands. */
	private static final class Watch extends CommandInterceptor {

		private final AuthenticatedIdentities identities;

		Watch(AuthenticatedIdentities identities) {
			this.identities = identities;
		}

		@Override
		public <T> T execute(Command<T> command) {
			boolean change = CHANGES.contains(command.getClass());
			if (change) {
				this.identities.forgetAll();
			}
			T result = this.next.execute(command);
			if (change) {
				this.identities.forgetAll();
				CommandContext context = Context.getCommandContext();
				if (context != null) {
					context.getTransactionContext()
						.addTransactionListener(TransactionState.COMMITTED, (committed) -> this.identities.forgetAll());
				}
			}
			else if (command instanceof CheckPassword && !Boolean.TRUE.equals(result)) {
				this.identities.forget(userId(command));
			}
			return result;
		}

		private static String userId(Object command) {
			try {
				Field field = CheckPassword.class.getDeclaredField("userId");
				field.setAccessible(true);
				Object userId = field.get(command);
				return (userId != null) ? userId.toString() : null;
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(
						"This engine version has no CheckPassword.userId: review IdentityChanges", ex);
			}
		}

	}

}
