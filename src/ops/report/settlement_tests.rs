//! The settlement record against the history it summarises: random small ledgers of
//! issues, payments, releases, credit notes and write-offs, in one currency or with an
//! exchange rate, and random days to report on.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;

use crate::domain::aging::{Basis, Buckets};
use crate::domain::company::Company;
use crate::domain::customer::Customer;
use crate::domain::document::{Line, LineKind};
use crate::domain::exchange::ExchangeRate;
use crate::domain::invoice::Draft;
use crate::domain::money::{Currency, Money};
use crate::domain::payment::Method;
use crate::domain::report::AgingBy;
use crate::store::scan::{Scan, required_date, stored_date};
use crate::store::settlement::day_number;
use crate::store::{Db, company, customer, invoice, payment};

#[derive(Debug, Clone)]
pub(crate) enum Step {
    /// A new invoice of this many euros (or dollars, at a rate) for customer 0 or 1.
    Issue {
        customer: usize,
        euros: i64,
        foreign: bool,
    },
    /// A payment of this many cents allocated to an invoice (by its rank among issued ones).
    Pay {
        invoice: usize,
        cents: i64,
    },
    /// Part of the last allocation of an invoice released back to credit.
    Release {
        invoice: usize,
        cents: i64,
    },
    /// A credit note of this many euros.
    Credit {
        invoice: usize,
        euros: i64,
    },
    WriteOff {
        invoice: usize,
        cents: i64,
    },
    /// Money received from customer 0 or 1 and allocated to nothing (in dollars at a rate
    /// when `foreign`).
    Prepay {
        customer: usize,
        cents: i64,
        foreign: bool,
    },
}

pub(crate) fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => (0..2usize, 1..500i64, prop::bool::weighted(0.2))
            .prop_map(|(customer, euros, foreign)| Step::Issue { customer, euros, foreign }),
        4 => (0..8usize, 1..60_000i64).prop_map(|(invoice, cents)| Step::Pay { invoice, cents }),
        1 => (0..8usize, 1..20_000i64).prop_map(|(invoice, cents)| Step::Release { invoice, cents }),
        1 => (0..8usize, 1..300i64).prop_map(|(invoice, euros)| Step::Credit { invoice, euros }),
        1 => (0..8usize, 1..30_000i64).prop_map(|(invoice, cents)| Step::WriteOff { invoice, cents }),
        1 => (0..2usize, 1..30_000i64, prop::bool::weighted(0.2))
            .prop_map(|(customer, cents, foreign)| Step::Prepay { customer, cents, foreign }),
    ]
}

fn line(euros: i64) -> Line {
    Line {
        sku: None,
        designation: "Audit".into(),
        quantity: Decimal::ONE,
        unit_price: Decimal::from(euros),
        vat_rate: Decimal::from(20),
        unit: None,
        kind: LineKind::Service,
        discount: None,
    }
}

pub(crate) fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
}

/// An issued invoice: id, customer id, currency, its rate, its last payment's id.
type Issued = (i64, i64, Currency, Option<ExchangeRate>, Option<i64>);

