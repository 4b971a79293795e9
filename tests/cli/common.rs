//! The hermetic test environment: a temp dir holding the ledger, a cleared environment,
//! a fixed as-of date on every command.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

/// The day every command runs on unless a test says otherwise.
pub const TODAY: &str = "2026-03-15";

pub struct TestEnv {
    pub dir: TempDir,
    pub db: PathBuf,
}

impl TestEnv {
    /// A folder with no ledger yet.
    pub fn empty() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("ledger.sqlite");
        TestEnv { dir, db }
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
        let mut cmd = Command::cargo_bin("creances").expect("binary");
        cmd.env_clear()
            .env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("NO_COLOR", "1")
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .current_dir(self.dir.path())
            .arg("--db")
            .arg(&self.db);
        cmd
    }

    /// Runs with `--as-of TODAY` unless the args give one.
    pub fn run(&self, args: &[&str]) -> Output {
        let mut cmd = self.cmd();
        if !args.contains(&"--as-of") {
            cmd.args(["--as-of", TODAY]);
        }
        cmd.args(args).output().expect("run creances")
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
            "{} --db {} --as-of {TODAY} {args}",
            bin.display(),
            self.db.display()
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
