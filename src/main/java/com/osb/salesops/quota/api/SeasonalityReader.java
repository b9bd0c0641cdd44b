package com.osb.salesops.quota.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.shared.web.RequestFields;

/**
 * Reads the optional monthly seasonality of a quota simulation: 12 weights, January
 * first, 0 or more and not all 0. Without it the year splits equally.
 */
final class SeasonalityReader {

	private static final int MONTHS = 12;

	private SeasonalityReader() {
	}

	static List<BigDecimal> read(Object value, RequestFields fields) {
		if (value == null) {
			return null;
		}
		if (!(value instanceof List<?> list) || list.size() != MONTHS) {
			fields.addError("seasonality", "must list 12 monthly weights, January first");
			return null;
		}
		List<BigDecimal> weights = new ArrayList<>(MONTHS);
		boolean valid = true;
		for (int month = 0; month < MONTHS; month++) {
			Object weight = list.get(month);
			if (!(weight instanceof Number number) || new BigDecimal(number.toString()).signum() < 0) {
				fields.addError("seasonality[" + month + "]", "must be a number, 0 or more");
				valid = false;
				continue;
			}
			weights.add(new BigDecimal(number.toString()));
		}
		if (valid && weights.stream().allMatch((weight) -> weight.signum() == 0)) {
			fields.addError("seasonality", "needs a weight above 0");
		}
		return valid ? weights : null;
	}

}
