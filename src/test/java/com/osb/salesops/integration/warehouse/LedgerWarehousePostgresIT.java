package com.osb.salesops.integration.warehouse;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.osb.salesops.support.LedgerOrderFixture;
import com.osb.salesops.support.LedgerOrderFixture.Product;
import com.osb.salesops.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.osb.salesops.support.LedgerOrderFixture.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The stock ledger on PostgreSQL: reservations are all or nothing and never oversell, and
 * every call can be repeated without a second effect.
 */
class LedgerWarehousePostgresIT extends PostgresIntegrationTest {

	@Autowired
	private Warehouse warehouse;

	@Autowired
	private JdbcTemplate jdbc;

	private LedgerOrderFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new LedgerOrderFixture(this.jdbc);
	}

	@Test
	void theDefaultWarehouseIsTheLedger() {
		// when
		Class<?> type = this.warehouse.getClass();

		// then
		assertThat(type.getName()).startsWith(LedgerWarehouse.class.getName());
	}

	@Test
	void aShortLineReservesNothingAndEveryShortSkuIsNamed() {
		// given
		Product plenty = this.fixture.product(10);
		Product scarce = this.fixture.product(1);
		Product none = this.fixture.product(0);
		String order = this.fixture.order(line(plenty, 5), line(scarce, 2), line(none, 1));

		// when
		Throwable thrown = catchThrowable(() -> this.warehouse.reserve(order));

		// then
		assertThat(thrown).isInstanceOf(OutOfStockException.class);
		assertThat(((OutOfStockException) thrown).skus()).containsExactly(scarce.sku(), none.sku());
		assertThat(thrown).hasMessageContaining(scarce.sku()).hasMessageContaining(none.sku());
		assertThat(this.fixture.stockReserved(plenty)).isZero();
		assertThat(this.fixture.reservations(order)).isEmpty();
	}

	@Test
	void linesOfOneProductAreAddedUpBeforeTheCheck() {
		// given
		Product product = this.fixture.product(5);
		String order = this.fixture.order(line(product, 3), line(product, 3));

		// when
		Throwable thrown = catchThrowable(() -> this.warehouse.reserve(order));

		// then
		assertThat(thrown).isInstanceOf(OutOfStockException.class).hasMessageContaining(product.sku());
		assertThat(this.fixture.stockReserved(product)).isZero();
	}

	@Test
	void reservingTwiceReservesOnce() throws Exception {
		// given
		Product product = this.fixture.product(10);
		String order = this.fixture.order(line(product, 2), line(product, 1));
		this.warehouse.reserve(order);

		// when
		this.warehouse.reserve(order);

		// then
		assertThat(this.fixture.stockReserved(product)).isEqualTo(3);
		assertThat(this.fixture.reservations(order)).containsExactly("RESERVED 3");
		assertThat(this.fixture.auditedActions(order)).containsExactly("STOCK_RESERVED");
	}

	@Test
	void twoOrdersCompetingForTheLastUnitsOnlyOneGetsThem() throws Exception {
		// given
		Product product = this.fixture.product(5);
		String first = this.fixture.order(line(product, 4));
		String second = this.fixture.order(line(product, 3));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);

		// when
		Future<Boolean> firstResult = threads.submit(() -> reserveAfter(start, first));
		Future<Boolean> secondResult = threads.submit(() -> reserveAfter(start, second));
		start.countDown();
		threads.shutdown();

		// then
		boolean firstWon = firstResult.get();
		boolean secondWon = secondResult.get();
		assertThat(firstWon).isNotEqualTo(secondWon);
		assertThat(this.fixture.stockReserved(product)).isEqualTo(firstWon ? 4 : 3);
		assertThat(this.fixture.reservations(firstWon ? second : first)).isEmpty();
	}

	@Test
	void aSecondShippingNoticeIsTheFirstOne() throws Exception {
		// given
		String order = this.fixture.order(line(this.fixture.product(3), 1));
		this.warehouse.reserve(order);
		String first = this.warehouse.issueShippingNotice(order);

		// when
		String second = this.warehouse.issueShippingNotice(order);

		// then
		assertThat(second).isEqualTo(first).matches("SC\\d{8}FHTZ\\d{4,}");
		assertThat(this.jdbc.queryForObject("select count(*) from shipment where order_id = ?", Integer.class,
				this.fixture.orderId(order)))
			.isEqualTo(1);
	}

	@Test
	void dispatchMovesTheReservedStockOutOnce() throws Exception {
		// given
		Product product = this.fixture.product(10);
		String order = this.fixture.order(line(product, 4));
		this.warehouse.reserve(order);
		this.warehouse.issueShippingNotice(order);
		this.warehouse.dispatch(order, "SF Express", "SF1001");

		// when
		this.warehouse.dispatch(order, "SF Express", "SF1001");

		// then
		assertThat(this.fixture.stockOnHand(product)).isEqualTo(6);
		assertThat(this.fixture.stockReserved(product)).isZero();
		assertThat(this.fixture.reservations(order)).containsExactly("SHIPPED 4");
		assertThat(this.jdbc.queryForMap(
				"select status, carrier, tracking_number, dispatched_at from shipment" + " where order_id = ?",
				this.fixture.orderId(order)))
			.containsEntry("status", "DISPATCHED")
			.containsEntry("carrier", "SF Express")
			.containsEntry("tracking_number", "SF1001")
			.extractingByKey("dispatched_at")
			.isNotNull();
		assertThat(this.fixture.auditedActions(order)).containsExactly("STOCK_RESERVED", "SHIPPING_NOTICE_ISSUED",
				"DISPATCHED");
	}

	@Test
	void dispatchWithoutShippingNoticeIsRefused() throws Exception {
		// given
		String order = this.fixture.order(line(this.fixture.product(3), 1));
		this.warehouse.reserve(order);

		// when
		Throwable thrown = catchThrowable(() -> this.warehouse.dispatch(order, "SF Express", "SF1002"));

		// then
		assertThat(thrown).isInstanceOf(IllegalStateException.class)
			.hasMessageStartingWith("[dispatch-without-notice] ")
			.hasMessageContaining(order)
			.hasMessageContaining("尚未开具发货通知单");
	}

	@Test
	void dispatchWithoutReservationIsRefused() {
		// given
		String order = this.fixture.order(line(this.fixture.product(3), 1));
		this.warehouse.issueShippingNotice(order);

		// when
		Throwable thrown = catchThrowable(() -> this.warehouse.dispatch(order, "SF Express", "SF1003"));

		// then
		assertThat(thrown).isInstanceOf(IllegalStateException.class)
			.hasMessage("[dispatch-without-stock] 订单 " + order + " 无法发货：没有预留库存");
	}

	@Test
	void deliveryIsRecordedOnceAfterDispatch() throws Exception {
		// given
		String order = this.fixture.order(line(this.fixture.product(3), 1));
		this.warehouse.reserve(order);
		this.warehouse.issueShippingNotice(order);
		this.warehouse.dispatch(order, "EMS", "EMS1");
		this.warehouse.confirmDelivery(order);

		// when
		this.warehouse.confirmDelivery(order);

		// then
		assertThat(this.jdbc.queryForMap("select status, delivered_at from shipment where order_id = ?",
				this.fixture.orderId(order)))
			.containsEntry("status", "DELIVERED")
			.extractingByKey("delivered_at")
			.isNotNull();
		assertThat(this.fixture.auditedActions(order)).containsOnlyOnce("DELIVERED");
	}

	@Test
	void deliveryBeforeDispatchIsRefused() throws Exception {
		// given
		String order = this.fixture.order(line(this.fixture.product(3), 1));
		this.warehouse.reserve(order);
		this.warehouse.issueShippingNotice(order);

		// when
		Throwable thrown = catchThrowable(() -> this.warehouse.confirmDelivery(order));

		// then
		assertThat(thrown).isInstanceOf(IllegalStateException.class)
			.hasMessage("[delivery-not-dispatched] 订单 " + order + " 无法确认签收：尚未发货");
	}

	@Test
	void releaseGivesReservedStockBackAndLeavesShippedStockAlone() throws Exception {
		// given
		Product product = this.fixture.product(10);
		String reserved = this.fixture.order(line(product, 3));
		String shipped = this.fixture.order(line(product, 2));
		this.warehouse.reserve(reserved);
		this.warehouse.reserve(shipped);
		this.warehouse.issueShippingNotice(shipped);
		this.warehouse.dispatch(shipped, "EMS", "EMS2");

		// when
		for (String order : List.of(reserved, shipped, reserved)) {
			this.warehouse.release(order);
		}

		// then
		assertThat(this.fixture.stockOnHand(product)).isEqualTo(8);
		assertThat(this.fixture.stockReserved(product)).isZero();
		assertThat(this.fixture.reservations(reserved)).containsExactly("RELEASED 3");
		assertThat(this.fixture.reservations(shipped)).containsExactly("SHIPPED 2");
		assertThat(this.fixture.auditedActions(reserved)).containsExactly("STOCK_RESERVED", "STOCK_RELEASED");
		assertThat(this.fixture.auditedActions(shipped)).doesNotContain("STOCK_RELEASED");
	}

	private boolean reserveAfter(CountDownLatch start, String order) throws InterruptedException {
		start.await();
		try {
			this.warehouse.reserve(order);
			return true;
		}
		catch (OutOfStockException ex) {
			return false;
		}
	}

}
