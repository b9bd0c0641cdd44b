package com.osb.salesops.shared.audit;

import java.util.Locale;

import com.osb.salesops.shared.language.ProcessNames;
import com.osb.salesops.shared.language.RuleTexts;
import com.osb.salesops.shared.process.MoneyText;
import com.osb.salesops.shared.web.Messages;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An entry of the audit trail as a person reads it, in the reader's language: what was
 * done, named by its action ({@code audit.<ACTION>} in the message bundles, else the
 * action's code), and its detail with the parts that have a translation translated (a
 * task's name at its start, amounts of money, the rules' explanations). What the trail
 * recorded stays as it was.
 */
@Component
public class AuditTexts {

	private final ProcessNames names;

	AuditTexts(ProcessNames names) {
		this.names = names;
	}

	/** What the action did, in the reader's language. */
	public String action(String action) {
		return (action != null) ? Messages.text("audit." + action, action) : null;
	}

	/** The detail in the reader's language, as far as its parts have a translation. */
	public String detail(String detail) {
		Locale reader = LocaleContextHolder.getLocale();
		if (detail == null || "en".equals(reader.getLanguage())) {
			return detail;
		}
		String named = this.names.task(detail).in(reader);
		return RuleTexts.inLanguage(MoneyText.inLanguage(named, reader), reader);
	}

}
