//! The dunning book through the settlement record against the book from the whole
//! history: random small ledgers of issues (some collected by direct debit), payments,
//! releases, credit notes, write-offs, reminders and holds, planned on random days after
//! everything (the days the record answers for).

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;

use crate::domain::company::Company;
use crate::domain::customer::Customer;
use crate::domain::document::{Line, LineKind};
use crate::domain::dunning::{CatchUp, Channel, Policy, ReminderStatus, Rules, plan_compact};
use crate::domain::interest::RateTable;
use crate::domain::invoice::Draft;
use crate::domain::money::{Currency, Money};
use crate::domain::payment::Method;
use crate::domain::reminder::NewReminder;
use crate::domain::sepa::CollectMethod;
use crate::store::{Db, company, customer, dunning, invoice, payment};

#[derive(Debug, Clone)]
enum Step {
    /// A new invoice of this many euros for customer 0, 1 or 2, sometimes by direct debit.
    Issue {
        customer: usize,
        euros: i64,
        debit: bool,
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
    Credit {
        invoice: usize,
        euros: i64,
    },
    WriteOff {
        invoice: usize,
        cents: i64,
    },
    /// An invoice sent to its customer (its first sending day is kept).
    Send {
        invoice: usize,
    },
    /// A step of the standard ladder recorded for an invoice, in some state, by mail or letter.
    Remind {
        invoice: usize,
        step: usize,
        status: usize,
        letter: bool,
    },
    /// A hold on an invoice (for some days, or until released), or its release.
    Hold {
        invoice: usize,
        days: Option<u64>,
        release: bool,
    },
}

const STEPS: [&str; 7] = ["pre-7", "pre-1", "r1", "r2", "r3", "call", "notice"];
const STATES: [ReminderStatus; 4] = [
    ReminderStatus::Sent,
    ReminderStatus::Failed,
    ReminderStatus::Planned,
    ReminderStatus::Skipped,
];

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (0..3usize, 1..500i64, prop::bool::weighted(0.2))
            .prop_map(|(customer, euros, debit)| Step::Issue { customer, euros, debit }),
        4 => (0..12usize, 1..60_000i64).prop_map(|(invoice, cents)| Step::Pay { invoice, cents }),
        1 => (0..12usize, 1..20_000i64).prop_map(|(invoice, cents)| Step::Release { invoice, cents }),
        1 => (0..12usize, 1..300i64).prop_map(|(invoice, euros)| Step::Credit { invoice, euros }),
        1 => (0..12usize, 1..30_000i64).prop_map(|(invoice, cents)| Step::WriteOff { invoice, cents }),
        1 => (0..12usize).prop_map(|invoice| Step::Send { invoice }),
        2 => (0..12usize, 0..STEPS.len(), 0..STATES.len(), any::<bool>())
            .prop_map(|(invoice, step, status, letter)| Step::Remind { invoice, step, status, letter }),
        1 => (0..12usize, prop::option::of(0..60u64), prop::bool::weighted(0.3))
            .prop_map(|(invoice, days, release)| Step::Hold { invoice, days, release }),
    ]
}

pub(super) fn line(euros: i64) -> Line {
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

fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 6).unwrap()
}

pub(super) fn draft(customer_id: i64, euros: i64, debit: bool) -> Draft {
    Draft {
        customer_id,
        series: "FACT".into(),
        payment_terms_days: 30,
        currency: Currency::EUR,
        prices_include_vat: false,
        // an invoice of a multiple of four euros carries its own penalty rate
        penalty_rate: (euros % 4 == 0).then(|| Decimal::new(1000 + euros, 2)),
        purchase_order: None,
        notes: None,
        delivery: None,
        delivery_address: None,
        collect: if debit {
            CollectMethod::DirectDebit
        } else {
            CollectMethod::Transfer
        },
        offer_id: None,
        lines: vec![line(euros)],
        discount: None,
    }
}

