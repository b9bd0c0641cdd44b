package com.osb.salesops.ordertocash.process;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.osb.salesops.ordertocash.documents.AttachmentKind;
import com.osb.salesops.ordertocash.documents.OrderAttachments;
import com.osb.salesops.ordertocash.documents.OrderDocuments;
import com.osb.salesops.ordertocash.documents.OrderFile;
import com.osb.salesops.receivables.ReceivablesScope;
import com.osb.salesops.receivables.StatementDocuments;
import com.osb.salesops.receivables.Statements;
import com.osb.salesops.shared.documents.GeneratedDocument;
import com.osb.salesops.support.ProcessTest;
import com.osb.salesops.support.Scans;
import com.osb.salesops.support.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * The documents of a demo order, made from the templates in {@code documents/} as its
 * flow goes: the contract, the shipping notice, the invoice (mailed with its PDF), and
 * the customer's statement of account; each read back from the PDF, Chinese included; and
 * the tasks that record a paper, which wait for its scan.
 */
@ProcessTest
class OrderDocumentsProcessTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrderDocuments documents;

	@Autowired
	OrderAttachments attachments;

	@Autowired
	Statements statements;

	@Autowired
	StatementDocuments statementDocuments;

	OrderScenario order;

	@BeforeEach
	void freshCredit() {
		BpmnAwareTests.init(this.processEngine);
		this.jdbc.update("update credit_profile set committed_amount = 0");
		this.order = new OrderScenario(this.context);
	}

	@AfterEach
	void realTime() {
		TestClock.reset();
	}

	@Test
	void shouldMakeTheContractNoticeAndInvoiceOfADemoOrderWithTheirChineseText() throws IOException {
		// given
		this.order.submit("C001", "P-300", 10, 480, 5);

		// when
		this.order.complete("Task_ReviewContract", "assistant", "sales-assistant", Map.of("contractReviewed", true))
			.complete("Task_ApproveOrder", "manager", "sales-manager", Map.of("approvalDecision", "APPROVE"))
			.complete("Task_RecordSignedContract", "rep1", "sales-rep", Map.of("signedCopy", "ON_SITE"))
			.runJobs();
		Object deliveryShown = this.processEngine.getTaskService()
			.getVariableLocal(this.order.task("Task_CheckAndDispatch").getId(), "deliveryText");
		this.order
			.complete("Task_CheckAndDispatch", "keeper", "warehouse",
					Map.of("noticeChecked", true, "carrier", "SF Express", "trackingNumber", "SF100200300"))
			.runJobs()
			.complete("Task_ConfirmDelivery", "rep1", "sales-rep", Map.of("deliveryConfirmed", true))
			.complete("Task_CollectInvoicingDetails", "rep1", "sales-rep",
					Map.of("invoiceAddress", "北京市朝阳区华信路1号", "taxNumber", "91110000100000000X"))
			.complete("Task_FileInvoicingDetails", "assistant", "sales-assistant", Map.of("detailsFiled", true))
			.complete("Task_ApproveInvoice", "accountant", "finance", Map.of("invoiceChecked", true))
			.runJobs();

		// then
		String number = this.order.number;
		String contract = text(file("CONTRACT"));
		assertThat(contract)
			.contains("销售合同 Sales Contract", number, "华信电子有限公司", "C001", "P-300", "传感器套件", "4,560.00", "480.00", "5%",
					"OSB销售有限公司", "交货地点 Place of delivery: 华信电子有限公司仓库（收货人 Receiving contact:", "1. 付款条件 Payment terms",
					"8. 生效 Entry into force", "Net 60 days", "发货开票后 60 天内付清货款")
			.contains(this.jdbc.queryForObject(
					"select c.number from contract c join sales_order o on o.id =" + " c.order_id where o.number = ?",
					String.class, number));
		assertThat(deliveryShown).isEqualTo("华信电子有限公司仓库 · 华信电子有限公司仓库收货人 · 周一至周五 08:00-17:00");
		String notice = text(file("SHIPPING_NOTICE"));
		assertThat(notice).contains("发货通知单 Shipping Notice", documentNumber("SHIPPING_NOTICE"), number, "华信电子有限公司",
				"传感器套件", "仓库管理员", "收货地址 Delivery address: 华信电子有限公司仓库", "收货人 Receiving contact: 华信电子有限公司仓库收货人",
				"周一至周五 08:00-17:00");
		String invoice = text(file("INVOICE"));
		assertThat(invoice).contains("销售发票 Invoice", documentNumber("INVOICE"), "北京市朝阳区华信路1号", "91110000100000000X",
				"4,560.00", "到期日 Due date: " + LocalDate.of(2026, 11, 16).plusDays(60));
		assertThat(documentNumber("CONTRACT")).matches("SC\\d{8}HT\\d{4}");
		assertThat(documentNumber("INVOICE")).matches("SC\\d{8}FP\\d{4}");
		assertThat(this.jdbc.queryForList(
				"select detail from audit_log where subject_id = ?" + " and action = 'DOCUMENT_MADE' order by id",
				String.class, number))
			.hasSize(3)
			.anySatisfy((detail) -> assertThat(detail).startsWith("CONTRACT ").endsWith(file("CONTRACT").sha256()))
			.anySatisfy((detail) -> assertThat(detail).startsWith("INVOICE ").endsWith(file("INVOICE").sha256()));
		assertThat(this.jdbc.queryForList(
				"select a.file_name from notification_attachment a join notification n"
						+ " on n.id = a.notification_id where n.order_number = ? and n.subject like 'Invoice %'",
				String.class, number))
			.containsExactly(documentNumber("INVOICE") + ".pdf");
	}

	@Test
	void shouldEmbedOnlyTheChineseGlyphsUsedInEachDocument() throws IOException {
		// given
		this.order.submit("C001", "P-300", 1, 480, 0);

		// when
		GeneratedDocument contract = file("CONTRACT");

		// then
		try (PDDocument pdf = Loader.loadPDF(contract.content())) {
			PDPage page = pdf.getPage(0);
			List<PDFont> fonts = new java.util.ArrayList<>();
			for (var name : page.getResources().getFontNames()) {
				fonts.add(page.getResources().getFont(name));
			}
			assertThat(fonts).anySatisfy((font) -> {
				assertThat(font.getName()).contains("DroidSansFallback");
				assertThat(font.isEmbedded()).isTrue();
			});
		}
		assertThat(contract.content().length).isLessThan(200_000);
		assertThat(contract.contentType()).isEqualTo("application/pdf");
	}

	@Test
	void shouldRefuseToRecordTheSignedContractUntilItsScanIsUploaded() {
		// given
		this.order.submit("C001", "P-300", 10, 480, 0)
			.complete("Task_ReviewContract", "assistant", "sales-assistant", Map.of("contractReviewed", true))
			.complete("Task_ApproveOrder", "manager", "sales-manager", Map.of("approvalDecision", "APPROVE"));

		// when
		assertThatThrownBy(() -> this.order.completeWithoutUpload("Task_RecordSignedContract", "rep1", "sales-rep",
				Map.of("signedCopy", "ON_SITE")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Upload the signed contract of order " + this.order.number + " first");
		this.attachments.upload(this.order.number, AttachmentKind.SIGNED_CONTRACT, "signed.pdf", Scans.pdf(), "rep1",
				List.of("sales-rep"));
		this.order.completeWithoutUpload("Task_RecordSignedContract", "rep1", "sales-rep",
				Map.of("signedCopy", "ON_SITE"));

		// then
		assertThat(this.order.instance()).hasPassed("Task_RecordSignedContract");
		assertThat(this.documents.of(this.order.number)).extracting(OrderFile::kind, OrderFile::createdBy)
			.contains(org.assertj.core.groups.Tuple.tuple("SIGNED_CONTRACT", "rep1"));
	}

	@Test
	void shouldLinkEachOrderTaskToItsDocumentsAndUploadPage() {
		// given
		this.order.submit("C001", "P-300", 10, 480, 0)
			.complete("Task_ReviewContract", "assistant", "sales-assistant", Map.of("contractReviewed", true));

		// when
		this.order.complete("Task_ApproveOrder", "manager", "sales-manager", Map.of("approvalDecision", "APPROVE"));

		// then
		Map<String, Object> variables = this.processEngine.getTaskService()
			.getVariablesLocal(this.order.task("Task_RecordSignedContract").getId());
		assertThat(variables)
			.containsEntry("contractFileUrl", this.documents.latest(this.order.number, "CONTRACT").orElseThrow().url())
			.containsEntry("uploadPageUrl", "/orders/" + this.order.number + "/uploads/signed-contract");
	}

	@Test
	void shouldSetOnATaskOnlyTheTextsAndLinksItsFormShows() {
		// given: the contract review's form links to the contract but shows no terms
		this.order.submit("C001", "P-300", 10, 480, 0);
		Map<String, Object> review = this.processEngine.getTaskService()
			.getVariablesLocal(this.order.task("Task_ReviewContract").getId());

		// when: the approval's form shows the terms and the approver's title, no file
		this.order.complete("Task_ReviewContract", "assistant", "sales-assistant", Map.of("contractReviewed", true));
		Map<String, Object> approval = this.processEngine.getTaskService()
			.getVariablesLocal(this.order.task("Task_ApproveOrder").getId());

		// then
		assertThat(review).containsKey("contractFileUrl")
			.doesNotContainKeys("paymentTermsText", "uploadPageUrl", "shippingNoticeFileUrl", "approverTitle");
		assertThat(approval).containsKeys("paymentTermsText", "approverTitle", "approvalLevelText")
			.doesNotContainKeys("contractFileUrl", "uploadPageUrl", "invoiceDueText");
		assertThat(approval.get("paymentTermsText").toString()).startsWith("账期 ");
	}

	@Test
	void shouldPrintTheStatementOfAccountOfADemoCustomer() throws IOException {
		// given
		Statements.Statement statement = this.statements
			.of("C001", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 16),
					ReceivablesScope.of("accountant", List.of("finance")))
			.orElseThrow();

		// when
		GeneratedDocument pdf = this.statementDocuments.pdf(statement, "accountant");

		// then
		assertThat(statement.lines()).isNotEmpty();
		assertThat(text(pdf)).contains("客户对账单 Statement of Account", "华信电子有限公司", "C001", "期初余额 Balance brought forward",
				statement.lines().get(0).number(), "发票 Invoice");
		assertThat(this.jdbc.queryForObject("select detail from audit_log where action = 'STATEMENT_PRINTED'"
				+ " and subject_id = 'C001' order by id desc limit 1", String.class))
			.endsWith(pdf.sha256());
	}

	private GeneratedDocument file(String kind) {
		OrderFile file = this.documents.latest(this.order.number, kind).orElseThrow();
		return this.documents.content(this.order.number, file.id()).orElseThrow();
	}

	private String documentNumber(String kind) {
		return this.documents.latest(this.order.number, kind).orElseThrow().documentNumber();
	}

	private static String text(GeneratedDocument document) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(document.content())) {
			return new PDFTextStripper().getText(pdf);
		}
	}

}
