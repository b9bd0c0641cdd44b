package com.osb.salesops.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;

/** Hands the application's message bundles to {@link Messages}. */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	MessagesConfiguration(MessageSource messages) {
		Messages.use(messages);
	}

}
