//! `creances import bank` and `payment match|unmatched`: statements in every format,
//! each bank line stored once, credits matched to invoices with the rule that made it.

use serde_json::Value;

use crate::common::{TestEnv, data};

/// ACME with FACT-2026-0001 (1200.00) and FACT-2026-0002 (600.00), both open: what the
/// sample statements pay, the first with its number in the text, the second by amount.
fn with_two_invoices() -> TestEnv {
    let env = TestEnv::with_customer();
    assert_eq!(
        env.issued_invoice("Audit;1;1000;20", "2026-02-01"),
        "FACT-2026-0001"
    );
    assert_eq!(
        env.issued_invoice("Conseil;1;500;20", "2026-02-10"),
        "FACT-2026-0002"
    );
    env
}

fn status_of(env: &TestEnv, number: &str) -> (String, String) {
    let v = env.json(&["invoice", "show", number]);
    (
        v["status"].as_str().unwrap().to_string(),
        v["balance"].as_str().unwrap().to_string(),
    )
}

fn by_amount<'a>(matches: &'a Value, amount: &str) -> &'a Value {
    matches
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["amount"] == amount)
        .unwrap_or_else(|| panic!("no line of {amount} in {matches:#}"))
}

/// Imports one sample statement and matches it: the 1200.00 by its number, the 600.00
/// by its amount, the debit ignored, the stranger's 80.00 left.
fn statement_pays_both_invoices(file: &str) {
    let env = with_two_invoices();
    let out = env.json(&["import", "bank", &data(file)]);
    assert_eq!(
        (out["lines"].as_u64(), out["added"].as_u64()),
        (Some(4), Some(4)),
        "{out:#}"
    );
    assert_eq!(out["unmatched_credits"], 3);
    let done = env.json(&["payment", "match", "--auto"]);
    let first = by_amount(&done, "1200.00");
    assert_eq!(
        (
            first["status"].as_str(),
            first["rule"].as_str(),
            first["recorded"].as_bool()
        ),
        (Some("matched"), Some("number"), Some(true)),
        "{file}: {first:#}"
    );
    assert_eq!(first["invoices"][0]["number"], "FACT-2026-0001");
    let second = by_amount(&done, "600.00");
    assert_eq!(second["rule"], "amount", "{file}: {second:#}");
    assert_eq!(second["invoices"][0]["number"], "FACT-2026-0002");
    assert_eq!(second["customer"], "ACME");
    assert_eq!(by_amount(&done, "80.00")["status"], "unmatched");
    assert_eq!(status_of(&env, "FACT-2026-0001"), ("paid".into(), "0.00".into()));
    assert_eq!(status_of(&env, "FACT-2026-0002"), ("paid".into(), "0.00".into()));
    // the payments are dated the day the money arrived
    let payments = env.json(&["payment", "list"]);
    let dates: Vec<&str> = payments
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["2026-03-02", "2026-03-03"]);
    let left = env.json(&["payment", "unmatched"]);
    assert_eq!(left.as_array().unwrap().len(), 1, "{left:#}");
    assert_eq!(left[0]["amount"], "80.00");
    // matching again finds nothing new and records nothing
    let before = env.snapshot();
    env.ok(&["payment", "match", "--auto"]);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_french_bank_csv_pays_one_invoice_by_number_and_one_by_amount() {
    statement_pays_both_invoices("bank/releve.csv");
}

#[test]
fn a_camt053_v02_statement_pays_one_invoice_by_number_and_one_by_amount() {
    statement_pays_both_invoices("bank/camt053-v02.xml");
}

#[test]
fn a_camt053_v08_statement_pays_one_invoice_by_number_and_one_by_amount() {
    statement_pays_both_invoices("bank/camt053-v08.xml");
}

#[test]
fn an_ofx_1_sgml_statement_pays_one_invoice_by_number_and_one_by_amount() {
    statement_pays_both_invoices("bank/releve-v1.ofx");
}

