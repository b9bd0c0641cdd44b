package com.osb.salesops.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * What the server refuses before the application sees the request (an address with an
 * encoded slash, a NUL or a step out of the path, a header too large or not readable) is
 * answered like every refusal of the application: a problem detail with its code, in the
 * caller's language ({@link ApiError}), instead of the server's own page in English.
 */
@Configuration(proxyBeanMethods = false)
class ConnectorProblems {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> connectorProblemsValve() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemValve.class.getName());
			}
		});
	}

	/** The server's last word on a request no one else answered. */
	public static class ProblemValve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0) {
				return;
			}
			AtomicBoolean writable = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
			if (!writable.get() || !response.setErrorReported()) {
				return;
			}
			HttpStatus known = HttpStatus.resolve(status);
			String reason = (known != null) ? known.getReasonPhrase() : "Error";
			Locale language = RequestLanguage.of(request);
			String code;
			String detail;
			if (status == HttpStatus.BAD_REQUEST.value()) {
				code = "unreadable-request";
				detail = Messages.text(language, "problem.unreadable-request",
						"The request cannot be read: its address or one of its headers is not valid or too long");
			}
			else if (status == HttpStatus.NOT_FOUND.value()) {
				code = ApiError.codeOf(reason);
				detail = Messages.text(language, "problem.no-such-address", "There is nothing at this address");
			}
			else {
				code = ApiError.codeOf(reason);
				detail = Messages.text(language, "status." + status, reason);
			}
			ApiError problem = new ApiError(status, Messages.text(language, "status." + status, reason), detail,
					List.of(), code);
			try {
				FilterProblems.write(response, problem);
				response.finishResponse();
			}
			catch (IOException | IllegalStateException ex) {
				// The client is gone or the answer was begun: nothing more can be said.
			}
		}

	}

}
