//! The command line: parse, call the library, print. One file per noun.

mod audit;
mod backup;
mod collect;
mod company;
mod completions;
mod customer;
mod daily;
mod delivery;
mod demo;
mod document;
mod dunning;
mod export;
mod import;
mod invoice;
mod invoice_status;
mod manpage;
mod offer;
mod payment;
mod product;
mod reconcile;
mod recurring;
mod report;
mod task;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use crate::domain::discount::Discount;
use crate::domain::document::LineSpec;
use crate::domain::{DomainError, parse_date};
use crate::error::{Error, Result};
use crate::ops::Ledger;
use crate::render::Format;

/// The help section of the options every command takes.
const GLOBAL: &str = "Global options";

/// Accounts receivable for the terminal: customers, quotes, invoices, payments and
/// reminders in one SQLite file.
#[derive(Debug, Parser)]
#[command(name = "creances", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    /// The ledger file [default: $CREANCES_DB, else the platform data dir]
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "PATH")]
    db: Option<PathBuf>,
    /// Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "DATE", value_parser = date_arg)]
    as_of: Option<NaiveDate>,
    /// Output format: table for humans, csv or json for scripts
    #[arg(long, global = true, help_heading = GLOBAL, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never
    #[arg(long, global = true, help_heading = GLOBAL, value_enum, value_name = "WHEN", default_value_t = crate::render::colour::When::Auto)]
    color: crate::render::colour::When,
    /// The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "PATH")]
    config: Option<PathBuf>,
    /// Language of the interface: fr or en [default: the config's [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]
    #[arg(long, global = true, help_heading = GLOBAL, value_enum, value_name = "LANG")]
    lang: Option<crate::i18n::Lang>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Init(company::InitArgs),
    /// The company's identity printed on documents: show or change it
    #[command(subcommand)]
    Company(company::CompanyCommand),
    /// Customers: add, edit, list, block, statements of account and SEPA mandates
    #[command(subcommand)]
    Customer(customer::CustomerCommand),
    /// The catalogue of products and services that document lines name as `@SKU`
    #[command(subcommand)]
    Product(product::ProductCommand),
    /// Quotes (devis): create, accept into an invoice, decline, print, mail
    #[command(subcommand)]
    Offer(offer::OfferCommand),
    /// Invoices and credit notes: drafts, issue, payments, PDF and e-invoice, mail, holds
    #[command(subcommand)]
    Invoice(invoice::InvoiceCommand),
    /// Delivery notes (bons de livraison), later billed by one recap invoice
    #[command(subcommand)]
    Delivery(delivery::DeliveryCommand),
    /// Collect by SEPA direct debit: the bank file of the invoices due
    #[command(subcommand)]
    Collect(collect::CollectCommand),
    /// Payments received: record, list, apply credit, match bank credits to invoices
    #[command(subcommand)]
    Payment(payment::PaymentCommand),
    /// Reports on receivables: aging, payment delays, revenue, forecast, dashboard
    #[command(subcommand)]
    Report(report::ReportCommand),
    /// Exports for the accountant and spreadsheets: FEC, entries, invoices
    #[command(subcommand)]
    Export(export::ExportCommand),
    /// Payment reminders: the daily run, its plan, its log, one reminder now
    #[command(subcommand)]
    Dunning(dunning::DunningCommand),
    /// Subscriptions billed every week, month, quarter or year
    #[command(subcommand)]
    Recurring(recurring::RecurringCommand),
    /// The cron line: the recurring run, then the dunning run, each at most once a day
    ///
    /// Prints one summary line. Exit 0 done, 1 some work failed and is retried by the
    /// next `daily`, 2 bad usage or config, 3 ledger locked.
    Daily(daily::DailyArgs),
    /// Import customers, invoices, payments and bank statements from files
    #[command(subcommand)]
    Import(import::ImportCommand),
    /// To-dos the dunning steps leave for you (call the customer), and marking them done
    #[command(subcommand)]
    Task(task::TaskCommand),
    Backup(backup::BackupArgs),
    /// Close accounting periods: nothing is recorded on or before a closed day
    #[command(subcommand)]
    Period(audit::PeriodCommand),
    Verify(audit::VerifyArgs),
    Demo(demo::DemoArgs),
    Completions(completions::CompletionsArgs),
    Manpage(manpage::ManpageArgs),
}

/// What every command gets: where the ledger is, what day it is, how to print.
pub struct Ctx {
    db: Option<PathBuf>,
    config: Option<PathBuf>,
    pub as_of: NaiveDate,
    pub format: Format,
}

impl Ctx {
    /// The ledger path: --db, else $CREANCES_DB, else the platform data dir.
    pub fn ledger_path(&self) -> PathBuf {
        self.explicit_db()
            .unwrap_or_else(crate::config::default_ledger_path)
    }

    pub fn db_flag(&self) -> Option<PathBuf> {
        self.db.clone()
    }

