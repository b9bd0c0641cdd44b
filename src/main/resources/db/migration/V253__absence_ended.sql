-- An absence ended before its last day (the person is back early, or it is called off):
-- when and by whom. Its offers to the substitute are taken back at once.
alter table absence add column ended_at timestamp;
alter table absence add column ended_by varchar(64);