/// Writes the history (one step every `gaps[i]` days) through the store's own writes.
pub(crate) fn build(db: &mut Db, steps: &[(Step, u64)]) {
    let usd = Currency::parse("USD").unwrap();
    db.write(|tx| {
        company::insert(
            tx,
            &Company {
                name: "Test".into(),
                payment_terms_days: 30,
                currency: Currency::EUR,
                ..Default::default()
            },
        )?;
        let customers = [
            customer::insert(tx, &Customer::new("ACME", "ACME"))?,
            customer::insert(tx, &Customer::new("BETA", "BETA"))?,
        ];
        let mut issued: Vec<Issued> = Vec::new();
        let mut day = start();
        for (s, gap) in steps {
            day = day.checked_add_days(Days::new(*gap)).unwrap();
            let pick = |n: usize| (!issued.is_empty()).then(|| n % issued.len());
            match s.clone() {
                Step::Issue {
                    customer: c,
                    euros,
                    foreign,
                } => {
                    let currency = if foreign { usd } else { Currency::EUR };
                    let id = invoice::insert_draft(
                        tx,
                        &Draft {
                            customer_id: customers[c],
                            series: "FACT".into(),
                            payment_terms_days: 30,
                            currency,
                            prices_include_vat: false,
                            penalty_rate: None,
                            purchase_order: None,
                            notes: None,
                            delivery: None,
                            delivery_address: None,
                            collect: Default::default(),
                            offer_id: None,
                            lines: vec![line(euros)],
                            discount: None,
                        },
                    )?;
                    let rate = foreign
                        .then(|| ExchangeRate::new(usd, Currency::EUR, Decimal::new(10842, 4)).unwrap());
                    let record = invoice::find(tx, &format!("#{id}"))?;
                    invoice::issue(tx, &record, day, rate)?;
                    issued.push((id, customers[c], currency, rate, None));
                }
                Step::Pay { invoice: n, cents } => {
                    let Some(i) = pick(n) else { continue };
                    let (id, cust, currency, rate, _) = issued[i];
                    let amount = Money::from_minor(cents, currency);
                    let p = payment::insert(tx, cust, day, amount, Method::Transfer, None, rate)?;
                    // sometimes only part of it goes onto the invoice (the rest is credit)
                    let on = Money::from_minor(cents - cents / 7 * (cents % 2), currency);
                    payment::allocate(tx, p, id, day, on)?;
                    issued[i].4 = Some(p);
                }
                Step::Release { invoice: n, cents } => {
                    let Some(i) = pick(n) else { continue };
                    let (id, _, currency, _, last) = issued[i];
                    let Some(p) = last else { continue };
                    payment::allocate(tx, p, id, day, Money::from_minor(-cents, currency))?;
                }
                Step::Credit { invoice: n, euros } => {
                    let Some(i) = pick(n) else { continue };
                    let record = invoice::find(tx, &format!("#{}", issued[i].0))?;
                    invoice::insert_credit_note(tx, &record, &[line(euros)], false, "AVOIR", "test", day)?;
                }
                Step::WriteOff { invoice: n, cents } => {
                    let Some(i) = pick(n) else { continue };
                    let (id, _, currency, _, _) = issued[i];
                    invoice::write_off(tx, id, day, Money::from_minor(cents, currency), "test")?;
                }
                Step::Prepay {
                    customer: c,
                    cents,
                    foreign,
                } => {
                    let (currency, rate) = if foreign {
                        let rate = ExchangeRate::new(usd, Currency::EUR, Decimal::new(10913, 4)).unwrap();
                        (usd, Some(rate))
                    } else {
                        (Currency::EUR, None)
                    };
                    let amount = Money::from_minor(cents, currency);
                    payment::insert(tx, customers[c], day, amount, Method::Transfer, None, rate)?;
                }
            }
        }
        Ok(())
    })
    .unwrap();
}

/// (invoice id, customer, paid, credited, written off, issue day, due day, last day, settled
/// day, paid-up day, Σ paid × days after due, the same with days before it as 0)
type Row = (
    i64,
    i64,
    i64,
    i64,
    i64,
    i64,
    i64,
    i64,
    Option<i64>,
    Option<i64>,
    i64,
    i64,
);

