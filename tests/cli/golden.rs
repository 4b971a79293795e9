//! Golden snapshots: every output a person sees on the demo ledger (`creances demo
//! --as-of 2026-11-24`), pinned byte for byte in tests/cli/snapshots/, so that a change
//! of the source that changes no output changes no snapshot. A diff there is a change of
//! the product and is reviewed as one.
//!
//! Each snapshot is the transcript of one command line as a user types it (run by
//! `TestEnv::cmdline`, on a copy of the demo ledger): the line, its exit code, stdout,
//! stderr, then every file it wrote beside the ledger (FEC and CSV exports decoded, PDFs
//! by size and SHA-256, mails with their headers and body). The line is shown with the
//! `--as-of` it ran with; `--db ledger.sqlite` (relative to the test's folder, which is
//! the current folder) is left out. The ledger file itself is not shown: refused commands
//! assert that it is unchanged (`common::snapshot`), and so do listings.
//!
//! # Updating the snapshots after an intended change
//!
//! ```sh
//! INSTA_UPDATE=always cargo test golden -- --include-ignored   # rewrite the .snap files
//! git diff tests/cli/snapshots                                 # review each change
//! ```
//!
//! (or `cargo insta review`, with cargo-insta installed). A plain `cargo test` fails on
//! any difference, shows the diff and leaves the new output beside the old one as
//! `NAME.snap.new` (insta's default, INSTA_UPDATE=auto); with `CI` set (CI runs `.ci/run`
//! with CI=true) it fails and writes nothing. A test stops at its first difference;
//! `INSTA_FORCE_PASS=1 cargo test golden` writes every `.snap.new` at once to see them
//! all, and must never be set in CI. A snapshot no test takes any more is not detected:
//! delete it by hand. The PDF text snapshots need pdftotext and are #[ignore]d like the
//! other tests of outside tools; pdftotext's layout may differ between poppler versions,
//! the PDF hashes do not.
//!
//! # Exactness
//!
//! insta compares snapshots modulo trailing blanks at the very end and CRLF read as LF.
//! So every transcript ends with `[end]`, so that the end of each stream is compared; a
//! stream without a final newline says `[no newline at end]`; CRLF line ends are declared
//! (`[CRLF line endings]`) and converted; other control characters are shown as
//! `⟨CR⟩`, `⟨FF⟩` (pdftotext's page ends) or `⟨U+XXXX⟩`; a byte-order mark as `[UTF-8 BOM]`.
//!
//! # Redacted, and why
//!
//! Only what changes from run to run whatever the code does:
//! - the `Date:` header of mails (`[DATE]`): the wall-clock time of sending, not `--as-of`;
//! - in exported entries, the days the demo was built (`[RECORDED]`): an entry's
//!   ValidDate is the wall-clock day it was recorded; such a file is pinned by the hash
//!   of its text as shown, and by its size;
//! - MIME boundaries (`BOUNDARY`): random per message (lettre);
//! - a path into the test's temp folder (`[TMP]`), should one be printed: the folder's name
//!   is random. Commands get the ledger as a relative path, so none is printed today.
//!
//! Message-IDs are not redacted: they are made of the run day, the customer and a counter,
//! and are part of what a run does.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::SystemTime;

use crate::common::{
    DEMO_DAY, TestEnv, base64_decode, decode_qp, decode_words, mime_boundary, pdftotext_layout, sha256_hex,
    snapshot,
};
use crate::fec_checker::decode_latin9;

// ---------------------------------------------------------------------------------------
// The demo ledger, built once
// ---------------------------------------------------------------------------------------

/// The demo ledger built once for the whole test run, and what `creances demo` printed.
struct Template {
    env: TestEnv,
    transcript: String,
}

/// Builds the demo in a folder of Cargo's target tmp dir named after this process; the
/// folders of earlier runs whose process is gone are removed first. (A static is never
/// dropped, so a plain temp dir would be left behind on every run.)
fn template() -> &'static Template {
    static TEMPLATE: OnceLock<Template> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let parent = Path::new(env!("CARGO_TARGET_TMPDIR"));
        remove_templates_of_finished_runs(parent);
        let dir = tempfile::Builder::new()
            .prefix(&format!("golden-demo-{}-", std::process::id()))
            .tempdir_in(parent)
            .expect("template dir");
        let env = TestEnv {
            db: dir.path().join("ledger.sqlite"),
            dir,
            today: DEMO_DAY,
        };
        let (code, transcript) = transcript(&env, "demo");
        assert_eq!(code, 0, "the demo ledger could not be built:\n{transcript}");
        Template { env, transcript }
    })
}

