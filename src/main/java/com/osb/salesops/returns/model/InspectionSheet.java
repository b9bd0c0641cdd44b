package com.osb.salesops.returns.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keeper's inspection of a return, one row per returned line as a person writes it:
 * {@code Line 1: 2 to stock, 1 refused: seal broken}. Each row names its line and splits
 * the returned units into those put back to stock, scrapped (with a reason) and refused
 * (with a reason); the parts add up to what was returned.
 */
public final class InspectionSheet {

	private static final Pattern ROW = Pattern.compile("(?i)^\\s*line\\s+(\\d{1,6})\\s*:\\s*(.*)$");

	private static final Pattern PART = Pattern.compile(
			"(?i)(\\d{1,9})\\s+(to stock|scrapped|refused)(?:\\s*:\\s*(.*?))?\\s*(?=[,;]\\s*\\d{1,9}\\s+(?:to stock|scrapped|refused)|$)");

	private InspectionSheet() {
	}

	/** The rows a keeper starts from: every returned unit back to stock. */
	public static String allToStock(Map<Integer, Integer> returned) {
		List<String> rows = new ArrayList<>();
		returned.forEach((line, quantity) -> rows.add("Line " + line + ": " + quantity + " to stock"));
		return String.join("\n", rows);
	}

	/**
	 * Reads the sheet against the returned quantities by line.
	 * @return the inspection of every returned line, in line order
	 * @throws IllegalArgumentException naming every problem, one per row
	 */
	public static List<LineInspection> read(String sheet, Map<Integer, Integer> returned) {
		List<String> problems = new ArrayList<>();
		Map<Integer, LineInspection> lines = new LinkedHashMap<>();
		Set<Integer> seen = new HashSet<>();
		for (String row : (sheet != null) ? sheet.split("\\R") : new String[0]) {
			if (row.isBlank()) {
				continue;
			}
			Matcher matcher = ROW.matcher(row);
			if (!matcher.matches()) {
				problems.add("'" + row.trim() + "' does not start with the line, like 'Line 1:'");
				continue;
			}
			int lineNo = Integer.parseInt(matcher.group(1));
			if (!returned.containsKey(lineNo)) {
				problems.add("line " + lineNo + " is not part of this return");
			}
			else if (!seen.add(lineNo)) {
				problems.add("line " + lineNo + " is given twice");
			}
			else {
				LineInspection line = line(lineNo, matcher.group(2), returned.get(lineNo), problems);
				if (line != null) {
					lines.put(lineNo, line);
				}
			}
		}
		returned.keySet()
			.stream()
			.filter((lineNo) -> !seen.contains(lineNo))
			.forEach((lineNo) -> problems.add("line " + lineNo + " is missing"));
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("; ", problems));
		}
		return lines.values().stream().sorted(java.util.Comparator.comparingInt(LineInspection::lineNo)).toList();
	}

	private static LineInspection line(int lineNo, String text, int returned, List<String> problems) {
		int[] units = new int[3];
		List<String> reasons = new ArrayList<>();
		Matcher part = PART.matcher(text.trim());
		int end = 0;
		while (part.find()) {
			if (!text.trim().substring(end, part.start()).matches("[\\s,;]*")) {
				break;
			}
			end = part.end();
			String kind = part.group(2).toLowerCase();
			String reason = (part.group(3) != null) ? part.group(3).trim() : "";
			int index = kind.equals("to stock") ? 0 : kind.equals("scrapped") ? 1 : 2;
			units[index] += Integer.parseInt(part.group(1));
			if (index > 0 && reason.isEmpty()) {
				problems.add("line " + lineNo + ": say why units are " + kind);
				return null;
			}
			if (!reason.isEmpty()) {
				reasons.add(part.group(1) + " " + kind + ": " + reason);
			}
		}
		if (end == 0 || !text.trim().substring(end).isBlank()) {
			problems.add("line " + lineNo + ": write the units like '2 to stock, 1 refused: seal broken'");
			return null;
		}
		if (units[0] + units[1] + units[2] != returned) {
			problems.add("line " + lineNo + ": " + returned + " units were returned, the row accounts for "
					+ (units[0] + units[1] + units[2]));
			return null;
		}
		return new LineInspection(lineNo, units[0], units[1], units[2],
				reasons.isEmpty() ? null : String.join("; ", reasons));
	}

}
