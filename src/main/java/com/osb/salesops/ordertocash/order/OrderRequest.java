package com.osb.salesops.ordertocash.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.osb.salesops.shared.web.Amount;
import com.osb.salesops.shared.web.Money;
import com.osb.salesops.shared.web.PlausibleDate;
import com.osb.salesops.shared.web.WholeNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An order as a rep submits or revises it: the customer, the date wanted and the lines.
 * Its shape is checked here; whether the customer and products exist and the prices hold
 * is checked against the company's data when it is submitted.
 *
 * @param customerCode the customer's code
 * @param requestedDate the delivery date wanted, if any
 * @param channel the channel it was sold through, if said
 * @param lines what is ordered, at most {@value #MAX_LINES} lines
 * @param deliveryAddress where the goods go: the number of one of the delivery addresses
 * of the customer's file (1 for the first), the first when absent
 */
public record OrderRequest(
		@NotBlank(message = "{salesops.required}") @Size(max = 100, message = "{salesops.length}") String customerCode,
		@PlausibleDate LocalDate requestedDate, SalesChannel channel,
		@NotEmpty(message = "{salesops.not-empty-list}") @Size(max = MAX_LINES,
				message = "{salesops.list-size}") List<@NotNull(message = "{salesops.required}") @Valid Line> lines,
		@WholeNumber @DecimalMin(value = "1", message = "{salesops.min}") BigDecimal deliveryAddress) {

	/** The most lines one order may have. */
	public static final int MAX_LINES = 5000;

	/** An order to the first delivery address of the customer's file. */
	public OrderRequest(String customerCode, LocalDate requestedDate, SalesChannel channel, List<Line> lines) {
		this(customerCode, requestedDate, channel, lines, null);
	}

	/**
	 * One line of the order.
	 *
	 * @param sku the product's code
	 * @param quantity how many units, a whole number of at least 1
	 * @param unitPrice the agreed price per unit before the discount
	 * @param discountPercent the discount from 0 to 100, 0 when absent
	 */
	public record Line(
			@NotBlank(message = "{salesops.required}") @Size(max = 100, message = "{salesops.length}") String sku,
			@NotNull(message = "{salesops.required}") @WholeNumber @DecimalMin(value = "1",
					message = "{salesops.min}") BigDecimal quantity,
			@NotNull(message = "{salesops.required}") @Money @DecimalMin(value = "0",
					message = "{salesops.not-negative}") BigDecimal unitPrice,
			@Amount @DecimalMin(value = "0", message = "{salesops.percent}") @DecimalMax(value = "100",
					message = "{salesops.percent}") BigDecimal discountPercent) {

		/** The discount, 0 when none was given. */
		public BigDecimal discount() {
			return (this.discountPercent != null) ? this.discountPercent : BigDecimal.ZERO;
		}

	}

}
