package com.osb.salesops.shared.web;

import java.util.Locale;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

	/**
	 * The bundles loaded before each test of a class and put back after it, with the
	 * caller's language forgotten: {@code @RegisterExtension}.
	 */
	public static EachTest eachTest(Locale companyLanguage) {
		return new EachTest(companyLanguage);
	}

	@Override
	public void close() {
		Messages.use(this.before, this.beforeCompany);
	}

	/** Loads the bundles for each test of a class: see {@link #eachTest(Locale)}. */
	public static final class EachTest implements BeforeEachCallback, AfterEachCallback {

		private final Locale companyLanguage;

		private Bundles loaded;

		private EachTest(Locale companyLanguage) {
			this.companyLanguage = companyLanguage;
		}

		@Override
		public void beforeEach(ExtensionContext context) {
			this.loaded = loaded(this.companyLanguage);
		}

		@Override
		public void afterEach(ExtensionContext context) {
			this.loaded.close();
			LocaleContextHolder.resetLocaleContext();
		}

	}

}
