-- `recurring edit`: each change of a subscription, kept as its history, and the lines a
-- change sets from a day on (the periods before keep theirs). Applied in list order
-- (PRAGMA user_version); IF NOT EXISTS: a ledger whose user_version was set back
-- (tests/cli/audit.rs does) runs it again.

CREATE TABLE IF NOT EXISTS recurring_change (
    id                  INTEGER PRIMARY KEY,
    schedule_id         INTEGER NOT NULL REFERENCES recurring_schedule(id) ON DELETE CASCADE,
    made_on             TEXT NOT NULL,
    -- the first period start the change's lines bill; NULL when no line changed
    from_date           TEXT,
    note                TEXT NOT NULL,
    created_at          TEXT NOT NULL
);

-- The same columns as recurring_line, for a change's lines.
CREATE TABLE IF NOT EXISTS recurring_change_line (
    id                  INTEGER PRIMARY KEY,
    change_id           INTEGER NOT NULL REFERENCES recurring_change(id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    sku                 TEXT,
    designation         TEXT NOT NULL,
    quantity            TEXT NOT NULL,
    unit_price_cents    INTEGER NOT NULL,
    vat_rate            TEXT NOT NULL,
    unit                TEXT,
    kind                TEXT NOT NULL DEFAULT 'service' CHECK (kind IN ('service', 'goods')),
    discount            TEXT
);