#[test]
fn an_ofx_2_xml_statement_pays_one_invoice_by_number_and_one_by_amount() {
    statement_pays_both_invoices("bank/releve-v2.ofx");
}

#[test]
fn overlapping_statements_never_duplicate_a_line() {
    let env = with_two_invoices();
    env.ok(&["import", "bank", &data("bank/releve.csv")]);
    let out = env.json(&["import", "bank", &data("bank/releve-overlap.csv")]);
    assert_eq!(
        (out["added"].as_u64(), out["already_known"].as_u64()),
        (Some(1), Some(3))
    );
    let before = env.snapshot();
    let out = env.json(&["import", "bank", &data("bank/releve.csv")]);
    assert_eq!(out["added"], 0);
    assert_eq!(env.snapshot(), before);
    // OFX 2 carries the same transaction ids as OFX 1: nothing new
    env.ok(&["import", "bank", &data("bank/releve-v1.ofx")]);
    let out = env.json(&["import", "bank", &data("bank/releve-v2.ofx")]);
    assert_eq!(out["added"], 0);
}

#[test]
fn malformed_statements_are_refused_whole_with_the_reason() {
    let env = with_two_invoices();
    let before = env.snapshot();
    for (file, needles) in [
        (
            "bank/releve-bad.csv",
            &["line 3", "30/02/2026", "line 4", "douze"][..],
        ),
        ("bank/camt053-bad.xml", &["CAMT.053", "expected `</Ntry>`"][..]),
        ("bank/releve-bad.ofx", &["OFX", "DTPOSTED `2026-03-03`"][..]),
    ] {
        let err = env.fails(&["import", "bank", &data(file)], 2);
        for needle in needles {
            assert!(err.contains(needle), "{file}: `{needle}` in:\n{err}");
        }
        assert!(!err.contains("panicked"), "{err}");
    }
    // a CSV read as OFX
    let err = env.fails(
        &["import", "bank", &data("bank/releve.csv"), "--bank-format", "ofx"],
        2,
    );
    assert!(err.contains("not an OFX file"), "{err}");
    assert_eq!(env.snapshot(), before, "nothing imported");
}

