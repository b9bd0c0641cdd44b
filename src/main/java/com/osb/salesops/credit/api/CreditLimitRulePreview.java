package com.osb.salesops.credit.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.osb.salesops.credit.CreditLimitPreviews;
import com.osb.salesops.credit.model.CreditLimitChange;
import com.osb.salesops.credit.model.CreditLimitPreview;
import com.osb.salesops.shared.process.CandidateDecisions;
import com.osb.salesops.shared.process.RulePreview;
import com.osb.salesops.shared.web.CsvFiles;

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
			.concat(Stream.of("# " + preview.summary().line(), CSV_HEADER),
					preview.customers().stream().map(CreditLimitRulePreview::csv))
			.collect(Collectors.joining("\n", "", "\n"));
		return new Result(json(preview), csv);
	}

	private static Map<String, Object> json(CreditLimitPreview preview) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("decision", preview.decision());
		body.put("evaluatedOn", preview.evaluatedOn());
		body.put("summary", preview.summary());
		body.put("summaryLine", preview.summary().line());
		body.put("customers", preview.customers().stream().map(CreditLimitRulePreview::json).toList());
		return body;
	}

	private static Map<String, Object> json(CreditLimitChange change) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("customerCode", change.customerCode());
		line.put("customerName", change.customerName());
		line.put("changed", change.changed());
		line.put("before", Map.of("grade", change.gradeBefore(), "creditLimit", change.creditLimitBefore(),
				"paymentTerms", change.paymentTermsBefore()));
		line.put("after", Map.of("grade", change.gradeAfter(), "creditLimit", change.creditLimitAfter(), "paymentTerms",
				change.paymentTermsAfter()));
		line.put("limitChange", change.limitChange());
		line.put("exposure", change.exposure());
		line.put("openOrders", change.openOrders());
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
