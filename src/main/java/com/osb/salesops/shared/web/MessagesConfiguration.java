package com.osb.salesops.shared.web;

import com.osb.salesops.shared.SalesOpsProperties;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the application's message bundles and the company's language to {@link Messages}.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	MessagesConfiguration(MessageSource messages, SalesOpsProperties properties) {
		Messages.use(messages, properties.language().defaultLanguage());
	}

}
