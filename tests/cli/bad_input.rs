//! Bad input never panics and never half-writes: exit 2 with a message naming the thing,
//! and the ledger is exactly as it was. An unreadable ledger gives exit 3. Triggers keep
//! issued invoices frozen even against raw SQL.

use crate::common::TestEnv;

/// Runs `args`, expects exit 2, a message containing every one of `needles`, no panic,
/// and an unchanged ledger. Returns the message.
#[track_caller]
fn refused(env: &TestEnv, args: &[&str], needles: &[&str]) -> String {
    let before = env.snapshot();
    let err = env.fails(args, 2);
    assert!(!err.contains("panicked"), "creances {args:?} panicked:\n{err}");
    for needle in needles {
        assert!(
            err.contains(needle),
            "creances {args:?}: the message should name `{needle}`:\n{err}"
        );
    }
    assert_eq!(env.snapshot(), before, "creances {args:?} changed the ledger");
    err
}

/// ACME with one issued invoice FACT-2026-0001 of 1200.00 on 2026-03-01 (due 2026-03-31).
fn with_invoice() -> TestEnv {
    let env = TestEnv::with_customer();
    assert_eq!(
        env.issued_invoice("Audit;2;500;20", "2026-03-01"),
        "FACT-2026-0001"
    );
    env
}

/// The id of a new draft for ACME.
fn draft(env: &TestEnv) -> String {
    env.json(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Suivi;1;100;20",
    ])["id"]
        .to_string()
}

#[test]
fn an_unknown_customer_is_refused_and_changes_nothing() {
    let env = with_invoice();
    refused(
        &env,
        &[
            "invoice",
            "create",
            "--customer",
            "NOPE",
            "--line",
            "Audit;1;100;20",
        ],
        &["NOPE"],
    );
    refused(
        &env,
        &[
            "invoice",
            "create",
            "--customer",
            "NOPE",
            "--line",
            "Audit;1;100;20",
            "--issue",
        ],
        &["NOPE"],
    );
    refused(
        &env,
        &[
            "offer",
            "create",
            "--customer",
            "NOPE",
            "--line",
            "Audit;1;100;20",
        ],
        &["NOPE"],
    );
    refused(
        &env,
        &["payment", "add", "--customer", "NOPE", "--amount", "100"],
        &["NOPE"],
    );
    refused(&env, &["customer", "edit", "NOPE", "--name", "X"], &["NOPE"]);
    refused(&env, &["customer", "block", "NOPE"], &["NOPE"]);
    refused(&env, &["customer", "show", "NOPE"], &["NOPE"]);
    refused(&env, &["invoice", "list", "--customer", "NOPE"], &["NOPE"]);
}

#[test]
fn an_unknown_invoice_or_product_is_refused_and_changes_nothing() {
    let env = with_invoice();
    refused(&env, &["invoice", "pay", "FACT-2026-0099"], &["FACT-2026-0099"]);
    refused(&env, &["invoice", "show", "FACT-2026-0099"], &["FACT-2026-0099"]);
    refused(
        &env,
        &["invoice", "create", "--customer", "ACME", "--line", "@NOPE;1"],
        &["NOPE"],
    );
    refused(&env, &["offer", "accept", "DEV-2026-0099"], &["DEV-2026-0099"]);
}

#[test]
fn a_malformed_date_is_refused_and_changes_nothing() {
    let env = with_invoice();
    let d = draft(&env);
    refused(
        &env,
        &[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--line",
            "Audit;1;100;20",
            "--issue",
            "--date",
            "2026-13-45",
        ],
        &["2026-13-45", "--date", "YYYY-MM-DD"],
    );
    refused(
        &env,
        &["invoice", "issue", &d, "--date", "2026-02-30"],
        &["2026-02-30", "--date"],
    );
    refused(
        &env,
        &["invoice", "pay", "FACT-2026-0001", "--date", "15/03/2026"],
        &["15/03/2026", "--date"],
    );
    refused(
        &env,
        &["--as-of", "garbage", "invoice", "pay", "FACT-2026-0001"],
        &["garbage", "--as-of"],
    );
    refused(
        &env,
        &["invoice", "list", "--as-of", "garbage"],
        &["garbage", "--as-of"],
    );
    refused(
        &env,
        &["invoice", "list", "--from", "2026-1-1x"],
        &["2026-1-1x", "--from"],
    );
}

#[test]
fn a_negative_quantity_is_refused_and_changes_nothing() {
    let env = with_invoice();
    let d = draft(&env);
    refused(
        &env,
        &[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--line",
            "Audit;-1;100;20",
        ],
        &["quantity", "-1"],
    );
    refused(
        &env,
        &["invoice", "create", "--customer", "ACME", "--line", "@AUDIT;-2"],
        &["quantity", "-2"],
    );
    refused(
        &env,
        &[
            "offer",
            "create",
            "--customer",
            "ACME",
            "--line",
            "Audit;-1;100;20",
        ],
        &["quantity", "-1"],
    );
    refused(
        &env,
        &["invoice", "edit", &d, "--line", "Audit;-3;100;20"],
        &["quantity", "-3"],
    );
}

