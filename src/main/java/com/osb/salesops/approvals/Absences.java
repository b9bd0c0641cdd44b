package com.osb.salesops.approvals;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Absences and the tasks offered to substitutes during them.
 */
@Repository
public class Absences {

	private static final String COLUMNS = "id, user_id, starts_on, ends_on, substitute_user_id, reason, recorded_by,"
			+ " recorded_at, ended_at, ended_by";

	private final JdbcClient jdbc;

	Absences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long record(String userId, LocalDate from, LocalDate to, String substitute, String reason, String recordedBy,
			Timestamp now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into absence (user_id, starts_on, ends_on, substitute_user_id, reason, recorded_by,"
					+ " recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
			.params(userId, Date.valueOf(from), Date.valueOf(to), substitute, reason, recordedBy, now)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public Optional<Absence> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from absence where id = ?")
			.param(id)
			.query(Absence.class)
			.optional();
	}

	/** Every absence going on the day. */
	public List<Absence> allOn(LocalDate day) {
		return this.jdbc
			.sql("select " + COLUMNS + " from absence where starts_on <= ? and ends_on >= ?"
					+ " and ended_at is null order by id")
			.params(Date.valueOf(day), Date.valueOf(day))
			.query(Absence.class)
			.list();
	}

	/** The absences of a user, or of everybody, that have not ended before the day. */
	public List<Absence> from(String userId, LocalDate day) {
		if (userId == null) {
			return this.jdbc
				.sql("select " + COLUMNS + " from absence where ends_on >= ? and ended_at is null"
						+ " order by starts_on, id")
				.param(Date.valueOf(day))
				.query(Absence.class)
				.list();
		}
		return this.jdbc
			.sql("select " + COLUMNS + " from absence where user_id = ? and ends_on >= ?"
					+ " and ended_at is null order by starts_on, id")
			.params(userId, Date.valueOf(day))
			.query(Absence.class)
			.list();
	}

	/** The absences of the user not ended early that share a day with the days given. */
	public List<Absence> overlapping(String userId, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("select " + COLUMNS + " from absence where user_id = ? and starts_on <= ? and ends_on >= ?"
					+ " and ended_at is null order by starts_on, id")
			.params(userId, Date.valueOf(to), Date.valueOf(from))
			.query(Absence.class)
			.list();
	}

	/**
	 * Ends the absence before its last day, unless it was ended already.
	 * @return whether this call ended it
	 */
	public boolean end(long id, String endedBy, Timestamp now) {
		return this.jdbc.sql("update absence set ended_at = ?, ended_by = ? where id = ? and ended_at is null")
			.params(now, endedBy, id)
			.update() == 1;
	}

	/** Notes that a task was offered to the substitute of an absent user. */
	public boolean offered(String taskId, Absence absence, Timestamp now) {
		boolean already = this.jdbc
			.sql("select count(*) from task_substitution where task_id = ? and substitute_user_id = ?")
			.params(taskId, absence.substituteUserId())
			.query(Integer.class)
			.single() > 0;
		if (!already) {
			this.jdbc
				.sql("insert into task_substitution (task_id, substitute_user_id, absent_user_id, absence_id,"
						+ " offered_at) values (?, ?, ?, ?, ?)")
				.params(taskId, absence.substituteUserId(), absence.userId(), absence.id(), now)
				.update();
		}
		return !already;
	}

	/** The offers still standing whose absence ended before the day. */
	public List<Substitution> ended(LocalDate day) {
		return this.jdbc
			.sql("select s.task_id, s.substitute_user_id, s.absent_user_id, s.absence_id from task_substitution s"
					+ " join absence a on a.id = s.absence_id where s.withdrawn_at is null"
					+ " and (a.ends_on < ? or a.ended_at is not null)")
			.param(Date.valueOf(day))
			.query(Substitution.class)
			.list();
	}

	public void withdrawn(Substitution substitution, Timestamp now) {
		this.jdbc.sql("update task_substitution set withdrawn_at = ? where task_id = ? and substitute_user_id = ?")
			.params(now, substitution.taskId(), substitution.substituteUserId())
			.update();
	}

	/** The standing offer of the task to the user as a substitute, if any. */
	public Optional<Substitution> standing(String taskId, String substitute) {
		return this.jdbc
			.sql("select task_id, substitute_user_id, absent_user_id, absence_id from task_substitution"
					+ " where task_id = ? and substitute_user_id = ? and withdrawn_at is null")
			.params(taskId, substitute)
			.query(Substitution.class)
			.optional();
	}

	/**
	 * An absence: from and to are business dates, both included; when and by whom it was
	 * ended early, if it was.
	 */
	public record Absence(long id, String userId, LocalDate startsOn, LocalDate endsOn, String substituteUserId,
			String reason, String recordedBy, Timestamp recordedAt, Timestamp endedAt, String endedBy) {

		/** Whether it is over on the day: ended early, or its last day has passed. */
		public boolean overOn(LocalDate day) {
			return this.endedAt != null || this.endsOn.isBefore(day);
		}

	}

	/** A task offered to a substitute. */
	public record Substitution(String taskId, String substituteUserId, String absentUserId, long absenceId) {
	}

}
