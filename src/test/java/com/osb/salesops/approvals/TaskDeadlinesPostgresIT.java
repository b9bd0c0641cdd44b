package com.osb.salesops.approvals;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import com.osb.salesops.approvals.TaskDeadlines.TaskDeadline;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL, closing a task's deadline gives the deadline it closed, with whom it was
 * offered to as the next level up, once: a deadline closed already, or none, gives none.
 */
class TaskDeadlinesPostgresIT extends PostgresIntegrationTest {

	@Autowired
	TaskDeadlines deadlines;

	@Test
	void closingGivesTheDeadlineItClosedOnce() {
		// given a deadline offered to the next level up
		Timestamp created = Timestamp.from(TestClock.now());
		Timestamp later = Timestamp.from(TestClock.now().plusSeconds(3600));
		this.deadlines.open(new TaskDeadline("pg-close-1", "pi-pg-close-1", "Task_ApproveOrder", "Approve order",
				"ORDER", "SCPGCLOSE01", "sales-manager", created, later, later, "sales-director", "R1", null, null,
				null, null, null, 1, 0, 2, 0, null));
		this.deadlines.escalated("pg-close-1", List.of("dir1", "dir2"), later, "general-manager", null);

		// when
		Optional<TaskDeadline> closed = this.deadlines.close("pg-close-1", "dir2", later);
		Optional<TaskDeadline> again = this.deadlines.close("pg-close-1", "dir1", later);
		Optional<TaskDeadline> none = this.deadlines.close("pg-close-none", "dir1", later);

		// then
		assertThat(closed).hasValueSatisfying((deadline) -> {
			assertThat(deadline.taskId()).isEqualTo("pg-close-1");
			assertThat(deadline.escalatedTo("dir2")).isTrue();
			assertThat(deadline.escalatedTo("mgr1")).isFalse();
			assertThat(deadline.requiredGroup()).isEqualTo("sales-manager");
			assertThat(deadline.ruleFired()).isEqualTo("R1");
			assertThat(deadline.closedBy()).isEqualTo("dir2");
		});
		assertThat(again).isEmpty();
		assertThat(none).isEmpty();
		assertThat(this.deadlines.find("pg-close-1")).hasValueSatisfying((deadline) -> {
			assertThat(deadline.closedBy()).isEqualTo("dir2");
			assertThat(deadline.closedAt()).isEqualTo(later);
		});
	}

}