fn stored(db: &mut Db) -> Vec<Row> {
    db.read(|tx| {
        let mut stmt = tx.prepare(
            "SELECT invoice_id, customer_id, paid_cents, credited_cents, written_off_cents, issue_day, due_day,
                 last_day, settled_day, paid_up_day, paid_days_cents, late_days_cents
                 FROM settlement ORDER BY invoice_id",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                    r.get(8)?,
                    r.get(9)?,
                    r.get(10)?,
                    r.get(11)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<Row>>>()?;
        Ok(rows)
    })
    .unwrap()
}

/// The same record recomputed in Rust from the dated history the full scan reads.
fn recomputed(db: &mut Db) -> Vec<Row> {
    db.read(|tx| {
        let mut rows = Vec::new();
        let scan = Scan::load(tx)?;
        scan.stream(
            tx,
            "customer_id, issue_date, due_date, total_cents, written_off_on, write_off_cents",
            |r, pays, creds| {
                let issue = required_date(r.get_ref(2)?)?;
                let due = stored_date(r.get_ref(3)?)?.unwrap_or(issue);
                let total: i64 = r.get(4)?;
                let write_off = match (stored_date(r.get_ref(5)?)?, r.get::<_, Option<i64>>(6)?) {
                    (Some(d), Some(c)) => Some((d, c)),
                    _ => None,
                };
                let paid: i64 = pays.iter().map(|p| p.1).sum();
                let credited: i64 = creds.iter().map(|c| c.1).sum();
                let off = write_off.map_or(0, |w| w.1);
                let last = pays
                    .iter()
                    .chain(creds)
                    .map(|e| e.0)
                    .chain(write_off.map(|w| w.0))
                    .fold(issue, NaiveDate::max);
                let settled = (total - paid - credited - off <= 0).then(|| day_number(last));
                // the first day its payments, then credit notes, of each day in turn cover it
                let mut events: Vec<_> = pays.iter().map(|p| (p.0, 0, p.1)).collect();
                events.extend(creds.iter().map(|c| (c.0, 1, c.1)));
                events.sort_by_key(|e| (e.0, e.1));
                let mut covered = 0;
                let paid_up = events.iter().find_map(|e| {
                    covered += e.2;
                    (covered >= total).then(|| day_number(e.0))
                });
                rows.push((
                    r.get(0)?,
                    r.get(1)?,
                    paid,
                    credited,
                    off,
                    day_number(issue),
                    day_number(due),
                    day_number(last),
                    settled,
                    paid_up,
                    pays.iter().map(|p| (p.0 - due).num_days() * p.1).sum(),
                    pays.iter().map(|p| (p.0 - due).num_days().max(0) * p.1).sum(),
                ));
                Ok(())
            },
        )?;
        Ok(rows)
    })
    .unwrap()
}

/// Each customer's money in the accounting currency, received and allocated, from the
/// table the triggers keep or from the history (`customer_money_source`).
fn money(db: &mut Db, table: &str) -> Vec<(i64, i64, i64)> {
    db.read(|tx| {
        let mut stmt = tx.prepare(&format!(
            "SELECT customer_id, received_cents, allocated_cents FROM {table}
             WHERE received_cents <> 0 OR allocated_cents <> 0 ORDER BY customer_id"
        ))?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    })
    .unwrap()
}

fn aging_text(db: &mut Db, as_of: NaiveDate, by: AgingBy, open: bool) -> String {
    db.read(|tx| {
        let scan = if open {
            Scan::load_open_on(tx, as_of)?
        } else {
            Scan::load(tx)?
        };
        let report = super::aging_with(tx, scan, as_of, by, &Buckets::default(), Basis::Due)?;
        Ok(format!("{report:?}"))
    })
    .unwrap()
}

/// `report split`, `dmp` (by customer or not) and `kpis` of a day and the period of
/// `days` days before it, through the record where it answers (`record`) or the history.
/// Every even invoice id counts as reminded after its due date (the dunning pile).
fn reports_text(db: &mut Db, to: NaiveDate, days: u64, record: bool) -> String {
    let from = to.checked_sub_days(Days::new(days)).unwrap();
    let reminded = (0..64i64).map(|i| 2 * i).collect();
    db.read(|tx| {
        Ok(format!(
            "{:?}\n{:?}\n{:?}\n{:?}",
            super::split_through(tx, to, &reminded, record)?,
            super::dmp_through(tx, from, to, false, record)?,
            super::dmp_through(tx, from, to, true, record)?,
            super::kpis_through(tx, from, to, record)?,
        ))
    })
    .unwrap()
}

/// Every customer's standing and score (`customer list`, `report payers`) and the
/// forecast of a day, through the record where it answers (`record`) or the history
/// (the dashboard and the trends: `ops::dashboard`'s record tests).
/// The scores under a minimum of one invoice due and of four: the record's pass counts
/// the paid-up invoices due before both windows of lateness only for the letter "new".
fn scores_text(db: &mut Db, as_of: NaiveDate, record: bool) -> String {
    let policy = |min_invoices| crate::domain::score::ScorePolicy {
        min_invoices,
        ..Default::default()
    };
    db.read(|tx| {
        let mut text = format!(
            "{:?}\n{:?}\n{:?}",
            crate::ops::customer::standings_through(tx, as_of, None, &policy(1), record)?,
            crate::ops::customer::standings_through(tx, as_of, None, &policy(4), record)?,
            super::forecast_through(tx, as_of, 8, record)?,
        );
        // each customer's alone, and its history and open invoices (`customer show`)
        for id in [1, 2] {
            for min in [1, 4] {
                let one = crate::ops::customer::standings_through(tx, as_of, Some(id), &policy(min), record)?;
                text.push_str(&format!("\n{one:?}"));
            }
            let one = customer::by_id(tx, id)?;
            let lists = crate::ops::customer::sheet_lists(tx, &one, as_of, record)?;
            // the history alone (`customer statement`) reads no allocation: the same lines
            let history = crate::ops::customer::history(tx, &one, as_of)?;
            assert_eq!(format!("{history:?}"), format!("{:?}", lists.0));
            text.push_str(&format!("\n{lists:?}"));
        }
        Ok(text)
    })
    .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn the_record_is_the_history_summed_and_reports_the_same(
        steps in prop::collection::vec((step(), 0..20u64), 1..24),
        before in 0..200u64,
        after in 0..60u64,
        period in 0..500u64,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut db = Db::create(&dir.path().join("l.sqlite")).unwrap();
        build(&mut db, &steps);
        prop_assert_eq!(stored(&mut db), recomputed(&mut db));
        prop_assert_eq!(money(&mut db, "customer_money"), money(&mut db, "customer_money_source"));
        // a customer's payments as its history reads them: the list's, without allocations
        for id in [1, 2] {
            let (bare, listed) = db
                .read(|tx| Ok((payment::of_customer(tx, id)?, payment::list(tx, Some(id))?)))
                .unwrap();
            let listed: Vec<_> = listed
                .into_iter()
                .map(|mut p| {
                    p.allocations.clear();
                    p
                })
                .collect();
            prop_assert_eq!(bare, listed);
        }
        // a day after everything (the record answers) and a random earlier one (it does not)
        let last = start().checked_add_days(Days::new(steps.iter().map(|s| s.1).sum())).unwrap();
        for as_of in [
            last.checked_add_days(Days::new(after)).unwrap(),
            start().checked_add_days(Days::new(before)).unwrap(),
        ] {
            for by in [AgingBy::Customer, AgingBy::Invoice] {
                prop_assert_eq!(aging_text(&mut db, as_of, by, true), aging_text(&mut db, as_of, by, false));
            }
            // split, DMP and the KPIs, over the period before the day, over a year, and
            // over short ones that leave most invoices to the record alone (whether one
            // was paid late is then its `paid_up_day`)
            for days in [period, 364, 45, 7] {
                prop_assert_eq!(reports_text(&mut db, as_of, days, true), reports_text(&mut db, as_of, days, false));
            }
        }
        // the scores and the forecast, on days that leave none, some or all of the
        // invoices to the record alone (the scores read the year before the day, and the
        // year before that for their trend), and on the earlier day
        for as_of in [
            last.checked_add_days(Days::new(after)).unwrap(),
            last.checked_add_days(Days::new(after + 5 * period / 4)).unwrap(),
            last.checked_add_days(Days::new(after + 400)).unwrap(),
            last.checked_add_days(Days::new(after + 800)).unwrap(),
            start().checked_add_days(Days::new(before)).unwrap(),
        ] {
            prop_assert_eq!(scores_text(&mut db, as_of, true), scores_text(&mut db, as_of, false));
        }
    }
}

#[test]
fn the_record_answers_only_for_a_day_after_everything() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::create(&dir.path().join("l.sqlite")).unwrap();
    build(
        &mut db,
        &[
            (
                Step::Issue {
                    customer: 0,
                    euros: 100,
                    foreign: false,
                },
                0,
            ),
            (
                Step::Pay {
                    invoice: 0,
                    cents: 12_000,
                },
                10,
            ),
            (
                Step::Issue {
                    customer: 1,
                    euros: 100,
                    foreign: false,
                },
                5,
            ),
        ],
    );
    let answers = |db: &mut Db, day: u64| {
        db.read(|tx| {
            crate::store::settlement::answers_for(tx, start().checked_add_days(Days::new(day)).unwrap())
        })
        .unwrap()
    };
    assert!(answers(&mut db, 15));
    assert!(answers(&mut db, 400));
    assert!(!answers(&mut db, 14), "an invoice is issued on day 15");
    assert!(!answers(&mut db, 3));
    // the first invoice is paid in full (120.00 with VAT): only the second stays open
    let open = stored(&mut db).iter().filter(|r| r.8.is_none()).count();
    assert_eq!(open, 1);
}

