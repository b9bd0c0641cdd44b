package com.osb.salesops.shared.process;

import java.util.function.Supplier;

/**
 * Marks the engine calls a client makes itself, through the engine's REST API or the
 * webapps (Tasklist, Cockpit, Admin), apart from the calls the application makes on a
 * user's behalf after checking them by its own rules. Only a client's calls are held to
 * the forms of their tasks.
 */
public final class ClientCalls {

	private static final ThreadLocal<Boolean> client = new ThreadLocal<>();

	private ClientCalls() {
	}

	/** Runs the request of a client of the engine. */
	public static <T> T asClient(Supplier<T> request) {
		Boolean outer = client.get();
		client.set(Boolean.TRUE);
		try {
			return request.get();
		}
		finally {
			if (outer == null) {
				client.remove();
			}
			else {
				client.set(outer);
			}
		}
	}

	static boolean fromClient() {
		return Boolean.TRUE.equals(client.get());
	}

}