#[test]
fn a_zero_quantity_is_refused_and_changes_nothing() {
    let env = with_invoice();
    let d = draft(&env);
    refused(
        &env,
        &[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--line",
            "Audit;0;100;20",
        ],
        &["quantity", "`0`"],
    );
    refused(
        &env,
        &["invoice", "create", "--customer", "ACME", "--line", "@AUDIT;0"],
        &["quantity"],
    );
    refused(
        &env,
        &["invoice", "edit", &d, "--add-line", "Audit;0,0;100;20"],
        &["quantity"],
    );
}

#[test]
fn an_amount_with_three_decimals_is_refused_and_changes_nothing() {
    let env = with_invoice();
    refused(
        &env,
        &["invoice", "pay", "FACT-2026-0001", "--amount", "10.005"],
        &["--amount", "10.005", "two decimals"],
    );
    refused(
        &env,
        &["payment", "add", "--customer", "ACME", "--amount", "10,005"],
        &["--amount", "10,005"],
    );
    refused(
        &env,
        &[
            "invoice",
            "credit",
            "FACT-2026-0001",
            "--amount",
            "1.999",
            "--reason",
            "x",
        ],
        &["--amount", "1.999"],
    );
    refused(
        &env,
        &[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--line",
            "Audit;1;10.005;20",
        ],
        &["10.005"],
    );
    refused(
        &env,
        &["invoice", "pay", "FACT-2026-0001", "--amount", "douze"],
        &["--amount", "douze"],
    );
    refused(
        &env,
        &["invoice", "pay", "FACT-2026-0001", "--amount", "0"],
        &["--amount", "greater than zero"],
    );
}

/// Regression (fixed; was src/domain/money.rs `to_cents` saturates at i64::MAX; src/domain/document.rs
/// `validate_lines` has no ceiling on a line or a total): a quantity and a unit price that
/// are each accepted multiply into a total the ledger cannot hold in integer cents. The
/// draft is saved with every total clamped to 92233720368547758.07 (net, VAT and total
/// all equal: net + VAT != total), exit 0. It should be refused with exit 2 and a message
/// saying the amount is too large, leaving the ledger unchanged.
#[test]
fn a_total_too_large_for_the_ledger_is_refused_and_changes_nothing() {
    let env = with_invoice();
    refused(
        &env,
        &[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--line",
            "Lingots;1000000000;1000000000000;20",
        ],
        &["too large"],
    );
    refused(
        &env,
        &[
            "offer",
            "create",
            "--customer",
            "ACME",
            "--line",
            "Lingots;1000000000;1000000000000;20",
        ],
        &["too large"],
    );
}

#[test]
fn an_unknown_vat_rate_format_is_refused_and_changes_nothing() {
    let env = with_invoice();
    refused(
        &env,
        &[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--line",
            "Audit;1;100;vingt",
        ],
        &["VAT rate", "vingt"],
    );
    refused(
        &env,
        &[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--line",
            "Audit;1;100;120",
        ],
        &["VAT rate", "120"],
    );
    refused(
        &env,
        &[
            "offer",
            "create",
            "--customer",
            "ACME",
            "--line",
            "Audit;1;100;20.123",
        ],
        &["VAT rate"],
    );
    refused(
        &env,
        &[
            "product", "add", "--sku", "X", "--name", "X", "--price", "1", "--vat", "vingt",
        ],
        &["VAT rate", "vingt"],
    );
    // a line with too few fields says what a line is
    refused(
        &env,
        &["invoice", "create", "--customer", "ACME", "--line", "Audit;1;100"],
        &["DESIGNATION;QUANTITY;UNIT_PRICE;VAT_RATE"],
    );
}

#[test]
fn paying_a_draft_is_refused_and_changes_nothing() {
    let env = with_invoice();
    let d = draft(&env);
    let err = refused(
        &env,
        &["invoice", "pay", &d, "--amount", "10"],
        &["draft", "issue"],
    );
    assert!(err.contains(&format!("#{d}")), "{err}");
    refused(&env, &["invoice", "credit", &d, "--reason", "x"], &["draft"]);
    refused(&env, &["invoice", "write-off", &d, "--reason", "x"], &["draft"]);
}

#[test]
fn paying_more_than_the_balance_without_overpay_is_refused_and_changes_nothing() {
    let env = with_invoice();
    refused(
        &env,
        &["invoice", "pay", "FACT-2026-0001", "--amount", "1200.01"],
        &["FACT-2026-0001", "1200.00", "--overpay"],
    );
    env.ok(&["invoice", "pay", "FACT-2026-0001", "--amount", "1000"]);
    refused(
        &env,
        &["invoice", "pay", "FACT-2026-0001", "--amount", "300"],
        &["200.00", "--overpay"],
    );
}

#[test]
fn paying_a_paid_invoice_is_refused_and_changes_nothing() {
    let env = with_invoice();
    env.ok(&["invoice", "pay", "FACT-2026-0001"]);
    refused(
        &env,
        &["invoice", "pay", "FACT-2026-0001"],
        &["FACT-2026-0001", "already paid"],
    );
    refused(
        &env,
        &["invoice", "pay", "FACT-2026-0001", "--amount", "5", "--overpay"],
        &["already paid"],
    );
}

