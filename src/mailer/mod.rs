//! Mail to customers: templates (minijinja, French and English, overridable in the
//! config dir) and transports (outbox folder, SMTP over rustls, sendmail) with lettre.

use std::path::{Path, PathBuf};
use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SendmailTransport, SmtpTransport, Transport as _};

use crate::config::{MailConfig, Security, SmtpConfig, Transport, beside_ledger};
use crate::domain::DomainError;
use crate::domain::company::Company;
use crate::files::{Files, Target};

/// A message ready to go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub to: String,
    pub to_name: String,
    pub subject: String,
    pub body: String,
    /// Without angle brackets; its local part also names the outbox file.
    pub message_id: String,
}

/// A file sent with a message (a PDF document).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub filename: String,
    pub content_type: String,
    pub data: Vec<u8>,
}

enum Via {
    Outbox(PathBuf, Files),
    Smtp(Box<SmtpTransport>, Server),
    Sendmail(SendmailTransport),
}

/// Sends mail the way the config says.
pub struct Mailer {
    from: Mailbox,
    via: Via,
    domain: String,
}

fn invalid(m: String) -> DomainError {
    DomainError::Invalid(m)
}

impl Mailer {
    /// The sender is `[email] from`, else the company's name and email.
    pub fn new(
        config: &MailConfig,
        company: &Company,
        ledger: &Path,
        files: &Files,
    ) -> Result<Mailer, DomainError> {
        let from_text = match (&config.from, &company.email) {
            (Some(from), _) => from.clone(),
            (None, Some(email)) => format!("{} <{email}>", company.name.replace(['<', '>', '"'], "")),
            (None, None) => {
                return Err(invalid(crate::t!("ops-mail-no-sender")));
            }
        };
        let from: Mailbox = from_text.parse().map_err(|e: lettre::address::AddressError| {
            invalid(crate::t!(
                "ops-mail-bad-sender",
                sender = from_text.as_str(),
                error = e.to_string()
            ))
        })?;
        let domain = from.email.domain().to_string();
        let via = match &config.transport {
            Transport::Outbox(dir) => Via::Outbox(
                dir.clone().unwrap_or_else(|| beside_ledger(ledger, "outbox")),
                files.clone(),
            ),
            Transport::Sendmail(command) => Via::Sendmail(match command {
                Some(c) => SendmailTransport::new_with_command(c),
                None => SendmailTransport::new(),
            }),
            Transport::Smtp(smtp) => {
                let (transport, server) = smtp_transport(smtp)?;
                Via::Smtp(Box::new(transport), server)
            }
        };
        Ok(Mailer { from, via, domain })
    }

    /// Where mail goes, for the summary: the outbox folder, the SMTP server or sendmail.
    pub fn describe(&self) -> String {
        match &self.via {
            Via::Outbox(dir, _) => format!("outbox {}", dir.display()),
            Via::Smtp(..) => "smtp".into(),
            Via::Sendmail(_) => "sendmail".into(),
        }
    }

    /// The outbox folder, when mail goes there rather than to customers.
    pub fn outbox(&self) -> Option<&Path> {
        match &self.via {
            Via::Outbox(dir, _) => Some(dir),
            _ => None,
        }
    }

    /// A message id unique to this message, in the sender's domain.
    pub fn message_id(&self, local: &str) -> String {
        let clean: String = local
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        format!("{clean}@{}", self.domain)
    }

    /// Builds the message as it will be sent.
    pub fn build(&self, m: &Outgoing) -> Result<Message, String> {
        self.build_with(m, &[])
    }

    /// Builds the message with files attached (a multipart mail); without any, the plain
    /// text mail of `build`.
    pub fn build_with(&self, m: &Outgoing, attachments: &[Attachment]) -> Result<Message, String> {
        let to: Mailbox = format!("{} <{}>", m.to_name.replace(['<', '>', '"', ','], ""), m.to)
            .parse()
            .or_else(|_| m.to.parse())
            .map_err(|e: lettre::address::AddressError| {
                crate::t!(
                    "ops-mail-bad-recipient",
                    recipient = m.to.as_str(),
                    error = e.to_string()
                )
            })?;
        let builder = Message::builder()
            .from(self.from.clone())
            .reply_to(self.from.clone())
            .to(to)
            .subject(m.subject.clone())
            .message_id(Some(format!("<{}>", m.message_id)))
            .date_now();
        let built = if attachments.is_empty() {
            // a MIME part, so the mail says `MIME-Version: 1.0` as clients and filters expect
            builder.singlepart(SinglePart::plain(m.body.clone()))
        } else {
            let mut parts = MultiPart::mixed().singlepart(SinglePart::plain(m.body.clone()));
            for a in attachments {
                let kind = ContentType::parse(&a.content_type).map_err(|e| {
                    crate::t!(
                        "ops-mail-bad-attachment",
                        file = a.filename.as_str(),
                        error = e.to_string()
                    )
                })?;
                parts = parts.singlepart(
                    lettre::message::Attachment::new(a.filename.clone()).body(a.data.clone(), kind),
                );
            }
            builder.multipart(parts)
        };
        built.map_err(|e| crate::t!("ops-mail-cannot-build", error = e.to_string()))
    }

