//! The hermetic test environment: a temp dir holding the ledger, a cleared environment,
//! a fixed as-of date on every command. Also what several test files read back: the
//! outbox mails and their attachments, the sample files of tests/data, the demo ledger,
//! PDF text and hashes, a real SMTP server.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use chrono::NaiveDate;
use serde_json::Value;
use tempfile::TempDir;

/// The day every command runs on unless a test says otherwise.
pub const TODAY: &str = "2026-03-15";

/// The file name of the ledger inside the test's folder.
const LEDGER: &str = "ledger.sqlite";

pub struct TestEnv {
    pub dir: TempDir,
    pub db: PathBuf,
    /// The `--as-of` of every command that gives none: TODAY unless the test changes it.
    pub today: &'static str,
}

impl TestEnv {
    /// A folder with no ledger yet.
    pub fn empty() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join(LEDGER);
        TestEnv {
            dir,
            db,
            today: TODAY,
        }
    }

    /// A ledger with a company (not under VAT franchise), ready for customers.
    pub fn new() -> Self {
        let env = TestEnv::empty();
        env.ok(&[
            "init",
            "--name",
            "Atelier Test SARL",
            "--address",
            "1 rue de la Paix\\n75002 Paris",
            "--siren",
            "842130577",
            "--vat-number",
            "FR68842130577",
            "--iban",
            "FR7630006000011234567890189",
            "--bic",
            "AGRIFRPPXXX",
            "--email",
            "factures@atelier.example",
        ]);
        env
    }

    /// A ledger with one business customer ACME (30 days) and a product AUDIT.
    pub fn with_customer() -> Self {
        let env = TestEnv::new();
        env.ok(&[
            "customer",
            "add",
            "--code",
            "ACME",
            "--name",
            "ACME SAS",
            "--siren",
            "512345679",
            "--email",
            "compta@acme.example",
            "--address",
            "2 av. Foch\\n69006 Lyon",
        ]);
        env.ok(&[
            "product",
            "add",
            "--sku",
            "AUDIT",
            "--name",
            "Audit technique",
            "--price",
            "1000",
            "--vat",
            "20",
            "--unit",
            "forfait",
        ]);
        env
    }

    /// The binary with a cleared environment, a temp HOME and the ledger path.
    pub fn cmd(&self) -> Command {
        self.cmd_with_db(&self.db)
    }

    /// The binary with a cleared environment, a temp HOME and `--db DB`.
    fn cmd_with_db(&self, db: &Path) -> Command {
        let mut cmd = Command::cargo_bin("creances").expect("binary");
        cmd.env_clear()
            .env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("NO_COLOR", "1")
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .current_dir(self.dir.path())
            .arg("--db")
            .arg(db);
        cmd
    }

    /// Runs with `--as-of TODAY` unless the args give one.
    pub fn run(&self, args: &[&str]) -> Output {
        let mut cmd = self.cmd();
        if !args.contains(&"--as-of") {
            cmd.args(["--as-of", self.today]);
        }
        cmd.args(args).output().expect("run creances")
    }

    /// Runs one command line as a person types it after `creances`, e.g.
    /// `invoice pay FACT-2026-0001 --reference "VIR ACME"`: split like a POSIX shell
    /// would, with `--as-of TODAY` unless the line gives one. The ledger is given as
    /// `--db ledger.sqlite`, relative to the test's folder (the current folder), so the
    /// paths the command prints are the short ones a user sees, the same on every machine.
    /// Returns the exit code, stdout and stderr.
    pub fn cmdline(&self, line: &str) -> (i32, String, String) {
        let args = split_command_line(line);
        let mut cmd = self.cmd_with_db(Path::new(LEDGER));
        if !args.iter().any(|a| a == "--as-of" || a.starts_with("--as-of=")) {
            cmd.args(["--as-of", self.today]);
        }
        let out = cmd.args(&args).output().expect("run creances");
        let code = out
            .status
            .code()
            .unwrap_or_else(|| panic!("creances {line} was killed: {:?}", out.status));
        let text = |bytes: Vec<u8>, stream: &str| {
            String::from_utf8(bytes).unwrap_or_else(|e| panic!("creances {line}: {stream} is not UTF-8: {e}"))
        };
        (code, text(out.stdout, "stdout"), text(out.stderr, "stderr"))
    }

    /// Runs and asserts success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "creances {args:?} failed ({:?}):\n{}{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 output")
    }

    /// Runs with --format json and parses stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.extend(["--format", "json"]);
        let text = self.ok(&all);
        serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("creances {args:?} printed no JSON ({e}):\n{text}"))
    }

    /// Runs expecting failure with `code`; returns stderr.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.run(args);
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(
            out.status.code(),
            Some(code),
            "creances {args:?} should exit {code}:\nstdout: {}\nstderr: {stderr}",
            String::from_utf8_lossy(&out.stdout)
        );
        stderr
    }

    /// A fingerprint of every row of every table: equal fingerprints mean an unchanged ledger.
    pub fn snapshot(&self) -> String {
        snapshot(&self.db)
    }

    /// Runs `creances ARGS` (with `--as-of TODAY`) on a pseudo-terminal made by util-linux
    /// `script`, typing `keys`; stdout holds what the terminal showed. `script` is part of
    /// every Debian system (bsdutils): its absence fails the test.
    pub fn on_a_terminal(&self, args: &str, keys: &[u8]) -> Output {
        use std::io::Write;
        use std::process::{Command, Stdio};
        Command::new("script")
            .arg("--version")
            .output()
            .expect("util-linux `script` is needed for the terminal tests (Debian: bsdutils)");
        let bin = assert_cmd::cargo::cargo_bin("creances");
        let line = format!(
            "{} --db {} --as-of {} {args}",
            bin.display(),
            self.db.display(),
            self.today
        );
        let mut child = Command::new("timeout")
            .args(["30", "script", "-qec", &line, "/dev/null"])
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("TERM", "xterm")
            .env("NO_COLOR", "1")
            .current_dir(self.dir.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run script");
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(keys).expect("type");
        let out = child.wait_with_output().expect("wait");
        drop(stdin);
        out
    }

    /// Creates and issues an invoice for ACME; returns its number.
    pub fn issued_invoice(&self, line: &str, date: &str) -> String {
        let v = self.json(&[
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--line",
            line,
            "--issue",
            "--date",
            date,
        ]);
        v["number"].as_str().expect("number").to_string()
    }
}