#[test]
fn crediting_more_than_the_invoice_is_refused_and_changes_nothing() {
    let env = with_invoice();
    refused(
        &env,
        &[
            "invoice",
            "credit",
            "FACT-2026-0001",
            "--amount",
            "1500",
            "--reason",
            "x",
        ],
        &["FACT-2026-0001", "1200.00"],
    );
    refused(
        &env,
        &[
            "invoice",
            "credit",
            "FACT-2026-0001",
            "--line",
            "Audit;3;500;20",
            "--reason",
            "x",
        ],
        &["1200.00"],
    );
    env.ok(&[
        "invoice",
        "credit",
        "FACT-2026-0001",
        "--amount",
        "1000",
        "--reason",
        "Remise",
    ]);
    refused(
        &env,
        &[
            "invoice",
            "credit",
            "FACT-2026-0001",
            "--amount",
            "200.01",
            "--reason",
            "x",
        ],
        &["200.00"],
    );
    refused(
        &env,
        &[
            "invoice",
            "credit",
            "FACT-2026-0001",
            "--amount",
            "100",
            "--reason",
            "  ",
        ],
        &["--reason"],
    );
    // a credit note itself cannot be credited or paid
    refused(
        &env,
        &["invoice", "credit", "AV-2026-0001", "--reason", "x"],
        &["AV-2026-0001", "credit note"],
    );
    refused(
        &env,
        &["invoice", "pay", "AV-2026-0001"],
        &["AV-2026-0001", "credit note"],
    );
}

#[test]
fn a_duplicate_customer_code_is_refused_and_changes_nothing() {
    let env = with_invoice();
    refused(
        &env,
        &["customer", "add", "--code", "ACME", "--name", "Autre ACME"],
        &["ACME", "already used"],
    );
    refused(
        &env,
        &["customer", "add", "--code", "acme", "--name", "Autre ACME"],
        &["ACME", "already used"],
    );
    refused(
        &env,
        &["customer", "add", "--code", "AC ME", "--name", "Autre"],
        &["AC ME"],
    );
    refused(
        &env,
        &[
            "product", "add", "--sku", "AUDIT", "--name", "Autre", "--price", "1", "--vat", "20",
        ],
        &["AUDIT"],
    );
}

#[test]
fn editing_an_issued_invoice_is_refused_and_points_to_a_credit_note() {
    let env = with_invoice();
    let err = refused(
        &env,
        &["invoice", "edit", "FACT-2026-0001", "--line", "Audit;1;1;20"],
        &["FACT-2026-0001", "credit note"],
    );
    assert!(
        err.contains("creances invoice credit FACT-2026-0001"),
        "the message gives the command: {err}"
    );
    refused(
        &env,
        &["invoice", "edit", "FACT-2026-0001", "--notes", "changed"],
        &["credit note"],
    );
    refused(
        &env,
        &["invoice", "edit", "1", "--terms", "10"],
        &["FACT-2026-0001", "#1"],
    );
    refused(
        &env,
        &["invoice", "issue", "FACT-2026-0001"],
        &["FACT-2026-0001", "already issued"],
    );
}

#[test]
fn deleting_an_issued_invoice_is_refused_and_changes_nothing() {
    let env = with_invoice();
    refused(
        &env,
        &["invoice", "delete", "FACT-2026-0001"],
        &["FACT-2026-0001", "credit note"],
    );
    refused(&env, &["invoice", "delete", "1"], &["FACT-2026-0001", "#1"]);
    env.ok(&["invoice", "credit", "FACT-2026-0001", "--reason", "Erreur"]);
    refused(&env, &["invoice", "delete", "AV-2026-0001"], &["AV-2026-0001"]);
    // a draft can be deleted
    let d = draft(&env);
    let v = env.json(&["invoice", "delete", &d]);
    assert_eq!(v["deleted"].to_string(), d);
    env.fails(&["invoice", "show", &d], 2);
}

#[test]
fn a_payment_dated_before_the_invoice_was_issued_is_refused_and_changes_nothing() {
    let env = with_invoice();
    refused(
        &env,
        &["invoice", "pay", "FACT-2026-0001", "--date", "2026-02-28"],
        &["2026-02-28", "2026-03-01", "FACT-2026-0001"],
    );
    refused(
        &env,
        &[
            "invoice",
            "credit",
            "FACT-2026-0001",
            "--reason",
            "x",
            "--date",
            "2026-02-28",
        ],
        &["2026-03-01"],
    );
    refused(
        &env,
        &[
            "invoice",
            "write-off",
            "FACT-2026-0001",
            "--reason",
            "x",
            "--date",
            "2026-02-28",
        ],
        &["2026-03-01"],
    );
    refused(
        &env,
        &["invoice", "mark-sent", "FACT-2026-0001", "--date", "2026-02-28"],
        &["2026-03-01"],
    );
}

