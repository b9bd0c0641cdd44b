-- A notification with an HTML body (a sales report) keeps it in every language users
-- read, as it keeps the subject and the plain body; null where there is none.
alter table notification_text add column html_body text;
