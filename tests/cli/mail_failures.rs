//! A mail server that cannot be reached or does not speak what the config says (issue 12
//! defect 10): the failure is told in words a person acts on (nothing listens, no answer
//! in time, no TLS on that port, no STARTTLS, a certificate not trusted), naming the
//! server and the setting to check, never lettre's or rustls's internals; a send exits 1
//! and a dunning run exits 1 with the reminders left `failed` for the next run. The tests
//! of a real server (aiosmtpd; openssl for a certificate) fail when the tool is missing.

use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::common::{SmtpServer, TestEnv, free_port};

/// Invoices issued on 2026-01-10 are due 2026-02-09: the first reminder is due 2026-02-12.
const ISSUED: &str = "2026-01-10";
const REMINDER_DAY: &str = "2026-02-12";

/// Words of the libraries underneath that a person should never have to read.
const INTERNALS: [&str; 7] = [
    "InvalidContentType",
    "corrupt message",
    "os error",
    "internal client error",
    "Connection error",
    "network error",
    "tls error",
];

fn config(env: &TestEnv, host: &str, port: u16, security: &str, timeout: u32) {
    let dir = env.dir.path().join("config/creances");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("config.toml"),
        format!(
            "[email]\ntransport = \"smtp\"\n\n[email.smtp]\nhost = \"{host}\"\nport = {port}\nsecurity = \"{security}\"\ntimeout = {timeout}\n"
        ),
    )
    .unwrap();
}

fn no_internals(text: &str) {
    for word in INTERNALS {
        assert!(!text.contains(word), "`{word}` shown to the user:\n{text}");
    }
}

/// `invoice send` fails with exit 1; returns what it said.
fn send_fails(env: &TestEnv, number: &str) -> String {
    let err = env.fails(&["invoice", "send", number], 1);
    assert!(err.contains(&format!("{number} was not sent")), "{err}");
    no_internals(&err);
    err
}

/// `dunning run` exits 1 with the reminders failed; returns each failure's detail.
fn run_fails(env: &TestEnv) -> Vec<String> {
    let out = env.run(&["dunning", "run", "--as-of", REMINDER_DAY, "--format", "json"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a run that could not send is exit 1: {err}"
    );
    assert!(err.contains("could not be sent"), "{err}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let details: Vec<String> = v["actions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["status"] == "failed")
        .map(|a| a["error"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(details.len(), 1, "the reminder is failed: {v:#}");
    for d in &details {
        no_internals(d);
    }
    details
}

fn invoiced() -> (TestEnv, String) {
    let env = TestEnv::with_customer();
    let number = env.issued_invoice("Audit;1;1000;20", ISSUED);
    (env, number)
}

#[test]
fn a_closed_port_is_told_as_nothing_listening_there() {
    let (env, number) = invoiced();
    let port = free_port();
    for security in ["tls", "starttls", "none"] {
        config(&env, "127.0.0.1", port, security, 5);
        let err = send_fails(&env, &number);
        assert!(
            err.contains(&format!(
                "the mail server 127.0.0.1:{port} refused the connection: nothing listens on that port"
            )),
            "{security}: {err}"
        );
    }
    let details = run_fails(&env);
    assert!(details[0].contains("nothing listens on that port"), "{details:?}");
}

#[test]
fn a_server_that_never_answers_is_told_as_a_timeout() {
    let (env, number) = invoiced();
    // accepts connections (the kernel does) but never says a word
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = silent.local_addr().unwrap().port();
    for security in ["tls", "starttls", "none"] {
        config(&env, "127.0.0.1", port, security, 1);
        let err = send_fails(&env, &number);
        assert!(
            err.contains(&format!(
                "the mail server 127.0.0.1:{port} did not answer within 1 s"
            )),
            "{security}: {err}"
        );
    }
    let details = run_fails(&env);
    assert!(details[0].contains("did not answer within 1 s"), "{details:?}");
    drop(silent);
}

#[test]
fn an_unknown_host_is_told_as_such() {
    let (env, number) = invoiced();
    // .invalid never resolves (RFC 2606)
    config(&env, "smtp.creances.invalid", 465, "tls", 5);
    let err = send_fails(&env, &number);
    assert!(
        err.contains("cannot find the mail server smtp.creances.invalid: check host in [email.smtp]"),
        "{err}"
    );
}

#[test]
#[ignore = "needs python3 -m pip install aiosmtpd (run with --include-ignored)"]
fn tls_to_a_plain_server_says_it_does_not_speak_tls_on_that_port() {
    let (env, number) = invoiced();
    let server = SmtpServer::start(env.dir.path());
    let port = server.port;
    config(&env, "127.0.0.1", port, "tls", 5);
    let err = send_fails(&env, &number);
    assert!(
        err.contains(&format!(
            "the mail server 127.0.0.1:{port} does not speak TLS on port {port} (it answered in plain text): security = \"tls\" needs the server's TLS port (often 465)"
        )),
        "{err}"
    );
    let details = run_fails(&env);
    assert!(details[0].contains("does not speak TLS"), "{details:?}");
    config(&env, "127.0.0.1", port, "starttls", 5);
    let err = send_fails(&env, &number);
    assert!(
        err.contains(&format!(
            "the mail server 127.0.0.1:{port} does not offer STARTTLS on port {port}"
        )),
        "{err}"
    );
    assert!(server.mails().is_empty(), "nothing went in clear text");
    // the same server with the right security takes the mail
    config(&env, "127.0.0.1", port, "none", 5);
    env.ok(&["invoice", "send", &number]);
    assert_eq!(server.mails().len(), 1);
}

/// A self-signed certificate made by openssl, for `localhost`.
fn self_signed(dir: &Path) -> (String, String) {
    let (cert, key) = (dir.join("cert.pem"), dir.join("key.pem"));
    let out = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
        ])
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    assert!(
        out.is_ok_and(|s| s.success()),
        "openssl is needed to make a test certificate (Debian: openssl)"
    );
    (cert.display().to_string(), key.display().to_string())
}

#[test]
#[ignore = "needs python3 -m pip install aiosmtpd and openssl (run with --include-ignored)"]
fn a_self_signed_certificate_is_told_as_not_trusted() {
    let (env, number) = invoiced();
    let (cert, key) = self_signed(env.dir.path());
    let port = free_port();
    let maildir = env.dir.path().join("tls-maildir");
    let _server = SmtpServer::spawn_with(port, &maildir, &["--smtpscert", &cert, "--smtpskey", &key]);
    config(&env, "localhost", port, "tls", 5);
    let err = send_fails(&env, &number);
    assert!(
        err.contains("the certificate of the mail server localhost is not trusted (it is self-signed)"),
        "{err}"
    );
}
