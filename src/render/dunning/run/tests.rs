//! A run's rows in JSON, tables and CSV, and their words in both languages.

use super::*;
use crate::domain::customer::Customer;
use crate::domain::dunning::{Action, ActionState, Attempt, CustomerActions, Owed, standard_ladder};
use crate::domain::money::{Currency, Money};
use rust_decimal::Decimal;
use serde_json::json;

#[test]
fn every_column_and_word_of_a_run_reads_in_both_languages() {
    use crate::render::dunning::words::tests::{every_column, every_word};
    every_column(&RUN_HEADERS);
    every_column(&DEMO_HEADERS);
    every_word(Kind::Channel, &["email", "letter", "task"]);
    for code in ["email", "letter", "task"] {
        assert!(crate::domain::dunning::Channel::parse(code).is_some());
    }
    let statuses = ["planned", "sending", "sent", "failed", "skipped"];
    for code in statuses {
        assert!(crate::domain::dunning::ReminderStatus::parse(code).is_some());
    }
    every_word(Kind::Action, &statuses);
    every_word(Kind::Action, &["perform", "skip"]);
}

/// Invoice FACT-2026-0007 of `day`, owing `balance` (its total too), `days_late` late.
fn owed(day: NaiveDate, balance: Money, days_late: i64) -> Owed {
    Owed {
        invoice_id: 7,
        number: "FACT-2026-0007".into(),
        issue_date: day,
        due_date: day,
        total: balance,
        balance,
        days_late,
        interest: Money::eur(0),
        indemnity: Money::eur(0),
        currency: Currency::EUR,
        penalty_rate: Decimal::new(1215, 2),
        reminded: false,
    }
}

proptest::proptest! {
    #[test]
    fn a_run_row_is_measured_as_wide_as_its_written_cells(
        minor in proptest::prelude::any::<i64>(),
        days_late in -400i64..100_000,
        code in "[A-Zé0-9]{1,12}",
        detail in 0usize..3,
        dry in proptest::prelude::any::<bool>(),
    ) {
        let day = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let step = standard_ladder().into_iter().find(|s| s.name == "r1").unwrap();
        let c = CustomerActions {
            customer: Customer { id: 1, ..Customer::new(&code, "Client") },
            frequent_late_payer: false,
            actions: vec![Action {
                owed: owed(day, Money::eur(minor), days_late),
                step,
                state: ActionState::Planned(Attempt { retry: false, manual: false }),
                reminder_id: None,
                error: (detail == 1).then(|| "refusé: boîte pleine".into()),
                output: (detail == 2).then(|| "task #12".into()),
            }],
        };
        let report = if dry { RunReport::dry(day, Default::default()) } else { RunReport::done(day, vec![c.clone()], 0) };
        let (date, words) = (day.to_string(), RunWords::new());
        let row = RunRow { report: &report, date: &date, action: c.actions[0].row(&c), words: &words };
        let headers = cols(&RUN_HEADERS);
        let mut measured = Table::measure(&headers, &RUN_NUMERIC, std::iter::empty::<Vec<String>>());
        row.widen(&mut measured, &mut Vec::new());
        let mut cells = Vec::new();
        row.cells_into(Format::Table, &mut cells);
        let written = Table::measure(&headers, &RUN_NUMERIC, [cells]);
        proptest::prop_assert_eq!(format!("{measured:?}"), format!("{written:?}"));
    }
}

#[test]
fn an_action_in_json_has_the_keys_of_the_contract() {
    let day = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    let step = standard_ladder().into_iter().find(|s| s.name == "r2").unwrap();
    let c = CustomerActions {
        customer: Customer {
            id: 1,
            ..Customer::new("ACME", "ACME SAS")
        },
        frequent_late_payer: true,
        actions: vec![Action {
            owed: Owed {
                total: Money::eur(120000),
                interest: Money::eur(123),
                indemnity: Money::eur(4000),
                reminded: true,
                ..owed(day, Money::eur(70050), 9)
            },
            step,
            state: ActionState::Failed(Attempt {
                retry: false,
                manual: true,
            }),
            reminder_id: Some(3),
            error: Some("smtp: \"refused\"\nbye".into()),
            output: None,
        }],
    };
    let report = RunReport::done(day, vec![c.clone()], 0);
    let expected = json!({
        "customer": "ACME",
        "invoice": "FACT-2026-0007",
        "step": "r2",
        "channel": "email",
        "status": "failed",
        "date": "2026-03-01",
        "balance": "700.50",
        "days_late": 9,
        "interest": "1.23",
        "indemnity": "40.00",
        "retry": false,
        "manual": true,
        "tell_owner": true,
        "frequent_late_payer": true,
        "output": null,
        "error": "smtp: \"refused\"\nbye",
    });
    let date = day.to_string();
    let words = RunWords::new();
    let row = RunRow {
        report: &report,
        date: &date,
        action: c.actions[0].row(&c),
        words: &words,
    };
    assert_eq!(
        serde_json::to_string_pretty(&row.json()).unwrap(),
        serde_json::to_string_pretty(&expected).unwrap()
    );
    // the whole run: the action, then the counts
    let mut out = Vec::new();
    write_run(&mut out, Format::Json, &report).unwrap();
    let whole: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(whole["actions"][0], expected);
    assert_eq!(
        whole["summary"],
        json!({"mails": 0, "sent": 0, "failed": 1, "skipped": 0, "tasks": 0})
    );
    // the table: the error as the detail, the owner's note, the summary line
    let mut out = Vec::new();
    write_run(&mut out, Format::Table, &report).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains("note: consider calling ACME SAS (ACME) about FACT-2026-0007: 9 days late"),
        "{text}"
    );
    assert!(
        text.ends_with(
            "dunning 2026-03-01: 0 reminder(s) sent in 0 mail(s), 1 failed, 0 skipped, 0 task(s) created\n"
        ),
        "{text}"
    );
}
