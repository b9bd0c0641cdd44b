package com.osb.salesops.webapp;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.support.Browser;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.Scans;
import com.osb.salesops.support.TasklistPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rep records a signed contract in Tasklist: the form links to the contract's PDF and
 * to the upload page; the task refuses to complete until the scan is uploaded there, and
 * completes once it is.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:tasklist-order;DB_CLOSE_DELAY=-1")
class SignedContractTasklistIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path folder;

	WebDriver browser;

	TasklistPage tasklist;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.start();
		this.tasklist = new TasklistPage(this.browser, this.port);
	}

	@AfterEach
	void closeBrowser() {
		this.browser.quit();
	}

	@Test
	void theRepRecordsTheSignedContractOnlyOnceItsScanIsUploaded() throws Exception {
		// given an approved order of rep1's, waiting for its signed contract
		String number = JSON.readTree(new Http(this.port).as("rep1", "rep1").postJson("/api/orders", """
				{"customerCode": "C001", "lines": [{"sku": "P-300", "quantity": 3, "unitPrice": 480}]}""").body())
			.get("number")
			.asText();
		complete("assistant", number, "Task_ReviewContract", "{\"contractReviewed\": {\"value\": true}}");
		complete("manager", number, "Task_ApproveOrder", "{\"approvalDecision\": {\"value\": \"APPROVE\"}}");
		Path scan = Files.write(this.folder.resolve("signed-contract.pdf"), Scans.pdf());

		// when the rep tries to complete the task without the scan
		this.tasklist.logIn("rep1", "rep1").openTask("Record signed contract: " + number);
		String contractLink = this.tasklist.linkTarget("Open the contract (PDF)");
		String uploadLink = this.tasklist.linkTarget("Upload the signed contract's scan");
		this.tasklist.pick("signedCopy-0").completeRefused("Upload the signed contract of order " + number + " first");
		boolean stillOpen = taskId("rep1", number, "Task_RecordSignedContract") != null;
		// then uploads it on the page the form links to
		this.browser.get(uploadLink);
		this.tasklist.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.id("file")))
			.sendKeys(scan.toAbsolutePath().toString());
		this.browser.findElement(By.id("send")).click();
		this.tasklist.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "Uploaded signed-contract.pdf"));
		// and completes the task
		this.tasklist.openClaimedTask("Record signed contract: " + number).pick("signedCopy-0").complete();

		// then
		assertThat(stillOpen).isTrue();
		assertThat(contractLink).matches("http://localhost:\\d+/api/orders/" + number + "/files/\\d+");
		assertThat(uploadLink).endsWith("/orders/" + number + "/uploads/signed-contract");
		assertThat(this.jdbc.queryForList(
				"select created_by from order_file where order_number = ?" + " and kind = 'SIGNED_CONTRACT'",
				String.class, number))
			.containsExactly("rep1");
		assertThat(this.jdbc.queryForList(
				"select actor from audit_log where subject_id = ?"
						+ " and action = 'TASK_COMPLETED' and detail like '%signedCopy=ON_SITE%'",
				String.class, number))
			.containsExactly("rep1");
		JsonNode files = JSON.readTree(new Http(this.port).as("rep1", "rep1").get("/api/orders/" + number).body())
			.get("documents")
			.get("files");
		// the flow goes on to the shipping notice meanwhile
		assertThat(files.findValuesAsText("kind")).startsWith("CONTRACT", "SIGNED_CONTRACT");
		assertThat(files.findValuesAsText("createdBy")).startsWith("system", "rep1");
	}

	private void complete(String user, String number, String taskKey, String variables) {
		String id = await().atMost(Duration.ofSeconds(30))
			.until(() -> taskId(user, number, taskKey), (found) -> found != null);
		HttpResponse<String> completed = new Http(this.port).as(user, user)
			.postJson("/engine-rest/task/" + id + "/complete", "{\"variables\": " + variables + "}");
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
	}

	private String taskId(String user, String number, String taskKey) throws Exception {
		JsonNode tasks = JSON.readTree(new Http(this.port).as(user, user)
			.get("/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + number + "&taskDefinitionKey="
					+ taskKey)
			.body());
		return (tasks.isArray() && tasks.size() == 1) ? tasks.get(0).get("id").asText() : null;
	}

}