pub fn snapshot(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).expect("open ledger");
    let mut tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables.sort();
    let mut out = String::new();
    for t in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{t}\" ORDER BY 1"))
            .unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let mut row = Vec::new();
                for i in 0..n {
                    let v: rusqlite::types::Value = r.get(i)?;
                    row.push(format!("{v:?}"));
                }
                Ok(row.join("|"))
            })
            .unwrap();
        out.push_str(&format!("[{t}]\n"));
        for r in rows {
            out.push_str(&r.unwrap());
            out.push('\n');
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Command lines as typed
// ---------------------------------------------------------------------------------------

/// Splits a command line into arguments as a POSIX shell would, for the quoting people
/// type: blanks separate words; 'single quotes' keep everything; "double quotes" keep
/// everything but `\"` and `\\`; a backslash outside quotes keeps the next character.
/// No variables, globs or other expansions. Panics on an unclosed quote.
pub fn split_command_line(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => {
                if let Some(w) = word.take() {
                    words.push(w);
                }
            }
            '\'' => {
                let w = word.get_or_insert_with(String::new);
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => w.push(c),
                        None => panic!("unclosed ' in {line}"),
                    }
                }
            }
            '"' => {
                let w = word.get_or_insert_with(String::new);
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('"' | '\\' | '$' | '`')) => w.push(c),
                            Some('\n') => {}
                            Some(c) => {
                                w.push('\\');
                                w.push(c);
                            }
                            None => panic!("unclosed \" in {line}"),
                        },
                        Some(c) => w.push(c),
                        None => panic!("unclosed \" in {line}"),
                    }
                }
            }
            '\\' => match chars.next() {
                Some('\n') => {}
                Some(c) => word.get_or_insert_with(String::new).push(c),
                None => panic!("a backslash ends {line}"),
            },
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    words
}

