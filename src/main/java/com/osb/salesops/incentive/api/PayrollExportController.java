package com.osb.salesops.incentive.api;

import java.util.List;

import com.osb.salesops.incentive.PayrollExports;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.web.CsvFiles;
import com.osb.salesops.shared.web.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payroll export of a statement run, for HR to import and finance to check.
 */
@RestController
class PayrollExportController {

	static final List<String> ROLES = List.of(Roles.HR, Roles.FINANCE);

	private final PayrollExports exports;

	private final CurrentUser currentUser;

	PayrollExportController(PayrollExports exports, CurrentUser currentUser) {
		this.exports = exports;
		this.currentUser = currentUser;
	}

	@GetMapping(path = "/api/incentive/payroll/{period}.csv", produces = "text/csv")
	ResponseEntity<byte[]> export(@PathVariable String period) {
		this.currentUser.requireAnyRole(ROLES);
		Quarter quarter = StatementsController.quarter(period);
		String csv = this.exports.csv(quarter.toString())
			.orElseThrow(() -> NotFoundException.of("no-payroll-export", "No payroll export for {0} yet", quarter));
		return CsvFiles.download("payroll-" + quarter + ".csv", csv);
	}

}
