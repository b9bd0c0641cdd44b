package com.osb.salesops.quota;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.quota.model.Channel;
import com.osb.salesops.receivables.InvoicedSales;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What a plan starts from when nobody uploads it: the active reps, their territory
 * potential and tenure at plan start, and last year's actuals, the amounts invoiced to
 * each rep's customers in the calendar year before the plan year, and the channel mix of
 * those sales: the invoiced amounts by the channel of their orders. A rep with no sales
 * of a known channel last year has no mix, and the channels split equally.
 */
@Repository
class QuotaPlanInputs {

	/** The channels in the order of a plan line's shares. */
	private static final List<String> CHANNEL_ORDER = Arrays.stream(Channel.values()).map(Channel::name).toList();

	private static final int CHANNELS_KNOWN = CHANNEL_ORDER.size();

	private static final String REPS = """
			select r.id, r.territory_potential, r.hired_on
			from sales_rep r where r.active = true order by r.id""";

	private final JdbcTemplate jdbc;

	private final InvoicedSales invoiced;

	QuotaPlanInputs(JdbcTemplate jdbc, InvoicedSales invoiced) {
		this.jdbc = jdbc;
		this.invoiced = invoiced;
	}

	/** The inputs of every active rep, in id order. */
	List<PlanLineInput> reps(int year) {
		LocalDate start = LocalDate.of(year, 1, 1);
		Map<String, BigDecimal[]> mixes = channelMixes(start);
		Map<String, BigDecimal> actuals = this.invoiced.byRep(start.minusYears(1), start);
		return this.jdbc.query(REPS,
				(rs, row) -> new PlanLineInput(rs.getString(1), actuals.getOrDefault(rs.getString(1), BigDecimal.ZERO),
						rs.getBigDecimal(2),
						(int) Math.max(0, ChronoUnit.MONTHS.between(rs.getDate(3).toLocalDate(), start)),
						mixes.get(rs.getString(1))));
	}

	/**
	 * Last year's sales of each rep by channel, for the reps who sold through a known
	 * channel; a channel's negative net counts as nothing.
	 */
	private Map<String, BigDecimal[]> channelMixes(LocalDate start) {
		Map<String, BigDecimal[]> mixes = new HashMap<>();
		this.invoiced.byRepAndChannel(start.minusYears(1), start)
			.forEach((rep, channels) -> channels.forEach((channel, amount) -> {
				if (amount.signum() > 0) {
					BigDecimal[] shares = mixes.computeIfAbsent(rep, (id) -> new BigDecimal[CHANNELS_KNOWN]);
					shares[CHANNEL_ORDER.indexOf(channel)] = amount;
				}
			}));
		return mixes;
	}

	/**
	 * Last year's monthly share of all invoices, or {@code null} when nothing was
	 * invoiced.
	 */
	List<BigDecimal> lastYearSeasonality(int year) {
		LocalDate start = LocalDate.of(year, 1, 1);
		List<BigDecimal> weights = new ArrayList<>(Collections.nCopies(12, BigDecimal.ZERO));
		this.invoiced.byMonth(start.minusYears(1), start)
			.forEach((month, amount) -> weights.set(month - 1, amount.max(BigDecimal.ZERO)));
		return weights.stream().anyMatch((weight) -> weight.signum() > 0) ? weights : null;
	}

}
