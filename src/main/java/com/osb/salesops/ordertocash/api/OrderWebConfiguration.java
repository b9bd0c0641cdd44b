package com.osb.salesops.ordertocash.api;

import com.osb.salesops.ordertocash.order.Orders;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The order lines in the forms of order tasks, wherever Tasklist or a client reads them.
 */
@Configuration(proxyBeanMethods = false)
class OrderWebConfiguration {

	@Bean
	FilterRegistrationBean<OrderLinesFormVariables> orderLinesFormVariables(Orders orders, ObjectMapper json) {
		FilterRegistrationBean<OrderLinesFormVariables> registration = new FilterRegistrationBean<>(
				new OrderLinesFormVariables(orders, json));
		registration.setName("salesops-order-lines-form-variables");
		registration.addUrlPatterns("/engine-rest/task/*", "/camunda/api/engine/*");
		// inside authentication, so that only a caller who may read the task gets here
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
	}

}
