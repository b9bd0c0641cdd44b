package com.osb.salesops.returns.model;

import java.util.List;
import java.util.stream.Collectors;

import com.osb.salesops.shared.model.CodedProblem;

/**
 * An inspection sheet that cannot be read, with every problem of it, one per row.
 */
public class InspectionRefused extends IllegalArgumentException {

	private final transient List<CodedProblem> problems;

	public InspectionRefused(List<CodedProblem> problems) {
		super(problems.stream().map(CodedProblem::inEnglish).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<CodedProblem> problems() {
		return this.problems;
	}

}
