-- A node claims an outbox message before it sends it, so that two nodes never send the
-- same message; a claim older than a few minutes (its node died while sending) lapses.
alter table notification add column claimed_at timestamp;
