-- A notification may also carry an HTML body (a report with its charts as images); the
-- plain body stays for mail clients that show text only.
alter table notification add column html_body text;
