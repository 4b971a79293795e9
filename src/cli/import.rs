//! `creances import ...`: customers, invoices and payments from a spreadsheet (CSV),
//! bank statements (CSV, CAMT.053, OFX).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use serde_json::json;

use super::Ctx;
use crate::domain::bank::BankFormat;
use crate::domain::import::{ImportKind, decode_text};
use crate::error::Error;
use crate::ops::bank as bank_ops;
use crate::ops::import::{ImportHooks, ImportSummary, Rejected, import_csv};
use crate::render::print_record;

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Customers from a CSV file (code, name, kind, email, address, siren, vat_number,
    /// payment_terms_days, language, iban); codes already in the ledger are left as they are
    Customers(CsvArgs),
    /// Invoices from another tool, with their own numbers and dates (number, customer,
    /// issue_date, total; due_date, net, vat, currency, paid, paid_on...); marked imported
    Invoices(CsvArgs),
    /// Payments received (date, customer, amount; method, reference, invoice, external_id)
    Payments(CsvArgs),
    /// A bank statement: CSV export (columns from [bank] in the config), CAMT.053 or OFX;
    /// each bank line is stored once, then `creances payment match` pays invoices with it
    Bank(BankArgs),
}

#[derive(Debug, Args)]
pub struct CsvArgs {
    /// The CSV file: UTF-8 or ISO-8859-15, `;` or `,`, first line naming the columns (see docs/import.md)
    file: PathBuf,
    /// Import the good rows and write the bad ones to this CSV file with their line and reason
    #[arg(long, value_name = "FILE")]
    skip_bad: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct BankArgs {
    /// The statement file
    file: PathBuf,
    /// The statement's format [default: guessed from the content]
    #[arg(long, value_enum, value_name = "FORMAT")]
    bank_format: Option<BankFormat>,
}

pub fn run(ctx: &Ctx, cmd: ImportCommand) -> crate::error::Result<()> {
    match cmd {
        ImportCommand::Customers(args) => csv_import(ctx, ImportKind::Customers, args),
        ImportCommand::Invoices(args) => csv_import(ctx, ImportKind::Invoices, args),
        ImportCommand::Payments(args) => csv_import(ctx, ImportKind::Payments, args),
        ImportCommand::Bank(args) => bank_import(ctx, args),
    }
}

/// Writes set-aside rows: the file's own columns, then `line` and `reason`, so the file
/// can be fixed and imported again as it is.
struct RejectsFile {
    path: PathBuf,
    writer: Option<csv::Writer<std::fs::File>>,
}

impl RejectsFile {
    fn write(&mut self, header: &[String], row: &Rejected) -> std::io::Result<()> {
        if self.writer.is_none() {
            let mut w = csv::WriterBuilder::new()
                .delimiter(row.delimiter)
                .flexible(true)
                .from_path(&self.path)
                .map_err(std::io::Error::other)?;
            let mut head = header.to_vec();
            head.extend(["line".to_string(), "reason".to_string()]);
            w.write_record(&head).map_err(std::io::Error::other)?;
            self.writer = Some(w);
        }
        let w = self.writer.as_mut().expect("writer just made");
        let mut cells = row.cells.clone();
        cells.resize(header.len().max(cells.len()), String::new());
        cells.extend([row.line.to_string(), row.reason.clone()]);
        w.write_record(&cells).map_err(std::io::Error::other)
    }
}

fn progress_bar(file: &Path) -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let size = std::fs::metadata(file).map(|m| m.len()).ok()?;
    let bar = indicatif::ProgressBar::new(size);
    if let Ok(style) = indicatif::ProgressStyle::with_template("{msg} [{bar:40}] {bytes}/{total_bytes} {eta}")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message("importing");
    Some(bar)
}

