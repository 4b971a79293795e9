//! What the dunning mails and letters say (issue 16, traps 4 to 6): each invoice at its
//! own step in a grouped mail, a letter of formal notice that lists only the notice's
//! invoices, no notice as the very first contact, consumer wording, English closings.
//! The letter tests read the PDF with pdftotext and fail without it.

use std::path::PathBuf;

use serde_json::Value;

use crate::common::{Mail, TestEnv, decode_qp, outbox, pdftotext_layout, read_mails};

/// Invoices issued on 2026-01-10 are due 2026-02-09 (30 days).
const ISSUED: &str = "2026-01-10";

fn invoice(env: &TestEnv, customer: &str, date: &str) {
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        customer,
        "--line",
        "Audit;1;1000;20",
        "--issue",
        "--date",
        date,
    ]);
}

/// ACME (business, French) with one invoice due 2026-02-09.
fn acme() -> TestEnv {
    let env = TestEnv::with_customer();
    invoice(&env, "ACME", ISSUED);
    env
}

/// BOB (individual, English) with one invoice due 2026-02-09.
fn bob() -> TestEnv {
    let env = TestEnv::with_customer();
    env.ok(&[
        "customer",
        "add",
        "--code",
        "BOB",
        "--name",
        "Bob Martin",
        "--kind",
        "individual",
        "--email",
        "bob@example.org",
        "--language",
        "en",
    ]);
    invoice(&env, "BOB", ISSUED);
    env
}

fn run(env: &TestEnv, as_of: &str, extra: &[&str]) -> Value {
    let mut args = vec!["dunning", "run", "--as-of", as_of];
    args.extend_from_slice(extra);
    env.json(&args)
}