    /// The ledger path given with --db or CREANCES_DB, if any.
    pub fn explicit_db(&self) -> Option<PathBuf> {
        self.db.clone().or_else(|| {
            std::env::var_os("CREANCES_DB")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
    }

    /// The config: --config, else $CREANCES_CONFIG, else the platform config dir.
    pub fn config(&self) -> Result<crate::config::Config, DomainError> {
        crate::config::Config::load(self.config.as_deref())
    }

    pub fn open(&self) -> Result<Ledger, Error> {
        Ledger::open(&self.ledger_path())
    }

    /// The ledger for a new quote or invoice: the score floor of `[score]` applies, and
    /// when `issuing`, the customer's credit too (`[payments]`).
    pub fn open_for_sale(&self, issuing: bool) -> Result<Ledger, Error> {
        let config = self.config()?;
        let mut ledger = self.open()?;
        ledger.control_credit(config.score);
        ledger.use_rates_file(config.currency.rates_file);
        if issuing {
            ledger.apply_credit_automatically(config.payments.apply_credit_automatically);
        }
        Ok(ledger)
    }

    /// The ledger for a command that records money or issues an invoice: it also applies
    /// the customer's credit when the config says so (`[payments]`).
    pub fn open_applying_credit(&self) -> Result<Ledger, Error> {
        let config = self.config()?;
        let mut ledger = self.open()?;
        ledger.apply_credit_automatically(config.payments.apply_credit_automatically);
        ledger.use_rates_file(config.currency.rates_file);
        Ok(ledger)
    }
}

pub fn date_arg(text: &str) -> Result<NaiveDate, String> {
    parse_date(&crate::t!("cli-what-date"), text).map_err(|e| e.to_string())
}

/// Parses every `--line` value; a VAT rate French law does not know is warned about.
pub fn line_specs(texts: &[String]) -> Result<Vec<LineSpec>, DomainError> {
    let specs: Vec<LineSpec> = texts
        .iter()
        .map(|t| LineSpec::parse(t))
        .collect::<Result<_, _>>()?;
    for spec in &specs {
        if let LineSpec::Free(line) = spec {
            warn_vat_rate(line.vat_rate);
        }
    }
    Ok(specs)
}

/// Warns (stderr, the command goes on) about a VAT rate that is not a French rate.
pub fn warn_vat_rate(rate: rust_decimal::Decimal) {
    if let Some(warning) = crate::domain::vat_rates::unusual_rate_warning(rate) {
        crate::render::warn(&warning);
    }
}

/// `--discount 5%|AMOUNT|none`: `none` (Some(None)) takes a draft's discount away.
pub fn discount_arg(text: &str) -> Result<Option<Discount>, DomainError> {
    if text.trim().eq_ignore_ascii_case("none") {
        return Ok(None);
    }
    Discount::parse("--discount", text).map(Some)
}

/// Whether prompts can be shown: a person at a terminal, not cron or a pipe.
fn at_a_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// A required value: given, asked for on a terminal, or an error naming the flag.
pub fn required(value: Option<String>, flag: &str, prompt: &str) -> crate::error::Result<String> {
    if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
        return Ok(v);
    }
    if at_a_terminal() {
        let answer: String = dialoguer::Input::new().with_prompt(prompt).interact_text()?;
        if !answer.trim().is_empty() {
            return Ok(answer);
        }
    }
    Err(Error::Input(crate::t!(
        "cli-missing-value",
        flag = flag,
        prompt = prompt
    )))
}

/// The customer of a new document: --customer (checked by the command itself), else
/// asked for on a terminal, each answer checked as it is given: an unknown code is said
/// at once and asked again.
pub fn required_customer(ctx: &Ctx, value: Option<String>) -> crate::error::Result<String> {
    if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
        return Ok(v);
    }
    if at_a_terminal() {
        let mut ledger = ctx.open()?;
        let answer: String = dialoguer::Input::new()
            .with_prompt(crate::t!("cli-prompt-customer-code"))
            .validate_with(|code: &String| ledger.check_customer(code.trim()).map_err(|e| e.to_string()))
            .interact_text()?;
        return Ok(answer.trim().to_string());
    }
    Err(Error::Input(crate::t!("cli-missing-customer")))
}

/// Lines for a new document: from --line, else asked for on a terminal, each answer
/// checked as it is given (its fields, and a catalogue product's SKU): a malformed line
/// is said at once and asked again, the lines already typed are kept.
pub fn required_lines(ctx: &Ctx, texts: Vec<String>) -> crate::error::Result<Vec<String>> {
    if !texts.is_empty() {
        return Ok(texts);
    }
    if at_a_terminal() {
        let mut ledger = ctx.open()?;
        let mut check = |answer: &String| -> std::result::Result<(), String> {
            if answer.trim().is_empty() {
                return Ok(());
            }
            match LineSpec::parse(answer).map_err(|e| e.to_string())? {
                LineSpec::Product { sku, .. } => ledger.check_product(&sku).map_err(|e| e.to_string()),
                LineSpec::Free(_) => Ok(()),
            }
        };
        let mut lines = Vec::new();
        loop {
            let prompt = if lines.is_empty() {
                crate::t!("cli-prompt-first-line")
            } else {
                crate::t!("cli-prompt-another-line")
            };
            let answer: String = dialoguer::Input::new()
                .with_prompt(prompt)
                .allow_empty(true)
                .validate_with(&mut check)
                .interact_text()?;
            if answer.trim().is_empty() {
                break;
            }
            lines.push(answer);
        }
        if !lines.is_empty() {
            return Ok(lines);
        }
    }
    Err(Error::Input(crate::t!("cli-missing-line")))
}

