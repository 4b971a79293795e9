//! `creances demo`: builds a realistic demo ledger and shows what is in it.

use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;

use super::Ctx;
use crate::error::Error;
use crate::ops::Ledger;
use crate::render::fmt::amount as fmt_amount;
use crate::render::{Format, Listing, emit, emit_json};

/// Build a demo ledger (a dozen customers, a year of invoices) and show it
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Instead of the demo, a synthetic ledger of this many customers (for benchmarks)
    #[arg(long, requires = "invoices")]
    customers: Option<usize>,
    /// Number of invoices of the synthetic ledger, spread over ten years
    #[arg(long, requires = "customers")]
    invoices: Option<usize>,
    /// Seed of the synthetic ledger: the same seed gives the same ledger
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

/// `demo --format json`.
#[derive(Serialize)]
struct DemoJson<'a> {
    ledger: String,
    as_of: chrono::NaiveDate,
    #[serde(flatten)]
    summary: &'a crate::demo::DemoSummary,
    receivables: String,
    overdue: String,
    pdfs: usize,
    documents: String,
}

/// `demo --customers N --invoices M --format json`.
#[derive(Serialize)]
struct SyntheticJson<'a> {
    ledger: String,
    as_of: chrono::NaiveDate,
    seed: u64,
    #[serde(flatten)]
    summary: &'a crate::synthetic::SyntheticSummary,
    seconds: String,
}

/// The demo never writes over a real ledger: only a previous demo is replaced.
fn clear_previous_demo(path: &Path) -> Result<(), Error> {
    if !path.exists() {
        return Ok(());
    }
    let is_demo = Ledger::open(path)
        .and_then(|mut l| l.company())
        .map(|c| c.is_demo)
        .unwrap_or(false);
    if !is_demo {
        return Err(Error::Input(crate::t!(
            "cli-demo-not-a-demo",
            path = path.display().to_string()
        )));
    }
    // the previous demo's PDFs go with it: the new demo archives its own
    let _ = std::fs::remove_dir_all(crate::ops::documents::documents_dir(path));
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
    Ok(())
}

