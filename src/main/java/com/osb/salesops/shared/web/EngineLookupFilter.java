package com.osb.salesops.shared.web;

import java.io.IOException;

import com.osb.salesops.shared.classpath.ServiceFiles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs a request to the engine's APIs with {@link ServiceFiles} as the thread's context
 * class loader, so that the engine lookup each request makes reads the class path's
 * service files from memory. The thread's own class loader is put back afterwards.
 */
class EngineLookupFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ClassLoader own = ServiceFiles.enter();
		try {
			chain.doFilter(request, response);
		}
		finally {
			ServiceFiles.leave(own);
		}
	}

}
