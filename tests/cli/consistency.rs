//! Rules that once had two copies in the code and disagreed: each pinned where a user
//! sees both answers.

use crate::common::TestEnv;

#[test]
fn invoices_fully_credited_before_their_due_date_make_no_late_payer_anywhere() {
    let env = TestEnv::with_customer();
    for (date, due_credit) in [
        ("2026-01-05", "2026-01-20"),
        ("2026-01-12", "2026-01-25"),
        ("2026-01-19", "2026-02-01"),
    ] {
        let number = env.issued_invoice("Audit;1;100;20", date);
        env.ok(&[
            "invoice", "credit", &number, "--reason", "annulée", "--date", due_credit,
        ]);
    }
    let customers = env.json(&["customer", "list"]);
    assert_eq!(customers[0]["code"], "ACME");
    assert_eq!(customers[0]["frequent_late_payer"], false, "{customers}");
    let kpis = env.json(&["report", "kpis"]);
    assert_eq!(
        kpis["late_recurrence"].as_array().map(Vec::len),
        Some(0),
        "{kpis}"
    );
}

#[test]
fn every_percentage_rounds_half_away_from_zero() {
    let env = TestEnv::with_customer();
    // 100.00 collected of 1600.00 invoiced: 6.25 %
    let number = env.issued_invoice("Conseil;1;1600;0", "2026-02-01");
    env.ok(&[
        "invoice",
        "pay",
        &number,
        "--amount",
        "100",
        "--date",
        "2026-02-10",
    ]);
    let kpis = env.json(&["report", "kpis"]);
    assert_eq!(kpis["collected_share"], "6.3", "{kpis}");
}

#[test]
fn a_pdf_into_a_missing_folder_is_refused_like_an_export() {
    let env = TestEnv::with_customer();
    let number = env.issued_invoice("Audit;1;100;20", "2026-02-01");
    let out = env.dir.path().join("missing").join("dir").join("f.pdf");
    let err = env.fails(&["invoice", "pdf", &number, "--out", out.to_str().unwrap()], 2);
    assert!(err.contains("f.pdf") && err.contains("--out"), "{err}");
    assert!(!env.dir.path().join("missing").exists());
    let fec = env.dir.path().join("missing").join("dir").join("fec.txt");
    env.fails(
        &["export", "fec", "--year", "2026", "--out", fec.to_str().unwrap()],
        2,
    );
}

#[test]
fn the_command_line_takes_the_payment_methods_the_import_takes() {
    let env = TestEnv::with_customer();
    let number = env.issued_invoice("Audit;1;100;20", "2026-02-01");
    env.ok(&[
        "invoice",
        "pay",
        &number,
        "--amount",
        "50",
        "--date",
        "2026-02-10",
        "--method",
        "virement",
    ]);
    env.ok(&[
        "payment",
        "add",
        "--customer",
        "ACME",
        "--amount",
        "10",
        "--date",
        "2026-02-11",
        "--method",
        "Chèque",
    ]);
    let payments = env.json(&["payment", "list"]);
    let methods: Vec<&str> = payments
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["method"].as_str().unwrap())
        .collect();
    assert_eq!(methods, ["transfer", "check"], "{payments}");
    let err = env.fails(
        &["invoice", "pay", &number, "--amount", "1", "--method", "bitcoin"],
        2,
    );
    assert!(err.contains("`bitcoin`") && err.contains("virement"), "{err}");
}

/// Single-part mails (reminders, heads-ups, receipts) and multipart ones (invoices with
/// their PDF) both say `MIME-Version: 1.0` (issue 12 defect 10): some clients and spam
/// filters reject a mail without it.
#[test]
fn every_mail_says_its_mime_version() {
    let env = crate::common::demo_env();
    let mails = crate::common::outbox_mails(&env);
    assert!(mails.len() > 3, "the demo's first dunning run writes mails");
    for mail in &mails {
        let head = mail.split("\r\n\r\n").next().unwrap_or(mail);
        assert!(head.contains("MIME-Version: 1.0"), "no MIME-Version in:\n{head}");
    }
}

/// Issue 11 defect 7: a credit note is never late, in the table, the CSV export and the
/// JSON alike (they once said 223, 223 and 0).
#[test]
fn a_credit_note_is_never_late_anywhere() {
    let env = crate::common::demo_env();
    let json = env.json(&["invoice", "list", "--credit-notes", "--as-of", "2026-11-24"]);
    let note = json
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["number"] == "AV-2026-0001")
        .expect("the demo's credit note");
    assert_eq!(note["days_late"], 0);
    let table = env.ok(&["invoice", "list", "--credit-notes", "--as-of", "2026-11-24"]);
    let row = table.lines().find(|l| l.contains("AV-2026-0001")).unwrap();
    assert!(row.trim_end().ends_with(" 0"), "{row}");
    env.ok(&[
        "export",
        "invoices",
        "--out",
        "factures.csv",
        "--as-of",
        "2026-11-24",
    ]);
    let csv = std::fs::read_to_string(env.dir.path().join("factures.csv")).unwrap();
    let row = csv.lines().find(|l| l.starts_with("AV-2026-0001")).unwrap();
    assert!(row.ends_with(";issued;0"), "{row}");
}

/// Issue 11 defect 6: as of a day, invoice list and export invoices show what was known
/// that day, like aging: nothing issued after it.
#[test]
fn a_list_as_of_a_day_shows_nothing_issued_after_it() {
    let env = crate::common::demo_env();
    let day = "2026-06-30";
    let list = env.json(&["invoice", "list", "--as-of", day]);
    let rows = list.as_array().unwrap();
    assert!(!rows.is_empty());
    for r in rows {
        let issued = r["issue_date"].as_str().unwrap_or("");
        assert!(
            issued.is_empty() || issued <= day,
            "{} issued {issued} is listed as of {day}",
            r["number"]
        );
    }
    env.ok(&["export", "invoices", "--out", "f.csv", "--as-of", day]);
    let csv = std::fs::read_to_string(env.dir.path().join("f.csv")).unwrap();
    for line in csv.lines().skip(1) {
        let issued = line.split(';').nth(4).unwrap();
        assert!(issued <= day, "{line}");
    }
    let all = env.json(&["invoice", "list", "--as-of", "2026-11-24"]);
    assert!(
        all.as_array().unwrap().len() > rows.len(),
        "later invoices exist and are left out"
    );
}
