package com.osb.salesops.masterdata.api;

import java.util.function.Supplier;

import com.osb.salesops.masterdata.ImportRefused;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;

import org.springframework.http.HttpStatus;

/**
 * A record entered on its own is checked as a line of its file: its problems are named by
 * the field of the request, not by line.
 */
final class Records {

	private Records() {
	}

	static <T> T imported(Supplier<T> importing) {
		try {
			return importing.get();
		}
		catch (ImportRefused refused) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "record-refused",
					"The record cannot be stored as it is",
					refused.problems()
						.stream()
						.map((problem) -> new FieldError((problem.column() != null) ? problem.column() : "record",
								problem.text(), problem.code()))
						.toList());
		}
	}

}
