-- Payments finance has made (PaymentMade), beside what was claimed.
alter table indicator_totals
    add column payments  bigint not null default 0,
    add column paid_pence bigint not null default 0;
