package com.osb.salesops.home;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.osb.salesops.incentive.QuarterToDate;
import com.osb.salesops.incentive.QuarterToDate.RepQuarter;
import com.osb.salesops.quota.PlanHeader;
import com.osb.salesops.quota.QuotaAttainment;
import com.osb.salesops.quota.QuotaPlanReports;
import com.osb.salesops.quota.RepAttainment;
import com.osb.salesops.shared.web.Messages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attainment by rep, region or market: the quarter's quota (from the published plan, or
 * entered by sales ops), credited revenue, attainment and where it puts each rep on the
 * payout curve, as the quarter's statement would today; and the year so far against the
 * published quota plan.
 */
@Service
public class AttainmentReport {

	private static final int SCALE = 10;

	private final QuarterToDate quarter;

	private final QuotaPlanReports plans;

	private final QuotaAttainment planAttainment;

	AttainmentReport(QuarterToDate quarter, QuotaPlanReports plans, QuotaAttainment planAttainment) {
		this.quarter = quarter;
		this.plans = plans;
		this.planAttainment = planAttainment;
	}

	/**
	 * @param reps the reps the caller sees (and chose)
	 * @param day a day of the quarter, not after today
	 * @param by {@code rep}, {@code region} or {@code market}
	 */
	@Transactional(readOnly = true)
	public Map<String, Object> report(List<TeamRep> reps, LocalDate day, String by) {
		Optional<PlanHeader> plan = this.plans.published(day.getYear());
		Map<String, RepAttainment> yearToDate = new LinkedHashMap<>();
		plan.ifPresent(
				(header) -> this.planAttainment.toDate(header, (reps.size() == 1) ? reps.get(0).userId() : null, day)
					.forEach((line) -> yearToDate.put(line.repId(), line)));
		Map<String, RepQuarter> quarters = new LinkedHashMap<>();
		this.quarter.figures(reps.stream().map(TeamRep::repId).toList(), day)
			.forEach((figures) -> quarters.put(figures.repId(), figures));
		Function<TeamRep, String[]> key = switch (by) {
			case "region" -> (rep) -> new String[] { rep.regionId(), rep.regionId(), rep.marketId() };
			case "market" -> (rep) -> new String[] { rep.marketId(), rep.marketId(), rep.marketId() };
			default -> (rep) -> new String[] { rep.repId(), rep.name(), rep.marketId() };
		};
		Map<String, Row> rows = new LinkedHashMap<>();
		Row total = new Row("ALL", Messages.text("report.total", "Total"), null, null);
		for (TeamRep rep : reps) {
			RepQuarter figures = quarters.get(rep.repId());
			RepAttainment planned = yearToDate.get(rep.repId());
			if (figures == null && planned == null) {
				continue;
			}
			String[] line = key.apply(rep);
			String region = "market".equals(by) ? null : rep.regionId();
			Row row = rows.computeIfAbsent(line[0], (id) -> new Row(id, line[1], region, line[2]));
			for (Row sum : List.of(row, total)) {
				sum.add(figures, planned);
			}
			if ("rep".equals(by) && figures != null) {
				row.payoutRate = figures.payoutRate();
				row.attainment = figures.attainment();
			}
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("quarter", HomeFigures.quarterOf(day));
		answer.put("plan", plan.map(PlanHeader::id).orElse(null));
		answer.put("by", by);
		answer.put("rows", rows.values().stream().map(Row::view).toList());
		answer.put("total", total.view());
		return answer;
	}

	/** The sums of one line while they are added up. */
	private static final class Row {

		private final String key;

		private final String name;

		private final String regionId;

		private final String marketId;

		private BigDecimal quota = BigDecimal.ZERO;

		private BigDecimal credited = BigDecimal.ZERO;

		private BigDecimal payout = BigDecimal.ZERO;

		private BigDecimal payoutRate;

		private BigDecimal attainment;

		private BigDecimal planQuota = BigDecimal.ZERO;

		private BigDecimal planCredited = BigDecimal.ZERO;

		Row(String key, String name, String regionId, String marketId) {
			this.key = key;
			this.name = name;
			this.regionId = regionId;
			this.marketId = marketId;
		}

		void add(RepQuarter figures, RepAttainment planned) {
			if (figures != null) {
				this.quota = this.quota.add(figures.quota());
				this.credited = this.credited.add(figures.credited());
				this.payout = this.payout.add(figures.payout());
			}
			if (planned != null) {
				this.planQuota = this.planQuota.add(BigDecimal.valueOf(planned.quotaToDate()));
				this.planCredited = this.planCredited.add(planned.creditedToDate());
			}
		}

		Map<String, Object> view() {
			Map<String, Object> view = new LinkedHashMap<>();
			view.put("key", this.key);
			view.put("name", this.name);
			view.put("regionId", this.regionId);
			view.put("marketId", this.marketId);
			view.put("quota", this.quota);
			view.put("credited", this.credited);
			view.put("attainment", (this.attainment != null) ? this.attainment : ratio(this.credited, this.quota));
			view.put("payoutRate", this.payoutRate);
			view.put("payout", this.payout);
			view.put("planQuotaToDate", this.planQuota);
			view.put("planCreditedToDate", this.planCredited);
			view.put("planAttainment", ratio(this.planCredited, this.planQuota));
			return view;
		}

		private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
			return (whole.signum() == 0) ? null : part.divide(whole, SCALE, RoundingMode.HALF_EVEN);
		}

	}

}
