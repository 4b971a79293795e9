-- Migration 008: subscriptions (recurring invoices). Applied after 006 and whatever other
-- migrations precede it in src/store/mod.rs: the runner counts migrations in list order
-- (PRAGMA user_version), the number in the file name is only a name. IF NOT EXISTS: a
-- ledger whose user_version was set back (tests/cli/audit.rs does) runs it again.

CREATE TABLE IF NOT EXISTS recurring_schedule (
    id                  INTEGER PRIMARY KEY,
    customer_id         INTEGER NOT NULL REFERENCES customer(id),
    every               TEXT NOT NULL CHECK (every IN ('week', 'month', 'quarter', 'year')),
    start_date          TEXT NOT NULL,
    day_of_month        INTEGER CHECK (day_of_month BETWEEN 1 AND 31),
    end_date            TEXT,
    period_count        INTEGER CHECK (period_count > 0),
    issue               INTEGER NOT NULL DEFAULT 0 CHECK (issue IN (0, 1)),
    send                INTEGER NOT NULL DEFAULT 0 CHECK (send IN (0, 1)),
    created_at          TEXT NOT NULL,
    CHECK (end_date IS NULL OR period_count IS NULL),
    CHECK (send = 0 OR issue = 1)
);

-- The same columns as invoice_line: a period's invoice copies them, indexed.
CREATE TABLE IF NOT EXISTS recurring_line (
    id                  INTEGER PRIMARY KEY,
    schedule_id         INTEGER NOT NULL REFERENCES recurring_schedule(id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    sku                 TEXT,
    designation         TEXT NOT NULL,
    quantity            TEXT NOT NULL,
    unit_price_cents    INTEGER NOT NULL,
    vat_rate            TEXT NOT NULL,
    unit                TEXT,
    kind                TEXT NOT NULL DEFAULT 'service' CHECK (kind IN ('service', 'goods'))
);

CREATE TABLE IF NOT EXISTS recurring_index (
    id                  INTEGER PRIMARY KEY,
    schedule_id         INTEGER NOT NULL REFERENCES recurring_schedule(id) ON DELETE CASCADE,
    rate                TEXT NOT NULL,
    from_date           TEXT NOT NULL
);

-- Periods starting from paused_on up to the day before resumed_on are never billed.
CREATE TABLE IF NOT EXISTS recurring_pause (
    id                  INTEGER PRIMARY KEY,
    schedule_id         INTEGER NOT NULL REFERENCES recurring_schedule(id) ON DELETE CASCADE,
    paused_on           TEXT NOT NULL,
    resumed_on          TEXT,
    CHECK (resumed_on IS NULL OR resumed_on >= paused_on)
);
CREATE UNIQUE INDEX IF NOT EXISTS recurring_pause_open ON recurring_pause(schedule_id) WHERE resumed_on IS NULL;

-- Each period of a schedule is billed once, whatever runs at the same time: the database
-- refuses a second row. A deleted draft leaves its period billed (invoice_id NULL), so a
-- later run never makes it again.
CREATE TABLE IF NOT EXISTS recurring_invoice (
    schedule_id         INTEGER NOT NULL REFERENCES recurring_schedule(id),
    period              INTEGER NOT NULL CHECK (period >= 0),
    period_start        TEXT NOT NULL,
    invoice_id          INTEGER UNIQUE REFERENCES invoice(id) ON DELETE SET NULL,
    created_at          TEXT NOT NULL,
    PRIMARY KEY (schedule_id, period)
);

-- `creances daily`: each part (recurring run, dunning run) done on a day, so a second
-- `daily` that day skips it. A part whose work partly failed is not recorded: the next
-- `daily` runs it again.
CREATE TABLE IF NOT EXISTS daily_run (
    day                 TEXT NOT NULL,
    part                TEXT NOT NULL,
    finished_at         TEXT NOT NULL,
    PRIMARY KEY (day, part)
);
