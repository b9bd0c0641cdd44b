package com.osb.salesops.masterdata;

/**
 * What is wrong in an imported file, and where.
 *
 * @param line the line of the file, the header being line 1
 * @param column the column, or null for the whole line
 * @param message what is wrong
 */
public record ImportProblem(int line, String column, String message) {

}
