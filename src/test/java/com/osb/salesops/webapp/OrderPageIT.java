package com.osb.salesops.webapp;

import java.time.Duration;
import java.util.List;

import com.osb.salesops.support.Browser;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.TasklistPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rep enters an order in a real browser, in Chinese: from the home page to the page
 * <em>New order</em>, one of their own customers, a product whose list price fills the
 * unit price, a quantity typed as a Chinese keyboard types it; a line the API refuses is
 * named on the page with the line and the field, and nothing is stored until the order is
 * right.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:order-page;DB_CLOSE_DELAY=-1")
class OrderPageIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.start("zh-CN");
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
	}

	@AfterEach
	void closeBrowser() {
		this.browser.quit();
	}

	@Test
	void aRepEntersAnOrderOnThePageAndSeesEveryProblemBeforeItIsStored() {
		// given rep1 logged in on the home page
		int before = orders();
		Browser.logInAtHome(this.browser, this.port, "rep1", "rep1");
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("link-new-order"))).click();

		// when the rep picks a customer and a product, adds a second line and sends a
		// quantity of nothing and one below the floor price
		this.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#customer option"), 1));
		String newOrderTitle = this.browser.getTitle();
		List<String> customers = new Select(this.browser.findElement(By.id("customer"))).getOptions()
			.stream()
			.map(WebElement::getText)
			.toList();
		new Select(this.browser.findElement(By.id("customer"))).selectByValue("C001");
		new Select(this.browser.findElement(By.id("channel"))).selectByValue("DIRECT");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deliveryAddress"), "华信电子有限公司仓库"));
		String deliveryChoices = this.browser.findElement(By.id("deliveryAddress")).getText();
		new Select(line(1, "sku")).selectByValue("P-300");
		String listPrice = line(1, "unitPrice").getAttribute("value");
		line(1, "quantity").sendKeys("\uFF11\uFF10");
		this.browser.findElement(By.id("add-line")).click();
		new Select(line(2, "sku")).selectByValue("P-100");
		line(2, "unitPrice").clear();
		line(2, "unitPrice").sendKeys("9000");
		this.browser.findElement(By.id("send")).click();
		this.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#problems li"), 1));
		List<String> problems = this.browser.findElements(By.cssSelector("#problems li"))
			.stream()
			.map(WebElement::getText)
			.toList();
		int afterRefusal = orders();
		// then puts it right and sends it again
		line(2, "quantity").sendKeys("2");
		line(2, "unitPrice").clear();
		line(2, "unitPrice").sendKeys("11,000.00");
		this.browser.findElement(By.id("send")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "已提交订单"));
		String result = this.browser.findElement(By.id("result")).getText();
		// and opens the order's page from there
		this.browser.findElement(By.id("open-order")).click();
		this.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
		String total = this.browser.findElement(By.cssSelector("#facts [data-fact=\"total\"] td")).getText();
		String rep = this.browser.findElement(By.cssSelector("#facts [data-fact=\"rep\"] td")).getText();
		String delivery = this.browser.findElement(By.cssSelector("#facts [data-fact=\"delivery\"] td")).getText();
		String customerPage = this.browser.findElement(By.cssSelector("#facts [data-fact=\"customer\"] td a"))
			.getDomAttribute("href");
		String submittedBy = this.browser
			.findElement(By.cssSelector("#timeline tr[data-action=\"ORDER_SUBMITTED\"] td:nth-child(2)"))
			.getText();
		String submitted = this.browser
			.findElement(By.cssSelector("#timeline tr[data-action=\"ORDER_SUBMITTED\"] td:last-child"))
			.getText();
		List<String> files = this.browser.findElements(By.cssSelector("#files li"))
			.stream()
			.map(WebElement::getText)
			.toList();

		// then
		assertThat(newOrderTitle).isEqualTo("新建订单");
		assertThat(customers).contains("C001 华信电子有限公司").noneMatch((customer) -> customer.startsWith("C003"));
		assertThat(listPrice).isEqualTo("480.00");
		assertThat(problems).containsExactlyInAnyOrder("第 2 行的数量：为必填项", "第 2 行的单价：不得低于底价 ¥9,600.00");
		assertThat(afterRefusal).isEqualTo(before);
		assertThat(result).contains("合计 ¥26,800.00");
		assertThat(orders()).isEqualTo(before + 1);
		assertThat(this.browser.getTitle()).startsWith("订单 SC");
		assertThat(total).isEqualTo("¥26,800.00");
		assertThat(rep).isEqualTo("张伟（R01）");
		assertThat(deliveryChoices).contains("华信电子有限公司仓库", "华信电子有限公司仓库收货人");
		assertThat(delivery).contains("华信电子有限公司仓库", "华信电子有限公司仓库收货人", "周一至周五 08:00-17:00");
		assertThat(customerPage).isEqualTo("/customers/C001");
		assertThat(submittedBy).startsWith("张伟");
		assertThat(submitted).isEqualTo("2 行，合计 ¥26,800.00");
		assertThat(files).anySatisfy((file) -> assertThat(file)
			.matches("SC\\d{8}HT\\d{4}\\.pdf （合同，系统，\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}）"));
		assertThat(this.jdbc.queryForList(
				"select l.quantity || ' x ' || l.unit_price from sales_order_line l join sales_order o on o.id = l.order_id"
						+ " where o.id = (select max(id) from sales_order) order by l.line_no",
				String.class))
			.containsExactly("10 x 480.00", "2 x 11000.00");
	}

	@Test
	void aRepRevisesAnOrderSentBackOnThePageItsTaskLinksTo() throws Exception {
		// given an order of rep1's, to the customer's second address, that the manager
		// sent
		// back
		this.jdbc.update("merge into customer_delivery_address (customer_id, position, address, receiving_contact)"
				+ " key (customer_id, position) select id, 2, '华信电子有限公司二号仓', '二号仓收货人' from customer where code = 'C001'");
		String number = new com.fasterxml.jackson.databind.ObjectMapper()
			.readTree(new Http(this.port).as("rep1", "rep1").postJson("/api/orders", """
					{"customerCode": "C001", "requestedDate": "2026-12-21", "channel": "DISTRIBUTOR",
					 "deliveryAddress": 2, "lines": [{"sku": "P-300", "quantity": 2, "unitPrice": 480}]}""").body())
			.get("number")
			.asText();
		complete("assistant", number, "Task_ReviewContract", "{\"contractReviewed\": {\"value\": true}}");
		complete("manager", number, "Task_ApproveOrder",
				"{\"approvalDecision\": {\"value\": \"SEND_BACK\"}, \"approvalReason\": {\"value\": \"5 套\"}}");

		// when the rep follows the link of the task's form to the revise page
		TasklistPage tasklist = TasklistPage.inChinese(this.browser, this.port).logIn("rep1", "rep1");
		tasklist.openTask("修改订单：" + number);
		this.browser.get(tasklist.linkTarget("在订单页面修改明细"));
		this.wait.until(ExpectedConditions
			.attributeToBe(By.cssSelector("#lines tbody tr:nth-child(1) [name=\"quantity\"]"), "value", "2"));
		boolean customerFixed = !this.browser.findElement(By.id("customer")).isEnabled();
		line(1, "quantity").clear();
		line(1, "quantity").sendKeys("5");
		this.browser.findElement(By.id("send")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "已修改订单"));
		String result = this.browser.findElement(By.id("result")).getText();

		// then
		assertThat(this.browser.getTitle()).isEqualTo("修改订单 " + number);
		assertThat(customerFixed).isTrue();
		assertThat(result).contains(number, "合计 ¥2,400.00");
		assertThat(this.jdbc.queryForObject("select total_amount from sales_order where number = ?",
				java.math.BigDecimal.class, number))
			.isEqualByComparingTo("2400.00");
		// and what the rep did not change stays as it was
		assertThat(this.jdbc
			.queryForMap("select requested_date, channel, delivery_address from sales_order where number = ?", number))
			.containsEntry("REQUESTED_DATE", java.sql.Date.valueOf("2026-12-21"))
			.containsEntry("CHANNEL", "DISTRIBUTOR")
			.containsEntry("DELIVERY_ADDRESS", "华信电子有限公司二号仓");
	}

	@Test
	void aRepRequestsAReturnOfADeliveredOrderOnItsPage() throws Exception {
		// given an order of rep1's, delivered
		String number = new com.fasterxml.jackson.databind.ObjectMapper()
			.readTree(new Http(this.port).as("rep1", "rep1").postJson("/api/orders", """
					{"customerCode": "C001", "lines": [{"sku": "P-300", "quantity": 4, "unitPrice": 480}]}""").body())
			.get("number")
			.asText();
		complete("assistant", number, "Task_ReviewContract", "{\"contractReviewed\": {\"value\": true}}");
		complete("manager", number, "Task_ApproveOrder", "{\"approvalDecision\": {\"value\": \"APPROVE\"}}");
		upload(number, "SIGNED_CONTRACT");
		complete("rep1", number, "Task_RecordSignedContract", "{\"signedCopy\": {\"value\": \"ON_SITE\"}}");
		complete("keeper", number, "Task_CheckAndDispatch", """
				{"noticeChecked": {"value": true}, "carrier": {"value": "SF Express"},
				 "trackingNumber": {"value": "SF900"}}""");
		upload(number, "DELIVERY_RECEIPT");
		complete("rep1", number, "Task_ConfirmDelivery", "{\"deliveryConfirmed\": {\"value\": true}}");

		// when rep1 asks on the order's page for more than was delivered, then for one
		// unit
		Browser.logInAtHome(this.browser, this.port, "rep1", "rep1");
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("link-new-order")));
		this.browser.get("http://localhost:" + this.port + "/orders/" + number);
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("return-request")));
		new Select(this.browser.findElement(By.id("return-reason"))).selectByValue("DAMAGED");
		WebElement units = this.browser.findElement(By.cssSelector("#return-lines input[data-line=\"1\"]"));
		units.sendKeys("9");
		this.browser.findElement(By.id("return-send")).click();
		this.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#return-problems li"), 0));
		String problem = this.browser.findElement(By.cssSelector("#return-problems li")).getText();
		int refused = returns(number);
		units.clear();
		units.sendKeys("\uFF11");
		this.browser.findElement(By.id("return-send")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("return-result"), "已申请退货"));
		String result = this.browser.findElement(By.id("return-result")).getText();

		// then
		assertThat(problem).startsWith("第 1 行的退回数量：");
		assertThat(refused).isZero();
		assertThat(result).contains("金额 ¥480.00");
		assertThat(returns(number)).isOne();
	}

	private int returns(String number) {
		return this.jdbc.queryForObject(
				"select count(*) from order_return x join sales_order o on o.id = x.order_id" + " where o.number = ?",
				Integer.class, number);
	}

	private void upload(String number, String kind) {
		java.net.http.HttpResponse<String> uploaded = new Http(this.port).as("rep1", "rep1")
			.postFile("/api/orders/" + number + "/attachments?kind=" + kind, "file", "scan.pdf", "application/pdf",
					com.osb.salesops.support.Scans.pdf());
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
	}

	private void complete(String user, String number, String taskKey, String variables) {
		String id = org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> taskId(user, number, taskKey), (found) -> found != null);
		java.net.http.HttpResponse<String> completed = new Http(this.port).as(user, user)
			.postJson("/engine-rest/task/" + id + "/complete", "{\"variables\": " + variables + "}");
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
	}

	private String taskId(String user, String number, String taskKey) throws Exception {
		com.fasterxml.jackson.databind.JsonNode tasks = new com.fasterxml.jackson.databind.ObjectMapper()
			.readTree(new Http(this.port).as(user, user)
				.get("/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + number + "&taskDefinitionKey="
						+ taskKey)
				.body());
		return (tasks.isArray() && tasks.size() == 1) ? tasks.get(0).get("id").asText() : null;
	}

	private WebElement line(int number, String field) {
		return this.browser
			.findElement(By.cssSelector("#lines tbody tr:nth-child(" + number + ") [name=\"" + field + "\"]"));
	}

	private int orders() {
		return this.jdbc.queryForObject("select count(*) from sales_order", Integer.class);
	}

}
