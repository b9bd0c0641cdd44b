-- Escalation goes on up the organisation (POLICY section 8): at each further deadline a
-- waiting task is offered one level further up. The deadline itself is kept to count the
-- further deadlines; escalate_at and escalate_to now name the next step up, and
-- escalated_level the level last offered.
alter table task_deadline add column deadline_days integer default 0 not null;
alter table task_deadline add column deadline_hours integer default 0 not null;
alter table task_deadline add column escalation_factor integer default 0 not null;
alter table task_deadline add column escalations integer default 0 not null;
alter table task_deadline add column escalated_level varchar(40);
