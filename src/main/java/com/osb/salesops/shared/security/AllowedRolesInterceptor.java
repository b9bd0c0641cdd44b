package com.osb.salesops.shared.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Holds every endpoint marked {@link AllowedRoles} to its roles before anything else. */
@Configuration(proxyBeanMethods = false)
class AllowedRolesInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	private final CurrentUser currentUser;

	AllowedRolesInterceptor(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(AllowedRoles.class)) {
			this.currentUser.requireAnyRole(List.of(method.getMethodAnnotation(AllowedRoles.class).value()));
		}
		return true;
	}

}
