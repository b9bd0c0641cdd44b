package com.osb.salesops.shared.security;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestClock;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a careless or hostile client sends is refused at the edge, before it costs memory
 * or arithmetic: bodies past their size, numbers past their range and scale, texts past
 * their length, dates out of range, a body of the wrong shape. Failed logins slow the
 * caller down and are logged, and never lock an account for good.
 */
@ExtendWith(OutputCaptureExtension.class)
class InputLimitsPostgresIT extends PostgresIntegrationTest {

	/** Half a megabyte past the 1 MB limit of JSON bodies. */
	private static final int OVERSIZED = 1_536 * 1_024;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	String customerCode;

	String sku;

	@BeforeEach
	void companyAndPeople() {
		OrderDesk.hireCrew(this.identityService);
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		this.customerCode = customers.creditworthyCustomer();
		this.sku = customers.product();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/orders", "/engine-rest/task", "/api/orders/SC20260101DD0001/events" })
	void anOversizedBodyIsRefusedBeforeItIsRead(String path) {
		// given
		String body = "{\"pad\":\"" + "x".repeat(OVERSIZED) + "\"}";

		// when
		HttpResponse<String> declared = new Http(this.port).as("tina")
			.post(path, "application/json", BodyPublishers.ofString(body));
		HttpResponse<String> signed = new Http(this.port).post(path, "application/json", BodyPublishers.ofString(body),
				"X-Salesops-Signature", "sha256=00");
		HttpResponse<String> streamed = new Http(this.port).post(path, "application/json",
				BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes())), "X-Salesops-Signature",
				"sha256=00");

		// then
		assertThat(declared.statusCode()).as(declared.body()).isEqualTo(413);
		assertThat(signed.statusCode()).as(signed.body()).isEqualTo(413);
		// a stream without a length is cut at the limit where it is read (a signed
		// callback);
		// elsewhere, without credentials, it is refused before it is read at all
		assertThat(streamed.statusCode()).as(streamed.body())
			.isIn(path.endsWith("/events") ? List.of(413) : List.of(401, 413));
		assertThat(declared.body()).contains("larger than 1048576 bytes");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/orders", "/api/orders/SC20260101DD0001/events", "/engine-rest/task/create" })
	void aStreamOfHundredsOfMegabytesIsCutAtTheLimitAndMemoryStaysFlat(String path) {
		// given
		long baseline = heapInUseAfterCollection();
		long size = 300L * 1024 * 1024;
		AtomicLong sent = new AtomicLong();

		// when
		Integer status;
		try {
			status = new Http(this.port).as("tina")
				.post(path, "application/json", BodyPublishers.ofInputStream(() -> new EndlessJson(size, sent)),
						"X-Salesops-Signature", "sha256=00")
				.statusCode();
		}
		catch (UncheckedIOException closedByTheServer) {
			status = null;
		}

		// then
		assertThat(status).isIn(null, 413);
		assertThat(sent.get()).as("bytes the server let through").isLessThan(64L * 1024 * 1024);
		assertThat(heapInUseAfterCollection() - baseline).as("heap grown").isLessThan(64L * 1024 * 1024);
	}

	private static long heapInUseAfterCollection() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	/** A JSON object of the given size, made as it is read and never held whole. */
	private static final class EndlessJson extends InputStream {

		private final long size;

		private final AtomicLong read;

		EndlessJson(long size, AtomicLong read) {
			this.size = size;
			this.read = read;
		}

