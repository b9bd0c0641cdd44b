package com.osb.salesops.shared.process;

import java.util.LinkedHashSet;
import java.util.Set;

import com.osb.salesops.shared.notification.Notifications;
import com.osb.salesops.shared.notification.Text;
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
		Text subject = (orderNumber != null)
				? Text.of("task-waiting.subject-order", "{0}: order {1}", this.notifications.taskName(task.getName()),
						orderNumber.toString())
				: Text.of("task-waiting.subject", "{0}", this.notifications.taskName(task.getName()));
		this.notifications.notify((orderNumber != null) ? orderNumber.toString() : null, recipients, subject,
				Text.of("task-waiting.body", "A task waits for you in Tasklist: {0}.", subject));
	}

}
