package com.osb.salesops.shared.process;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

import com.osb.salesops.shared.SalesOpsProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The groups that hold any authorization, read for all commands at most once in a while
 * ({@code salesops.security.identity-cache-time}) instead of once in every command that
 * checks an authorization. The engine checks a caller's rights through those of their
 * groups that hold authorizations, so this list only narrows which groups a check names:
 * <ul>
 * <li>An authorization saved through the engine on this node for a group not on the list
 * forgets the list at once, and again when its transaction commits, so the next check
 * reads it afresh.</li>
 * <li>A group that lost its last authorization but is still listed is named in checks
 * that find nothing for it: nothing more is allowed. So a deletion leaves the list as it
 * is.</li>
 * <li>A group given its first authorization on another node is seen here within the time
 * above; until then its members are refused what only that authorization grants, never
 * allowed more.</li>
 * </ul>
 * {@code 0s} reads the list in every command, as the engine does.
 */
@Component
class AuthorizedGroups extends AbstractProcessEnginePlugin {

	private final long timeToLiveNanos;

	private final AtomicLong generation = new AtomicLong();

	private volatile Known known;

	@Autowired
	AuthorizedGroups(SalesOpsProperties properties) {
		this(properties.security().identityCacheTime());
	}

	AuthorizedGroups(Duration timeToLive) {
		this.timeToLiveNanos = timeToLive.toNanos();
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		CustomSessions.add(configuration, AuthorizationManager.class, () -> new Manager(this));
	}

	/** The groups holding authorizations: remembered ones, else those read now. */
	Set<String> get(Supplier<Set<String>> read) {
		if (this.timeToLiveNanos <= 0) {
			return read.get();
		}
		Known remembered = this.known;
		if (remembered != null && remembered.expiresAt() - System.nanoTime() > 0) {
			return remembered.groups();
		}
		long before = this.generation.get();
		Set<String> groups = Set.copyOf(read.get());
		synchronized (this) {
			// not kept when an authorization changed while it was read
			if (this.generation.get() == before) {
				this.known = new Known(groups, System.nanoTime() + this.timeToLiveNanos);
			}
		}
		return groups;
	}

	/**
	 * Called when an authorization for the group is saved: a group not on the list is put
	 * on it by reading the list again, now and when the command's transaction has
	 * committed. For a group already listed (each task's authorizations for its candidate
	 * groups) the list stays; only a list being read meanwhile, which may have been read
	 * before the commit, is not kept.
	 */
	void saving(String group) {
		if (group == null) {
			return;
		}
		Known remembered = this.known;
		boolean listed = remembered != null && remembered.groups().contains(group);
		change(!listed);
		CommandContext command = Context.getCommandContext();
		if (command != null) {
			command.getTransactionContext()
				.addTransactionListener(TransactionState.COMMITTED, (ignored) -> change(!listed));
		}
	}

	private synchronized void change(boolean forget) {
		this.generation.incrementAndGet();
		if (forget) {
			this.known = null;
		}
	}

	private record Known(Set<String> groups, long expiresAt) {
	}

	/**
	 * The engine's authorization manager, with the list of groups shared between
	 * commands.
	 */
	static class Manager extends AuthorizationManager {

		private final AuthorizedGroups shared;

		Manager(AuthorizedGroups shared) {
			this.shared = shared;
		}

		@Override
		protected Set<String> getAllGroups() {
			if (this.availableAuthorizedGroupIds == null) {
				this.availableAuthorizedGroupIds = this.shared.get(super::getAllGroups);
			}
			return this.availableAuthorizedGroupIds;
		}

		@Override
		public void insert(DbEntity authorization) {
			if (authorization instanceof AuthorizationEntity entity) {
				this.shared.saving(entity.getGroupId());
			}
			super.insert(authorization);
		}

		@Override
		public void update(AuthorizationEntity authorization) {
			this.shared.saving(authorization.getGroupId());
			super.update(authorization);
		}

	}

}