#[test]
fn issuing_before_the_last_number_of_the_series_is_refused_and_changes_nothing() {
    let env = with_invoice();
    let d = draft(&env);
    refused(
        &env,
        &["invoice", "issue", &d, "--date", "2026-02-28"],
        &["FACT-2026-0001", "2026-03-01", "--date"],
    );
    refused(
        &env,
        &[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--line",
            "A;1;1;20",
            "--issue",
            "--date",
            "2026-02-01",
        ],
        &["FACT-2026-0001", "2026-03-01"],
    );
    // the draft is still a draft, and another series is free to start earlier
    assert!(env.json(&["invoice", "show", &d])["number"].is_null());
    let v = env.json(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "A;1;1;20",
        "--series",
        "ATELIER",
        "--issue",
        "--date",
        "2026-02-01",
    ]);
    assert_eq!(v["number"], "ATELIER-2026-0001");
    assert_eq!(
        env.json(&["invoice", "issue", &d, "--date", "2026-03-01"])["number"],
        "FACT-2026-0002"
    );
}

#[test]
fn payment_terms_over_60_days_are_refused_and_change_nothing() {
    let env = with_invoice();
    refused(
        &env,
        &[
            "customer", "add", "--code", "LENT", "--name", "Lent SA", "--terms", "61",
        ],
        &["61", "60"],
    );
    refused(
        &env,
        &["customer", "edit", "ACME", "--terms", "90"],
        &["90", "60"],
    );
    refused(
        &env,
        &["customer", "edit", "ACME", "--terms", "trente"],
        &["trente"],
    );
    refused(&env, &["company", "set", "--terms", "75"], &["75", "60"]);
    refused(
        &env,
        &[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--line",
            "A;1;1;20",
            "--terms",
            "61",
        ],
        &["61", "60"],
    );
}

#[test]
fn a_bad_iban_or_email_is_refused_where_it_is_typed() {
    let env = with_invoice();
    // one IBAN rule for `company set`, `init` and the customers import
    refused(
        &env,
        &["company", "set", "--iban", "FR76 3000 6000 0112 3456 7890 188"],
        &["IBAN", "FR76 3000 6000 0112 3456 7890 188"],
    );
    // one e-mail rule for `customer add/edit` and the import: a blank is no address
    refused(
        &env,
        &["customer", "edit", "ACME", "--email", "compta @acme.fr"],
        &["email", "compta @acme.fr"],
    );
    let c = env.json(&["company", "set", "--iban", "fr76 3000 6000 0112 3456 7890 189"]);
    assert_eq!(c["iban"], "FR7630006000011234567890189");
}

#[test]
fn a_bad_siren_is_refused_and_changes_nothing() {
    let env = with_invoice();
    refused(
        &env,
        &[
            "customer",
            "add",
            "--code",
            "BAD",
            "--name",
            "Bad SA",
            "--siren",
            "123456789",
        ],
        &["SIREN", "123456789"],
    );
    refused(
        &env,
        &[
            "customer", "add", "--code", "BAD", "--name", "Bad SA", "--siren", "12345",
        ],
        &["SIREN", "12345"],
    );
    refused(
        &env,
        &["customer", "edit", "ACME", "--siren", "51234567X"],
        &["SIREN", "51234567X"],
    );
    refused(
        &env,
        &["company", "set", "--siren", "842130578"],
        &["SIREN", "842130578"],
    );
    let c = env.json(&[
        "customer",
        "add",
        "--code",
        "OK",
        "--name",
        "OK SA",
        "--siren",
        "732 829 320",
    ]);
    assert_eq!(c["siren"], "732829320");
}

#[test]
fn other_bad_values_are_refused_and_change_nothing() {
    let env = with_invoice();
    refused(
        &env,
        &["invoice", "pay", "FACT-2026-0001", "--method", "bitcoin"],
        &["bitcoin", "transfer"],
    );
    refused(
        &env,
        &[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--line",
            "A;1;1;20",
            "--series",
            "1FACT",
        ],
        &["1FACT"],
    );
    refused(
        &env,
        &[
            "customer",
            "add",
            "--code",
            "X1",
            "--name",
            "X",
            "--profile",
            "gold",
        ],
        &["gold", "late_payer"],
    );
    refused(
        &env,
        &[
            "customer", "add", "--code", "X1", "--name", "X", "--kind", "martian",
        ],
        &["martian"],
    );
    refused(
        &env,
        &[
            "customer",
            "add",
            "--code",
            "X1",
            "--name",
            "X",
            "--email",
            "not-an-email",
        ],
        &["not-an-email"],
    );
    refused(&env, &["customer", "list", "--status", "asleep"], &["asleep"]);
    refused(
        &env,
        &["invoice", "write-off", "FACT-2026-0001", "--reason", ""],
        &["--reason"],
    );
    refused(
        &env,
        &["invoice", "create", "--customer", "ACME", "--line", ";1;100;20"],
        &["designation"],
    );
    refused(&env, &["init", "--name", "Encore"], &["already exists"]);
}

