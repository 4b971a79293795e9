//! The every-event ledger checked from outside (issue 11): every VAT rate, partial, full
//! and over-payments, a payment over several invoices, credit applied, partial and full
//! credit notes, a write-off, an import with pre-migration payments, an invoice in US
//! dollars, two fiscal years and a closed period. For each year and the whole span the
//! FEC passes the independent checker, and turned into an hledger journal (by the
//! converter below, from the FEC's columns only) `hledger bal` gives a zero trial balance
//! and, per customer, the `customer list` balance of the period's last day. Needs the
//! Debian package hledger (scripts/test.sh installs it); fails when it is missing.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use crate::common::{TestEnv, day};
use crate::fec::read_checked;
use crate::fec_checker::{Encoding, FecLine, cents, fec_lines};

/// The ledger with every event, seen on 2026-06-30.
fn every_event() -> TestEnv {
    let mut env = TestEnv::with_customer();
    env.today = "2026-06-30";
    for (code, name) in [("BOUL", "Boulangerie Dupré"), ("LUCIE", "Lucie Martin")] {
        env.ok(&[
            "customer",
            "add",
            "--code",
            code,
            "--name",
            name,
            "--kind",
            "individual",
            "--address",
            "3 rue Neuve\\n69001 Lyon",
        ]);
    }
    let file = env.dir.path().join("reprise.csv");
    std::fs::write(
        &file,
        "number;customer;issue_date;total;paid;paid_on\n\
         OLD-1;ACME;2025-01-05;1800,00;1200,00;2025-01-20\n\
         OLD-2;BOUL;2025-01-08;600,00;600,00;2025-01-25\n",
    )
    .unwrap();
    env.ok(&["import", "invoices", file.to_str().unwrap()]);
    let issue = |customer: &str, lines: &[&str], date: &str, extra: &[&str]| -> String {
        let mut args = vec!["invoice", "create", "--customer", customer];
        for l in lines {
            args.extend(["--line", l]);
        }
        args.extend(["--issue", "--date", date]);
        args.extend_from_slice(extra);
        env.json(&args)["number"].as_str().unwrap().to_string()
    };
    let rates = issue(
        "ACME",
        &[
            "Conseil;1;1000;20",
            "Travaux;2;333,33;10",
            "Livres;3;19,99;5,5;goods",
            "Presse;7;1,31;2,1;goods",
            "Formation;1;250;0",
        ],
        "2025-02-10",
        &[],
    );
    env.ok(&[
        "invoice",
        "pay",
        &rates,
        "--amount",
        "500",
        "--date",
        "2025-03-01",
    ]);
    env.ok(&["invoice", "pay", &rates, "--date", "2025-04-01"]);
    let bread = issue("BOUL", &["Pains;1;200;5,5"], "2025-02-12", &[]);
    env.ok(&[
        "invoice",
        "pay",
        &bread,
        "--amount",
        "300",
        "--overpay",
        "--date",
        "2025-03-05",
    ]);
    let a = issue("ACME", &["@AUDIT;1"], "2025-04-10", &[]);
    let b = issue("ACME", &["@AUDIT;2"], "2025-04-12", &[]);
    env.ok(&[
        "payment",
        "add",
        "--customer",
        "ACME",
        "--amount",
        "2000",
        "--date",
        "2025-05-01",
    ]);
    // OLD-1's 600.00, all of the first AUDIT and 200.00 of the second, oldest first
    let _ = a;
    issue("BOUL", &["Gâteaux;1;80;5,5"], "2025-06-01", &[]);
    env.ok(&["payment", "apply", "--customer", "BOUL", "--date", "2025-06-02"]);
    let partly_credited = issue("ACME", &["Conseil;1;900;20"], "2025-06-05", &[]);
    env.ok(&[
        "invoice",
        "credit",
        &partly_credited,
        "--amount",
        "120",
        "--reason",
        "Remise",
        "--date",
        "2025-06-10",
    ]);
    let cancelled = issue("LUCIE", &["Cours;1;100;20"], "2025-06-06", &[]);
    env.ok(&[
        "invoice",
        "credit",
        &cancelled,
        "--reason",
        "Annulé",
        "--date",
        "2025-06-11",
    ]);
    let lost = issue("LUCIE", &["Cours;2;100;20"], "2025-07-01", &[]);
    env.ok(&["invoice", "pay", &lost, "--amount", "40", "--date", "2025-07-20"]);
    env.ok(&[
        "invoice",
        "write-off",
        &lost,
        "--reason",
        "Disparue",
        "--date",
        "2025-09-01",
    ]);
    let dollars = issue(
        "ACME",
        &["Consulting;1;1000;20"],
        "2025-10-01",
        &["--currency", "USD", "--rate", "1.0842"],
    );
    env.ok(&[
        "invoice",
        "pay",
        &dollars,
        "--amount",
        "500",
        "--rate",
        "1.1",
        "--date",
        "2025-11-01",
    ]);
    env.ok(&["period", "close", "--until", "2025-12-31"]);
    // the second year
    env.ok(&[
        "invoice",
        "pay",
        &dollars,
        "--rate",
        "1.05",
        "--date",
        "2026-01-15",
    ]);
    env.ok(&["invoice", "pay", &b, "--date", "2026-02-01"]);
    env.ok(&[
        "invoice",
        "pay",
        &partly_credited,
        "--amount",
        "300",
        "--date",
        "2026-02-10",
    ]);
    let late = issue("BOUL", &["Pains;10;20;5,5"], "2026-03-01", &[]);
    env.ok(&["invoice", "pay", &late, "--amount", "100", "--date", "2026-04-01"]);
    env.ok(&[
        "payment",
        "add",
        "--customer",
        "LUCIE",
        "--amount",
        "50",
        "--date",
        "2026-04-02",
    ]);
    env
}

