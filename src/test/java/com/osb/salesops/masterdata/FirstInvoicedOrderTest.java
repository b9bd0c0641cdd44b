package com.osb.salesops.masterdata;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.List;
import java.util.Map;

import com.osb.salesops.masterdata.model.Contact;
import com.osb.salesops.masterdata.model.CustomerFile;
import com.osb.salesops.masterdata.model.DeliveryAddress;
import com.osb.salesops.ordertocash.invoicing.Invoicing;
import com.osb.salesops.ordertocash.order.OrderRequest;
import com.osb.salesops.ordertocash.order.OrderService;
import com.osb.salesops.support.ProcessTest;
import com.osb.salesops.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's years as a customer start with its first invoiced order, not with the day
 * the account was opened or an order that was never invoiced.
 */
@ProcessTest
class FirstInvoicedOrderTest {

	@Autowired
	CustomerAccounts accounts;

	@Autowired
	OrderService orders;

	@Autowired
	Invoicing invoicing;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldSetTheFirstOrderDateWhenTheFirstOrderIsInvoicedAndKeepIt() {
		// given
		CustomerAccount account = this.accounts.open(
				new CustomerFile("Jining Tools", "91370800MA3C00011N", "DIRECT", "2 Taibai Road, Jining", null, null,
						"6222 0000 0000 0001", null, List.of(new Contact("Sun Mei", "139 0000 0003", null)),
						List.of(new DeliveryAddress("2 Taibai Road, Jining", "Sun Mei", null, null, null))),
				"R01", "MEDIUM", "manager", "test");
		String first = order(account.code());
		String second = order(account.code());
		assertThat(firstOrderDate(account.id())).isNull();
		this.jdbc.update("update sales_order set order_date = ? where number = ?",
				Date.valueOf(TestClock.today().minusDays(3)), first);

		// when
		this.invoicing.issue(second);
		this.invoicing.issue(first);

		// then
		assertThat(firstOrderDate(account.id())).isEqualTo(Date.valueOf(TestClock.today().minusDays(3)));
		assertThat(this.jdbc.queryForList("select detail from audit_log where action = 'CUSTOMER_FIRST_ORDER'"
				+ " and subject_id = ? order by id", String.class, String.valueOf(account.id())))
			.containsExactly(second + " of " + TestClock.today(), first + " of " + TestClock.today().minusDays(3));
	}

	private String order(String code) {
		return this.orders.submit(
				new OrderRequest(code, null, null,
						List.of(new OrderRequest.Line("P-300", new BigDecimal(String.valueOf(1)),
								new BigDecimal(String.valueOf(480)), new BigDecimal(String.valueOf(0))))),
				"rep1", true);
	}

	private Date firstOrderDate(long customerId) {
		return this.jdbc.queryForObject("select first_order_date from customer where id = ?", Date.class, customerId);
	}

}
