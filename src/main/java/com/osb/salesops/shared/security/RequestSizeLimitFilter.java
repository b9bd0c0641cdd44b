package com.osb.salesops.shared.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import com.osb.salesops.shared.web.FilterProblems;

import com.osb.salesops.shared.web.BodyTooLargeException;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body before anything buffers it: a declared length above the limit
 * is answered 413 before a byte is read, and a body sent without a length stops being
 * read, and is answered 413, at the first byte past the limit. JSON requests and signed
 * callbacks have a small limit; CSV files and multipart uploads (model deployments) their
 * own.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBody;

	private final long maxUpload;

	RequestSizeLimitFilter(long maxBody, long maxUpload) {
		this.maxBody = maxBody;
		this.maxUpload = maxUpload;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = isUpload(request.getContentType()) ? this.maxUpload : this.maxBody;
		if (request.getContentLengthLong() > limit) {
			tooLarge(request, response, limit);
			return;
		}
		Bounded bounded = new Bounded(request, limit);
		try {
			chain.doFilter(bounded, response);
			if (bounded.exceeded() && !response.isCommitted()) {
				// whoever read the body answered the cut-off some other way: say what it
				// was
				response.reset();
				tooLarge(request, response, limit);
			}
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (BodyTooLargeException.causes(ex) && !response.isCommitted()) {
				response.reset();
				tooLarge(request, response, limit);
				return;
			}
			throw ex;
		}
	}

	private static boolean isUpload(String contentType) {
		if (contentType == null) {
			return false;
		}
		String type = contentType.toLowerCase();
		return type.startsWith("text/csv") || type.startsWith("multipart/");
	}

	private static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit)
			throws IOException {
		FilterProblems.answer(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "too-large",
				"The request body is larger than {0} bytes", limit);
	}

	private static final class Bounded extends HttpServletRequestWrapper {

		private final long limit;

		private Counting stream;

		Bounded(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new Counting(super.getInputStream(), this.limit);
			}
			return this.stream;
		}

		boolean exceeded() {
			return this.stream != null && this.stream.read > this.limit;
		}

	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream body;

		private final long limit;

		private long read;

		Counting(ServletInputStream body, long limit) {
			this.body = body;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int value = this.body.read();
			if (value >= 0) {
				count(1);
			}
			return value;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int count = this.body.read(buffer, offset, length);
			if (count > 0) {
				count(count);
			}
			return count;
		}

		private void count(int bytes) throws IOException {
			this.read += bytes;
			if (this.read > this.limit) {
				throw new BodyTooLargeException(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.body.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.body.setReadListener(listener);
		}

	}

}
