package com.osb.salesops.webapp;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.osb.salesops.support.Browser;
import com.osb.salesops.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * Sales ops import a file of products in a real browser, in Chinese, from the home page:
 * a file saved by Excel in GBK with a line at fault is refused whole, naming the line and
 * column; the same file put right is imported and counted. A file sent without the
 * session's CSRF token is refused.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:import-page;DB_CLOSE_DELAY=-1")
class ImportPageIT {

	private static final String HEADER = "sku,name,unit,listPrice,floorPrice,stockOnHand,active\n";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path folder;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.start("zh-CN");
		this.wait = Browser.waiting(this.browser);
	}

	@AfterEach
	void closeBrowser() {
		this.browser.quit();
	}

	@Test
	void salesOpsImportAFileOfProductsSavedByExcelAndSeeEveryProblemFirst() throws Exception {
		// given the analyst logged in on the home page, and a file as Excel saves Chinese
		Path wrong = Files.write(this.folder.resolve("products.csv"),
				(HEADER + "IMP-1,球阀,个,600,450,50,true\nIMP-2,闸阀,个,abc,450,50,true\n").getBytes(Charset.forName("GBK")));
		Browser.logInAtHome(this.browser, this.port, "analyst", "analyst");
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("link-imports"))).click();

		// when
		new Select(this.wait.until(ExpectedConditions.elementToBeClickable(By.id("kind")))).selectByValue("products");
		new Select(this.browser.findElement(By.id("encoding"))).selectByValue("GBK");
		this.browser.findElement(By.id("file")).sendKeys(wrong.toAbsolutePath().toString());
		this.browser.findElement(By.id("send")).click();
		this.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#problems li"), 0));
		List<String> problems = this.browser.findElements(By.cssSelector("#problems li"))
			.stream()
			.map(WebElement::getText)
			.toList();
		int refused = products();
		Path right = Files.write(this.folder.resolve("products-right.csv"),
				(HEADER + "IMP-1,球阀,个,600,450,50,true\nIMP-2,闸阀,个,700,450,50,true\n").getBytes(Charset.forName("GBK")));
		this.browser.findElement(By.id("file")).sendKeys(right.toAbsolutePath().toString());
		this.browser.findElement(By.id("send")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "产品：读取 2 行"));
		String result = this.browser.findElement(By.id("result")).getText();
		HttpResponse<String> forged = new Http(this.port).post("/api/imports/products", "text/csv",
				BodyPublishers.ofString(HEADER + "IMP-3,蝶阀,个,600,450,50,true\n"));

		// then
		assertThat(this.browser.getTitle()).isEqualTo("导入部门数据文件");
		assertThat(problems).singleElement().asString().startsWith("第 3 行的 listPrice 列：");
		assertThat(refused).isZero();
		assertThat(result).isEqualTo("产品：读取 2 行，新增 2，修改 0，未变 0。");
		assertThat(this.jdbc.queryForList("select name from product where sku like 'IMP-%' order by sku", String.class))
			.containsExactly("球阀", "闸阀");
		assertThat(forged.statusCode()).isEqualTo(401);
	}

	private int products() {
		return this.jdbc.queryForObject("select count(*) from product where sku like 'IMP-%'", Integer.class);
	}

}
