//! A synthetic ledger of any size for benchmarks: `creances demo --customers N
//! --invoices M --seed S`. Rows are bulk-inserted in one transaction (under a rollback
//! journal: the WAL would grow to the ledger's size) with the indexes
//! and triggers of the big tables dropped first and created again at the end.

use chrono::{Datelike, Days, NaiveDate};
use rusqlite::{Transaction, params};
use rust_decimal::Decimal;

use crate::demo::Dice;
use crate::domain::company::Company;
use crate::domain::customer::due_date;
use crate::domain::document::{Line, LineKind, compute_totals};
use crate::domain::money::{Currency, to_cents};
use crate::error::Result;
use crate::store::company;
use crate::store::date_sql;

/// What the generator wrote.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct SyntheticSummary {
    pub customers: usize,
    pub invoices: usize,
    pub lines: usize,
    pub payments: usize,
    pub credit_notes: usize,
    pub reminders: usize,
}

struct Item {
    sku: &'static str,
    name: &'static str,
    cents: i64,
    vat: &'static str,
    kind: LineKind,
}

const CATALOGUE: [Item; 5] = [
    Item {
        sku: "DEV-JOUR",
        name: "Développement logiciel",
        cents: 55000,
        vat: "20",
        kind: LineKind::Service,
    },
    Item {
        sku: "AUDIT",
        name: "Audit technique",
        cents: 120000,
        vat: "20",
        kind: LineKind::Service,
    },
    Item {
        sku: "MAINT",
        name: "Maintenance mensuelle",
        cents: 18000,
        vat: "20",
        kind: LineKind::Service,
    },
    Item {
        sku: "FORM",
        name: "Formation",
        cents: 90000,
        vat: "20",
        kind: LineKind::Service,
    },
    Item {
        sku: "GUIDE",
        name: "Guide pratique (livre)",
        cents: 3900,
        vat: "5.5",
        kind: LineKind::Goods,
    },
];

/// Refuses a ledger of no customer or no invoice.
pub fn check_size(customers: usize, invoices: usize) -> Result<()> {
    if customers == 0 || invoices == 0 {
        return crate::error::invalid("--customers and --invoices must be at least 1");
    }
    Ok(())
}

/// Creates a synthetic ledger at `path` (see [`generate`]) in one transaction.
pub fn create(
    path: &std::path::Path,
    customers: usize,
    invoices: usize,
    seed: u64,
    as_of: NaiveDate,
) -> Result<SyntheticSummary> {
    check_size(customers, invoices)?;
    let mut ledger = crate::ops::Ledger::create(path)?;
    ledger.write_fresh(|tx| generate(tx, customers, invoices, seed, as_of))
}

