package com.osb.salesops.masterdata.process;

import java.time.LocalDate;

/**
 * A change to the organisation entered ahead of its day.
 *
 * @param kind {@code CHANGE} (a line of the organisation file) or {@code DEPARTURE}
 * @param subjectType {@code MARKET}, {@code REGION}, {@code REP} or {@code MANAGER}
 * @param subjectId the unit's or rep's id, or the manager's user id
 * @param successor who takes over on a departure
 * @param record the organisation file of the change, header and line
 * @param status {@code PENDING}, {@code APPLIED}, {@code CANCELLED} or {@code FAILED}
 * @param outcome what applying it moved, or the problems that kept it from being applied
 */
public record PendingChange(long id, String kind, String subjectType, String subjectId, String successor,
		LocalDate effectiveFrom, String record, String reason, String status, String requestedBy, String settledBy,
		String outcome) {
}
