package com.osb.salesops.shared.process;

import java.util.LinkedHashSet;
import java.util.Set;

import com.osb.salesops.shared.notification.Notifications;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;

/**
 * Tells the people who can take a new task that it is waiting for them.
 */
class TaskNotificationListener implements TaskListener {

	private final Notifications notifications;

	TaskNotificationListener(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public void notify(DelegateTask task) {
		Set<String> recipients = new LinkedHashSet<>();
		if (task.getAssignee() != null) {
			recipients.add(task.getAssignee());
		}
		for (IdentityLink candidate : task.getCandidates()) {
			recipients.add((candidate.getUserId() != null) ? candidate.getUserId() : candidate.getGroupId());
		}
		if (recipients.isEmpty()) {
			return;
		}
		Object orderNumber = task.getVariable("orderNumber");
		String subject = task.getName() + ((orderNumber != null) ? ": order " + orderNumber : "");
		this.notifications.notify((orderNumber != null) ? orderNumber.toString() : null, recipients, subject,
				"A task waits for you in Tasklist: " + subject + ".");
	}

}
