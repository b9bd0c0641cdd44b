package com.osb.salesops.home;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * A weekly or monthly sales report: for each line (a rep, or a region in the company's
 * report) the orders taken in the period, where the quarter stands and what is overdue.
 *
 * @param kind {@code WEEKLY} or {@code MONTHLY}
 * @param from the first day of the period
 * @param to the last day of the period
 * @param quarter the quarter the attainment is of
 * @param lines one per rep or region
 * @param totals the sums of the lines
 * @param forecast last month's forecast against what was invoiced, or null when no
 * approved forecast covered it
 */
public record SalesReport(String kind, LocalDate from, LocalDate to, String quarter, List<Line> lines, Line totals,
		ForecastPart forecast) {

	/** A report without a forecast part. */
	public SalesReport(String kind, LocalDate from, LocalDate to, String quarter, List<Line> lines, Line totals) {
		this(kind, from, to, quarter, lines, totals, null);
	}

	/**
	 * The forecasts made a month before for the last month, as the forecast capability
	 * measures them ({@code GET /api/forecasts/accuracy}, horizon 1).
	 *
	 * @param month the month forecast, like {@code 2026-10}
	 * @param lines one per rep or region with a forecast
	 * @param total the whole report's
	 */
	public record ForecastPart(String month, List<ForecastLine> lines, ForecastLine total) {
	}

	/**
	 * @param name the rep's or region's name
	 * @param forecast the amount forecast
	 * @param actual the amount invoiced in the month, net of credit notes
	 * @param wape the weighted absolute percentage error, or null when nothing was
	 * invoiced
	 */
	public record ForecastLine(String name, BigDecimal forecast, BigDecimal actual, BigDecimal wape) {
	}

	/**
	 * @param name the rep's or region's name
	 * @param orders orders taken in the period
	 * @param ordered their total amount
	 * @param quota the quarter's quota of those with one
	 * @param credited credited revenue this quarter so far
	 * @param overdue the open amount past due today
	 */
	public record Line(String name, long orders, BigDecimal ordered, BigDecimal quota, BigDecimal credited,
			BigDecimal overdue) {

		/**
		 * Credited over quota, as a percentage with one decimal, or null without quota.
		 */
		public BigDecimal attainmentPercent() {
			return (this.quota.signum() == 0) ? null
					: this.credited.multiply(BigDecimal.valueOf(100)).divide(this.quota, 1, RoundingMode.HALF_EVEN);
		}

		static Line empty(String name) {
			return new Line(name, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
		}

		/** The same figures under another name. */
		Line renamed(String newName) {
			return new Line(newName, this.orders, this.ordered, this.quota, this.credited, this.overdue);
		}

		/** The sums of both lines, under this line's name. */
		Line plus(Line other) {
			return new Line(this.name, this.orders + other.orders, this.ordered.add(other.ordered),
					this.quota.add(other.quota), this.credited.add(other.credited), this.overdue.add(other.overdue));
		}

	}

}
