//! SEPA direct debit end to end: mandates, the pain.008 file (checked against the official
//! XSD), pending collection, the statement that settles or returns each invoice.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::common::TestEnv;

const ICS: &str = "FR72ZZZ123456";

/// ACME (recurrent mandate) and BOB (one-off mandate), both paying by direct debit; the
/// company has its ICS. Today is 2026-03-15.
fn collecting() -> TestEnv {
    let env = TestEnv::with_customer();
    env.ok(&["company", "set", "--sepa-creditor-id", ICS]);
    env.ok(&["customer", "edit", "ACME", "--collect", "direct-debit"]);
    env.ok(&[
        "customer",
        "add",
        "--code",
        "BOB",
        "--name",
        "Bob Électricité & Fils",
        "--siren",
        "732829320",
        "--address",
        "3 rue Neuve\\n13001 Marseille",
        "--collect",
        "direct-debit",
    ]);
    env.ok(&[
        "customer",
        "mandate",
        "add",
        "ACME",
        "--iban",
        "FR76 3000 6000 0112 3456 7890 189",
        "--bic",
        "AGRIFRPPXXX",
        "--reference",
        "RUM-ACME-001",
        "--signed",
        "2026-01-10",
    ]);
    env.ok(&[
        "customer",
        "mandate",
        "add",
        "BOB",
        "--iban",
        "FR1420041010050500013M02606",
        "--bic",
        "PSSTFRPPPAR",
        "--reference",
        "RUM-BOB-001",
        "--signed",
        "2026-02-01",
        "--one-off",
    ]);
    env
}

fn invoice(env: &TestEnv, customer: &str, line: &str, date: &str) -> String {
    let v = env.json(&[
        "invoice",
        "create",
        "--customer",
        customer,
        "--line",
        line,
        "--issue",
        "--date",
        date,
    ]);
    v["number"].as_str().unwrap().to_string()
}

fn status(env: &TestEnv, number: &str, as_of: &str) -> String {
    env.json(&["invoice", "show", number, "--as-of", as_of])["status"]
        .as_str()
        .unwrap()
        .to_string()
}

