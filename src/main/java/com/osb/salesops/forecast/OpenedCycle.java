package com.osb.salesops.forecast;

import java.time.LocalDate;

/**
 * What opening a cycle (or a revision) decided.
 *
 * @param deadline the last day to submit
 * @param escalation the day after which the manager is told of a missing forecast
 * @param submissions how many submissions were opened
 */
public record OpenedCycle(String period, LocalDate deadline, LocalDate escalation, int submissions) {
}