#[test]
fn a_missing_required_value_without_a_terminal_names_the_flag() {
    let env = TestEnv::with_customer();
    refused(&env, &["customer", "add"], &["--name"]);
    refused(&env, &["customer", "add", "--code", "NONAME"], &["--name"]);
    refused(&env, &["customer", "add", "--name", "   "], &["--name"]);
    refused(&env, &["invoice", "create", "--customer", "ACME"], &["--line"]);
    refused(
        &env,
        &["invoice", "create", "--line", "Audit;1;100;20"],
        &["--customer"],
    );
    refused(&env, &["offer", "create", "--customer", "ACME"], &["--line"]);
    refused(
        &env,
        &["product", "add", "--sku", "X", "--name", "X", "--vat", "20"],
        &["--price"],
    );
    let fresh = TestEnv::empty();
    let err = fresh.fails(&["init"], 2);
    assert!(err.contains("--name"), "{err}");
    assert!(!fresh.db.exists(), "no ledger is created without a company name");
}

#[test]
fn a_missing_ledger_gives_exit_2_and_creates_nothing() {
    let env = TestEnv::empty();
    for args in [
        &["invoice", "list"][..],
        &["customer", "add", "--code", "X", "--name", "X"][..],
        &["company", "show"][..],
    ] {
        let err = env.fails(args, 2);
        assert!(
            err.contains("no ledger") && err.contains("ledger.sqlite") && err.contains("init"),
            "{args:?}: {err}"
        );
        assert!(!env.db.exists(), "{args:?} created a ledger");
    }
}

#[test]
fn a_file_that_is_not_sqlite_gives_exit_3_and_is_left_alone() {
    let env = TestEnv::empty();
    let junk = b"Ceci n'est pas un grand livre.\n".repeat(200);
    std::fs::write(&env.db, &junk).unwrap();
    for args in [
        &["invoice", "list"][..],
        &["customer", "add", "--code", "X", "--name", "X"][..],
    ] {
        let err = env.fails(args, 3);
        assert!(
            err.contains("not a creances ledger") && err.contains("ledger.sqlite"),
            "{args:?}: {err}"
        );
        assert_eq!(std::fs::read(&env.db).unwrap(), junk, "{args:?} touched the file");
    }
}

/// Regression (fixed; was src/store/mod.rs `Ledger::open` / `migrate`): an SQLite database that is not a
/// creances ledger (another application's, `user_version` 0, no `company` table) is
/// taken for a new ledger: migration 1 installs the creances schema into it and the
/// command succeeds (`customer list` prints an empty list, exit 0). It should exit 3
/// ("not a creances ledger") and leave the file alone.
#[test]
fn another_applications_sqlite_database_gives_exit_3_and_is_left_alone() {
    let env = TestEnv::empty();
    {
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.execute_batch("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('courses');")
            .unwrap();
    }
    let before = env.snapshot();
    let err = env.fails(&["customer", "list"], 3);
    assert!(err.contains("not a creances ledger"), "{err}");
    assert_eq!(
        env.snapshot(),
        before,
        "the other application's database was changed"
    );
}

#[test]
fn raw_sql_cannot_change_or_delete_an_issued_invoice_but_can_change_a_draft() {
    let env = with_invoice();
    let d: i64 = draft(&env).parse().unwrap();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.pragma_update(None, "foreign_keys", "ON").unwrap();
    let issued: i64 = conn
        .query_row(
            "SELECT id FROM invoice WHERE number = 'FACT-2026-0001'",
            [],
            |r| r.get(0),
        )
        .unwrap();

    let frozen = |sql: &str| {
        let err = conn
            .execute(sql, [issued])
            .expect_err(&format!("`{sql}` should fail on an issued invoice"));
        assert!(err.to_string().contains("credit note"), "`{sql}`: {err}");
    };
    frozen("UPDATE invoice SET total_cents = 1 WHERE id = ?1");
    frozen("UPDATE invoice SET number = NULL WHERE id = ?1");
    frozen("UPDATE invoice SET number = 'FACT-2026-0042' WHERE id = ?1");
    frozen("UPDATE invoice SET customer_name = 'Autre' WHERE id = ?1");
    frozen("UPDATE invoice SET issue_date = '2026-01-01' WHERE id = ?1");
    frozen("UPDATE invoice_line SET unit_price_cents = 1 WHERE invoice_id = ?1");
    frozen("UPDATE invoice_line SET designation = 'Autre chose' WHERE invoice_id = ?1");
    frozen("DELETE FROM invoice_line WHERE invoice_id = ?1");
    frozen(
        "INSERT INTO invoice_line (invoice_id, position, designation, quantity, unit_price_cents, vat_rate)
         VALUES (?1, 9, 'Ajout', '1', 100, '20')",
    );
    frozen("DELETE FROM invoice WHERE id = ?1");

    // the facts that may come later can still be recorded
    assert_eq!(
        conn.execute(
            "UPDATE invoice SET sent_on = '2026-03-02' WHERE id = ?1",
            [issued]
        )
        .unwrap(),
        1
    );

    // the same statements on a draft go through
    assert_eq!(
        conn.execute("UPDATE invoice SET total_cents = 1 WHERE id = ?1", [d])
            .unwrap(),
        1
    );
    assert_eq!(
        conn.execute(
            "UPDATE invoice_line SET unit_price_cents = 1 WHERE invoice_id = ?1",
            [d]
        )
        .unwrap(),
        1
    );
    assert_eq!(
        conn.execute(
            "INSERT INTO invoice_line (invoice_id, position, designation, quantity, unit_price_cents, vat_rate)
             VALUES (?1, 9, 'Ajout', '1', 100, '20')",
            [d]
        )
        .unwrap(),
        1
    );
    assert_eq!(
        env.json(&["invoice", "show", &d.to_string()])["total"],
        "0.01",
        "the raw change is seen"
    );
    assert_eq!(
        conn.execute("DELETE FROM invoice_line WHERE invoice_id = ?1", [d])
            .unwrap(),
        2
    );
    assert_eq!(conn.execute("DELETE FROM invoice WHERE id = ?1", [d]).unwrap(), 1);
    drop(conn);

    let v = env.json(&["invoice", "show", "FACT-2026-0001"]);
    assert_eq!(
        (v["number"].as_str(), v["total"].as_str()),
        (Some("FACT-2026-0001"), Some("1200.00"))
    );
    assert_eq!(v["lines"][0]["unit_price"], "500.00");
    assert_eq!(v["lines"].as_array().unwrap().len(), 1);
    assert_eq!(v["status"], "sent");
}

