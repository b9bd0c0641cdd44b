package com.osb.salesops.ordertocash.process;

import java.util.List;

import com.osb.salesops.ordertocash.order.OpenOrders;
import com.osb.salesops.shared.process.SystemActions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a customer goes to another rep, its open orders and their tasks follow: each order
 * names the new rep, the processes of the order address their next tasks to the new rep,
 * and the tasks open now that the old rep was to do are offered to the new rep instead.
 */
@Component
public class OrderHandover {

	private final OpenOrders orders;

	private final ProcessEngine engine;

	private final SystemActions system;

	OrderHandover(OpenOrders orders, ProcessEngine engine, SystemActions system) {
		this.orders = orders;
		this.engine = engine;
		this.system = system;
	}

	/**
	 * @return the numbers of the orders handed over
	 */
	@Transactional
	public List<String> handOver(long customerId, String oldUserId, String newRepId, String newUserId, String actor,
			String requestId) {
		List<String> numbers = this.orders.handOver(customerId, newRepId, actor, requestId);
		this.system.run(() -> {
			numbers.forEach((number) -> follow(number, oldUserId, newUserId));
			return numbers;
		});
		return numbers;
	}

	private void follow(String number, String oldUserId, String newUserId) {
		for (ProcessInstance instance : this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(number)
			.list()) {
			this.engine.getRuntimeService()
				.setVariable(instance.getId(), OrderToRemittanceProcess.REP_USER_ID.name(), newUserId);
		}
		for (Task task : this.engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).list()) {
			follow(task, oldUserId, newUserId);
		}
	}

	private void follow(Task task, String oldUserId, String newUserId) {
		var tasks = this.engine.getTaskService();
		boolean candidate = tasks.getIdentityLinksForTask(task.getId())
			.stream()
			.anyMatch(
					(link) -> IdentityLinkType.CANDIDATE.equals(link.getType()) && oldUserId.equals(link.getUserId()));
		if (candidate) {
			tasks.deleteCandidateUser(task.getId(), oldUserId);
			tasks.addCandidateUser(task.getId(), newUserId);
		}
		if (oldUserId.equals(task.getAssignee())) {
			tasks.setAssignee(task.getId(), newUserId);
		}
	}

}
