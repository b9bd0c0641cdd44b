package com.osb.salesops.incentive.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.osb.salesops.shared.model.CodedProblem;

/**
 * The lines of a statement a rep disputes, one per text line as {@code 3: reason}, and
 * sales ops' decision on each, as {@code 3: ADJUST 500.00 reason} or
 * {@code 3: REJECT reason} ({@code 调整} and {@code 驳回} are read as ADJUST and REJECT, a
 * Chinese colon as a colon). Every problem is collected, naming the text line it is on.
 */
public final class DisputedLines {

	/** A colon as a person types it, in English or Chinese. */
	private static final String COLON = "\\s*[:\uFF1A]\\s*";

	private static final Pattern CLAIM = Pattern.compile("\\s*#?(\\d{1,6})" + COLON + "(.*)");

	private static final Pattern DECISION = Pattern.compile(
			"\\s*#?(\\d{1,6})" + COLON + "(ADJUST|REJECT|\u8C03\u6574|\u9A73\u56DE)(?![A-Za-z])\\s*(.*)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern AMOUNT = Pattern.compile("([+-]?\\d{1,13}(?:\\.\\d{1,2})?)\\s+(\\S.*)");

	private DisputedLines() {
	}

	/**
	 * @param lineNo the statement's line, from 1
	 * @param reason why the rep disputes it
	 */
	public record Claim(int lineNo, String reason) {
	}

	/**
	 * @param lineNo the statement's line
	 * @param decision {@code ADJUST} or {@code REJECT}
	 * @param adjustment the amount added to the payout (negative: taken off), 0 on reject
	 * @param reason why
	 */
	public record Decision(int lineNo, String decision, BigDecimal adjustment, String reason) {
	}

	/** The claims of a dispute on a statement of {@code lineCount} lines. */
	public static List<Claim> claims(String text, int lineCount, List<CodedProblem> problems) {
		Map<Integer, Claim> claims = new LinkedHashMap<>();
		int row = 0;
		for (String entry : lines(text)) {
			row++;
			Matcher matcher = CLAIM.matcher(entry);
			if (!matcher.matches() || matcher.group(2).isBlank()) {
				problems.add(CodedProblem.of("dispute-row-format",
						"row {0}: write the line number, a colon and the reason, like ''3: not my order''", row));
				continue;
			}
			int line = Integer.parseInt(matcher.group(1));
			if (line < 1 || line > lineCount) {
				problems.add(CodedProblem.of("dispute-no-such-line",
						"row {0}: the statement has no line {1} (lines 1 to {2})", row, line, lineCount));
			}
			else if (claims.putIfAbsent(line, new Claim(line, matcher.group(2).trim())) != null) {
				problems.add(CodedProblem.of("dispute-line-twice", "row {0}: line {1} is disputed twice", row, line));
			}
		}
		if (claims.isEmpty() && problems.isEmpty()) {
			problems.add(CodedProblem.of("dispute-no-lines", "name at least one line you dispute, with the reason"));
		}
		return new ArrayList<>(claims.values());
	}

	/** Sales ops' decisions, exactly one for each disputed line. */
	public static List<Decision> decisions(String text, Set<Integer> disputed, List<CodedProblem> problems) {
		Map<Integer, Decision> decisions = new LinkedHashMap<>();
		int row = 0;
		for (String entry : lines(text)) {
			row++;
			Decision decision = decision(entry, row, problems);
			if (decision == null) {
				continue;
			}
			if (!disputed.contains(decision.lineNo())) {
				problems.add(CodedProblem.of("decision-line-not-disputed", "row {0}: line {1} is not disputed", row,
						decision.lineNo()));
			}
			else if (decisions.putIfAbsent(decision.lineNo(), decision) != null) {
				problems.add(CodedProblem.of("decision-line-twice", "row {0}: line {1} is decided twice", row,
						decision.lineNo()));
			}
		}
		for (Integer line : new TreeSet<>(disputed)) {
			if (!decisions.containsKey(line)) {
				problems.add(CodedProblem.of("decision-missing", "line {0} is disputed and needs a decision", line));
			}
		}
		return new ArrayList<>(decisions.values());
	}

	private static Decision decision(String entry, int row, List<CodedProblem> problems) {
		Matcher matcher = DECISION.matcher(entry);
		if (!matcher.matches()) {
			problems.add(CodedProblem.of("decision-row-format",
					"row {0}: write the line, ADJUST with the amount and the reason, or REJECT with the reason,"
							+ " like ''3: ADJUST 500.00 paid in March'' or ''3: REJECT in April''",
					row));
			return null;
		}
		int line = Integer.parseInt(matcher.group(1));
		String kind = switch (matcher.group(2).toUpperCase(Locale.ROOT)) {
			case "\u8C03\u6574" -> "ADJUST"; // 调整
			case "\u9A73\u56DE" -> "REJECT"; // 驳回
			default -> matcher.group(2).toUpperCase(Locale.ROOT);
		};
		String rest = matcher.group(3).trim();
		if ("REJECT".equals(kind)) {
			if (rest.isEmpty()) {
				problems.add(CodedProblem.of("decision-reject-reason",
						"row {0}: give the reason for rejecting line {1}", row, line));
				return null;
			}
			return new Decision(line, kind, BigDecimal.ZERO.setScale(2), rest);
		}
		Matcher amount = AMOUNT.matcher(rest);
		if (!amount.matches() || new BigDecimal(amount.group(1)).signum() == 0) {
			problems.add(CodedProblem.of("decision-adjust-amount",
					"row {0}: give the amount (other than 0, at most two decimals) and the reason for adjusting line {1}",
					row, line));
			return null;
		}
		return new Decision(line, kind, new BigDecimal(amount.group(1)).setScale(2), amount.group(2).trim());
	}

	private static List<String> lines(String text) {
		return (text == null) ? List.of() : text.lines().filter((entry) -> !entry.isBlank()).toList();
	}

}