#[test]
fn the_kpis_read_the_history_where_the_day_first_paid_in_full_tells() {
    // whether an invoice was paid late depends on the day it was first paid in full, the
    // record's `paid_up_day`, not its settled day (which moves with later events): the
    // KPIs read from the record alone must say not late here, as the history does
    let issue = |gap| {
        (
            Step::Issue {
                customer: 0,
                euros: 100,
                foreign: false,
            },
            gap,
        )
    };
    let pay = |gap| {
        (
            Step::Pay {
                invoice: 0,
                cents: 12_000,
            },
            gap,
        )
    };
    // paid in full on day 10 (due on day 30), credited again on day 40: not paid late,
    // though the record's last day is after the due date
    let settled = [
        issue(0),
        pay(10),
        (
            Step::Credit {
                invoice: 0,
                euros: 10,
            },
            30,
        ),
    ];
    // paid in full on day 5, one euro of it released on day 6: open since, not paid late
    let reopened = [
        issue(0),
        pay(5),
        (
            Step::Release {
                invoice: 0,
                cents: 100,
            },
            1,
        ),
    ];
    for (steps, day, days) in [(&settled[..], 200, 100), (&reopened[..], 380, 10)] {
        let dir = tempfile::tempdir().unwrap();
        let mut db = Db::create(&dir.path().join("l.sqlite")).unwrap();
        build(&mut db, steps);
        let to = start().checked_add_days(Days::new(day)).unwrap();
        let record = reports_text(&mut db, to, days, true);
        assert!(record.contains("late_invoices: 0"), "{record}");
        assert_eq!(record, reports_text(&mut db, to, days, false));
    }
}

