//! The reminders', holds' and tasks' store: round trips through a real ledger.

use super::*;

use crate::domain::company::Company;
use crate::domain::customer::Customer;
use crate::domain::document::{Line, LineKind};
use crate::domain::invoice::Draft;
use crate::domain::money::Currency;
use crate::store::Db;
use crate::store::company;
use crate::store::customer;
use crate::store::invoice;
use rust_decimal::Decimal;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A ledger with one issued invoice; returns the ledger and the invoice id.
fn ledger_with_invoice(dir: &std::path::Path) -> (Db, i64) {
    let mut ledger = Db::create(&dir.join("l.sqlite")).unwrap();
    let id = ledger
        .write(|tx| {
            company::insert(
                tx,
                &Company {
                    name: "Test".into(),
                    payment_terms_days: 30,
                    currency: Currency::EUR,
                    ..Default::default()
                },
            )?;
            let customer_id = customer::insert(tx, &Customer::new("ACME", "ACME"))?;
            let id = invoice::insert_draft(
                tx,
                &Draft {
                    customer_id,
                    series: "FACT".into(),
                    payment_terms_days: 30,
                    currency: Currency::EUR,
                    prices_include_vat: false,
                    penalty_rate: None,
                    purchase_order: None,
                    notes: None,
                    delivery: None,
                    delivery_address: None,
                    collect: Default::default(),
                    offer_id: None,
                    lines: vec![Line {
                        sku: None,
                        designation: "Audit".into(),
                        quantity: Decimal::ONE,
                        unit_price: Decimal::from(100),
                        vat_rate: Decimal::from(20),
                        unit: None,
                        kind: LineKind::Service,
                        discount: None,
                    }],
                    discount: None,
                },
            )?;
            let record = invoice::find(tx, &format!("#{id}"))?;
            invoice::issue(tx, &record, day("2026-01-10"), None)?;
            Ok(id)
        })
        .unwrap();
    (ledger, id)
}

fn new(invoice_id: i64, step: &str, status: ReminderStatus) -> NewReminder<'_> {
    NewReminder {
        invoice_id,
        step,
        channel: Channel::Email,
        status,
        date: day("2026-02-12"),
        balance: Money::eur(12000),
        days_late: 3,
        interest: Money::eur(0),
        recipient: Some("a@b.example"),
        manual: false,
    }
}

#[test]
fn a_step_is_recorded_once_and_only_planned_or_failed_ones_are_taken_over() {
    let dir = tempfile::tempdir().unwrap();
    let (mut ledger, id) = ledger_with_invoice(dir.path());
    ledger
        .write(|tx| {
            let first = record(tx, &new(id, "r1", ReminderStatus::Planned))?.unwrap();
            // a retry takes the same row over
            assert_eq!(record(tx, &new(id, "r1", ReminderStatus::Planned))?, Some(first));
            mark_failed(tx, &[first], "smtp: connection refused")?;
            assert_eq!(record(tx, &new(id, "r1", ReminderStatus::Planned))?, Some(first));
            mark_sent(tx, &[first], "m1@test")?;
            // sent is final: neither a new plan nor a skip touches it
            assert_eq!(record(tx, &new(id, "r1", ReminderStatus::Planned))?, None);
            assert_eq!(record(tx, &new(id, "r1", ReminderStatus::Skipped))?, None);
            mark_failed(tx, &[first], "late error")?;
            let mut rows = Vec::new();
            for_each_logged(tx, None, Some(id), |r| {
                rows.push(r);
                Ok(())
            })?;
            assert_eq!(rows.len(), 1);
            assert_eq!((rows[0].status, rows[0].attempts), (ReminderStatus::Sent, 2));
            assert_eq!(rows[0].error, None);
            Ok(())
        })
        .unwrap();
}

