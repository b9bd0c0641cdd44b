package com.osb.salesops.shared.process;

import java.util.Objects;

import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * People's names and e-mail addresses are the organisation's records: sales ops and HR
 * keep them through the organisation's changes and imports, the administrator in Admin.
 * The engine gives every user all rights on their own user, so without this guard a rep
 * could rename themselves (as the general manager, in every approver's Tasklist), send
 * their notifications to an address outside the company, or delete themselves instead of
 * leaving through a departure that hands their customers and work on. Anyone but an
 * administrator changes their own password only; the application's own steps are not
 * checked here.
 */
class UserDirectoryGuard extends CommandInterceptor {

	@Override
	public <T> T execute(Command<T> command) {
		if ((command instanceof SaveUserCmd || command instanceof DeleteUserCmd) && byUserNotAdministrator()) {
			if (command instanceof DeleteUserCmd) {
				throw new AuthorizationException(Messages.refusal("user-delete-refused",
						"A user leaves through a departure in the organisation (sales ops, HR), which hands their"
								+ " customers and work on, or is deleted by the administrator"));
			}
			User user = EngineCommands.field(command, SaveUserCmd.class, "user");
			User stored = (user.getId() != null)
					? Context.getCommandContext().getReadOnlyIdentityProvider().findUserById(user.getId()) : null;
			if (stored != null && (!Objects.equals(stored.getFirstName(), user.getFirstName())
					|| !Objects.equals(stored.getLastName(), user.getLastName())
					|| !Objects.equals(stored.getEmail(), user.getEmail()))) {
				throw new AuthorizationException(Messages.refusal("profile-kept-by-organisation",
						"Names and e-mail addresses are kept by the organisation (sales ops, HR) and the"
								+ " administrator; a user changes their own password only"));
			}
		}
		return this.next.execute(command);
	}

	private static boolean byUserNotAdministrator() {
		CommandContext context = Context.getCommandContext();
		return EngineCommands.byUser(context) && !EngineCommands.byAdministrator(context);
	}

}
