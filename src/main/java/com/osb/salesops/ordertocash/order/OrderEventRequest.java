package com.osb.salesops.ordertocash.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.Money;
import com.osb.salesops.shared.web.RequestRules;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An event about an order as a system or a person reports it. Which fields an event needs
 * depends on its type and is checked when it is received.
 *
 * @param type PAYMENT_RECEIVED, SHIPMENT_EXCEPTION, DISPATCHED, DELIVERED or CANCELLED
 * @param eventId the sender's id of the event, so that a repeat takes effect once
 * @param amount a payment's amount
 * @param reference a payment's reference
 * @param carrier a dispatch's carrier
 * @param trackingNumber a dispatch's tracking number
 * @param reason a cancellation's reason
 */
public record OrderEventRequest(
		@NotBlank(message = "{salesops.required}") @Size(max = 40, message = "{salesops.length}") String type,
		@Size(min = 1, max = 100, message = "{salesops.list-size}") String eventId,
		@Money @DecimalMin(value = "0.01", message = "{salesops.min}") BigDecimal amount,
		@Size(max = 100, message = "{salesops.length}") String reference,
		@Size(max = 100, message = "{salesops.length}") String carrier,
		@Size(max = 100, message = "{salesops.length}") String trackingNumber,
		@Size(max = 1000, message = "{salesops.length}") String reason) implements RequestRules {

	/** The fields each type of event needs. */
	static final Map<String, List<String>> NEEDS = Map.of("PAYMENT_RECEIVED", List.of("amount", "reference"),
			"SHIPMENT_EXCEPTION", List.of(), "DISPATCHED", List.of("carrier", "trackingNumber"), "DELIVERED", List.of(),
			"CANCELLED", List.of("reason"));

	/** A known type, and every field the type needs. */
	@Override
	public List<FieldError> broken() {
		if (this.type == null) {
			return List.of();
		}
		if (!NEEDS.containsKey(this.type)) {
			return List.of(FieldError.of("type", "one-of", "must be one of {0}",
					String.join(", ", new TreeSet<>(NEEDS.keySet()))));
		}
		Map<String, Object> given = given();
		List<FieldError> broken = new ArrayList<>();
		for (String field : NEEDS.get(this.type)) {
			if (!given.containsKey(field) || given.get(field).toString().isBlank()) {
				broken.add(FieldError.of(field, "required-for", "is required for {0}", this.type));
			}
		}
		if (this.eventId != null && this.eventId.isBlank()) {
			broken.add(FieldError.of("eventId", "not-blank", "must not be blank"));
		}
		return broken;
	}

	/** The fields given, by name, for the audit. */
	Map<String, Object> given() {
		Map<String, Object> given = new LinkedHashMap<>();
		given.put("type", this.type);
		given.put("eventId", this.eventId);
		given.put("amount", (this.amount != null) ? this.amount.toPlainString() : null);
		given.put("reference", this.reference);
		given.put("carrier", this.carrier);
		given.put("trackingNumber", this.trackingNumber);
		given.put("reason", this.reason);
		given.values().removeIf(java.util.Objects::isNull);
		return given;
	}

}
