package com.osb.salesops.returns.process;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.osb.salesops.returns.DeliveredOrders;
import com.osb.salesops.returns.ReturnReason;
import com.osb.salesops.returns.ReturnRequest;
import com.osb.salesops.returns.Returns;
import com.osb.salesops.support.ProcessTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/**
 * A return, path by path (POLICY section 6): approved and fully accepted against an open
 * invoice, partly refused at inspection (the policy's example), rejected by the manager,
 * approved by the director too, scrapped, and credited to a paid invoice as customer
 * credit.
 */
@ProcessTest
class OrderReturnProcessTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	IdentityService identityService;

	@Autowired
	Returns returns;

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
	void shouldRestockAndCreditTheOpenInvoiceWhenApprovedAndFullyAccepted() {
		// given an order of 10 x 480.00 less 5% and 20 x 100.00, invoiced and open
		DeliveredOrders.Order order = orders().line(10, "480.00", "5").line(20, "100.00", "0").invoicedOpen("6560.00");
		ProcessInstance process = request(order, 1, 1);
		assertThat(process).isWaitingAt("Task_ApproveReturn")
			.variables()
			.containsEntry("approvalLevel", "SALES_MANAGER");

		// when
		approve(process, "manager", "sales-manager");
		inspect(process, "Line 1: 1 to stock");
		issueCreditNote(process);

		// then
		assertThat(process).isEnded()
			.hasPassedInOrder("Task_DetermineApprovalLevel", "Task_ApproveReturn", "Task_InspectReturn",
					"Task_ReceiveReturnedGoods", "Task_ConfirmCreditNote", "Task_IssueCreditNote", "Task_CloseReturn",
					"EndEvent_ReturnClosed")
			.hasNotPassed("Task_ApproveReturnAsDirector");
		String number = returnNumber(process);
		assertThat(number).matches("SC20261116TH\\d{4}");
		assertThat(returnRow(number)).containsEntry("STATUS", "CLOSED")
			.containsEntry("CREDIT_AMOUNT", new BigDecimal("456.00"))
			.containsEntry("APPLIED_TO_INVOICE", new BigDecimal("456.00"))
			.containsEntry("CUSTOMER_CREDIT", new BigDecimal("0.00"));
		assertThat((String) returnRow(number).get("CREDIT_NOTE_NUMBER")).matches("SC20261116HZ\\d{4}");
		assertThat(order.stock(1)).isEqualTo(101);
		assertThat(order.openAmount()).isEqualByComparingTo("6104.00");
		assertThat(creditNoteAmount(number)).isEqualByComparingTo("456.00");
		assertThat(audit(number)).containsSubsequence("RETURN_REQUESTED", "RETURN_APPROVAL_LEVEL", "RETURN_APPROVED",
				"RETURN_INSPECTED", "CREDIT_NOTE_ISSUED", "RETURN_CLOSED");
		assertThat(auditDetail(number, "RETURN_APPROVAL_LEVEL")).contains("Rule_SalesManager")
			.contains("returnValue 456.00")
			.contains("orderNetTotal 6560.00");
		assertThat(this.jdbc.queryForObject("select recipients from notification where subject = ?", String.class,
				"Return " + number + " complete"))
			.isEqualTo("tina,buyer@example.com");
	}

	@Test
	void shouldCreditOnlyTheAcceptedUnitsWhenSomeAreRefusedAtInspection() {
		// given the policy's example: 10 x 480.00 less 5%, 3 returned
		DeliveredOrders.Order order = orders().line(10, "480.00", "5")
			.line(20, "1000.00", "0")
			.invoicedOpen("24560.00");
		ProcessInstance process = request(order, 1, 3);
		approve(process, "manager", "sales-manager");

		// when 1 of the 3 is refused
		inspect(process, "Line 1: 2 to stock, 1 refused: seal broken, used on site");

		// then the credit note is 2 x 456.00
		assertThat(process).isWaitingAt("Task_ConfirmCreditNote")
			.variables()
			.containsEntry("creditAmountText", "912.00 CNY");
		issueCreditNote(process);
		assertThat(process).isEnded();
		assertThat(creditNoteAmount(returnNumber(process))).isEqualByComparingTo("912.00");
		assertThat(order.stock(1)).isEqualTo(102);
		assertThat(this.jdbc.queryForMap("select restock_quantity, scrap_quantity, refused_quantity, inspection_note,"
				+ " credit_amount from order_return_line where return_id = (select id from order_return"
				+ " where number = ?)", returnNumber(process)))
			.containsEntry("RESTOCK_QUANTITY", 2)
			.containsEntry("SCRAP_QUANTITY", 0)
			.containsEntry("REFUSED_QUANTITY", 1)
			.containsEntry("INSPECTION_NOTE", "1 refused: seal broken, used on site")
			.containsEntry("CREDIT_AMOUNT", new BigDecimal("912.00"));
	}

	@Test
	void shouldRefuseAnInspectionThatDoesNotAccountForEveryUnit() {
		// given
		DeliveredOrders.Order order = orders().line(10, "480.00", "5")
			.line(20, "1000.00", "0")
			.invoicedOpen("24560.00");
		ProcessInstance process = request(order, 1, 3);
		approve(process, "manager", "sales-manager");

		// when / then
		assertThatThrownBy(() -> inspect(process, "Line 1: 2 to stock, 1 refused"))
			.hasMessageContaining("say why units are refused");
		assertThatThrownBy(() -> inspect(process, "Line 1: 2 to stock"))
			.hasMessageContaining("3 units were returned, the row accounts for 2");
		assertThat(process).isWaitingAt("Task_InspectReturn");
	}

	@Test
	void shouldChangeNothingWhenTheManagerRejects() {
		// given
		DeliveredOrders.Order order = orders().line(10, "480.00", "5").line(20, "100.00", "0").invoicedOpen("6560.00");
		ProcessInstance process = request(order, 1, 1);

		// when
		complete(process, "manager", "sales-manager",
				Map.of("returnDecision", "REJECT", "returnDecisionComment", "Outside the return period"));

		// then
		assertThat(process).isEnded().hasPassed("Task_RecordRejection", "EndEvent_ReturnRejected");
		String number = returnNumber(process);
		assertThat(returnRow(number)).containsEntry("STATUS", "REJECTED")
			.containsEntry("CREDIT_NOTE_NUMBER", null)
			.containsEntry("DECISION_COMMENT", "Outside the return period");
		assertThat(order.stock(1)).isEqualTo(100);
		assertThat(order.openAmount()).isEqualByComparingTo("6560.00");
		assertThat(this.jdbc.queryForObject("select body from notification where subject = ?", String.class,
				"Return " + number + " rejected"))
			.contains("Outside the return period");
		// the rejected units may be asked for again
		assertThat(request(order, 1, 10)).isWaitingAt("Task_ApproveReturn");
	}

	@Test
	void shouldAskTheSalesDirectorWhenTheReturnIsAboveAFifthOfTheOrder() {
		// given 3 x 456.00 = 1,368.00 of a 4,560.00 order: 30%
		DeliveredOrders.Order order = orders().line(10, "480.00", "5").invoicedOpen("4560.00");
		ProcessInstance process = request(order, 1, 3);
		assertThat(process).variables().containsEntry("approvalLevel", "SALES_DIRECTOR");

		// when
		approve(process, "manager", "sales-manager");

		// then
		assertThat(process).isWaitingAt("Task_ApproveReturnAsDirector");
		assertThat(BpmnAwareTests.task(process)).hasCandidateGroup("sales-director");
		approve(process, "director", "sales-director");
		assertThat(process).isWaitingAt("Task_InspectReturn");
		assertThat(auditDetail(returnNumber(process), "RETURN_APPROVAL_LEVEL")).contains("Rule_DirectorShare");
	}

	@Test
	void shouldCreditScrappedUnitsWithoutPuttingThemBackInStock() {
		// given
		DeliveredOrders.Order order = orders().line(10, "480.00", "5").line(20, "100.00", "0").invoicedOpen("6560.00");
		ProcessInstance process = request(order, 1, 1);
		approve(process, "manager", "sales-manager");

		// when
		inspect(process, "Line 1: 1 scrapped: housing cracked in transit");
		issueCreditNote(process);

		// then
		assertThat(process).isEnded();
		assertThat(order.stock(1)).isEqualTo(100);
		assertThat(creditNoteAmount(returnNumber(process))).isEqualByComparingTo("456.00");
	}

	@Test
	void shouldKeepTheCreditAsCustomerCreditWhenTheInvoiceIsPaid() {
		// given a paid invoice
		DeliveredOrders.Order order = orders().line(10, "480.00", "5").line(20, "100.00", "0").invoicedOpen("0.00");
		ProcessInstance process = request(order, 1, 1);
		approve(process, "manager", "sales-manager");

		// when
		inspect(process, "Line 1: 1 to stock");
		issueCreditNote(process);

		// then
		String number = returnNumber(process);
		assertThat(returnRow(number)).containsEntry("APPLIED_TO_INVOICE", new BigDecimal("0.00"))
			.containsEntry("CUSTOMER_CREDIT", new BigDecimal("456.00"));
		assertThat(order.openAmount()).isEqualByComparingTo("0.00");
		assertThat(this.jdbc.queryForObject(
				"select a.customer_credit from credit_note_allocation a" + " where a.source_document = ?",
				BigDecimal.class, number))
			.isEqualByComparingTo("456.00");
	}

	@Test
	void shouldCloseWithoutCreditNoteWhenEveryUnitIsRefused() {
		// given
		DeliveredOrders.Order order = orders().line(10, "480.00", "5").line(20, "100.00", "0").invoicedOpen("6560.00");
		ProcessInstance process = request(order, 1, 1);
		approve(process, "manager", "sales-manager");

		// when
		inspect(process, "Line 1: 1 refused: not our product");

		// then
		assertThat(process).isEnded().hasNotPassed("Task_IssueCreditNote");
		assertThat(returnRow(returnNumber(process))).containsEntry("CREDIT_NOTE_NUMBER", null)
			.containsEntry("STATUS", "CLOSED");
		assertThat(order.openAmount()).isEqualByComparingTo("6560.00");
	}

	@Test
	void shouldRefuseMoreThanDeliveredALineNotOnTheOrderAndAnUndeliveredOrder() {
		// given
		DeliveredOrders.Order order = orders().line(10, "480.00", "5").invoicedOpen("4560.00");
		String undelivered = orders().line(5, "100.00", "0").dispatched();
		request(order, 1, 4);
		long returns = count();
		this.identityService.setAuthentication("tina", List.of("sales-rep"));

		// when / then
		assertThatThrownBy(() -> this.returns.request(
				new ReturnRequest(order.number(), ReturnReason.DAMAGED, null, List.of(line(1, 7), line(2, 1))), "tina"))
			.isInstanceOf(com.osb.salesops.shared.web.InvalidRequestException.class)
			.satisfies((ex) -> assertThat(((com.osb.salesops.shared.web.InvalidRequestException) ex).errors())
				.extracting(com.osb.salesops.shared.web.FieldError::field)
				.containsExactly("lines[0].quantity", "lines[1].lineNo"));
		assertThatThrownBy(() -> this.returns
			.request(new ReturnRequest(undelivered, ReturnReason.QUALITY, null, List.of(line(1, 1))), "tina"))
			.hasMessageContaining("cannot be taken");
		assertThat(count()).isEqualTo(returns);
	}

	private DeliveredOrders orders() {
		return new DeliveredOrders(this.jdbc);
	}

	private ProcessInstance request(DeliveredOrders.Order order, int lineNo, int quantity) {
		this.identityService.setAuthentication("tina", List.of("sales-rep"));
		String number = this.returns.request(
				new ReturnRequest(order.number(), ReturnReason.DAMAGED, null, List.of(line(lineNo, quantity))), "tina");
		this.identityService.clearAuthentication();
		return runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("order-return")
			.processInstanceBusinessKey(number)
			.singleResult();
	}

	private static ReturnRequest.Line line(int lineNo, int quantity) {
		return new ReturnRequest.Line(BigDecimal.valueOf(lineNo), BigDecimal.valueOf(quantity));
	}

	private void approve(ProcessInstance process, String user, String group) {
		complete(process, user, group, Map.of("returnDecision", "APPROVE"));
	}

	private void inspect(ProcessInstance process, String sheet) {
		complete(process, "keeper", "warehouse", Map.of("inspection", sheet));
		execute(job(process));
	}

	private void issueCreditNote(ProcessInstance process) {
		complete(process, "accountant", "finance", Map.of("creditNoteChecked", true));
		execute(job(process));
	}

	private void complete(ProcessInstance process, String user, String group, Map<String, Object> variables) {
		this.identityService.setAuthentication(user, List.of(group));
		try {
			taskService().complete(BpmnAwareTests.task(process).getId(), variables);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private String returnNumber(ProcessInstance process) {
		return process.getBusinessKey();
	}

	private Map<String, Object> returnRow(String number) {
		return this.jdbc.queryForMap("select status, credit_amount, credit_note_number, applied_to_invoice,"
				+ " customer_credit, decision_comment from order_return where number = ?", number);
	}

	private BigDecimal creditNoteAmount(String returnNumber) {
		return this.jdbc.queryForObject("select c.amount from credit_note c join order_return x"
				+ " on x.credit_note_number = c.number where x.number = ?", BigDecimal.class, returnNumber);
	}

	private List<String> audit(String returnNumber) {
		return this.jdbc.queryForList(
				"select action from audit_log where subject_type = 'return' and subject_id = ?" + " order by id",
				String.class, returnNumber);
	}

	private String auditDetail(String returnNumber, String action) {
		return this.jdbc.queryForObject(
				"select detail from audit_log where subject_type = 'return'" + " and subject_id = ? and action = ?",
				String.class, returnNumber, action);
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from order_return", Long.class);
	}

}