#[test]
fn holds_replace_each_other_and_release_once() {
    let dir = tempfile::tempdir().unwrap();
    let (mut ledger, id) = ledger_with_invoice(dir.path());
    ledger
        .write(|tx| {
            hold(tx, id, "dispute", day("2026-02-01"), None)?;
            hold(
                tx,
                id,
                "still disputed",
                day("2026-02-05"),
                Some(day("2026-02-20")),
            )?;
            let h = &holds(tx, Reach::All)?[&id];
            assert_eq!(h.reason, "still disputed");
            assert!(!h.is_active(day("2026-02-04")));
            assert!(h.is_active(day("2026-02-20")));
            assert!(!h.is_active(day("2026-02-21")));
            assert!(hold(tx, id, "x", day("2026-02-05"), Some(day("2026-02-01"))).is_err());
            assert!(release(tx, id, day("2026-02-10"))?);
            assert!(!release(tx, id, day("2026-02-11"))?);
            assert!(holds(tx, Reach::All)?.is_empty());
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_task_is_made_once_per_step_and_done_once() {
    let dir = tempfile::tempdir().unwrap();
    let (mut ledger, id) = ledger_with_invoice(dir.path());
    ledger
        .write(|tx| {
            let t = insert_task(tx, id, "call", "Call ACME", day("2026-03-01"))?.unwrap();
            assert_eq!(insert_task(tx, id, "call", "Call ACME", day("2026-03-02"))?, None);
            assert_eq!(tasks(tx, false)?.len(), 1);
            task_done(tx, t, day("2026-03-03"), Some("promised"))?;
            assert!(task_done(tx, t, day("2026-03-04"), None).is_err());
            assert!(tasks(tx, false)?.is_empty());
            assert_eq!(tasks(tx, true)?[0].note.as_deref(), Some("promised"));
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_record_keeps_the_days_its_invoices_reminders_tell() {
    // migration 027: the first reminder sent after the due day, the last mail or letter
    // sent after it, the formal notice sent or being sent; kept as reminders are recorded
    // and change, equal to what the view computes from the reminders at every step
    let dir = tempfile::tempdir().unwrap();
    let (mut ledger, id) = ledger_with_invoice(dir.path());
    let days = |ledger: &mut Db| -> (Option<NaiveDate>, Option<NaiveDate>, Option<NaiveDate>) {
        assert_eq!(
            crate::store::settlement::differ(ledger, "settlement", "settlement_source"),
            0,
            "the record and its view disagree"
        );
        ledger
            .read(|tx| {
                let day = |v: Option<i64>| v.map(crate::store::settlement::day_of);
                Ok(tx.query_row(
                    "SELECT reminded_day, last_mailed_day, notice_day FROM settlement WHERE invoice_id = ?1",
                    [id],
                    |r| Ok((day(r.get(0)?), day(r.get(1)?), day(r.get(2)?))),
                )?)
            })
            .unwrap()
    };
    let on = |step: &'static str, channel: Channel, status: ReminderStatus, date: &str| NewReminder {
        channel,
        date: day(date),
        ..new(id, step, status)
    };
    let write = |ledger: &mut Db, f: &dyn Fn(&Transaction) -> Result<()>| ledger.write(f).unwrap();
    // due on 2026-02-09: a heads-up sent before it tells nothing
    write(&mut ledger, &|tx| {
        record(
            tx,
            &on("pre-7", Channel::Email, ReminderStatus::Sent, "2026-02-02"),
        )
        .map(drop)
    });
    assert_eq!(days(&mut ledger), (None, None, None));
    // a mail planned, being sent, then sent
    let r1 = ledger
        .write(|tx| {
            Ok(record(
                tx,
                &on("r1", Channel::Email, ReminderStatus::Planned, "2026-02-12"),
            )?
            .unwrap())
        })
        .unwrap();
    write(&mut ledger, &|tx| mark_sending(tx, &[r1], "m1@test"));
    assert_eq!(days(&mut ledger), (None, None, None));
    write(&mut ledger, &|tx| mark_sent(tx, &[r1], "m1@test"));
    let feb12 = Some(day("2026-02-12"));
    assert_eq!(days(&mut ledger), (feb12, feb12, None));
    // a call task later: reminded since the first, mailed last on the 12th
    write(&mut ledger, &|tx| {
        record(tx, &on("call", Channel::Task, ReminderStatus::Sent, "2026-02-20")).map(drop)
    });
    assert_eq!(days(&mut ledger), (feb12, feb12, None));
    // the formal notice: counted while being sent, not once it failed, and mailed once sent
    let notice = ledger
        .write(|tx| {
            Ok(record(
                tx,
                &on("notice", Channel::Letter, ReminderStatus::Planned, "2026-03-01"),
            )?
            .unwrap())
        })
        .unwrap();
    write(&mut ledger, &|tx| mark_sending(tx, &[notice], "m2@test"));
    let mar1 = Some(day("2026-03-01"));
    assert_eq!(days(&mut ledger), (feb12, feb12, mar1));
    // what a run reads of the open invoice (migration 028): each step and where it
    // stands, as the reminders tell them, and the last mailing
    let done = |ledger: &mut Db, reach: Reach| {
        let done = ledger.read(|tx| reminders_done(tx, reach, |_| true)).unwrap();
        let steps: Vec<(String, ReminderStatus)> = done.steps[&id]
            .iter()
            .map(|(s, status)| (s.to_string(), status))
            .collect();
        (steps, done.last_mailed.get(&id).copied())
    };
    let sent = ReminderStatus::Sent;
    let told = |last: &str| {
        let mut steps = vec![
            ("pre-7".to_string(), sent),
            ("r1".into(), sent),
            ("call".into(), sent),
        ];
        steps.push(("notice".into(), ReminderStatus::parse(last).unwrap()));
        (steps, feb12)
    };
    assert_eq!(done(&mut ledger, Reach::Open { also: None }), told("sending"));
    assert_eq!(done(&mut ledger, Reach::All), told("sending"));
    write(&mut ledger, &|tx| resend(tx, notice));
    assert_eq!(days(&mut ledger), (feb12, feb12, None));
    assert_eq!(done(&mut ledger, Reach::Open { also: None }), told("failed"));
    write(&mut ledger, &|tx| {
        record(
            tx,
            &on("notice", Channel::Letter, ReminderStatus::Planned, "2026-03-01"),
        )?;
        mark_sent(tx, &[notice], "m3@test")
    });
    assert_eq!(days(&mut ledger), (feb12, mar1, mar1));
    // paid up on 2026-03-10 (120.00 with VAT): in the reminded set of the invoices open
    // on a day from its first reminder after the due day to the day before
    write(&mut ledger, &|tx| {
        let customer = tx.query_row("SELECT customer_id FROM invoice WHERE id = ?1", [id], |r| {
            r.get(0)
        })?;
        let paid = day("2026-03-10");
        let amount = Money::eur(12000);
        let payment = crate::store::payment::insert(
            tx,
            customer,
            paid,
            amount,
            crate::domain::payment::Method::Transfer,
            None,
            None,
        )?;
        crate::store::payment::allocate(tx, payment, id, paid, amount)
    });
    assert_eq!(days(&mut ledger), (feb12, mar1, mar1));
    // settled: the record keeps no steps (no run plans it), and the invoice asked for
    // by itself is told them by its reminders
    let kept: Option<String> = ledger
        .read(|tx| {
            Ok(
                tx.query_row("SELECT steps FROM settlement WHERE invoice_id = ?1", [id], |r| {
                    r.get(0)
                })?,
            )
        })
        .unwrap();
    assert_eq!(kept, None);
    let told_sent = (told("sent").0, mar1);
    assert_eq!(done(&mut ledger, Reach::Open { also: Some(id) }), told_sent);
    assert_eq!(done(&mut ledger, Reach::All), told_sent);
    let open = |ledger: &mut Db, on: &str, customer: bool| {
        ledger
            .read(|tx| {
                let only = if customer {
                    Some(
                        tx.query_row("SELECT customer_id FROM invoice WHERE id = ?1", [id], |r| {
                            r.get(0)
                        })?,
                    )
                } else {
                    None
                };
                reminded_open_after_due_of(tx, day(on), only)
            })
            .unwrap()
            .contains(&id)
    };
    for customer in [false, true] {
        assert!(!open(&mut ledger, "2026-02-11", customer));
        assert!(open(&mut ledger, "2026-02-12", customer));
        assert!(open(&mut ledger, "2026-03-09", customer));
        assert!(!open(&mut ledger, "2026-03-10", customer));
    }
}

proptest::proptest! {
    #[test]
    fn invoice_ids_hold_what_they_were_made_of(
        ids in proptest::collection::vec(-50i64..50, 0..40),
        probes in proptest::collection::vec(-60i64..60, 0..40),
    ) {
        let set: InvoiceIds = ids.iter().copied().collect();
        for p in probes.iter().chain(&ids) {
            proptest::prop_assert_eq!(set.contains(p), ids.contains(p), "{}", p);
        }
    }
}
