package com.osb.salesops.support;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.shared.security.Roles;
import org.camunda.bpm.engine.IdentityService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Works orders through the running application's REST APIs the way its people do, each
 * step by a user in its role: tina the rep, asha the assistant, mark the sales manager,
 * kurt in the warehouse and fiona in finance.
 */
public final class OrderDesk {

	private static final ObjectMapper json = new ObjectMapper();

	private final int port;

	private final Consumer<String> beforeLooking;

	/**
	 * @param beforeLooking run before looking for an order's next task, e.g. to execute
	 * its jobs when the job executor is off
	 */
	public OrderDesk(int port, Consumer<String> beforeLooking) {
		this.port = port;
		this.beforeLooking = beforeLooking;
	}

	public OrderDesk(int port) {
		this(port, (number) -> {
		});
	}

	/** Creates the users of the desk in their roles unless they exist. */
	public static void hireCrew(IdentityService identityService) {
		TestUsers.ensure(identityService, "tina", Roles.SALES_REP);
		TestUsers.ensure(identityService, "asha", Roles.SALES_ASSISTANT);
		TestUsers.ensure(identityService, "mark", Roles.SALES_MANAGER);
		TestUsers.ensure(identityService, "kurt", Roles.WAREHOUSE);
		TestUsers.ensure(identityService, "fiona", Roles.FINANCE);
	}

	public Http as(String user) {
		return new Http(this.port).as(user);
	}

	/** Submits an order of one line at 500 a unit as tina and returns its number. */
	public String submit(String customerCode, String sku, int quantity) throws Exception {
		HttpResponse<String> submitted = as("tina").postJson("/api/orders", """
				{"customerCode": "%s", "lines": [{"sku": "%s", "quantity": %d, "unitPrice": 500}]}"""
			.formatted(customerCode, sku, quantity));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
		return json.readTree(submitted.body()).get("number").asText();
	}

	/**
	 * Contract reviewed, order approved by the sales manager, signed contract recorded.
	 */
	public void approveAndSign(String number) {
		complete("asha", number, "Task_ReviewContract", "{\"contractReviewed\": {\"value\": true}}");
		complete("mark", number, "Task_ApproveOrder", "{\"approvalDecision\": {\"value\": \"APPROVE\"}}");
		complete("tina", number, "Task_RecordSignedContract", "{\"signedCopy\": {\"value\": \"ON_SITE\"}}");
	}

	/** Checked and dispatched by the warehouse, delivery confirmed by the rep. */
	public void dispatchAndDeliver(String number) {
		complete("kurt", number, "Task_CheckAndDispatch", """
				{"noticeChecked": {"value": true}, "carrier": {"value": "SF Express"},
				 "trackingNumber": {"value": "SF900"}}""");
		complete("tina", number, "Task_ConfirmDelivery", "{\"deliveryConfirmed\": {\"value\": true}}");
	}

	/** Invoicing details collected and filed, invoice issued, mailed and received. */
	public void invoice(String number) {
		complete("tina", number, "Task_CollectInvoicingDetails", """
				{"invoiceAddress": {"value": "8 Test Road"}, "taxNumber": {"value": "91110000TEST"}}""");
		complete("asha", number, "Task_FileInvoicingDetails", "{\"detailsFiled\": {\"value\": true}}");
		complete("fiona", number, "Task_ApproveInvoice", "{\"invoiceChecked\": {\"value\": true}}");
		complete("asha", number, "Task_MailInvoice",
				"{\"invoiceMailed\": {\"value\": true}, \"receiptConfirmed\": {\"value\": true}}");
	}

	/** Completes the task as the user once it is there, through the engine's REST API. */
	public void complete(String user, String businessKey, String taskKey, String variables) {
		this.beforeLooking.accept(businessKey);
		String taskId = await().atMost(Duration.ofSeconds(30))
			.until(() -> taskId(user, businessKey, taskKey), (id) -> id != null);
		upload(user, businessKey, taskKey);
		HttpResponse<String> completed = as(user).postJson("/engine-rest/task/" + taskId + "/complete",
				"{\"variables\": " + variables + "}");
		assertThat(completed.statusCode()).as(taskKey + " by " + user + ": " + completed.body()).isEqualTo(204);
	}

	/**
	 * Uploads, as the user, the scan a task needs before it completes (the signed
	 * contract, the delivery receipt), unless the order has it already.
	 */
	public void upload(String user, String number, String taskKey) {
		String kind = switch (taskKey) {
			case "Task_RecordSignedContract" -> "SIGNED_CONTRACT";
			case "Task_ConfirmDelivery" -> "DELIVERY_RECEIPT";
			default -> null;
		};
		if (kind == null || filed(number, kind)) {
			return;
		}
		HttpResponse<String> uploaded = as(user).postFile("/api/orders/" + number + "/attachments?kind=" + kind, "file",
				"scan.pdf", "application/pdf", Scans.pdf());
		assertThat(uploaded.statusCode()).as(kind + " by " + user + ": " + uploaded.body()).isEqualTo(201);
	}

	/** Whether the order has a file of that kind, as finance sees it. */
	private boolean filed(String number, String kind) {
		try {
			return json.readTree(as("fiona").get("/api/orders/" + number + "/files").body())
				.findValuesAsText("kind")
				.contains(kind);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * An order of tina's for one unit, its contract reviewed by asha: the id of its
	 * approval, once it waits for the sales manager mark.
	 */
	public String awaitingApproval(String customerCode, String sku) throws Exception {
		String number = submit(customerCode, sku, 1);
		complete("asha", number, "Task_ReviewContract", "{\"contractReviewed\": {\"value\": true}}");
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> taskId("mark", number, "Task_ApproveOrder"), Objects::nonNull);
	}

	/** The id of the one open task the user can see, or null. */
	public String taskId(String user, String businessKey, String taskKey) throws Exception {
		JsonNode tasks = json.readTree(as(user)
			.get("/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey="
					+ taskKey)
			.body());
		return (tasks.isArray() && tasks.size() == 1) ? tasks.get(0).get("id").asText() : null;
	}

	/** The order as finance reads it from the application's API. */
	public JsonNode order(String number) throws Exception {
		return json.readTree(as("fiona").get("/api/orders/" + number).body());
	}

}