/// Writes the history (one step every `gap` days) through the store's own writes; returns
/// the last day written.
fn build(db: &mut Db, steps: &[(Step, u64)]) -> NaiveDate {
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
            customer::insert(tx, &Customer::new("GAMMA", "GAMMA"))?,
        ];
        // (invoice id, customer id, its last payment's id)
        let mut issued: Vec<(i64, i64, Option<i64>)> = Vec::new();
        let mut day = start();
        for (s, gap) in steps {
            day = day.checked_add_days(Days::new(*gap)).unwrap();
            let pick = |n: usize| (!issued.is_empty()).then(|| n % issued.len());
            let eur = |cents| Money::from_minor(cents, Currency::EUR);
            match s.clone() {
                Step::Issue {
                    customer: c,
                    euros,
                    debit,
                } => {
                    let id = invoice::insert_draft(tx, &draft(customers[c], euros, debit))?;
                    let record = invoice::find(tx, &format!("#{id}"))?;
                    invoice::issue(tx, &record, day, None)?;
                    issued.push((id, customers[c], None));
                }
                Step::Pay { invoice: n, cents } => {
                    let Some(i) = pick(n) else { continue };
                    let (id, cust, _) = issued[i];
                    let p = payment::insert(tx, cust, day, eur(cents), Method::Transfer, None, None)?;
                    payment::allocate(tx, p, id, day, eur(cents - cents / 7 * (cents % 2)))?;
                    issued[i].2 = Some(p);
                }
                Step::Release { invoice: n, cents } => {
                    let Some(i) = pick(n) else { continue };
                    let (id, _, Some(p)) = issued[i] else { continue };
                    payment::allocate(tx, p, id, day, eur(-cents))?;
                }
                Step::Credit { invoice: n, euros } => {
                    let Some(i) = pick(n) else { continue };
                    let record = invoice::find(tx, &format!("#{}", issued[i].0))?;
                    invoice::insert_credit_note(tx, &record, &[line(euros)], false, "AVOIR", "test", day)?;
                }
                Step::WriteOff { invoice: n, cents } => {
                    let Some(i) = pick(n) else { continue };
                    invoice::write_off(tx, issued[i].0, day, eur(cents), "test")?;
                }
                Step::Send { invoice: n } => {
                    let Some(i) = pick(n) else { continue };
                    invoice::mark_sent(tx, issued[i].0, day)?;
                }
                Step::Remind {
                    invoice: n,
                    step,
                    status,
                    letter,
                } => {
                    let Some(i) = pick(n) else { continue };
                    let reminder = NewReminder {
                        invoice_id: issued[i].0,
                        step: STEPS[step],
                        channel: if letter { Channel::Letter } else { Channel::Email },
                        status: STATES[status],
                        date: day,
                        balance: eur(100),
                        days_late: 0,
                        interest: eur(0),
                        recipient: None,
                        manual: false,
                    };
                    dunning::record(tx, &reminder)?;
                }
                Step::Hold {
                    invoice: n,
                    days,
                    release,
                } => {
                    let Some(i) = pick(n) else { continue };
                    if release {
                        dunning::release(tx, issued[i].0, day)?;
                    } else {
                        let until = days.map(|d| day.checked_add_days(Days::new(d)).unwrap());
                        dunning::hold(tx, issued[i].0, "dispute", day, until)?;
                    }
                }
            }
        }
        Ok(day)
    })
    .unwrap()
}

/// What `dunning plan` would print for the days from `as_of` to `as_of + days`, and the
/// late payers, computed through the record or through the history.
fn plans(db: &mut Db, as_of: NaiveDate, days: u64, through_record: bool) -> String {
    // the late payers change the ladder, so the flag shows in the plan
    let policy = Policy {
        switch_frequent_late_payers: true,
        ..Default::default()
    };
    let rates = RateTable::builtin();
    db.read(|tx| {
        let until = as_of.checked_add_days(Days::new(days)).unwrap();
        let mut book = super::book::load_through(tx, as_of, until, None, through_record)?;
        let mut late: Vec<i64> = book.late_payers.iter().copied().collect();
        late.sort();
        // every fact of each open invoice the run reads (its sending day, its own
        // penalty rate, its write-off), then the plan made of them
        let mut out = format!("late payers {late:?}\n{:?}\n", book.invoices);
        for n in 0..=days {
            let day = as_of.checked_add_days(Days::new(n)).unwrap();
            let rules = Rules {
                policy: &policy,
                rates: &rates,
                as_of: day,
                catch_up: Default::default(),
            };
            let plan = plan_compact(&book, &rules);
            book.apply(&plan, day);
            out.push_str(&format!("{day}: {plan:?}\n"));
        }
        Ok(out)
    })
    .unwrap()
}

/// What `dunning send` reads of one invoice (open or not): its recorded steps, hold and
/// last reminder in the book loaded for it, and the plan of that book.
fn one_invoice(db: &mut Db, as_of: NaiveDate, id: i64, through_record: bool) -> String {
    let policy = Policy::default();
    let rates = RateTable::builtin();
    db.read(|tx| {
        let book = super::book::load_through(tx, as_of, as_of, Some(id), through_record)?;
        let rules = Rules {
            policy: &policy,
            rates: &rates,
            as_of,
            catch_up: Default::default(),
        };
        Ok(format!(
            "{:?} {:?} {:?} {:?}",
            book.done.get(&id),
            book.holds.get(&id),
            book.reminded.get(&id),
            plan_compact(&book, &rules)
        ))
    })
    .unwrap()
}

/// (customer id, late invoices), by customer.
type LateCounts = Vec<(i64, usize)>;

