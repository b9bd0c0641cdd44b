package com.osb.salesops.shared.process;

import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * The product grants and never revokes: each role gets what it may do
 * ({@code RoleAuthorizations}) and nothing else. So the engine is told not to look for
 * revoking authorizations on every authorization check
 * ({@code authorizationCheckRevokes: never}), and this guard keeps that true: an
 * authorization of type REVOKE is refused, from Admin or the REST API, with the reason,
 * and nothing is stored. Take a right away by deleting or narrowing its grant.
 */
class RevokeGuard extends CommandInterceptor {

	@Override
	public <T> T execute(Command<T> command) {
		if (command instanceof SaveAuthorizationCmd) {
			AuthorizationEntity authorization = EngineCommands.field(command, SaveAuthorizationCmd.class,
					"authorization");
			if (authorization != null && authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
				throw new BadUserRequestException(Messages.refusal("revoke-not-used",
						"Authorizations of type REVOKE are not used here: the engine does not read them."
								+ " Take a right away by deleting or narrowing the grant that gives it."));
			}
		}
		return this.next.execute(command);
	}

}
