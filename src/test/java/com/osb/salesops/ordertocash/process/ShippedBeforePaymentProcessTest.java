package com.osb.salesops.ordertocash.process;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.osb.salesops.credit.CreditCheck;
import com.osb.salesops.home.ReceivablesReader;
import com.osb.salesops.receivables.Ageing;
import com.osb.salesops.receivables.CustomerBalances;
import com.osb.salesops.receivables.ReceivablesScope;
import com.osb.salesops.receivables.Statements;
import com.osb.salesops.support.ProcessTest;
import com.osb.salesops.support.TestClock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * A prepaid order that the general manager lets ship before it is paid is invoiced only
 * once it is paid in full (POLICY section 3.8); until then its unpaid balance is a
 * receivable all the same: shipped, not yet invoiced, aged from the shipment day in the
 * ageing, on the statement of account, in the open receivables the credit check counts,
 * and on the home page. Its invoice takes its place.
 */
@ProcessTest
class ShippedBeforePaymentProcessTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Ageing ageing;

	@Autowired
	Statements statements;

	@Autowired
	CustomerBalances balances;

	@Autowired
	ReceivablesReader home;

	@Autowired
	CreditCheck credit;

	OrderScenario order;

	long customerId;

	@BeforeEach
	void prepaidOrderAtThePaymentGate() {
		BpmnAwareTests.init(this.processEngine);
		this.jdbc
			.update("delete from credit_profile where customer_id in (select id from customer where code = 'C005')");
		this.customerId = this.jdbc.queryForObject("select id from customer where code = 'C005'", Long.class);
		this.order = new OrderScenario(this.context);
		this.order.submitAs("rep3", "C005", "P-500", 10, 120, 0)
			.complete("Task_ReviewContract", "assistant", "sales-assistant", Map.of("contractReviewed", true))
			.complete("Task_ApproveOrder", "manager", "sales-manager", Map.of("approvalDecision", "APPROVE"))
			.complete("Task_RecordSignedContract", "rep3", "sales-rep", Map.of("signedCopy", "ON_SITE"));
		assertThat(this.order.instance()).isWaitingAt("Task_ConfirmPayment");
	}

	@AfterEach
	void realTime() {
		TestClock.reset();
	}

	@Test
	void theUnpaidBalanceOfAnOrderShippedBeforePaymentIsAReceivableAgedFromItsShipmentUntilInvoiced() {
		// given 400.00 of 1,200.00 paid, the shipment granted, and what the ledger held
		this.order.complete("Task_ConfirmPayment", "accountant", "finance",
				Map.of("amountReceived", "400.00", "paymentReference", "BANK-1"));
		BigDecimal openBefore = this.balances.open(this.customerId);
		BigDecimal homeBefore = this.home.shippedNotInvoiced(List.of("R03"), TestClock.today()).openAmount();
		this.order.correlate("Msg_ShipmentExceptionGranted", Map.of()).runJobs();
		LocalDate shipped = TestClock.today();

		// when the warehouse ships it, and ten days pass without the rest
		this.order
			.complete("Task_CheckAndDispatch", "keeper", "warehouse",
					Map.of("noticeChecked", true, "carrier", "SF Express", "trackingNumber", "SF9"))
			.runJobs()
			.complete("Task_ConfirmDelivery", "rep3", "sales-rep", Map.of("deliveryConfirmed", true));
		ClockUtil.setCurrentTime(Date.from(TestClock.now().plus(Duration.ofDays(10))));
		LocalDate today = TestClock.today();

		// then it is not invoiced, and its 800.00 unpaid is a receivable from the
		// shipment
		assertThat(this.order.instance()).isWaitingAt("Task_ConfirmBalance");
		Ageing.Report report = this.ageing.report(today, Ageing.Grouping.CUSTOMER, ReceivablesScope.all());
		assertThat(report.shippedNotInvoiced()).filteredOn((item) -> item.orderNumber().equals(this.order.number))
			.singleElement()
			.satisfies((item) -> {
				assertThat(item.customerCode()).isEqualTo("C005");
				assertThat(item.shippedOn()).isEqualTo(shipped);
				assertThat(item.daysSinceShipment()).isEqualTo(10);
				assertThat(item.bucket()).isEqualTo("1-30");
				assertThat(item.openAmount()).isEqualByComparingTo("800.00");
			});
		Ageing.Line line = line(report, "C005");
		assertThat(line.shippedNotInvoiced()).isGreaterThanOrEqualTo(new BigDecimal("800.00"));
		assertThat(line.buckets().get("1-30")).isGreaterThanOrEqualTo(new BigDecimal("800.00"));
		assertThat(shippedItems(shipped.minusDays(1))).isEmpty();
		assertThat(shippedItems(shipped)).singleElement()
			.satisfies((item) -> assertThat(item.bucket()).isEqualTo("CURRENT"));
		assertThat(this.balances.open(this.customerId).subtract(openBefore)).isEqualByComparingTo("800.00");
		assertThat(this.credit.standing(this.customerId).openReceivables())
			.isEqualByComparingTo(this.balances.open(this.customerId));
		assertThat(this.balances.openByCustomer().get(this.customerId))
			.isEqualByComparingTo(openBefore.add(new BigDecimal("800.00")));
		assertThat(this.home.shippedNotInvoiced(List.of("R03"), today).openAmount().subtract(homeBefore))
			.isEqualByComparingTo("800.00");
		Statements.Statement statement = this.statements.of("C005", shipped, today, ReceivablesScope.all())
			.orElseThrow();
		assertThat(statement.lines()).filteredOn((entry) -> entry.number().equals(this.order.number))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.kind()).isEqualTo("SHIPPED_NOT_INVOICED");
				assertThat(entry.day()).isEqualTo(shipped);
				assertThat(entry.amount()).isEqualByComparingTo("1200.00");
			});

		// when the rest is paid and the order invoiced
		this.order
			.complete("Task_ConfirmBalance", "accountant", "finance",
					Map.of("amountReceived", "800.00", "paymentReference", "BANK-2"))
			.runJobs()
			.complete("Task_CollectInvoicingDetails", "rep3", "sales-rep",
					Map.of("invoiceAddress", "5 Century Avenue, Shanghai", "taxNumber", "91310000100000000X"))
			.complete("Task_FileInvoicingDetails", "assistant", "sales-assistant", Map.of("detailsFiled", true))
			.complete("Task_ApproveInvoice", "accountant", "finance", Map.of("invoiceChecked", true))
			.runJobs();

		// then the invoice takes its place, settled by the payments, and nothing is owed
		assertThat(shippedItems(today)).isEmpty();
		assertThat(this.balances.open(this.customerId)).isEqualByComparingTo(openBefore);
		assertThat(this.home.shippedNotInvoiced(List.of("R03"), today).openAmount()).isEqualByComparingTo(homeBefore);
		Statements.Statement after = this.statements.of("C005", shipped, today, ReceivablesScope.all()).orElseThrow();
		assertThat(after.lines()).filteredOn((entry) -> entry.number().equals(this.order.number))
			.extracting(Statements.Line::kind)
			.containsExactly("SHIPPED_NOT_INVOICED", "SHIPMENT_INVOICED");
		assertThat(after.lines()).filteredOn((entry) -> entry.number().equals(this.order.number))
			.extracting(Statements.Line::amount)
			.containsExactly(new BigDecimal("1200.00"), new BigDecimal("-1200.00"));
	}

	private List<Ageing.ShippedItem> shippedItems(LocalDate asOf) {
		return this.ageing.report(asOf, Ageing.Grouping.CUSTOMER, ReceivablesScope.all())
			.shippedNotInvoiced()
			.stream()
			.filter((item) -> item.orderNumber().equals(this.order.number))
			.toList();
	}

	private static Ageing.Line line(Ageing.Report report, String customerCode) {
		return report.lines().stream().filter((line) -> line.key().equals(customerCode)).findFirst().orElseThrow();
	}

}
