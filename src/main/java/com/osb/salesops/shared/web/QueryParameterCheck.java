package com.osb.salesops.shared.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.SynthesizingMethodParameter;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.http.HttpStatus;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads the query of every request to the application's API against the parameters its
 * endpoint declares, before the endpoint runs: a name it does not take, a value that is
 * not of its parameter's type (a date, a number) and a required one left out are refused
 * together in one 400 that names each, rather than ignored or refused one at a time. An
 * endpoint that takes its query as a whole (a map of filters) checks the names itself
 * ({@link QueryParameters}).
 */
@Configuration(proxyBeanMethods = false)
class QueryParameterCheck implements HandlerInterceptor, WebMvcConfigurer {

	private static final String APPLICATION = "com.osb.salesops.";

	/** Simple types an endpoint is given from the request itself, not from its query. */
	private static final Set<Class<?>> FROM_REQUEST = Set.of(Locale.class, TimeZone.class, ZoneId.class);

	private static final TypeDescriptor TEXT = TypeDescriptor.valueOf(String.class);

	private final ApplicationContext context;

	private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

	private volatile ConversionService conversions;

	QueryParameterCheck(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// after the role check: a caller learns an endpoint's parameters only when it may
		// call it
		registry.addInterceptor(this).addPathPatterns("/api/**").order(Ordered.LOWEST_PRECEDENCE);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getName().startsWith(APPLICATION)) {
			return true;
		}
		Declared parameters = this.declared.computeIfAbsent(method.getMethod(), (key) -> Declared.of(method));
		String query = request.getQueryString();
		List<String> given = QueryParameters.names(query);
		List<FieldError> problems = new ArrayList<>(QueryParameters.repeated(given, (name) -> !parameters.open()
				&& parameters.named().containsKey(name) && takesMany(parameters.named().get(name))));
		if (parameters.open()) {
			// the endpoint names what it takes itself, but never sees a name that
			// cannot be read
			QueryParameters.undecodable(query)
				.forEach((name) -> problems.add(FieldError.of(name, "unreadable-name",
						"cannot be read as a name: it is not encoded in UTF-8")));
			refuse(problems);
			return true;
		}
		problems.addAll(QueryParameters.unknown(given, parameters.named().keySet()));
		parameters.named().forEach((name, parameter) -> {
			FieldError problem = problem(name, parameter, request.getParameterValues(name));
			if (problem != null) {
				problems.add(problem);
			}
		});
		refuse(problems);
		return true;
	}

	private static void refuse(List<FieldError> problems) {
		if (!problems.isEmpty()) {
			throw InvalidRequestException.of(HttpStatus.BAD_REQUEST, "query-refused",
					"The address's query cannot be read as given", problems);
		}
	}

	private static boolean takesMany(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return type.isArray() || Collection.class.isAssignableFrom(type);
	}

	private FieldError problem(String name, MethodParameter parameter, String[] values) {
		RequestParam declaration = parameter.getParameterAnnotation(RequestParam.class);
		if (values == null) {
			boolean required = declaration != null && declaration.required()
					&& ValueConstants.DEFAULT_NONE.equals(declaration.defaultValue())
					&& parameter.getParameterType() != Optional.class;
			return required ? FieldError.of(name, "required", "is required") : null;
		}
		if (parameter.getParameterType() == String.class) {
			return null;
		}
		TypeDescriptor type = new TypeDescriptor(parameter);
		for (String value : values) {
			try {
				conversions().convert(value, TEXT, type);
			}
			catch (ConversionException | IllegalArgumentException ex) {
				return mismatch(name, ClassUtils.resolvePrimitiveIfNecessary(parameter.getParameterType()));
			}
		}
		return null;
	}

	private static FieldError mismatch(String name, Class<?> type) {
		if (type == Long.class || type == Integer.class || type == Short.class) {
			return FieldError.of(name, "whole-number", "must be a whole number");
		}
		if (type == LocalDate.class) {
			return FieldError.of(name, "date-format-end", "must be a date like 2026-12-31");
		}
		return FieldError.of(name, "wrong-type", "has the wrong type");
	}

	private ConversionService conversions() {
		ConversionService service = this.conversions;
		if (service == null) {
			service = this.context.getBean("mvcConversionService", ConversionService.class);
			this.conversions = service;
		}
		return service;
	}

	/**
	 * The query parameters an endpoint declares, by name; open when it takes the query as
	 * a whole or binds it to an object.
	 */
	private record Declared(boolean open, Map<String, MethodParameter> named) {

		static Declared of(HandlerMethod handler) {
			Map<String, MethodParameter> named = new LinkedHashMap<>();
			Method method = handler.getMethod();
			for (int i = 0; i < method.getParameterCount(); i++) {
				MethodParameter parameter = new SynthesizingMethodParameter(method, i);
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				RequestParam declaration = parameter.getParameterAnnotation(RequestParam.class);
				Class<?> type = parameter.getParameterType();
				if (declaration != null) {
					if (Map.class.isAssignableFrom(type)) {
						return new Declared(true, Map.of());
					}
					String name = StringUtils.hasText(declaration.name()) ? declaration.name()
							: parameter.getParameterName();
					named.put(name, parameter);
				}
				else if (!boundElsewhere(parameter) && BeanUtils.isSimpleProperty(type)
						&& !FROM_REQUEST.contains(type)) {
					named.put(parameter.getParameterName(), parameter);
				}
				else if (!boundElsewhere(parameter) && type.getName().startsWith(APPLICATION)) {
					// an object the query is bound to
					return new Declared(true, Map.of());
				}
			}
			return new Declared(false, Map.copyOf(named));
		}

		private static boolean boundElsewhere(MethodParameter parameter) {
			for (Annotation annotation : parameter.getParameterAnnotations()) {
				if (annotation.annotationType().getPackageName().equals("org.springframework.web.bind.annotation")) {
					return true;
				}
			}
			return false;
		}

	}

}
