-- A notification written in every language users read: the notification row holds the
-- English, this table the other languages; each recipient is mailed in their own.
create table notification_text (
    notification_id bigint        not null references notification (id),
    language        varchar(16)   not null,
    subject         varchar(300)  not null,
    body            text          not null,
    primary key (notification_id, language)
);
