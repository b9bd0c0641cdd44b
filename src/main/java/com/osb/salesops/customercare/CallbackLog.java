package com.osb.salesops.customercare;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The callbacks after delivery and the satisfaction they recorded.
 */
@Repository
class CallbackLog {

	private final JdbcClient jdbc;

	CallbackLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String orderNumber, long customerId, LocalDate deliveredOn, LocalDate dueOn, String products) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into delivery_callback (order_number, customer_id, delivered_on, due_on, products, status)"
					+ " values (?, ?, ?, ?, ?, 'OPEN')")
			.params(orderNumber, customerId, Date.valueOf(deliveredOn), Date.valueOf(dueOn), products)
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<Long> byOrder(String orderNumber) {
		return this.jdbc.sql("select id from delivery_callback where order_number = ?")
			.param(orderNumber)
			.query(Long.class)
			.optional();
	}

	int failedAttempt(long id) {
		this.jdbc.sql("update delivery_callback set failed_attempts = failed_attempts + 1 where id = ?")
			.param(id)
			.update();
		return this.jdbc.sql("select failed_attempts from delivery_callback where id = ?")
			.param(id)
			.query(Integer.class)
			.single();
	}

	int failedAttempts(long id) {
		return this.jdbc.sql("select failed_attempts from delivery_callback where id = ?")
			.param(id)
			.query(Integer.class)
			.single();
	}

	void unreachable(long id, Timestamp now) {
		this.jdbc.sql("update delivery_callback set status = 'UNREACHABLE', closed_at = ? where id = ?")
			.params(now, id)
			.update();
	}

	void scored(long id, Scores scores, String comments, boolean followUp, Timestamp now) {
		this.jdbc
			.sql("update delivery_callback set delivery_score = ?, product_score = ?, service_score = ?,"
					+ " comments = ?, follow_up = ?, status = ?, closed_at = ? where id = ?")
			.params(scores.delivery(), scores.product(), scores.service(), comments, followUp,
					followUp ? "FOLLOW_UP" : "DONE", followUp ? null : now, id)
			.update();
	}

	void followedUp(long id, String outcome, Timestamp now) {
		this.jdbc.sql("update delivery_callback set follow_up_outcome = ?, status = 'DONE', closed_at = ? where id = ?")
			.params(outcome, now, id)
			.update();
	}

	/**
	 * The customer's satisfaction, 1 to 5 each.
	 *
	 * @param delivery with the delivery
	 * @param product with the product
	 * @param service with the service
	 */
	record Scores(int delivery, int product, int service) {
	}

}
