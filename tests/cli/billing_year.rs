//! Issue 13's done-when test: a year of one ledger replayed through the binary, the way a
//! cron line and a person would have used it, then the figures a person would count by
//! hand.
//!
//! Every day of 2026 runs `creances daily --as-of D` first (the 6 a.m. cron line), then
//! what the person did that day, with `--as-of D` too. The cron was down twice for five
//! days (2026-04-01..05 and 2026-09-28..10-02): `daily` does not run then, but the person
//! still works. Four customers:
//! - ABO: a monthly subscription of 100 + 20 % VAT, `--send` (mailed by the daily run),
//!   paid by transfer on each month's 10th;
//! - PROJ: a quote of 10 000 + 20 % VAT accepted on 02-10 with a 30 % deposit (mailed),
//!   the final invoice on 10-02 (mailed, while the cron is down), each paid on a 20th;
//! - LIV: a delivery note every Monday (2 × 50 + 20 %), grouped on each month's first
//!   day into one invoice of the past month's notes, issued that day and sent two days
//!   later by a scheduled send (`invoice send --at`), paid on the 20th;
//! - PRLV: a monthly subscription of 50 + 20 % VAT paid by SEPA direct debit: collected
//!   on each month's 25th (`collect sepa`), the bank statement imported on the 8th of the
//!   next month with the collection credits (December's is still on its way at the end).
//!
//! `daily` really runs on each of the 355 days the cron was up (no day skipped to save
//! time): about 550 invocations in all, some 40 s in a debug build on two cores.
//! The SMTP test server is real (aiosmtpd), so the mails counted are the mails sent.
//!
//! What the replay found, fixed with it: a catch-up invoice whose period start was before
//! an invoice the person numbered during the gap stayed a draft and every later `daily`
//! exited 1 (it is now issued on that invoice's day, still naming its period); and the
//! direct-debit customer was sent "due soon" reminders for invoices its bank was about
//! to be debited for (now none before the due day unless the debit failed).

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::common::{SmtpServer, TestEnv, day, use_smtp};
use crate::fec::{aging_totals, balances_411, read_checked};
use crate::fec_checker::{Encoding, cents, fec_lines};

const ICS: &str = "FR72ZZZ123456";

struct Year {
    env: TestEnv,
    quote: String,
    /// Each SEPA debit: invoice, collection day, amount; and whether its credit was imported.
    debits: Vec<(String, NaiveDate, String, bool)>,
    /// Each day's one-line summary of `daily`.
    dailies: Vec<String>,
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn down(d: NaiveDate) -> bool {
    (day("2026-04-01")..=day("2026-04-05")).contains(&d)
        || (day("2026-09-28")..=day("2026-10-02")).contains(&d)
}

impl Year {
    fn start(port: u16) -> Year {
        let env = TestEnv::new();
        use_smtp(&env, port);
        env.ok(&["company", "set", "--sepa-creditor-id", ICS]);
        for (code, name, siren, email) in [
            ("ABO", "Abonné SARL", "512345679", "compta@abo.example"),
            ("PROJ", "Projet SA", "732829320", "achats@proj.example"),
            ("LIV", "Livraisons SAS", "443061841", "factures@liv.example"),
            ("PRLV", "Prélevé EURL", "552100554", "gestion@prlv.example"),
        ] {
            env.ok(&[
                "customer",
                "add",
                "--code",
                code,
                "--name",
                name,
                "--siren",
                siren,
                "--email",
                email,
                "--address",
                "2 av. Foch\\n69006 Lyon",
                "--terms",
                "30",
                "--as-of",
                "2026-01-01",
            ]);
        }
        env.ok(&["customer", "edit", "PRLV", "--collect", "direct-debit"]);
        env.ok(&[
            "customer",
            "mandate",
            "add",
            "PRLV",
            "--iban",
            "FR1420041010050500013M02606",
            "--bic",
            "PSSTFRPPPAR",
            "--reference",
            "RUM-PRLV-001",
            "--signed",
            "2025-12-15",
            "--as-of",
            "2026-01-01",
        ]);
        for (code, line, flag) in [
            ("ABO", "Abonnement logiciel;1;100;20", "--send"),
            ("PRLV", "Hébergement;1;50;20", "--issue"),
        ] {
            env.ok(&[
                "recurring",
                "add",
                "--customer",
                code,
                "--every",
                "month",
                "--start",
                "2026-01-01",
                "--line",
                line,
                flag,
                "--as-of",
                "2026-01-01",
            ]);
        }
        Year {
            env,
            quote: String::new(),
            debits: Vec::new(),
            dailies: Vec::new(),
        }
    }

