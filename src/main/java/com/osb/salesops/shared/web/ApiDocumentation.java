package com.osb.salesops.shared.web;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's contract as an OpenAPI document at {@code /v3/api-docs} (with an explorer at
 * {@code /swagger-ui.html}), for integrators: every {@code /api} endpoint with its
 * request and answer, HTTP basic authentication, and the problem-details body of every
 * refusal. Signed callbacks from finance and the warehouse use the events endpoint with
 * the {@code X-Signature} header instead of a user.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	private static final String BASIC = "basic";

	/** The refusals every endpoint may answer, and when. */
	private static final Map<String, String> REFUSALS = Map.of("400",
			"The body is not JSON, or a parameter has the wrong form", "401", "No valid user credentials", "403",
			"The caller's role may not do this", "404", "No such record, or not one the caller may see", "413",
			"The body is larger than the API accepts", "422",
			"The request breaks a rule; every offending field is named", "503",
			"The system is busy and changed nothing; send the request again after Retry-After seconds");

	@Bean
	OpenAPI salesOpsApi() {
		return new OpenAPI()
			.info(new Info().title("Sales operations API")
				.description("Orders, credit, quotas, incentives, customers and rules. Every call is authenticated"
						+ " with HTTP basic as a user of the company; each role sees and does only its own work.")
				.version("1"))
			.components(new Components().addSecuritySchemes(BASIC,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme(BASIC)))
			.addSecurityItem(new SecurityRequirement().addList(BASIC));
	}

	@Bean
	OpenApiCustomizer refusalsOnEveryOperation() {
		return (api) -> {
			if (api.getPaths() == null) {
				return;
			}
			for (PathItem path : api.getPaths().values()) {
				for (Operation operation : path.readOperations()) {
					ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses()
							: new ApiResponses();
					REFUSALS.forEach((status, meaning) -> {
						if (!responses.containsKey(status) && (operation.getRequestBody() != null
								|| !("413".equals(status) || "422".equals(status)))) {
							responses.addApiResponse(status, refusal(meaning));
						}
					});
					operation.setResponses(responses);
				}
			}
		};
	}

	private static ApiResponse refusal(String meaning) {
		return new ApiResponse().description(meaning)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(problemSchema())));
	}

	/** The body of every refusal: {@link ApiError}. */
	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		Schema<Object> field = new ObjectSchema()
			.addProperty("field", new StringSchema().description("the field at fault"))
			.addProperty("message", new StringSchema().description("what is wrong with it, for a person"));
		return new ObjectSchema().description("A problem detail (RFC 9457) that names every offending field")
			.addProperty("type", new StringSchema())
			.addProperty("title", new StringSchema().description("the HTTP status reason"))
			.addProperty("status", new IntegerSchema().description("the HTTP status code"))
			.addProperty("detail", new StringSchema().description("what went wrong, for a person"))
			.addProperty("error", new StringSchema().description("the title, for earlier clients"))
			.addProperty("message", new StringSchema().description("the detail, for earlier clients"))
			.addProperty("errors", new ArraySchema().items(field).description("every offending field"));
	}

}