    /// Hands the message over. Ok only once the server (or the outbox folder) has it.
    pub fn send(&self, m: &Outgoing) -> Result<(), String> {
        self.send_with(m, &[])
    }

    /// Like `send`, with files attached.
    pub fn send_with(&self, m: &Outgoing, attachments: &[Attachment]) -> Result<(), String> {
        let message = self.build_with(m, attachments)?;
        match &self.via {
            Via::Outbox(dir, files) => write_eml(files, dir, &m.message_id, &message.formatted()),
            Via::Smtp(t, server) => t.send(&message).map(|_| ()).map_err(|e| server.explain(&e)),
            Via::Sendmail(t) => t.send(&message).map_err(|e| format!("sendmail: {e}")),
        }
    }
}

fn smtp_transport(c: &SmtpConfig) -> Result<(SmtpTransport, Server), DomainError> {
    let host = c.host.trim();
    let mut builder = match c.security {
        Security::Tls => SmtpTransport::relay(host),
        Security::Starttls => SmtpTransport::starttls_relay(host),
        Security::None => Ok(SmtpTransport::builder_dangerous(host)),
    }
    .map_err(|e| {
        invalid(crate::t!(
            "ops-smtp-bad-host",
            host = host.to_string(),
            error = e.to_string()
        ))
    })?;
    let port = c.port.unwrap_or(match c.security {
        Security::Tls => 465,
        Security::Starttls => 587,
        Security::None => 25,
    });
    let timeout = c.timeout.unwrap_or(30);
    builder = builder.port(port).timeout(Some(Duration::from_secs(timeout)));
    if let Some(user) = &c.user {
        builder = builder.credentials(Credentials::new(user.clone(), smtp_password(c)?));
    }
    let server = Server {
        host: host.to_string(),
        port,
        timeout,
        security: c.security,
    };
    Ok((builder.build(), server))
}

/// The SMTP server as the config names it: what a failure message needs to say.
struct Server {
    host: String,
    port: u16,
    timeout: u64,
    security: Security,
}

/// What went wrong under lettre's error, found down its chain of causes.
#[derive(Debug, PartialEq)]
enum Cause {
    Refused,
    TimedOut,
    Closed,
    NoSuchHost,
    NotTls,
    NoStarttls,
    Certificate(String),
    Tls(String),
    Login,
    Other,
}

impl Server {
    /// A failure in words a person acts on: what happened, with which server, and what
    /// to change, instead of lettre's and rustls's internals.
    fn explain(&self, e: &lettre::transport::smtp::Error) -> String {
        let (host, port) = (&self.host, self.port);
        let server = format!("{host}:{port}");
        match cause(e) {
            Cause::Refused => crate::t!("ops-smtp-refused", server = server.as_str()),
            Cause::TimedOut => crate::t!(
                "ops-smtp-timed-out",
                server = server.as_str(),
                seconds = self.timeout
            ),
            Cause::Closed => crate::t!("ops-smtp-closed", server = server.as_str()),
            Cause::NoSuchHost => {
                crate::t!("ops-smtp-no-such-host", host = host.as_str())
            }
            Cause::NotTls => crate::t!(
                "ops-smtp-not-tls",
                server = server.as_str(),
                port = port,
                security = match self.security {
                    Security::Tls => "tls",
                    _ => "other",
                }
            ),
            Cause::NoStarttls => crate::t!("ops-smtp-no-starttls", server = server.as_str(), port = port),
            Cause::Certificate(why) => {
                crate::t!("ops-smtp-certificate", host = host.as_str(), why = why.as_str())
            }
            Cause::Tls(why) => crate::t!("ops-smtp-tls", server = server.as_str(), why = why.as_str()),
            Cause::Login => crate::t!("ops-smtp-login", server = server.as_str(), error = e.to_string()),
            Cause::Other => crate::t!("ops-smtp-other", server = server.as_str(), error = e.to_string()),
        }
    }
}

