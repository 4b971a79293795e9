//! `creances customer ...`: who you invoice.

use clap::{Args, Subcommand};

use super::Ctx;
use crate::domain::customer::Customer;
use crate::domain::customer::{
    CustomerKind, DunningProfile, parse_language, validate_code, validate_siren, validate_terms,
};
use crate::error::Error;
use crate::ops::customer::{self as ops, Standing};
use crate::render::fmt::amount as fmt_amount;
use crate::render::{Listing, json, print_list, print_record};
use crate::store::company;
use crate::store::customer as store;
use crate::store::invoice::{self as invoices, Filter};

#[derive(Debug, Subcommand)]
pub enum CustomerCommand {
    /// Add a customer
    Add(AddArgs),
    /// Change a customer's details (only the fields given)
    Edit(EditArgs),
    /// Every customer with open balance, amount overdue and status (ok, late, blocked)
    List(ListArgs),
    /// One customer and its history with a running balance
    Show(CodeArg),
    /// Refuse new quotes and invoices for this customer (unless --force)
    Block(BlockArgs),
    /// Accept new quotes and invoices again
    Unblock(CodeArg),
    /// Statement of account (relevé): invoices, credit notes, payments and a running balance
    Statement(StatementArgs),
}

#[derive(Debug, Args, Default)]
pub struct Fields {
    /// Company or person name
    #[arg(long)]
    name: Option<String>,
    /// business or individual
    #[arg(long)]
    kind: Option<String>,
    /// Where invoices and reminders are mailed
    #[arg(long)]
    email: Option<String>,
    /// Postal address (\n for line breaks)
    #[arg(long)]
    address: Option<String>,
    /// SIREN (business customers)
    #[arg(long)]
    siren: Option<String>,
    /// Intra-EU VAT number
    #[arg(long)]
    vat_number: Option<String>,
    /// Payment terms in days (0 to 60); `default` for the company's
    #[arg(long, value_name = "DAYS")]
    terms: Option<String>,
    /// Dunning profile: standard, vip, new or late_payer
    #[arg(long)]
    profile: Option<String>,
    /// Language of documents and mails: fr or en
    #[arg(long)]
    language: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Short code used in every command (made from the name when absent)
    #[arg(long)]
    code: Option<String>,
    #[command(flatten)]
    fields: Fields,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The customer's code
    code: String,
    #[command(flatten)]
    fields: Fields,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only customers with this status: ok, late or blocked
    #[arg(long)]
    status: Option<String>,
}

#[derive(Debug, Args)]
pub struct CodeArg {
    /// The customer's code
    code: String,
}

#[derive(Debug, Args)]
pub struct StatementArgs {
    /// The customer's code
    code: String,
    /// First day shown; what came before is the opening balance
    #[arg(long, value_parser = super::date_arg)]
    from: Option<chrono::NaiveDate>,
}

#[derive(Debug, Args)]
pub struct BlockArgs {
    /// The customer's code
    code: String,
    /// Why (shown when a new invoice is refused)
    #[arg(long)]
    reason: Option<String>,
}

fn opt(v: String) -> Option<String> {
    let t = v.trim().replace("\\n", "\n");
    (!t.is_empty()).then_some(t)
}

fn apply(c: &mut Customer, f: Fields) -> Result<(), Error> {
    if let Some(n) = f.name {
        if n.trim().is_empty() {
            return Err(Error::Input("--name cannot be empty".into()));
        }
        c.name = n.trim().to_string();
    }
    if let Some(k) = f.kind {
        c.kind = CustomerKind::parse(&k)?;
    }
    if let Some(e) = f.email {
        let e = opt(e);
        if let Some(addr) = e.as_ref().filter(|a| !a.contains('@') || a.contains(' ')) {
            return Err(Error::Input(format!(
                "email `{addr}` is not an address like compta@example.fr"
            )));
        }
        c.email = e;
    }
    if let Some(a) = f.address {
        c.address = a.trim().replace("\\n", "\n");
    }
    if let Some(s) = f.siren {
        c.siren = opt(s).map(|s| validate_siren(&s)).transpose()?;
    }
    if let Some(v) = f.vat_number {
        c.vat_number = opt(v).map(|v| v.replace(' ', "").to_ascii_uppercase());
    }
    if let Some(t) = f.terms {
        c.payment_terms_days = if t.trim().eq_ignore_ascii_case("default") {
            None
        } else {
            let days: i64 = t
                .trim()
                .parse()
                .map_err(|_| Error::Input(format!("--terms `{t}` is not a number of days")))?;
            Some(validate_terms(days)?)
        };
    }
    if let Some(p) = f.profile {
        c.dunning_profile = DunningProfile::parse(&p)?;
    }
    if let Some(l) = f.language {
        c.language = parse_language(&l)?;
    }
    Ok(())
}

