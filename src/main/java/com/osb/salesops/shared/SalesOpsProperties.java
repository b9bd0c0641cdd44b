package com.osb.salesops.shared;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the platform under {@code salesops.*}.
 *
 * @param businessZone the time zone that business dates (document numbers, due dates) are
 * taken in
 * @param models where the model folders are and whether edits deploy while running
 * @param demo whether demo users and data are loaded
 * @param clock when the application's clock starts, if not now
 */
@ConfigurationProperties("salesops")
public record SalesOpsProperties(@DefaultValue("Asia/Shanghai") ZoneId businessZone, @DefaultValue Models models,
		@DefaultValue Demo demo, @DefaultValue ClockSettings clock) {

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
