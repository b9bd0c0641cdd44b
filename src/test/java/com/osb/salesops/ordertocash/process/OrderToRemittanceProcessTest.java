package com.osb.salesops.ordertocash.process;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.osb.salesops.support.TestClock;
import com.osb.salesops.support.ProcessTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * The order flow on its main paths: NET terms from submission to the archived invoice,
 * each approval level, and a warehouse chased when it does not dispatch in time.
 */
@ProcessTest
class OrderToRemittanceProcessTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	OrderScenario order;

	@BeforeEach
	void freshCredit() {
		BpmnAwareTests.init(this.processEngine);
		this.jdbc.update("update credit_profile set committed_amount = 0");
		this.order = new OrderScenario(this.context);
	}

	@AfterEach
	void realTime() {
		TestClock.reset();
	}

	@Test
	void shouldTakeANetTermsOrderFromSubmissionToTheArchivedInvoice() {
		// given
		this.order.submit("C001", "P-300", 10, 480, 0);
		assertThat(this.order.instance()).isWaitingAt("Task_ReviewContract");

		// when
		this.order.complete("Task_ReviewContract", "assistant", "sales-assistant", Map.of("contractReviewed", true))
			.complete("Task_ApproveOrder", "manager", "sales-manager", Map.of("approvalDecision", "APPROVE"))
			.complete("Task_RecordSignedContract", "rep1", "sales-rep", Map.of("signedCopy", "ON_SITE"))
			.runJobs()
			.complete("Task_CheckAndDispatch", "keeper", "warehouse",
					Map.of("noticeChecked", true, "carrier", "SF Express", "trackingNumber", "SF100200300"))
			.runJobs()
			.complete("Task_ConfirmDelivery", "rep1", "sales-rep", Map.of("deliveryConfirmed", true))
			.complete("Task_CollectInvoicingDetails", "rep1", "sales-rep",
					Map.of("invoiceAddress", "1 Huaxin Road, Beijing", "taxNumber", "91110000100000000X"))
			.complete("Task_FileInvoicingDetails", "assistant", "sales-assistant", Map.of("detailsFiled", true))
			.complete("Task_ApproveInvoice", "accountant", "finance", Map.of("invoiceChecked", true))
			.runJobs()
			.complete("Task_MailInvoice", "assistant", "sales-assistant",
					Map.of("invoiceMailed", true, "receiptConfirmed", true));

		// then
		assertThat(this.order.instance()).isNull();
		assertThat(status()).isEqualTo("CLOSED");
		assertThat(this.jdbc.queryForMap("select o.payment_terms, i.number as invoice, i.amount, r.open_amount,"
				+ " s.tracking_number, c.status as contract from sales_order o join invoice i on i.order_id = o.id"
				+ " join receivable r on r.invoice_id = i.id join shipment s on s.order_id = o.id"
				+ " join contract c on c.order_id = o.id where o.number = ?", this.order.number))
			.containsEntry("PAYMENT_TERMS", "NET60")
			.containsEntry("AMOUNT", new BigDecimal("4800.00"))
			.containsEntry("OPEN_AMOUNT", new BigDecimal("4800.00"))
			.containsEntry("TRACKING_NUMBER", "SF100200300")
			.containsEntry("CONTRACT", "SIGNED");
		assertThat(committed("C001")).isZero();
		assertThat(timeline()).containsSubsequence("ORDER_SUBMITTED", "CREDIT_CHECKED", "CONTRACT_DRAFTED",
				"CONTRACT_SIGNED", "STOCK_RESERVED", "SHIPPING_NOTICE_ISSUED", "DISPATCHED", "INVOICE_ISSUED",
				"ORDER_ARCHIVED");
		assertThat(spells()).isEqualTo(spellsInHistory()).hasSizeGreaterThan(9).first().asString().startsWith(" ");
		assertThat(this.jdbc.queryForObject("select sum(spells) from order_cycle_histogram", Long.class))
			.isEqualTo(this.jdbc.queryForObject("select count(*) from order_cycle_time", Long.class));
	}

	/**
	 * Full history (level 3) but for the texts a task sets for its form alone: the task
	 * shows them, the history has every other variable.
	 */
	@Test
	void shouldShowATasksFormTextsWithoutKeepingThemInTheHistory() {
		// given
		this.order.submit("C001", "P-300", 10, 480, 0);
		Task review = this.taskService.createTaskQuery()
			.processInstanceBusinessKey(this.order.number)
			.taskDefinitionKey("Task_ReviewContract")
			.singleResult();
		// when
		Map<String, Object> shown = this.taskService.getVariablesLocal(review.getId());
		this.order.complete("Task_ReviewContract", "assistant", "sales-assistant", Map.of("contractReviewed", true));
		// then
		assertThat(shown).containsKeys("dueText", "contractFileUrl");
		List<String> kept = this.jdbc.queryForList(
				"select v.NAME_ from ACT_HI_VARINST v join ACT_HI_PROCINST p"
						+ " on p.ID_ = v.ROOT_PROC_INST_ID_ where p.BUSINESS_KEY_ = ?",
				String.class, this.order.number);
		assertThat(kept).contains("orderNumber", "orderTotal", "contractReviewed")
			.doesNotContain("dueText", "contractFileUrl");
		assertThat(this.jdbc.queryForObject("select count(*) from ACT_HI_DETAIL d join ACT_HI_PROCINST p"
				+ " on p.ID_ = d.ROOT_PROC_INST_ID_ where p.BUSINESS_KEY_ = ? and d.VAR_INST_ID_ not in"
				+ " (select ID_ from ACT_HI_VARINST)", Long.class, this.order.number))
			.isZero();
		assertThat(this.managementService.getHistoryLevel()).isEqualTo(3);
		assertThat(
				((ProcessEngineConfigurationImpl) this.processEngine.getProcessEngineConfiguration()).getHistoryLevel()
					.getName())
			.isEqualTo("full-without-form-texts");
	}

	/**
	 * The order's cycle times as written when each ended: step (blank: the order) and ms.
	 */
	private List<String> spells() {
		return this.jdbc.queryForList(
				"select c.step || ' ' || c.duration_ms from order_cycle_time c"
						+ " join sales_order o on o.id = c.order_id where o.number = ? order by 1",
				String.class, this.order.number);
	}

	private List<String> spellsInHistory() {
		return this.jdbc.queryForList("select '' || ' ' || p.DURATION_ from ACT_HI_PROCINST p where p.BUSINESS_KEY_ = ?"
				+ " and p.PROC_DEF_KEY_ = 'order-to-remittance' and p.END_ACT_ID_ = 'EndEvent_InvoiceArchived'"
				+ " union all select a.ACT_ID_ || ' ' || a.DURATION_ from ACT_HI_ACTINST a"
				+ " join ACT_HI_PROCINST p on p.ID_ = a.PROC_INST_ID_ where p.BUSINESS_KEY_ = ? and a.ACT_TYPE_ = 'userTask'"
				+ " and a.PROC_DEF_KEY_ in ('order-to-remittance', 'order-approval', 'order-invoicing') order by 1",
				String.class, this.order.number, this.order.number);
	}

	@Test
	void shouldAskTheAssistantToChaseAWarehouseThatHasNotDispatchedInTime() {
		// given
		this.order.submit("C001", "P-300", 2, 480, 0)
			.complete("Task_ReviewContract", "assistant", "sales-assistant", Map.of("contractReviewed", true))
			.complete("Task_ApproveOrder", "manager", "sales-manager", Map.of("approvalDecision", "APPROVE"))
			.complete("Task_RecordSignedContract", "rep1", "sales-rep", Map.of("signedCopy", "ON_SITE"))
			.runJobs();
		Job timer = this.managementService.createJobQuery()
			.processInstanceId(this.order.instance().getId())
			.activityId("BoundaryEvent_DispatchOverdue")
			.singleResult();

		// when
		ClockUtil.setCurrentTime(Date.from(TestClock.now().plus(Duration.ofDays(3)).plusSeconds(60)));
		this.managementService.executeJob(timer.getId());

		// then
		assertThat(this.order.instance()).isWaitingAt("Task_CheckAndDispatch", "Task_ChaseWarehouse");
		assertThat(this.taskService.getIdentityLinksForTask(this.order.task("Task_ChaseWarehouse").getId()))
			.extracting("groupId")
			.containsExactly("sales-assistant");
		this.order
			.complete("Task_ChaseWarehouse", "assistant", "sales-assistant",
					Map.of("warehouseAnswer", "Leaves tomorrow"))
			.complete("Task_CheckAndDispatch", "keeper", "warehouse",
					Map.of("noticeChecked", true, "carrier", "SF Express", "trackingNumber", "SF1"))
			.runJobs();
		assertThat(this.order.instance()).hasPassed("EndEvent_WarehouseChased").isWaitingAt("Task_ConfirmDelivery");
	}

	@Test
	void shouldNeedOnlyTheSalesManagerForASmallOrder() {
		// when
		this.order.submit("C001", "P-300", 10, 480, 5)
			.complete("Task_ReviewContract", "assistant", "sales-assistant", Map.of("contractReviewed", true));

		// then
		assertThat(this.taskService.getIdentityLinksForTask(this.order.task("Task_ApproveOrder").getId()))
			.extracting("groupId")
			.containsExactly("sales-manager");
		this.order.complete("Task_ApproveOrder", "manager", "sales-manager", Map.of("approvalDecision", "APPROVE"));
		assertThat(this.order.instance()).isWaitingAt("Task_RecordSignedContract");
	}

	@Test
	void shouldGoUpToTheDirectorAboveTenPercentDiscount() {
		// given
		this.order.submit("C001", "P-300", 10, 480, 15)
			.complete("Task_ReviewContract", "assistant", "sales-assistant", Map.of("contractReviewed", true));

		// when
		this.order.complete("Task_ApproveOrder", "manager", "sales-manager", Map.of("approvalDecision", "APPROVE"));

		// then
		assertThat(this.taskService.getIdentityLinksForTask(this.order.task("Task_ApproveOrder").getId()))
			.extracting("groupId")
			.containsExactly("sales-director");
		this.order.complete("Task_ApproveOrder", "director", "sales-director", Map.of("approvalDecision", "APPROVE"));
		assertThat(this.order.instance()).isWaitingAt("Task_RecordSignedContract");
	}

	@Test
	void shouldGoUpToTheGeneralManagerAboveTwentyFivePercentDiscount() {
		// given
		this.order.submit("C001", "P-300", 10, 480, 30)
			.complete("Task_ReviewContract", "assistant", "sales-assistant", Map.of("contractReviewed", true))
			.complete("Task_ApproveOrder", "manager", "sales-manager", Map.of("approvalDecision", "APPROVE"))
			.complete("Task_ApproveOrder", "director", "sales-director", Map.of("approvalDecision", "APPROVE"));

		// when
		this.order.complete("Task_ApproveOrder", "gm", "general-manager", Map.of("approvalDecision", "APPROVE"));

		// then
		assertThat(this.order.instance()).isWaitingAt("Task_RecordSignedContract");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where subject_id = ?"
						+ " and action = 'TASK_COMPLETED' and detail like 'Approve order%'",
				Integer.class, this.order.number))
			.isEqualTo(3);
	}

	@Test
	void shouldAuditEachTaskWithExactlyWhatItsPersonEntered() {
		// given
		this.order.submit("C001", "P-300", 10, 480, 0)
			.complete("Task_ReviewContract", "assistant", "sales-assistant",
					Map.of("contractReviewed", true, "contractNotes", "Standard terms"))
			.complete("Task_ApproveOrder", "manager", "sales-manager",
					Map.of("approvalDecision", "APPROVE", "approvalReason", "Good customer"));

		// when
		this.order.complete("Task_RecordSignedContract", "rep1", "sales-rep", Map.of("signedCopy", "FAX"));

		// then
		List<String> entries = this.jdbc.queryForList(
				"select actor || ': ' || detail from audit_log"
						+ " where subject_id = ? and action = 'TASK_COMPLETED' order by id",
				String.class, this.order.number);
		assertThat(entries).hasSize(3);
		assertThat(entries.get(0)).startsWith("assistant: ")
			.contains("contractReviewed=true", "contractNotes=Standard terms")
			.doesNotContain("approvalDecision");
		assertThat(entries.get(1)).startsWith("manager: ")
			.contains("approvalDecision=APPROVE", "approvalReason=Good customer")
			.doesNotContain("contractReviewed");
		assertThat(entries.get(2)).startsWith("rep1: ")
			.contains("signedCopy=FAX")
			.doesNotContain("approvalDecision", "approvalReason", "contractReviewed");
	}

	private String status() {
		return this.jdbc.queryForObject("select status from sales_order where number = ?", String.class,
				this.order.number);
	}

	private BigDecimal committed(String customerCode) {
		return this.jdbc.queryForObject("select p.committed_amount from credit_profile p join customer c"
				+ " on c.id = p.customer_id where c.code = ?", BigDecimal.class, customerCode);
	}

	private java.util.List<String> timeline() {
		return this.jdbc.queryForList(
				"select action from audit_log where subject_type = 'order' and subject_id = ?" + " order by id",
				String.class, this.order.number);
	}

}