#[test]
fn a_migration_that_cannot_run_exits_3_and_leaves_the_ledger_as_it_was() {
    let env = TestEnv::with_customer();
    // pretend migration 5 never ran, although its tables are there: it must fail, and
    // the migrations after it with it
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert!(version >= 5);
    conn.pragma_update(None, "user_version", 4).unwrap();
    drop(conn);
    let before = env.snapshot();
    let err = env.fails(&["customer", "list"], 3);
    assert!(
        err.contains("from schema 4 to 5") && err.contains("left as it was"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let after: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(after, 4);
}

#[test]
fn an_export_into_a_missing_folder_names_the_file_and_the_fix() {
    let env = TestEnv::with_customer();
    env.issued_invoice("Audit;1;100;20", "2026-02-01");
    let out = env.dir.path().join("nowhere").join("fec.txt");
    let err = env.fails(
        &["export", "fec", "--year", "2026", "--out", out.to_str().unwrap()],
        2,
    );
    assert!(err.contains("fec.txt") && err.contains("--out"), "{err}");
    assert!(!env.dir.path().join("nowhere").exists());
}

#[test]
fn a_statement_starting_after_its_own_date_is_refused() {
    let env = TestEnv::with_customer();
    let err = env.fails(&["customer", "statement", "ACME", "--from", "2026-04-01"], 2);
    assert!(
        err.contains("--from 2026-04-01") && err.contains("--as-of"),
        "{err}"
    );
}

/// Input that would make every later cron run fail is refused where it enters (issue 12,
/// defect 5): one rule per field for the command line and the imports.
#[test]
fn input_that_would_fail_every_day_is_refused_where_it_enters() {
    let env = with_invoice();
    refused(
        &env,
        &[
            "company",
            "set",
            "--email",
            "compta@atelier.example; direction@atelier.example",
        ],
        &["email", "one address"],
    );
    refused(
        &env,
        &["company", "set", "--email", "pas une adresse"],
        &["email"],
    );
    refused(
        &env,
        &["company", "set", "--name", "Atelier\r\nBcc: x@y.example"],
        &["--name", "line break"],
    );
    refused(
        &env,
        &[
            "customer",
            "edit",
            "ACME",
            "--email",
            "a@acme.example,b@acme.example",
        ],
        &["email", "one address"],
    );
    refused(
        &env,
        &["customer", "add", "--code", "LONG", "--name", &"x".repeat(5000)],
        &["--name", "characters"],
    );
    refused(
        &env,
        &["customer", "edit", "ACME", "--address", "1 rue A\t69000"],
        &["address"],
    );
    // the same rules for the customers import: every bad row named, nothing imported
    let csv = env.dir.path().join("customers.csv");
    let long = "y".repeat(1 << 20);
    std::fs::write(
        &csv,
        format!(
            "code;name;email\nNUL;Nul\u{0}Nom;a@b.example\nDEUX;Deux;a@b.example;c@d.example\nLONG;{long};l@b.example\nBON;Bon;bon@b.example\n"
        ),
    )
    .unwrap();
    let err = refused(
        &env,
        &["import", "customers", csv.to_str().unwrap()],
        &["line 2", "line 4", "name"],
    );
    assert!(
        err.len() < 5000,
        "a refused megabyte is not echoed back: {} bytes",
        err.len()
    );
}

/// A negative amount gets our message, not clap's "unexpected argument" (issue 12 defect 6).
#[test]
fn a_negative_amount_is_refused_in_our_words() {
    let env = with_invoice();
    for args in [
        &["invoice", "pay", "FACT-2026-0001", "--amount", "-5"][..],
        &[
            "invoice",
            "credit",
            "FACT-2026-0001",
            "--amount",
            "-5",
            "--reason",
            "geste",
        ],
        &["payment", "add", "--customer", "ACME", "--amount", "-5"],
    ] {
        let err = refused(&env, args, &["--amount `-5`", "greater than zero"]);
        assert!(!err.contains("unexpected argument"), "{args:?}: {err}");
    }
}

/// Numbers and ids never mix up (issue 12 defect 10): a bare number is an invoice number
/// (imported ones may be digits only) or a draft's id, never an issued invoice's id;
/// `#ID` names any invoice by its id.
#[test]
fn an_issued_invoice_is_never_taken_for_its_id() {
    let env = with_invoice();
    let err = refused(&env, &["invoice", "send", "1"], &["FACT-2026-0001", "#1"]);
    assert!(err.contains("no invoice numbered `1`"), "{err}");
    let v = env.json(&["invoice", "show", "#1"]);
    assert_eq!(v["number"], "FACT-2026-0001");
    // an invoice imported with a number made of digits is found by that number
    let csv = env.dir.path().join("old.csv");
    std::fs::write(&csv, "number;customer;issue_date;total\n54;ACME;2025-06-01;300\n").unwrap();
    env.ok(&["import", "invoices", csv.to_str().unwrap()]);
    let v = env.json(&["invoice", "show", "54"]);
    assert_eq!(
        (v["number"].as_str(), v["total"].as_str()),
        (Some("54"), Some("300.00"))
    );
}

/// Identity numbers are checked where they are typed (issue 10): the French VAT key
/// derived from the SIREN, a VAT number that belongs to another SIREN, the BIC's shape,
/// the IBAN's length for its country.
#[test]
fn identity_numbers_are_checked_where_they_are_typed() {
    let env = with_invoice();
    refused(
        &env,
        &["company", "set", "--vat-number", "FR69842130577"],
        &["VAT number", "FR68842130577"],
    );
    refused(
        &env,
        &["company", "set", "--vat-number", "FR44732829320"],
        &["SIREN 842130577"],
    );
    refused(&env, &["company", "set", "--bic", "AGRIFRP"], &["BIC", "AGRIFRP"]);
    refused(
        &env,
        &["company", "set", "--iban", "FR76300060000112345678901"],
        &["IBAN"],
    );
    refused(
        &env,
        &[
            "customer",
            "add",
            "--name",
            "Ailleurs",
            "--siren",
            "732829320",
            "--vat-number",
            "FR75512345679",
        ],
        &["SIREN 732829320"],
    );
    let c = env.json(&[
        "customer",
        "add",
        "--name",
        "Berlin GmbH",
        "--vat-number",
        "de 123 456 789",
    ]);
    assert_eq!(c["vat_number"], "DE123456789");
}

/// No invoice is numbered without its mandatory mentions, nor dated after today (issue
/// 10): the message names the missing field and the command that sets it, and the draft
/// stays a draft.
#[test]
fn an_invoice_without_its_legal_mentions_is_not_issued() {
    let env = TestEnv::empty();
    env.ok(&["init", "--name", "Atelier Sans Siren"]);
    env.ok(&["customer", "add", "--code", "ACME", "--name", "ACME SAS"]);
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;1000;20",
    ]);
    let steps: [(&[&str], &[&str]); 5] = [
        (
            &["company", "set", "--siren", "842130577"],
            &["SIREN", "company set --siren"],
        ),
        (
            &["company", "set", "--address", "1 rue X\\n75001 Paris"],
            &["address", "company set --address"],
        ),
        (
            &["company", "set", "--vat-number", "FR68842130577"],
            &["VAT number", "--vat-franchise"],
        ),
        (
            &["customer", "edit", "ACME", "--address", "2 av. Foch\\n69006 Lyon"],
            &["customer ACME", "customer edit ACME --address"],
        ),
        (
            &["customer", "edit", "ACME", "--siren", "512345679"],
            &["SIREN of customer ACME", "customer edit ACME --siren"],
        ),
    ];
    for (fix, needles) in steps {
        refused(&env, &["invoice", "issue", "1", "--date", "2026-03-01"], needles);
        env.ok(fix);
    }
    refused(
        &env,
        &[
            "invoice",
            "issue",
            "1",
            "--date",
            "2026-03-16",
            "--as-of",
            "2026-03-15",
        ],
        &["2026-03-16", "after today"],
    );
    let v = env.json(&["invoice", "issue", "1", "--date", "2026-03-01"]);
    assert_eq!(v["number"], "FACT-2026-0001");
}