/// The late invoices of each customer on `as_of` from the dated history (the rule the
/// book applies as invoices stream by), and from the settlement record.
fn late_counts(db: &mut Db, as_of: NaiveDate) -> (LateCounts, LateCounts) {
    db.read(|tx| {
        let mut history = std::collections::HashMap::new();
        dunning::for_each_issued(tx, |inv| {
            if inv.due_date.is_some() && inv.receivable().counts_as_late(as_of) {
                *history.entry(inv.customer_id).or_insert(0) += 1;
            }
            Ok(())
        })?;
        let record = crate::store::settlement::late_invoices_by_customer(tx, as_of)?;
        let sorted = |m: std::collections::HashMap<i64, usize>| {
            let mut v: Vec<(i64, usize)> = m.into_iter().collect();
            v.sort();
            v
        };
        Ok((sorted(history), sorted(record)))
    })
    .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn the_plan_through_the_record_is_the_plan_from_the_history(
        steps in prop::collection::vec((step(), 0..45u64), 1..30),
        after in 0..400u64,
        days in prop::sample::select(vec![0u64, 12]),
        only in 1..8i64,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut db = Db::create(&dir.path().join("l.sqlite")).unwrap();
        let last = build(&mut db, &steps);
        let as_of = last.checked_add_days(Days::new(after)).unwrap();
        let answers = db.read(|tx| crate::store::settlement::answers_for(tx, as_of)).unwrap();
        prop_assert!(answers);
        let (history, record) = late_counts(&mut db, as_of);
        prop_assert_eq!(history, record);
        prop_assert_eq!(plans(&mut db, as_of, days, true), plans(&mut db, as_of, days, false));
        prop_assert_eq!(one_invoice(&mut db, as_of, only, true), one_invoice(&mut db, as_of, only, false));
    }
}

/// The rows of `dunning plan` as the command gets them, the customers planned
/// `per_group` open invoices at a time.
fn grouped_lines(path: &std::path::Path, as_of: NaiveDate, days: u64, per_group: usize) -> Vec<String> {
    let mut config = crate::config::Config::defaults();
    config.policy.switch_frequent_late_payers = true;
    let mut ledger = crate::ops::Ledger::open(path).unwrap();
    let mut lines = Vec::new();
    ledger
        .plan_lines_in_groups(&config, (as_of, days), per_group, 2, |pass, l| {
            lines.push(format!("{pass} {l:?}"))
        })
        .unwrap();
    lines
}

/// The same rows from one book read through the whole dated history.
fn history_lines(db: &mut Db, as_of: NaiveDate, days: u64) -> Vec<String> {
    let mut config = crate::config::Config::defaults();
    config.policy.switch_frequent_late_payers = true;
    db.read(|tx| {
        let until = as_of.checked_add_days(Days::new(days)).unwrap();
        let mut book = super::book::load_through(tx, as_of, until, None, false)?;
        let mut lines = Vec::new();
        let rules = Rules {
            policy: &config.policy,
            rates: &config.rates,
            as_of,
            catch_up: Default::default(),
        };
        super::history::plan_days(&mut book, &rules, days, |day, plan| {
            plan.each_line(day, |l| {
                lines.push(format!("{l:?}"));
                Ok::<(), crate::error::Error>(())
            })
        })?;
        Ok(lines)
    })
    .unwrap()
}

/// Each customer's actions of a run's plan on `as_of`, from the one book read from the
/// history (`None`) or planned `Some(n)` open invoices at a time.
fn run_plan(db: &mut Db, as_of: NaiveDate, catch_up: CatchUp, per_group: Option<usize>) -> String {
    let policy = Policy {
        switch_frequent_late_payers: true,
        ..Default::default()
    };
    let rates = RateTable::builtin();
    let rules = Rules {
        policy: &policy,
        rates: &rates,
        as_of,
        catch_up,
    };
    db.read(|tx| {
        let plan = match per_group {
            Some(n) => super::history::plan_today_in(tx, &rules, n)?,
            None => plan_compact(&super::book::load_through(tx, as_of, as_of, None, false)?, &rules),
        };
        Ok(format!("{:?}", plan.into_customers()))
    })
    .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// Planned a few customers at a time (one, two, all), the rows are those of the one
    /// book read from the history, by day then customer code (here the reverse of the
    /// customers' ids), heard once per pass.
    #[test]
    fn the_plan_in_groups_of_customers_is_the_plan_of_the_whole_book(
        steps in prop::collection::vec((step(), 0..45u64), 1..30),
        after in 0..400u64,
        days in prop::sample::select(vec![0u64, 12]),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("l.sqlite");
        let mut db = Db::create(&path).unwrap();
        let last = build(&mut db, &steps);
        db.write(|tx| {
            tx.execute_batch(
                "UPDATE customer SET code = 'ZED' WHERE code = 'ACME';
                 UPDATE customer SET code = 'AAA' WHERE code = 'GAMMA';",
            )?;
            Ok(())
        })
        .unwrap();
        let as_of = last.checked_add_days(Days::new(after)).unwrap();
        let want = history_lines(&mut db, as_of, days);
        drop(db);
        let twice: Vec<String> = (0..2).flat_map(|pass| want.iter().map(move |l| format!("{pass} {l}"))).collect();
        for per_group in [1, 2, usize::MAX] {
            prop_assert_eq!(&grouped_lines(&path, as_of, days, per_group), &twice, "groups of {}", per_group);
        }
        // a run's plan of the day, put together from the groups' plans
        let mut db = Db::open(&path).unwrap();
        for catch_up in [CatchUp::default(), CatchUp::Notice] {
            let whole = run_plan(&mut db, as_of, catch_up, None);
            for per_group in [1, 2] {
                prop_assert_eq!(&run_plan(&mut db, as_of, catch_up, Some(per_group)), &whole);
            }
        }
    }
}