/// Fills an empty ledger with `customers` customers and `invoices` invoices over the
/// ten years before `as_of`: most paid on time, some late, some in part, some not at all,
/// one in a hundred partly credited; with the reminders a daily run would have sent.
pub fn generate(
    tx: &Transaction,
    customers: usize,
    invoices: usize,
    seed: u64,
    as_of: NaiveDate,
) -> Result<SyntheticSummary> {
    company::insert(
        tx,
        &Company {
            name: "Société Synthétique SAS".into(),
            address: "1 rue du Banc d'Essai\n69000 Lyon".into(),
            siren: Some("842130577".into()),
            vat_number: Some("FR68842130577".into()),
            payment_terms_days: 30,
            currency: Currency::EUR,
            is_demo: true,
            ..Default::default()
        },
    )?;
    // indexes and triggers of the bulk tables, to create again once the rows are in
    let saved: Vec<String> = {
        let mut stmt = tx.prepare(
            "SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL
             AND tbl_name IN ('customer', 'invoice', 'invoice_line', 'payment', 'allocation')",
        )?;
        stmt.query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?
    };
    let names: Vec<(String, String)> = {
        let mut stmt = tx.prepare(
            "SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL
             AND tbl_name IN ('customer', 'invoice', 'invoice_line', 'payment', 'allocation')",
        )?;
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?
    };
    for (kind, name) in &names {
        tx.execute_batch(&format!("DROP {} \"{name}\";", kind.to_uppercase()))?;
    }

    let mut dice = Dice(seed ^ 0x5EED_0000_C0FF_EE00);
    let now = crate::store::now_stamp();
    {
        let mut add = tx.prepare(
            "INSERT INTO customer (id, code, name, kind, email, address, siren, payment_terms_days, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, ?7, ?8)",
        )?;
        for c in 1..=customers {
            let terms: Option<i64> = match dice.below(4) {
                0 => Some(45),
                1 => Some(60),
                _ => None,
            };
            add.execute(params![
                c as i64,
                format!("C{c:06}"),
                format!("Client {c:06} SARL"),
                if dice.chance(85) { "business" } else { "individual" },
                format!("compta{c}@client.example"),
                format!("{} rue des Essais\n69000 Lyon", 1 + c % 200),
                terms,
                now
            ])?;
        }
        let mut add = tx.prepare(
            "INSERT INTO product (sku, name, unit_price_cents, vat_rate, unit, kind) VALUES (?1, ?2, ?3, ?4, 'unité', ?5)",
        )?;
        for item in &CATALOGUE {
            add.execute(params![
                item.sku,
                item.name,
                item.cents,
                item.vat,
                item.kind.as_str()
            ])?;
        }
    }
    let habits: Vec<u64> = (0..customers).map(|_| dice.below(100)).collect();
    let terms_of: Vec<i64> = {
        let mut stmt = tx.prepare("SELECT COALESCE(payment_terms_days, 30) FROM customer ORDER BY id")?;
        stmt.query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?
    };

    let mut summary = SyntheticSummary {
        customers,
        ..Default::default()
    };
    let start = as_of.checked_sub_days(Days::new(3650)).unwrap_or(as_of);
    let span = (as_of - start).num_days().max(1) as u64;
    let mut add_invoice = tx.prepare(
        "INSERT INTO invoice (id, kind, series, number, year, seq, customer_id, credited_invoice_id, reason,
             issue_date, due_date, payment_terms_days, currency, customer_name, customer_address,
             total_net_cents, total_vat_cents, total_cents, sent_on, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 'EUR', ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
    )?;
    let mut add_line = tx.prepare(
        "INSERT INTO invoice_line (invoice_id, position, sku, designation, quantity, unit_price_cents, vat_rate, unit, kind)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'unité', ?8)",
    )?;
    let mut add_payment = tx.prepare(
        "INSERT INTO payment (id, customer_id, date, amount_cents, method, reference, created_at, customer_name)
         VALUES (?1, ?2, ?3, ?4, 'transfer', ?5, ?6, ?7)",
    )?;
    let mut add_allocation = tx.prepare(
        "INSERT INTO allocation (payment_id, invoice_id, date, amount_cents) VALUES (?1, ?2, ?3, ?4)",
    )?;
    let (mut year, mut seq, mut credit_seq) = (0, 0i64, 0i64);
    let mut ids = 1i64..;
    let mut payment_id = 0i64;
    let mut pending_credits: Vec<(i64, i64, NaiveDate, i64, Vec<Line>)> = Vec::new();
    for n in 0..invoices {
        // dates spread evenly and in order, so numbers follow dates
        let issue = start + Days::new(n as u64 * span / invoices.max(1) as u64);
        if issue.year() != year {
            year = issue.year();
            seq = 0;
            credit_seq = 0;
        }
        seq += 1;
        let customer = 1 + dice.below(customers as u64) as usize;
        let terms = terms_of[customer - 1];
        let due = due_date(issue, terms);
        let mut lines = Vec::with_capacity(2);
        for _ in 0..1 + dice.below(2) {
            let item = &CATALOGUE[dice.below(CATALOGUE.len() as u64) as usize];
            lines.push(Line {
                sku: Some(item.sku.into()),
                designation: item.name.into(),
                quantity: Decimal::from(1 + dice.below(5)),
                unit_price: Decimal::new(item.cents, 2),
                vat_rate: item.vat.parse().unwrap_or_default(),
                unit: None,
                kind: item.kind,
                discount: None,
            });
        }
        let totals = compute_totals(&lines, None, false, Currency::EUR);
        let id = ids.next().unwrap_or_default();
        let (issue_s, due_s) = (date_sql(issue), date_sql(due));
        let number = format!("FACT-{year}-{seq:04}");
        add_invoice.execute(params![
            id,
            "invoice",
            "FACT",
            number,
            year,
            seq,
            customer as i64,
            None::<i64>,
            None::<String>,
            issue_s,
            due_s,
            terms,
            format!("Client {customer:06} SARL"),
            "1 rue des Essais\n69000 Lyon",
            totals.net.minor(),
            totals.vat.minor(),
            totals.total.minor(),
            issue_s,
            now
        ])?;
        for (i, l) in lines.iter().enumerate() {
            add_line.execute(params![
                id,
                i as i64 + 1,
                l.sku,
                l.designation,
                l.quantity.to_string(),
                to_cents(l.unit_price),
                l.vat_rate.to_string(),
                l.kind.as_str()
            ])?;
        }
        summary.invoices += 1;
        summary.lines += lines.len();
        let total = totals.total.minor();
        // how this customer pays: most on time, some late, some in part, some never
        let habit = habits[customer - 1];
        let pay = |days_after_due: i64| due.checked_add_signed(chrono::Duration::days(days_after_due));
        let plan: Vec<(Option<NaiveDate>, i64)> = match habit {
            0..=59 => vec![(pay(-(dice.below(10) as i64)), total)],
            60..=84 => vec![(pay(5 + dice.below(60) as i64), total)],
            85..=94 => vec![
                (pay(dice.below(20) as i64), total / 2),
                (pay(40 + dice.below(90) as i64), total - total / 2),
            ],
            _ => Vec::new(),
        };
        for (day, cents) in plan {
            let Some(day) = day.map(|d| d.max(issue)).filter(|d| *d <= as_of) else {
                continue;
            };
            payment_id += 1;
            let day_s = date_sql(day);
            add_payment.execute(params![
                payment_id,
                customer as i64,
                day_s,
                cents,
                format!("VIR {number}"),
                now,
                // as `payment add` records it: the payer's name on that day
                format!("Client {customer:06} SARL")
            ])?;
            add_allocation.execute(params![payment_id, id, day_s, cents])?;
            summary.payments += 1;
        }
        if dice.below(100) == 0 && habit >= 95 {
            pending_credits.push((id, customer as i64, issue, total, lines));
        }
        // credit notes are numbered in their own series, a few days after their invoice
        pending_credits.retain(|(inv, cust, issued, inv_total, inv_lines)| {
            let on = issued.checked_add_days(Days::new(10)).unwrap_or(*issued);
            if on > issue || on.year() != year {
                return true;
            }
            credit_seq += 1;
            let gross = Decimal::new(inv_total / 4, 2);
            let credit_lines = vec![Line {
                sku: None,
                designation: "Avoir partiel".into(),
                quantity: Decimal::ONE,
                unit_price: gross,
                vat_rate: inv_lines[0].vat_rate,
                unit: None,
                kind: LineKind::Service,
                discount: None,
            }];
            let t = compute_totals(&credit_lines, None, true, Currency::EUR);
            let cid = ids.next().unwrap_or_default();
            let ok = add_invoice
                .execute(params![
                    cid,
                    "credit_note",
                    "AV",
                    format!("AV-{year}-{credit_seq:04}"),
                    year,
                    credit_seq,
                    cust,
                    Some(*inv),
                    Some("Geste commercial"),
                    date_sql(on),
                    date_sql(on),
                    0,
                    format!("Client {cust:06} SARL"),
                    "1 rue des Essais\n69000 Lyon",
                    t.net.minor(),
                    t.vat.minor(),
                    t.total.minor(),
                    None::<String>,
                    now
                ])
                .and_then(|_| {
                    add_line.execute(params![
                        cid,
                        1,
                        None::<String>,
                        "Avoir partiel",
                        "1",
                        to_cents(gross),
                        credit_lines[0].vat_rate.to_string(),
                        "service"
                    ])
                });
            if ok.is_ok() {
                summary.credit_notes += 1;
            }
            false
        });
    }
    drop((add_invoice, add_line, add_payment, add_allocation));
    for sql in saved {
        tx.execute_batch(&sql)?;
    }
    // the rows went in with the triggers off: the settlement record is built from them
    // and the audit log takes them as they stand
    crate::store::settlement::rebuild(tx)?;
    crate::store::audit::adopt_existing(tx)?;
    summary.reminders = record_past_reminders(tx, as_of)?;
    tx.execute_batch("ANALYZE")?;
    Ok(summary)
}