/// The FEC lines as an hledger journal: one transaction per entry (journal and number),
/// 411 lines on a sub-account per customer, debit positive, in the file's own currency.
fn hledger_journal(lines: &[FecLine]) -> String {
    let mut entries: BTreeMap<(String, String), Vec<&FecLine>> = BTreeMap::new();
    for l in lines {
        let key = (l.get("JournalCode").to_string(), l.get("EcritureNum").to_string());
        entries.entry(key).or_default().push(l);
    }
    let mut out = String::from("commodity 1000.00 EUR\n\n");
    let mut ordered: Vec<_> = entries.into_iter().collect();
    ordered.sort_by(|a, b| (a.1[0].get("EcritureDate"), &a.0).cmp(&(b.1[0].get("EcritureDate"), &b.0)));
    for ((journal, number), lines) in ordered {
        let d = lines[0].get("EcritureDate");
        out.push_str(&format!(
            "{}-{}-{} {journal} {number}\n",
            &d[..4],
            &d[4..6],
            &d[6..]
        ));
        for l in lines {
            let account = match l.get("CompAuxNum") {
                "" => l.get("CompteNum").to_string(),
                aux => format!("{}:{aux}", l.get("CompteNum")),
            };
            let net = l.debit() - l.credit();
            let sign = if net < 0 { "-" } else { "" };
            out.push_str(&format!(
                "    {account}  {sign}{}.{:02} EUR\n",
                net.abs() / 100,
                net.abs() % 100
            ));
        }
        out.push('\n');
    }
    out
}

/// `hledger bal` of the journal: the total and each account's balance in cents.
fn hledger_balances(journal: &Path) -> (i128, BTreeMap<String, i128>) {
    let out = Command::new("hledger")
        .args([
            "-f",
            journal.to_str().unwrap(),
            "bal",
            "--flat",
            "--empty",
            "-O",
            "csv",
        ])
        .output()
        .unwrap_or_else(|e| {
            panic!("hledger is needed (Debian package hledger; scripts/test.sh installs it): {e}")
        });
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "hledger bal failed: {}{text}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut balances = BTreeMap::new();
    let mut total = None;
    for row in text.lines().skip(1) {
        let cells: Vec<String> = row
            .split("\",\"")
            .map(|c| c.trim_matches('"').to_string())
            .collect();
        let amount: String = cells[1]
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '-' || *c == '.')
            .collect();
        let value = if amount.is_empty() || amount == "0" {
            0
        } else {
            cents(&amount.replace('.', ","))
        };
        if cells[0].eq_ignore_ascii_case("total:") || cells[0].eq_ignore_ascii_case("total") {
            total = Some(value);
        } else {
            balances.insert(cells[0].clone(), value);
        }
    }
    (
        total.unwrap_or_else(|| panic!("no total row in:\n{text}")),
        balances,
    )
}

/// `balance` per customer of `customer list --format json` on `as_of`, zeros left out.
fn customer_balances(env: &TestEnv, as_of: &str) -> BTreeMap<String, i128> {
    let v = env.json(&["customer", "list", "--as-of", as_of]);
    v.as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["code"].as_str().unwrap().to_string(),
                cents(c["balance"].as_str().unwrap()),
            )
        })
        .filter(|(_, b)| *b != 0)
        .collect()
}

#[test]
#[ignore = "needs hledger (Debian package hledger; scripts/test.sh installs it)"]
fn every_event_ledger_balances_in_hledger_for_each_year_and_the_whole_span() {
    let env = every_event();
    for (name, from, to) in [
        ("2025", "2025-01-01", "2025-12-31"),
        ("2026", "2026-01-01", "2026-12-31"),
        ("span", "2025-01-01", "2026-12-31"),
    ] {
        let dir = env.dir.path().join(name);
        std::fs::create_dir_all(&dir).unwrap();
        let fec = dir.join(format!("842130577FEC{}.txt", to.replace('-', "")));
        env.ok(&[
            "export",
            "fec",
            "--from",
            from,
            "--to",
            to,
            "--out",
            fec.to_str().unwrap(),
        ]);
        // every rule of fec.md, by the independent checker
        let lines = fec_lines(&read_checked(&fec, Encoding::Latin9, day(from), day(to)));
        assert!(
            lines.iter().any(|l| l.get("Idevise") == "USD"),
            "{name}: the dollar entries"
        );
        let journal = dir.join("books.journal");
        std::fs::write(&journal, hledger_journal(&lines)).unwrap();
        let (total, accounts) = hledger_balances(&journal);
        assert_eq!(total, 0, "{name}: the trial balance is zero");
        let customers: BTreeMap<String, i128> = accounts
            .iter()
            .filter_map(|(account, b)| {
                let code = account.strip_prefix("411000:C")?;
                (*b != 0).then(|| (code.to_string(), *b))
            })
            .collect();
        assert!(
            !customers.is_empty(),
            "{name}: customers still owe something: {accounts:?}"
        );
        assert_eq!(
            customers,
            customer_balances(&env, to),
            "{name}: 411 per customer = customer list on {to}"
        );
    }
}