#[test]
fn a_command_line_is_split_like_a_shell_would() {
    let split = |line: &str| split_command_line(line);
    assert_eq!(
        split("invoice show FACT-2026-0001 --format json"),
        ["invoice", "show", "FACT-2026-0001", "--format", "json"]
    );
    assert_eq!(
        split(r#"invoice create --customer ACME --line "Audit;2;500;20"  --line 'Conseil;1,5;80,50;5,5'"#),
        [
            "invoice",
            "create",
            "--customer",
            "ACME",
            "--line",
            "Audit;2;500;20",
            "--line",
            "Conseil;1,5;80,50;5,5"
        ]
    );
    // What the README types: `\n` inside double quotes stays a backslash and an n.
    assert_eq!(
        split(r#"init --address "18 rue du Plat\n69002 Lyon" --name "Atelier \"Durand\"""#),
        [
            "init",
            "--address",
            r"18 rue du Plat\n69002 Lyon",
            "--name",
            r#"Atelier "Durand""#
        ]
    );
    assert_eq!(
        split(r#"a\ b 'it''s' "" '' x"y"z"#),
        ["a b", "its", "", "", "xyz"]
    );
    assert_eq!(split(r#"'$HOME' "a\\b" c\"d"#), ["$HOME", r"a\b", "c\"d"]);
    assert_eq!(split("  \t "), Vec::<String>::new());
    assert!(std::panic::catch_unwind(|| split_command_line("--line \"Audit")).is_err());
    assert!(std::panic::catch_unwind(|| split_command_line("--line 'Audit")).is_err());
}

// ---------------------------------------------------------------------------------------
// Dates, sample files, the demo ledger
// ---------------------------------------------------------------------------------------

pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("{s}: {e}"))
}

/// A sample file written for these tests (tests/data/PATH).
pub fn data(path: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(path)
        .display()
        .to_string()
}

/// The day the demo ledger of the tests is built for.
pub const DEMO_DAY: &str = "2026-11-24";

/// A fresh demo ledger built for DEMO_DAY (`creances demo --as-of 2026-11-24`).
pub fn demo_env() -> TestEnv {
    let env = TestEnv::empty();
    env.ok(&["demo", "--as-of", DEMO_DAY]);
    env
}

// ---------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------

/// The SHA-256 of some bytes, in lowercase hex as `sha256sum` prints it.
pub fn sha256_hex(bytes: &[u8]) -> String {
    ring::digest::digest(&ring::digest::SHA256, bytes)
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The SHA-256 of a file.
pub fn sha256_of(path: &Path) -> String {
    sha256_hex(&std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

/// What `pdftotext -layout -enc UTF-8 FILE -` prints, as is. pdftotext (poppler-utils)
/// is needed: its absence fails the test.
pub fn pdftotext_layout(path: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output();
    let out = out.unwrap_or_else(|e| {
        panic!("pdftotext (poppler-utils) is needed: apt-get install poppler-utils ({e})")
    });
    assert!(out.status.success(), "pdftotext failed on {}", path.display());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

// ---------------------------------------------------------------------------------------
// Mail: the outbox, MIME decoding
// ---------------------------------------------------------------------------------------

/// The outbox folder beside the ledger, where mail goes without a mail server.
pub fn outbox(env: &TestEnv) -> PathBuf {
    env.dir.path().join("ledger-outbox")
}

/// The names of the .eml files of a folder, sorted.
pub fn eml_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".eml"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// The raw text of every mail of the outbox, in file-name order.
pub fn outbox_mails(env: &TestEnv) -> Vec<String> {
    let dir = outbox(env);
    eml_files(&dir)
        .iter()
        .map(|n| std::fs::read_to_string(dir.join(n)).unwrap())
        .collect()
}

/// The mails of a folder of .eml files, parsed, in file-name order.
pub fn read_mails(dir: &Path) -> Vec<Mail> {
    eml_files(dir)
        .iter()
        .map(|n| Mail::parse(&std::fs::read_to_string(dir.join(n)).unwrap()))
        .collect()
}

/// A mail as the tests read it: headers (unfolded) and the decoded body.
#[derive(Debug, Clone)]
pub struct Mail {
    pub headers: BTreeMap<String, String>,
    pub body: String,
}

impl Mail {
    pub fn parse(raw: &str) -> Mail {
        let raw = raw.replace("\r\n", "\n");
        let (head, body) = raw.split_once("\n\n").unwrap_or((&raw, ""));
        let mut headers = BTreeMap::new();
        let mut last: Option<String> = None;
        for line in head.lines() {
            if line.starts_with([' ', '\t']) {
                if let Some(k) = &last {
                    let v: &mut String = headers.get_mut(k).unwrap();
                    v.push(' ');
                    v.push_str(line.trim());
                }
            } else if let Some((k, v)) = line.split_once(':') {
                let k = k.trim().to_ascii_lowercase();
                headers.insert(k.clone(), v.trim().to_string());
                last = Some(k);
            }
        }
        let qp = headers
            .get("content-transfer-encoding")
            .is_some_and(|e| e.eq_ignore_ascii_case("quoted-printable"));
        let body = if qp { decode_qp(body) } else { body.to_string() };
        Mail { headers, body }
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).map(String::as_str).unwrap_or("")
    }

    /// The subject with RFC 2047 encoded words decoded.
    pub fn subject(&self) -> String {
        decode_words(self.header("subject"))
    }
}

/// Quoted-printable (RFC 2045) to text: soft line breaks joined, `=XX` decoded.
pub fn decode_qp(text: &str) -> String {
    let joined = text.replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
            if let Ok(v) = u8::from_str_radix(hex, 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A header with RFC 2047 `=?utf-8?b?...?=` and `=?utf-8?q?...?=` words decoded.
pub fn decode_words(text: &str) -> String {
    // the space between two encoded words is dropped (RFC 2047), any other space is kept
    let mut out = String::new();
    let mut prev_encoded = false;
    for (i, part) in text.split(' ').enumerate() {
        let lower = part.to_ascii_lowercase();
        let decoded = if lower.starts_with("=?utf-8?b?") && part.ends_with("?=") {
            Some(String::from_utf8_lossy(&base64_decode(&part[10..part.len() - 2])).into_owned())
        } else if lower.starts_with("=?utf-8?q?") && part.ends_with("?=") {
            Some(decode_qp(&part[10..part.len() - 2].replace('_', " ")))
        } else {
            None
        };
        if i > 0 && !(prev_encoded && decoded.is_some()) {
            out.push(' ');
        }
        prev_encoded = decoded.is_some();
        out.push_str(&decoded.unwrap_or_else(|| part.to_string()));
    }
    out
}

/// Base64 (RFC 4648) to bytes; line breaks and other characters outside the alphabet
/// are skipped, the padding ends the data.
pub fn base64_decode(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let (mut out, mut acc, mut bits) = (Vec::new(), 0u32, 0);
    for c in text.bytes() {
        if c == b'=' {
            break;
        }
        let Some(v) = ALPHABET.iter().position(|a| *a == c) else {
            continue;
        };
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

/// The boundary of a multipart message, from its Content-Type header.
pub fn mime_boundary(raw: &str) -> Option<String> {
    let at = raw.find("boundary=")?;
    let rest = &raw[at + 9..];
    Some(if let Some(quoted) = rest.strip_prefix('"') {
        quoted.split('"').next().unwrap_or("").to_string()
    } else {
        rest.split(|c: char| c.is_whitespace() || c == ';')
            .next()
            .unwrap_or("")
            .to_string()
    })
}

/// The attachments of a raw MIME message: (file name, decoded bytes).
pub fn attachments(raw: &str) -> Vec<(String, Vec<u8>)> {
    let raw = raw.replace("\r\n", "\n");
    let Some(boundary) = mime_boundary(&raw) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for part in raw.split(&format!("--{boundary}")).skip(1) {
        let (head, body) = part.split_once("\n\n").unwrap_or((part, ""));
        let lower = head.to_ascii_lowercase();
        if !lower.contains("content-disposition: attachment") {
            continue;
        }
        let name = head
            .split("filename=")
            .nth(1)
            .map(|n| {
                n.trim()
                    .trim_matches('"')
                    .split('"')
                    .next()
                    .unwrap_or("")
                    .to_string()
            })
            .unwrap_or_default();
        out.push((name, base64_decode(body)));
    }
    out
}

#[test]
fn base64_quoted_printable_and_encoded_words_decode() {
    assert_eq!(base64_decode("SMO0dGVs\r\nIGRl"), "Hôtel de".as_bytes());
    assert_eq!(base64_decode("YQ=="), b"a");
    assert_eq!(base64_decode("YWI="), b"ab");
    assert_eq!(decode_qp("r=C3=A9f=C3=A9=\nrence =3D 1"), "référence = 1");
    assert_eq!(
        decode_words("Atelier =?utf-8?b?TnVtw6lyaXF1ZQ==?= Durand =?utf-8?b?w6ljaMOp?= =?utf-8?b?YW5jZQ==?="),
        "Atelier Numérique Durand échéance"
    );
}

// ---------------------------------------------------------------------------------------
// A real SMTP server
// ---------------------------------------------------------------------------------------

/// aiosmtpd on a free port of 127.0.0.1, writing each message into a maildir.
pub struct SmtpServer {
    child: Child,
    pub port: u16,
    pub maildir: PathBuf,
}

impl SmtpServer {
    pub fn start(dir: &Path) -> SmtpServer {
        SmtpServer::start_on(dir, free_port())
    }

    pub fn start_on(dir: &Path, port: u16) -> SmtpServer {
        SmtpServer::spawn_with(port, &dir.join(format!("maildir-{port}")), &[])
    }

    /// aiosmtpd with `options` added to its command line (e.g. a certificate).
    pub fn spawn_with(port: u16, maildir: &Path, options: &[&str]) -> SmtpServer {
        let listen = format!("127.0.0.1:{port}");
        let mut args = vec!["-m", "aiosmtpd", "-n", "-l", &listen];
        args.extend(options);
        args.extend(["-c", "aiosmtpd.handlers.Mailbox", maildir.to_str().unwrap()]);
        SmtpServer::spawn_python(port, maildir, &args)
    }

    /// `python3 ARGS`, a server of aiosmtpd listening on `port` and keeping each message
    /// it accepts in `maildir`; returns once the port takes connections.
    pub fn spawn_python(port: u16, maildir: &Path, args: &[&str]) -> SmtpServer {
        use std::process::Command;
        let check = Command::new("python3").args(["-c", "import aiosmtpd"]).output();
        assert!(
            check.as_ref().is_ok_and(|o| o.status.success()),
            "these tests need python3 with aiosmtpd: `python3 -m pip install aiosmtpd` ({check:?})"
        );
        let child = Command::new("python3")
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start aiosmtpd");
        let start = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "aiosmtpd did not start on port {port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        SmtpServer {
            child,
            port,
            maildir: maildir.to_path_buf(),
        }
    }

    /// Every message received, in the order they were sent (by Message-ID: run day, then
    /// reminder number).
    pub fn mails(&self) -> Vec<Mail> {
        let mut out = Vec::new();
        for sub in ["new", "cur"] {
            let dir = self.maildir.join(sub);
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            let mut names: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
            names.sort();
            for p in names {
                out.push(Mail::parse(&std::fs::read_to_string(p).unwrap()));
            }
        }
        out.sort_by_key(|m| sent_order(m.header("message-id")));
        out
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `<creances.2026-02-12.ACME.17@...>` → (2026-02-12, 17).
fn sent_order(message_id: &str) -> (String, u64) {
    let parts: Vec<&str> = message_id.trim_matches(['<', '>']).split(['.', '@']).collect();
    let number = parts.iter().rev().find_map(|p| p.parse().ok()).unwrap_or(0);
    (parts.get(1).unwrap_or(&"").to_string(), number)
}

/// A port of 127.0.0.1 free right now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Points the env's config at an SMTP server on 127.0.0.1:PORT, without TLS.
pub fn use_smtp(env: &TestEnv, port: u16) {
    use_smtp_in(env.dir.path(), port)
}

/// Points the config under `home`/config at an SMTP server on 127.0.0.1:PORT, without TLS.
pub fn use_smtp_in(home: &Path, port: u16) {
    let dir = home.join("config/creances");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("config.toml"),
        format!(
            "[email]\ntransport = \"smtp\"\n\n[email.smtp]\nhost = \"127.0.0.1\"\nport = {port}\nsecurity = \"none\"\ntimeout = 5\n"
        ),
    )
    .unwrap();
}

/// The demo ledger, its commands run on the demo's day.
pub fn demo_on_its_day() -> TestEnv {
    let mut env = demo_env();
    env.today = DEMO_DAY;
    env
}

/// Runs `args` with `--lang fr`, expecting exit `code`; returns stderr.
pub fn fails_fr(env: &TestEnv, args: &[&str], code: i32) -> String {
    let mut all = vec!["--lang", "fr"];
    all.extend_from_slice(args);
    env.fails(&all, code)
}

/// Asserts that `line` prints the same bytes on stdout with and without `--lang fr`.
#[track_caller]
pub fn same_in_both_languages(env: &TestEnv, line: &str) {
    let (code_en, en, _) = env.cmdline(line);
    let (code_fr, fr, _) = env.cmdline(&format!("--lang fr {line}"));
    assert_eq!(code_en, code_fr, "{line}");
    assert!(!en.is_empty(), "{line} printed nothing");
    assert_eq!(en, fr, "`{line}` differs in French");
}

/// Asserts that `text` holds each of `needles`.
#[track_caller]
pub fn has(text: &str, needles: &[&str]) {
    for needle in needles {
        assert!(text.contains(needle), "`{needle}` in:\n{text}");
    }
}

/// Pins the transcript of `line` (its exit code, stdout and stderr) as the golden
/// snapshot `snapshot` and asserts that it succeeded; returns stdout.
#[track_caller]
pub fn pin_transcript(env: &TestEnv, snapshot: &str, line: &str) -> String {
    let (code, stdout, stderr) = env.cmdline(line);
    let text = format!("$ creances {line}\n[exit {code}]\n[stdout]\n{stdout}[stderr]\n{stderr}[end]\n");
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(snapshot.to_string(), text));
    assert_eq!(code, 0, "{text}");
    stdout
}
