package com.osb.salesops.shared.transaction;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work a transaction gathers as it goes and does once, just before it commits: made on
 * first use, bound to the transaction under its owner's key, forgotten when the
 * transaction ends (nothing is done on a rollback).
 */
public abstract class BeforeCommit implements TransactionSynchronization {

	private final Object owner;

	private boolean done;

	protected BeforeCommit(Object owner) {
		this.owner = owner;
	}

	/**
	 * The current transaction's work for the owner, made and registered on first use; or
	 * none outside a transaction, in a read-only one and once it has been done, when the
	 * caller does its work at once.
	 * @param owner whose work it is (one each per transaction)
	 * @param make makes the work, for the owner
	 * @return the work still to be done, or null
	 */
	@SuppressWarnings("unchecked")
	public static <T extends BeforeCommit> T of(Object owner, Supplier<T> make) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()
				|| TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return null;
		}
		T work = (T) TransactionSynchronizationManager.getResource(owner);
		if (work == null) {
			work = make.get();
			TransactionSynchronizationManager.bindResource(owner, work);
			TransactionSynchronizationManager.registerSynchronization(work);
		}
		return ((BeforeCommit) work).done ? null : work;
	}

	/** Does the work gathered so far. */
	protected abstract void run();

	@Override
	public final void beforeCommit(boolean readOnly) {
		this.done = true;
		run();
	}

	@Override
	public final void afterCompletion(int status) {
		TransactionSynchronizationManager.unbindResourceIfPossible(this.owner);
	}

}
