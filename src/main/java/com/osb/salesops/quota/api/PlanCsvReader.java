package com.osb.salesops.quota.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.quota.PlanLineInput;
import com.osb.salesops.shared.web.FieldError;

/**
 * Reads an uploaded plan: a header line {@code id,lastYearActual,potential,tenureMonths,
 * DIRECT,DISTRIBUTOR,ONLINE}, then one rep per line. Every bad value is named by its line
 * in the file and its column, e.g. {@code line[3].potential}; empty channel shares split
 * the rep's quota equally.
 */
final class PlanCsvReader {

	static final List<String> COLUMNS = List.of("id", "lastYearActual", "potential", "tenureMonths", "DIRECT",
			"DISTRIBUTOR", "ONLINE");

	private PlanCsvReader() {
	}

	static List<PlanLineInput> read(String csv, List<FieldError> errors, Map<String, Integer> lineOfRep) {
		String[] lines = (csv != null) ? csv.split("\r?\n") : new String[0];
		if (lines.length == 0 || !header(lines[0])) {
			errors.add(FieldError.of("line[1]", "csv-header", "must be the header {0}", String.join(",", COLUMNS)));
			return List.of();
		}
		List<PlanLineInput> reps = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 1; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			PlanLineInput rep = rep(lines[i].split(",", -1), "line[" + (i + 1) + "]", errors);
			if (rep != null && seen.putIfAbsent(rep.repId(), i + 1) != null) {
				errors.add(FieldError.of("line[" + (i + 1) + "].id", "repeated-rep", "repeats the rep of line[{0}]",
						seen.get(rep.repId())));
			}
			else if (rep != null) {
				reps.add(rep);
				lineOfRep.put(rep.repId(), i + 1);
			}
		}
		if (reps.isEmpty() && errors.isEmpty()) {
			errors.add(FieldError.of("line[2]", "no-rep-listed", "the file lists no rep"));
		}
		return reps;
	}

	private static boolean header(String line) {
		String[] names = line.replace("\uFEFF", "").split(",", -1);
		if (names.length != COLUMNS.size()) {
			return false;
		}
		for (int i = 0; i < names.length; i++) {
			if (!names[i].trim().equalsIgnoreCase(COLUMNS.get(i))) {
				return false;
			}
		}
		return true;
	}

	private static PlanLineInput rep(String[] values, String prefix, List<FieldError> errors) {
		if (values.length != COLUMNS.size()) {
			errors.add(FieldError.of(prefix, "csv-values", "must have {0} values: {1}", COLUMNS.size(),
					String.join(",", COLUMNS)));
			return null;
		}
		int before = errors.size();
		String id = values[0].trim();
		if (id.isEmpty() || id.length() > 20) {
			errors.add(FieldError.of(prefix + ".id", "rep-id", "must be a rep id of 1 to 20 characters"));
		}
		BigDecimal actual = number(values[1], prefix + ".lastYearActual", false, errors);
		BigDecimal potential = number(values[2], prefix + ".potential", false, errors);
		BigDecimal tenure = number(values[3], prefix + ".tenureMonths", false, errors);
		if (tenure != null
				&& (tenure.stripTrailingZeros().scale() > 0 || tenure.compareTo(BigDecimal.valueOf(1200)) > 0)) {
			errors.add(FieldError.of(prefix + ".tenureMonths", "whole-months", "must be a whole number of months"));
		}
		BigDecimal[] shares = new BigDecimal[3];
		for (int channel = 0; channel < 3; channel++) {
			shares[channel] = number(values[4 + channel], prefix + "." + COLUMNS.get(4 + channel), true, errors);
		}
		boolean noMix = shares[0] == null && shares[1] == null && shares[2] == null;
		if (errors.size() > before) {
			return null;
		}
		if (!noMix && java.util.Arrays.stream(shares).allMatch((share) -> share == null || share.signum() == 0)) {
			errors.add(FieldError.of(prefix + ".DIRECT", "channel-shares",
					"the channel shares need one above 0, or leave all empty"));
			return null;
		}
		return new PlanLineInput(id, actual, potential, tenure.intValueExact(), noMix ? null : shares);
	}

	private static BigDecimal number(String value, String field, boolean optional, List<FieldError> errors) {
		String text = value.trim();
		if (text.isEmpty()) {
			if (!optional) {
				errors.add(FieldError.of(field, "required", "is required"));
			}
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(text);
			if (number.signum() < 0 || number.compareTo(new BigDecimal("1000000000000000")) > 0) {
				errors.add(FieldError.of(field, "amount-range", "must be 0 or more and at most 10^15"));
				return null;
			}
			return number;
		}
		catch (NumberFormatException ex) {
			errors.add(FieldError.of(field, "csv-not-a-number", "''{0}'' is not a number", text));
			return null;
		}
	}

}
