package com.osb.salesops.home.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.Roles;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The report pages, each reading one API of the application. A page exists when its API
 * does (so a capability's page comes with the capability), and a person sees it when the
 * API answers their roles.
 */
@Component
class ReportPages {

	/** Each page and the API it reads. */
	static final Map<String, String> PAGES = Map.of("attainment", "/api/reports/attainment", "orders", "/api/orders",
			"cycle-times", "/api/reports/cycle-times", "approvals", "/api/approvals/bottlenecks", "receivables",
			"/api/receivables/ageing", "credit-ratings", "/api/credit/ratings", "forecast-accuracy",
			"/api/forecasts/accuracy", "compliance", "/api/compliance", "satisfaction", "/api/satisfaction",
			"statements", "/api/incentive/statements");

	/** The order in which the home page lists them. */
	static final List<String> ORDER = List.of("attainment", "orders", "cycle-times", "approvals", "receivables",
			"credit-ratings", "forecast-accuracy", "compliance", "satisfaction", "statements");

	private final RequestMappingHandlerMapping mappings;

	ReportPages(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	/** The pages whose API answers a person in these roles, in the home page's order. */
	List<String> of(List<String> roles) {
		return ORDER.stream().filter((page) -> handler(PAGES.get(page)).map((method) -> {
			AllowedRoles allowed = method.getMethodAnnotation(AllowedRoles.class);
			List<String> readers = (allowed != null) ? Arrays.asList(allowed.value()) : HomeRoles.ORDERS;
			return roles.contains(Roles.ADMIN) || HomeRoles.any(roles, readers);
		}).orElse(false)).toList();
	}

	/** Whether the page exists, whoever may read it. */
	boolean exists(String page) {
		return PAGES.containsKey(page) && handler(PAGES.get(page)).isPresent();
	}

	private Optional<HandlerMethod> handler(String path) {
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			boolean get = info.getMethodsCondition().getMethods().isEmpty()
					|| info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
			if (get && info.getPatternValues().contains(path)) {
				return Optional.of(mapping.getValue());
			}
		}
		return Optional.empty();
	}

}