pub fn run(ctx: &Ctx, cmd: CustomerCommand) -> crate::error::Result<()> {
    match cmd {
        CustomerCommand::Add(args) => add(ctx, args),
        CustomerCommand::Edit(args) => {
            let mut ledger = ctx.open()?;
            let c = ledger.write(|tx| {
                let mut c = store::by_code(tx, &args.code)?;
                apply(&mut c, args.fields)?;
                store::update(tx, &c)?;
                store::by_id(tx, c.id)
            })?;
            show(ctx, &c.code)
        }
        CustomerCommand::List(args) => list(ctx, args),
        CustomerCommand::Show(args) => show(ctx, &args.code),
        CustomerCommand::Block(args) => set_blocked(ctx, &args.code, true, args.reason),
        CustomerCommand::Unblock(args) => set_blocked(ctx, &args.code, false, None),
        CustomerCommand::Statement(args) => statement(ctx, args),
    }
}

fn add(ctx: &Ctx, args: AddArgs) -> crate::error::Result<()> {
    let code = args.code.map(|c| validate_code(&c)).transpose()?;
    let mut ledger = ctx.open()?;
    let mut fields = args.fields;
    fields.name = Some(super::required(fields.name.take(), "--name", "Customer name")?);
    let c = ledger.write(|tx| {
        company::get(tx)?;
        let mut c = Customer::new("", "");
        apply(&mut c, fields)?;
        ops::add(tx, c, code)
    })?;
    print_customer(ctx, &c, None, json::customer(&c, None), &[]);
    Ok(())
}

fn set_blocked(ctx: &Ctx, code: &str, blocked: bool, reason: Option<String>) -> crate::error::Result<()> {
    let mut ledger = ctx.open()?;
    ledger.write(|tx| {
        let mut c = store::by_code(tx, code)?;
        c.blocked = blocked;
        c.blocked_reason = if blocked { reason } else { None };
        store::update(tx, &c)
    })?;
    show(ctx, code)
}

fn list(ctx: &Ctx, args: ListArgs) -> crate::error::Result<()> {
    if let Some(s) = args
        .status
        .as_ref()
        .filter(|s| !["ok", "late", "blocked"].contains(&s.as_str()))
    {
        return Err(Error::Input(format!(
            "--status `{s}` is unknown: use ok, late or blocked"
        )));
    }
    let mut ledger = ctx.open()?;
    let standings = ledger.read(|tx| ops::standings(tx, ctx.as_of, None))?;
    let standings: Vec<&Standing> = standings
        .iter()
        .filter(|s| args.status.as_deref().is_none_or(|want| s.status() == want))
        .collect();
    let mut listing = Listing::new(vec![
        "code",
        "name",
        "kind",
        "open",
        "balance",
        "overdue",
        "days late",
        "status",
        "dunning",
        "late payer",
    ])
    .right(&[3, 4, 5, 6]);
    for s in &standings {
        listing.push(vec![
            s.customer.code.clone(),
            s.customer.name.clone(),
            s.customer.kind.as_str().into(),
            s.open_invoices.to_string(),
            fmt_amount(s.balance),
            fmt_amount(s.overdue),
            s.max_days_late.to_string(),
            s.status().into(),
            if s.in_dunning { "yes" } else { "" }.into(),
            if s.frequent_late_payer { "yes" } else { "" }.into(),
        ]);
    }
    let json: Vec<_> = standings
        .iter()
        .map(|s| json::customer(&s.customer, Some(s)))
        .collect();
    print_list(ctx.format, &listing, json);
    Ok(())
}

