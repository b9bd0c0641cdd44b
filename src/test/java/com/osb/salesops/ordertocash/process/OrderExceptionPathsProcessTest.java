package com.osb.salesops.ordertocash.process;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.osb.salesops.support.TestClock;
import com.osb.salesops.ordertocash.order.OrderRequest;
import com.osb.salesops.ordertocash.order.OrderScope;
import com.osb.salesops.ordertocash.order.OrderViews;
import com.osb.salesops.ordertocash.order.OrderService;
import com.osb.salesops.support.ProcessTest;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * The order flow off its main road: credit holds, prepayment, the reminder and the 30-day
 * cancellation, the management exception, rejection, send-back, cancellation and a stock
 * shortage. Time moves with the engine's clock, never by sleeping.
 */
@ProcessTest
class OrderExceptionPathsProcessTest {

	private static final Map<String, Object> REVIEWED = Map.of("contractReviewed", true);

	private static final Map<String, Object> APPROVE = Map.of("approvalDecision", "APPROVE");

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	OrderService orders;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	OrderScenario order;

	@Autowired
	OrderViews views;

	@BeforeEach
	void freshCredit() {
		BpmnAwareTests.init(this.processEngine);
		this.jdbc.update("delete from credit_profile where customer_id in"
				+ " (select id from customer where code in ('C001', 'C005', 'C009'))");
		this.jdbc.update("update credit_profile set committed_amount = 0");
		this.jdbc.update("update product set stock_on_hand = 0, stock_reserved = 0 where sku = 'P-600'");
		this.order = new OrderScenario(this.context);
	}

	@AfterEach
	void realTime() {
		TestClock.reset();
	}

	@Test
	void shouldLetFinanceAloneReleaseAHoldJustOverTheLimit() {
		// given a 252,000 order against a 240,000 limit: 5% over
		this.order.submit("C001", "P-100", 21, 12000, 0);
		assertThat(this.order.instance()).isWaitingAt("Task_DecideCreditHold");

		// when
		this.order.complete("Task_DecideCreditHold", "accountant", "finance",
				Map.of("holdDecision", "RELEASE", "holdComment", "Long-standing customer"));

		// then
		assertThat(this.order.instance()).isWaitingAt("Task_ReviewContract");
		assertThat(committed("C001")).isEqualByComparingTo("252000");
	}

	@Test
	void shouldNeedTheGeneralManagerToReleaseAHoldFarOverTheLimit() {
		// given a 300,000 order against a 240,000 limit: 25% over
		this.order.submit("C001", "P-100", 25, 12000, 0)
			.complete("Task_DecideCreditHold", "accountant", "finance",
					Map.of("holdDecision", "RELEASE", "holdComment", "Strategic deal"));
		assertThat(this.order.instance()).isWaitingAt("Task_ApproveHoldRelease");

		// when
		this.order.complete("Task_ApproveHoldRelease", "gm", "general-manager", Map.of("gmReleaseDecision", "APPROVE"));

		// then
		assertThat(this.order.instance()).isWaitingAt("Task_ReviewContract");
		assertThat(committed("C001")).isEqualByComparingTo("300000");
	}

	@Test
	void shouldTurnAHeldOrderIntoPrepaymentAndShipOnlyOncePaidInFull() {
		// given an order of a grade E customer, held as overdue
		this.order.submitAs("rep5", "C009", "P-300", 10, 480, 0)
			.complete("Task_DecideCreditHold", "accountant", "finance",
					Map.of("holdDecision", "PREPAY", "holdComment", "Pay first"))
			.complete("Task_ReviewContract", "assistant", "sales-assistant", REVIEWED)
			.complete("Task_ApproveOrder", "manager", "sales-manager", APPROVE)
			.complete("Task_ApproveOrder", "director", "sales-director", APPROVE);

		// when
		this.order.complete("Task_RecordSignedContract", "assistant", "sales-assistant", Map.of("signedCopy", "FAX"))
			.complete("Task_ConfirmPayment", "accountant", "finance",
					Map.of("amountReceived", 2000.0, "paymentReference", "BANK-1"));
		assertThat(this.order.instance()).isWaitingAt("Task_ConfirmPayment");
		this.order.complete("Task_ConfirmPayment", "accountant", "finance",
				Map.of("amountReceived", 2800.0, "paymentReference", "BANK-2"));

		// then
		assertThat(this.order.instance()).isWaitingAt("Task_ReserveStock");
		assertThat(this.order.instance()).hasPassed("Task_ConvertToPrepay", "Task_RecordPayment");
		assertThat(paymentTerms()).isEqualTo("PREPAY");
	}

