package com.osb.salesops.shared.language;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The requests that call the engine: its REST API and the webapps' copy of it.
 */
final class EngineCalls {

	private EngineCalls() {
	}

	static boolean isEngineCall(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith(request.getContextPath() + "/engine-rest/") || path.contains("/api/engine/");
	}

}
