package com.osb.salesops.masterdata.process;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.osb.salesops.masterdata.SalesTeams;
import com.osb.salesops.masterdata.TeamWork;
import com.osb.salesops.shared.process.SystemActions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * Every open task a person has or is offered, given to their successor instead: all of
 * them when the person leaves, those about a team when the team gets another manager.
 */
@Component
class TaskHandover implements TeamWork {

	private static final List<String> ABOUT = List.of("regionId", "marketId", "repUserId");

	private final TaskService taskService;

	private final SystemActions system;

	private final SalesTeams teams;

	TaskHandover(TaskService taskService, SystemActions system, SalesTeams teams) {
		this.taskService = taskService;
		this.system = system;
		this.teams = teams;
	}

	/**
	 * @return how many tasks were moved
	 */
	int handOver(String fromUserId, String toUserId) {
		return handOver(fromUserId, toUserId, (task) -> true);
	}

	@Override
	public int handOver(String level, String teamId, String previousUserId, String successorUserId) {
		Map<String, SalesTeams.Member> reps = new HashMap<>();
		Map<String, String> regionMarkets = new HashMap<>();
		for (SalesTeams.Member member : this.teams.members()) {
			reps.put(member.userId(), member);
			regionMarkets.put(member.regionId(), member.marketId());
		}
		boolean region = "REGION".equals(level);
		return handOver(previousUserId, successorUserId, (task) -> {
			Map<String, Object> about = this.taskService.getVariables(task.getId(), ABOUT);
			String regionId = text(about.get("regionId"));
			String marketId = text(about.get("marketId"));
			SalesTeams.Member rep = reps.get(text(about.get("repUserId")));
			if (region) {
				return teamId.equals(regionId) || (rep != null && teamId.equals(rep.regionId()));
			}
			return teamId.equals(marketId) || teamId.equals(regionMarkets.get(regionId))
					|| (rep != null && teamId.equals(rep.marketId()));
		});
	}

	private int handOver(String fromUserId, String toUserId, Predicate<Task> concerned) {
		return this.system.run(() -> {
			Set<String> moved = new HashSet<>();
			for (Task task : this.taskService.createTaskQuery().taskAssignee(fromUserId).list()) {
				if (concerned.test(task)) {
					this.taskService.setAssignee(task.getId(), toUserId);
					moved.add(task.getId());
				}
			}
			for (Task task : this.taskService.createTaskQuery()
				.taskCandidateUser(fromUserId)
				.includeAssignedTasks()
				.list()) {
				boolean direct = this.taskService.getIdentityLinksForTask(task.getId())
					.stream()
					.anyMatch((link) -> fromUserId.equals(link.getUserId()));
				if (direct && concerned.test(task)) {
					this.taskService.deleteCandidateUser(task.getId(), fromUserId);
					this.taskService.addCandidateUser(task.getId(), toUserId);
					moved.add(task.getId());
				}
			}
			return moved.size();
		});
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
