package com.osb.salesops.receivables.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import com.osb.salesops.receivables.CreditedDocuments;
import com.osb.salesops.receivables.CreditedDocuments.CreditedDocument;
import com.osb.salesops.receivables.CustomerBalances;
import com.osb.salesops.receivables.NewInvoice;
import com.osb.salesops.receivables.Receivables;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.ProcessTest;
import com.osb.salesops.support.TestClock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * A bad-debt write-off, path by path: finance alone up to 10,000, the general manager too
 * above it, a rejection; what is written off leaves the receivables and, the invoice
 * being less than 180 days old, counts against the rep's credited revenue.
 */
@ProcessTest
class BadDebtWriteOffProcessTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Receivables receivables;

	@Autowired
	CustomerBalances balances;

	@Autowired
	CreditedDocuments credited;

	private long customerId;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(this.processEngine);
		this.customerId = new CustomerFixture(this.jdbc).customer("T01");
	}

	@Test
	void shouldLetFinanceAloneWriteOffUpToTenThousand() {
		// given
		String invoice = invoice("10000.00");
		ProcessInstance writeOff = propose(invoice);
		assertThat(writeOff).isWaitingAt("Task_ApproveWriteOff").task().hasCandidateGroup("finance");
		// when
		complete(task(), withVariables("writeOffDecision", "APPROVE", "writeOffComment", "Customer insolvent"));
		// then
		assertThat(writeOff).isEnded()
			.hasPassed("EndEvent_WrittenOff")
			.hasNotPassed("Task_ApproveWriteOffAsGeneralManager");
		assertThat(this.balances.open(this.customerId)).isZero();
		assertThat(this.credited.before("T01", TestClock.today().plusDays(1)))
			.filteredOn((document) -> document.kind() == CreditedDocument.Kind.BAD_DEBT
					&& document.description().contains(invoice))
			.singleElement()
			.satisfies((document) -> {
				assertThat(document.amount()).isEqualByComparingTo("10000.00");
				assertThat(document.ageDays()).isEqualTo(76);
			});
	}

	@Test
	void shouldNeedTheGeneralManagerAboveTenThousand() {
		// given
		String invoice = invoice("10000.01");
		ProcessInstance writeOff = propose(invoice);
		assertThat(writeOff).isWaitingAt("Task_ApproveWriteOff");
		complete(task(), withVariables("writeOffDecision", "APPROVE"));
		assertThat(writeOff).isWaitingAt("Task_ApproveWriteOffAsGeneralManager")
			.task()
			.hasCandidateGroup("general-manager");
		assertThat(this.balances.open(this.customerId)).isEqualByComparingTo("10000.01");
		// when
		complete(task(), withVariables("writeOffDecision", "APPROVE", "writeOffComment", "Agreed"));
		// then
		assertThat(writeOff).isEnded().hasPassed("EndEvent_WrittenOff");
		assertThat(this.balances.open(this.customerId)).isZero();
		assertThat(this.jdbc.queryForObject("select status from bad_debt_write_off where process_instance_id = ?",
				String.class, writeOff.getId()))
			.isEqualTo("WRITTEN_OFF");
	}

	@Test
	void shouldKeepTheInvoiceOpenWhenTheGeneralManagerRejects() {
		// given
		ProcessInstance writeOff = propose(invoice("50000.00"));
		assertThat(writeOff).isWaitingAt("Task_ApproveWriteOff");
		complete(task(), withVariables("writeOffDecision", "APPROVE"));
		// when
		complete(task(), withVariables("writeOffDecision", "REJECT", "writeOffComment", "Keep chasing"));
		// then
		assertThat(writeOff).isEnded().hasPassed("EndEvent_WriteOffRejected");
		assertThat(this.balances.open(this.customerId)).isEqualByComparingTo("50000.00");
	}

	@Test
	void shouldRefuseAnInvoiceWithNothingOpenInTheProposersLanguage() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		try {
			assertThatThrownBy(() -> propose("FP-NONE")).isInstanceOf(FormFieldValidationException.class)
				.hasMessage("没有尚有未付金额可核销的发票 FP-NONE");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private String invoice(String amount) {
		LocalDate issued = LocalDate.parse("2026-09-01");
		String number = this.receivables.issueInvoice(
				new NewInvoice(this.customerId, null, new BigDecimal(amount), issued, issued.plusDays(30), null));
		this.receivables.post(number);
		return number;
	}

	private ProcessInstance propose(String invoice) {
		return runtimeService().startProcessInstanceByKey("bad-debt-write-off", invoice,
				Map.of("invoiceNumber", invoice, "writeOffReason", "Customer insolvent", "proposedBy", "accountant"));
	}

}
