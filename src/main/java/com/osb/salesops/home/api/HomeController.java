package com.osb.salesops.home.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.home.HomeFigures;
import com.osb.salesops.home.HomeTeam;
import com.osb.salesops.home.TeamRep;
import com.osb.salesops.home.process.WaitingTasks;
import com.osb.salesops.home.process.WaitingTasks.WaitingTask;
import com.osb.salesops.masterdata.UserAccounts;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures behind each chart of the home page. Every answer covers only the reps the
 * caller sees ({@link HomeTeam}); naming a rep outside them is answered 404.
 */
@RestController
class HomeController {

	private final HomeTeam team;

	private final HomeFigures figures;

	private final WaitingTasks tasks;

	private final CurrentUser user;

	private final ReportPages pages;

	private final UserAccounts people;

	HomeController(HomeTeam team, HomeFigures figures, WaitingTasks tasks, CurrentUser user, ReportPages pages,
			UserAccounts people) {
		this.people = people;
		this.team = team;
		this.figures = figures;
		this.tasks = tasks;
		this.user = user;
		this.pages = pages;
	}

	/** Who the caller is and which parts of the home page are theirs. */
	@GetMapping("/api/home")
	Map<String, Object> home() {
		List<String> roles = this.user.roles();
		List<String> sections = new ArrayList<>();
		if (HomeRoles.any(roles, HomeRoles.SALES)) {
			sections.add(HomeRoles.isRepOnly(roles) ? "rep" : "team");
		}
		if (HomeRoles.any(roles, HomeRoles.FINANCE)) {
			sections.add("finance");
		}
		sections.add("tasks");
		if (HomeRoles.any(roles, HomeRoles.ORDERS)) {
			sections.add("orders");
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("user", this.user.id());
		answer.put("userName", this.people.shownName(this.user.id(), LocaleContextHolder.getLocale()));
		answer.put("roles", roles);
		answer.put("sections", sections);
		answer.put("reps", HomeRoles.any(roles, HomeRoles.SALES) ? this.team.reps(this.user.id(), roles) : List.of());
		answer.put("pages", this.pages.of(roles));
		return answer;
	}

	@GetMapping("/api/home/orders")
	@AllowedRoles({ Roles.SALES_REP, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER, Roles.SALES_OPS,
			Roles.FINANCE })
	Map<String, Object> orders(@RequestParam(required = false) String rep,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.figures.orders(reps(rep), from, to);
	}

	@GetMapping("/api/home/attainment")
	@AllowedRoles({ Roles.SALES_REP, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER, Roles.SALES_OPS,
			Roles.FINANCE })
	Map<String, Object> attainment(@RequestParam(required = false) String rep) {
		return this.figures.attainment(reps(rep));
	}

	@GetMapping("/api/home/overdue-invoices")
	@AllowedRoles({ Roles.SALES_REP, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER, Roles.SALES_OPS,
			Roles.FINANCE })
	Map<String, Object> overdueInvoices(@RequestParam(required = false) String rep) {
		return this.figures.overdueInvoices(reps(rep));
	}

	@GetMapping("/api/home/receivables")
	@AllowedRoles({ Roles.FINANCE, Roles.SALES_OPS, Roles.GENERAL_MANAGER })
	Map<String, Object> receivables() {
		Map<String, Object> answer = new LinkedHashMap<>(this.figures.receivables(reps(null)));
		List<WaitingTask> waiting = this.tasks.of(this.user.id(), this.user.roles());
		answer.put("paymentsToConfirm", WaitingTasks.payments(waiting));
		return answer;
	}

	/** The caller's open tasks and the approvals among them, with their age. */
	@GetMapping("/api/home/tasks")
	Map<String, Object> tasks() {
		List<WaitingTask> waiting = this.tasks.of(this.user.id(), this.user.roles());
		List<WaitingTask> approvals = waiting.stream().filter(WaitingTask::approval).toList();
		return Map.of("items", waiting, "approvals", approvals.size(), "oldestApprovalHours",
				approvals.isEmpty() ? 0 : approvals.get(0).ageHours());
	}

	private List<TeamRep> reps(String only) {
		return this.team.reps(this.user.id(), this.user.roles(), only);
	}

}
