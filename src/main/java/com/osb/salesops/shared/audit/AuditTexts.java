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

	/**
	 * Where the codes an action's detail records read as words, by action: the first
	 * bundle key of the code that is there.
	 */
	private static final Map<String, List<String>> CODE_WORDS = Map.of("RETURN_REQUESTED",
			List.of("form-text.return-reason."), "CREDIT_CHECKED", List.of("credit-result.", "credit-hold-reason."));

	/**
	 * Where the names an action's detail records (a document's template,
	 * {@code sales-contract}) read as words, by action.
	 */
	private static final Map<String, String> NAME_WORDS = Map.of("DOCUMENT_MADE", "document-template.");

	private static final Pattern NAME = Pattern.compile("[a-z]+(?:-[a-z]+)*");

	/**
	 * The other templates of an action's detail: {@code audit-detail.<ACTION>.1} and on.
	 */
	private static final int VARIANTS = 3;

	/**
	 * How a detail that ends with another system's reference is written, the reference
	 * last ({@code audit-detail.with-reference}).
	 */
	private static final String WITH_REFERENCE = "{0} (reference {1})";

	/**
	 * How the parts of a list a detail holds are parted
	 * ({@code audit-detail.part-separator}): each part is written from the template
	 * {@code audit-detail.<ACTION>.part}.
	 */
	private static final String PART_SEPARATOR = "; ";

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
		if (detail == null) {
			return null;
		}
		Object[] referenced = values(Messages.text(Locale.ENGLISH, "audit-detail.with-reference", WITH_REFERENCE),
				detail);
		if (referenced != null) {
			return detail(action, (String) referenced[0])
					+ Messages.text(reader, "audit-detail.reference", " (reference {0})", referenced[1]);
		}
		String worded = (action != null) ? fromTemplate(action, detail, reader).orElse(detail) : detail;
		worded = fields(worded, reader);
		String named = this.names.task(this.answers.inLanguage(worded, reader)).in(reader);
		return RuleTexts.inLanguage(MoneyText.inLanguage(named, reader), reader);
	}

	/**
	 * The detail written again from the reader's template of its action, with the same
	 * values in the reader's words, if it was written from one of the action's English
	 * templates ({@code audit-detail.<ACTION>}, then {@code .1} and on).
	 */
	private Optional<String> fromTemplate(String action, String detail, Locale reader) {
		for (int variant = 0; variant <= VARIANTS; variant++) {
			String key = "audit-detail." + action + ((variant > 0) ? "." + variant : "");
			String template = Messages.text(Locale.ENGLISH, key, "");
			Object[] values = template.isEmpty() ? null : values(template, detail);
			if (values != null) {
				for (int i = 0; i < values.length; i++) {
					if (values[i] instanceof String value) {
						values[i] = value(action, value, reader);
					}
				}
				return Optional.of(Messages.text(reader, key, template, values));
			}
		}
		return Optional.empty();
	}

	/**
	 * A value of a detail in the reader's words: an amount as the reader writes money (in
	 * English as recorded, the template saying its currency), a code as its word, a list
	 * of parts each written again from the action's part template.
	 */
	private String value(String action, String value, Locale reader) {
		// an amount as the language writes money (¥5,000.00); English templates say the
		// currency after it
		if (AMOUNT.matcher(value).matches() && !"en".equals(reader.getLanguage())) {
			return MoneyText.of(new BigDecimal(value), reader);
		}
		// a code as its word: a kind of file, a code the action names, else the choice of
		// its form
		if (CODE.matcher(value).matches()) {
			String kind = Messages.text(reader, "file-kind." + value, "");
			if (!kind.isEmpty()) {
				return kind;
			}
			for (String words : CODE_WORDS.getOrDefault(action, List.of())) {
				String word = Messages.text(reader, words + value, "");
				if (!word.isEmpty()) {
					return word;
				}
			}
			return CHOICES.containsKey(action) ? this.answers.value(CHOICES.get(action), value, reader) : value;
		}
		if (NAME_WORDS.containsKey(action) && NAME.matcher(value).matches()) {
			return Messages.text(reader, NAME_WORDS.get(action) + value, value);
		}
		String template = Messages.text(Locale.ENGLISH, "audit-detail." + action + ".part", "");
		if (!template.isEmpty() && !value.isEmpty()) {
			List<String> parts = new ArrayList<>();
			for (String part : value.split(Pattern.quote(PART_SEPARATOR))) {
				Object[] values = values(template, part);
				if (values == null) {
					return value;
				}
				for (int i = 0; i < values.length; i++) {
					values[i] = value(action, (String) values[i], reader);
				}
				parts.add(Messages.text(reader, "audit-detail." + action + ".part", template, values));
			}
			return String.join(Messages.text(reader, "audit-detail.part-separator", PART_SEPARATOR), parts);
		}
		return value;
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