fn show(ctx: &Ctx, code: &str) -> crate::error::Result<()> {
    let mut ledger = ctx.open()?;
    let (c, standing, history, invoices) = ledger.read(|tx| {
        let c = store::by_code(tx, code)?;
        let standing = ops::standings(tx, ctx.as_of, Some(c.id))?.pop();
        let history = ops::history(tx, &c, ctx.as_of)?;
        let filter = Filter {
            customer_id: Some(c.id),
            include_invoices: true,
            ..Default::default()
        };
        let invoices = invoices::list(tx, &filter)?;
        Ok((c, standing, history, invoices))
    })?;
    let mut json = json::customer(&c, standing.as_ref());
    json["history"] = json::history(&history);
    let hist = history_listing(&history);
    let mut open = Listing::new(vec!["invoice", "due", "status", "balance", "days late"]).right(&[3, 4]);
    for inv in invoices
        .iter()
        .filter(|i| i.issue_date.is_some_and(|d| d <= ctx.as_of))
    {
        let v = inv.view(ctx.as_of);
        if v.status.is_open() {
            open.push(vec![
                inv.label(),
                inv.due_date.map(|d| d.to_string()).unwrap_or_default(),
                v.status.as_str().into(),
                fmt_amount(v.balance),
                v.days_late.to_string(),
            ]);
        }
    }
    print_customer(
        ctx,
        &c,
        standing.as_ref(),
        json,
        &[("Open invoices", &open), ("History", &hist)],
    );
    Ok(())
}

fn print_customer(
    ctx: &Ctx,
    c: &Customer,
    standing: Option<&Standing>,
    json: serde_json::Value,
    sections: &[(&str, &Listing)],
) {
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let mut fields = vec![
        ("code", c.code.clone()),
        ("name", c.name.clone()),
        ("kind", c.kind.as_str().into()),
        ("email", opt(&c.email)),
        ("address", c.address.replace('\n', ", ")),
        ("siren", opt(&c.siren)),
        ("vat_number", opt(&c.vat_number)),
        (
            "terms",
            c.payment_terms_days
                .map(|d| format!("{d} days"))
                .unwrap_or_else(|| "company default".into()),
        ),
        ("profile", c.dunning_profile.as_str().into()),
        ("language", c.language.clone()),
        (
            "blocked",
            if c.blocked {
                format!("yes {}", opt(&c.blocked_reason)).trim().to_string()
            } else {
                "no".into()
            },
        ),
    ];
    if let Some(s) = standing {
        fields.push(("balance", fmt_amount(s.balance)));
        fields.push(("overdue", fmt_amount(s.overdue)));
        fields.push(("credit", fmt_amount(s.credit)));
        fields.push(("status", s.status().into()));
    }
    print_record(ctx.format, &json, &fields, sections);
}

/// The relevé de compte: what a customer is sent to reconcile its books with ours.
fn statement(ctx: &Ctx, args: StatementArgs) -> crate::error::Result<()> {
    if let Some(from) = args.from.filter(|f| *f > ctx.as_of) {
        return Err(Error::Input(format!(
            "--from {from} is after the statement's date {}: give an earlier --from or a later --as-of",
            ctx.as_of
        )));
    }
    let mut ledger = ctx.open()?;
    let (c, rows) = ledger.read(|tx| {
        let c = store::by_code(tx, &args.code)?;
        let rows = ops::statement(tx, &c, args.from, ctx.as_of)?;
        Ok((c, rows))
    })?;
    let l = history_listing(&rows);
    let closing = rows.last().map(|h| h.balance).unwrap_or_default();
    match ctx.format {
        crate::render::Format::Json => crate::render::emit_json(&serde_json::json!({
            "customer": c.code,
            "name": c.name,
            "from": args.from.map(|d| d.to_string()),
            "to": ctx.as_of.to_string(),
            "lines": json::history(&rows),
            "closing_balance": fmt_amount(closing),
        })),
        crate::render::Format::Csv => crate::render::emit(&l.to_csv()),
        crate::render::Format::Table => crate::render::emit(&format!(
            "Relevé de compte {} ({}) au {}\n{}\nsolde dû au {} : {}",
            c.name,
            c.code,
            ctx.as_of,
            l.to_table(),
            ctx.as_of,
            fmt_amount(closing)
        )),
    }
    Ok(())
}

/// A customer's account lines with their running balance, as a table.
fn history_listing(rows: &[ops::HistoryLine]) -> Listing {
    let blank_zero = |d: crate::domain::money::Money| if d.is_zero() { String::new() } else { fmt_amount(d) };
    let mut l =
        Listing::new(vec!["date", "kind", "reference", "debit", "credit", "balance"]).right(&[3, 4, 5]);
    for h in rows {
        l.push(vec![
            h.event.date.to_string(),
            h.event.kind.into(),
            h.event.reference.clone(),
            blank_zero(h.event.debit),
            blank_zero(h.event.credit),
            fmt_amount(h.balance),
        ]);
    }
    l
}
