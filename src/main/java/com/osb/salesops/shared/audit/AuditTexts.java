package com.osb.salesops.shared.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.osb.salesops.shared.language.FormAnswers;
import com.osb.salesops.shared.language.NamedValues;
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
 * task's name at its start, the answers given at it in the words of its form, codes of
 * files and choices, amounts of money, the rules' explanations). What the trail recorded
 * stays as it was.
 */
@Component
public class AuditTexts {

	private static final Pattern PLACE = Pattern.compile("\\{(\\d+)}");

	/** Each template as the pattern its texts match, made once. */
	private static final Map<String, Reading> READINGS = new ConcurrentHashMap<>();

	/** An amount of money as a detail records it: digits and cents. */
	private static final Pattern AMOUNT = Pattern.compile("-?\\d+\\.\\d{2}");

	/** An amount as a request gave it: digits, perhaps cents. */
	private static final Pattern AMOUNT_GIVEN = Pattern.compile("-?\\d+(\\.\\d{1,2})?");

	/** The fields of a request as a map writes them: {@code {name=value, name=value}}. */
	private static final Pattern GIVEN = Pattern
		.compile("\\{((?:[A-Za-z][A-Za-z0-9_]*=[^\\n]*?)(?:, [A-Za-z][A-Za-z0-9_]*=[^\\n]*?)*)}");

	/** A value that is a code: a kind of file, a choice of a form. */
	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");

	/** The form field whose choice an action's detail records, by action. */
	private static final Map<String, String> CHOICES = Map.of("CONTRACT_SIGNED", "signedCopy");

	private final ProcessNames names;

	private final FormAnswers answers;

	AuditTexts(ProcessNames names, FormAnswers answers) {
		this.names = names;
		this.answers = answers;
	}

	/** What the action did, in the reader's language. */
	public String action(String action) {
		return (action != null) ? Messages.text("audit." + action, action) : null;
	}

	/**
	 * The detail in the reader's language, as far as its parts have a translation: a
	 * detail written from the English template of its action
	 * ({@code audit-detail.<ACTION>}) is written again from the reader's, with the same
	 * values.
	 */
	public String detail(String action, String detail) {
		Locale reader = LocaleContextHolder.getLocale();
		if (detail == null || "en".equals(reader.getLanguage())) {
			return detail;
		}
		String worded = detail;
		String template = (action != null) ? Messages.text(Locale.ENGLISH, "audit-detail." + action, "") : "";
		if (!template.isEmpty()) {
			Object[] values = values(template, detail);
			if (values != null) {
				for (int i = 0; i < values.length; i++) {
					// an amount as the language writes money (¥5,000.00)
					if (values[i] instanceof String value && AMOUNT.matcher(value).matches()) {
						values[i] = MoneyText.of(new BigDecimal(value), reader);
					}
					// a code as its word: a kind of file, else the choice of its form
					else if (values[i] instanceof String value && CODE.matcher(value).matches()) {
						values[i] = Messages.text(reader, "file-kind." + value, CHOICES.containsKey(action)
								? this.answers.value(CHOICES.get(action), value, reader) : value);
					}
				}
				worded = Messages.text(reader, "audit-detail." + action, template, values);
			}
		}
		worded = fields(worded, reader);
		String named = this.names.task(this.answers.inLanguage(worded, reader)).in(reader);
		return RuleTexts.inLanguage(MoneyText.inLanguage(named, reader), reader);
	}

	/**
	 * A detail that records the fields of a request ({@code {type=..., amount=...}}, as
	 * an event of another system gives them) as each field's name and value in the
	 * reader's words ({@code event-field.<name>}), its type left to the action's name.
	 */
	private static String fields(String detail, Locale reader) {
		Matcher given = GIVEN.matcher(detail);
		if (!given.matches()) {
			return detail;
		}
		return NamedValues.worded(given.group(1), reader, (field) -> "type".equals(field.name()) ? Optional.empty()
				: Optional.of(new NamedValues.Pair(Messages.text(reader, "event-field." + field.name(), field.name()),
						("amount".equals(field.name()) && AMOUNT_GIVEN.matcher(field.value()).matches())
								? MoneyText.of(new BigDecimal(field.value()), reader) : field.value())));
	}

	/**
	 * The values a text was written with from a template ({@code {0}} places, in any
	 * order), or null when the text was not written from it.
	 */
	static Object[] values(String template, String text) {
		Reading reading = READINGS.computeIfAbsent(template, AuditTexts::reading);
		List<Integer> order = reading.order();
		Matcher written = reading.pattern().matcher(text);
		if (order.isEmpty() || !written.matches()) {
			return null;
		}
		Object[] values = new Object[order.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
		for (int i = 0; i < order.size(); i++) {
			values[order.get(i)] = written.group(i + 1);
		}
		return values;
	}

	/**
	 * The pattern texts written from the template match, its places as groups in order.
	 */
	private static Reading reading(String template) {
		Matcher place = PLACE.matcher(template);
		StringBuilder pattern = new StringBuilder("^");
		List<Integer> order = new ArrayList<>();
		int at = 0;
		while (place.find()) {
			pattern.append(Pattern.quote(template.substring(at, place.start()).replace("''", "'"))).append("(.*?)");
			order.add(Integer.parseInt(place.group(1)));
			at = place.end();
		}
		pattern.append(Pattern.quote(template.substring(at).replace("''", "'"))).append('$');
		return new Reading(Pattern.compile(pattern.toString(), Pattern.DOTALL), List.copyOf(order));
	}

	/** A template's pattern, and which place each of its groups fills. */
	private record Reading(Pattern pattern, List<Integer> order) {
	}

}
