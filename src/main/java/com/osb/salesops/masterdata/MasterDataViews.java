package com.osb.salesops.masterdata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Products with the prices in effect today, and the sales organisation, as the API shows
 * them.
 */
@Service
public class MasterDataViews {

	private final JdbcClient jdbc;

	private final BusinessClock clock;

	MasterDataViews(JdbcClient jdbc, BusinessClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<ProductView> products() {
		return this.jdbc
			.sql("select p.sku, p.name, p.unit, " + ProductPrices.IN_EFFECT.formatted("list_price") + " as list_price, "
					+ ProductPrices.IN_EFFECT.formatted("floor_price")
					+ " as floor_price, p.stock_on_hand, p.stock_reserved, p.active from product p order by p.sku")
			.param("day", java.sql.Date.valueOf(this.clock.today()))
			.query(ProductView.class)
			.list();
	}

	/** Each product's name, by SKU, active or not. */
	public Map<String, String> productNames() {
		Map<String, String> names = new HashMap<>();
		this.jdbc.sql("select sku, name from product")
			.query((rs, row) -> names.put(rs.getString(1), rs.getString(2)))
			.list();
		return names;
	}

	public Organisation organisation() {
		return new Organisation(
				this.jdbc.sql("select id, name, manager_user_id from market order by id")
					.query(MarketView.class)
					.list(),
				this.jdbc.sql("select id, market_id, name, manager_user_id from region order by id")
					.query(RegionView.class)
					.list(),
				this.jdbc
					.sql("select id, region_id, user_id, name, hired_on, active, target_incentive, territory_potential"
							+ " from sales_rep order by id")
					.query(RepView.class)
					.list(),
				this.jdbc
					.sql("select user_id, team_level, name, target_incentive from manager_incentive order by user_id")
					.query(ManagerView.class)
					.list());
	}

	/**
	 * @param sku product code
	 * @param name product name
	 * @param unit unit sold in
	 * @param listPrice list price
	 * @param floorPrice lowest unit price an order may have
	 * @param stockOnHand units in stock
	 * @param stockReserved units reserved for orders
	 * @param active whether it can be ordered
	 */
	public record ProductView(String sku, String name, String unit, BigDecimal listPrice, BigDecimal floorPrice,
			int stockOnHand, int stockReserved, boolean active) {
	}

	/**
	 * @param markets markets
	 * @param regions regions
	 * @param reps reps
	 * @param managers managers and their own target incentives
	 */
	public record Organisation(List<MarketView> markets, List<RegionView> regions, List<RepView> reps,
			List<ManagerView> managers) {
	}

	/**
	 * @param id market id
	 * @param name name
	 * @param managerUserId the market manager
	 */
	public record MarketView(String id, String name, String managerUserId) {
	}

	/**
	 * @param id region id
	 * @param marketId its market
	 * @param name name
	 * @param managerUserId the region manager
	 */
	public record RegionView(String id, String marketId, String name, String managerUserId) {
	}

	/**
	 * @param id rep id
	 * @param regionId the rep's region
	 * @param userId the user the rep logs in as
	 * @param name name
	 * @param hiredOn hire date
	 * @param active whether the rep works
	 * @param targetIncentive target incentive per quarter
	 * @param territoryPotential territory potential for quota allocation
	 */
	public record RepView(String id, String regionId, String userId, String name, LocalDate hiredOn, boolean active,
			BigDecimal targetIncentive, BigDecimal territoryPotential) {
	}

	/**
	 * @param userId the manager's user
	 * @param teamLevel REGION or MARKET
	 * @param name name
	 * @param targetIncentive the manager's own target incentive
	 */
	public record ManagerView(String userId, String teamLevel, String name, BigDecimal targetIncentive) {
	}

}
