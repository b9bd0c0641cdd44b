package com.osb.salesops.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A process test: the whole application on an in-memory H2 with the demo company, the job
 * executor off so that tests drive asynchronous steps themselves, and one context shared
 * by every process test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.MOCK,
		properties = { "spring.datasource.url=jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false", "salesops.demo.enabled=true" })
public @interface ProcessTest {

}
