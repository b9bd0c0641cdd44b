package com.osb.salesops.ordertocash.process;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import com.osb.salesops.SalesOpsApplication;
import com.osb.salesops.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application reads the same on every day of the year: the demo company is loaded and
 * an order held over the credit limit is routed by its excess on the first, the middle
 * and the last day of a month, across a year end in business time while it is still the
 * old year in UTC, and on the last day of February. Each day starts the application with
 * its clock set to that moment.
 */
class BusinessDatesIT {

	private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

	private static final BigDecimal UNIT_PRICE = new BigDecimal("12000");

	private ConfigurableApplicationContext app;

	@AfterEach
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		TestClock.reset();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-12-01T09:00:00+08:00", "2026-12-15T09:00:00+08:00", "2026-12-31T23:30:00+08:00",
			"2027-01-01T00:30:00+08:00", "2027-02-28T17:00:00+08:00" })
	void routesAHeldOrderByItsExcessWhateverTheDay(OffsetDateTime moment) {
		// given the demo company loaded on that day
		this.app = start(moment);
		JdbcTemplate jdbc = this.app.getBean(JdbcTemplate.class);
		init(this.app.getBean(org.camunda.bpm.engine.ProcessEngine.class));
		OrderScenario small = new OrderScenario(this.app).submit("C001", "P-300", 1, 480, 0);
		String businessDay = moment.atZoneSameInstant(BUSINESS_ZONE).format(DateTimeFormatter.ofPattern("yyyyMMdd"));
		assertThat(small.number).as("order number of the business day").contains(businessDay);
		Map<String, Object> credit = jdbc.queryForMap("select p.credit_limit, p.committed_amount,"
				+ " (select coalesce(sum(r.open_amount), 0) from receivable r where r.customer_id = c.id) as open_amount"
				+ " from customer c join credit_profile p on p.customer_id = c.id where c.code = 'C001'");
		BigDecimal limit = (BigDecimal) credit.get("credit_limit");
		BigDecimal used = ((BigDecimal) credit.get("committed_amount")).add((BigDecimal) credit.get("open_amount"));

		// when orders take the exposure 5% and 30% over the limit
		OrderScenario slightlyOver = new OrderScenario(this.app).submit("C001", "P-100",
				quantityToReach(limit.multiply(new BigDecimal("1.05")), used), 12000, 0);
		OrderScenario farOver = new OrderScenario(this.app).submit("C001", "P-100",
				quantityToReach(limit.multiply(new BigDecimal("1.30")), used), 12000, 0);

		// then finance alone releases the first, the general manager must join for the
		// second
		assertThat(limit).isPositive();
		slightlyOver.complete("Task_DecideCreditHold", "accountant", "finance",
				Map.of("holdDecision", "RELEASE", "holdComment", "Long-standing customer"));
		assertThat(slightlyOver.instance()).isWaitingAt("Task_ReviewContract");
		farOver.complete("Task_DecideCreditHold", "accountant", "finance",
				Map.of("holdDecision", "RELEASE", "holdComment", "Strategic deal"));
		assertThat(farOver.instance()).isWaitingAt("Task_ApproveHoldRelease");
	}

	/** Whole units of the product that take the exposure to at least the target. */
	private static int quantityToReach(BigDecimal target, BigDecimal used) {
		return target.subtract(used).divide(UNIT_PRICE, 0, RoundingMode.CEILING).intValueExact();
	}

	private static ConfigurableApplicationContext start(OffsetDateTime moment) {
		return new SpringApplicationBuilder(SalesOpsApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:h2:mem:business-dates-" + moment.toEpochSecond() + ";DB_CLOSE_DELAY=-1",
				"--camunda.bpm.job-execution.enabled=false", "--salesops.demo.enabled=true",
				"--salesops.clock.start=" + moment);
	}

}