/// Issue 11 defect 8: `[accounting]` values are checked when the config is read, and the
/// message names the key.
#[test]
fn a_bad_accounting_config_is_refused_naming_the_key() {
    let env = with_invoice();
    let config = env.dir.path().join("compta.toml");
    std::fs::write(&config, "[accounting]\ncustomers = \"41\"\n").unwrap();
    let err = env.fails(
        &[
            "--config",
            config.to_str().unwrap(),
            "export",
            "fec",
            "--year",
            "2026",
        ],
        2,
    );
    assert!(err.contains("[accounting] customers"), "{err}");
    std::fs::write(&config, "[accounting]\nbank_journal = \"VT\"\n").unwrap();
    let err = env.fails(
        &[
            "--config",
            config.to_str().unwrap(),
            "export",
            "fec",
            "--year",
            "2026",
        ],
        2,
    );
    assert!(err.contains("sales_journal and bank_journal"), "{err}");
}

/// Issue 11 defect 9: one meaning per flag. `--to` is a date everywhere; the file's
/// layout is `--layout`.
#[test]
fn to_is_a_date_everywhere() {
    let env = with_invoice();
    let v = env.json(&[
        "export",
        "entries",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--layout",
        "csv",
        "--out",
        "e.csv",
    ]);
    assert_eq!(v["from"], "2026-01-01", "{v:#}");
    assert_eq!(v["to"], "2026-12-31", "{v:#}");
    refused(
        &env,
        &["export", "entries", "--to", "csv", "--year", "2026"],
        &["--to", "csv"],
    );
}

