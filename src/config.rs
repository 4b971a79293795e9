//! Where things live: the ledger path and the config file (mail transport, dunning
//! policy, template and rate-table overrides).

use std::path::{Path, PathBuf};

use rust_decimal::Decimal;
use serde::Deserialize;

use crate::domain::DomainError;
use crate::domain::customer::DunningProfile;
use crate::domain::dunning::{Policy, Step};
use crate::domain::interest::RateTable;

/// The ledger used when neither --db nor CREANCES_DB is given:
/// the platform data dir (e.g. ~/.local/share/creances/ledger.sqlite).
pub fn default_ledger_path() -> PathBuf {
    directories::ProjectDirs::from("", "", "creances")
        .map(|d| d.data_dir().join("ledger.sqlite"))
        .unwrap_or_else(|| PathBuf::from("creances.sqlite"))
}

/// The demo ledger's default place: the current folder, never the real ledger.
pub fn default_demo_path() -> PathBuf {
    PathBuf::from("creances-demo.sqlite")
}

/// The config file used when neither --config nor CREANCES_CONFIG is given:
/// the platform config dir (e.g. ~/.config/creances/config.toml).
pub fn default_config_path() -> PathBuf {
    directories::ProjectDirs::from("", "", "creances")
        .map(|d| d.config_dir().join("config.toml"))
        .unwrap_or_else(|| PathBuf::from("creances.toml"))
}

/// A folder beside the ledger named after it: `ledger.sqlite` → `ledger-outbox`.
pub fn beside_ledger(ledger: &Path, what: &str) -> PathBuf {
    let stem = ledger
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "ledger".into());
    ledger
        .parent()
        .unwrap_or_else(|| Path::new("."))
        .join(format!("{stem}-{what}"))
}

/// How mail leaves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transport {
    /// .eml files in a folder (the default): works with no mail server.
    Outbox(Option<PathBuf>),
    Smtp(SmtpConfig),
    Sendmail(Option<String>),
}

/// TLS on an SMTP connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Security {
    /// Plain connection upgraded with STARTTLS (port 587).
    Starttls,
    /// TLS from the first byte (port 465).
    Tls,
    /// No encryption: only for a relay on the same machine.
    None,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpConfig {
    pub host: String,
    pub port: Option<u16>,
    #[serde(default = "starttls")]
    pub security: Security,
    pub user: Option<String>,
    /// Name of the environment variable holding the password.
    pub password_env: Option<String>,
    /// A command printing the password (e.g. `pass show mail/smtp`).
    pub password_command: Option<String>,
    /// Seconds before a silent server counts as down.
    pub timeout: Option<u64>,
}

fn starttls() -> Security {
    Security::Starttls
}

/// Mail settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailConfig {
    pub transport: Transport,
    /// Sender; default: the company's name and email.
    pub from: Option<String>,
    /// Also send a receipt on every `invoice pay`, without --notify.
    pub receipts: bool,
}

/// Everything the config file can set, with the defaults filled in.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file read, if there was one.
    pub file: Option<PathBuf>,
    /// Where template overrides (`templates/NAME.LANG.txt`) and `ecb_rates.csv` are looked for.
    pub dir: PathBuf,
    pub mail: MailConfig,
    pub policy: Policy,
    pub rates: RateTable,
    /// Accounts and journal codes of the accounting exports ([accounting]).
    pub accounting: crate::domain::fec::FecAccounts,
    /// Column mapping of the bank's CSV export ([bank]).
    pub bank: crate::domain::bank::CsvProfile,
    /// Logo and fiscal options printed on documents ([documents]).
    pub documents: DocumentsConfig,
    /// What payments do with a customer's credit ([payments]).
    pub payments: PaymentsConfig,
    /// Weights of the payment score and the credit floor ([score]).
    pub score: crate::domain::score::ScorePolicy,
    /// Where exchange rates are read from ([currency]).
    pub currency: CurrencyConfig,
}

/// Invoices in another currency ([currency]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CurrencyConfig {
    /// The exchange rates file, in the ECB's CSV layout (`Date,USD,JPY,...`, units per
    /// euro), relative to the config file's folder; default `exchange_rates.csv` there.
    pub rates_file: Option<PathBuf>,
}

/// What payments do with a customer's credit ([payments]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PaymentsConfig {
    /// `payment add` and the issue of an invoice also apply the customer's credit (an
    /// overpayment, a payment freed by a credit note) to its open invoices, oldest first.
    #[serde(default)]
    pub apply_credit_automatically: bool,
}

