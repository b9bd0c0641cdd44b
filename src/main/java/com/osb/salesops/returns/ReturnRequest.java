package com.osb.salesops.returns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.RequestRules;
import com.osb.salesops.shared.web.WholeNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A return as a rep requests it against a delivered order: which lines, how many units of
 * each, and why. Its shape is checked here; whether the order is the rep's, delivered,
 * and the quantities are still returnable is checked against the order when it arrives.
 *
 * @param orderNumber the delivered order
 * @param reason why the goods come back
 * @param reasonText the reason in the rep's words, required for {@code OTHER}
 * @param lines the order lines returned, at most {@value #MAX_LINES}
 */
public record ReturnRequest(
		@NotBlank(message = "{salesops.required}") @Size(max = 24, message = "{salesops.length}") String orderNumber,
		@NotNull(message = "{salesops.required}") ReturnReason reason,
		@Size(max = 1000, message = "{salesops.length}") String reasonText,
		@NotEmpty(message = "{salesops.not-empty-list}") @Size(max = MAX_LINES,
				message = "{salesops.list-size}") List<@NotNull(message = "{salesops.required}") @Valid Line> lines)
		implements
			RequestRules {

	/** The most lines one return may name. */
	public static final int MAX_LINES = 5000;

	/**
	 * @param lineNo the order line's number, as the order view shows it
	 * @param quantity units returned, a whole number of at least 1
	 */
	public record Line(
			@NotNull(message = "{salesops.required}") @WholeNumber @DecimalMin(value = "1",
					message = "{salesops.min}") BigDecimal lineNo,
			@NotNull(message = "{salesops.required}") @WholeNumber @DecimalMin(value = "1",
					message = "{salesops.min}") BigDecimal quantity) {
	}

	@Override
	public List<FieldError> broken() {
		List<FieldError> problems = new ArrayList<>();
		if (this.reason == ReturnReason.OTHER && (this.reasonText == null || this.reasonText.isBlank())) {
			problems.add(FieldError.of("reasonText", "required-for-other", "is required when the reason is OTHER"));
		}
		Set<BigDecimal> seen = new HashSet<>();
		for (int index = 0; this.lines != null && index < this.lines.size(); index++) {
			Line line = this.lines.get(index);
			if (line != null && line.lineNo() != null && !seen.add(line.lineNo().stripTrailingZeros())) {
				problems.add(FieldError.of("lines[" + index + "].lineNo", "repeated-line",
						"names order line {0} a second time", line.lineNo()));
			}
		}
		return problems;
	}

}