pub fn run(ctx: &Ctx, args: DemoArgs) -> crate::error::Result<()> {
    // only --db: CREANCES_DB names the user's real ledger
    let path = ctx.db_flag().unwrap_or_else(crate::config::default_demo_path);
    // a size refused before the previous demo goes: bad input leaves it as it was
    if let (Some(customers), Some(invoices)) = (args.customers, args.invoices) {
        crate::synthetic::check_size(customers, invoices)?;
    }
    clear_previous_demo(&path)?;
    if let (Some(customers), Some(invoices)) = (args.customers, args.invoices) {
        return synthetic(ctx, &path, customers, invoices, args.seed);
    }
    let (mut ledger, summary) = crate::demo::create(&path, ctx.as_of)?;
    // the PDF of every issued invoice and credit note, archived in the documents folder
    let settings = crate::ops::documents::Settings::new(
        &crate::config::DocumentsConfig::default(),
        crate::domain::interest::RateTable::builtin(),
    )?;
    let pdfs = crate::ops::documents::archive_all(&mut ledger, &settings, None, ctx.as_of)?;
    let pdf_dir = crate::ops::documents::documents_dir(&path);
    let standings = ledger
        .customer_standings(None, ctx.as_of, &crate::domain::score::ScorePolicy::default())?
        .into_scored();
    let currency = ledger.company()?.currency;
    let total = crate::domain::money::Money::sum(standings.iter().map(|s| s.balance), currency);
    let overdue = crate::domain::money::Money::sum(standings.iter().map(|s| s.overdue), currency);
    if ctx.format == Format::Json {
        emit_json(&DemoJson {
            ledger: path.display().to_string(),
            as_of: ctx.as_of,
            summary: &summary,
            receivables: fmt_amount(total),
            overdue: fmt_amount(overdue),
            pdfs,
            documents: pdf_dir.display().to_string(),
        });
        return Ok(());
    }
    let mut text = format!(
        "{}\n  {}\n  {}\n\n",
        crate::t!(
            "cli-demo-written",
            path = path.display().to_string(),
            as_of = ctx.as_of.to_string()
        ),
        crate::t!(
            "cli-demo-counts",
            customers = summary.customers,
            products = summary.products,
            quotes = summary.quotes,
            invoices = summary.invoices,
            payments = summary.payments,
            credit_notes = summary.credit_notes,
            write_offs = summary.write_offs
        ),
        crate::t!(
            "cli-demo-receivables",
            receivables = fmt_amount(total),
            overdue = fmt_amount(overdue)
        )
    );
    let mut l = Listing::new(vec![
        crate::t!("cli-demo-column-customer"),
        crate::t!("cli-demo-column-name"),
        crate::t!("cli-demo-column-open"),
        crate::t!("cli-demo-column-balance"),
        crate::t!("cli-demo-column-overdue"),
        crate::t!("cli-demo-column-days-late"),
        crate::t!("cli-demo-column-status"),
        crate::t!("cli-demo-column-score"),
        crate::t!("cli-demo-column-credit-limit"),
    ])
    .right(&[2, 3, 4, 5, 7, 8]);
    for s in &standings {
        // green, orange or red on a terminal, as `customer list`
        let colour = Some(crate::render::colour::signal(s.signal()));
        let limit = s.customer.credit_limit;
        l.push_styled(
            vec![
                s.customer.code.clone(),
                s.customer.name.clone(),
                s.open_invoices.to_string(),
                fmt_amount(s.balance),
                fmt_amount(s.overdue),
                s.max_days_late.to_string(),
                standing_word(s.status()),
                crate::render::score::label_cell(crate::render::Format::Table, s.score.as_ref()),
                limit.map(fmt_amount).unwrap_or_default(),
            ],
            vec![colour; 9],
        );
    }
    text.push_str(&l.to_table());
    let dashboard = ledger.dashboard(&crate::config::Config::defaults(), ctx.as_of)?;
    text.push_str("\n\n");
    text.push_str(&crate::render::dashboard::headline(&dashboard));
    text.push_str("\n\n");
    text.push_str(&crate::t!(
        "cli-demo-pdfs",
        count = pdfs,
        path = pdf_dir.display().to_string()
    ));
    text.push_str(&super::dunning::demo_section(ctx, &path)?);
    let first_year = ctx
        .as_of
        .checked_sub_days(chrono::Days::new(365))
        .unwrap_or(ctx.as_of)
        .format("%Y");
    text.push_str(&format!(
        "\n{}\n  export CREANCES_DB={}\n  creances customer list\n  creances invoice list --overdue\n  creances customer show TRANSLEF\n  creances invoice show FACT-{first_year}-0001 --format json\n  creances customer list --sort score\n  creances report dashboard\n  creances report trends\n  creances report payers\n  creances report aging\n  creances report dashboard --out dashboard.xlsx\n  creances customer statement TRANSLEF --pdf\n  creances export fec --year {}\n",
        crate::t!("cli-demo-try-it"),
        path.display(),
        ctx.as_of.format("%Y")
    ));
    emit(&text);
    Ok(())
}

fn synthetic(
    ctx: &Ctx,
    path: &Path,
    customers: usize,
    invoices: usize,
    seed: u64,
) -> crate::error::Result<()> {
    let started = std::time::Instant::now();
    let s = crate::synthetic::create(path, customers, invoices, seed, ctx.as_of)?;
    let seconds = started.elapsed().as_secs_f64();
    match ctx.format {
        Format::Json => emit_json(&SyntheticJson {
            ledger: path.display().to_string(),
            as_of: ctx.as_of,
            seed,
            summary: &s,
            seconds: format!("{seconds:.2}"),
        }),
        _ => emit(&crate::t!(
            "cli-demo-synthetic",
            path = path.display().to_string(),
            seed = seed.to_string(),
            as_of = ctx.as_of.to_string(),
            customers = s.customers,
            invoices = s.invoices,
            lines = s.lines,
            payments = s.payments,
            credit_notes = s.credit_notes,
            reminders = s.reminders,
            seconds = format!("{seconds:.1}")
        )),
    }
    Ok(())
}

/// A customer's standing as the demo's table shows it, in the interface's language.
fn standing_word(status: crate::domain::customer::StandingStatus) -> String {
    use crate::domain::customer::StandingStatus;
    match status {
        StandingStatus::Ok => crate::t!("cli-demo-standing-ok"),
        StandingStatus::Late => crate::t!("cli-demo-standing-late"),
        StandingStatus::Blocked => crate::t!("cli-demo-standing-blocked"),
    }
}
