package com.osb.salesops.ordertocash.api;

import java.util.Map;

import com.osb.salesops.shared.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every log line of a request about one order, at {@code /api/orders/{number}} and under
 * it, carries the order's number in the log context ({@code orderNumber}). Jobs and
 * engine calls carry it as the process's business key ({@code businessKey}).
 */
@Configuration(proxyBeanMethods = false)
class OrderLogContext implements HandlerInterceptor, WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.addPathPatterns("/api/orders/*", "/api/orders/*/**")
			.order(Ordered.HIGHEST_PRECEDENCE);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof Map<?, ?> map && map.get("number") instanceof String number) {
			MDC.put(AuditLog.ORDER_NUMBER, number);
		}
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		MDC.remove(AuditLog.ORDER_NUMBER);
	}

}
