package com.osb.salesops.shared.process;

import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.util.List;

import org.apache.ibatis.ognl.MemberAccess;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.Ognl;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryPropertyReadersTest {

	private static final MemberAccess PUBLIC_ONLY = new MemberAccess() {
		@Override
		public Object setup(OgnlContext context, Object target, Member member, String propertyName) {
			return null;
		}

		@Override
		public void restore(OgnlContext context, Object target, Member member, String propertyName, Object state) {
		}

		@Override
		public boolean isAccessible(OgnlContext context, Object target, Member member, String propertyName) {
			return Modifier.isPublic(member.getModifiers());
		}
	};

	private final ObjectPropertyAccessor plain = new ObjectPropertyAccessor();

	private final QueryPropertyReaders cached = new QueryPropertyReaders();

	@Test
	void eachPropertyReadsAsTheExpressionLanguageReadsItAndAgainFromWhatItLearned() throws OgnlException {
		for (Sample sample : List.of(new Sample("first", true, 3), new Sample("second", false, 7))) {
			OgnlContext context = Ognl.createDefaultContext(sample, PUBLIC_ONLY);
			for (String property : List.of("name", "active", "isTenantSet", "count", "tenantSet", "unknown",
					"hidden")) {
				for (int round = 0; round < 2; round++) {
					assertThat(this.cached.getPossibleProperty(context, sample, property)).as(property)
						.isEqualTo(this.plain.getPossibleProperty(context, sample, property));
				}
			}
		}
		Sample sample = new Sample("third", true, 1);
		OgnlContext context = Ognl.createDefaultContext(sample, PUBLIC_ONLY);
		assertThat(this.cached.getPossibleProperty(context, sample, "name")).isEqualTo("third");
		assertThat(this.cached.getPossibleProperty(context, sample, "active")).isEqualTo(true);
		assertThat(this.cached.getPossibleProperty(context, sample, "isTenantSet")).isEqualTo(true);
		assertThat(this.cached.getPossibleProperty(context, sample, "count")).isEqualTo(1);
		assertThat(this.cached.getPossibleProperty(context, sample, "unknown")).isSameAs(OgnlRuntime.NotFound);
		assertThat(this.cached.getPossibleProperty(context, sample, "hidden")).isSameAs(OgnlRuntime.NotFound);
	}

	@Test
	void theEnginesQueryObjectsAreReadAsTheExpressionLanguageReadsThemMostlyByDirectCalls() throws Exception {
		TaskQueryImpl query = new TaskQueryImpl();
		query.taskCandidateGroup("sales-manager").processInstanceBusinessKey("SO-1").taskDefinitionKey("Task_X");
		query.getAuthCheck().setAuthorizationCheckEnabled(true);
		query.getAuthCheck().setAuthUserId("li.wei");
		OgnlContext context = Ognl.createDefaultContext(query, PUBLIC_ONLY);
		List<String> properties = List.of("candidateGroup", "processInstanceBusinessKey", "key", "authCheck",
				"authUserId", "authorizationCheckEnabled", "isTenantIdSet", "tenantIdSet", "orQueries",
				"candidateGroups", "withCandidateGroups", "orderingProperties", "unknown");
		for (int round = 0; round < 2; round++) {
			for (String property : properties) {
				assertThat(this.cached.getPossibleProperty(context, query, property)).as(property)
					.isEqualTo(this.plain.getPossibleProperty(context, query, property));
			}
		}
		assertThat(this.cached.getPossibleProperty(context, query, "candidateGroup")).isEqualTo("sales-manager");
		assertThat(QueryPropertyReaders.direct(TaskQueryImpl.class.getMethod("getCandidateGroup"))).isTrue();
		assertThat(QueryPropertyReaders.direct(Sample.class.getMethod("getName"))).isFalse();
		assertThat(QueryPropertyReaders.direct(Object.class.getMethod("getClass"))).isFalse();
	}

	@Test
	void aReaderThatFailsFailsAsBefore() {
		Sample sample = new Sample("x", true, 1);
		OgnlContext context = Ognl.createDefaultContext(sample, PUBLIC_ONLY);
		assertThatThrownBy(() -> this.plain.getPossibleProperty(context, sample, "broken"))
			.isInstanceOf(OgnlException.class)
			.hasRootCauseMessage("broken on purpose");
		assertThatThrownBy(() -> this.cached.getPossibleProperty(context, sample, "broken"))
			.isInstanceOf(OgnlException.class)
			.hasRootCauseMessage("broken on purpose");
	}

	@Test
	void installedTheyReadEveryObjectThatHasNoReadersOfItsOwn() throws OgnlException {
		QueryPropertyReaders.install();
		Sample sample = new Sample("engine", false, 2);
		OgnlContext context = Ognl.createDefaultContext(sample, PUBLIC_ONLY);
		assertThat(OgnlRuntime.getPropertyAccessor(Object.class)).isInstanceOf(QueryPropertyReaders.class);
		assertThat(Ognl.getValue("name + ':' + count", context, sample)).isEqualTo("engine:2");
	}

	public static class Sample {

		public final int count;

		private final String name;

		private final boolean active;

		@SuppressWarnings("unused")
		private final String hidden = "not readable";

		Sample(String name, boolean active, int count) {
			this.name = name;
			this.active = active;
			this.count = count;
		}

		public String getName() {
			return this.name;
		}

		public boolean isActive() {
			return this.active;
		}

		/** Read as {@code isTenantSet}: no getter under the bean naming rules. */
		public boolean isTenantSet() {
			return this.active;
		}

		public String getBroken() {
			throw new IllegalStateException("broken on purpose");
		}

	}

}
