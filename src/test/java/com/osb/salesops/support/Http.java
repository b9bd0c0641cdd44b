package com.osb.salesops.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small HTTP client for tests that drive the running application as a user would: with
 * basic credentials for the APIs, or with cookies and the CSRF token for the webapps.
 */
public final class Http {

	/** Reads numbers as exact decimals, so that money compares to the cent. */
	private static final ObjectMapper JSON = new ObjectMapper()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

	private final String baseUrl;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client;

	private String credentials;

	/**
	 * The language the requests ask for: English unless a test asks for another, so that
	 * tests read the texts they were written against whatever the company's language is.
	 */
	private String language = "en";

	public Http(int port) {
		this.baseUrl = "http://127.0.0.1:" + port;
		this.client = HttpClient.newBuilder().cookieHandler(this.cookies).build();
	}

	/** The same client, authenticating every request as the given user. */
	public Http as(String user, String password) {
		Http other = new Http(this);
		other.language = this.language;
		other.credentials = Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return other;
	}

	/**
	 * The same client and user, asking for the given language ({@code Accept-Language});
	 * null asks for none.
	 */
	public Http inLanguage(String tag) {
		Http other = new Http(this);
		other.credentials = this.credentials;
		other.language = tag;
		return other;
	}

	/** The response's JSON body, once its status is the expected one. */
	public static JsonNode json(HttpResponse<String> response, int expectedStatus) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
		try {
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The same client as a test user, with the user's test password. */
	public Http as(String user) {
		return as(user, TestUsers.password(user));
	}

	private Http(Http template) {
		this.baseUrl = template.baseUrl;
		this.client = HttpClient.newBuilder().cookieHandler(this.cookies).build();
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	/** A GET of a file, its bytes as they came. */
	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return this.client.send(request(path).GET().build(), BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<String> postJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
	}

	/** A POST of any body, with extra headers as name, value pairs. */
	public HttpResponse<String> post(String path, String contentType, BodyPublisher body, String... headers) {
		HttpRequest.Builder builder = request(path).header("Content-Type", contentType);
		for (int i = 0; i < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return send(builder.POST(body));
	}

	/**
	 * A request of any method, with a body (none when null) and extra headers as name,
	 * value pairs, which may override the client's own (an {@code Authorization}).
	 */
	public HttpResponse<String> send(String method, String path, BodyPublisher body, String... headers) {
		HttpRequest.Builder builder = request(path);
		for (int i = 0; i < headers.length; i += 2) {
			builder.setHeader(headers[i], headers[i + 1]);
		}
		return send(builder.method(method, (body != null) ? body : BodyPublishers.noBody()));
	}

	public HttpResponse<String> delete(String path) {
		return send(request(path).DELETE());
	}

	/** A PUT of any body. */
	public HttpResponse<String> put(String path, String contentType, BodyPublisher body) {
		return send(request(path).header("Content-Type", contentType).PUT(body));
	}

	/**
	 * A multipart form, as Camunda Modeler posts a deployment: text fields, then files.
	 */
	public HttpResponse<String> postMultipart(String path, Map<String, String> fields, Map<String, String> files,
			String... headers) {
		String boundary = "----salesops" + System.nanoTime();
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append("--")
			.append(boundary)
			.append("\r\n")
			.append("Content-Disposition: form-data; name=\"")
			.append(name)
			.append("\"\r\n\r\n")
			.append(value)
			.append("\r\n"));
		files.forEach((name, content) -> body.append("--")
			.append(boundary)
			.append("\r\n")
			.append("Content-Disposition: form-data; name=\"")
			.append(name)
			.append("\"; filename=\"")
			.append(name)
			.append("\"\r\n")
			.append("Content-Type: application/octet-stream\r\n\r\n")
			.append(content)
			.append("\r\n"));
		body.append("--").append(boundary).append("--\r\n");
		return post(path, "multipart/form-data; boundary=" + boundary, BodyPublishers.ofString(body.toString()),
				headers);
	}

	/** A multipart upload of one file's bytes, as a browser sends a file input. */
	public HttpResponse<String> postFile(String path, String part, String fileName, String contentType,
			byte[] content) {
		String boundary = "----salesops" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.writeBytes(head);
		body.writeBytes(content);
		body.writeBytes(tail);
		return post(path, "multipart/form-data; boundary=" + boundary, BodyPublishers.ofByteArray(body.toByteArray()));
	}

	public HttpResponse<String> postCsv(String path, String csv) {
		return send(request(path).header("Content-Type", "text/csv").POST(BodyPublishers.ofString(csv)));
	}

	public HttpResponse<String> putJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json").PUT(BodyPublishers.ofString(json)));
	}

	public HttpResponse<String> postForm(String path, String form, String csrfToken) {
		HttpRequest.Builder builder = request(path).header("Content-Type", "application/x-www-form-urlencoded");
		if (csrfToken != null) {
			builder.header("X-XSRF-TOKEN", csrfToken);
		}
		return send(builder.POST(BodyPublishers.ofString(form)));
	}

	/**
	 * Logs this client in to a webapp ({@code cockpit}, {@code tasklist}, {@code admin})
	 * as a browser does: the webapp's page first, for its CSRF token, then the login
	 * form.
	 */
	public HttpResponse<String> logIn(String webapp, String user, String password) {
		get("/camunda/app/" + webapp + "/default/");
		return postForm("/camunda/api/admin/auth/user/default/login/" + webapp,
				"username=" + user + "&password=" + password, csrfToken());
	}

	public HttpResponse<String> putJson(String path, String json, String csrfToken) {
		BodyPublisher body = BodyPublishers.ofString(json);
		return send(
				request(path).header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrfToken).PUT(body));
	}

	public HttpResponse<String> postJson(String path, String json, String csrfToken) {
		BodyPublisher body = BodyPublishers.ofString(json);
		return send(
				request(path).header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrfToken).POST(body));
	}

	/**
	 * The CSRF token the webapps issued to this client, after it loaded a webapp page.
	 */
	public String csrfToken() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No XSRF-TOKEN cookie was issued"));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path));
		if (this.language != null) {
			builder.header("Accept-Language", this.language);
		}
		if (this.credentials != null) {
			builder.header("Authorization", "Basic " + this.credentials);
		}
		return builder;
	}

	/**
	 * The body as text. A CSV answer must start with the UTF-8 byte order mark that every
	 * export carries, so that every test reading a CSV export checks it; the text handed
	 * to the test is without it.
	 */
	private static BodySubscriber<String> text(ResponseInfo info) {
		boolean csv = info.headers()
			.firstValue("Content-Type")
			.map((type) -> type.startsWith("text/csv"))
			.orElse(false);
		if (!csv || info.statusCode() != 200) {
			return BodyHandlers.ofString().apply(info);
		}
		return BodySubscribers.mapping(BodySubscribers.ofByteArray(), (bytes) -> {
			String text = new String(bytes, StandardCharsets.UTF_8);
			if (!text.startsWith("\uFEFF")) {
				throw new AssertionError("A CSV export does not start with the UTF-8 byte order mark: " + text);
			}
			return text.substring(1);
		});
	}

	private HttpResponse<String> send(HttpRequest.Builder builder) {
		try {
			return this.client.send(builder.build(), Http::text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