    fn ok(&self, d: NaiveDate, args: &[&str]) -> String {
        let date = iso(d);
        let mut all = args.to_vec();
        all.extend(["--as-of", &date]);
        self.env.ok(&all)
    }

    fn json(&self, d: NaiveDate, args: &[&str]) -> serde_json::Value {
        let date = iso(d);
        let mut all = args.to_vec();
        all.extend(["--as-of", &date]);
        self.env.json(&all)
    }

    /// The cron line: must succeed every day it runs.
    fn daily(&mut self, d: NaiveDate) {
        let out = self.ok(d, &["daily"]);
        self.dailies.push(out.trim().to_string());
    }

    /// Pays, by transfer on `d`, every invoice of `customer` with something left to pay.
    fn pay_all(&self, d: NaiveDate, customer: &str) {
        let list = self.json(d, &["invoice", "list", "--customer", customer]);
        for inv in list.as_array().unwrap() {
            if inv["balance"] != "0.00" && inv["number"].is_string() && inv["status"] != "pending_collection"
            {
                let number = inv["number"].as_str().unwrap();
                self.ok(
                    d,
                    &[
                        "invoice",
                        "pay",
                        number,
                        "--date",
                        &iso(d),
                        "--reference",
                        &format!("VIR {customer}"),
                    ],
                );
            }
        }
    }

