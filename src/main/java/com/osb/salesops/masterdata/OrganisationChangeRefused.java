package com.osb.salesops.masterdata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.masterdata.model.FileProblem;
import com.osb.salesops.shared.web.FieldError;

/**
 * A change to the sales organisation that cannot be made as asked: every field at fault,
 * with what is wrong with it.
 */
public class OrganisationChangeRefused extends RuntimeException {

	private final Map<String, FileProblem> problems;

	public OrganisationChangeRefused(Map<String, FileProblem> problems) {
		super(String.join("; ",
				problems.entrySet().stream().map((e) -> e.getKey() + ": " + e.getValue().message()).toList()));
		this.problems = new LinkedHashMap<>(problems);
	}

	public OrganisationChangeRefused(String field, FileProblem problem) {
		this(Map.of(field, problem));
	}

	/** What is wrong with each field, with its code. */
	public Map<String, FileProblem> problems() {
		return this.problems;
	}

	/** Each field's problem in the language of the request, with its code. */
	public List<FieldError> fieldErrors() {
		return this.problems.entrySet()
			.stream()
			.map((e) -> FieldError.of(e.getKey(), e.getValue().code(), e.getValue().english(),
					e.getValue().args().toArray()))
			.toList();
	}

}
