//! `invoice pdf|send` and `offer pdf|send`: documents as PDF, and by mail.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Args;
use serde_json::json;

use super::{Ctx, date_arg};
use crate::domain::daily::{DailyPart, PartOutcome};
use crate::ops::documents::{self as ops, Sent, Settings, Written};
use crate::render::{Format, emit, emit_json};

#[derive(Debug, Args)]
pub struct InvoicePdfArgs {
    /// Invoice or credit-note number (FACT-2026-0001), or a draft's id
    #[arg(required_unless_present = "all")]
    invoice: Option<String>,
    /// Render and archive every issued invoice and credit note that has no PDF yet
    #[arg(long, conflicts_with_all = ["invoice", "out"])]
    all: bool,
    /// With --all: only those issued on or after this day
    #[arg(long, requires = "all", value_parser = date_arg)]
    since: Option<NaiveDate>,
    /// Write the PDF here [default: the documents folder beside the ledger]
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct InvoiceXmlArgs {
    /// Invoice or credit-note number (FACT-2026-0001)
    invoice: String,
    /// Write the XML here [default: the standard output]
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct InvoiceSendArgs {
    /// Invoice or credit-note number, or a draft's id (the draft is issued first)
    #[arg(required_unless_present = "scheduled")]
    invoice: Option<String>,
    /// Make the sends scheduled with --at that are due on today or --as-of, as
    /// `creances daily` does, without its other parts (for cron: exit 0 done, 1 some sends
    /// failed and will be retried, 2 bad usage or config, 3 ledger locked)
    #[arg(long, conflicts_with_all = ["invoice", "date", "at", "force"])]
    scheduled: bool,
    /// Issue date of a draft (default: today or --as-of)
    #[arg(long, value_parser = date_arg)]
    date: Option<NaiveDate>,
    /// Send it on that day instead of now: `creances daily` sends it (a draft is issued
    /// that day)
    #[arg(long, value_parser = date_arg, value_name = "DATE", conflicts_with = "date")]
    at: Option<NaiveDate>,
    /// Issue a draft all the same for a blocked customer, over its credit limit or under the score floor
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
pub struct OfferPdfArgs {
    /// Quote number (DEV-2026-0001)
    offer: String,
    /// Write the PDF here [default: the documents folder beside the ledger]
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Print it as a pro-forma invoice ("Facture pro forma"): no number, not an
    /// accounting document, no e-invoice inside (DEV-...-proforma.pdf)
    #[arg(long)]
    proforma: bool,
}

#[derive(Debug, Args)]
pub struct OfferSendArgs {
    /// Quote number (DEV-2026-0001)
    offer: String,
}

fn settings(ctx: &Ctx) -> crate::error::Result<(crate::config::Config, Settings)> {
    let config = ctx.config()?;
    let settings = Settings::from_config(&config)?;
    Ok((config, settings))
}

fn written_json(w: &Written) -> serde_json::Value {
    json!({
        "document": w.document,
        "path": w.path.display().to_string(),
        "sha256": w.sha256,
        "bytes": w.size,
        "archive": w.archive.as_ref().map(|p| p.display().to_string()),
        "archived_now": w.newly_archived,
        "matches_archive": w.matches_archive,
    })
}

fn print_written(ctx: &Ctx, w: &Written) {
    if w.matches_archive == Some(false) {
        crate::render::warn(&crate::t!("cli-pdf-differs-from-archive", document = &w.document));
    }
    match ctx.format {
        Format::Json => emit_json(&written_json(w)),
        _ => {
            let note = match (w.newly_archived, w.matches_archive) {
                (true, _) => "archived",
                (false, Some(true)) => "identical",
                (false, Some(false)) => "differs",
                (false, None) => "none",
            };
            emit(&crate::t!(
                "cli-pdf-written",
                document = &w.document,
                path = w.path.display().to_string(),
                size = w.size.to_string(),
                sha256 = &w.sha256,
                note = note
            ));
        }
    }
}

fn print_sent(ctx: &Ctx, s: &Sent) {
    match ctx.format {
        Format::Json => {
            let mut v = written_json(&s.written);
            v["issued_now"] = json!(s.issued_now);
            v["sent_to"] = json!(s.recipient);
            v["message_id"] = json!(s.message_id);
            v["via"] = json!(s.via);
            emit_json(&v);
        }
        _ => emit(&crate::t!(
            "cli-pdf-sent",
            document = &s.written.document,
            issued_now = if s.issued_now { "yes" } else { "no" },
            recipient = &s.recipient,
            via = s.via.to_string(),
            path = s.written.path.display().to_string(),
            size = s.written.size.to_string(),
            sha256 = &s.written.sha256
        )),
    }
}

pub fn invoice_pdf(ctx: &Ctx, args: InvoicePdfArgs) -> crate::error::Result<()> {
    let (_, settings) = settings(ctx)?;
    let mut ledger = ctx.open()?;
    let Some(invoice) = args.invoice else {
        let count = ops::archive_all(&mut ledger, &settings, args.since, ctx.as_of)?;
        let dir = ops::documents_dir(ledger.path());
        match ctx.format {
            Format::Json => emit_json(&serde_json::json!({"archived": count, "documents": dir})),
            _ => emit(&crate::t!(
                "cli-pdfs-archived",
                count = count,
                path = dir.display().to_string()
            )),
        }
        return Ok(());
    };
    let w = ops::invoice_pdf(&mut ledger, &invoice, args.out.as_deref(), &settings, ctx.as_of)?;
    print_written(ctx, &w);
    Ok(())
}

pub fn invoice_xml(ctx: &Ctx, args: InvoiceXmlArgs) -> crate::error::Result<()> {
    let (_, settings) = settings(ctx)?;
    let mut ledger = ctx.open()?;
    let (xml, path) = ops::invoice_xml(
        &mut ledger,
        &args.invoice,
        args.out.as_deref(),
        &settings,
        ctx.as_of,
    )?;
    match path {
        Some(path) => println!(
            "{}",
            crate::t!(
                "views-xml-written",
                document = args.invoice.as_str(),
                path = path.display().to_string()
            )
        ),
        None => print!("{xml}"),
    }
    Ok(())
}

pub fn invoice_send(ctx: &Ctx, args: InvoiceSendArgs) -> crate::error::Result<ExitCode> {
    let Some(invoice) = args.invoice else {
        // `--scheduled`: the daily run's part, alone
        let config = ctx.config()?;
        let outcome = PartOutcome::Sends(ctx.open()?.scheduled_sends(&config, ctx.as_of)?);
        crate::render::daily::part(ctx.format, ctx.as_of, DailyPart::Sends, &outcome);
        return Ok(ExitCode::from(outcome.exit()));
    };
    if let Some(at) = args.at {
        let label = ctx.open()?.schedule_send(&invoice, at, ctx.as_of)?;
        match ctx.format {
            Format::Json => crate::render::emit_json(&json!({"invoice": label, "scheduled_on": at})),
            _ => crate::render::emit(&crate::t!(
                "cli-send-scheduled",
                invoice = label.as_str(),
                date = at.to_string()
            )),
        }
        return Ok(ExitCode::SUCCESS);
    }
    let (config, settings) = settings(ctx)?;
    let mut ledger = ctx.open()?;
    ledger.control_credit(config.score.clone());
    let date = args.date.unwrap_or(ctx.as_of);
    let sent = ops::send_invoice(
        &mut ledger,
        &config,
        &settings,
        &invoice,
        date,
        ctx.as_of,
        args.force,
    )?;
    print_sent(ctx, &sent);
    Ok(ExitCode::SUCCESS)
}

pub fn offer_pdf(ctx: &Ctx, args: OfferPdfArgs) -> crate::error::Result<()> {
    let (_, settings) = settings(ctx)?;
    let mut ledger = ctx.open()?;
    let w = ops::offer_pdf(
        &mut ledger,
        &args.offer,
        args.out.as_deref(),
        &settings,
        args.proforma,
    )?;
    print_written(ctx, &w);
    Ok(())
}

/// `delivery pdf`.
pub fn delivery_pdf(ctx: &Ctx, number: &str, out: Option<PathBuf>) -> crate::error::Result<()> {
    let (_, settings) = settings(ctx)?;
    let mut ledger = ctx.open()?;
    let w = ops::delivery_pdf(&mut ledger, number, out.as_deref(), &settings)?;
    print_written(ctx, &w);
    Ok(())
}

pub fn offer_send(ctx: &Ctx, args: OfferSendArgs) -> crate::error::Result<()> {
    let (config, settings) = settings(ctx)?;
    let mut ledger = ctx.open()?;
    let sent = ops::send_offer(&mut ledger, &config, &settings, &args.offer, ctx.as_of)?;
    print_sent(ctx, &sent);
    Ok(())
}