	@Test
	void shouldRejectAHeldOrder() {
		// given
		this.order.submitAs("rep5", "C009", "P-300", 10, 480, 0);

		// when
		this.order.complete("Task_DecideCreditHold", "accountant", "finance",
				Map.of("holdDecision", "REJECT", "holdComment", "120 days overdue"));

		// then
		assertThat(this.order.instance()).isNull();
		assertThat(status()).isEqualTo("REJECTED");
	}

	@Test
	void shouldShipAPrepaidOrderWhenThePaymentEventArrives() {
		// given
		prepaidOrderAtThePaymentGate();

		// when
		this.jdbc.update("insert into payment (number, customer_id, order_id, received_on, amount, reference)"
				+ " select 'SKEVENT1', customer_id, id, current_date, total_amount, 'WIRE' from sales_order"
				+ " where number = ?", this.order.number);
		this.order.correlate("Msg_PaymentReceived", Map.of("fullyPaid", true));

		// then
		assertThat(this.order.instance()).isWaitingAt("Task_ReserveStock");
	}

	@Test
	void shouldRemindTheRepAfterSevenDaysAndCancelAfterThirty() {
		// given
		prepaidOrderAtThePaymentGate();
		Instant signed = TestClock.now();

		// when
		ClockUtil.setCurrentTime(Date.from(signed.plus(Duration.ofDays(8))));
		executeTimer("BoundaryEvent_PaymentReminder");
		ClockUtil.setCurrentTime(Date.from(signed.plus(Duration.ofDays(31))));
		executeTimer("BoundaryEvent_Unpaid30Days");

		// then
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification where order_number = ?" + " and subject like '%still unpaid%'",
				Integer.class, this.order.number))
			.isOne();
		assertThat(this.order.instance()).isNull();
		assertThat(status()).isEqualTo("CANCELLED");
		assertThat(contractStatus()).isEqualTo("VOID");
		assertThat(this.jdbc.queryForObject("select cancel_reason from sales_order where number = ?", String.class,
				this.order.number))
			.contains("Unpaid 30 days");
	}

	@Test
	void shouldShipBeforePaymentOnAManagementException() {
		// given
		prepaidOrderAtThePaymentGate();

		// when
		this.order.correlate("Msg_ShipmentExceptionGranted", Map.of());

		// then
		assertThat(this.order.instance()).hasPassed("Task_RecordShipmentException").isWaitingAt("Task_ReserveStock");
	}

	@Test
	void aPrepayOrderShippedOnAnExceptionIsInvoicedOnlyOnceFullyPaid() {
		// given a prepaid order, a third paid, shipped on a management exception
		prepaidOrderAtThePaymentGate();
		this.order.complete("Task_ConfirmPayment", "accountant", "finance",
				Map.of("amountReceived", "400.00", "paymentReference", "BANK-1"));
		this.order.correlate("Msg_ShipmentExceptionGranted", Map.of())
			.runJobs()
			.complete("Task_CheckAndDispatch", "keeper", "warehouse",
					Map.of("noticeChecked", true, "carrier", "SF Express", "trackingNumber", "SF7"))
			.runJobs()
			.complete("Task_ConfirmDelivery", "rep3", "sales-rep", Map.of("deliveryConfirmed", true));

		// then the invoice waits for the rest, which stays visible as outstanding
		assertThat(this.order.instance()).isWaitingAt("Task_ConfirmBalance").hasNotPassed("CallActivity_Invoicing");
		assertThat(invoices()).isZero();
		Map<String, Object> view = this.views.view(this.order.number, OrderScope.all());
		assertThat((BigDecimal) view.get("paid")).isEqualByComparingTo("400.00");
		assertThat((BigDecimal) view.get("unpaidBalance")).isEqualByComparingTo("800.00");
		assertThat(view).containsEntry("shippedBeforePayment", true);
		assertThat(this.taskService.createTaskQuery()
			.processInstanceId(this.order.instance().getId())
			.taskDefinitionKey("Task_ConfirmBalance")
			.singleResult()
			.getName()).startsWith("Confirm the remaining payment: " + this.order.number);

		// when the rest is paid
		this.order.complete("Task_ConfirmBalance", "accountant", "finance",
				Map.of("amountReceived", "800.00", "paymentReference", "BANK-2"));

		// then it is invoiced
		assertThat(this.order.instance()).hasPassed("Gateway_BalancePaid").isWaitingAt("CallActivity_Invoicing");
	}

	@Test
	void shouldRejectWithAReasonAndReleaseTheCommitment() {
		// given
		this.order.submit("C001", "P-300", 10, 480, 0)
			.complete("Task_ReviewContract", "assistant", "sales-assistant", REVIEWED);
		assertThat(committed("C001")).isEqualByComparingTo("4800");

		// when
		this.order.complete("Task_ApproveOrder", "manager", "sales-manager",
				Map.of("approvalDecision", "REJECT", "approvalReason", "Price too low for this customer"));

		// then
		assertThat(this.order.instance()).isNull();
		assertThat(status()).isEqualTo("REJECTED");
		assertThat(contractStatus()).isEqualTo("VOID");
		assertThat(committed("C001")).isZero();
	}

	@Test
	void shouldSendBackAndApproveTheRevisedOrder() {
		// given
		this.order.submit("C001", "P-300", 10, 480, 0)
			.complete("Task_ReviewContract", "assistant", "sales-assistant", REVIEWED)
			.complete("Task_ApproveOrder", "manager", "sales-manager",
					Map.of("approvalDecision", "SEND_BACK", "approvalReason", "Order 20 units"));

		// when
		this.orders.revise(this.order.number,
				new OrderRequest("C001", null, null,
						List.of(new OrderRequest.Line("P-300", new BigDecimal("20"), new BigDecimal("480"), null))),
				"rep1", true);
		this.order.complete("Task_ReviseOrder", "rep1", "sales-rep", Map.of("revisionNote", "Now 20 units"))
			.complete("Task_ReviewContract", "assistant", "sales-assistant", REVIEWED)
			.complete("Task_ApproveOrder", "manager", "sales-manager", APPROVE);

		// then
		assertThat(this.order.instance()).isWaitingAt("Task_RecordSignedContract").hasPassed("Task_ReopenOrder");
		assertThat(committed("C001")).isEqualByComparingTo("9600");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from contract c join sales_order o on o.id = c.order_id" + " where o.number = ?",
				Integer.class, this.order.number))
			.isOne();
	}

	@Test
	void shouldCancelBeforeDispatchReleasingStockCreditAndContract() {
		// given
		int reservedBefore = reserved("P-300");
		this.order.submit("C001", "P-300", 10, 480, 0)
			.complete("Task_ReviewContract", "assistant", "sales-assistant", REVIEWED)
			.complete("Task_ApproveOrder", "manager", "sales-manager", APPROVE)
			.complete("Task_RecordSignedContract", "rep1", "sales-rep", Map.of("signedCopy", "ON_SITE"))
			.runJobs();
		assertThat(this.order.instance()).isWaitingAt("Task_CheckAndDispatch");
		assertThat(reserved("P-300")).isEqualTo(reservedBefore + 10);

		// when
		this.order.correlate("Msg_OrderCancelled", Map.of("cancelReason", "Customer withdrew"));

		// then
		assertThat(this.order.instance()).isNull();
		assertThat(status()).isEqualTo("CANCELLED");
		assertThat(reserved("P-300")).isEqualTo(reservedBefore);
		assertThat(committed("C001")).isZero();
		assertThat(contractStatus()).isEqualTo("VOID");
	}

	@Test
	void shouldLetTheAssistantRetryAReservationOnceStockArrives() {
		// given
		this.order.submit("C001", "P-600", 5, 950, 0)
			.complete("Task_ReviewContract", "assistant", "sales-assistant", REVIEWED)
			.complete("Task_ApproveOrder", "manager", "sales-manager", APPROVE)
			.complete("Task_RecordSignedContract", "rep1", "sales-rep", Map.of("signedCopy", "COURIER"))
			.runJobs();
		assertThat(this.order.instance()).isWaitingAt("Task_HandleStockShortage");

		// when
		this.jdbc.update("update product set stock_on_hand = 5 where sku = 'P-600'");
		this.order
			.complete("Task_HandleStockShortage", "assistant", "sales-assistant", Map.of("shortageDecision", "RETRY"))
			.runJobs();

		// then
		assertThat(this.order.instance()).isWaitingAt("Task_CheckAndDispatch");
		assertThat(reserved("P-600")).isEqualTo(5);
	}

	@Test
	void shouldCancelAnOrderThatCannotBeServed() {
		// given
		this.order.submit("C001", "P-600", 5, 950, 0)
			.complete("Task_ReviewContract", "assistant", "sales-assistant", REVIEWED)
			.complete("Task_ApproveOrder", "manager", "sales-manager", APPROVE)
			.complete("Task_RecordSignedContract", "rep1", "sales-rep", Map.of("signedCopy", "COURIER"))
			.runJobs();

		// when
		this.order.complete("Task_HandleStockShortage", "assistant", "sales-assistant",
				Map.of("shortageDecision", "CANCEL", "cancelReason", "No safety relays this quarter"));

		// then
		assertThat(this.order.instance()).isNull();
		assertThat(status()).isEqualTo("CANCELLED");
		assertThat(committed("C001")).isZero();
	}

	@Test
	void shouldKeepTheDeadlinesOfTheFirstWaitThroughPartialPayments() {
		// given a prepaid order of 1,200.00 waiting for payment, and its deadlines
		prepaidOrderAtThePaymentGate();
		Date reminder = timer("BoundaryEvent_PaymentReminder").getDuedate();
		Date cancellation = timer("BoundaryEvent_Unpaid30Days").getDuedate();
		ClockUtil.setCurrentTime(Date.from(TestClock.now().plus(Duration.ofDays(5))));

		// when finance records a part of it five days later
		this.order.complete("Task_ConfirmPayment", "accountant", "finance",
				Map.of("amountReceived", "200.50", "paymentReference", "BANK-1"));

		// then the next payment task starts empty, shows the figures, and the deadlines
		// hold
		Task next = this.order.task("Task_ConfirmPayment");
		assertThat(this.taskService.getVariables(next.getId())).doesNotContainKeys("amountReceived", "paymentReference")
			.containsEntry("amountPaid", "200.50 CNY")
			.containsEntry("amountOutstanding", "999.50 CNY");
		assertThat(timer("BoundaryEvent_PaymentReminder").getDuedate()).isEqualTo(reminder);
		assertThat(timer("BoundaryEvent_Unpaid30Days").getDuedate()).isEqualTo(cancellation);
		assertThat(this.jdbc.queryForObject(
				"select sum(p.amount) from payment p join sales_order o on o.id = p.order_id where o.number = ?",
				BigDecimal.class, this.order.number))
			.isEqualByComparingTo("200.50");
	}

	@Test
	void shouldRefuseMoreThanTheOutstandingUnlessItIsAnOverpayment() {
		// given
		prepaidOrderAtThePaymentGate();

		// when / then
		assertThatThrownBy(() -> this.order.complete("Task_ConfirmPayment", "accountant", "finance",
				Map.of("amountReceived", "10001400", "paymentReference", "TYPO")))
			.hasMessageContaining("more than the outstanding 1,200.00 CNY");
		assertThatThrownBy(() -> this.order.complete("Task_ConfirmPayment", "accountant", "finance",
				Map.of("amountReceived", "0.001", "paymentReference", "FEN")))
			.hasMessageContaining("yuan and fen");
		BigDecimal creditBefore = customerCredit("C005");
		this.order.complete("Task_ConfirmPayment", "accountant", "finance",
				Map.of("amountReceived", "1300.00", "paymentReference", "BANK-9", "overpayment", true));
		assertThat(this.order.instance()).isWaitingAt("Task_ReserveStock");

		// when the order is shipped and invoiced
		this.order.runJobs()
			.complete("Task_CheckAndDispatch", "keeper", "warehouse",
					Map.of("noticeChecked", true, "carrier", "SF Express", "trackingNumber", "SF8"))
			.runJobs()
			.complete("Task_ConfirmDelivery", "rep3", "sales-rep", Map.of("deliveryConfirmed", true))
			.complete("Task_CollectInvoicingDetails", "rep3", "sales-rep",
					Map.of("invoiceAddress", "5 Century Avenue, Shanghai", "taxNumber", "91310000100000000X"))
			.complete("Task_FileInvoicingDetails", "assistant", "sales-assistant", Map.of("detailsFiled", true))
			.complete("Task_ApproveInvoice", "accountant", "finance", Map.of("invoiceChecked", true))
			.runJobs();

		// then the invoice is settled and the excess of 100.00 is the customer's credit
		assertThat(invoices()).isEqualTo(1);
		assertThat(customerCredit("C005").subtract(creditBefore)).isEqualByComparingTo("100.00");
		assertThat(this.jdbc.queryForObject(
				"select r.open_amount from receivable r join invoice i on i.id = r.invoice_id"
						+ " join sales_order o on o.id = i.order_id where o.number = ?",
				BigDecimal.class, this.order.number))
			.isEqualByComparingTo("0");
	}

	private BigDecimal customerCredit(String customerCode) {
		return this.jdbc.queryForObject("select coalesce(sum(k.amount), 0) from customer_credit k"
				+ " join customer c on c.id = k.customer_id where c.code = ?", BigDecimal.class, customerCode);
	}

	private Job timer(String activityId) {
		return this.managementService.createJobQuery()
			.processInstanceId(this.order.instance().getId())
			.activityId(activityId)
			.timers()
			.singleResult();
	}

	private void prepaidOrderAtThePaymentGate() {
		this.order.submitAs("rep3", "C005", "P-500", 10, 120, 0)
			.complete("Task_ReviewContract", "assistant", "sales-assistant", REVIEWED)
			.complete("Task_ApproveOrder", "manager", "sales-manager", APPROVE)
			.complete("Task_RecordSignedContract", "rep3", "sales-rep", Map.of("signedCopy", "ON_SITE"));
		assertThat(this.order.instance()).isWaitingAt("Task_ConfirmPayment");
	}

	private void executeTimer(String activityId) {
		Job timer = this.managementService.createJobQuery()
			.processInstanceId(this.order.instance().getId())
			.activityId(activityId)
			.timers()
			.singleResult();
		assertThat(timer).as(activityId).isNotNull();
		assertThat(timer.getDuedate()).isBeforeOrEqualTo(Date.from(TestClock.now()));
		this.managementService.executeJob(timer.getId());
	}

	private long invoices() {
		return this.jdbc.queryForObject(
				"select count(*) from invoice i join sales_order o on o.id = i.order_id where o.number = ?", Long.class,
				this.order.number);
	}

	private String status() {
		return this.jdbc.queryForObject("select status from sales_order where number = ?", String.class,
				this.order.number);
	}

	private String paymentTerms() {
		return this.jdbc.queryForObject("select payment_terms from sales_order where number = ?", String.class,
				this.order.number);
	}

	private String contractStatus() {
		return this.jdbc.queryForObject(
				"select c.status from contract c join sales_order o on o.id = c.order_id" + " where o.number = ?",
				String.class, this.order.number);
	}

	private BigDecimal committed(String customerCode) {
		return this.jdbc.queryForObject("select p.committed_amount from credit_profile p join customer c"
				+ " on c.id = p.customer_id where c.code = ?", BigDecimal.class, customerCode);
	}

	private int reserved(String sku) {
		return this.jdbc.queryForObject("select stock_reserved from product where sku = ?", Integer.class, sku);
	}

}
