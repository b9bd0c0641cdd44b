package com.osb.salesops.customercare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.osb.salesops.masterdata.CustomerCareFile;
import com.osb.salesops.masterdata.CustomerCareFiles;
import com.osb.salesops.masterdata.MasterDataViews;
import com.osb.salesops.masterdata.SalesTeams;
import com.osb.salesops.shared.security.SalesScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The satisfaction customers gave in the callbacks after delivery, by rep, region,
 * product or month of delivery.
 */
@Service
public class SatisfactionReports {

	/** The ways the figures can be grouped. */
	public static final List<String> GROUPS = List.of("rep", "region", "product", "month");

	private final JdbcClient jdbc;

	private final CustomerCareFiles files;

	private final SalesTeams teams;

	private final MasterDataViews products;

	SatisfactionReports(JdbcClient jdbc, CustomerCareFiles files, SalesTeams teams, MasterDataViews products) {
		this.jdbc = jdbc;
		this.files = files;
		this.teams = teams;
		this.products = products;
	}

	/**
	 * The scored callbacks of deliveries from one day to another, grouped; only those of
	 * the reader's part of the organisation.
	 */
	public List<Satisfaction> report(String by, SalesScope reader, LocalDate from, LocalDate to) {
		return report(by, reader, from, to, new Narrowing(null, null, null, null, null));
	}

	/**
	 * The same, narrowed to a rep's (id or login), a region's, a market's customers and
	 * callbacks on a product where named; never beyond the reader's part.
	 */
	public List<Satisfaction> report(String by, SalesScope reader, LocalDate from, LocalDate to, Narrowing only) {
		List<Scored> callbacks = scored(from, to);
		if (callbacks.isEmpty()) {
			// no callback scored in the period: no customer file need be read
			return List.of();
		}
		Map<Long, CustomerCareFile> customers = this.files.list(null)
			.stream()
			.filter((file) -> reader.includes(file.repUserId(), file.regionManager(), file.marketManager()))
			.filter(only::covers)
			.collect(Collectors.toMap(CustomerCareFile::id, Function.identity()));
		Map<String, List<Scored>> groups = new TreeMap<>();
		for (Scored scored : callbacks) {
			CustomerCareFile customer = customers.get(scored.customerId());
			if (customer == null || !only.covers(scored.products()) || !only.coversChannel(scored.channel())) {
				continue;
			}
			for (String key : keys(by, scored, customer)) {
				groups.computeIfAbsent(key, (k) -> new ArrayList<>()).add(scored);
			}
		}
		Function<String, String> names = names(by);
		List<Satisfaction> result = new ArrayList<>();
		groups.forEach((key,
				rows) -> result.add(new Satisfaction(key, names.apply(key), rows.size(),
						average(rows, Scored::deliveryScore), average(rows, Scored::productScore),
						average(rows, Scored::serviceScore), (int) rows.stream().filter(Scored::followUp).count())));
		return result;
	}

	private List<Scored> scored(LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("select c.customer_id, c.delivered_on, c.delivery_score, c.product_score, c.service_score,"
					+ " c.products, coalesce(c.follow_up, false) as follow_up,"
					+ " (select o.channel from sales_order o where o.number = c.order_number) as channel"
					+ " from delivery_callback c where c.delivery_score is not null and c.delivered_on between ? and ?")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query(Scored.class)
			.list();
	}

	private static List<String> keys(String by, Scored scored, CustomerCareFile customer) {
		return switch (by) {
			case "region" -> List.of(customer.regionId());
			case "product" -> (scored.products() == null || scored.products().isBlank()) ? List.of("")
					: List.of(scored.products().split(","));
			case "month" -> List.of(scored.deliveredOn().toString().substring(0, 7));
			default -> List.of(customer.repId());
		};
	}

	/**
	 * What the groups' keys are called: reps, regions and products by name, months as
	 * they are.
	 */
	private Function<String, String> names(String by) {
		Map<String, String> names = new HashMap<>();
		switch (by) {
			case "product" -> names.putAll(this.products.productNames());
			case "month" -> {
			}
			default -> this.teams.members()
				.forEach((member) -> names.put("region".equals(by) ? member.regionId() : member.repId(),
						"region".equals(by) ? member.regionName() : member.repName()));
		}
		return (key) -> names.getOrDefault(key, key);
	}

	private static BigDecimal average(List<Scored> rows, Function<Scored, Integer> score) {
		int sum = rows.stream().mapToInt(score::apply).sum();
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(rows.size()), 2, RoundingMode.HALF_UP);
	}

	/**
	 * What a report is narrowed to; an empty part narrows nothing.
	 *
	 * @param rep the rep's id or login
	 * @param region the region's id
	 * @param market the market's id
	 * @param product a SKU the delivery held
	 * @param channel the channel the delivered order was sold through
	 */
	public record Narrowing(String rep, String region, String market, String product, String channel) {

		boolean covers(CustomerCareFile file) {
			return (empty(this.rep) || this.rep.equals(file.repId()) || this.rep.equals(file.repUserId()))
					&& (empty(this.region) || this.region.equals(file.regionId()))
					&& (empty(this.market) || this.market.equals(file.marketId()));
		}

		boolean coversChannel(String orderChannel) {
			return empty(this.channel) || this.channel.equals(orderChannel);
		}

		boolean covers(String products) {
			return empty(this.product) || (products != null && List.of(products.split(",")).contains(this.product));
		}

		private static boolean empty(String value) {
			return value == null || value.isBlank();
		}

	}

	/**
	 * The satisfaction of one group.
	 *
	 * @param key the rep, region, product SKU or month ({@code 2026-11})
	 * @param name the rep's, region's or product's name, or the month
	 * @param callbacks the callbacks in which the customer gave scores
	 * @param delivery the average score for the delivery, 1 to 5
	 * @param product the average score for the product
	 * @param service the average score for the service
	 * @param followUps callbacks the sales manager followed up
	 */
	public record Satisfaction(String key, String name, int callbacks, BigDecimal delivery, BigDecimal product,
			BigDecimal service, int followUps) {
	}

	record Scored(long customerId, LocalDate deliveredOn, int deliveryScore, int productScore, int serviceScore,
			String products, boolean followUp, String channel) {
	}

}
