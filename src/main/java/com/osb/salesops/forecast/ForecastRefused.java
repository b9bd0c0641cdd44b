package com.osb.salesops.forecast;

import java.util.List;

import com.osb.salesops.forecast.model.ForecastFile;

/**
 * A forecast or a request about one that breaks a rule, with every problem named.
 */
public class ForecastRefused extends RuntimeException {

	private final transient List<ForecastFile.Problem> problems;

	public ForecastRefused(String message, List<ForecastFile.Problem> problems) {
		super(message);
		this.problems = List.copyOf(problems);
	}

	public static ForecastRefused of(String field, String message) {
		return new ForecastRefused(message, List.of(new ForecastFile.Problem(field, message)));
	}

	public List<ForecastFile.Problem> problems() {
		return this.problems;
	}

}
