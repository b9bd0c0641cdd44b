package com.osb.salesops.returns.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.osb.salesops.shared.model.CodedProblem;

/**
 * The keeper's inspection of a return, one row per returned line as a person writes it:
 * {@code Line 1: 2 to stock, 1 refused: seal broken}, or as the Chinese form shows it,
 * {@code 第 1 行：2 件入库，1 件拒收：封条破损}. Each row names its line and splits the returned units
 * into those put back to stock, scrapped (with a reason) and refused (with a reason); the
 * parts add up to what was returned.
 */
public final class InspectionSheet {

	/**
	 * What separates the parts of a row: a comma or a semicolon, in English or Chinese.
	 */
	private static final String SEPARATORS = "[,;\uFF0C\uFF1B\u3001]";

	/** A colon as a person types it, in English or Chinese. */
	private static final String COLON = "\\s*[:\uFF1A]\\s*";

	/**
	 * What happens to units: back to stock, scrapped or refused, in English or Chinese.
	 */
	private static final String KIND = "to stock|scrapped|refused|\u9000\u56DE\u5E93\u5B58|\u5165\u5E93|\u62A5\u5E9F|\u62D2\u6536";

	/** The word after a count of units in Chinese: {@code 2 件入库}. */
	private static final String PIECES = "\\s*(?:\u4EF6\\s*)?";

	private static final Pattern ROW = Pattern
		.compile("(?i)^\\s*(?:line\\s+(\\d{1,6})|\u7B2C\\s*(\\d{1,6})\\s*\u884C)" + COLON + "(.*)$");

	private static final Pattern PART = Pattern.compile("(?i)(\\d{1,9})" + PIECES + "(" + KIND + ")(?:" + COLON
			+ "(.*?))?\\s*(?=" + SEPARATORS + "\\s*\\d{1,9}" + PIECES + "(?:" + KIND + ")|$)");

	private InspectionSheet() {
	}

	/** The rows a keeper starts from: every returned unit back to stock, in English. */
	public static String allToStock(Map<Integer, Integer> returned) {
		return allToStock(returned, (line, units) -> "Line " + line + ": " + units + " to stock");
	}

	/**
	 * The rows a keeper starts from: every returned unit back to stock, each row as the
	 * given words write it (a row this sheet reads, {@code 第 1 行：3 件入库} in Chinese).
	 */
	public static String allToStock(Map<Integer, Integer> returned, BiFunction<Integer, Integer, String> row) {
		List<String> rows = new ArrayList<>();
		returned.forEach((line, quantity) -> rows.add(row.apply(line, quantity)));
		return String.join("\n", rows);
	}

	/**
	 * Reads the sheet against the returned quantities by line.
	 * @return the inspection of every returned line, in line order
	 * @throws InspectionRefused naming every problem, one per row
	 */
	public static List<LineInspection> read(String sheet, Map<Integer, Integer> returned) {
		List<CodedProblem> problems = new ArrayList<>();
		Map<Integer, LineInspection> lines = new LinkedHashMap<>();
		Set<Integer> seen = new HashSet<>();
		for (String row : (sheet != null) ? sheet.split("\\R") : new String[0]) {
			if (row.isBlank()) {
				continue;
			}
			Matcher matcher = ROW.matcher(row);
			if (!matcher.matches()) {
				problems.add(CodedProblem.of("inspection-row-format",
						"''{0}'' does not start with the line, like ''Line 1:''", row.trim()));
				continue;
			}
			int lineNo = Integer.parseInt((matcher.group(1) != null) ? matcher.group(1) : matcher.group(2));
			if (!returned.containsKey(lineNo)) {
				problems.add(CodedProblem.of("inspection-no-such-line", "line {0} is not part of this return", lineNo));
			}
			else if (!seen.add(lineNo)) {
				problems.add(CodedProblem.of("inspection-line-twice", "line {0} is given twice", lineNo));
			}
			else {
				LineInspection line = line(lineNo, matcher.group(3), returned.get(lineNo), problems);
				if (line != null) {
					lines.put(lineNo, line);
				}
			}
		}
		returned.keySet()
			.stream()
			.filter((lineNo) -> !seen.contains(lineNo))
			.forEach((lineNo) -> problems
				.add(CodedProblem.of("inspection-line-missing", "line {0} is missing", lineNo)));
		if (!problems.isEmpty()) {
			throw new InspectionRefused(problems);
		}
		return lines.values().stream().sorted(java.util.Comparator.comparingInt(LineInspection::lineNo)).toList();
	}

	/**
	 * The kind of a part in the words the records keep: to stock, scrapped or refused.
	 */
	private static String kind(String written) {
		return switch (written.toLowerCase(Locale.ROOT)) {
			case "\u9000\u56DE\u5E93\u5B58", "\u5165\u5E93" -> "to stock"; // 退回库存, 入库
			case "\u62A5\u5E9F" -> "scrapped"; // 报废
			case "\u62D2\u6536" -> "refused"; // 拒收
			default -> written.toLowerCase(Locale.ROOT);
		};
	}

	private static LineInspection line(int lineNo, String text, int returned, List<CodedProblem> problems) {
		int[] units = new int[3];
		List<String> reasons = new ArrayList<>();
		Matcher part = PART.matcher(text.trim());
		int end = 0;
		while (part.find()) {
			if (!text.trim().substring(end, part.start()).matches("(?:\\s|" + SEPARATORS + ")*")) {
				break;
			}
			end = part.end();
			String kind = kind(part.group(2));
			String reason = (part.group(3) != null) ? part.group(3).trim() : "";
			int index = kind.equals("to stock") ? 0 : kind.equals("scrapped") ? 1 : 2;
			units[index] += Integer.parseInt(part.group(1));
			if (index > 0 && reason.isEmpty()) {
				problems.add(CodedProblem.of("inspection-" + kind.replace(' ', '-') + "-reason",
						"line {0}: say why units are " + kind, lineNo));
				return null;
			}
			if (!reason.isEmpty()) {
				reasons.add(part.group(1) + " " + kind + ": " + reason);
			}
		}
		if (end == 0 || !text.trim().substring(end).isBlank()) {
			problems.add(CodedProblem.of("inspection-units-format",
					"line {0}: write the units like ''2 to stock, 1 refused: seal broken''", lineNo));
			return null;
		}
		if (units[0] + units[1] + units[2] != returned) {
			problems.add(CodedProblem.of("inspection-units-sum",
					"line {0}: {1} units were returned, the row accounts for {2}", lineNo, returned,
					units[0] + units[1] + units[2]));
			return null;
		}
		return new LineInspection(lineNo, units[0], units[1], units[2],
				reasons.isEmpty() ? null : String.join("; ", reasons));
	}

}
