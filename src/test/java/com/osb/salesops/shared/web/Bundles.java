package com.osb.salesops.shared.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's message bundles for a test without the application, as the
 * application reads them ({@code messages*.properties}, UTF-8, English when a language
 * has no file of its own), with the company's language given. Closing puts back what was
 * in use, so that no other test reads them.
 */
public final class Bundles implements AutoCloseable {

	private final MessageSource before;

	private final Locale beforeCompany;

	private Bundles(MessageSource before, Locale beforeCompany) {
		this.before = before;
		this.beforeCompany = beforeCompany;
	}

	public static Bundles loaded(Locale companyLanguage) {
		Bundles bundles = new Bundles(Messages.source(), Messages.companyLanguage());
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		Messages.use(messages, companyLanguage);
		return bundles;
	}

	@Override
	public void close() {
		Messages.use(this.before, this.beforeCompany);
	}

}
