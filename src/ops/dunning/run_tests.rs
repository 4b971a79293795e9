//! The dry run's checks: each group of customers' mails composed while the next group is
//! planned, the problems named in the plan's order (customers by code) whatever the
//! groups.

use chrono::NaiveDate;

use super::book_tests::draft;
use crate::config::{Config, Security, SmtpConfig, Transport};
use crate::domain::company::Company;
use crate::domain::customer::Customer;
use crate::domain::dunning::{CatchUp, Rules};
use crate::domain::money::Currency;
use crate::ops::Ledger;
use crate::store::{company, customer, invoice};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A ledger whose customers (code, email, the euros of each invoice owed) were invoiced
/// on 2026-01-05, due thirty days later, in the order given (their ids follow it).
fn ledger(dir: &std::path::Path, customers: &[(&str, Option<&str>, &[i64])]) -> Ledger {
    let mut ledger = Ledger::create(&dir.join("l.sqlite")).unwrap();
    ledger
        .write(|tx| {
            company::insert(
                tx,
                &Company {
                    name: "Test".into(),
                    email: Some("billing@test.example".into()),
                    payment_terms_days: 30,
                    currency: Currency::EUR,
                    ..Default::default()
                },
            )?;
            for &(code, email, owed) in customers {
                let mut c = Customer::new(code, code);
                c.email = email.map(str::to_string);
                let id = customer::insert(tx, &c)?;
                for &euros in owed {
                    let inv = invoice::insert_draft(tx, &draft(id, euros, false))?;
                    let record = invoice::find(tx, &format!("#{inv}"))?;
                    invoice::issue(tx, &record, day("2026-01-05"), None)?;
                }
            }
            Ok(())
        })
        .unwrap();
    ledger
}

/// The rules of a run on `on` under `config`.
fn rules_on<'a>(config: &'a Config, on: &str) -> Rules<'a> {
    Rules {
        policy: &config.policy,
        rates: &config.rates,
        as_of: day(on),
        catch_up: CatchUp::default(),
    }
}

#[test]
fn a_dry_run_names_the_same_problems_in_the_plans_order_whatever_its_groups() {
    let dir = tempfile::tempdir().unwrap();
    // ids in the reverse order of the codes (groups follow the ids); BETA alone has an
    // email; MID owes two invoices, the others one: groups of one to three open invoices
    // hold one customer or several
    let mut ledger = ledger(
        dir.path(),
        &[
            ("ZED", None, &[100]),
            ("MID", None, &[100, 200]),
            ("BETA", Some("beta@test.example"), &[100]),
            ("AAA", None, &[100]),
        ],
    );
    let config = Config::defaults();
    // a week before the invoices' due day (2026-02-04): the heads-up, by mail
    let rules = rules_on(&config, "2026-01-28");
    let mut checked = |per_group| {
        let (plan, problems, _) = ledger.dry_run_checked_in(&config, &rules, per_group).unwrap();
        let customers: Vec<String> = plan.iter().map(|c| c.customer.code).collect();
        let problems: Vec<String> = problems.into_iter().map(|f| f.english).collect();
        (customers, problems)
    };
    let whole = checked(usize::MAX);
    assert_eq!(
        whole.0,
        ["AAA", "BETA", "MID", "ZED"],
        "every customer is reminded"
    );
    let named: Vec<&str> = whole
        .1
        .iter()
        .map(|p| {
            ["AAA", "MID", "ZED"]
                .into_iter()
                .find(|c| p.contains(c))
                .unwrap_or(p)
        })
        .collect();
    assert_eq!(named, ["AAA", "MID", "ZED"], "{:?}", whole.1);
    assert!(whole.1.iter().all(|p| p.contains("no email")), "{:?}", whole.1);
    for per_group in [1, 2, 3] {
        assert_eq!(checked(per_group), whole, "groups of {per_group}");
    }
}

#[test]
fn a_dry_run_with_nothing_to_mail_sets_up_no_sender() {
    // the sender's password command may ask for a passphrase: a day with no mail to
    // send does not run it, a day with mail does (as the real run would)
    let dir = tempfile::tempdir().unwrap();
    let mut ledger = ledger(dir.path(), &[("ACME", Some("acme@test.example"), &[100])]);
    let asked = dir.path().join("asked");
    let mut config = Config::defaults();
    config.mail.transport = Transport::Smtp(SmtpConfig {
        host: "127.0.0.1".into(),
        port: Some(2525),
        security: Security::None,
        user: Some("billing".into()),
        password_env: None,
        password_command: Some(format!("touch '{}'; echo secret", asked.display())),
        timeout: None,
    });
    let mut check = |on: &str| {
        let rules = rules_on(&config, on);
        let (plan, problems, _) = ledger.dry_run_checked_in(&config, &rules, usize::MAX).unwrap();
        (plan.iter().count(), problems.len())
    };
    // the day after the invoice was issued: nothing due
    assert_eq!(check("2026-01-06"), (0, 0));
    assert!(
        !asked.exists(),
        "the password command ran on a day with nothing to mail"
    );
    // a week before its due day: the heads-up, by mail
    assert_eq!(check("2026-01-28"), (1, 0));
    assert!(asked.exists(), "the sender was not set up on a day with mail");
}
