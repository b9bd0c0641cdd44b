package com.osb.salesops.ordertocash.api;

import java.util.Map;

import com.osb.salesops.ordertocash.order.OrderScope;
import com.osb.salesops.ordertocash.order.OrderViews;
import com.osb.salesops.shared.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An order outside what the caller may see does not exist for them, at every address
 * under {@code /api/orders/{number}}: the answer is 404 before anything else, whatever
 * the request carries.
 */
@Configuration(proxyBeanMethods = false)
class OrderVisibilityInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	private final OrderViews views;

	private final CurrentUser currentUser;

	OrderVisibilityInterceptor(OrderViews views, CurrentUser currentUser) {
		this.views = views;
		this.currentUser = currentUser;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/orders/*", "/api/orders/*/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof Map<?, ?> map && map.get("number") instanceof String number
				&& this.currentUser.id() != null) {
			this.views.requireVisible(number, OrderScope.of(this.currentUser.id(), this.currentUser.roles()));
		}
		return true;
	}

}