/// Issue 12 defect 10: a receipt that cannot be made (a broken template) after the payment
/// is recorded exits 1 and says the payment is recorded, never "nothing changed" (which
/// made users pay twice).
#[test]
fn a_broken_receipt_template_does_not_hide_a_recorded_payment() {
    let env = with_invoice();
    let dir = env.dir.path().join("conf");
    std::fs::create_dir_all(dir.join("templates")).unwrap();
    std::fs::write(
        dir.join("config.toml"),
        "[email]\nfrom = \"Atelier <a@atelier.example>\"\n",
    )
    .unwrap();
    for lang in ["fr", "en"] {
        std::fs::write(
            dir.join(format!("templates/receipt.{lang}.txt")),
            "Subject: {{ broken\n",
        )
        .unwrap();
    }
    let config = dir.join("config.toml");
    let out = env.run(&[
        "--config",
        config.to_str().unwrap(),
        "invoice",
        "pay",
        "FACT-2026-0001",
        "--amount",
        "200",
        "--notify",
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("the payment is recorded"), "{err}");
    let v = env.json(&["invoice", "show", "FACT-2026-0001"]);
    assert_eq!(v["paid"], "200.00", "the payment stands");
}

/// Control characters (C0, C1, U+2028/2029) are refused at input with exit 2 naming the
/// field, on the command line and in imports, so they never reach a FEC, CSV or PDF
/// (issue 11 defect 4).
#[test]
fn control_characters_are_refused_at_input_naming_the_field() {
    let env = with_invoice();
    refused(
        &env,
        &["customer", "add", "--code", "SEP", "--name", "Sep\u{2028}Arateur"],
        &["--name", "control character"],
    );
    refused(
        &env,
        &["customer", "edit", "ACME", "--name", "ACME\u{2029}SAS"],
        &["--name", "control character"],
    );
    refused(
        &env,
        &["customer", "edit", "ACME", "--address", "2 av. Foch\u{2028}Lyon"],
        &["address", "control character"],
    );
    refused(
        &env,
        &[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--line",
            "Au\u{7}dit;1;100;20",
        ],
        &["designation", "control character"],
    );
    refused(
        &env,
        &[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--line",
            "Audit;1;100;20",
            "--po",
            "PO\u{85}1",
        ],
        &["--po", "control character"],
    );
    refused(
        &env,
        &[
            "payment",
            "add",
            "--customer",
            "ACME",
            "--amount",
            "100",
            "--reference",
            "VIR\u{1b}[2J",
        ],
        &["--reference", "control character"],
    );
    refused(
        &env,
        &[
            "invoice",
            "pay",
            "FACT-2026-0001",
            "--amount",
            "100",
            "--reference",
            "VIR\u{2028}X",
        ],
        &["--reference", "control character"],
    );
    refused(
        &env,
        &[
            "invoice",
            "credit",
            "FACT-2026-0001",
            "--amount",
            "10",
            "--reason",
            "Remise\u{9f}",
        ],
        &["--reason", "control character"],
    );
    refused(
        &env,
        &["company", "set", "--phone", "01 23\u{1}45"],
        &["--phone", "control character"],
    );
    let csv = env.dir.path().join("payments.csv");
    std::fs::write(
        &csv,
        "date;customer;amount;reference\n2026-03-05;ACME;100,00;VIR\u{2029}ACME\n",
    )
    .unwrap();
    refused(
        &env,
        &["import", "payments", csv.to_str().unwrap()],
        &["line 2", "reference", "control character"],
    );
    let csv = env.dir.path().join("customers.csv");
    std::fs::write(&csv, "code;name\nSEP;S\u{2028}ep\n").unwrap();
    refused(
        &env,
        &["import", "customers", csv.to_str().unwrap()],
        &["line 2", "name", "control character"],
    );
    // letters from outside Latin-9 are not control characters
    env.ok(&[
        "customer",
        "add",
        "--code",
        "LODZ",
        "--name",
        "Łódź Œuvres – l’atelier",
    ]);
}
