package com.osb.salesops.masterdata.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.ordertocash.order.OrderRequest;
import com.osb.salesops.ordertocash.order.OrderService;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.receivables.DueDateTotals;
import com.osb.salesops.support.ProcessTest;
import com.osb.salesops.support.TestClock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/**
 * A customer account request, path by path: opening approved, sent back, flagged as a
 * duplicate, rejected by finance; changing the file, handing the account to another rep
 * with its open orders and deactivating it.
 */
@ProcessTest
class CustomerAccountProcessTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	DueDateTotals dueTotals;

	@Autowired
	IdentityService identityService;

	@Autowired
	OrderService orders;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(this.processEngine);
	}

	@AfterEach
	void logOut() {
		this.identityService.clearAuthentication();
	}

	@Test
	void shouldOpenAnApprovedAccountAsGradeCPrepay() throws java.io.IOException {
		// given
		ProcessInstance request = start("rep1", "sales-rep", opening("Qilu Valves", "91370100MA3C00001H"));
		assertThat(request).isWaitingAt("Task_ReviewRequest").variables().containsEntry("duplicateFlagged", false);
		complete(request, "manager", "sales-manager",
				Map.of("reviewDecision", "APPROVE", "growthPotential", "HIGH", "repId", "R01"));
		assertThat(request).isWaitingAt("Task_ConfirmOpeningTerms")
			.variables()
			.containsEntry("grade", "C")
			.containsEntry("paymentTerms", "PREPAY")
			.containsEntry("creditLimitText", "0.00 CNY");
		// finance reads the terms in words, not their code
		assertThat(runtimeService().getVariable(request.getId(), "paymentTermsText")).asString()
			.isNotBlank()
			.doesNotContain("PREPAY");
		assertThat(java.nio.file.Files
			.readString(java.nio.file.Path.of("forms/customer-account/confirm-opening-terms.form")))
			.contains("\"paymentTermsText\"")
			.doesNotContain("\"paymentTerms\"");
		assertThat(runtimeService().getVariable(request.getId(), "creditLimit")).isInstanceOf(BigDecimal.class)
			.asInstanceOf(InstanceOfAssertFactories.BIG_DECIMAL)
			.isEqualByComparingTo("0");

		// when
		complete(request, "accountant", "finance", Map.of("termsDecision", "CONFIRM"));

		// then
		assertThat(request).isEnded()
			.hasPassedInOrder("Task_CheckRequest", "Task_ReviewRequest", "Task_ConfirmOpeningTerms",
					"Task_ApplyRequest", "EndEvent_RequestApplied");
		String code = customerCode(request);
		assertThat(this.jdbc.queryForMap("select c.name, c.tax_number, c.customer_type, c.rep_id, c.growth_potential,"
				+ " c.active, c.first_order_date, p.grade, p.payment_terms, p.credit_limit from customer c"
				+ " join credit_profile p on p.customer_id = c.id where c.code = ?", code))
			.containsEntry("NAME", "Qilu Valves")
			.containsEntry("TAX_NUMBER", "91370100MA3C00001H")
			.containsEntry("CUSTOMER_TYPE", "DISTRIBUTOR")
			.containsEntry("REP_ID", "R01")
			.containsEntry("GROWTH_POTENTIAL", "HIGH")
			.containsEntry("ACTIVE", true)
			.containsEntry("FIRST_ORDER_DATE", null)
			.containsEntry("GRADE", "C")
			.containsEntry("PAYMENT_TERMS", "PREPAY");
		assertThat(this.jdbc.queryForMap(
				"select a.receiving_contact, a.unloading_hours, a.preferred_carrier,"
						+ " k.name, k.phone from customer_delivery_address a join customer_contact k"
						+ " on k.customer_id = a.customer_id join customer c on c.id = a.customer_id where c.code = ?",
				code))
			.containsEntry("RECEIVING_CONTACT", "Zhao Gang")
			.containsEntry("UNLOADING_HOURS", "Mon-Fri 08:00-16:00")
			.containsEntry("PREFERRED_CARRIER", "Deppon")
			.containsEntry("NAME", "Wang Li")
			.containsEntry("PHONE", "138 0000 0001");
		assertThat(audit(code)).containsExactly("CUSTOMER_OPENED");
	}

	@Test
	void shouldSendTheRequestBackToTheRepAndCheckItAgain() {
		// given
		ProcessInstance request = start("rep1", "sales-rep", opening("Yantai Cables", "91370600MA3C00002E"));

		// when
		complete(request, "manager", "sales-manager",
				Map.of("reviewDecision", "SEND_BACK", "reviewComment", "Give the warehouse's unloading hours"));

		// then
		assertThat(request).isWaitingAt("Task_ReviseRequest");
		assertThat(BpmnAwareTests.task(request)).hasCandidateUser("rep1");
		assertThatThrownBy(() -> complete(request, "rep1", "sales-rep", Map.of("taxNumber", "91370600MA3C00002F")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("check character");
		assertThat(request).isWaitingAt("Task_ReviseRequest");
		complete(request, "rep1", "sales-rep", Map.of("unloadingHours", "Mon-Sat 07:00-18:00"));
		assertThat(request).isWaitingAt("Task_ReviewRequest")
			.variables()
			.containsEntry("unloadingHours", "Mon-Sat 07:00-18:00");
	}

	@Test
	void shouldFlagACustomerWithTheSameTaxNumberOrASimilarNameBeforeApproval() {
		// given
		String existing = open("rep1", opening("Weifang Gears Co., Ltd.", "91370700MA3C00002K"));

		// when
		ProcessInstance sameName = start("rep2", "sales-rep", opening("WEIFANG GEARS", "91370700MA3C00003N"));
		ProcessInstance sameTax = start("rep2", "sales-rep", opening("Rizhao Bearings", "91370700MA3C00002K"));

		// then
		assertThat(sameName).isWaitingAt("Task_ReviewRequest")
			.variables()
			.containsEntry("duplicateFlagged", true)
			.hasEntrySatisfying("duplicates",
					(text) -> assertThat((String) text).startsWith(existing).contains("名称相近"));
		assertThat(sameTax).variables()
			.containsEntry("duplicateFlagged", true)
			.hasEntrySatisfying("duplicates", (text) -> assertThat((String) text).contains("税号相同"));
		assertThatThrownBy(() -> complete(sameName, "manager", "sales-manager",
				Map.of("reviewDecision", "APPROVE", "growthPotential", "LOW", "repId", "R02")))
			.hasMessageContaining("not a duplicate");
		assertThat(sameName).isWaitingAt("Task_ReviewRequest");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_log where action = 'CUSTOMER_DUPLICATE_FLAGGED'"
				+ " and subject_id in (?, ?)", Integer.class, sameName.getId(), sameTax.getId()))
			.isEqualTo(2);
	}

	@Test
	void shouldRefuseAnIncompleteFileAtOnceAndKeepNothing() {
		// given
		Map<String, Object> file = opening("Linyi Paints", "91371300MA3C000041");
		file.remove("bankAccount");
		file.put("receivingContact", " ");
		long running = runtimeService().createProcessInstanceQuery().processDefinitionKey("customer-account").count();

		// when / then
		assertThatThrownBy(() -> start("rep1", "sales-rep", file)).isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("taxNumber")
			.hasMessageContaining("bankAccount")
			.hasMessageContaining("receivingContact");
		assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("customer-account").count())
			.isEqualTo(running);
	}

	@Test
	void shouldKeepTheAccountClosedWhenFinanceRejectsIt() {
		// given
		ProcessInstance request = start("rep1", "sales-rep", opening("Zibo Ceramics", "91370300MA3C000058"));
		complete(request, "manager", "sales-manager",
				Map.of("reviewDecision", "APPROVE", "growthPotential", "MEDIUM", "repId", "R01"));

		// when
		complete(request, "accountant", "finance",
				Map.of("termsDecision", "REJECT", "termsComment", "Customer is in liquidation"));

		// then
		assertThat(request).isEnded().hasPassed("Task_RecordRejection", "EndEvent_RequestRejected");
		assertThat(
				this.jdbc.queryForObject("select count(*) from customer where name = 'Zibo Ceramics'", Integer.class))
			.isZero();
	}

	@Test
	void shouldNotLetTheRequesterApproveTheirOwnRequest() {
		// given
		ProcessInstance request = start("manager", "sales-manager",
				with(opening("Tai'an Mining", "91370900MA3C00006A"), "repId", "R03"));

		// when / then
		assertThatThrownBy(() -> complete(request, "manager", "sales-manager",
				Map.of("reviewDecision", "APPROVE", "growthPotential", "LOW", "repId", "R03")))
			.hasMessageContaining("another sales manager");
	}

	@Test
	void shouldChangeTheFileKeepingWhatTheChangeLeavesOut() {
		// given
		String code = open("rep1", opening("Dezhou Solar", "91371400MA3C000070"));

		// when
		ProcessInstance change = start("rep1", "sales-rep", Map.of("requestType", "CHANGE", "customerCode", code,
				"customerType", "KEY_ACCOUNT", "preferredCarrier", "SF Express"));
		complete(change, "manager", "sales-manager", Map.of("reviewDecision", "APPROVE", "growthPotential", "HIGH"));

		// then
		assertThat(change).isEnded().hasPassed("Task_ApplyRequest").hasNotPassed("Task_ConfirmOpeningTerms");
		assertThat(this.jdbc.queryForMap("select c.name, c.customer_type, c.growth_potential, a.preferred_carrier,"
				+ " a.receiving_contact from customer c join customer_delivery_address a on a.customer_id = c.id"
				+ " where c.code = ?", code))
			.containsEntry("NAME", "Dezhou Solar")
			.containsEntry("CUSTOMER_TYPE", "KEY_ACCOUNT")
			.containsEntry("GROWTH_POTENTIAL", "HIGH")
			.containsEntry("PREFERRED_CARRIER", "SF Express")
			.containsEntry("RECEIVING_CONTACT", "Zhao Gang");
		assertThat(audit(code)).containsExactly("CUSTOMER_OPENED", "CUSTOMER_CHANGED");
	}

	@Test
	void shouldRefuseARequestOnAnotherRepsCustomer() {
		// given
		String code = open("rep1", opening("Binzhou Chemicals", "91371600MA3C00008D"));

		// when / then
		assertThatThrownBy(() -> start("rep2", "sales-rep",
				Map.of("requestType", "DEACTIVATE", "customerCode", code, "reason", "Not mine")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("is not yours");
	}

	@Test
	void shouldHandTheAccountAndItsOpenOrdersAndTasksToTheNewRep() {
		// given
		String code = open("rep1", opening("Heze Textiles", "91371700MA3C00009M"));
		String number = this.orders.submit(
				new OrderRequest(code, null, null,
						List.of(new OrderRequest.Line("P-300", new BigDecimal(String.valueOf(2)),
								new BigDecimal(String.valueOf(480)), new BigDecimal(String.valueOf(0))))),
				"rep1", true);
		orderTask(number, "assistant", "sales-assistant", Map.of("contractReviewed", true));
		orderTask(number, "manager", "sales-manager", Map.of("approvalDecision", "APPROVE"));
		assertThat(candidates(number)).contains("rep1");
		long customerId = this.jdbc.queryForObject("select id from customer where code = ?", Long.class, code);
		String formerRep = this.jdbc.queryForObject("select rep_id from customer where id = ?", String.class,
				customerId);
		LocalDate due = TestClock.today().minusDays(61);
		openInvoice(customerId, due, "777.00");
		BigDecimal formerOpen = dueTotal(formerRep, due);
		BigDecimal newOpen = dueTotal("R02", due);

		// when
		ProcessInstance reassign = start("rep1", "sales-rep", Map.of("requestType", "REASSIGN", "customerCode", code,
				"newRepId", "R02", "reason", "Moves to Beijing"));
		complete(reassign, "manager", "sales-manager", Map.of("reviewDecision", "APPROVE"));

		// then
		assertThat(reassign).isEnded().hasPassed("Task_ApplyRequest");
		assertThat(this.jdbc.queryForObject("select rep_id from customer where code = ?", String.class, code))
			.isEqualTo("R02");
		assertThat(this.jdbc.queryForObject("select rep_id from sales_order where number = ?", String.class, number))
			.isEqualTo("R02");
		assertThat(candidates(number)).contains("rep2").doesNotContain("rep1");
		ProcessInstance order = runtimeService().createProcessInstanceQuery()
			.processInstanceBusinessKey(number)
			.processDefinitionKey("order-to-remittance")
			.singleResult();
		assertThat(order).variables().containsEntry("repUserId", "rep2");
		assertThat(audit(code)).containsExactly("CUSTOMER_OPENED", "CUSTOMER_REASSIGNED");
		assertThat(formerOpen.subtract(dueTotal(formerRep, due))).isEqualByComparingTo("777.00");
		assertThat(dueTotal("R02", due).subtract(newOpen)).isEqualByComparingTo("777.00");
	}

	/**
	 * An invoice of the customer, posted and still open, as a data load would write it.
	 */
	private void openInvoice(long customerId, LocalDate due, String amount) {
		String number = "FPCA" + System.nanoTime();
		this.jdbc.update(
				"insert into invoice (number, customer_id, issue_date, due_date, amount, status)"
						+ " values (?, ?, ?, ?, ?, 'OPEN')",
				number, customerId, java.sql.Date.valueOf(due.minusDays(30)), java.sql.Date.valueOf(due),
				new BigDecimal(amount));
		long invoiceId = this.jdbc.queryForObject("select id from invoice where number = ?", Long.class, number);
		this.jdbc.update(
				"insert into receivable (invoice_id, customer_id, due_date, amount, open_amount)"
						+ " values (?, ?, ?, ?, ?)",
				invoiceId, customerId, java.sql.Date.valueOf(due), new BigDecimal(amount), new BigDecimal(amount));
		this.dueTotals.recount(invoiceId);
	}

	/** What the ageing counts open for the rep on invoices due on the day. */
	private BigDecimal dueTotal(String repId, LocalDate due) {
		return this.jdbc.queryForObject("select coalesce(sum(open_amount), 0) from receivable_due_totals"
				+ " where rep_id = ? and due_date = ?", BigDecimal.class, repId, java.sql.Date.valueOf(due));
	}

	@Test
	void shouldDeactivateAnAccountSoThatItTakesNoMoreOrders() {
		// given
		String code = open("rep1", opening("Liaocheng Steel", "91371500MA3C00010G"));

		// when
		ProcessInstance deactivate = start("analyst", "sales-ops",
				Map.of("requestType", "DEACTIVATE", "customerCode", code, "reason", "Business closed"));
		complete(deactivate, "manager", "sales-manager", Map.of("reviewDecision", "APPROVE"));

		// then
		assertThat(deactivate).isEnded().hasPassed("Task_ApplyRequest");
		assertThat(this.jdbc.queryForObject("select active from customer where code = ?", Boolean.class, code))
			.isFalse();
		assertThat(audit(code)).containsExactly("CUSTOMER_OPENED", "CUSTOMER_DEACTIVATED");
		assertThatThrownBy(() -> this.orders.submit(
				new OrderRequest(code, null, null,
						List.of(new OrderRequest.Line("P-300", new BigDecimal(String.valueOf(1)),
								new BigDecimal(String.valueOf(480)), new BigDecimal(String.valueOf(0))))),
				"rep1", true))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					(refused) -> assertThat(refused.errors()).extracting(FieldError::field).contains("customerCode"));
	}

	private String open(String rep, Map<String, Object> file) {
		ProcessInstance request = start(rep, "sales-rep", file);
		String repId = "R0" + rep.substring(3);
		complete(request, "manager", "sales-manager",
				Map.of("reviewDecision", "APPROVE", "growthPotential", "MEDIUM", "repId", repId));
		complete(request, "accountant", "finance", Map.of("termsDecision", "CONFIRM"));
		assertThat(request).isEnded();
		return customerCode(request);
	}

	static Map<String, Object> opening(String name, String taxNumber) {
		Map<String, Object> file = new HashMap<>();
		file.put("requestType", "OPEN");
		file.put("legalName", name);
		file.put("taxNumber", taxNumber);
		file.put("customerType", "DISTRIBUTOR");
		file.put("invoiceAddress", "1 Quancheng Road, Jinan");
		file.put("bankName", "ICBC Jinan");
		file.put("bankAccount", "1602 0000 0000 1234");
		file.put("contactName", "Wang Li");
		file.put("contactPhone", "138 0000 0001");
		file.put("deliveryAddress", "Dock 3, 8 Gongye Road, Jinan");
		file.put("receivingContact", "Zhao Gang");
		file.put("unloadingHours", "Mon-Fri 08:00-16:00");
		file.put("preferredCarrier", "Deppon");
		return file;
	}

	private static Map<String, Object> with(Map<String, Object> file, String name, Object value) {
		file.put(name, value);
		return file;
	}

	private ProcessInstance start(String user, String role, Map<String, Object> variables) {
		this.identityService.setAuthentication(user, List.of(role));
		try {
			return runtimeService().startProcessInstanceByKey("customer-account", variables);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private void complete(ProcessInstance request, String user, String role, Map<String, Object> variables) {
		Task task = taskService().createTaskQuery().processInstanceId(request.getId()).singleResult();
		as(user, role, () -> taskService().complete(task.getId(), variables));
	}

	private void orderTask(String number, String user, String role, Map<String, Object> variables) {
		Task task = taskService().createTaskQuery().processInstanceBusinessKey(number).singleResult();
		as(user, role, () -> taskService().complete(task.getId(), variables));
	}

	private void as(String user, String role, Runnable action) {
		this.identityService.setAuthentication(user, List.of(role));
		try {
			action.run();
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private List<String> candidates(String number) {
		Task task = taskService().createTaskQuery().processInstanceBusinessKey(number).singleResult();
		assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_RecordSignedContract");
		return taskService().getIdentityLinksForTask(task.getId())
			.stream()
			.map(IdentityLink::getUserId)
			.filter((id) -> id != null)
			.toList();
	}

	private String customerCode(ProcessInstance request) {
		return (String) BpmnAwareTests.historyService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(request.getId())
			.variableName("customerCode")
			.singleResult()
			.getValue();
	}

	private List<String> audit(String code) {
		return this.jdbc.queryForList(
				"select action from audit_log where subject_type = 'customer' and subject_id = ? order by id",
				String.class, code);
	}

}
