package com.osb.salesops.shared.web;

/**
 * A request that changed what someone else changed at the same moment: its transaction
 * rolled back, so nothing of it was kept, and it may be sent again (409).
 */
public final class ChangedMeanwhile {

	/**
	 * In the caller's language as {@code problem.changed-meanwhile} (the application's
	 * API) and {@code engine.conflict} (the engine's).
	 */
	public static final String ENGLISH = "Someone else changed this at the same moment, so nothing of the request was kept: send it again";

	private ChangedMeanwhile() {
	}

}