/// Records the reminders a daily `dunning run` under the standard ladder would have sent
/// before `as_of`: each step of an invoice on its day, while a balance of at least the
/// policy's minimum was open (an invoice paid up on a step's day got no reminder that
/// day). So the ledger looks like one dunned every day, whose run today plans only
/// today's steps. The balance shown is the open one for an invoice still owed, its total
/// for one paid since (partial payments before a step are not subtracted).
fn record_past_reminders(tx: &Transaction, as_of: NaiveDate) -> Result<usize> {
    let steps: Vec<String> = crate::domain::dunning::standard_ladder()
        .iter()
        .map(|s| format!("('{}', {}, '{}')", s.name, s.offset, s.channel.as_str()))
        .collect();
    let min_cents = to_cents(crate::domain::dunning::Policy::default().min_balance);
    let sql = format!(
        "WITH step(name, offset, channel) AS (VALUES {}),
         due AS (
             SELECT s.invoice_id, st.name, st.channel, s.due_day + st.offset AS day, max(st.offset, 0) AS late,
                    CASE WHEN s.settled_day IS NULL THEN s.total_cents - s.paid_cents - s.credited_cents
                         ELSE s.total_cents END AS balance,
                    s.customer_id
             FROM settlement s CROSS JOIN step st
             WHERE s.due_day + st.offset >= s.issue_day AND s.due_day + st.offset < ?1
               AND (s.settled_day IS NULL OR s.due_day + st.offset < coalesce(s.paid_up_day, s.settled_day)))
         INSERT INTO reminder (invoice_id, step, channel, status, date, balance_cents, days_late,
                               recipient, message_id, attempts, created_at, updated_at)
         SELECT d.invoice_id, d.name, d.channel, 'sent', date(d.day * 86400, 'unixepoch'), d.balance, d.late,
                CASE WHEN d.channel = 'task' THEN NULL ELSE c.email END,
                CASE WHEN d.channel = 'task' THEN NULL ELSE '<r' || d.invoice_id || '.' || d.name || '@synthetic.example>' END,
                1, date(d.day * 86400, 'unixepoch') || 'T08:00:00Z', date(d.day * 86400, 'unixepoch') || 'T08:00:00Z'
         FROM due d CROSS JOIN customer c ON c.id = d.customer_id
         WHERE d.balance >= ?2
         ORDER BY d.day, d.invoice_id, d.late",
        steps.join(", ")
    );
    let as_of_day = crate::store::settlement::day_number(as_of);
    Ok(tx.execute(&sql, params![as_of_day, min_cents])?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generated_ledger_is_left_in_wal_mode_with_no_journal_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bench.sqlite");
        let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let summary = create(&path, 5, 200, 1, day).unwrap();
        assert_eq!(summary.invoices, 200);
        let conn = rusqlite::Connection::open(&path).unwrap();
        let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
        assert_eq!(mode, "wal");
        let rows: i64 = conn
            .query_row("SELECT count(*) FROM invoice WHERE kind = 'invoice'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(rows, 200);
        assert!(!dir.path().join("bench.sqlite-journal").exists());
    }
}
