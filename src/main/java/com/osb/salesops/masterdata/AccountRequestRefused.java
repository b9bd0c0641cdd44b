package com.osb.salesops.masterdata;

import java.util.LinkedHashMap;
import java.util.Map;

import com.osb.salesops.masterdata.model.FileProblem;
import com.osb.salesops.shared.web.Messages;

/**
 * A request on a customer account that cannot be carried out as asked: every field at
 * fault, with what is wrong with it, by code and in the language of the request.
 */
public class AccountRequestRefused extends RuntimeException {

	private final Map<String, FileProblem> problems;

	public AccountRequestRefused(Map<String, FileProblem> problems) {
		super(String.join("; ",
				problems.entrySet().stream().map((e) -> e.getKey() + ": " + text(e.getValue())).toList()));
		this.problems = new LinkedHashMap<>(problems);
	}

	public AccountRequestRefused(String field, FileProblem problem) {
		this(Map.of(field, problem));
	}

	/** What is wrong with each field, in the language of the request. */
	public Map<String, String> problems() {
		Map<String, String> texts = new LinkedHashMap<>();
		this.problems.forEach((field, problem) -> texts.put(field, text(problem)));
		return texts;
	}

	/** What is wrong with each field, with its code. */
	public Map<String, FileProblem> codedProblems() {
		return this.problems;
	}

	/** A problem in the language of the request, {@code field.<code>} of the bundles. */
	public static String text(FileProblem problem) {
		return Messages.text("field." + problem.code(), problem.english(), problem.args().toArray());
	}

}
