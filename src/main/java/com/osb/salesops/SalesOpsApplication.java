package com.osb.salesops;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The sales-operations platform: one Spring Boot application with an embedded Camunda
 * engine that deploys the models from {@code processes/}, {@code rules/} and
 * {@code forms/} as a process application.
 */
@SpringBootApplication
@EnableProcessApplication("salesops")
@ConfigurationPropertiesScan
@EnableScheduling
public class SalesOpsApplication {

	public static void main(String[] args) {
		SpringApplication.run(SalesOpsApplication.class, args);
	}

}