fn remove_templates_of_finished_runs(parent: &Path) {
    let proc = Path::new("/proc");
    if !proc.is_dir() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name
            .strip_prefix("golden-demo-")
            .and_then(|rest| rest.split('-').next())
        else {
            continue;
        };
        if !pid.is_empty() && !proc.join(pid).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// A copy of the demo ledger, with its documents, letters and outbox, in a fresh folder;
/// commands run on DEMO_DAY unless their line gives `--as-of`.
fn demo() -> TestEnv {
    let from = template().env.dir.path();
    let mut env = TestEnv::empty();
    env.today = DEMO_DAY;
    copy_dir(from, env.dir.path());
    env
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("read template") {
        let entry = entry.expect("template entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            std::fs::create_dir_all(&target).expect("create dir");
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

// ---------------------------------------------------------------------------------------
// Transcripts
// ---------------------------------------------------------------------------------------

/// Every file of the folder but the ledger and its companions (`ledger.sqlite-wal`, the
/// dunning lock...), with its size and modification time.
fn files(dir: &Path) -> BTreeMap<PathBuf, (u64, SystemTime)> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, (u64, SystemTime)>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let meta = entry.metadata().expect("metadata");
            if meta.is_dir() {
                walk(root, &path, out);
            } else if !entry.file_name().to_string_lossy().starts_with("ledger.sqlite") {
                let rel = path.strip_prefix(root).expect("inside").to_path_buf();
                out.insert(rel, (meta.len(), meta.modified().expect("mtime")));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// Text as a snapshot shows it, so that insta's comparison still sees every character:
/// CRLF line ends declared and converted, other control characters (but tab and newline)
/// made visible, a missing final newline said.
fn exact(text: &str) -> String {
    let mut out = String::new();
    let mut text = text.to_string();
    let newlines = text.matches('\n').count();
    if newlines > 0 && text.matches("\r\n").count() == newlines && text.matches('\r').count() == newlines {
        out.push_str("[CRLF line endings]\n");
        text = text.replace("\r\n", "\n");
    }
    for c in text.chars() {
        match c {
            '\n' | '\t' => out.push(c),
            '\r' => out.push_str("⟨CR⟩"),
            '\u{c}' => out.push_str("⟨FF⟩"),
            c if c.is_control() => out.push_str(&format!("⟨U+{:04X}⟩", c as u32)),
            c => out.push(c),
        }
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push_str("\n[no newline at end]\n");
    }
    out
}

fn stream(name: &str, text: &str) -> String {
    if text.is_empty() {
        format!("[{name}: empty]\n")
    } else {
        format!("[{name}]\n{}", exact(text))
    }
}

/// A text file as a snapshot shows it: a UTF-8 BOM said, ISO-8859-15 decoded (what is
/// not UTF-8 is read as ISO-8859-15, the FEC's default encoding).
fn text_file(bytes: &[u8]) -> (&'static str, String) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        let text = std::str::from_utf8(rest).expect("UTF-8 after a UTF-8 BOM");
        ("UTF-8 with BOM", format!("[UTF-8 BOM]{}", exact(text)))
    } else if let Ok(text) = std::str::from_utf8(bytes) {
        ("UTF-8", exact(text))
    } else {
        ("ISO-8859-15", exact(&decode_latin9(bytes)))
    }
}

/// A file a command wrote: a PDF by size and hash, a mail as `mail` shows it, any other
/// file by size, hash, encoding and text.
fn written_file(dir: &Path, rel: &Path) -> String {
    let bytes = std::fs::read(dir.join(rel)).expect("read written file");
    let name = rel.display();
    if rel.extension().is_some_and(|e| e == "eml") {
        let raw = String::from_utf8(bytes).expect("a mail is ASCII");
        return format!("[mail {name}]\n{}", mail(&raw));
    }
    let head = format!("{name}: {} bytes, sha256 {}", bytes.len(), sha256_hex(&bytes));
    if bytes.starts_with(b"%PDF-") || bytes.starts_with(b"PK\x03\x04") {
        // a PDF, or a zip (an xlsx workbook): pinned by its bytes
        return format!("[file {head}]\n");
    }
    let (encoding, text) = text_file(&bytes);
    if !text.lines().next().is_some_and(|h| h.contains("ValidDate")) {
        return format!("[file {head}, {encoding}]\n{text}");
    }
    // entries: their ValidDate is the wall-clock day they were recorded
    let mut redacted = text;
    for day in recording_days(dir) {
        redacted = redacted.replace(&day, "[RECORDED]");
    }
    format!(
        "[file {name}: {} bytes, ValidDate redacted, sha256 of the text shown {}, {encoding}]\n{redacted}",
        bytes.len(),
        sha256_hex(redacted.as_bytes())
    )
}

/// The days (AAAAMMJJ) the ledger's events were recorded, by the wall clock.
fn recording_days(dir: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(dir.join("ledger.sqlite")).expect("open ledger");
    let mut stmt = conn
        .prepare("SELECT DISTINCT replace(substr(at, 1, 10), '-', '') FROM audit_log")
        .expect("audit days");
    stmt.query_map([], |r| r.get(0))
        .expect("audit days")
        .collect::<rusqlite::Result<_>>()
        .expect("audit days")
}

/// A mail as a snapshot shows it: the raw message with the Date header and the MIME
/// boundary redacted and each base64 attachment replaced by its size and SHA-256, then
/// its subject and text parts decoded, for the reader.
fn mail(raw: &str) -> String {
    let boundary = mime_boundary(raw);
    let text = match &boundary {
        Some(b) => raw.replace(b.as_str(), "BOUNDARY"),
        None => raw.to_string(),
    };
    let mut out = String::new();
    let mut in_headers = true;
    let mut part_headers = String::new();
    // the base64 text of the attachment being read, and the line end after it
    let mut base64: Option<(String, String)> = None;
    let flush = |base64: &mut Option<(String, String)>, out: &mut String| {
        if let Some((text, end)) = base64.take() {
            let bytes = base64_decode(&text);
            out.push_str(&format!(
                "[base64: {} bytes, sha256 {}]{end}",
                bytes.len(),
                sha256_hex(&bytes)
            ));
        }
    };
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\n', '\r']);
        let end = &line[bare.len()..];
        if bare.starts_with("--BOUNDARY") {
            flush(&mut base64, &mut out);
            in_headers = true;
            part_headers.clear();
        } else if let Some((text, last_end)) = base64.as_mut() {
            text.push_str(bare);
            *last_end = end.to_string();
            continue;
        } else if in_headers && bare.starts_with("Date: ") {
            out.push_str(&format!("Date: [DATE]{end}"));
            continue;
        } else if in_headers && bare.is_empty() {
            in_headers = false;
            if part_headers
                .to_ascii_lowercase()
                .contains("content-transfer-encoding: base64")
            {
                base64 = Some((String::new(), String::new()));
            }
        } else if in_headers {
            part_headers.push_str(bare);
            part_headers.push('\n');
        }
        out.push_str(line);
    }
    flush(&mut base64, &mut out);
    format!(
        "{}[decoded]\n{}",
        exact(&out),
        decoded_mail(raw, boundary.as_deref())
    )
}

/// The subject, recipient and text parts of a mail, decoded.
fn decoded_mail(raw: &str, boundary: Option<&str>) -> String {
    let raw = raw.replace("\r\n", "\n");
    let (head, body) = raw.split_once("\n\n").unwrap_or((&raw, ""));
    let unfolded = head.replace("\n ", " ").replace("\n\t", " ");
    let header = |name: &str| {
        unfolded
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{name}: ")))
            .map(decode_words)
            .unwrap_or_default()
    };
    let mut out = format!("To: {}\nSubject: {}\n", header("To"), header("Subject"));
    let text_part = |head: &str, body: &str| -> Option<String> {
        let lower = head.to_ascii_lowercase();
        if !lower.contains("content-type: text/plain") {
            return None;
        }
        Some(if lower.contains("quoted-printable") {
            decode_qp(body)
        } else {
            body.to_string()
        })
    };
    match boundary {
        None => {
            if let Some(t) = text_part(head, body) {
                out.push_str(&format!("[text]\n{}", exact(&t)));
            }
        }
        Some(b) => {
            for part in body.split(&format!("--{b}")).skip(1) {
                let part = part.strip_prefix('\n').unwrap_or(part);
                let (h, b) = part.split_once("\n\n").unwrap_or((part, ""));
                if let Some(t) = text_part(h, b) {
                    out.push_str(&format!("[text part]\n{}", exact(&t)));
                } else if let Some(name) = h.split("filename=\"").nth(1) {
                    let name = name.split('"').next().unwrap_or("");
                    out.push_str(&format!("[attachment {name}]\n"));
                }
            }
        }
    }
    out
}

/// Runs `line` on `env` and writes down what it did; returns the exit code too.
fn transcript(env: &TestEnv, line: &str) -> (i32, String) {
    let dir = env.dir.path();
    let before = files(dir);
    let (code, stdout, stderr) = env.cmdline(line);
    let after = files(dir);
    let as_of = if line.contains("--as-of") {
        String::new()
    } else {
        format!("--as-of {} ", env.today)
    };
    let mut t = format!("$ creances {as_of}{line}\n[exit {code}]\n");
    t.push_str(&stream("stdout", &stdout));
    t.push_str(&stream("stderr", &stderr));
    for (rel, meta) in &after {
        if before.get(rel) != Some(meta) {
            t.push_str(&written_file(dir, rel));
        }
    }
    for rel in before.keys().filter(|r| !after.contains_key(*r)) {
        t.push_str(&format!("[removed {}]\n", rel.display()));
    }
    t.push_str("[end]\n");
    let tmp = dir.display().to_string();
    (code, t.replace(&tmp, "[TMP]"))
}

/// `report aging --by invoice --format csv` → `report_aging_by_invoice_format_csv`.
fn slug(line: &str) -> String {
    let mut out = String::new();
    for c in line.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_string()
}

/// Compares `text` with the snapshot `name`; a name is taken once per run, so that two
/// tests never write the same file.
#[track_caller]
fn assert_golden(name: &str, text: &str) {
    static NAMES: Mutex<Option<HashSet<String>>> = Mutex::new(None);
    let fresh = NAMES
        .lock()
        .unwrap()
        .get_or_insert_with(HashSet::new)
        .insert(name.to_string());
    assert!(fresh, "two snapshots are named {name}");
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(name, text));
}

/// Pins what `line` prints and writes, as the snapshot named after the line.
#[track_caller]
fn pin(env: &TestEnv, line: &str) -> i32 {
    pin_as(env, &slug(line), line)
}

/// Pins what `line` prints and writes, as the snapshot `name`.
#[track_caller]
fn pin_as(env: &TestEnv, name: &str, line: &str) -> i32 {
    let (code, t) = transcript(env, line);
    assert_golden(name, &t);
    code
}

/// Fails, naming the tables that differ, unless the ledger is as `before`.
#[track_caller]
fn assert_unchanged(env: &TestEnv, before: &str, line: &str) {
    let after = snapshot(&env.db);
    if after != before {
        let tables = |s: &str| -> Vec<String> { s.split("\n[").map(String::from).collect() };
        let (b, a) = (tables(before), tables(&after));
        let changed: Vec<&str> = a
            .iter()
            .filter(|t| !b.contains(t))
            .map(|t| t.trim_start_matches('[').split(']').next().unwrap_or(""))
            .collect();
        panic!("`{line}` changed the ledger: tables {changed:?}");
    }
}

/// Pins a command that only reads: it succeeds and leaves the ledger as it was.
#[track_caller]
fn pin_listing(env: &TestEnv, line: &str) {
    let before = snapshot(&env.db);
    let (code, t) = transcript(env, line);
    assert_golden(&slug(line), &t);
    assert_eq!(code, 0, "{t}");
    assert_unchanged(env, &before, line);
}

/// `pin_listing` in each output format: table, csv, json.
#[track_caller]
fn pin_formats(env: &TestEnv, line: &str) {
    pin_listing(env, line);
    pin_listing(env, &format!("{line} --format csv"));
    pin_listing(env, &format!("{line} --format json"));
}

/// Pins a refused command as `refused_NAME`: its exit code is not 0 and the ledger is
/// unchanged.
#[track_caller]
fn pin_refused(env: &TestEnv, name: &str, line: &str) {
    let before = snapshot(&env.db);
    let (code, t) = transcript(env, line);
    assert_golden(&format!("refused_{name}"), &t);
    assert_ne!(code, 0, "`{line}` should be refused:\n{t}");
    assert_unchanged(env, &before, line);
}

#[test]
fn transcripts_show_every_character() {
    assert_eq!(exact("a\r\nb\r\n"), "[CRLF line endings]\na\nb\n");
    assert_eq!(exact("a\rb\n"), "a⟨CR⟩b\n");
    assert_eq!(
        exact("page 1\n\u{c}page 2"),
        "page 1\n⟨FF⟩page 2\n[no newline at end]\n"
    );
    assert_eq!(exact("\u{1b}[1m\n"), "⟨U+001B⟩[1m\n");
    assert_eq!(exact(""), "");
    assert_eq!(text_file(b"\xEF\xBB\xBFa;b\n").1, "[UTF-8 BOM]a;b\n");
    assert_eq!(
        text_file(b"Lef\xE8vre \xA4\n"),
        ("ISO-8859-15", "Lefèvre €\n".to_string())
    );
    assert_eq!(
        slug("report aging --by invoice --format csv"),
        "report_aging_by_invoice_format_csv"
    );
    assert_eq!(
        slug("invoice list --overdue --as-of 2027-01-15"),
        "invoice_list_overdue_as_of_2027_01_15"
    );
}

// ---------------------------------------------------------------------------------------
// The demo itself
// ---------------------------------------------------------------------------------------

#[test]
fn golden_demo() {
    assert_golden("demo", &template().transcript);
    let mut env = TestEnv::empty();
    env.today = DEMO_DAY;
    pin(&env, "demo --format json");
}

// ---------------------------------------------------------------------------------------
// Listings and shows, in table, csv and json
// ---------------------------------------------------------------------------------------

#[test]
fn golden_company_customers_and_catalogue() {
    let env = demo();
    pin_formats(&env, "company show");
    pin_formats(&env, "customer list");
    pin_listing(&env, "customer list --status late");
    pin_listing(&env, "customer list --as-of 2027-01-15");
    // the colours a terminal shows (green, orange, red), with their escape codes
    pin_listing(&env, "customer list --color always");
    // a late payer with a history, a credit note and quotes; one that pays on time; the
    // blocked customer with a write-off
    for code in ["TRANSLEF", "BOULMART"] {
        pin_formats(&env, &format!("customer show {code}"));
    }
    pin_listing(&env, "customer show GIRARD");
    pin_formats(&env, "customer statement TRANSLEF");
    pin_formats(&env, "customer statement TRANSLEF --from 2026-09-01");
    pin_listing(&env, "customer statement GARPETIT --as-of 2027-01-15");
    pin_listing(&env, "customer statement TRANSLEF --pdf");
    pin_listing(&env, "customer statement TRANSLEF --out releve.xlsx");
    pin_formats(&env, "product list");
}

#[test]
fn golden_offers() {
    let env = demo();
    pin_formats(&env, "offer list");
    pin_listing(&env, "offer list --status open");
    pin_listing(&env, "offer list --customer TILLEULS");
    // open, declined, expired, accepted
    pin_formats(&env, "offer show DEV-2026-0022");
    pin_listing(&env, "offer show DEV-2026-0023");
    pin_listing(&env, "offer show DEV-2026-0024");
    pin_listing(&env, "offer show DEV-2026-0017 --format json");
}

#[test]
fn golden_invoice_lists() {
    let env = demo();
    pin_formats(&env, "invoice list");
    pin_formats(&env, "invoice list --overdue");
    pin_formats(&env, "invoice list --credit-notes");
    for status in [
        "unsent",
        "sent",
        "overdue",
        "partially_paid",
        "paid",
        "written_off",
    ] {
        pin_listing(&env, &format!("invoice list --status {status}"));
    }
    pin_listing(
        &env,
        "invoice list --customer DUBOIS --from 2026-04-01 --to 2026-06-30",
    );
    pin_formats(&env, "invoice list --overdue --as-of 2027-01-15");
    pin_listing(&env, "invoice list --customer FONTAINE --color always");
    pin_listing(&env, "invoice list --customer GIRARD --color always");
}

#[test]
fn golden_invoice_shows() {
    let env = demo();
    // paid on time; credited in part (its credit note is AV-2026-0001); the credit note;
    // written off; partly paid and overdue; not due yet
    for number in [
        "FACT-2026-0001",
        "FACT-2026-0015",
        "AV-2026-0001",
        "FACT-2026-0025",
        "FACT-2026-0013",
        "FACT-2026-0045",
    ] {
        pin_formats(&env, &format!("invoice show {number}"));
    }
    pin_listing(&env, "invoice show FACT-2026-0045 --as-of 2027-01-15");
}

#[test]
fn golden_a_held_invoice() {
    let env = demo();
    pin_as(
        &env,
        "invoice_hold",
        r#"invoice hold FACT-2026-0045 --reason "livraison contestée" --until 2026-12-31"#,
    );
    pin_formats(&env, "invoice show FACT-2026-0045 --as-of 2026-11-25");
    pin_listing(&env, "dunning plan --days 30 --as-of 2026-11-25");
    let (code, t) = transcript(&env, "dunning run --dry-run --as-of 2027-01-15");
    assert_eq!(code, 0, "{t}");
    assert_golden("held_dunning_run_dry_run_as_of_2027_01_15", &t);
    pin(&env, "invoice release FACT-2026-0045 --as-of 2026-11-26");
    pin_listing(
        &env,
        "invoice show FACT-2026-0045 --as-of 2026-11-27 --format json",
    );
}

#[test]
fn golden_payments_and_tasks() {
    let env = demo();
    pin_formats(&env, "payment list");
    pin_listing(&env, "payment list --customer GARPETIT");
    pin_as(&env, "payment_unmatched_none", "payment unmatched");
    pin_formats(&env, "task list");
    // the next day's run makes the call task of GIRARD's late invoice
    pin(&env, "dunning run --as-of 2026-11-25");
    pin_formats(&env, "task list --as-of 2026-11-25");
    pin_as(
        &env,
        "task_done",
        r#"task done 1 --note "rappelé, paiement promis" --as-of 2026-11-26"#,
    );
    pin_formats(&env, "task list --all --as-of 2026-11-26");
}

/// A customer's credit applied to its newest invoice: the table `payment apply` prints,
/// and its refusal once nothing is left.
#[test]
fn golden_payment_apply() {
    let env = demo();
    // TILLEULS owes 504.00: 600.00 leaves 96.00 of credit, then a new invoice of 120.00
    let (code, _, err) = env.cmdline("payment add --customer TILLEULS --amount 600");
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = env.cmdline(r#"invoice create --customer TILLEULS --line "Suivi;1;100;20" --issue"#);
    assert_eq!(code, 0, "{err}");
    pin(&env, "payment apply --customer TILLEULS");
    pin_refused(
        &env,
        "payment_apply_no_credit",
        "payment apply --customer TILLEULS",
    );
}

/// A bank statement of the demo's customers: a credit naming its invoice, one of the
/// amount of two open invoices of its payer, one from nobody known, and a debit.
const STATEMENT: &str = "Date;Libellé;Débit;Crédit
20/11/2026;VIR SEPA TRANSPORTS LEFEVRE SAS REF FACT-2026-0045;;4 950,00
21/11/2026;VIR SEPA GARAGE PETIT ET FILS REGLEMENT;;720,00
22/11/2026;PRLV SEPA ORANGE FACTURE MOBILE;-45,90;
23/11/2026;VIR SEPA M DURAND CADEAU;;80,00
";

#[test]
fn golden_bank_reconciliation() {
    let env = demo();
    std::fs::write(env.dir.path().join("releve.csv"), STATEMENT).unwrap();
    pin(&env, "import bank releve.csv");
    pin_formats(&env, "payment unmatched");
    pin_formats(&env, "payment match");
    pin(&env, "payment match --auto");
    pin_as(&env, "payment_unmatched_after_match", "payment unmatched");
    pin_as(
        &env,
        "payment_list_after_match",
        "payment list --customer TRANSLEF",
    );
    pin_as(&env, "import_bank_again", "import bank releve.csv");
}

#[test]
fn golden_dunning() {
    let env = demo();
    pin_formats(&env, "dunning plan --days 30");
    pin_formats(&env, "dunning log");
    pin_listing(&env, "dunning log --customer DUBOIS");
    pin_listing(&env, "dunning log --invoice FACT-2026-0046 --format json");
    pin_formats(&env, "dunning run --dry-run");
    pin_formats(&env, "dunning run --dry-run --as-of 2027-01-15");
    pin_listing(&env, "dunning plan --days 30 --as-of 2027-01-15");
}

#[test]
fn golden_dunning_runs_on_a_later_day() {
    let env = demo();
    pin(&env, "dunning run --as-of 2027-01-15");
    pin_listing(&env, "dunning log --as-of 2027-01-15 --format csv");
    pin(&env, "dunning run --as-of 2027-01-15 --format json");
}

// ---------------------------------------------------------------------------------------
// Reports
// ---------------------------------------------------------------------------------------

#[test]
fn golden_aging() {
    let env = demo();
    pin_formats(&env, "report aging");
    pin_formats(&env, "report aging --by invoice");
    pin_formats(&env, "report aging --buckets 15,45,120");
    pin_formats(&env, "report aging --basis issue");
    pin_formats(&env, "report aging --as-of 2027-01-15");
    pin_listing(&env, "report aging --by invoice --as-of 2027-01-15");
}

#[test]
fn golden_dmp_split_and_kpis() {
    let env = demo();
    pin_formats(&env, "report dmp");
    pin_formats(&env, "report dmp --by customer");
    pin_listing(&env, "report dmp --from 2026-01-01 --to 2026-06-30");
    pin_formats(&env, "report split");
    pin_listing(&env, "report split --as-of 2027-01-15");
    pin_formats(&env, "report kpis");
    pin_listing(&env, "report kpis --as-of 2027-01-15");
}

#[test]
fn golden_dashboard() {
    let env = demo();
    pin_formats(&env, "report dashboard");
    // a day with reminders and formal notices to send
    pin_listing(&env, "report dashboard --as-of 2027-01-15");
    pin_listing(&env, "report dashboard --out dashboard.xlsx");
    pin_formats(&env, "report trends");
    pin_listing(&env, "report aging --out aging.xlsx");
    pin_listing(&env, "report payers --out payers.xlsx");
}

#[test]
fn golden_revenue_and_forecast() {
    let env = demo();
    for by in ["month", "customer", "product"] {
        pin_formats(&env, &format!("report revenue --by {by}"));
    }
    pin_listing(&env, "report revenue --by month --from 2026-07-01");
    pin_formats(&env, "report forecast --weeks 4");
    pin_listing(&env, "report forecast");
    pin_listing(&env, "report forecast --weeks 4 --as-of 2027-01-15");
}

// ---------------------------------------------------------------------------------------
// Exports: the files, decoded
// ---------------------------------------------------------------------------------------

#[test]
fn golden_exports() {
    let env = demo();
    // tab, ISO-8859-15 (decoded in the snapshot; its hash is of the bytes)
    pin(&env, "export fec --year 2026");
    pin(
        &env,
        "export fec --year 2026 --separator pipe --encoding utf8 --out fec-pipe.txt",
    );
    pin(
        &env,
        "export fec --from 2025-11-24 --to 2026-11-24 --format json --out fec-12-mois.txt",
    );
    pin(&env, "export entries --layout csv --year 2026");
    // the vendor layouts, pinned by their bytes (code page 850, shown as ISO-8859-15)
    pin(&env, "export entries --layout sage --year 2026");
    pin(&env, "export entries --layout ebp --year 2026");
    pin(&env, "export invoices");
    pin(
        &env,
        "export invoices --from 2026-10-01 --format json --out octobre.csv",
    );
}

// ---------------------------------------------------------------------------------------
// Documents and mail
// ---------------------------------------------------------------------------------------

/// Invoices and a credit note rendered again (identical to the archive), a quote written,
/// an invoice and a quote sent to the outbox.
#[test]
fn golden_documents_and_sends() {
    let env = demo();
    pin(&env, "invoice pdf FACT-2026-0001");
    pin(&env, "invoice pdf FACT-2026-0015 --format json");
    pin(&env, "invoice pdf AV-2026-0001");
    pin(&env, "invoice pdf FACT-2026-0044 --out facture.pdf");
    pin(&env, "offer pdf DEV-2026-0022");
    pin(&env, "offer pdf DEV-2026-0021 --format json");
    pin(&env, "invoice send FACT-2026-0046");
    pin(&env, "invoice send AV-2026-0001 --format json");
    pin(&env, "offer send DEV-2026-0021");
}

/// `pdftotext -layout` of each kind of document: what a person reads on it.
#[test]
#[ignore = "needs pdftotext (poppler-utils): run with --include-ignored"]
fn golden_pdf_text() {
    let env = demo();
    for (file, line) in [
        ("ledger-documents/FACT-2026-0001.pdf", None),
        ("ledger-documents/FACT-2026-0015.pdf", None),
        ("ledger-documents/AV-2026-0001.pdf", None),
        ("ledger-documents/FACT-2026-0044.pdf", None),
        (
            "ledger-documents/DEV-2026-0022.pdf",
            Some("offer pdf DEV-2026-0022"),
        ),
        // the demo's first run sends the firm reminder; the notices follow 15 days later
        (
            "ledger-letters/2026-12-09-DUBOIS-notice.pdf",
            Some("dunning run --as-of 2026-12-09"),
        ),
        ("ledger-letters/2026-12-09-GIRARD-notice.pdf", None),
        (
            "ledger-documents/releve-DUBOIS-2026-11-24.pdf",
            Some("customer statement DUBOIS --pdf"),
        ),
    ] {
        if let Some(line) = line {
            let (code, t) = transcript(&env, line);
            assert_eq!(code, 0, "{t}");
        }
        let path = env.dir.path().join(file);
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
        let text = format!(
            "[file {file}: {} bytes, sha256 {}]\n[pdftotext -layout]\n{}",
            bytes.len(),
            sha256_hex(&bytes),
            exact(&pdftotext_layout(&path))
        );
        let stem = Path::new(file).file_stem().unwrap().to_string_lossy();
        assert_golden(&format!("pdf_text_{}", slug(&stem)), &text);
    }
}

// ---------------------------------------------------------------------------------------
// Changes: what the commands that write say
// ---------------------------------------------------------------------------------------

/// A day of work on the demo ledger, each command as the README shows it.
#[test]
fn golden_a_day_of_work() {
    let env = demo();
    let steps = [
        (
            "customer_add",
            r#"customer add --code NOUVEAU --name "Nouvelle Scierie SAS" --siren 732829320 --email compta@scierie.example --address "3 rue Neuve\n69001 Lyon" --terms 45"#,
        ),
        (
            "customer_add_generated_code",
            r#"customer add --name "Café de la Gare" --kind individual --format json"#,
        ),
        (
            "customer_edit",
            "customer edit NOUVEAU --language en --profile vip",
        ),
        (
            "product_add",
            r#"product add --sku CONSEIL --name "Conseil en organisation" --price 800 --vat 20 --unit jour"#,
        ),
        ("product_edit", "product edit CONSEIL --price 850"),
        (
            "offer_create",
            r#"offer create --customer NOUVEAU --line "@CONSEIL;2" --line "Déplacement;1;150;20""#,
        ),
        ("offer_accept", "offer accept DEV-2026-0026 --issue"),
        (
            "invoice_create",
            r#"invoice create --customer NOUVEAU --line "Développement;3,5;550;20" --po BC-7781"#,
        ),
        (
            "invoice_edit",
            r#"invoice edit 60 --line "Développement;4;550;20" --line "Guide;2;39;5,5""#,
        ),
        ("invoice_show_draft", "invoice show 60"),
        ("invoice_issue", "invoice issue 60 --date 2026-11-24"),
        (
            "invoice_pay",
            r#"invoice pay FACT-2026-0051 --amount 500 --method transfer --reference "VIR NOUVEAU""#,
        ),
        (
            "invoice_credit",
            r#"invoice credit FACT-2026-0051 --amount 180 --reason "Déplacement non effectué""#,
        ),
        (
            "payment_add",
            "payment add --customer NOUVEAU --amount 1000 --format json",
        ),
        (
            "invoice_pay_notify",
            "invoice pay FACT-2026-0045 --amount 1000 --notify",
        ),
        ("invoice_mark_sent", "invoice mark-sent FACT-2026-0052"),
        (
            "invoice_write_off",
            r#"invoice write-off FACT-2026-0013 --reason "Créance irrécouvrable""#,
        ),
        ("customer_block", r#"customer block DUBOIS --reason "impayés""#),
        ("customer_unblock", "customer unblock GIRARD"),
        ("company_set", r#"company set --phone "04 72 11 22 33""#),
        ("dunning_send", "dunning send FACT-2026-0048"),
        ("offer_decline", "offer decline DEV-2026-0021"),
        ("customer_show_after", "customer show NOUVEAU"),
        ("customer_list_after", "customer list"),
        ("report_aging_after", "report aging"),
    ];
    for (name, line) in steps {
        pin_as(&env, &format!("work_{name}"), line);
    }
}

// ---------------------------------------------------------------------------------------
// Refusals: exit code and message, the ledger unchanged
// ---------------------------------------------------------------------------------------

#[test]
fn golden_refusals() {
    let env = demo();
    // FACT-2026-0042 at its last step: the notice, 15 days after the demo's firm reminder
    let (code, t) = transcript(&env, "dunning run --as-of 2026-12-09");
    assert_eq!(code, 0, "{t}");
    for (name, line) in [
        ("unknown_customer", "customer show NOBODY"),
        ("unknown_customer_statement", "customer statement NOBODY"),
        ("unknown_invoice", "invoice show FACT-2099-0001"),
        ("unknown_offer", "offer show DEV-2099-0001"),
        (
            "unknown_customer_payment",
            "payment add --customer NOBODY --amount 10",
        ),
        (
            "unknown_product_line",
            r#"invoice create --customer BOULMART --line "@NOPE;1""#,
        ),
        ("bad_amount", "invoice pay FACT-2026-0045 --amount douze"),
        (
            "amount_three_decimals",
            "invoice pay FACT-2026-0045 --amount 10.005",
        ),
        ("negative_amount", "payment add --customer TRANSLEF --amount -5"),
        (
            "negative_amount_after_an_equals_sign",
            "payment add --customer TRANSLEF --amount=-5",
        ),
        ("zero_amount", "invoice pay FACT-2026-0045 --amount 0"),
        ("bad_date", "invoice list --from 2026-13-01"),
        ("bad_as_of", "report aging --as-of 2026-02-30"),
        ("paying_a_paid_invoice", "invoice pay FACT-2026-0001 --amount 10"),
        ("overpay", "invoice pay FACT-2026-0045 --amount 99999"),
        (
            "payment_before_issue",
            "invoice pay FACT-2026-0045 --amount 10 --date 2026-01-01",
        ),
        ("issuing_an_issued_invoice", "invoice issue FACT-2026-0045"),
        (
            "editing_an_issued_invoice",
            r#"invoice edit FACT-2026-0045 --line "Audit;1;500;20""#,
        ),
        ("deleting_an_issued_invoice", "invoice delete FACT-2026-0045"),
        (
            "crediting_too_much",
            r#"invoice credit FACT-2026-0045 --amount 99999 --reason "trop""#,
        ),
        (
            "crediting_a_credit_note",
            r#"invoice credit AV-2026-0001 --amount 10 --reason "x""#,
        ),
        (
            "writing_off_a_paid_invoice",
            r#"invoice write-off FACT-2026-0001 --reason "x""#,
        ),
        (
            "bad_line_quantity",
            r#"invoice create --customer BOULMART --line "Audit;deux;500;20""#,
        ),
        (
            "bad_line_fields",
            r#"invoice create --customer BOULMART --line "Audit;2;500""#,
        ),
        (
            "bad_line_vat",
            r#"invoice create --customer BOULMART --line "Audit;2;500;19,999""#,
        ),
        ("missing_line", "invoice create --customer BOULMART"),
        (
            "bad_series",
            r#"invoice create --customer BOULMART --line "Audit;1;500;20" --issue --series "fact 2026""#,
        ),
        (
            "blocked_customer",
            r#"invoice create --customer GIRARD --line "Audit;1;500;20""#,
        ),
        (
            "duplicate_customer",
            r#"customer add --code BOULMART --name "Autre Boulangerie""#,
        ),
        (
            "bad_siren",
            r#"customer add --code NEUF --name "Neuf SAS" --siren 123456789"#,
        ),
        (
            "terms_over_60_days",
            r#"customer add --code NEUF --name "Neuf SAS" --terms 90"#,
        ),
        (
            "duplicate_product",
            r#"product add --sku AUDIT --name "Audit" --price 100 --vat 20"#,
        ),
        ("bad_format", "report aging --format xml"),
        ("bad_aging_by", "report aging --by product"),
        ("bad_buckets", "report aging --buckets 30,abc"),
        ("bad_revenue_by", "report revenue --by week"),
        (
            "statement_after_its_date",
            "customer statement TRANSLEF --from 2026-12-01",
        ),
        ("export_fec_without_period", "export fec"),
        (
            "export_fec_backwards_period",
            "export fec --from 2026-03-01 --to 2026-02-01",
        ),
        (
            "export_into_a_missing_folder",
            "export fec --year 2026 --out nowhere/fec.txt",
        ),
        ("accepting_a_declined_offer", "offer accept DEV-2026-0023"),
        ("accepting_an_expired_offer", "offer accept DEV-2026-0024"),
        (
            "holding_a_paid_invoice",
            r#"invoice hold FACT-2026-0001 --reason "x""#,
        ),
        ("releasing_an_unheld_invoice", "invoice release FACT-2026-0045"),
        ("reminding_a_paid_invoice", "dunning send FACT-2026-0001"),
        ("reminding_after_the_last_step", "dunning send FACT-2026-0042"),
        ("unknown_task", r#"task done 999 --note "x""#),
        ("importing_a_missing_file", "import bank releve-absent.csv"),
        ("unknown_command", "invoice frobnicate"),
    ] {
        pin_refused(&env, name, line);
    }
}

/// A mail server that is down (issue 12 defect 10): the send and the run say so in words,
/// exit 1. The port is a free one, different on each run: shown as `[PORT]`.
#[test]
fn golden_a_mail_server_down() {
    let env = demo();
    let port = crate::common::free_port();
    crate::common::use_smtp(&env, port);
    for (name, line) in [
        ("mail_server_down_invoice_send", "invoice send FACT-2026-0045"),
        ("mail_server_down_dunning_run", "dunning run --as-of 2026-12-10"),
    ] {
        let (code, t) = transcript(&env, line);
        assert_golden(name, &t.replace(&format!(":{port}"), ":[PORT]"));
        assert_eq!(code, 1, "{t}");
    }
}

/// A synthetic demo of no size is refused with exit 2 before the previous demo ledger
/// is cleared: it and its documents stay as they were (they used to be deleted first).
#[test]
fn golden_a_refused_synthetic_demo_leaves_the_previous_demo() {
    let env = demo();
    pin_refused(
        &env,
        "synthetic_demo_of_no_size",
        "demo --customers 0 --invoices 0",
    );
    let (code, _) = transcript(&env, "demo --customers 0 --invoices 0");
    assert_eq!(code, 2);
    assert!(env.db.exists(), "the demo ledger is kept");
}

#[test]
fn golden_refusals_without_a_ledger() {
    let mut env = TestEnv::empty();
    env.today = DEMO_DAY;
    let (code, t) = transcript(&env, "customer list");
    assert_golden("refused_missing_ledger", &t);
    assert_eq!(code, 2, "{t}");
    assert!(!env.db.exists(), "no ledger is created by a listing");
    std::fs::write(&env.db, "pas une base SQLite\n").unwrap();
    let (code, t) = transcript(&env, "invoice list");
    assert_golden("refused_not_a_ledger", &t);
    assert_eq!(code, 3, "{t}");
    assert_eq!(std::fs::read(&env.db).unwrap(), b"pas une base SQLite\n");

    let env = TestEnv::new();
    pin_refused(&env, "demo_over_a_real_ledger", "demo");
}

// ---------------------------------------------------------------------------------------
// Help
// ---------------------------------------------------------------------------------------

/// The subcommands a help text lists, but `help`.
fn subcommands(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(String::from)
        .collect()
}

/// `--help` of the program and of each noun with its verbs, one snapshot per noun.
#[test]
fn golden_help() {
    let mut env = TestEnv::empty();
    env.today = DEMO_DAY;
    let (_, top, _) = env.cmdline("--help");
    let mut t = transcript(&env, "--help").1;
    t.push_str(&transcript(&env, "--version").1);
    assert_golden("help", &t);
    for noun in subcommands(&top) {
        let (_, help, _) = env.cmdline(&format!("{noun} --help"));
        let mut t = transcript(&env, &format!("{noun} --help")).1;
        for verb in subcommands(&help) {
            t.push_str(&transcript(&env, &format!("{noun} {verb} --help")).1);
        }
        assert_golden(&format!("help_{noun}"), &t);
    }
}
