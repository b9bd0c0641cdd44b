package com.osb.salesops.shared.security;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.osb.salesops.shared.process.ClientCalls;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks a request to the engine's REST API or to the webapps' engine API as a client's
 * own call, which the engine holds to the forms of its tasks.
 */
class EngineClientFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			ClientCalls.asClient(() -> {
				try {
					chain.doFilter(request, response);
					return null;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				catch (ServletException ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		catch (IllegalStateException ex) {
			if (ex.getCause() instanceof ServletException servlet) {
				throw servlet;
			}
			throw ex;
		}
	}

}