fn performed(out: &Value) -> Vec<(String, String)> {
    out["actions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["status"] != "skipped")
        .map(|a| {
            (
                a["invoice"].as_str().unwrap().into(),
                a["step"].as_str().unwrap().into(),
            )
        })
        .collect()
}

/// The last mail of the outbox, its body the text part (a letter's mail is multipart).
fn last_mail(env: &TestEnv) -> Mail {
    let mut mail = read_mails(&outbox(env)).pop().expect("a mail");
    mail.body = text_part(&mail.body);
    mail
}

/// The decoded text/plain part of a multipart body, or the body itself.
fn text_part(body: &str) -> String {
    let Some(at) = body.find("Content-Type: text/plain") else {
        return body.to_string();
    };
    let part = &body[at..];
    let (head, rest) = part.split_once("\n\n").unwrap_or((part, ""));
    let text = rest.split("\n--").next().unwrap_or(rest);
    if head.contains("quoted-printable") {
        decode_qp(text)
    } else {
        text.to_string()
    }
}

fn letters(env: &TestEnv) -> Vec<PathBuf> {
    let dir = env.dir.path().join("ledger-letters");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

fn one(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn a_first_run_long_after_the_due_date_sends_the_firm_reminder_and_the_notice_after_its_delay() {
    let env = acme();
    // an imported ledger: the first run is 60 days after the due date
    let out = run(&env, "2026-04-10", &[]);
    assert_eq!(performed(&out), one(&[("FACT-2026-0001", "r3")]));
    let mail = last_mail(&env);
    assert!(mail.subject().starts_with("Relance"), "{}", mail.subject());
    assert!(
        !mail.body.contains("malgré nos précédents rappels"),
        "{}",
        mail.body
    );
    assert!(letters(&env).is_empty());
    // the notice waits the ladder's 15 days between r3 and the notice
    assert!(performed(&run(&env, "2026-04-11", &[])).is_empty());
    assert!(performed(&run(&env, "2026-04-24", &[])).is_empty());
    let out = run(&env, "2026-04-25", &[]);
    assert_eq!(performed(&out), one(&[("FACT-2026-0001", "notice")]));
    let mail = last_mail(&env);
    assert!(
        mail.subject().starts_with("Mise en demeure"),
        "{}",
        mail.subject()
    );
    assert!(mail.body.contains("Malgré nos relances"), "{}", mail.body);
    assert_eq!(letters(&env).len(), 1);
}

#[test]
fn catch_up_notice_sends_the_notice_at_once_without_claiming_earlier_reminders() {
    let env = acme();
    let out = run(&env, "2026-04-10", &["--catch-up", "notice"]);
    assert_eq!(performed(&out), one(&[("FACT-2026-0001", "notice")]));
    let mail = last_mail(&env);
    assert!(
        mail.subject().starts_with("Mise en demeure"),
        "{}",
        mail.subject()
    );
    assert!(!mail.body.contains("Malgré nos relances"), "{}", mail.body);
    assert!(mail.body.contains("demeure impayée à ce jour"), "{}", mail.body);
    // the dry run plans the same
    let env = acme();
    let dry = run(&env, "2026-04-10", &["--dry-run"]);
    assert_eq!(performed(&dry), one(&[("FACT-2026-0001", "r3")]));
}

/// ACME: FACT-0001 reminded at r3 on due + 15, then at its notice on 2026-03-11, the day
/// FACT-0002 (issued 2026-02-16, due 2026-03-18) gets its heads-up.
fn notice_and_heads_up() -> TestEnv {
    let env = acme();
    invoice(&env, "ACME", "2026-02-16");
    assert_eq!(
        performed(&run(&env, "2026-02-24", &[])),
        one(&[("FACT-2026-0001", "r3")])
    );
    let out = run(&env, "2026-03-11", &[]);
    assert_eq!(
        performed(&out),
        one(&[("FACT-2026-0001", "notice"), ("FACT-2026-0002", "pre-7")])
    );
    env
}

#[test]
fn a_grouped_mail_gives_each_invoice_its_own_step_and_demands_only_the_notice_invoice() {
    let env = notice_and_heads_up();
    let mail = last_mail(&env);
    assert_eq!(
        mail.subject(),
        "Mise en demeure de payer : facture FACT-2026-0001"
    );
    let body = &mail.body;
    let heads_up = body.find("Pour information").unwrap_or_else(|| panic!("{body}"));
    let (notice, rest) = body.split_at(heads_up);
    assert!(!notice.contains("FACT-2026-0002"), "{body}");
    assert!(rest.contains("FACT-2026-0002"), "{body}");
    // 1200 + 11,98 of penalties (30 days at 12,15 %) + 40 for FACT-0001 only
    assert!(notice.contains("la somme de 1\u{202f}251,98\u{a0}€"), "{body}");
    assert_eq!(body.matches("40,00\u{a0}€ par facture").count(), 1, "{body}");
    assert!(body.contains("Malgré nos relances"), "{body}");
    assert!(body.contains("salutations distinguées"), "{body}");
    assert_eq!(letters(&env).len(), 1);
}

#[test]
#[ignore = "needs pdftotext (poppler-utils); scripts/test.sh installs it"]
fn the_letter_of_formal_notice_lists_only_the_notice_invoices() {
    let env = notice_and_heads_up();
    let text = pdftotext_layout(&letters(&env)[0]);
    assert!(text.contains("FACT-2026-0001"), "{text}");
    assert!(!text.contains("FACT-2026-0002"), "{text}");
    assert!(
        text.contains("Mise en demeure de payer — facture FACT-2026-0001"),
        "{text}"
    );
    assert!(!text.contains("factures "), "one invoice: {text}");
    assert!(text.contains("1 251,98"), "{text}");
    // a business owes the penalties, not legal interest on top of them
    assert!(!text.contains("taux légal"), "{text}");
}

#[test]
fn a_consumer_is_claimed_neither_penalties_nor_indemnity_and_is_told_of_legal_interest() {
    let env = bob();
    run(&env, "2026-02-24", &[]);
    let r3 = last_mail(&env);
    for wrong in ["L441-10", "penalt", "indemnity", "terms of the invoice", "40"] {
        assert!(!r3.body.contains(wrong), "{wrong}: {}", r3.body);
    }
    run(&env, "2026-03-11", &[]);
    let notice = last_mail(&env);
    assert!(
        notice.subject().starts_with("Formal notice"),
        "{}",
        notice.subject()
    );
    for wrong in ["L441-10", "penalt", "indemnity", "40", "expense", "costs"] {
        assert!(!notice.body.contains(wrong), "{wrong}: {}", notice.body);
    }
    assert!(
        notice
            .body
            .contains("interest at the legal rate from this formal notice"),
        "{}",
        notice.body
    );
    assert!(notice.body.contains("to pay €1,200.00 by"), "{}", notice.body);
    assert!(notice.body.contains("Dear Sir or Madam"), "{}", notice.body);
    assert!(notice.body.contains("Yours faithfully,"), "{}", notice.body);
    assert!(!notice.body.contains("Kind regards"), "{}", notice.body);
}

#[test]
#[ignore = "needs pdftotext (poppler-utils); scripts/test.sh installs it"]
fn a_consumers_english_letter_speaks_of_one_invoice_and_legal_interest_only() {
    let env = bob();
    run(&env, "2026-02-24", &[]);
    run(&env, "2026-03-11", &[]);
    let text = pdftotext_layout(&letters(&env)[0]);
    assert!(
        text.contains("Formal notice to pay — invoice FACT-2026-0001"),
        "{text}"
    );
    assert!(text.contains("the invoice below is still unpaid"), "{text}");
    for wrong in [
        "factures ",
        "invoices",
        "Penalties",
        "indemnity",
        "at your expense",
    ] {
        assert!(!text.contains(wrong), "{wrong}: {text}");
    }
    assert!(text.contains("legal rate from this formal notice"), "{text}");
    assert!(text.contains("Yours faithfully"), "{text}");
}

#[test]
fn english_business_mails_write_the_indemnity_once_as_an_amount() {
    let env = TestEnv::with_customer();
    env.ok(&["customer", "edit", "ACME", "--language", "en"]);
    invoice(&env, "ACME", ISSUED);
    run(&env, "2026-02-24", &[]);
    let r3 = last_mail(&env);
    assert!(
        r3.body.contains("fixed recovery indemnity of €40.00 per invoice"),
        "{}",
        r3.body
    );
    assert!(!r3.body.contains("40 €"), "{}", r3.body);
    assert!(r3.body.contains("Kind regards,"), "{}", r3.body);
    assert!(!r3.body.contains("Dear Sir or Madam"), "{}", r3.body);
}

#[test]
fn a_dollar_invoice_and_a_euro_one_are_claimed_each_in_its_currency_with_the_indemnity_in_euros() {
    // a mail summed the dollars with the euro indemnity (or with the euro invoice beside
    // them) and the run panicked
    let env = acme();
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--currency",
        "USD",
        "--line",
        "Conseil;1;1000;20",
        "--issue",
        "--rate",
        "1.1",
        "--date",
        ISSUED,
    ]);
    let dry = run(&env, "2026-04-10", &["--dry-run"]);
    assert_eq!(performed(&dry).len(), 2, "{dry:#}");
    run(&env, "2026-04-10", &[]);
    let out = run(&env, "2026-04-25", &[]);
    assert_eq!(performed(&out).len(), 2, "both notices: {out:#}");
    let mail = last_mail(&env);
    let text = mail.body.replace(['\u{a0}', '\u{202f}'], " ");
    assert!(text.contains("1 200,00 USD"), "{text}");
    assert!(
        text.contains("USD + 40,00 €"),
        "the indemnity beside the dollars: {text}"
    );
    assert!(
        text.contains("1 200,00 €"),
        "the euro invoice in its own section: {text}"
    );
}
