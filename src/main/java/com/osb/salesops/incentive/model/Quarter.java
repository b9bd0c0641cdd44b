package com.osb.salesops.incentive.model;

import java.time.LocalDate;

/**
 * A calendar quarter, the period of incentive compensation, written {@code 2025-Q1}.
 *
 * @param year the year
 * @param number 1 to 4
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

	public Quarter {
		if (number < 1 || number > 4) {
			throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number);
		}
	}

	public static Quarter of(LocalDate date) {
		return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
	}

	/** Reads {@code 2025-Q1}. */
	public static Quarter parse(String text) {
		String[] parts = text.split("-Q");
		if (parts.length != 2) {
			throw new IllegalArgumentException("A quarter is written like 2025-Q1, not " + text);
		}
		return new Quarter(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
	}

	/** The first day of the quarter. */
	public LocalDate start() {
		return LocalDate.of(this.year, (this.number - 1) * 3 + 1, 1);
	}

	/** The first day after the quarter. */
	public LocalDate end() {
		return start().plusMonths(3);
	}

	public Quarter next() {
		return Quarter.of(end());
	}

	public Quarter previous() {
		return Quarter.of(start().minusDays(1));
	}

	@Override
	public int compareTo(Quarter other) {
		return start().compareTo(other.start());
	}

	@Override
	public String toString() {
		return this.year + "-Q" + this.number;
	}

}
