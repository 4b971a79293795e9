//! Customers, their standing, history and statement as tables, CSV and JSON.

use chrono::NaiveDate;
use serde::Serialize;

use super::fmt::amount;
use super::{Format, Listing, emit, emit_json, print_record, words};
use crate::domain::customer::{Customer, HistoryLine, Standing};
use crate::domain::invoice::Invoice;
use crate::domain::money::Money;
use crate::domain::standings::Standings;

/// A customer in JSON (docs/json.md); the standing fields follow when known.
#[derive(Serialize)]
struct CustomerJson<'a> {
    id: i64,
    code: &'a str,
    name: &'a str,
    kind: &'static str,
    email: Option<&'a str>,
    address: &'a str,
    siren: Option<&'a str>,
    vat_number: Option<&'a str>,
    payment_terms_days: Option<i64>,
    dunning_profile: &'static str,
    language: &'a str,
    blocked: bool,
    blocked_reason: Option<&'a str>,
    credit_limit: Option<String>,
    #[serde(flatten)]
    standing: Option<StandingJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    score_factors: Option<Vec<super::score::FactorJson>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    history: Option<Vec<HistoryJson<'a>>>,
}

#[derive(Serialize)]
struct StandingJson {
    balance: String,
    overdue: String,
    credit: String,
    open_invoices: usize,
    max_days_late: i64,
    status: &'static str,
    in_dunning: bool,
    frequent_late_payer: bool,
    score: Option<u8>,
    grade: Option<&'static str>,
}

#[derive(Serialize)]
struct HistoryJson<'a> {
    date: NaiveDate,
    kind: &'static str,
    reference: &'a str,
    debit: String,
    credit: String,
    balance: String,
}

#[derive(Serialize)]
struct StatementJson<'a> {
    customer: &'a str,
    name: &'a str,
    from: Option<NaiveDate>,
    to: NaiveDate,
    lines: Vec<HistoryJson<'a>>,
    closing_balance: String,
}

impl<'a> CustomerJson<'a> {
    fn new(c: &'a Customer, standing: Option<&Standing>) -> Self {
        CustomerJson {
            id: c.id,
            code: &c.code,
            name: &c.name,
            kind: c.kind.as_str(),
            email: c.email.as_deref(),
            address: &c.address,
            siren: c.siren.as_deref(),
            vat_number: c.vat_number.as_deref(),
            payment_terms_days: c.payment_terms_days,
            dunning_profile: c.dunning_profile.as_str(),
            language: &c.language,
            blocked: c.blocked,
            blocked_reason: c.blocked_reason.as_deref(),
            credit_limit: c.credit_limit.map(amount),
            standing: standing.map(|s| StandingJson {
                balance: amount(s.balance),
                overdue: amount(s.overdue),
                credit: amount(s.credit),
                open_invoices: s.open_invoices,
                max_days_late: s.max_days_late,
                status: s.status().as_str(),
                in_dunning: s.in_dunning,
                frequent_late_payer: s.frequent_late_payer,
                score: s.score.as_ref().map(|x| x.points),
                grade: s.score.as_ref().map(|x| x.grade.as_str()),
            }),
            score_factors: None,
            history: None,
        }
    }
}

fn history_json(rows: &[HistoryLine]) -> Vec<HistoryJson<'_>> {
    rows.iter()
        .map(|h| HistoryJson {
            date: h.event.date,
            kind: h.event.kind,
            reference: &h.event.reference,
            debit: amount(h.event.debit),
            credit: amount(h.event.credit),
            balance: amount(h.balance),
        })
        .collect()
}

