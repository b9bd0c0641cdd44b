package com.osb.salesops.approvals;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of task deadlines under {@code salesops.approvals.*}: the office hours that
 * business hours are counted in. The deadlines themselves are the decision task-deadline
 * in {@code rules/}.
 *
 * @param opens when a business day starts, in the business time zone
 * @param closes when it ends
 */
@ConfigurationProperties("salesops.approvals")
public record ApprovalSettings(@DefaultValue("09:00") LocalTime opens, @DefaultValue("18:00") LocalTime closes) {
}
