package com.osb.salesops.shared.process;

/**
 * How deep in engine commands a thread is, as one interceptor counts them: level 1 is the
 * command a caller sent, deeper ones are the commands its steps run. Each interceptor
 * keeps its own count, since each sees every command once.
 */
final class CommandDepth {

	private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

	/** Enters a command; the level it runs at. */
	int enter() {
		return ++this.depth.get()[0];
	}

	/** Leaves the command entered last. */
	void leave() {
		this.depth.get()[0]--;
	}

}