    /// What the person does on `d`, after the cron line.
    fn work(&mut self, d: NaiveDate) {
        let date = iso(d);
        if d.weekday() == Weekday::Mon {
            self.ok(
                d,
                &[
                    "delivery",
                    "create",
                    "--customer",
                    "LIV",
                    "--date",
                    &date,
                    "--line",
                    "Palette de granulés;2;50;20;goods",
                ],
            );
        }
        if d.day() == 1 && d.month() > 1 {
            let until = iso(d - Duration::days(1));
            let recap = self.json(
                d,
                &[
                    "invoice",
                    "group",
                    "--customer",
                    "LIV",
                    "--until",
                    &until,
                    "--issue",
                    "--date",
                    &date,
                ],
            );
            let number = recap["number"]
                .as_str()
                .unwrap_or_else(|| panic!("{date}: {recap:#}"));
            self.ok(
                d,
                &["invoice", "send", number, "--at", &iso(d + Duration::days(2))],
            );
        }
        match date.as_str() {
            "2026-02-02" => {
                let quote = self.json(
                    d,
                    &[
                        "offer",
                        "create",
                        "--customer",
                        "PROJ",
                        "--line",
                        "Site vitrine;1;10000;20",
                        "--date",
                        &date,
                    ],
                );
                self.quote = quote["number"].as_str().unwrap().to_string();
            }
            "2026-02-10" => {
                let deposit = self.json(
                    d,
                    &[
                        "offer",
                        "accept",
                        &self.quote,
                        "--deposit",
                        "30%",
                        "--date",
                        &date,
                    ],
                );
                self.ok(d, &["invoice", "send", deposit["number"].as_str().unwrap()]);
            }
            "2026-10-02" => {
                let last = self.json(
                    d,
                    &[
                        "offer",
                        "invoice",
                        &self.quote,
                        "--final",
                        "--issue",
                        "--date",
                        &date,
                    ],
                );
                self.ok(d, &["invoice", "send", last["number"].as_str().unwrap()]);
            }
            _ => {}
        }
        if d.day() == 10 {
            self.pay_all(d, "ABO");
        }
        // LIV pays each recap on the 20th, except in December (holidays)
        if d.day() == 20 && d.month() < 12 {
            self.pay_all(d, "LIV");
            self.pay_all(d, "PROJ");
        }
        if d.day() == 25 {
            let out = self.env.dir.path().join(format!("prlv-{}.xml", d.format("%m")));
            let done = self.json(
                d,
                &[
                    "collect",
                    "sepa",
                    "--until",
                    &iso(d + Duration::days(15)),
                    "--out",
                    out.to_str().unwrap(),
                ],
            );
            for debit in done["debits"].as_array().unwrap() {
                self.debits.push((
                    debit["invoice"].as_str().unwrap().to_string(),
                    day(debit["collection_date"].as_str().unwrap()),
                    debit["amount"]
                        .as_str()
                        .unwrap_or_else(|| panic!("{debit:#}"))
                        .to_string(),
                    false,
                ));
            }
        }
        if d.day() == 8 {
            let rows: Vec<String> = self
                .debits
                .iter_mut()
                .filter(|(_, on, _, imported)| *on < d && !imported)
                .map(|(invoice, on, amount, imported)| {
                    *imported = true;
                    format!(
                        "{};PRLV SEPA RUM-PRLV-001 E2E {invoice};;{}",
                        on.format("%d/%m/%Y"),
                        amount.replace('.', ",")
                    )
                })
                .collect();
            if !rows.is_empty() {
                let path = self.env.dir.path().join(format!("releve-{}.csv", d.format("%m")));
                std::fs::write(&path, format!("Date;Libellé;Débit;Crédit\n{}\n", rows.join("\n"))).unwrap();
                let imported = self.json(d, &["import", "bank", path.to_str().unwrap()]);
                assert_eq!(
                    imported["collections_settled"].as_array().unwrap().len(),
                    rows.len(),
                    "{date}: {imported:#}"
                );
            }
        }
    }
}

#[test]
#[ignore = "needs python3 -m pip install aiosmtpd (run with --include-ignored)"]
fn a_year_of_billing_ends_with_what_a_person_counts_by_hand() {
    let env_dir = tempfile::tempdir().unwrap();
    let server = SmtpServer::start(env_dir.path());
    let mut year = Year::start(server.port);
    let mut d = day("2026-01-01");
    while d <= day("2026-12-31") {
        if !down(d) {
            year.daily(d);
        }
        year.work(d);
        d += Duration::days(1);
    }
    let end = day("2026-12-31");
    assert_eq!(year.dailies.len(), 355);

    // the invoices, in number order, with their dates
    let list = year.json(end, &["invoice", "list"]);
    let invoices: Vec<(String, String, String, String)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["number"].as_str().unwrap_or("draft").to_string(),
                i["issue_date"].as_str().unwrap_or("").to_string(),
                i["customer"].as_str().unwrap().to_string(),
                i["total"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let mut expected: Vec<(String, String, String)> = Vec::new();
    for month in 1..=12u32 {
        let first = format!("2026-{month:02}-01");
        let recap = (month > 1).then(|| (first.clone(), "LIV".to_string(), recap_total(month - 1)));
        let subs = |on: &str| {
            [
                (on.to_string(), "ABO".to_string(), "120.00".to_string()),
                (on.to_string(), "PRLV".to_string(), "60.00".to_string()),
            ]
        };
        match month {
            // the cron was down on 04-01: the person's recap comes first, the catch-up
            // invoices of 04-06 follow it, dated on their own period
            4 => {
                expected.extend(recap);
                expected.extend(subs(&first));
            }
            // down again on 10-01 and 10-02, when the person also issued the project's
            // final invoice: the catch-ups of 10-03 follow it, dated on its day (numbers
            // follow dates), their period 10-01..10-31 named on them
            10 => {
                expected.extend(recap);
                expected.push(("2026-10-02".into(), "PROJ".into(), "8400.00".into()));
                expected.extend(subs("2026-10-02"));
            }
            _ => {
                expected.extend(subs(&first));
                expected.extend(recap);
            }
        }
        if month == 2 {
            expected.push(("2026-02-10".into(), "PROJ".into(), "3600.00".into()));
        }
    }
    let expected: Vec<(String, String, String, String)> = expected
        .into_iter()
        .enumerate()
        .map(|(i, (date, customer, total))| (format!("FACT-2026-{:04}", i + 1), date, customer, total))
        .collect();
    assert_eq!(invoices, expected);
    assert_eq!(
        invoices.len(),
        37,
        "12 + 12 subscriptions, 11 recaps, a deposit and a final invoice"
    );

    // December's four delivery notes wait for January's recap
    let left = year.json(end, &["delivery", "list", "--uninvoiced"]);
    assert_eq!(left.as_array().unwrap().len(), 4, "{left:#}");

    // balances: LIV owes November's recap (due 12-31), PRLV December's debit (collected on
    // 12-31, not on a statement yet); the others paid everything
    let balances = aging_totals(&year.env, "2026-12-31");
    let expected_balances: BTreeMap<String, i128> = [
        ("LIV".to_string(), cents(&recap_total(11))),
        ("PRLV".to_string(), 6_000),
    ]
    .into();
    assert_eq!(balances, expected_balances);
    let december = invoices
        .iter()
        .find(|(_, date, customer, _)| date == "2026-12-01" && customer == "PRLV")
        .unwrap();
    let pending = year.json(end, &["invoice", "show", &december.0]);
    assert_eq!(pending["status"], "pending_collection");

    // the books: every invoice on 411 once, paid ones settled; sales and VAT once
    let out = year.env.dir.path().join("842130577FEC20261231.txt");
    year.ok(
        end,
        &["export", "fec", "--year", "2026", "--out", out.to_str().unwrap()],
    );
    let text = read_checked(&out, Encoding::Latin9, day("2026-01-01"), end);
    let lines = fec_lines(&text);
    let total = |account: &str, side: fn(&crate::fec_checker::FecLine) -> i128| -> i128 {
        lines
            .iter()
            .filter(|l| l.get("CompteNum").starts_with(account))
            .map(side)
            .sum()
    };
    let recaps: i128 = (1..=11).map(|m| cents(&recap_total(m))).sum();
    let billed = 12 * 12_000 + 12 * 6_000 + recaps + 1_200_000;
    assert_eq!(total("411", |l| l.debit()), billed, "every invoice once on 411");
    assert_eq!(
        total("411", |l| l.debit()) - total("411", |l| l.credit()),
        cents(&recap_total(11)) + 6_000
    );
    assert_eq!(balances_411(&lines), expected_balances);
    // services: subscriptions and the project; goods (the deliveries) on 707
    assert_eq!(
        total("706", |l| l.credit()) - total("706", |l| l.debit()),
        12 * 10_000 + 12 * 5_000 + 1_000_000
    );
    assert_eq!(
        total("707", |l| l.credit()) - total("707", |l| l.debit()),
        recaps * 100 / 120
    );
    assert_eq!(
        total("44571", |l| l.credit()) - total("44571", |l| l.debit()),
        billed / 6,
        "20 % VAT on everything billed"
    );

    // the mails: the twelve subscription invoices, the eleven recaps, the deposit and
    // the final invoice; then the two reminders of the only invoice left open (November's
    // recap: before its due day, then on it). Nothing to PRLV: its invoices are collected,
    // never asked for by mail.
    let mails = server.mails();
    let listed: Vec<String> = mails
        .iter()
        .map(|m| format!("{} | {}", m.header("to"), m.subject()))
        .collect();
    let mut to: BTreeMap<String, usize> = BTreeMap::new();
    for m in &mails {
        let header = m.header("to");
        let address = header.rsplit('<').next().unwrap().trim_end_matches('>');
        *to.entry(address.to_string()).or_default() += 1;
    }
    let expected_mails: BTreeMap<String, usize> = [
        ("compta@abo.example".to_string(), 12),
        ("factures@liv.example".to_string(), 13),
        ("achats@proj.example".to_string(), 2),
    ]
    .into();
    assert_eq!(to, expected_mails, "{listed:#?}");
    let november = &invoices
        .iter()
        .find(|(_, date, customer, _)| date == "2026-12-01" && customer == "LIV")
        .unwrap()
        .0;
    let reminders: Vec<&String> = listed.iter().filter(|m| !m.contains(": Facture ")).collect();
    assert_eq!(reminders.len(), 2, "{listed:#?}");
    assert!(
        reminders
            .iter()
            .all(|m| m.contains("factures@liv.example") && m.contains(november.as_str())),
        "{reminders:#?}"
    );
    let reminded: Vec<&String> = year
        .dailies
        .iter()
        .filter(|l| !l.contains("dunning: 0 reminder(s)"))
        .collect();
    assert_eq!(reminded.len(), 2, "{reminded:#?}");
}

/// LIV's recap of `month`: 2 × 50 + 20 % for each Monday of that month of 2026.
fn recap_total(month: u32) -> String {
    let mondays = (1..=31)
        .filter_map(|d| NaiveDate::from_ymd_opt(2026, month, d))
        .filter(|d| d.weekday() == Weekday::Mon)
        .count() as i64;
    format!("{}.00", 120 * mondays)
}