/// `customer list`: on a terminal, each row green (nothing overdue), orange (late) or
/// red (in dunning or blocked). Each score shows its points and letter alone (the
/// standings' brief form: no factor).
pub fn list(format: Format, standings: &Standings) {
    const HEADERS: [&str; 11] = [
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
        "score",
    ];
    let yes = |b: bool| words::yes_cell(format, b);
    let cells = |s: &Standing| {
        vec![
            s.customer.code.clone(),
            s.customer.name.clone(),
            kind_cell(format, s.customer.kind.as_str()),
            s.open_invoices.to_string(),
            words::money_cell(format, s.balance),
            words::money_cell(format, s.overdue),
            s.max_days_late.to_string(),
            words::status_cell(format, s.status().as_str()),
            yes(s.in_dunning),
            yes(s.frequent_late_payer),
            super::score::label_cell(format, s.score.as_ref()),
        ]
    };
    // written customer by customer, never held as text
    match format {
        Format::Table => super::stream::table(&TABLE_HEADERS, &[2, 3, 6], &|visit| {
            for s in standings.brief() {
                let style = super::colour::signal(s.signal());
                let painted: Vec<String> = table_cells(s)
                    .iter()
                    .map(|cell| super::colour::paint(cell, style))
                    .collect();
                visit(&painted);
            }
        }),
        Format::Csv => {
            // one value per cell: the score's points and grade in two columns
            let mut headers = HEADERS.to_vec();
            headers.push("grade");
            let Some(mut out) = super::stream::ListStream::new(format, &headers) else {
                return;
            };
            for s in standings.brief() {
                let mut row = cells(s);
                let score = s.score.as_ref();
                row[10] = score.map(|x| x.points.to_string()).unwrap_or_default();
                row.push(score.map(|x| x.grade.as_str().to_string()).unwrap_or_default());
                out.cells(&row);
            }
            out.finish();
        }
        Format::Json => {
            let Some(mut out) = super::stream::ListStream::new(format, &HEADERS) else {
                return;
            };
            for s in standings.brief() {
                out.json(&CustomerJson::new(&s.customer, Some(s)));
            }
            out.finish();
        }
    }
}

/// The columns of `customer list` as a table: fewer than CSV and JSON so that the table
/// fits a 100-column terminal in both languages. The kind, the count of open invoices and
/// the most days late are left to `customer show` and `invoice list --customer`; "in
/// dunning" is the status word when the customer is reminded but not blocked.
const TABLE_HEADERS: [&str; 7] = [
    "code",
    "name",
    "balance",
    "overdue",
    "status",
    "late payer",
    "score",
];

/// The longest name a table shows whole: longer ones end in "…".
const NAME_WIDTH: usize = 24;

/// A row of the `customer list` table.
fn table_cells(s: &Standing) -> Vec<String> {
    let status = if !s.customer.blocked && s.in_dunning {
        t!("checks-customer-in-dunning")
    } else {
        words::status_cell(Format::Table, s.status().as_str())
    };
    vec![
        s.customer.code.clone(),
        shortened(&s.customer.name, NAME_WIDTH),
        words::money_cell(Format::Table, s.balance),
        words::money_cell(Format::Table, s.overdue),
        status,
        words::yes_cell(Format::Table, s.frequent_late_payer),
        super::score::label_cell(Format::Table, s.score.as_ref()),
    ]
}

/// `text` cut to `width` characters, its end marked "…" when cut.
fn shortened(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let kept: String = text.chars().take(width - 1).collect();
    format!("{}…", kept.trim_end())
}

/// A code word (a customer's kind, a dunning profile, a kind of account line):
/// "entreprise" in a French table, the code in CSV.
fn kind_cell(format: Format, code: &str) -> String {
    if format == Format::Table {
        words::label(code)
    } else {
        code.to_string()
    }
}

/// `customer add`: the customer as saved.
pub fn added(format: Format, c: &Customer) {
    print_record(format, &CustomerJson::new(c, None), &fields(format, c, None), &[]);
}

/// `customer show` (and edit, block, unblock): details, standing, open invoices, history.
pub fn show(
    format: Format,
    c: &Customer,
    standing: Option<&Standing>,
    open_invoices: &[Invoice],
    history: &[HistoryLine],
    as_of: NaiveDate,
) {
    let mut json = CustomerJson::new(c, standing);
    let score = standing.and_then(|s| s.score.as_ref());
    json.score_factors = score.map(super::score::factors_json);
    json.history = Some(history_json(history));
    let factors = score
        .map(super::score::factors_listing)
        .unwrap_or_else(|| Listing::new(vec![""]));
    let mut open = Listing::new(vec!["invoice", "due", "status", "balance", "days late"]).right(&[3, 4]);
    for inv in open_invoices {
        let v = inv.view(as_of);
        open.push(vec![
            inv.label(),
            inv.due_date.map(|d| d.to_string()).unwrap_or_default(),
            words::status_cell(format, v.status.as_str()),
            words::money_cell(format, v.balance),
            v.days_late.to_string(),
        ]);
    }
    let hist = history_listing(format, history);
    print_record(
        format,
        &json,
        &fields(format, c, standing),
        &[("Score", &factors), ("Open invoices", &open), ("History", &hist)],
    );
}

