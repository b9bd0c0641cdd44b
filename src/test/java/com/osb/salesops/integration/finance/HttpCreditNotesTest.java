package com.osb.salesops.integration.finance;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;

import com.osb.salesops.integration.IntegrationProperties;
import com.osb.salesops.integration.IntegrationProperties.Endpoint;
import com.osb.salesops.integration.RemoteCallException;
import com.osb.salesops.returns.DeliveredOrders;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.numbering.DocumentNumbers;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.support.FakeFinanceAndWarehouse;
import com.osb.salesops.support.ProcessTest;
import com.osb.salesops.support.TestClock;
import com.osb.salesops.receivables.Receivables;
import com.osb.salesops.receivables.ShippedBeforePayment;
import com.osb.salesops.receivables.SourcedCreditNotes;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.client.RestClient;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A return's credit note through an accounting system over HTTP: asked for once per
 * return, its number kept as the reference, nothing written when the call fails, and a
 * retry after a failure issues it once.
 */
@ProcessTest
class HttpCreditNotesTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DocumentNumbers numbers;

	@Autowired
	Receivables receivables;

	@Autowired
	SourcedCreditNotes sourcedCreditNotes;

	@Autowired
	ShippedBeforePayment shipped;

	@Autowired
	BusinessClock clock;

	@Autowired
	AuditLog audit;

	@Test
	void issuesTheCreditNoteOnceThroughTheAccountingSystem() {
		try (FakeFinanceAndWarehouse remote = new FakeFinanceAndWarehouse()) {
			// given an open invoice of 4,560.00 and an accounting system that fails once
			Endpoint finance = new Endpoint(URI.create(remote.url("finance")), Duration.ofSeconds(2),
					Duration.ofSeconds(5), FakeFinanceAndWarehouse.TOKEN);
			HttpFinance http = new HttpFinance(new IntegrationProperties("http", finance, finance, null),
					RestClient.builder(), this.jdbc, this.receivables, this.sourcedCreditNotes, this.shipped,
					this.clock, this.audit);
			DeliveredOrders.Order order = new DeliveredOrders(this.jdbc).line(10, "480.00", "5")
				.invoicedOpen("4560.00");
			CreditNoteRequest request = new CreditNoteRequest("TH-HTTP-" + System.nanoTime(), order.number(),
					order.invoice(), new BigDecimal("912.00"), TestClock.today(), "Return");
			remote.failNext("/finance/credit-notes", 503);

			// when
			assertThatThrownBy(() -> http.issueCreditNote(request)).isInstanceOf(RemoteCallException.class)
				.hasMessageContaining("[remote-refused] 财务系统的 credit-note 调用（" + request.sourceDocument() + "）返回 503");
			assertThat(creditNotes(request)).isZero();
			IssuedCreditNote first = http.issueCreditNote(request);
			IssuedCreditNote again = http.issueCreditNote(request);

			// then
			assertThat(again).isEqualTo(first);
			assertThat(first.appliedToInvoice()).isEqualByComparingTo("912.00");
			assertThat(creditNotes(request)).isEqualTo(1);
			assertThat(remote.effects(request.sourceDocument() + ":credit-note")).isEqualTo(1);
			assertThat(this.jdbc.queryForObject(
					"select external_reference from credit_note_allocation where source_document = ?", String.class,
					request.sourceDocument()))
				.contains("HZ");
			assertThat(order.openAmount()).isEqualByComparingTo("3648.00");
		}
	}

	private int creditNotes(CreditNoteRequest request) {
		return this.jdbc.queryForObject("select count(*) from credit_note_allocation where source_document = ?",
				Integer.class, request.sourceDocument());
	}

}
