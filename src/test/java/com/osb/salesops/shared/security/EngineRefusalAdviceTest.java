package com.osb.salesops.shared.security;

import java.util.List;
import java.util.Locale;

import com.osb.salesops.shared.web.ApiError;
import com.osb.salesops.shared.web.Bundles;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A right the engine refuses inside the product's own API is said as the engine's API
 * says it: who lacks which right, in the reader's language.
 */
class EngineRefusalAdviceTest {

	private static final AuthorizationException REFUSAL = new AuthorizationException("rep2",
			List.of(new MissingAuthorization("UPDATE", "Task", "42"),
					new MissingAuthorization("UPDATE_TASK", "ProcessDefinition", "order-approval")));

	@AfterEach
	void forgetLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aChineseReaderIsToldInChineseWhoLacksWhichRight() {
		try (Bundles bundles = Bundles.loaded(Locale.SIMPLIFIED_CHINESE)) {
			LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

			ResponseEntity<ApiError> answer = new EngineRefusalAdvice().forbidden(REFUSAL);

			assertThat(answer.getStatusCode().value()).isEqualTo(403);
			assertThat(answer.getBody().error()).isEqualTo("无权操作");
			assertThat(answer.getBody().message()).startsWith("用户 rep2 无权执行此操作，需要任务“42”的")
				.contains("流程定义“order-approval”的")
				.doesNotContain("ProcessDefinition")
				.doesNotContain("The user");
		}
	}

	@Test
	void anEnglishReaderIsToldInEnglish() {
		try (Bundles bundles = Bundles.loaded(Locale.ENGLISH)) {
			LocaleContextHolder.setLocale(Locale.ENGLISH);

			ApiError body = new EngineRefusalAdvice().forbidden(REFUSAL).getBody();

			assertThat(body.error()).isEqualTo("Forbidden");
			assertThat(body.code()).isEqualTo("forbidden");
			assertThat(body.message())
				.isEqualTo("rep2 may not do this: it needs UPDATE on Task '42' or UPDATE_TASK on ProcessDefinition"
						+ " 'order-approval'");
		}
	}

}