fn csv_import(ctx: &Ctx, kind: ImportKind, args: CsvArgs) -> crate::error::Result<()> {
    if !args.file.is_file() {
        return Err(Error::Input(format!(
            "no file {}: give the path of the CSV file to import",
            args.file.display()
        )));
    }
    if let Some(out) = &args.skip_bad
        && std::fs::canonicalize(out).ok() == std::fs::canonicalize(&args.file).ok()
    {
        return Err(Error::Input(
            "--skip-bad must name another file than the one imported".into(),
        ));
    }
    let mut ledger = ctx.open()?;
    let bar = progress_bar(&args.file);
    let mut rejects = args
        .skip_bad
        .clone()
        .map(|path| RejectsFile { path, writer: None });
    let mut on_progress = |bytes: u64| {
        if let Some(b) = &bar {
            b.set_position(bytes);
        }
    };
    let mut on_reject = |header: &[String], row: &Rejected| -> std::io::Result<()> {
        match rejects.as_mut() {
            Some(r) => r.write(header, row),
            None => Ok(()),
        }
    };
    let summary: ImportSummary = ledger.write(|tx| {
        let mut hooks = ImportHooks {
            reject: if args.skip_bad.is_some() {
                Some(&mut on_reject)
            } else {
                None
            },
            progress: &mut on_progress,
        };
        import_csv(tx, kind, &args.file, &mut hooks)
    })?;
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    if let Some(r) = rejects.as_mut() {
        match r.writer.take() {
            Some(mut w) => w.flush()?,
            // every row was good: an empty rejects file, not one left from an earlier run
            None => std::fs::write(&r.path, "")?,
        }
    }
    let rejects_path = args
        .skip_bad
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let value = json!({
        "kind": summary.kind,
        "file": args.file.display().to_string(),
        "encoding": summary.encoding,
        "delimiter": summary.delimiter.to_string(),
        "rows": summary.rows,
        "added": summary.added,
        "unchanged": summary.unchanged,
        "rejected": summary.rejected,
        "rejects_file": args.skip_bad.as_ref().map(|p| p.display().to_string()),
        "ignored_columns": summary.ignored_columns,
    });
    let fields = [
        ("imported", summary.kind.to_string()),
        ("file", args.file.display().to_string()),
        ("encoding", summary.encoding.to_string()),
        ("separator", summary.delimiter.to_string()),
        ("rows", summary.rows.to_string()),
        ("added", summary.added.to_string()),
        ("unchanged", summary.unchanged.to_string()),
        ("rejected", summary.rejected.to_string()),
        ("rejects file", rejects_path),
        ("ignored columns", summary.ignored_columns.join(", ")),
    ];
    print_record(ctx.format, &value, &fields, &[]);
    Ok(())
}

fn bank_import(ctx: &Ctx, args: BankArgs) -> crate::error::Result<()> {
    let bytes = std::fs::read(&args.file)
        .map_err(|e| Error::Input(format!("cannot read the statement {}: {e}", args.file.display())))?;
    let text = decode_text(&bytes);
    let format = args.bank_format.unwrap_or_else(|| BankFormat::guess(&text));
    // only a CSV export needs the [bank] column mapping
    let profile = match format {
        BankFormat::Csv => ctx.config()?.bank,
        _ => Default::default(),
    };
    let mut ledger = ctx.open()?;
    let done = ledger.write(|tx| bank_ops::import_statement(tx, &text, format, &profile))?;
    let value = json!({
        "format": done.format.as_str(),
        "account": done.account,
        "lines": done.lines,
        "added": done.added,
        "already_known": done.known,
        "unmatched_credits": done.unmatched_credits,
    });
    let fields = [
        ("statement", args.file.display().to_string()),
        ("format", done.format.as_str().to_string()),
        ("account", done.account.clone()),
        ("lines", done.lines.to_string()),
        ("added", done.added.to_string()),
        ("already known", done.known.to_string()),
        ("credits to match", done.unmatched_credits.to_string()),
    ];
    print_record(ctx.format, &value, &fields, &[]);
    Ok(())
}