/// Parses the command line and runs the command. A command whose work partly failed
/// (some mails not sent) has printed why and returns exit code 1; errors carry their kind.
pub fn run() -> Result<ExitCode> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    crate::i18n::choose_from_args(&args, crate::config::default_config_path);
    // Parsing needs no words: the English tree parses; only help, the version and a
    // parse error are printed, so only they pay for the tree in another language.
    let plain = <Cli as clap::CommandFactory>::command();
    let matches = match plain.try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(e) if crate::i18n::current() == crate::i18n::Lang::En => crate::i18n::help::exit(e),
        Err(_) => command()
            .try_get_matches_from(args)
            .unwrap_or_else(|e| crate::i18n::help::exit(e)),
    };
    if writes_to_stdout(&matches) {
        crate::render::stdout_is_data();
    }
    let cli = match <Cli as clap::FromArgMatches>::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => crate::i18n::help::exit(e),
    };
    crate::render::colour::choose(cli.color);
    let ctx = Ctx {
        db: cli.db,
        config: cli.config,
        as_of: cli.as_of.unwrap_or_else(|| chrono::Local::now().date_naive()),
        format: cli.format,
    };
    let outcome = match cli.command {
        Command::Init(args) => company::init(&ctx, args),
        Command::Company(cmd) => company::run(&ctx, cmd),
        Command::Customer(cmd) => customer::run(&ctx, cmd),
        Command::Product(cmd) => product::run(&ctx, cmd),
        Command::Offer(cmd) => offer::run(&ctx, cmd),
        Command::Invoice(cmd) => return invoice::run(&ctx, cmd),
        Command::Delivery(cmd) => delivery::run(&ctx, cmd),
        Command::Collect(cmd) => collect::run(&ctx, cmd),
        Command::Payment(cmd) => payment::run(&ctx, cmd),
        Command::Report(cmd) => report::run(&ctx, cmd),
        Command::Export(cmd) => ctx
            .config()
            .map_err(Error::from)
            .and_then(|config| export::run(&ctx, cmd, &config.accounting)),
        Command::Dunning(cmd) => return dunning::run(&ctx, cmd),
        Command::Recurring(cmd) => return recurring::run(&ctx, cmd),
        Command::Daily(args) => return daily::run(&ctx, args),
        Command::Import(cmd) => import::run(&ctx, cmd),
        Command::Task(cmd) => task::run(&ctx, cmd),
        Command::Backup(args) => backup::run(&ctx, args),
        Command::Period(cmd) => audit::period(&ctx, cmd),
        Command::Verify(args) => return audit::verify(&ctx, args),
        Command::Demo(args) => demo::run(&ctx, args),
        Command::Completions(args) => completions::run(args),
        Command::Manpage(args) => manpage::run(args),
    };
    outcome.map(|()| ExitCode::SUCCESS)
}

/// Whether the command's `--out` is `-` (the standard output), found on the innermost
/// subcommand that has an `--out`.
fn writes_to_stdout(matches: &clap::ArgMatches) -> bool {
    let mut m = matches;
    while let Some((_, sub)) = m.subcommand() {
        m = sub;
    }
    matches!(m.try_get_one::<PathBuf>("out"), Ok(Some(p)) if p.as_os_str() == "-")
}

/// Prints why part of the work failed and gives the exit code that says so (1).
pub fn partly_failed(why: &str) -> ExitCode {
    eprintln!("{}", t!("common-error", message = why));
    ExitCode::from(1)
}

/// The clap command, its help in the interface's language (completions and man pages
/// are made in English: tests run them with no locale).
pub fn command() -> clap::Command {
    crate::i18n::help::localize(<Cli as clap::CommandFactory>::command())
}

/// `--out` of a report that is not a PDF: an Excel workbook, named so.
pub fn xlsx_out(path: &std::path::Path) -> crate::error::Result<()> {
    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("xlsx")) {
        Ok(())
    } else {
        Err(crate::error::Error::Input(crate::t!(
            "cli-out-not-xlsx",
            path = path.display().to_string()
        )))
    }
}

/// Every manual page, as (file name, roff text): what `man/` holds.
pub fn man_pages() -> Vec<(String, String)> {
    manpage::pages()
}