#[test]
fn money_received_after_the_day_is_left_out_of_that_days_credit() {
    // the record answers for day 20 (nothing it holds is later) but a payment of day 40
    // is not that day's credit: the customers' sums cannot serve, the payments are read
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::create(&dir.path().join("l.sqlite")).unwrap();
    let issue = Step::Issue {
        customer: 0,
        euros: 100,
        foreign: false,
    };
    let pay = Step::Pay {
        invoice: 0,
        cents: 12_000,
    };
    let prepay = |cents| Step::Prepay {
        customer: 0,
        cents,
        foreign: false,
    };
    build(
        &mut db,
        &[(issue, 0), (pay, 5), (prepay(3_000), 5), (prepay(5_000), 30)],
    );
    let day = |n| start().checked_add_days(Days::new(n)).unwrap();
    db.read(|tx| {
        assert!(crate::store::settlement::answers_for(tx, day(20))?);
        assert!(crate::store::settlement::received_by_customer(tx, day(20))?.is_none());
        assert!(crate::store::settlement::received_by_customer(tx, day(40))?.is_some());
        Ok(())
    })
    .unwrap();
    for n in [20, 40] {
        let record = aging_text(&mut db, day(n), AgingBy::Customer, true);
        assert_eq!(record, aging_text(&mut db, day(n), AgingBy::Customer, false));
        // the invoice paid in full, then 30 euros of credit by day 20 and 50 more on day 40
        let credit = if n == 20 {
            "credit: 30.00 EUR"
        } else {
            "credit: 80.00 EUR"
        };
        assert!(record.contains(credit), "{record}");
    }
}
