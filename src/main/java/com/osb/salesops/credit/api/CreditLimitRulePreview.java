package com.osb.salesops.credit.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.osb.salesops.credit.CreditLimitPreviews;
import com.osb.salesops.credit.model.CreditLimitChange;
import com.osb.salesops.credit.model.CreditLimitPreview.Summary;
import com.osb.salesops.credit.model.CreditLimitPreview;
import com.osb.salesops.shared.process.CandidateDecisions;
import com.osb.salesops.shared.process.RulePreview;
import com.osb.salesops.shared.web.CsvFiles;
import com.osb.salesops.shared.web.Messages;

import org.springframework.stereotype.Component;

/**
 * The preview of a changed {@code credit-limit}: every active customer rated under the
 * rules in use and under the change, and the customers whose open orders would go from
 * PASS to HOLD.
 */
@Component
class CreditLimitRulePreview implements RulePreview {

	private static final String CSV_HEADER = "customerCode,customerName,gradeBefore,gradeAfter,creditLimitBefore,"
			+ "creditLimitAfter,limitChange,paymentTermsBefore,paymentTermsAfter,exposure,openOrders,"
			+ "openOrdersBefore,openOrdersAfter";

	private final CreditLimitPreviews previews;

	CreditLimitRulePreview(CreditLimitPreviews previews) {
		this.previews = previews;
	}

	@Override
	public String decisionKey() {
		return CreditLimitPreviews.DECISION;
	}

	@Override
	public Result preview(CandidateDecisions candidate) {
		CreditLimitPreview preview = this.previews.preview(candidate);
		String csv = Stream
			.concat(Stream.of("# " + line(preview.summary()), CSV_HEADER),
					preview.customers().stream().map(CreditLimitRulePreview::csv))
			.collect(Collectors.joining("\n", "", "\n"));
		return new Result(json(preview), csv);
	}

	/** The summary in one line, in the reader's language. */
	private static String line(Summary summary) {
		return Messages.text("preview.credit-summary",
				"{0} of {1} customers change; the total limit moves by {2} (from {3} to {4}); {5} customers'' open"
						+ " orders would go from PASS to HOLD",
				summary.customersChanged(), summary.customers(), cents(summary.totalLimitMoved()).toPlainString(),
				cents(summary.totalLimitBefore()).toPlainString(), cents(summary.totalLimitAfter()).toPlainString(),
				summary.customersPassToHold());
	}

	/** An amount of money as an exact decimal of cents (a limit is whole thousands). */
	private static BigDecimal cents(BigDecimal amount) {
		return (amount != null) ? amount.setScale(2, RoundingMode.HALF_EVEN) : null;
	}

	private static Map<String, Object> json(CreditLimitPreview preview) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("decision", preview.decision());
		body.put("evaluatedOn", preview.evaluatedOn());
		Summary summary = preview.summary();
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("customers", summary.customers());
		figures.put("customersChanged", summary.customersChanged());
		figures.put("totalLimitBefore", cents(summary.totalLimitBefore()));
		figures.put("totalLimitAfter", cents(summary.totalLimitAfter()));
		figures.put("totalLimitMoved", cents(summary.totalLimitMoved()));
		figures.put("customersPassToHold", summary.customersPassToHold());
		body.put("summary", figures);
		body.put("summaryLine", line(summary));
		body.put("customers", preview.customers().stream().map(CreditLimitRulePreview::json).toList());
		return body;
	}

	private static Map<String, Object> json(CreditLimitChange change) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("customerCode", change.customerCode());
		line.put("customerName", change.customerName());
		line.put("changed", change.changed());
		line.put("before", Map.of("grade", change.gradeBefore(), "creditLimit", cents(change.creditLimitBefore()),
				"paymentTerms", change.paymentTermsBefore()));
		line.put("after", Map.of("grade", change.gradeAfter(), "creditLimit", cents(change.creditLimitAfter()),
				"paymentTerms", change.paymentTermsAfter()));
		line.put("limitChange", cents(change.limitChange()));
		line.put("exposure", cents(change.exposure()));
		line.put("openOrders", cents(change.openOrders()));
		line.put("openOrdersBefore", change.openOrdersBefore());
		line.put("openOrdersAfter", change.openOrdersAfter());
		line.put("openOrdersPassToHold", change.openOrdersPassToHold());
		return line;
	}

	private static String csv(CreditLimitChange change) {
		return Stream
			.of(CsvFiles.cell(change.customerCode()), CsvFiles.cell(change.customerName()), change.gradeBefore(),
					change.gradeAfter(), plain(change.creditLimitBefore()), plain(change.creditLimitAfter()),
					plain(change.limitChange()), change.paymentTermsBefore(), change.paymentTermsAfter(),
					plain(change.exposure()), plain(change.openOrders()),
					Objects.requireNonNullElse(change.openOrdersBefore(), ""),
					Objects.requireNonNullElse(change.openOrdersAfter(), ""))
			.collect(Collectors.joining(","));
	}

	private static String plain(BigDecimal amount) {
		return amount.toPlainString();
	}

}
