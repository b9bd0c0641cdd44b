package com.osb.salesops.ordertocash.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.shared.documents.GeneratedDocument;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.Scans;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An order's files over HTTP on PostgreSQL: the contract made when the order is drafted,
 * uploads checked by their bytes and size before anything is kept, the list with who and
 * when, downloads with their type and UTF-8 file name, and another rep's order whose
 * files do not exist for a rep.
 */
@ExtendWith(OutputCaptureExtension.class)
class OrderFilesPostgresIT extends PostgresIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	OrderDesk desk;

	String number;

	@BeforeEach
	void tinasOrder() throws Exception {
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		OrderDesk.hireCrew(this.identityService);
		TestUsers.ensure(this.identityService, "tom", Roles.SALES_REP);
		this.desk = new OrderDesk(this.port);
		this.number = this.desk.submit(customers.creditworthyCustomer(), customers.product(), 2);
	}

	@Test
	void uploadsThatAreTooLargeEmptyOrNoScanAreRefusedAndNothingIsKept() {
		// given
		String path = "/api/orders/" + this.number + "/attachments?kind=SIGNED_CONTRACT";
		Http tina = this.desk.as("tina");

		// when
		HttpResponse<String> tooLarge = tina.postFile(path, "file", "big.pdf", "application/pdf",
				Scans.pdfOfSize(5 * 1024 * 1024 + 1));
		HttpResponse<String> empty = tina.postFile(path, "file", "empty.pdf", "application/pdf", new byte[0]);
		HttpResponse<String> program = tina.postFile(path, "file", "contract.pdf", "application/pdf",
				Scans.executable());
		HttpResponse<String> unknownKind = tina.postFile("/api/orders/" + this.number + "/attachments?kind=SELFIE",
				"file", "scan.pdf", "application/pdf", Scans.pdf());

		// then
		assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
		assertThat(tooLarge.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(tooLarge.body()).contains("\"field\":\"file\"", "at most 5242880 bytes");
		assertThat(empty.statusCode()).as(empty.body()).isEqualTo(422);
		assertThat(empty.body()).contains("must not be empty");
		assertThat(program.statusCode()).as(program.body()).isEqualTo(422);
		assertThat(program.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(program.body()).contains("must be a PDF, PNG or JPEG file");
		assertThat(unknownKind.statusCode()).as(unknownKind.body()).isEqualTo(422);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from order_file where order_number = ?" + " and kind <> 'CONTRACT'", Integer.class,
				this.number))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where subject_id = ?" + " and action = 'ATTACHMENT_UPLOADED'",
				Integer.class, this.number))
			.isZero();
	}

	@Test
	void theContractIsMadeWithoutAWordInTheLog(CapturedOutput output) throws Exception {
		// given the order drafted and its contract made (before each case)

		// then the font library had nothing to say about the document's fonts
		assertThat(this.desk.order(this.number).get("documents").get("files").findValuesAsText("kind"))
			.contains("CONTRACT");
		assertThat(output.getAll()).doesNotContain("PDType1Font").doesNotContain("PostScriptTable");
	}

	@Test
	void theOrderListsItsContractAndTheUploadedScanWithWhoAndWhenAndEachDownloads() throws Exception {
		// given
		HttpResponse<String> uploaded = this.desk.as("tina")
			.postFile("/api/orders/" + this.number + "/attachments?kind=SIGNED_CONTRACT", "file", "签字合同 扫描.png",
					"application/octet-stream", Scans.png());

		// when
		JsonNode order = this.desk.order(this.number);
		JsonNode files = order.get("documents").get("files");

		// then
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		assertThat(files.findValuesAsText("kind")).containsExactly("CONTRACT", "SIGNED_CONTRACT");
		JsonNode contract = files.get(0);
		assertThat(contract.get("documentNumber").asText()).matches("SC\\d{8}HT\\d{4}");
		assertThat(contract.get("createdBy").asText()).isEqualTo("system");
		JsonNode scan = files.get(1);
		assertThat(scan.get("createdBy").asText()).isEqualTo("tina");
		assertThat(scan.get("contentType").asText()).isEqualTo("image/png");
		assertThat(scan.get("createdAt").asText()).as("a moment in the business time zone, as the timeline's")
			.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?\\+08:00");
		HttpResponse<byte[]> pdf = download("fiona", contract.get("url").asText());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(GeneratedDocument.sha256(pdf.body())).isEqualTo(contract.get("sha256").asText());
		HttpResponse<byte[]> png = download("tina", scan.get("url").asText());
		assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(png.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition)
				.contains("filename*=UTF-8''%E7%AD%BE%E5%AD%97%E5%90%88%E5%90%8C%20%E6%89%AB%E6%8F%8F.png"));
		assertThat(png.body()).isEqualTo(Scans.png());
	}

	@Test
	void anotherRepsOrderHasNoFilesForARep() throws Exception {
		// given tina's order and its contract
		String url = this.desk.order(this.number).get("documents").get("files").get(0).get("url").asText();

		// when tom reaches for them
		HttpResponse<String> list = this.desk.as("tom").get("/api/orders/" + this.number + "/files");
		HttpResponse<byte[]> contract = download("tom", url);
		HttpResponse<String> upload = this.desk.as("tom")
			.postFile("/api/orders/" + this.number + "/attachments?kind=SIGNED_CONTRACT", "file", "scan.pdf",
					"application/pdf", Scans.pdf());
		HttpResponse<byte[]> noSuchFile = download("tina", "/api/orders/" + this.number + "/files/999999999");

		// then
		assertThat(list.statusCode()).isEqualTo(404);
		assertThat(contract.statusCode()).isEqualTo(404);
		assertThat(upload.statusCode()).isEqualTo(404);
		assertThat(noSuchFile.statusCode()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from order_file where order_number = ?" + " and created_by = 'tom'", Integer.class,
				this.number))
			.isZero();
	}

	@Test
	void aBrowserLoggedInToTasklistUploadsWithItsSessionOnlyWithItsCsrfToken() {
		// given tina logged in to Tasklist in a browser
		Http browser = new Http(this.port);
		browser.get("/camunda/app/tasklist/default/");
		browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
				"username=tina&password=" + TestUsers.password("tina"), browser.csrfToken());
		// the new session's CSRF token comes with its first page of Tasklist
		browser.get("/camunda/app/tasklist/default/");
		String path = "/api/orders/" + this.number + "/attachments?kind=SIGNED_CONTRACT";

		// when
		HttpResponse<String> page = browser.get("/orders/" + this.number + "/uploads/signed-contract");
		HttpResponse<String> forged = browser.postFile(path, "file", "scan.pdf", "application/pdf", Scans.pdf());
		HttpResponse<String> fromThePage = browser.post(path, "multipart/form-data; boundary=x",
				java.net.http.HttpRequest.BodyPublishers
					.ofString("--x\r\nContent-Disposition: form-data; name=\"file\";"
							+ " filename=\"scan.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--x--\r\n"),
				"X-XSRF-TOKEN", browser.csrfToken());

		// then
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Upload the signed contract", this.number, browser.csrfToken());
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(fromThePage.statusCode()).as(fromThePage.body()).isEqualTo(201);
		assertThat(this.jdbc.queryForList(
				"select created_by from order_file where order_number = ?" + " and kind = 'SIGNED_CONTRACT'",
				String.class, this.number))
			.containsExactly("tina");
	}

	private HttpResponse<byte[]> download(String user, String path) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString((user + ":" + TestUsers.password(user)).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Authorization", "Basic " + credentials)
				.build(), BodyHandlers.ofByteArray());
	}

}
