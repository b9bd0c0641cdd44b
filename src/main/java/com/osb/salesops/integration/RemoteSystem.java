package com.osb.salesops.integration;

import java.net.http.HttpClient;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.osb.salesops.integration.IntegrationProperties.Endpoint;
import com.osb.salesops.shared.web.Messages;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * One finance or warehouse system reached over HTTP. Every call carries the header
 * {@code Idempotency-Key: <orderNumber>:<step>}, so the system can answer a repeated call
 * as it answered the first and never act twice; every failure is a
 * {@link RemoteCallException} whose message names the system, the call and the answer.
 */
public final class RemoteSystem {

	private final String name;

	private final RestClient client;

	/**
	 * @param calls a builder from the application (Spring Boot's), so that every call is
	 * timed and counted per host, method, status and outcome
	 * ({@code http.client.requests})
	 */
	public RemoteSystem(String name, Endpoint endpoint, RestClient.Builder calls) {
		if (endpoint.baseUrl() == null) {
			throw new IllegalStateException(
					"salesops.integration." + name.toLowerCase() + ".base-url is needed in http mode");
		}
		this.name = name;
		HttpClient http = HttpClient.newBuilder().connectTimeout(endpoint.connectTimeout()).build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(endpoint.readTimeout());
		RestClient.Builder builder = calls.clone().requestFactory(requests).baseUrl(endpoint.baseUrl().toString());
		if (endpoint.token() != null && !endpoint.token().isBlank()) {
			builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + endpoint.token());
		}
		this.client = builder.build();
	}

	/**
	 * Posts a JSON body for a step that issues a document, and returns the document
	 * number the system answered as {@code {"number": "..."}}.
	 */
	public String postForNumber(String step, String orderNumber, String path, Object body) {
		JsonNode answer = post(step, orderNumber, path, body);
		String number = answer.path("number").asText("");
		if (number.isBlank()) {
			throw new RemoteCallException(Messages.incident("remote-no-number",
					"{0} {1} for {2} answered without a document number: {3}", system(), step, orderNumber, answer),
					200, answer.toString(), null);
		}
		return number;
	}

	/**
	 * Posts a JSON body for one step of an order and returns the system's JSON answer (an
	 * empty object when it answered none).
	 */
	public JsonNode post(String step, String orderNumber, String path, Object body) {
		try {
			JsonNode answer = this.client.post()
				.uri(path)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", orderNumber + ":" + step)
				.body(body)
				.retrieve()
				.body(JsonNode.class);
			return (answer != null) ? answer : JsonNodeFactory.instance.objectNode();
		}
		catch (RestClientResponseException ex) {
			String answer = ex.getResponseBodyAsString();
			throw new RemoteCallException(Messages.incident("remote-refused", "{0} {1} for {2} answered {3}: {4}",
					system(), step, orderNumber, ex.getStatusCode().value(), answer), ex.getStatusCode().value(),
					answer, ex);
		}
		catch (ResourceAccessException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw new RemoteCallException(Messages.incident("remote-no-answer", "{0} {1} for {2} did not answer: {3}",
					system(), step, orderNumber, cause), 0, "", ex);
		}
	}

	/** The system's name in the company's language, as an incident names it. */
	private String system() {
		return Messages.inCompanyLanguage("system." + this.name.toLowerCase(Locale.ROOT), this.name);
	}

}
