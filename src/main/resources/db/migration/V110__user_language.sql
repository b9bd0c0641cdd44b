-- Each user's language (a BCP 47 tag such as zh-CN or en), chosen in their profile; a user
-- without a row reads the company's default language (salesops.language.default-language).
create table user_language (
    user_id    varchar(64) primary key,
    language   varchar(16) not null,
    changed_at timestamp   not null
);
