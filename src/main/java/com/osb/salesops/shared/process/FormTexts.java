package com.osb.salesops.shared.process;

import java.util.Set;

/**
 * Task variables that only word for a task's form what the product keeps elsewhere: a
 * deadline from the task's deadline row, a code's meaning from the code the process
 * holds, a link to a document from the order's files. Set on the task alone when it
 * opens, they are shown in Tasklist as any variable and are not written to the engine's
 * history ({@link FormTextsHistoryPlugin}).
 */
public interface FormTexts {

	/** The names of the task variables. */
	Set<String> formTexts();

}