/// How documents are printed ([documents]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentsConfig {
    /// A PNG printed at the top of invoices and quotes; relative to the config file's folder.
    pub logo: Option<PathBuf>,
    /// The company opted to pay VAT on debits: invoices say so.
    #[serde(default)]
    pub vat_on_debits: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    email: RawMail,
    #[serde(default)]
    dunning: RawDunning,
    #[serde(default)]
    accounting: crate::domain::fec::FecAccounts,
    #[serde(default)]
    bank: crate::domain::bank::CsvProfile,
    #[serde(default)]
    documents: DocumentsConfig,
    #[serde(default)]
    payments: PaymentsConfig,
    #[serde(default)]
    score: crate::domain::score::ScorePolicy,
    #[serde(default)]
    currency: CurrencyConfig,
    #[serde(default)]
    interface: InterfaceConfig,
}

/// The interface ([interface]): `lang = "fr"` or `"en"`, read before the command line is
/// parsed (`i18n::choose_from_args`); checked here so that a typo is said.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct InterfaceConfig {
    lang: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMail {
    transport: Option<String>,
    from: Option<String>,
    #[serde(default)]
    receipts: bool,
    outbox: Option<PathBuf>,
    smtp: Option<SmtpConfig>,
    sendmail: Option<RawSendmail>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSendmail {
    command: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDunning {
    min_balance: Option<String>,
    #[serde(default)]
    switch_frequent_late_payers: bool,
    #[serde(default)]
    block_at_notice: bool,
    #[serde(default)]
    ladders: std::collections::BTreeMap<String, Vec<Step>>,
}

impl Config {
    /// Reads the config: `explicit` (--config), else $CREANCES_CONFIG, else the platform
    /// config dir. A missing default file means the defaults; a missing named file is an error.
    pub fn load(explicit: Option<&Path>) -> Result<Config, DomainError> {
        let named = explicit.map(Path::to_path_buf).or_else(|| {
            std::env::var_os("CREANCES_CONFIG")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        });
        let path = named.clone().unwrap_or_else(default_config_path);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => Some(text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && named.is_none() => None,
            Err(e) => {
                return Err(DomainError::Invalid(crate::t!(
                    "ops-config-unreadable",
                    path = path.display().to_string(),
                    error = e.to_string()
                )));
            }
        };
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let raw: RawConfig = match &text {
            Some(text) => toml::from_str(text).map_err(|e| {
                DomainError::Invalid(crate::t!(
                    "ops-config-invalid",
                    path = path.display().to_string(),
                    error = e.to_string()
                ))
            })?,
            None => RawConfig::default(),
        };
        let mut config = Config::from_raw(raw, &path)?;
        config.file = text.is_some().then_some(path);
        config.rates = load_rates(&dir)?;
        let rates_file = config
            .currency
            .rates_file
            .take()
            .unwrap_or_else(|| PathBuf::from("exchange_rates.csv"));
        config.currency.rates_file = Some(if rates_file.is_relative() {
            dir.join(rates_file)
        } else {
            rates_file
        });
        if let Some(logo) = config.documents.logo.take() {
            config.documents.logo = Some(if logo.is_relative() { dir.join(logo) } else { logo });
        }
        config.dir = dir;
        Ok(config)
    }

    /// The built-in defaults: outbox beside the ledger, the default policy, the shipped rates.
    pub fn defaults() -> Config {
        let mut config = Config::from_raw(RawConfig::default(), Path::new("config.toml"))
            .expect("the default config is valid");
        config.dir = default_config_path()
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        config
    }

    fn from_raw(raw: RawConfig, path: &Path) -> Result<Config, DomainError> {
        let bad = |m: String| {
            DomainError::Invalid(crate::t!(
                "ops-config-bad",
                path = path.display().to_string(),
                message = m
            ))
        };
        if let Some(lang) = &raw.interface.lang
            && !matches!(lang.as_str(), "fr" | "en")
        {
            return Err(bad(crate::t!("ops-config-lang-unknown", lang = lang.as_str())));
        }
        let transport = match raw.email.transport.as_deref().unwrap_or("outbox") {
            "outbox" => Transport::Outbox(raw.email.outbox),
            "smtp" => Transport::Smtp(
                raw.email
                    .smtp
                    .ok_or_else(|| bad(crate::t!("ops-config-smtp-needs-host")))?,
            ),
            "sendmail" => Transport::Sendmail(raw.email.sendmail.and_then(|s| s.command)),
            other => {
                return Err(bad(crate::t!("ops-config-transport-unknown", transport = other)));
            }
        };
        if let Transport::Smtp(smtp) = &transport
            && smtp.user.is_some()
            && smtp.password_env.is_none()
            && smtp.password_command.is_none()
        {
            return Err(bad(crate::t!("ops-config-smtp-password")));
        }
        let mut policy = Policy {
            switch_frequent_late_payers: raw.dunning.switch_frequent_late_payers,
            block_at_notice: raw.dunning.block_at_notice,
            ..Policy::default()
        };
        if let Some(min) = raw.dunning.min_balance {
            policy.min_balance = min
                .trim()
                .parse::<Decimal>()
                .ok()
                .filter(|m| *m >= Decimal::ZERO)
                .ok_or_else(|| bad(crate::t!("ops-config-min-balance", value = min.as_str())))?;
        }
        for (profile, steps) in raw.dunning.ladders {
            let profile = DunningProfile::parse(&profile).map_err(|e| bad(e.to_string()))?;
            policy
                .set_ladder(profile, steps)
                .map_err(|e| bad(e.to_string()))?;
        }
        Ok(Config {
            file: None,
            dir: PathBuf::new(),
            mail: MailConfig {
                transport,
                from: raw
                    .email
                    .from
                    .map(|f| sender(&f).map_err(|e| bad(e.to_string())))
                    .transpose()?,
                receipts: raw.email.receipts,
            },
            policy,
            rates: RateTable::builtin(),
            accounting: {
                raw.accounting.validate().map_err(|e| bad(e.to_string()))?;
                raw.accounting
            },
            bank: raw.bank,
            documents: raw.documents,
            payments: raw.payments,
            score: {
                raw.score.check().map_err(bad)?;
                raw.score
            },
            currency: raw.currency,
        })
    }

    /// The user's version of a template, if there is one: `templates/NAME.LANG.txt`.
    pub fn template_override(&self, name: &str, lang: &str) -> Result<Option<String>, DomainError> {
        let path = self.dir.join("templates").join(format!("{name}.{lang}.txt"));
        match std::fs::read_to_string(&path) {
            Ok(text) => Ok(Some(text)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(DomainError::Invalid(crate::t!(
                "ops-template-unreadable",
                path = path.display().to_string(),
                error = e.to_string()
            ))),
        }
    }
}

/// The shipped ECB table, updated by `ecb_rates.csv` in the config dir if present.
fn load_rates(dir: &Path) -> Result<RateTable, DomainError> {
    let builtin = RateTable::builtin();
    let path = dir.join("ecb_rates.csv");
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            let user = RateTable::parse(&text)
                .map_err(|e| DomainError::Invalid(format!("{}: {e}", path.display())))?;
            Ok(builtin.updated_with(&user))
        }
        Err(_) => Ok(builtin),
    }
}

/// `[email] from`: `Name <address>` or a bare address, checked like every address typed.
fn sender(text: &str) -> Result<String, crate::domain::DomainError> {
    let t = text.trim();
    let (name, address) = match (t.find('<'), t.rfind('>')) {
        (Some(open), Some(close)) if open < close && close == t.len() - 1 => {
            (&t[..open], &t[open + 1..close])
        }
        _ => ("", t),
    };
    crate::domain::identity::parse_email(address)
        .map_err(|e| crate::domain::DomainError::Invalid(format!("[email] from: {e}")))?;
    if !name.trim().is_empty() {
        crate::domain::identity::parse_name("[email] from", name.trim().trim_matches('"'))?;
    }
    Ok(t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, DomainError> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| DomainError::Invalid(e.to_string()))?;
        Config::from_raw(raw, Path::new("config.toml"))
    }

    #[test]
    fn an_empty_config_means_outbox_and_the_default_policy() {
        let c = parse("").unwrap();
        assert_eq!(c.mail.transport, Transport::Outbox(None));
        assert_eq!(c.policy, Policy::default());
    }

    #[test]
    fn smtp_with_a_password_from_the_environment() {
        let c = parse(
            "[email]\ntransport = \"smtp\"\nfrom = \"Atelier <a@b.example>\"\n[email.smtp]\nhost = \"mail.example\"\nport = 587\nuser = \"me\"\npassword_env = \"SMTP_PASSWORD\"\n",
        )
        .unwrap();
        let Transport::Smtp(s) = c.mail.transport else {
            panic!("smtp expected")
        };
        assert_eq!(
            (s.host.as_str(), s.port, s.security),
            ("mail.example", Some(587), Security::Starttls)
        );
    }

    #[test]
    fn a_password_in_the_config_is_refused() {
        let err = parse("[email]\ntransport = \"smtp\"\n[email.smtp]\nhost = \"h\"\nuser = \"me\"\npassword = \"secret\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("password"), "{err}");
        let err = parse("[email]\ntransport = \"smtp\"\n[email.smtp]\nhost = \"h\"\nuser = \"me\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("password_env"), "{err}");
    }

    #[test]
    fn a_ladder_can_be_replaced() {
        let c = parse(
            "[dunning]\nmin_balance = \"10\"\n[[dunning.ladders.vip]]\nname = \"only\"\noffset = 10\nchannel = \"email\"\ntemplate = \"reminder_courteous\"\ntone = \"courteous\"\n",
        )
        .unwrap();
        assert_eq!(c.policy.min_balance, Decimal::from(10));
        let vip = c.policy.ladder(DunningProfile::Vip, false);
        assert_eq!(vip.len(), 1);
        assert_eq!(vip[0].name, "only");
        assert!(parse("[email]\ntransport = \"pigeon\"\n").is_err());
        assert!(parse("[dunning.ladders]\nnobody = []\n").is_err());
    }

    proptest::proptest! {
        /// Any config file is read or refused with a reason, never a panic (issue 12: fuzzing).
        #[test]
        fn any_config_text_is_read_or_refused(text in "[\\[\\]a-z_.=\"0-9 \n-]{0,200}") {
            let _ = parse(&text);
        }

        #[test]
        fn any_value_in_a_known_section(
            section in proptest::sample::select(vec!["email", "email.smtp", "dunning", "accounting", "bank", "documents", "payments"]),
            key in "[a-z_]{1,12}",
            value in "\\PC{0,30}",
        ) {
            let _ = parse(&format!("[{section}]\n{key} = {value:?}\n"));
            let _ = parse(&format!("[{section}]\n{key} = {value}\n"));
        }
    }

    #[test]
    fn accounting_values_are_checked_when_read() {
        assert!(parse("[accounting]\ncustomers = \"411100\"\n").is_ok());
        for (text, key) in [
            ("[accounting]\ncustomers = \"41\"\n", "customers"),
            ("[accounting]\nvat = \"94571\"\n", "vat"),
            ("[accounting]\nbank = \"512A\"\n", "bank"),
            ("[accounting]\nsales_journal = \"\"\n", "sales_journal"),
            (
                "[accounting]\nbank_journal = \"VT\"\n",
                "sales_journal and bank_journal",
            ),
        ] {
            let err = parse(text).unwrap_err().to_string();
            assert!(err.contains(key), "{text}: {err}");
        }
    }

    #[test]
    fn credit_is_applied_automatically_only_when_asked() {
        assert!(!parse("").unwrap().payments.apply_credit_automatically);
        assert!(
            parse("[payments]\napply_credit_automatically = true\n")
                .unwrap()
                .payments
                .apply_credit_automatically
        );
        assert!(parse("[payments]\napply_credit = true\n").is_err());
    }

    #[test]
    fn the_sender_is_one_address_checked_like_any_other() {
        assert!(parse("[email]\nfrom = \"Atelier <a@b.example>\"\n").is_ok());
        assert!(parse("[email]\nfrom = \"a@b.example\"\n").is_ok());
        for bad in [
            "a@b.example; c@d.example",
            "Atelier <a b@c>",
            "Ate\\r\\nlier <a@b.example>",
            "nobody",
        ] {
            let err = parse(&format!("[email]\nfrom = \"{bad}\"\n"))
                .unwrap_err()
                .to_string();
            assert!(err.contains("[email] from"), "{bad}: {err}");
        }
    }

    #[test]
    fn the_bank_profile_defaults_to_the_french_export_and_can_be_remapped() {
        assert_eq!(parse("").unwrap().bank.debit, "Débit");
        let c = parse("[bank]\ndelimiter = \",\"\namount = \"Montant\"\nid = \"Référence\"\n").unwrap();
        assert_eq!(
            (
                c.bank.delimiter.as_str(),
                c.bank.amount.as_str(),
                c.bank.label.as_str()
            ),
            (",", "Montant", "Libellé")
        );
        assert!(parse("[bank]\ncolumns = 3\n").is_err());
    }
}