#[test]
fn one_transfer_for_two_invoices_is_matched_by_their_sum() {
    let env = TestEnv::with_customer();
    env.issued_invoice("Petit;1;250;20", "2026-02-01"); // 300.00
    env.issued_invoice("Moyen;1;375;20", "2026-02-02"); // 450.00
    env.issued_invoice("Grand;1;1000;20", "2026-02-03"); // 1200.00
    let file = env.dir.path().join("sum.csv");
    std::fs::write(
        &file,
        "Date;Libellé;Débit;Crédit\n05/03/2026;VIR ACME SAS REGLEMENT;;750,00\n",
    )
    .unwrap();
    env.ok(&["import", "bank", file.to_str().unwrap()]);
    let preview = env.json(&["payment", "match"]);
    assert_eq!(preview[0]["status"], "matched");
    assert_eq!(preview[0]["recorded"], false);
    let done = env.json(&["payment", "match", "--auto"]);
    assert_eq!(done[0]["rule"], "sum", "{done:#}");
    let numbers: Vec<&str> = done[0]["invoices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["number"].as_str().unwrap())
        .collect();
    assert_eq!(numbers, ["FACT-2026-0001", "FACT-2026-0002"]);
    assert_eq!(status_of(&env, "FACT-2026-0001").0, "paid");
    assert_eq!(status_of(&env, "FACT-2026-0002").0, "paid");
    assert_eq!(status_of(&env, "FACT-2026-0003").1, "1200.00");
    let payments = env.json(&["payment", "list"]);
    assert_eq!(
        payments.as_array().unwrap().len(),
        1,
        "one payment for both: {payments:#}"
    );
    assert_eq!(payments[0]["amount"], "750.00");
}

#[test]
fn two_invoices_of_the_same_amount_are_left_to_the_user() {
    let env = TestEnv::with_customer();
    env.issued_invoice("A;1;500;20", "2026-02-01");
    env.issued_invoice("B;1;500;20", "2026-02-02");
    let file = env.dir.path().join("amb.csv");
    std::fs::write(
        &file,
        "Date;Libellé;Débit;Crédit\n05/03/2026;VIR ACME SAS;;600,00\n",
    )
    .unwrap();
    env.ok(&["import", "bank", file.to_str().unwrap()]);
    let before = env.snapshot();
    let done = env.json(&["payment", "match", "--auto"]);
    assert_eq!(done[0]["status"], "ambiguous");
    assert_eq!(done[0]["candidates"].as_array().unwrap().len(), 2, "{done:#}");
    let table = env.ok(&["payment", "match", "--auto"]);
    assert!(
        table.contains("ambiguous") && table.contains("FACT-2026-0002 600.00"),
        "{table}"
    );
    assert_eq!(env.snapshot(), before, "nothing recorded");
    let left = env.json(&["payment", "unmatched"]);
    assert_eq!(left[0]["status"], "ambiguous");
    // picking by hand needs a terminal
    let err = env.fails(&["payment", "match", "--interactive"], 2);
    assert!(err.contains("needs a terminal"), "{err}");
}

#[test]
fn the_payer_is_recognised_by_the_iban_it_paid_from_before() {
    let env = TestEnv::new();
    env.ok(&["import", "customers", &data("import/customers.csv")]);
    env.json(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "X;1;500;20",
        "--issue",
        "--date",
        "2026-02-01",
    ]);
    // no name, no number: only the sender's IBAN, known from the customers file
    let file = env.dir.path().join("iban.xml");
    let camt = std::fs::read_to_string(data("bank/camt053-v02.xml"))
        .unwrap()
        .replace("<Nm>ACME SAS</Nm>", "<Nm>A.C.M.E. HOLDING</Nm>")
        .replace("REF FACT-2026-0001", "PAIEMENT");
    std::fs::write(&file, camt).unwrap();
    env.ok(&["import", "bank", file.to_str().unwrap()]);
    let done = env.json(&["payment", "match", "--auto"]);
    let m = by_amount(&done, "600.00");
    assert_eq!(
        (m["rule"].as_str(), m["customer"].as_str()),
        (Some("amount"), Some("ACME")),
        "{m:#}"
    );
}

#[test]
fn a_bank_csv_profile_from_the_config_maps_other_columns() {
    let env = with_two_invoices();
    let config = env.dir.path().join("creances.toml");
    std::fs::write(
        &config,
        "[bank]\ndelimiter = \",\"\nskip_lines = 1\ndate = \"Booking date\"\nlabel = \"Description\"\namount = \"Amount\"\nid = \"Transaction\"\n",
    )
    .unwrap();
    let file = env.dir.path().join("export.csv");
    std::fs::write(
        &file,
        "Account FR7630006000011234567890189\nBooking date,Description,Amount,Transaction\n2026-03-02,\"ACME SAS, FACT-2026-0001\",1200.00,T-1\n2026-03-04,Phone,-45.90,T-2\n",
    )
    .unwrap();
    let out = env.json(&[
        "import",
        "bank",
        file.to_str().unwrap(),
        "--config",
        config.to_str().unwrap(),
    ]);
    assert_eq!(out["added"], 2);
    let done = env.json(&["payment", "match", "--auto"]);
    assert_eq!(done[0]["rule"], "number");
    assert_eq!(status_of(&env, "FACT-2026-0001").0, "paid");
    // the default profile does not fit this file: it says which column is missing
    let err = env.fails(&["import", "bank", file.to_str().unwrap()], 2);
    assert!(
        err.contains("no column `Date`") && err.contains("[bank]"),
        "{err}"
    );
}

