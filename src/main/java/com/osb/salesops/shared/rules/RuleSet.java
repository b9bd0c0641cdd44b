package com.osb.salesops.shared.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The compiled Drools rules of one capability ({@code rules/<capability>/*.drl}). Rules
 * run in a stateless session per call, which keeps each evaluation independent and is the
 * fastest way to run many small fact sets. A rule set that does not compile is refused
 * with every error named.
 */
public final class RuleSet {

	private static final AtomicLong BUILDS = new AtomicLong();

	private final String capability;

	private final KieBase kieBase;

	private final String version;

	private RuleSet(String capability, KieBase kieBase, String version) {
		this.capability = capability;
		this.kieBase = kieBase;
		this.version = version;
	}

	/**
	 * Compiles DRL sources.
	 * @param capability the capability the rules belong to
	 * @param drlByName the DRL text of each file, by file name
	 */
	public static RuleSet compile(String capability, Map<String, String> drlByName) {
		if (drlByName.isEmpty()) {
			throw new RuleSetException("No rules found for '" + capability + "' (rules/" + capability + "/*.drl)");
		}
		KieServices services = KieServices.Factory.get();
		KieFileSystem files = services.newKieFileSystem();
		drlByName.forEach((name, drl) -> files.write("src/main/resources/rules/" + capability + "/" + name, drl));
		ReleaseId release = services.newReleaseId("com.osb.salesops.rules", capability,
				"1.0." + BUILDS.incrementAndGet());
		files.generateAndWritePomXML(release);
		// One knowledge base that takes every file whatever its package: an analyst's
		// file
		// lives in rules/<capability>, not in a folder named after its package.
		KieModuleModel module = services.newKieModuleModel();
		module.newKieBaseModel(capability).setDefault(true);
		files.writeKModuleXML(module.toXML());
		KieBuilder builder = services.newKieBuilder(files).buildAll();
		List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
		if (!errors.isEmpty()) {
			throw new RuleSetException("The rules of '" + capability + "' do not compile: "
					+ errors.stream()
						.map((message) -> message.getPath() + ":" + message.getLine() + " " + message.getText())
						.toList());
		}
		return new RuleSet(capability, services.newKieContainer(release, RuleSet.class.getClassLoader()).getKieBase(),
				version(drlByName));
	}

	public String capability() {
		return this.capability;
	}

	/**
	 * The version of these rules: the first 12 hexadecimal digits of the SHA-256 of their
	 * files (names and text, in name order). The same files always give the same version,
	 * wherever and whenever they are compiled, so that a decision that records it names
	 * the rules that made it.
	 */
	public String version() {
		return this.version;
	}

	/** The version in words: {@code rules/incentive version 1a2b3c4d5e6f}. */
	public String label() {
		return "rules/" + this.capability + " version " + this.version;
	}

	static String version(Map<String, String> drlByName) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			new TreeMap<>(drlByName).forEach((name, drl) -> {
				digest.update(name.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(drl.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			});
			return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Runs the rules over the facts and returns every rule that fired, in firing order.
	 */
	public List<FiredRule> run(Collection<?> facts) {
		StatelessKieSession session = this.kieBase.newStatelessKieSession();
		List<FiredRule> fired = new ArrayList<>();
		session.addEventListener(new DefaultAgendaEventListener() {
			@Override
			public void afterMatchFired(AfterMatchFiredEvent event) {
				fired.add(new FiredRule(event.getMatch().getRule().getName(), event.getMatch().getObjects()));
			}
		});
		session.execute(facts);
		return fired;
	}

	/** Runs the rules over the facts without recording which fired, for bulk work. */
	public void runQuietly(Collection<?> facts) {
		this.kieBase.newStatelessKieSession().execute(facts);
	}

}
