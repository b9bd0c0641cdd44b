package com.osb.salesops.approvals.model;

/**
 * Someone a person may hand work to: a stand-in for an absence, a delegate for one task.
 *
 * @param userId their login
 * @param name their name, with their role in the reader's words
 */
public record Colleague(String userId, String name) {
}
