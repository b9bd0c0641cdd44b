package com.osb.salesops.webapp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.support.Browser;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.Scans;
import com.osb.salesops.support.TasklistPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A prepaid demo order worked through its first steps in Tasklist, once by people whose
 * browser reads Simplified Chinese and once in English: the assistant, the sales manager,
 * the rep and finance each find their task named in their language, claim and complete it
 * with Tasklist's buttons in their language, and read its form with no label in the other
 * language, nor the messages Camunda Forms gives for a required field left empty.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:tasklist-languages;DB_CLOSE_DELAY=-1")
class LanguagesTasklistIT {

	/** What Tasklist's own English says on the pages of a task. */
	private static final List<String> TASKLIST_ENGLISH = List.of("Claim", "Complete", "Set follow-up date",
			"Set due date", "Add groups", "Log out", "Filter Tasks", "Created");

	@LocalServerPort
	int port;

	@TempDir
	Path folder;

	WebDriver browser;

	@AfterEach
	void closeBrowser() {
		this.browser.quit();
	}

	@Test
	void theRepAndFinanceWorkAnOrderInChinese() throws Exception {
		// given
		this.browser = Browser.start("zh-CN,zh");
		TasklistPage tasklist = TasklistPage.inChinese(this.browser, this.port);
		String number = prepaidOrder();

		// when
		tasklist.logIn("assistant", "assistant");
		String cards = tasklist.taskCards("审核合同：" + number);
		// work comes from the processes: no one is offered a task of their own making,
		// which only the administrator could make
		assertThat(this.browser.findElements(By.cssSelector(".create-task-action"))).noneMatch(WebElement::isDisplayed);
		assertThat(this.browser.findElement(By.cssSelector(".start-process-action")).isDisplayed()).isTrue();
		tasklist.openTask("审核合同：" + number);
		String review = labels();
		tasklist.pick("contractReviewed").complete();
		tasklist.logIn("manager", "manager").openTask("审批订单：" + number).pick("approvalDecision-0").complete();
		tasklist.logIn("rep3", "rep3").openTask("登记已签合同：" + number);
		String signed = labels();
		String upload = uploadOnThePageLinked(tasklist, "上传已签合同的扫描件", "已上传 signed.pdf");
		tasklist.openClaimedTask("登记已签合同：" + number).pick("signedCopy-0").complete();
		tasklist.logIn("accountant", "accountant").openTask("确认回款：" + number);
		String payment = labels();
		String page = tasklist.shownText();
		String refusals = tasklist.completeRefused("此项为必填项。").shownText();

		// then
		assertThat(cards).contains("审核合同：" + number, "¥1,200.00");
		assertThat(review).contains("合同与订单一致", "订单", "客户编码");
		assertThat(signed).contains("订单");
		assertThat(payment).contains("收款金额（元）");
		for (String shown : List.of(review, signed, payment)) {
			assertThat(shown).as("labels, headings, buttons").doesNotContainPattern("[A-Za-z]{3,}");
		}
		assertThat(page).contains("完成").doesNotContain(TASKLIST_ENGLISH);
		// who is logged in, by their role's name; no notice about the platform's vendor
		assertThat(page).contains("（财务）").doesNotContain("Camunda 8", "(Finance)");
		assertThat(upload).contains("上传已签合同", "订单 " + number, "本订单的文件", "已上传 signed.pdf", " (已签合同, ", " (合同, 系统生成, ");
		assertThat(upload.replace(number, "")
			.replace("signed.pdf", "")
			.replaceAll("[A-Z]{2}\\d+[A-Z]{2}\\d+\\.pdf", "")
			.replace("rep3", "")
			.replaceAll("PDF|PNG|JPEG", "")
			.replaceAll("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z", "")).as("the upload page")
			.doesNotContainPattern("[A-Za-z]{2,}");
		assertThat(refusals).as("Camunda Forms' own messages").contains("此项为必填项。").doesNotContain("Field is required");
	}

	@Test
	void theRepAndFinanceWorkAnOrderInEnglish() throws Exception {
		// given
		this.browser = Browser.start("en-US,en");
		TasklistPage tasklist = new TasklistPage(this.browser, this.port);
		String number = prepaidOrder();

		// when
		tasklist.logIn("assistant", "assistant");
		String cards = tasklist.taskCards("Review contract: " + number);
		tasklist.openTask("Review contract: " + number);
		String review = labels();
		tasklist.pick("contractReviewed").complete();
		tasklist.logIn("manager", "manager").openTask("Approve order: " + number).pick("approvalDecision-0").complete();
		tasklist.logIn("rep3", "rep3").openTask("Record signed contract: " + number);
		String upload = uploadOnThePageLinked(tasklist, "Upload the signed contract's scan", "Uploaded signed.pdf");
		tasklist.openClaimedTask("Record signed contract: " + number).pick("signedCopy-0").complete();
		tasklist.logIn("accountant", "accountant").openTask("Confirm payment: " + number);
		String payment = labels();
		tasklist.completeRefused("Field is required.");

		// then
		assertThat(cards).contains("Review contract: " + number, "1,200.00 CNY");
		assertThat(review).contains("The contract matches the order", "Customer code");
		assertThat(payment).contains("Amount received (CNY)");
		assertThat(upload).contains("Upload the signed contract", "Files of this order", "(signed contract, ");
		for (String shown : List.of(review, payment, upload)) {
			assertThat(shown).doesNotContainPattern("\\p{IsHan}");
		}
	}

	/**
	 * Follows the open form's link to the upload page, uploads a scan there and returns
	 * what the page shows once it says it was uploaded.
	 */
	private String uploadOnThePageLinked(TasklistPage tasklist, String link, String uploaded) throws Exception {
		Path scan = Files.write(this.folder.resolve("signed.pdf"), Scans.pdf());
		this.browser.get(tasklist.linkTarget(link));
		tasklist.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.id("file")))
			.sendKeys(scan.toAbsolutePath().toString());
		this.browser.findElement(By.id("send")).click();
		tasklist.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), uploaded));
		tasklist.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("files"), "signed.pdf"));
		return this.browser.findElement(By.tagName("body")).getText();
	}

	private String prepaidOrder() throws Exception {
		String submitted = new Http(this.port).as("rep3", "rep3").postJson("/api/orders", """
				{"customerCode": "C005", "lines": [{"sku": "P-500", "quantity": 10, "unitPrice": 120}]}""").body();
		return new ObjectMapper().readTree(submitted).get("number").asText();
	}

	/**
	 * What the open task shows in its own words: the labels, help texts, headings and
	 * table headers of its form and Tasklist's buttons, without the values of the order.
	 * The dialogs' close buttons (an "×" with a screen-reader text that Tasklist keeps in
	 * English, outside its locale files) are left out.
	 */
	private String labels() {
		return (String) ((JavascriptExecutor) this.browser).executeScript("""
				return Array.from(document.querySelectorAll(
				  '.fjs-form label, .fjs-form-field-description, .fjs-form-field-text h3, .fjs-form-field-text h4,'
				  + ' .fjs-form th, .task-card button, [cam-tasklist-task] button'))
				  .map(function (e) { return e.innerText.trim(); })
				  .filter(function (t) { return t && t.indexOf('\u00d7') !== 0; }).join('\\n');""");
	}

}
