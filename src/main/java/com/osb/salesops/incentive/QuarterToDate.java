package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import com.osb.salesops.incentive.model.PayoutStatement;
import com.osb.salesops.incentive.model.Quarter;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where each rep stands in the current quarter: credited revenue so far against the
 * quarter's quota and the payout the curve gives for it, computed exactly as the
 * quarter's statement would be today ({@code GET /api/incentive/statements/...}).
 */
@Service
public class QuarterToDate {

	private final IncentiveStatements statements;

	QuarterToDate(IncentiveStatements statements) {
		this.statements = statements;
	}

	/** The reps with a quota for the quarter of the given day, in the order given. */
	@Transactional(readOnly = true)
	public List<RepQuarter> figures(Collection<String> repIds, LocalDate day) {
		return this.statements.statements(List.copyOf(repIds), Quarter.of(day))
			.stream()
			.map(QuarterToDate::of)
			.toList();
	}

	private static RepQuarter of(PayoutStatement statement) {
		return new RepQuarter(statement.repId(), statement.quarter().toString(), statement.quota(),
				statement.credited(), statement.attainment(), statement.payoutRate(), statement.targetIncentive(),
				statement.payout());
	}

	/**
	 * @param repId the rep
	 * @param quarter the quarter, like {@code 2026-Q4}
	 * @param quota the quarter's quota
	 * @param credited credited revenue so far, with any negative amount carried in
	 * @param attainment credited over quota
	 * @param payoutRate the rate of the target incentive the payout curve gives
	 * @param targetIncentive the rep's target incentive
	 * @param payout the payout the figures so far imply, SPIFFs included
	 */
	public record RepQuarter(String repId, String quarter, BigDecimal quota, BigDecimal credited, BigDecimal attainment,
			BigDecimal payoutRate, BigDecimal targetIncentive, BigDecimal payout) {
	}

}
