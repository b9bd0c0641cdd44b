package com.osb.salesops.returns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.RequestCheck;

import org.springframework.stereotype.Component;

/**
 * Checks a requested return against its order (POLICY section 6): the order is the
 * calling rep's and delivered, each line is on the order, and no line returns more than
 * was delivered and not yet returned. Every problem is collected before anything is
 * stored.
 */
@Component
class ReturnValidation implements RequestCheck<ReturnRequest> {

	private final ReturnStore store;

	private final CurrentUser currentUser;

	ReturnValidation(ReturnStore store, CurrentUser currentUser) {
		this.store = store;
		this.currentUser = currentUser;
	}

	@Override
	public List<FieldError> check(ReturnRequest request) {
		if (request.orderNumber() == null || request.orderNumber().isBlank()) {
			return List.of();
		}
		ReturnOrder order = visibleOrder(request.orderNumber());
		if (order == null) {
			return List
				.of(FieldError.of("orderNumber", "no-such-order", "there is no order ''{0}''", request.orderNumber()));
		}
		return problems(request, order, this.store.lines(order.id()));
	}

	/** The order if the caller may return goods of it, else null. */
	ReturnOrder visibleOrder(String number) {
		String repUserId = this.currentUser.hasRole(Roles.ADMIN) ? null : this.currentUser.id();
		return this.store.order(number)
			.filter((order) -> repUserId == null || repUserId.equals(order.repUserId()))
			.orElse(null);
	}

	static List<FieldError> problems(ReturnRequest request, ReturnOrder order, List<ReturnableLine> lines) {
		List<FieldError> problems = new ArrayList<>();
		if (!order.delivered()) {
			problems
				.add(FieldError.of("orderNumber", "not-delivered", "order {0} is not delivered yet", order.number()));
		}
		Map<Integer, ReturnableLine> byNumber = lines.stream()
			.collect(Collectors.toMap(ReturnableLine::lineNo, Function.identity()));
		for (int index = 0; request.lines() != null && index < request.lines().size(); index++) {
			ReturnRequest.Line line = request.lines().get(index);
			if (line == null || !whole(line.lineNo())) {
				continue;
			}
			ReturnableLine ordered = byNumber.get(line.lineNo().intValueExact());
			if (ordered == null) {
				problems.add(FieldError.of("lines[" + index + "].lineNo", "no-such-line", "order {0} has no line {1}",
						order.number(), line.lineNo()));
			}
			else if (order.delivered() && whole(line.quantity())
					&& line.quantity().compareTo(BigDecimal.valueOf(ordered.returnable())) > 0) {
				problems.add(FieldError.of("lines[" + index + "].quantity", "too-many-returned",
						"is more than can be returned: {0} delivered, {1} already returned, at most {2} left",
						ordered.delivered(), ordered.returned(), ordered.returnable()));
			}
		}
		return problems;
	}

	private static boolean whole(BigDecimal value) {
		return value != null && value.signum() > 0 && value.stripTrailingZeros().scale() <= 0
				&& value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
	}

}