		@Override
		public int read() {
			long at = this.read.getAndIncrement();
			if (at >= this.size) {
				return -1;
			}
			return (at < 8) ? "{\"pad\":\"".charAt((int) at) : 'x';
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			long at = this.read.get();
			if (at >= this.size) {
				return -1;
			}
			int count = (int) Math.min(length, this.size - at);
			for (int i = 0; i < count; i++) {
				buffer[offset + i] = (byte) ((at + i < 8) ? "{\"pad\":\"".charAt((int) (at + i)) : 'x');
			}
			this.read.addAndGet(count);
			return count;
		}

	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a price of 1e18         | 1                         | 1e18          | 0      | lines[0].unitPrice
			a price of 1e308        | 1                         | 1e308         | 0      | lines[0].unitPrice
			a price of 1e10000000   | 1                         | 1e10000000    | 0      | lines[0].unitPrice
			a 25-digit quantity     | 1234567890123456789012345 | 500           | 0      | lines[0].quantity
			a price with 9 decimals | 1                         | 500.123456789 | 0      | lines[0].unitPrice
			a discount of -1e400    | 1                         | 500           | -1e400 | lines[0].discountPercent
			""")
	void aNumberOutOfRangeIsNamedAndNothingIsStored(String what, String quantity, String price, String discount,
			String field) {
		// when
		long before = orders();
		HttpResponse<String> response = new Http(this.port).as("tina")
			.postJson("/api/orders",
					"""
							{"customerCode": "%s", "lines": [{"sku": "%s", "quantity": %s, "unitPrice": %s, "discountPercent": %s}]}"""
						.formatted(this.customerCode, this.sku, quantity, price, discount));

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains(field);
		assertThat(orders()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a count in quotes       | "7"
			a count with a fraction | 7.5
			a count past int        | 99999999999
			a count that is a text  | "seven"
			""")
	void aWholeNumberIsAWholeNumberOrTheFieldIsNamedAndNothingChanges(String what, String count) {
		// given
		Integer before = this.jdbc.queryForObject("select stock_on_hand from product where sku = ?", Integer.class,
				this.sku);

		// when
		HttpResponse<String> response = new Http(this.port).as("kurt")
			.put("/api/products/" + this.sku + "/stock", "application/json",
					java.net.http.HttpRequest.BodyPublishers.ofString("{\"stockOnHand\": " + count + "}"));

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains("stockOnHand");
		assertThat(this.jdbc.queryForObject("select stock_on_hand from product where sku = ?", Integer.class, this.sku))
			.isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a yes in quotes      | "王经理" | "true"
			a yes as a number    | "王经理" | 1
			a name as a number   | 5         | false
			a name as a yes      | true      | false
			""")
	void aTextIsATextAndAYesIsTrueOrFalseOrTheFieldIsNamedAndNothingIsStored(String what, String met,
			String confirmed) {
		// given
		String customer = this.customerCode;
		int before = this.jdbc.queryForObject("select count(*) from customer_contact_log", Integer.class);

		// when
		HttpResponse<String> response = new Http(this.port).as("tina")
			.postJson("/api/customers/" + customer + "/contacts", """
					{"contactDate": "%s", "contactType": "VISIT", "contactsMet": %s, "notes": "n",
					 "logisticsConfirmed": %s}""".formatted(TestClock.today(), met, confirmed));

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains(met.startsWith("\"") ? "logisticsConfirmed" : "contactsMet");
		assertThat(this.jdbc.queryForObject("select count(*) from customer_contact_log", Integer.class))
			.isEqualTo(before);
	}

	@Test
	void aDateFarOutOfRangeIsNamed() {
		// when
		HttpResponse<String> response = new Http(this.port).as("tina").postJson("/api/orders", """
				{"customerCode": "%s", "requestedDate": "+999999999-12-31",
				 "lines": [{"sku": "%s", "quantity": 1, "unitPrice": 500}]}""".formatted(this.customerCode, this.sku));

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains("requestedDate");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			tina  | CANCELLED        | reason    | "amount": 10
			fiona | PAYMENT_RECEIVED | reference | "amount": 10
			kurt  | DISPATCHED       | carrier   | "trackingNumber": "T"
			""")
	void aTextPastItsLengthIsNamed(String user, String type, String field, String other) throws Exception {
		// given
		String number = new OrderDesk(this.port).submit(this.customerCode, this.sku, 1);
		char[] text = new char[10_000];
		Arrays.fill(text, 'y');

		// when
		HttpResponse<String> response = new Http(this.port).as(user).postJson("/api/orders/" + number + "/events", """
				{"type": "%s", "%s": "%s", %s}""".formatted(type, field, new String(text), other));

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains(field, "characters");
	}

	@Test
	void aBodyOfTheWrongShapeSaysWhatWasExpected() {
		// when
		HttpResponse<String> response = new Http(this.port).as("tina").postJson("/api/orders", "[1, 2, 3]");

		// then
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("must be a JSON object").doesNotContain("java.", "Exception");
	}

	@Test
	void wrongPasswordsSlowTheCallerDownLoggedButNeverLockForGood(CapturedOutput output) {
		// given
		TestUsers.ensure(this.identityService, "lena", Roles.SALES_REP);

		// when a stranger tries twelve wrong passwords
		for (int i = 0; i < 12; i++) {
			new Http(this.port).as("lena", "wrong-" + i).get("/api/me");
		}

		// then the account is at most delayed for a minute, and every failure is in the
		// log
		var user = this.jdbc.queryForMap("select ATTEMPTS_, LOCK_EXP_TIME_ from ACT_ID_USER where ID_ = 'lena'");
		java.sql.Timestamp lockedUntil = (java.sql.Timestamp) user.get("LOCK_EXP_TIME_");
		if (lockedUntil != null) {
			assertThat(lockedUntil.toInstant()).isBefore(com.osb.salesops.support.TestClock.now().plusSeconds(61));
		}
		assertThat(output.getOut()).contains("Failed login for user 'lena'");
	}

	private long orders() {
		return this.jdbc.queryForObject("select count(*) from sales_order", Long.class);
	}

}
