//! `--out -` is the standard output for every command that writes a file: the data alone
//! on stdout, what the command says about it on stderr, no file named `-`.

use crate::common::TestEnv;

fn ledger_with_an_invoice() -> TestEnv {
    let env = TestEnv::with_customer();
    env.issued_invoice("@AUDIT;1", "2026-02-01");
    env
}

/// Runs `args`; asserts success and that no file named `-` was left; returns stdout
/// (bytes) and stderr.
fn to_stdout(env: &TestEnv, args: &[&str]) -> (Vec<u8>, String) {
    let out = env.run(args);
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "creances {args:?} failed: {err}");
    assert!(
        !env.dir.path().join("-").exists(),
        "creances {args:?} wrote a file named `-`"
    );
    (out.stdout, err)
}

#[test]
fn export_invoices_out_dash_prints_the_csv_and_says_so_on_stderr() {
    let env = ledger_with_an_invoice();
    let (out, err) = to_stdout(&env, &["export", "invoices", "--out", "-"]);
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.trim_start_matches('\u{feff}').starts_with("numero;"),
        "{text}"
    );
    assert!(text.contains("FACT-2026-0001"), "{text}");
    assert!(!text.contains("wrote"), "the summary went into the data: {text}");
    assert!(err.contains("wrote"), "{err}");
}

#[test]
fn export_fec_out_dash_prints_the_entries() {
    let env = ledger_with_an_invoice();
    let (out, _) = to_stdout(
        &env,
        &[
            "export",
            "fec",
            "--year",
            "2026",
            "--out",
            "-",
            "--encoding",
            "utf8",
        ],
    );
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("JournalCode\t"), "{text}");
}

#[test]
fn a_pdf_and_a_backup_go_to_stdout_whole() {
    let env = ledger_with_an_invoice();
    let (pdf, _) = to_stdout(&env, &["invoice", "pdf", "FACT-2026-0001", "--out", "-"]);
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF on stdout");
    let (copy, err) = to_stdout(&env, &["backup", "--out", "-"]);
    assert!(
        copy.starts_with(b"SQLite format 3\0"),
        "not a ledger on stdout: {err}"
    );
}
