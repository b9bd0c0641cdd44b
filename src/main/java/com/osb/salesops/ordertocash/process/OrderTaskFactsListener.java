package com.osb.salesops.ordertocash.process;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.osb.salesops.shared.process.PaymentTermsText;
import com.osb.salesops.shared.process.TaskForms;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Words, for the person who opens an order task, the facts the flow carries as codes: the
 * payment terms and what they mean for shipping, why credit is held, whom the approval
 * goes up to and in which role this approver decides. Each is set on the task alone, when
 * the task is created, from the order's facts at that moment, and only when the task's
 * form shows it.
 */
class OrderTaskFactsListener implements TaskListener {

	private static final Pattern NET = Pattern.compile("NET(\\d+)");

	/**
	 * Why credit is held, by code: the English words of {@code form-text.hold-reason.*}.
	 */
	private static final Map<String, String> HOLD_REASONS = Map.of("overdue",
			"An open invoice of the customer is overdue", "over-limit",
			"This order takes the customer's exposure above the credit limit");

	/** Approvers' titles, by level or group: the English of {@code form-text.title.*}. */
	private static final Map<String, String> TITLES = Map.of("sales-manager", "Sales manager", "sales-director",
			"Sales director", "general-manager", "General manager", "finance", "Finance");

	/** The form texts it sets: codes the order holds, in words. */
	static final Set<String> TEXTS = Set.of("paymentTermsText", "invoiceDueText", "holdReasonText", "approvalLevelText",
			"approverTitle", "releaseApproverTitle");

	/** The task that issues the invoice, which shows when the invoice will be due. */
	static final String ISSUE_INVOICE = "Task_ApproveInvoice";

	private final Supplier<LocalDate> today;

	OrderTaskFactsListener(Supplier<LocalDate> today) {
		this.today = today;
	}

	@Override
	public void notify(DelegateTask task) {
		worded(task, "paymentTerms", "paymentTermsText", OrderTaskFactsListener::paymentTerms);
		if (ISSUE_INVOICE.equals(task.getTaskDefinitionKey())) {
			worded(task, "paymentTerms", "invoiceDueText", this::due);
		}
		worded(task, "holdReason", "holdReasonText",
				(reason) -> inWords("form-text.hold-reason.", HOLD_REASONS, reason));
		worded(task, "approvalLevel", "approvalLevelText", OrderTaskFactsListener::title);
		worded(task, "approverGroup", "approverTitle", OrderTaskFactsListener::title);
		worded(task, "releaseApprover", "releaseApproverTitle", OrderTaskFactsListener::title);
	}

	private static void worded(DelegateTask task, String code, String text,
			java.util.function.Function<String, String> words) {
		if (!TaskForms.mentions(task, text)) {
			return;
		}
		Object value = task.getVariable(code);
		if (value != null && !value.toString().isBlank()) {
			task.setVariableLocal(text, words.apply(value.toString()));
		}
	}

	/**
	 * Like "2027-01-15, 60 days after issue today, 2026-11-16" (dates in Asia/Shanghai).
	 */
	private String due(String terms) {
		Matcher net = NET.matcher(terms);
		int days = net.matches() ? Integer.parseInt(net.group(1)) : 0;
		LocalDate issued = this.today.get();
		return (days == 0)
				? Messages.inCompanyLanguage("form-text.invoice-due-on-issue",
						"{0}, the day of issue (paid in advance)", issued)
				: Messages.inCompanyLanguage("form-text.invoice-due", "{0}, {1} days after issue today, {2}",
						issued.plusDays(days), days, issued);
	}

	static String title(String code) {
		return inWords("form-text.title.", TITLES, code);
	}

	/** Like "Net 30 days: shipped on credit, invoiced at dispatch, due 30 days later". */
	static String paymentTerms(String terms) {
		return PaymentTermsText.of(terms);
	}

	/**
	 * A code in the company's language ({@code SALES_MANAGER} and {@code sales-manager}
	 * alike), or the code itself when the bundles have no words for it.
	 */
	private static String inWords(String prefix, Map<String, String> english, String code) {
		String key = code.toLowerCase(Locale.ROOT).replace('_', '-');
		return english.containsKey(key) ? Messages.inCompanyLanguage(prefix + key, english.get(key)) : code;
	}

}
