package com.osb.salesops.shared.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

import com.osb.salesops.shared.model.CodedProblem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The texts the API answers, in the caller's language: looked up by code in the
 * application's message bundles ({@code messages.properties}, {@code messages_zh_CN}),
 * for the locale of the current request ({@code Accept-Language}, else the user's
 * language, else the company's). Without bundles (a test without the application) the
 * English text given with the code is used, so that a message never goes missing.
 */
public final class Messages {

	private static volatile MessageSource source;

	private static volatile Locale company = Locale.ENGLISH;

	private Messages() {
	}

	static void use(MessageSource messages, Locale companyLanguage) {
		source = messages;
		company = companyLanguage;
	}

	/** The bundles in use, or null without the application. */
	static MessageSource source() {
		return source;
	}

	/** The company's language ({@code salesops.language.default-language}). */
	public static Locale companyLanguage() {
		return company;
	}

	/**
	 * A text the engine keeps for whoever reads it later in Cockpit or Tasklist (an
	 * incident, a job's failure, the message of a BPMN error): in the company's language,
	 * {@code incident.<code>} of the bundles, with its code in front for a program and
	 * for a reader of another language, as {@code [out-of-stock] 库存不足：P-100}.
	 */
	public static String incident(String code, String english, Object... args) {
		return "[" + code + "] " + text(company, "incident." + code, english, args);
	}

	/**
	 * A refusal the engine answers a caller with (a form submission, a variable, a
	 * query): in the current request's language, {@code problem.<code>} of the bundles,
	 * with its code in front for a program, as {@code [form-refused] 提交未被接受：…}.
	 */
	public static String refusal(String code, String english, Object... args) {
		return "[" + code + "] " + text("problem." + code, english, args);
	}

	/**
	 * The problems, each {@code field.<code>} of the bundles, in the current request's
	 * language, one after the other as that language lists them.
	 */
	public static String listed(List<CodedProblem> problems) {
		return together(problems.stream()
			.map((problem) -> text("field." + problem.code(), problem.english(), problem.args().toArray()))
			.toList());
	}

	/**
	 * Texts already in the current request's language, one after the other as that
	 * language lists them ({@code ; } in English, {@code ；} in Chinese).
	 */
	public static String together(List<String> texts) {
		return String.join(text("problem.separator", "; "), texts);
	}

	/**
	 * The text of the code in the company's language: for what is written before anyone
	 * reads it and is read by several people (a task's note, the audit trail).
	 */
	public static String inCompanyLanguage(String code, String english, Object... args) {
		return text(company, code, english, args);
	}

	/**
	 * A fact the product writes for a form to show, {@code form-text.<code>} of the
	 * bundles, in the company's language.
	 */
	public static String formText(String code, String english, Object... args) {
		return inCompanyLanguage("form-text." + code, english, args);
	}

	/**
	 * The text of the code in the current request's language.
	 * @param code the message's key in the bundles
	 * @param english the English text, with {@code {0}}-style places for the arguments
	 * @param args what fills the places
	 */
	public static String text(String code, String english, Object... args) {
		return text(LocaleContextHolder.getLocale(), code, english, args);
	}

	/**
	 * The text of the code in the given language. The arguments are put in as texts, as
	 * {@code String.valueOf} writes them, so that no language writes a number, a count or
	 * an id differently (an id {@code 1234} never becomes {@code 1,234}); a value that is
	 * not there reads as nothing given, in the language, never as {@code null}.
	 */
	public static String text(Locale locale, String code, String english, Object... args) {
		Object[] texts = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			texts[i] = (args[i] != null) ? String.valueOf(args[i]) : text(locale, "value.nothing", "nothing given");
		}
		MessageSource messages = source;
		if (messages == null) {
			return (texts.length == 0) ? english : new MessageFormat(english, Locale.ENGLISH).format(texts);
		}
		return messages.getMessage(code, texts, english, locale);
	}

}
