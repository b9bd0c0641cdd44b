package com.osb.salesops.forecast;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.osb.salesops.forecast.model.ForecastFile;
import com.osb.salesops.shared.web.Messages;

/**
 * A forecast or a request about one that breaks a rule, with every problem named: in the
 * language of the request, with a code for a program.
 */
public class ForecastRefused extends RuntimeException {

	/** A line of the file as a problem names it, perhaps with its column. */
	private static final Pattern LINE = Pattern.compile("line\\[(\\d+)](?:\\.(\\w+))?");

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

	/**
	 * Every problem as the person who wrote the forecast in a form reads it, in the
	 * language of the request: where it is in their words ({@code line 3, amount}), then
	 * what is wrong.
	 */
	public String formText() {
		return this.problems.stream()
			.map((problem) -> Messages.text("forecast-problem", "{0}: {1}", place(problem.field()), text(problem)))
			.collect(Collectors.joining(Messages.text("forecast-problem.separator", "; ")));
	}

	/** A problem's place in words: the file, a line, a line's column. */
	static String place(String field) {
		Matcher line = LINE.matcher(field);
		if (!line.matches()) {
			return Messages.text("forecast-place." + field, field);
		}
		return (line.group(2) == null) ? Messages.text("forecast-place.line", "line {0}", line.group(1))
				: Messages.text("forecast-place.line-column", "line {0}, {1}", line.group(1),
						Messages.text("forecast-place.column." + line.group(2), line.group(2)));
	}

}