#[test]
fn a_credit_naming_a_paid_invoice_says_so_and_is_left_alone() {
    let env = with_two_invoices();
    env.ok(&["invoice", "pay", "FACT-2026-0001", "--date", "2026-02-20"]);
    env.ok(&["import", "bank", &data("bank/releve.csv")]);
    let done = env.json(&["payment", "match", "--auto"]);
    let line = by_amount(&done, "1200.00");
    assert_eq!(line["status"], "unmatched", "{line:#}");
    let why = line["explanation"].as_str().unwrap();
    assert!(
        why.contains("names FACT-2026-0001, with nothing left to pay"),
        "{why}"
    );
    assert_eq!(by_amount(&done, "600.00")["rule"], "amount");
    let payments = env.json(&["payment", "list"]);
    assert_eq!(
        payments.as_array().unwrap().len(),
        2,
        "no second payment of FACT-2026-0001"
    );
}

#[test]
fn a_statement_of_a_quiet_day_adds_nothing_and_is_no_error() {
    let env = with_two_invoices();
    let file = env.dir.path().join("empty.ofx");
    std::fs::write(
        &file,
        "OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR<BANKTRANLIST><DTSTART>20260306<DTEND>20260306</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n",
    )
    .unwrap();
    let out = env.json(&["import", "bank", file.to_str().unwrap()]);
    assert_eq!((out["lines"].as_u64(), out["added"].as_u64()), (Some(0), Some(0)));
}

#[test]
fn interactive_matching_records_the_invoice_picked_and_skips_the_rest() {
    let env = TestEnv::with_customer();
    env.issued_invoice("A;1;500;20", "2026-02-01");
    env.issued_invoice("B;1;500;20", "2026-02-02");
    let file = env.dir.path().join("amb.csv");
    std::fs::write(
        &file,
        "Date;Libellé;Débit;Crédit\n05/03/2026;VIR ACME SAS;;600,00\n06/03/2026;VIR INCONNU;;50,00\n",
    )
    .unwrap();
    env.ok(&["import", "bank", file.to_str().unwrap()]);
    // down to the second candidate, enter; enter again: skip the stranger's credit
    let out = env.on_a_terminal("payment match --interactive", b"\x1b[B\r\r");
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{shown}");
    assert!(shown.contains("chosen by hand"), "{shown}");
    assert_eq!(status_of(&env, "FACT-2026-0002"), ("paid".into(), "0.00".into()));
    assert_eq!(status_of(&env, "FACT-2026-0001").1, "600.00");
    let left = env.json(&["payment", "unmatched"]);
    assert_eq!(left.as_array().unwrap().len(), 1);
    assert_eq!(left[0]["amount"], "50.00");
}

#[test]
fn an_iban_seen_on_a_recorded_match_recognises_the_payer_next_time() {
    let env = with_two_invoices();
    env.issued_invoice("Suivi;1;250;20", "2026-02-15"); // FACT-2026-0003, 300.00
    env.ok(&["import", "bank", &data("bank/camt053-v02.xml")]);
    env.ok(&["payment", "match", "--auto"]);
    // a month later: the same account, under a name the ledger does not know
    let file = env.dir.path().join("april.xml");
    let camt = std::fs::read_to_string(data("bank/camt053-v02.xml"))
        .unwrap()
        .replace("V02-0001", "V02-0101")
        .replace("<Amt Ccy=\"EUR\">1200.00</Amt>", "<Amt Ccy=\"EUR\">300.00</Amt>")
        .replace("<Nm>ACME SAS</Nm>", "<Nm>HOLDING GROUPE AC</Nm>")
        .replace("REF FACT-2026-0001", "VIREMENT");
    std::fs::write(&file, camt).unwrap();
    let out = env.json(&["import", "bank", file.to_str().unwrap()]);
    assert_eq!(out["added"], 1, "only the new entry: {out:#}");
    let done = env.json(&["payment", "match", "--auto"]);
    let m = by_amount(&done, "300.00");
    assert_eq!(
        (m["rule"].as_str(), m["customer"].as_str()),
        (Some("amount"), Some("ACME")),
        "{m:#}"
    );
    assert_eq!(status_of(&env, "FACT-2026-0003").0, "paid");
}
