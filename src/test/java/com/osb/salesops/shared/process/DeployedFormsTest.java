package com.osb.salesops.shared.process;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeployedFormsTest {

	private static final Supplier<InputStream> FORM = () -> new ByteArrayInputStream("""
			{"components": [{"type": "text", "text": "Terms: {{paymentTermsText}}"},
			 {"type": "textfield", "key": "carrier", "label": "Carrier"}]}""".getBytes(StandardCharsets.UTF_8));

	@Test
	void aFormThatCouldNotBeReadForAMomentIsReadOnTheNextAsk() {
		String key = UUID.randomUUID() + "/Task_Any";

		assertThatThrownBy(() -> DeployedForms.read(key, () -> {
			throw new ProcessEngineException("the database does not answer");
		})).hasMessageContaining("does not answer");
		FormFields form = DeployedForms.read(key, FORM);

		assertThat(form.mentions("paymentTermsText")).isTrue();
		assertThat(form.mentions("carrier")).isTrue();
		assertThat(form.mentions("contractFileUrl")).isFalse();
	}

	@Test
	void aTaskWithoutAFormIsRememberedAsHavingNone() {
		String key = UUID.randomUUID() + "/Task_Any";

		FormFields none = DeployedForms.read(key, () -> {
			throw new BadUserRequestException("The form key is not set");
		});

		assertThat(none.mentions("carrier")).isFalse();
		assertThat(DeployedForms.read(key, FORM).mentions("carrier")).isFalse();
	}

	@Test
	void contentThatIsNotAFormIsRememberedAsNone() {
		String key = UUID.randomUUID() + "/Task_Any";

		FormFields none = DeployedForms.read(key,
				() -> new ByteArrayInputStream("not json".getBytes(StandardCharsets.UTF_8)));

		assertThat(none.mentions("carrier")).isFalse();
		assertThat(DeployedForms.read(key, FORM).mentions("carrier")).isFalse();
	}

}
