-- The sales organisation over time: where each rep worked and who managed each region and
-- market from which day, so that a quarter's statements see the teams of that quarter.
-- A rep or a unit without a row here has always been as the current tables say; the first
-- change records the state before it (from the earliest day) and the new state.

create table sales_rep_history (
    rep_id          varchar(20)  not null references sales_rep (id),
    effective_from  date         not null,
    region_id       varchar(20)  not null references region (id),
    active          boolean      not null,
    changed_by      varchar(64),
    constraint sales_rep_history_pk primary key (rep_id, effective_from)
);

create table team_manager_history (
    team_level      varchar(10)  not null,
    team_id         varchar(20)  not null,
    effective_from  date         not null,
    manager_user_id varchar(64),
    changed_by      varchar(64),
    constraint team_manager_history_pk primary key (team_level, team_id, effective_from),
    constraint team_manager_history_level_chk check (team_level in ('REGION', 'MARKET'))
);

-- One-time links to set a password, sent through the outbox; only the hash of the token is kept.
create table password_link (
    token_hash   varchar(64)  primary key,
    user_id      varchar(64)  not null,
    expires_at   timestamp    not null,
    used_at      timestamp,
    created_by   varchar(64)  not null,
    created_at   timestamp    not null
);
create index password_link_user_idx on password_link (user_id);
