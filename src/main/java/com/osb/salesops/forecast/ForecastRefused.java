package com.osb.salesops.forecast;

import java.util.List;

import com.osb.salesops.forecast.model.ForecastFile;
import com.osb.salesops.shared.web.Messages;

/**
 * A forecast or a request about one that breaks a rule, with every problem named: in the
 * language of the request, with a code for a program.
 */
public class ForecastRefused extends RuntimeException {

	private final String code;

	private final transient List<ForecastFile.Problem> problems;

	/**
	 * @param code the refusal's code, {@code problem.<code>} in the message bundles
	 * @param english the refusal in English, with {@code {0}}-style places
	 * @param problems every problem
	 * @param args what fills the places
	 */
	public ForecastRefused(String code, String english, List<ForecastFile.Problem> problems, Object... args) {
		super(Messages.text("problem." + code, english, args));
		this.code = code;
		this.problems = List.copyOf(problems);
	}

	/** A refusal for one problem of one field, which the refusal names alike. */
	public static ForecastRefused of(String field, String code, String english, Object... args) {
		return new ForecastRefused(code, english, List.of(ForecastFile.Problem.of(field, code, english, args)), args);
	}

	/** What is wrong, for a program. */
	public String code() {
		return this.code;
	}

	public List<ForecastFile.Problem> problems() {
		return this.problems;
	}

	/** A problem in the language of the request. */
	public static String text(ForecastFile.Problem problem) {
		return Messages.text("field." + problem.code(), problem.english(), problem.args().toArray());
	}

}
