package com.osb.salesops.masterdata;

import java.util.List;

/**
 * A file that is not imported because something in it is wrong: every problem, and
 * nothing stored.
 */
public class ImportRefused extends RuntimeException {

	private final List<ImportProblem> problems;

	public ImportRefused(List<ImportProblem> problems) {
		super("The file has " + problems.size() + " problem(s); nothing was imported");
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> problems() {
		return this.problems;
	}

}
