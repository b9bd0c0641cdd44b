package com.osb.salesops.shared;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the platform under {@code salesops.*}.
 *
 * @param businessZone the time zone that business dates (document numbers, due dates) are
 * taken in
 * @param models where the model folders are and whether edits deploy while running
 * @param demo whether demo users and data are loaded
 * @param clock when the application's clock starts, if not now
 * @param security limits and transport settings of the web front
 * @param hooks how the steps that call finance and the warehouse retry and wait
 * @param notifications how often the outbox is sent by mail
 * @param documents where document templates are and how large an attachment may be
 * @param language the company's language and the languages users may choose
 */
@ConfigurationProperties("salesops")
public record SalesOpsProperties(@DefaultValue("Asia/Shanghai") ZoneId businessZone, @DefaultValue Models models,
		@DefaultValue Demo demo, @DefaultValue ClockSettings clock, @DefaultValue Security security,
		@DefaultValue Hooks hooks, @DefaultValue Notifications notifications, @DefaultValue Documents documents,
		@DefaultValue Language language) {

	@ConstructorBinding
	public SalesOpsProperties {
	}

	/**
	 * Settings with the default document templates and the company's default language.
	 */
	public SalesOpsProperties(ZoneId businessZone, Models models, Demo demo, ClockSettings clock, Security security,
			Hooks hooks, Notifications notifications) {
		this(businessZone, models, demo, clock, security, hooks, notifications,
				new Documents("", DataSize.ofMegabytes(5)),
				new Language(Locale.forLanguageTag("zh-CN"), List.of(Locale.forLanguageTag("zh-CN"), Locale.ENGLISH)));
	}

	/** Settings with the defaults of the web front, the hooks and the outbox. */
	public SalesOpsProperties(ZoneId businessZone, Models models, Demo demo, ClockSettings clock) {
		this(businessZone, models, demo, clock,
				new Security(DataSize.ofMegabytes(1), DataSize.ofMegabytes(10), false, false, false,
						Duration.ofSeconds(10)),
				new Hooks("R3/PT1M", "P3D", Duration.ofSeconds(2), Duration.ofMinutes(10)),
				new Notifications(Duration.ofSeconds(30)));
	}

	/**
	 * @param maxBodySize the largest JSON body the API reads
	 * @param maxUploadSize the largest file upload (imports, CSV) the API reads
	 * @param strictTransport send HSTS: browsers reach the application over HTTPS only
	 * @param secureCookies send the session and CSRF cookies over HTTPS only
	 * @param requireAdminUser refuse to start without a configured first administrator
	 * ({@code camunda.bpm.admin-user.*})
	 * @param identityCacheTime how long a user who passed HTTP basic authentication is
	 * taken at their word with the same credentials, without checking the password and
	 * reading the groups again; a change to users or groups forgets at once, on the node
	 * that made it ({@code 0s}: check every request)
	 */
	public record Security(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("10MB") DataSize maxUploadSize,
			@DefaultValue("false") boolean strictTransport, @DefaultValue("false") boolean secureCookies,
			@DefaultValue("false") boolean requireAdminUser, @DefaultValue("10s") Duration identityCacheTime) {
	}

	/**
	 * @param retryCycle how often and how far apart a failing finance or warehouse call
	 * is retried before it is an incident in Cockpit (a Camunda retry cycle, e.g.
	 * {@code R3/PT1M})
	 * @param dispatchTimeout how long the warehouse may take to dispatch before the sales
	 * assistant chases it (an ISO 8601 duration)
	 * @param earlyEventInterval how often an event that arrived before its order waited
	 * for it is offered to the order again
	 * @param earlyEventPatience how long such an event is kept for an order that has come
	 * to rest without waiting for it, before it is refused
	 */
	public record Hooks(@DefaultValue("R3/PT1M") String retryCycle, @DefaultValue("P3D") String dispatchTimeout,
			@DefaultValue("PT2S") Duration earlyEventInterval, @DefaultValue("PT10M") Duration earlyEventPatience) {
	}

	/**
	 * @param sendInterval how long the mailer waits between rounds of the outbox, when
	 * {@code spring.mail.host} is set
	 */
	public record Notifications(@DefaultValue("PT30S") Duration sendInterval) {
	}

	/**
	 * @param templateFolder a folder whose {@code <name>.template} files replace the
	 * templates deployed with the application; empty for none
	 * @param maxAttachmentSize the largest signed contract scan, delivery receipt or
	 * invoicing details file accepted
	 */
	public record Documents(@DefaultValue("") String templateFolder, @DefaultValue("5MB") DataSize maxAttachmentSize) {
	}

	/**
	 * @param hotDeploy deploy a changed model file while the application runs
	 * @param root the folder that holds {@code processes/}, {@code rules/} and
	 * {@code forms/}; empty for the project the application is started in (see
	 * {@link ModelRoot})
	 * @param verifyExamples refuse to deploy a decision or rule set that disagrees with
	 * its table of examples ({@code rules/<key>.examples.csv}), or has none
	 */
	public record Models(@DefaultValue("false") boolean hotDeploy, @DefaultValue("") String root,
			@DefaultValue("true") boolean verifyExamples) {

		/** The model folder as an absolute path. */
		public Path folder() {
			return ModelRoot.resolve(this.root, Path.of(System.getProperty("user.dir")));
		}

	}

	/**
	 * @param defaultLanguage the language of a user who chose none, and of a caller who
	 * names none ({@code Accept-Language}); Simplified Chinese for the demo company
	 * @param languages the languages users may choose, the default among them
	 */
	public record Language(@DefaultValue("zh-CN") Locale defaultLanguage, @DefaultValue( {
			"zh-CN", "en" }) List<Locale> languages){
	}

	/**
	 * @param enabled load demo users and demo data on first start
	 */
	public record Demo(@DefaultValue("false") boolean enabled) {
	}

	/**
	 * @param start the moment the application's clock shows when the application starts,
	 * from which it runs on; empty for the real time. For tests and training rooms only:
	 * business dates, timers and document numbers all follow this clock.
	 */
	public record ClockSettings(OffsetDateTime start) {
	}

}
