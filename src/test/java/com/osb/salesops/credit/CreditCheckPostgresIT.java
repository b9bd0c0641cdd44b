package com.osb.salesops.credit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order credit check on PostgreSQL: each result of the policy, and 50 orders of one
 * customer checked at the same moment never committing more than the limit.
 */
class CreditCheckPostgresIT extends PostgresIntegrationTest {

	@Autowired
	CreditCheck creditCheck;

	@Autowired
	JdbcTemplate jdbc;

	CustomerFixture customers;

	@BeforeEach
	void fixture() {
		this.customers = new CustomerFixture(this.jdbc);
	}

	@Test
	void fiftyConcurrentOrdersNeverCommitMoreThanTheLimit() throws Exception {
		// given
		long customer = this.customers.customer("T01");
		this.customers.profile(customer, "B", "100000.00", "NET30");
		List<Callable<CreditCheckResult>> orders = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			String reference = "order-" + i;
			orders.add(() -> this.creditCheck.check(customer, new BigDecimal("5000.00"), reference, null));
		}

		// when
		List<CreditCheckResult> results = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(50);
		try {
			for (Future<CreditCheckResult> result : pool.invokeAll(orders)) {
				results.add(result.get());
			}
		}
		finally {
			pool.shutdown();
		}

		// then
		assertThat(results).filteredOn(CreditCheckResult::passed).hasSize(20);
		assertThat(results).filteredOn((result) -> "OVER_LIMIT".equals(result.holdReason())).hasSize(30);
		assertThat(committed(customer)).isEqualByComparingTo("100000.00");
	}

	@Test
	void passesWithinTheLimitCountingOpenReceivablesAndCommittedOrders() {
		// given
		long customer = this.customers.customer("T01");
		this.customers.profile(customer, "A", "240000.00", "NET60");
		this.customers.openInvoice(customer, "100000.00", -10);
		this.creditCheck.check(customer, new BigDecimal("100000.00"), "first", null);

		// when
		CreditCheckResult exactlyAtLimit = this.creditCheck.check(customer, new BigDecimal("40000.00"), "second", null);
		CreditCheckResult aCentOver = this.creditCheck.check(customer, new BigDecimal("0.01"), "third", null);

		// then
		assertThat(exactlyAtLimit.creditResult()).isEqualTo("PASS");
		assertThat(exactlyAtLimit.exposure()).isEqualByComparingTo("240000.00");
		assertThat(aCentOver.creditResult()).isEqualTo("HOLD");
		assertThat(aCentOver.holdReason()).isEqualTo("OVER_LIMIT");
		assertThat(aCentOver.rulesFired()).extracting("rule").containsExactly("Rule_HoldOverLimit");
	}

	@Test
	void holdsAsOverdueBeyondSixtyDaysAndForGradeE() {
		// given
		long overdue = this.customers.customer("T01");
		this.customers.profile(overdue, "A", "240000.00", "NET60");
		this.customers.openInvoice(overdue, "1000.00", 61);
		long gradeE = this.customers.customer("T01");
		this.customers.profile(gradeE, "E", "0.00", "PREPAY");
		long sixtyDays = this.customers.customer("T01");
		this.customers.profile(sixtyDays, "A", "240000.00", "NET60");
		this.customers.openInvoice(sixtyDays, "1000.00", 60);

		// when
		CreditCheckResult overdueResult = this.creditCheck.check(overdue, new BigDecimal("10.00"), "o", null);
		CreditCheckResult gradeEResult = this.creditCheck.check(gradeE, new BigDecimal("10.00"), "e", null);
		CreditCheckResult sixtyDaysResult = this.creditCheck.check(sixtyDays, new BigDecimal("10.00"), "s", null);

		// then
		assertThat(overdueResult.creditResult()).isEqualTo("HOLD");
		assertThat(overdueResult.holdReason()).isEqualTo("OVERDUE");
		assertThat(overdueResult.maxOverdueDays()).isEqualTo(61);
		assertThat(gradeEResult.holdReason()).isEqualTo("OVERDUE");
		assertThat(sixtyDaysResult.creditResult()).isEqualTo("PASS");
		assertThat(committed(overdue)).isZero();
	}

	@Test
	void prepayTermsNeedPaymentFirstAndCommitNothing() {
		// given
		long customer = this.customers.customer("T02");
		this.customers.profile(customer, "C", "9000.00", "PREPAY");

		// when
		CreditCheckResult result = this.creditCheck.check(customer, new BigDecimal("500000.00"), "big", null);

		// then
		assertThat(result.creditResult()).isEqualTo("PREPAY");
		assertThat(result.holdReason()).isNull();
		assertThat(committed(customer)).isZero();
	}

	@Test
	void releaseGivesTheCommittedAmountBack() {
		// given
		long customer = this.customers.customer("T02");
		this.customers.profile(customer, "B", "60000.00", "NET30");
		this.creditCheck.check(customer, new BigDecimal("50000.00"), "cancelled", null);

		// when
		this.creditCheck.release(customer, new BigDecimal("50000.00"));

		// then
		assertThat(committed(customer)).isZero();
		assertThat(this.creditCheck.check(customer, new BigDecimal("60000.00"), "next", null).passed()).isTrue();
	}

	@Test
	void aCustomerNeverRatedIsRatedFromTheLedgerAtTheFirstCheck() {
		// given
		long customer = this.customers.customer("T02");

		// when
		CreditCheckResult result = this.creditCheck.check(customer, new BigDecimal("100.00"), "first", null);

		// then
		assertThat(result.grade()).isEqualTo("A");
		assertThat(result.creditResult()).isEqualTo("HOLD");
		assertThat(result.holdReason()).isEqualTo("OVER_LIMIT");
		assertThat(this.jdbc.queryForObject("select count(*) from credit_rating where customer_id = ?", Integer.class,
				customer))
			.isOne();
	}

	private BigDecimal committed(long customer) {
		return this.jdbc.queryForObject("select committed_amount from credit_profile where customer_id = ?",
				BigDecimal.class, customer);
	}

}