/// Reads the chain of causes: lettre's kind, the I/O error under it and the rustls error
/// an I/O error may carry.
fn cause(e: &lettre::transport::smtp::Error) -> Cause {
    use std::error::Error as _;
    if e.status()
        .is_some_and(|c| c.to_string() == "535" || c.to_string() == "534")
    {
        return Cause::Login;
    }
    if e.is_client() && e.to_string().contains("STARTTLS is not supported") {
        return Cause::NoStarttls;
    }
    let mut next: Option<&(dyn std::error::Error + 'static)> = e.source();
    while let Some(err) = next {
        if let Some(tls) = err.downcast_ref::<rustls::Error>() {
            return tls_cause(tls);
        }
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            if let Some(tls) = io.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>()) {
                return tls_cause(tls);
            }
            use std::io::ErrorKind as K;
            return match io.kind() {
                K::ConnectionRefused => Cause::Refused,
                K::TimedOut | K::WouldBlock => Cause::TimedOut,
                K::UnexpectedEof | K::ConnectionReset | K::ConnectionAborted | K::BrokenPipe => Cause::Closed,
                _ if io.to_string().contains("lookup address") => Cause::NoSuchHost,
                _ => Cause::Other,
            };
        }
        next = err.source();
    }
    Cause::Other
}

fn tls_cause(e: &rustls::Error) -> Cause {
    use rustls::CertificateError as C;
    match e {
        rustls::Error::InvalidMessage(_) => Cause::NotTls,
        rustls::Error::InvalidCertificate(c) => Cause::Certificate(match c {
            C::UnknownIssuer => crate::t!("ops-cert-unknown-issuer"),
            C::NotValidForName | C::NotValidForNameContext { .. } => crate::t!("ops-cert-other-name"),
            C::Expired | C::ExpiredContext { .. } => crate::t!("ops-cert-expired"),
            C::NotValidYet | C::NotValidYetContext { .. } => crate::t!("ops-cert-not-yet-valid"),
            C::Revoked => crate::t!("ops-cert-revoked"),
            // webpki's word for a self-signed certificate (a CA's used by a server)
            C::Other(o) if o.to_string().contains("CaUsedAsEndEntity") => crate::t!("ops-cert-self-signed"),
            other => crate::t!("ops-cert-invalid", error = other.to_string()),
        }),
        rustls::Error::AlertReceived(alert) => {
            Cause::Tls(crate::t!("ops-tls-alert", alert = format!("{alert:?}")))
        }
        other => Cause::Tls(other.to_string()),
    }
}

/// The SMTP password, from an environment variable or a command: never from the config
/// file or the ledger, never printed.
fn smtp_password(c: &SmtpConfig) -> Result<String, DomainError> {
    if let Some(var) = &c.password_env {
        return std::env::var(var)
            .ok()
            .filter(|p| !p.is_empty())
            .ok_or_else(|| invalid(crate::t!("ops-smtp-password-unset", var = var.as_str())));
    }
    if let Some(command) = &c.password_command {
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(command)
            .stdin(std::process::Stdio::null())
            .output()
            .map_err(|e| invalid(crate::t!("ops-smtp-password-command-run", error = e.to_string())))?;
        if !out.status.success() {
            return Err(invalid(crate::t!(
                "ops-smtp-password-command-failed",
                status = out.status.to_string()
            )));
        }
        let password = String::from_utf8_lossy(&out.stdout)
            .trim_end_matches(['\n', '\r'])
            .to_string();
        if password.is_empty() {
            return Err(invalid(crate::t!("ops-smtp-password-command-empty")));
        }
        return Ok(password);
    }
    Err(invalid(crate::t!("ops-smtp-no-password")))
}

/// Writes one .eml file, whole or not at all.
fn write_eml(files: &Files, dir: &Path, message_id: &str, bytes: &[u8]) -> Result<(), String> {
    let local = message_id.split('@').next().unwrap_or(message_id);
    let name = format!("{local}.eml");
    files
        .write(Target::Kept { dir, name: &name }, bytes)
        .map(|_| ())
        .map_err(|e| e.to_string())
}