fn fields(format: Format, c: &Customer, standing: Option<&Standing>) -> Vec<(&'static str, String)> {
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let table = format == Format::Table;
    let money = |m: Money| words::money_cell(format, m);
    let mut fields = vec![
        ("code", c.code.clone()),
        ("name", c.name.clone()),
        ("kind", kind_cell(format, c.kind.as_str())),
        ("email", opt(&c.email)),
        ("address", c.address.replace('\n', ", ")),
        ("siren", opt(&c.siren)),
        ("vat_number", opt(&c.vat_number)),
        (
            "terms",
            c.payment_terms_days
                .map(|d| {
                    if table {
                        t!("render-customer-terms-days", days = d)
                    } else {
                        format!("{d} days")
                    }
                })
                .unwrap_or_else(|| {
                    if table {
                        t!("render-customer-terms-default")
                    } else {
                        "company default".into()
                    }
                }),
        ),
        ("profile", kind_cell(format, c.dunning_profile.as_str())),
        ("language", c.language.clone()),
        (
            "blocked",
            match (c.blocked, table) {
                (true, true) => match c.blocked_reason.as_deref().map(str::trim) {
                    Some(reason) if !reason.is_empty() => {
                        t!("render-customer-blocked-yes", reason = reason)
                    }
                    _ => t!("render-yes"),
                },
                (true, false) => format!("yes {}", opt(&c.blocked_reason)).trim().to_string(),
                (false, true) => t!("render-no"),
                (false, false) => "no".into(),
            },
        ),
        (
            "credit_limit",
            match c.credit_limit {
                Some(limit) => words::money_cell(format, limit),
                None if table => t!("render-customer-no-limit"),
                None => "none".into(),
            },
        ),
    ];
    if let Some(s) = standing {
        fields.push(("balance", money(s.balance)));
        fields.push(("overdue", money(s.overdue)));
        fields.push(("credit", money(s.credit)));
        fields.push(("status", words::status_cell(format, s.status().as_str())));
        fields.push(("score", super::score::label_cell(format, s.score.as_ref())));
    }
    fields
}

/// `customer statement`: the relevé de compte a customer reconciles its books with.
pub fn statement(
    format: Format,
    c: &Customer,
    from: Option<NaiveDate>,
    to: NaiveDate,
    lines: &[HistoryLine],
    closing: Money,
) {
    let l = history_listing(format, lines);
    match format {
        Format::Json => emit_json(&StatementJson {
            customer: &c.code,
            name: &c.name,
            from,
            to,
            lines: history_json(lines),
            closing_balance: amount(closing),
        }),
        Format::Csv => emit(&l.to_csv()),
        Format::Table => emit(&t!(
            "render-customer-statement",
            name = c.name.as_str(),
            code = c.code.as_str(),
            to = to.to_string(),
            table = l.to_table(),
            closing = words::money_cell(format, closing)
        )),
    }
}

/// A customer's account lines with their running balance, as a table.
fn history_listing(format: Format, rows: &[HistoryLine]) -> Listing {
    let money = |m: Money| words::money_cell(format, m);
    let blank_zero = |d: Money| if d.is_zero() { String::new() } else { money(d) };
    let mut l =
        Listing::new(vec!["date", "kind", "reference", "debit", "credit", "balance"]).right(&[3, 4, 5]);
    for h in rows {
        l.push(vec![
            h.event.date.to_string(),
            kind_cell(format, h.event.kind),
            h.event.reference.clone(),
            blank_zero(h.event.debit),
            blank_zero(h.event.credit),
            money(h.balance),
        ]);
    }
    l
}

#[derive(Serialize)]
struct StatementWrittenJson<'a> {
    file: String,
    customer: &'a str,
    to: NaiveDate,
    lines: usize,
    closing_balance: String,
}

/// `customer statement --pdf`: where the PDF went and the balance it shows.
pub fn statement_written(
    format: Format,
    path: &std::path::Path,
    c: &Customer,
    to: NaiveDate,
    lines: usize,
    closing: Money,
) {
    match format {
        Format::Json => emit_json(&StatementWrittenJson {
            file: path.display().to_string(),
            customer: &c.code,
            to,
            lines,
            closing_balance: amount(closing),
        }),
        _ => emit(&t!(
            "render-customer-statement-written",
            file = path.display().to_string(),
            code = c.code.as_str(),
            to = to.to_string(),
            lines = lines,
            closing = super::fmt::human(closing)
        )),
    }
}

#[cfg(test)]
mod width_tests {
    use super::shortened;

    #[test]
    fn a_long_name_is_cut_with_an_ellipsis_and_a_short_one_kept() {
        assert_eq!(shortened("Pharmacie Bonnet", 24), "Pharmacie Bonnet");
        assert_eq!(
            shortened("Studio Lambert Architecture", 24),
            "Studio Lambert Architec…"
        );
        assert_eq!(shortened("Hôtel des Tilleuls de la Côte", 24).chars().count(), 24);
        assert_eq!(shortened("Abc defghij klmnop qrstuv wxyz", 12), "Abc defghij…");
    }
}
