-- What each spot-check said when it flagged a line (the reason its table gives), so that
-- a reader is told why in their own language; flag_reason keeps the English of record.
alter table forecast_line add column pipeline_reason varchar(500);
alter table forecast_line add column last_year_reason varchar(500);
