package com.osb.salesops.shared.process;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the person completing a task entered at it, and nothing else: the fields they
 * submitted that the task's form lets them change. Kept for the length of the completion,
 * so that the audit trail records their own choices, not the process's earlier ones.
 */
final class SubmittedFields {

	private static final ThreadLocal<Map<String, Map<String, Object>>> byTask = ThreadLocal.withInitial(HashMap::new);

	private SubmittedFields() {
	}

	static void submitted(String taskId, Map<String, Object> fields) {
		byTask.get().put(taskId, new LinkedHashMap<>(fields));
	}

	/** The fields entered at the task, in the order given; empty when none. */
	static Map<String, Object> of(String taskId) {
		return byTask.get().getOrDefault(taskId, Map.of());
	}

	static void done(String taskId) {
		byTask.get().remove(taskId);
	}

}