fn statement(env: &TestEnv, name: &str, rows: &[&str]) -> String {
    let path = env.dir.path().join(name);
    std::fs::write(&path, format!("Date;Libellé;Débit;Crédit\n{}\n", rows.join("\n"))).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn mandates_and_the_creditor_id_are_checked() {
    let env = collecting();
    let before = env.snapshot();
    let err = env.fails(
        &[
            "customer",
            "mandate",
            "add",
            "ACME",
            "--iban",
            "FR7630006000011234567890188",
            "--bic",
            "AGRIFRPPXXX",
            "--reference",
            "RUM-2",
            "--signed",
            "2026-01-10",
        ],
        2,
    );
    assert!(err.contains("IBAN") && err.contains("not valid"), "{err}");
    let err = env.fails(
        &[
            "customer",
            "mandate",
            "add",
            "ACME",
            "--iban",
            "FR7630006000011234567890189",
            "--bic",
            "AGRIFRPPXXX",
            "--reference",
            "RUM-BOB-001",
            "--signed",
            "2026-01-10",
        ],
        2,
    );
    assert!(
        err.contains("RUM-BOB-001 is already used (customer BOB)"),
        "{err}"
    );
    let err = env.fails(&["company", "set", "--sepa-creditor-id", "FR73ZZZ123456"], 2);
    assert!(err.contains("creditor identifier"), "{err}");
    assert_eq!(env.snapshot(), before, "nothing changed");
    let list = env.json(&["customer", "mandate", "list"]);
    assert_eq!(list[0]["reference"], "RUM-ACME-001");
    assert_eq!(list[0]["iban"], "FR7630006000011234567890189");
    assert_eq!(list[1]["kind"], "one_off");
    assert_eq!(env.json(&["company", "show"])["sepa_creditor_id"], ICS);
}

#[test]
fn collecting_an_invoice_whose_customer_has_no_mandate_is_refused() {
    let env = TestEnv::with_customer();
    env.ok(&["company", "set", "--sepa-creditor-id", ICS]);
    let number = env.json(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;100;20",
        "--collect",
        "direct-debit",
        "--issue",
        "--date",
        "2026-02-01",
    ])["number"]
        .as_str()
        .unwrap()
        .to_string();
    let before = env.snapshot();
    let out = env.dir.path().join("prlv.xml");
    let err = env.fails(
        &[
            "collect",
            "sepa",
            "--until",
            "2026-03-31",
            "--out",
            out.to_str().unwrap(),
        ],
        2,
    );
    assert!(
        err.contains(&number)
            && err.contains("customer ACME has no mandate")
            && err.contains("customer mandate add ACME"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);
    assert!(!out.exists(), "no file");
}

#[test]
fn a_collection_is_made_once_then_settled_or_returned_by_the_statement() {
    let env = collecting();
    let a1 = invoice(&env, "ACME", "Maintenance;1;100;20", "2026-02-10");
    let b1 = invoice(&env, "BOB", "Dépannage;1;500;20", "2026-02-12");
    let transfer = env.json(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Hors prélèvement;1;10;20",
        "--collect",
        "transfer",
        "--issue",
        "--date",
        "2026-02-12",
    ]);
    let later = invoice(&env, "ACME", "Maintenance;1;100;20", "2026-03-14");
    assert_eq!(status(&env, &a1, "2026-03-15"), "overdue");

    let out = env.dir.path().join("prlv-mars.xml");
    let done = env.json(&[
        "collect",
        "sepa",
        "--until",
        "2026-03-31",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(done["count"], 2, "due by 2026-03-31: {done:#}");
    assert_eq!(done["total"], "720.00");
    assert_eq!(done["debits"][0]["invoice"], a1.as_str());
    assert_eq!(done["debits"][0]["sequence"], "FRST");
    assert_eq!(done["debits"][1]["sequence"], "OOFF");
    assert_eq!(
        done["debits"][0]["collection_date"], "2026-03-16",
        "never before the file reaches the bank"
    );
    let xml = std::fs::read_to_string(&out).unwrap();
    for needle in [
        format!("<EndToEndId>{a1}</EndToEndId>"),
        "<MndtId>RUM-ACME-001</MndtId>".into(),
        "<DtOfSgntr>2026-01-10</DtOfSgntr>".into(),
        format!("<Id>{ICS}</Id>"),
        "<Nm>Bob Electricite + Fils</Nm>".into(),
        "<InstdAmt Ccy=\"EUR\">600.00</InstdAmt>".into(),
    ] {
        assert!(xml.contains(&needle), "{needle} missing:\n{xml}");
    }
    assert!(
        !xml.contains(transfer["number"].as_str().unwrap()),
        "an invoice paid by transfer is not collected"
    );
    assert_eq!(status(&env, &a1, "2026-03-15"), "pending_collection");
    let list = env.ok(&["invoice", "list"]);
    assert!(list.contains("pending_collection"), "{list}");
    // the status shown is the status filtered on: the two debits, not the others
    let pending: Vec<String> = env
        .json(&["invoice", "list", "--status", "pending_collection"])
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["number"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(pending, [a1.clone(), b1.clone()]);
    let overdue = env.json(&["invoice", "list", "--status", "overdue"]);
    assert!(
        overdue
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["number"] != a1.as_str()),
        "a debit waiting for its money is not listed as overdue: {overdue:#}"
    );
    let err = env.fails(&["invoice", "list", "--status", "pending"], 2);
    assert!(err.contains("pending_collection"), "{err}");

    // a second run finds nothing left, and writes no file
    let again = env.dir.path().join("again.xml");
    let v = env.json(&[
        "collect",
        "sepa",
        "--until",
        "2026-03-31",
        "--out",
        again.to_str().unwrap(),
    ]);
    assert_eq!(v["count"], 0);
    assert!(!again.exists());
    let err = env.fails(&["invoice", "edit", &a1, "--collect", "transfer"], 2);
    assert!(err.contains("issued"), "{err}");

    // the statement: ACME's money came, BOB's bank returned the debit
    let file = statement(
        &env,
        "avril.csv",
        &[
            "16/03/2026;PRLV SEPA RUM-ACME-001 E2E FACT 2026 0001;;120,00",
            &format!("18/03/2026;RETOUR PRLV SEPA {b1} MOTIF AM04 PROVISION INSUFFISANTE;-600,00;"),
        ],
    );
    let imported = env.json(&["import", "bank", &file, "--as-of", "2026-03-20"]);
    assert_eq!(imported["collections_settled"][0], a1.as_str());
    assert_eq!(imported["collections_returned"][0], b1.as_str());
    assert_eq!(imported["unmatched_credits"], 0);
    assert_eq!(status(&env, &a1, "2026-03-20"), "paid");
    assert_eq!(status(&env, &b1, "2026-03-20"), "overdue", "returned: open again");
    let story = env.json(&["invoice", "show", &b1, "--as-of", "2026-03-20"]);
    let events: Vec<&str> = story["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    assert_eq!(events, ["issued", "collection", "collection_returned"]);
    assert!(story["history"][2]["note"].as_str().unwrap().contains("AM04"));
    let paid = env.json(&["invoice", "show", &a1, "--as-of", "2026-03-20"]);
    assert_eq!(
        paid["history"].as_array().unwrap().last().unwrap()["note"],
        format!("direct_debit, SEPA {a1}")
    );
    // the same statement again changes nothing
    let again = env.json(&["import", "bank", &file, "--as-of", "2026-03-20"]);
    assert_eq!(again["added"], 0);
    assert_eq!(again["collections_settled"].as_array().unwrap().len(), 0);

    // next month: RCUR under the recurrent mandate; BOB's returned debit is presented
    // once more, OOFF again: its one-off mandate was never used (the debit came back)
    let april = env.dir.path().join("prlv-avril.xml");
    let v = env.json(&[
        "collect",
        "sepa",
        "--until",
        "2026-04-30",
        "--out",
        april.to_str().unwrap(),
        "--as-of",
        "2026-04-10",
    ]);
    assert_eq!(v["count"], 2, "{v:#}");
    assert_eq!(v["debits"][0]["invoice"], b1.as_str());
    assert_eq!(v["debits"][0]["sequence"], "OOFF");
    assert_eq!(v["debits"][0]["collection_date"], "2026-04-11");
    assert_eq!(v["debits"][1]["invoice"], later.as_str());
    assert_eq!(v["debits"][1]["sequence"], "RCUR");
    assert_eq!(
        env.json(&["customer", "mandate", "list", "ACME"])[0]["collections"],
        2
    );
}

#[test]
fn two_collections_at_the_same_moment_take_each_invoice_once() {
    let env = collecting();
    for i in 0..6 {
        invoice(&env, "ACME", &format!("Mission {i};1;100;20"), "2026-02-10");
    }
    let bin = assert_cmd::cargo::cargo_bin("creances");
    let children: Vec<_> = ["one.xml", "two.xml"]
        .iter()
        .map(|name| {
            Command::new(&bin)
                .args([
                    "--db",
                    env.db.to_str().unwrap(),
                    "--as-of",
                    "2026-03-15",
                    "--format",
                    "json",
                ])
                .args(["collect", "sepa", "--until", "2026-03-31", "--out"])
                .arg(env.dir.path().join(name))
                .env("HOME", env.dir.path())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn creances")
        })
        .collect();
    let mut counts = Vec::new();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        counts.push(v["count"].as_u64().unwrap());
    }
    counts.sort();
    assert_eq!(counts, [0, 6], "one run takes all six, the other finds nothing");
    let files: Vec<String> = ["one.xml", "two.xml"]
        .iter()
        .map(|n| env.dir.path().join(n))
        .filter(|p| p.exists())
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    assert_eq!(files.len(), 1, "one file");
    for n in 1..=6 {
        assert_eq!(
            files[0]
                .matches(&format!("<EndToEndId>FACT-2026-{n:04}</EndToEndId>"))
                .count(),
            1
        );
    }
    assert_eq!(
        files[0].matches("<SeqTp>FRST</SeqTp>").count(),
        1,
        "the mandate's first collection only"
    );
}

#[test]
#[ignore = "needs python3 with sepaxml and lxml (scripts/test.sh installs them)"]
fn the_collection_file_is_valid_against_the_official_pain_008_001_02_schema() {
    let env = collecting();
    invoice(&env, "ACME", "Maintenance;1;100;20", "2026-02-10");
    invoice(
        &env,
        "BOB",
        "Dépannage (déplacement inclus);1;500;20",
        "2026-02-12",
    );
    invoice(&env, "ACME", "Maintenance;1;100;20", "2026-02-20");
    let out = env.dir.path().join("prlv.xml");
    env.ok(&[
        "collect",
        "sepa",
        "--until",
        "2026-03-31",
        "--out",
        out.to_str().unwrap(),
    ]);
    let check = |file: &Path| {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/pain008_check.py");
        let out = Command::new("python3")
            .arg(script)
            .arg(file)
            .output()
            .expect("python3 is needed (scripts/test.sh)");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert_ne!(
            out.status.code(),
            Some(2),
            "the XSD check cannot run (pip install sepaxml lxml):\n{text}"
        );
        (out.status.code(), text)
    };
    let (code, text) = check(&out);
    assert_eq!(code, Some(0), "{text}");
    let xml = std::fs::read_to_string(&out).unwrap();
    assert!(
        xml.contains("<SeqTp>FRST</SeqTp>")
            && xml.contains("<SeqTp>RCUR</SeqTp>")
            && xml.contains("<SeqTp>OOFF</SeqTp>")
    );
    // the check is live: a broken file is refused
    let broken = env.dir.path().join("broken.xml");
    std::fs::write(&broken, xml.replace("<SeqTp>RCUR</SeqTp>", "<SeqTp>NEXT</SeqTp>")).unwrap();
    let (code, text) = check(&broken);
    assert_eq!(code, Some(1), "{text}");
}

#[test]
fn a_camt_return_with_its_reason_code_reopens_the_invoice() {
    let env = collecting();
    let number = invoice(&env, "BOB", "Dépannage;1;500;20", "2026-02-12");
    let out = env.dir.path().join("prlv.xml");
    env.ok(&[
        "collect",
        "sepa",
        "--until",
        "2026-03-31",
        "--out",
        out.to_str().unwrap(),
    ]);
    let camt = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>RET-1</MsgId><CreDtTm>2026-03-20T06:00:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>STMT-RET</Id>
      <CreDtTm>2026-03-20T06:00:00</CreDtTm>
      <Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id><Ccy>EUR</Ccy></Acct>
      <Ntry>
        <Amt Ccy="EUR">600.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
        <BookgDt><Dt>2026-03-19</Dt></BookgDt>
        <AcctSvcrRef>RET-0001</AcctSvcrRef>
        <NtryDtls><TxDtls>
          <Refs><EndToEndId>{number}</EndToEndId></Refs>
          <RtrInf><Rsn><Cd>AC04</Cd></Rsn></RtrInf>
        </TxDtls></NtryDtls>
      </Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>
"#
    );
    let path = env.dir.path().join("retour.xml");
    std::fs::write(&path, camt).unwrap();
    let v = env.json(&["import", "bank", path.to_str().unwrap(), "--as-of", "2026-03-20"]);
    assert_eq!(v["collections_returned"][0], number.as_str(), "{v:#}");
    assert_eq!(status(&env, &number, "2026-03-20"), "overdue");
    let story = env.json(&["invoice", "show", &number, "--as-of", "2026-03-20"]);
    let last = story["history"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["event"], "collection_returned");
    assert!(last["note"].as_str().unwrap().contains("RETURN AC04"), "{last:#}");
}

#[test]
fn a_returned_debit_is_presented_once_more_then_left_to_the_reminders() {
    let env = collecting();
    let a1 = invoice(&env, "ACME", "Maintenance;1;100;20", "2026-02-10");
    let file = |name: &str, as_of: &str| {
        let out = env.dir.path().join(name);
        env.json(&[
            "collect",
            "sepa",
            "--until",
            "2026-03-31",
            "--out",
            out.to_str().unwrap(),
            "--as-of",
            as_of,
        ])
    };
    let first = file("one.xml", "2026-03-15");
    assert_eq!(first["debits"][0]["sequence"], "FRST");
    let back = statement(
        &env,
        "r1.csv",
        &[&format!("18/03/2026;RETOUR PRLV {a1} AM04;-120,00;")],
    );
    env.ok(&["import", "bank", &back, "--as-of", "2026-03-18"]);
    assert_eq!(status(&env, &a1, "2026-03-18"), "overdue");
    // presented again: FRST still, the mandate never brought money (its first debit came back)
    let second = file("two.xml", "2026-03-20");
    assert_eq!(second["count"], 1);
    assert_eq!(second["debits"][0]["invoice"], a1.as_str());
    assert_eq!(second["debits"][0]["sequence"], "FRST");
    assert_eq!(status(&env, &a1, "2026-03-20"), "pending_collection");
    let again = statement(
        &env,
        "r2.csv",
        &[&format!("24/03/2026;RETOUR PRLV {a1} AM04;-120,00;")],
    );
    env.ok(&["import", "bank", &again, "--as-of", "2026-03-24"]);
    // twice returned: no third debit, the reminders take over
    let third = file("three.xml", "2026-03-25");
    assert_eq!(third["count"], 0);
    assert!(!env.dir.path().join("three.xml").exists());
    let story = env.json(&["invoice", "show", &a1, "--as-of", "2026-03-25"]);
    let events: Vec<&str> = story["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    assert_eq!(
        events,
        [
            "issued",
            "collection",
            "collection_returned",
            "collection",
            "collection_returned"
        ]
    );
}

#[test]
fn a_debit_returned_after_its_invoice_was_credited_is_not_presented_again() {
    let env = collecting();
    let a1 = invoice(&env, "ACME", "Maintenance;1;100;20", "2026-02-10");
    let a2 = invoice(&env, "ACME", "Dépannage;1;200;20", "2026-02-11");
    let out = env.dir.path().join("prlv.xml");
    let v = env.json(&[
        "collect",
        "sepa",
        "--until",
        "2026-03-31",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(v["count"], 2);
    // while the debits travel, the first invoice is credited whole, the second by half
    env.ok(&[
        "invoice",
        "credit",
        &a1,
        "--reason",
        "Annulé",
        "--as-of",
        "2026-03-16",
    ]);
    env.ok(&[
        "invoice",
        "credit",
        &a2,
        "--line",
        "Dépannage;0,5;200;20",
        "--reason",
        "Geste",
        "--as-of",
        "2026-03-16",
    ]);
    // the customer's bank returns both debits
    let back = statement(
        &env,
        "retours.csv",
        &[
            &format!("18/03/2026;RETOUR PRLV {a1} MD06;-120,00;"),
            &format!("18/03/2026;RETOUR PRLV {a2} MD06;-240,00;"),
        ],
    );
    let imported = env.json(&["import", "bank", &back, "--as-of", "2026-03-18"]);
    assert_eq!(
        imported["collections_returned"].as_array().unwrap().len(),
        2,
        "{imported:#}"
    );
    assert_eq!(status(&env, &a1, "2026-03-18"), "credited", "nothing left to ask");
    // the next collection takes what is still owed: nothing on the first, half the second
    let next = env.dir.path().join("next.xml");
    let v = env.json(&[
        "collect",
        "sepa",
        "--until",
        "2026-03-31",
        "--out",
        next.to_str().unwrap(),
        "--as-of",
        "2026-03-20",
    ]);
    assert_eq!(v["count"], 1, "{v:#}");
    assert_eq!(v["debits"][0]["invoice"], a2.as_str());
    assert_eq!(v["total"], "120.00");
    let aging = env.json(&["report", "aging", "--as-of", "2026-03-20"]);
    assert_eq!(aging[0]["total"], "120.00", "{aging:#}");
}

#[test]
fn a_collection_credited_meanwhile_lands_as_customer_credit_and_the_import_succeeds() {
    let env = collecting();
    let a1 = invoice(&env, "ACME", "Maintenance;1;100;20", "2026-02-10");
    let a2 = invoice(&env, "ACME", "Dépannage;1;200;20", "2026-02-11");
    let out = env.dir.path().join("prlv.xml");
    let v = env.json(&[
        "collect",
        "sepa",
        "--until",
        "2026-03-31",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(v["count"], 2);
    // while the debits travel, the first invoice is credited whole, the second by half
    env.ok(&[
        "invoice",
        "credit",
        &a1,
        "--reason",
        "Annulé",
        "--as-of",
        "2026-03-16",
    ]);
    env.ok(&[
        "invoice",
        "credit",
        &a2,
        "--line",
        "Dépannage;0,5;200;20",
        "--reason",
        "Geste",
        "--as-of",
        "2026-03-16",
    ]);
    // the bank collects both all the same
    let credits = statement(
        &env,
        "credits.csv",
        &[
            &format!("19/03/2026;PRLV SEPA {a1} RUM-ACME-001;;120,00"),
            &format!("19/03/2026;PRLV SEPA {a2} RUM-ACME-001;;240,00"),
        ],
    );
    let imported = env.json(&["import", "bank", &credits, "--as-of", "2026-03-19"]);
    assert_eq!(
        imported["collections_settled"].as_array().unwrap().len(),
        2,
        "{imported:#}"
    );
    assert_eq!(status(&env, &a1, "2026-03-19"), "credited");
    assert_eq!(status(&env, &a2, "2026-03-19"), "paid");
    // 120 with nothing to pay on the first, 120 over the halved second: the customer's credit
    let payments = env.json(&["payment", "list", "--customer", "ACME"]);
    let unallocated: Vec<&str> = payments
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["unallocated"].as_str().unwrap())
        .collect();
    assert_eq!(unallocated, ["120.00", "120.00"], "{payments:#}");
    let again = env.json(&["import", "bank", &credits, "--as-of", "2026-03-19"]);
    assert_eq!(again["added"], 0, "{again:#}");
}
