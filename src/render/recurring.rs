//! Subscriptions and the recurring run as tables, CSV and JSON (docs/json.md).

mod change;

use chrono::NaiveDate;
use serde::Serialize;

use super::dunning::words::{Kind, borrowed, cols, fields, machine_words, money_cell, word};
use super::fmt::{self, amount};
use super::{Format, Listing, emit, emit_json, print_list, print_record};
use crate::domain::document::Line;
use crate::domain::recurring::{Period, RecurringReport, Subscription};

#[derive(Serialize)]
struct PeriodJson {
    index: u32,
    start: NaiveDate,
    end: NaiveDate,
}

impl From<&Period> for PeriodJson {
    fn from(p: &Period) -> Self {
        PeriodJson {
            index: p.index,
            start: p.start,
            end: p.end,
        }
    }
}

#[derive(Serialize)]
struct LineJson<'a> {
    designation: &'a str,
    quantity: String,
    unit_price: String,
    vat_rate: String,
}

#[derive(Serialize)]
struct IndexJson {
    rate: String,
    from: NaiveDate,
}

#[derive(Serialize)]
struct PauseJson {
    from: NaiveDate,
    until: Option<NaiveDate>,
}

#[derive(Serialize)]
struct LineChangeJson<'a> {
    from: NaiveDate,
    lines: Vec<LineJson<'a>>,
}

#[derive(Serialize)]
struct ChangeJson<'a> {
    on: NaiveDate,
    change: &'a str,
}

fn line_json(l: &Line) -> LineJson<'_> {
    LineJson {
        designation: &l.designation,
        quantity: fmt::plain(l.quantity),
        unit_price: amount(l.unit_price),
        vat_rate: fmt::plain(l.vat_rate),
    }
}

#[derive(Serialize)]
struct BilledJson {
    period: u32,
    start: NaiveDate,
    invoice: Option<String>,
}

/// A subscription in JSON (docs/json.md).
#[derive(Serialize)]
struct SubscriptionJson<'a> {
    id: i64,
    customer: &'a str,
    every: &'static str,
    start: NaiveDate,
    day_of_month: Option<u32>,
    end: Option<NaiveDate>,
    count: Option<u32>,
    issue: bool,
    send: bool,
    state: &'static str,
    next_period: Option<PeriodJson>,
    amount: String,
    lines: Vec<LineJson<'a>>,
    indexations: Vec<IndexJson>,
    pauses: Vec<PauseJson>,
    invoices: Vec<BilledJson>,
    /// The lines set by `recurring edit`, each from a day on.
    line_changes: Vec<LineChangeJson<'a>>,
    /// Every `recurring edit`, oldest first.
    changes: Vec<ChangeJson<'a>>,
}

impl<'a> From<&'a Subscription> for SubscriptionJson<'a> {
    fn from(s: &'a Subscription) -> Self {
        let c = &s.schedule.calendar;
        SubscriptionJson {
            id: s.schedule.id,
            customer: &s.schedule.customer_code,
            every: c.every.as_str(),
            start: c.start,
            day_of_month: c.day_of_month,
            end: c.end,
            count: c.count,
            issue: s.schedule.issue,
            send: s.schedule.send,
            state: s.state.as_str(),
            next_period: s.next.as_ref().map(PeriodJson::from),
            amount: amount(s.amount),
            lines: s.schedule.lines.iter().map(line_json).collect(),
            indexations: s
                .schedule
                .indexations
                .iter()
                .map(|i| IndexJson {
                    rate: fmt::plain(i.rate),
                    from: i.from,
                })
                .collect(),
            pauses: s
                .schedule
                .pauses
                .iter()
                .map(|p| PauseJson {
                    from: p.from,
                    until: p.until,
                })
                .collect(),
            invoices: s
                .schedule
                .billed
                .iter()
                .map(|b| BilledJson {
                    period: b.index,
                    start: b.start,
                    invoice: b.invoice_label(),
                })
                .collect(),
            line_changes: s
                .schedule
                .line_changes
                .iter()
                .map(|c| LineChangeJson {
                    from: c.from,
                    lines: c.lines.iter().map(line_json).collect(),
                })
                .collect(),
            changes: s
                .schedule
                .history
                .iter()
                .map(|c| ChangeJson {
                    on: c.made_on,
                    change: &c.text,
                })
                .collect(),
        }
    }
}

/// "until 2027-06-30", "12 periods" or "".
fn limit(s: &Subscription) -> String {
    let c = &s.schedule.calendar;
    match (c.end, c.count) {
        (Some(e), _) => t!("flow-recurring-until", date = e.to_string()),
        (None, Some(n)) => t!("flow-recurring-periods", count = n),
        (None, None) => String::new(),
    }
}

/// `recurring list`.
pub fn list(format: Format, subs: &[Subscription]) {
    let _english = machine_words(format);
    let mut l = Listing::new(cols(&LIST_HEADERS)).right(&[0, 6, 7]);
    for s in subs {
        l.push(vec![
            s.schedule.id.to_string(),
            s.schedule.customer_code.clone(),
            word(Kind::Recurring, s.schedule.calendar.every.as_str()),
            s.schedule.calendar.start.to_string(),
            limit(s),
            s.next.map(|p| p.start.to_string()).unwrap_or_default(),
            money_cell(format, s.amount),
            s.schedule.billed.len().to_string(),
            word(Kind::Recurring, s.state.as_str()),
        ]);
    }
    print_list(
        format,
        &l,
        subs.iter().map(SubscriptionJson::from).collect::<Vec<_>>(),
    );
}

/// `recurring show`, and what `add`, `pause`, `resume` and `end` print.
pub fn show(format: Format, s: &Subscription) {
    let _english = machine_words(format);
    let sch = &s.schedule;
    let c = &sch.calendar;
    let what = match (sch.issue, sch.send) {
        (_, true) => t!("flow-recurring-issued-and-sent"),
        (true, false) => t!("flow-recurring-issued"),
        (false, false) => t!("flow-recurring-left-as-drafts"),
    };
    let fields = fields([
        ("subscription", format!("#{}", sch.id)),
        ("customer", format!("{} ({})", sch.customer_code, s.customer_name)),
        ("every", word(Kind::Recurring, c.every.as_str())),
        ("start", c.start.to_string()),
        (
            "day of month",
            c.day_of_month.map(|d| d.to_string()).unwrap_or_default(),
        ),
        ("ends", limit(s)),
        ("invoices", what),
        (
            "amount",
            t!("flow-recurring-per-period", amount = money_cell(format, s.amount)),
        ),
        ("state", word(Kind::Recurring, s.state.as_str())),
        (
            "next period",
            s.next.map(|p| period_text(p.start, p.end)).unwrap_or_default(),
        ),
    ]);
    let mut lines = Listing::new(cols(&["designation", "qty", "unit price", "vat %"])).right(&[1, 2, 3]);
    for l in &sch.lines {
        lines.push(vec![
            l.designation.clone(),
            fmt::plain(l.quantity),
            money_cell(format, l.unit_price),
            fmt::plain(l.vat_rate),
        ]);
    }
    let mut revisions = Listing::new(cols(&["from", "rate %"])).right(&[1]);
    for i in &sch.indexations {
        revisions.push(vec![i.from.to_string(), fmt::plain(i.rate)]);
    }
    let mut pauses = Listing::new(cols(&["from", "until"]));
    for p in &sch.pauses {
        pauses.push(vec![
            p.from.to_string(),
            p.until
                .map(|u| u.to_string())
                .unwrap_or_else(|| t!("flow-recurring-no-end")),
        ]);
    }
    let mut billed = Listing::new(cols(&["period", "start", "invoice"])).right(&[0]);
    for b in &sch.billed {
        billed.push(vec![
            (b.index + 1).to_string(),
            b.start.to_string(),
            b.invoice_label()
                .unwrap_or_else(|| t!("flow-recurring-draft-deleted")),
        ]);
    }
    let mut later =
        Listing::new(cols(&["from", "designation", "qty", "unit price", "vat %"])).right(&[2, 3, 4]);
    for c in &sch.line_changes {
        for l in &c.lines {
            later.push(vec![
                c.from.to_string(),
                l.designation.clone(),
                fmt::plain(l.quantity),
                money_cell(format, l.unit_price),
                fmt::plain(l.vat_rate),
            ]);
        }
    }
    let mut changes = Listing::new(cols(&["on", "change"]));
    for c in &sch.history {
        changes.push(vec![c.made_on.to_string(), change::cell(format, c)]);
    }
    let titles = [
        t!("flow-recurring-section-lines"),
        t!("flow-recurring-section-later"),
        t!("flow-recurring-section-revisions"),
        t!("flow-recurring-section-pauses"),
        t!("flow-recurring-section-invoices"),
        t!("flow-recurring-section-changes"),
    ];
    let listings = [&lines, &later, &revisions, &pauses, &billed, &changes];
    let sections: Vec<(&str, &Listing)> = titles.iter().map(String::as_str).zip(listings).collect();
    print_record(format, &SubscriptionJson::from(s), &borrowed(&fields), &sections);
}

/// A period as people read it: "2026-01-01 to 2026-01-31".
fn period_text(start: NaiveDate, end: NaiveDate) -> String {
    t!(
        "flow-recurring-period",
        start = start.to_string(),
        end = end.to_string()
    )
}

#[derive(Serialize)]
struct RunInvoiceJson<'a> {
    subscription: i64,
    customer: &'a str,
    period: PeriodJson,
    invoice: Option<&'a str>,
    total: String,
    issued: bool,
    not_issued: Option<&'a str>,
}

#[derive(Serialize)]
struct RunBlockedJson<'a> {
    subscription: i64,
    customer: &'a str,
    periods: Vec<PeriodJson>,
}

#[derive(Serialize)]
struct RunRefusedJson<'a> {
    subscription: i64,
    customer: &'a str,
    period: PeriodJson,
    reason: &'a str,
}

#[derive(Serialize)]
struct RunSendJson<'a> {
    invoice: Option<&'a str>,
    customer: &'a str,
    sent: bool,
    error: Option<&'a str>,
}

#[derive(Serialize)]
struct RunSummaryJson {
    invoices: usize,
    issued: usize,
    sent: usize,
    failed: usize,
    blocked_periods: usize,
    refused_periods: usize,
}

#[derive(Serialize)]
struct RunJson<'a> {
    date: NaiveDate,
    dry_run: bool,
    invoices: Vec<RunInvoiceJson<'a>>,
    blocked: Vec<RunBlockedJson<'a>>,
    refused: Vec<RunRefusedJson<'a>>,
    sends: Vec<RunSendJson<'a>>,
    summary: RunSummaryJson,
}

fn non_empty(s: &str) -> Option<&str> {
    (!s.is_empty()).then_some(s)
}

/// The run's one line for the log.
pub fn summary(r: &RecurringReport) -> String {
    let date = r.as_of.to_string();
    let text = summary_text(r);
    if r.dry_run {
        t!("flow-recurring-line-dry-run", date = date, text = text)
    } else {
        t!("flow-recurring-line", date = date, text = text)
    }
}

/// The summary line without its leading `recurring DATE:` (`daily` gives it under its
/// part's name).
pub fn summary_text(r: &RecurringReport) -> String {
    let mut waiting = String::new();
    if r.blocked_periods() > 0 {
        let codes: Vec<&str> = r.blocked.iter().map(|b| b.customer_code.as_str()).collect();
        waiting.push_str(&t!(
            "flow-recurring-summary-blocked",
            periods = r.blocked_periods(),
            customers = codes.join(", ")
        ));
    }
    if !r.refused.is_empty() {
        let mut codes: Vec<&str> = r.refused.iter().map(|p| p.customer_code.as_str()).collect();
        codes.dedup();
        waiting.push_str(&t!(
            "flow-recurring-summary-refused",
            periods = r.refused.len(),
            customers = codes.join(", ")
        ));
    }
    if r.dry_run {
        t!(
            "flow-recurring-summary-dry-run",
            invoices = r.invoices.len(),
            issued = r.issued(),
            sends = r.sends.len(),
            waiting = waiting,
        )
    } else {
        t!(
            "flow-recurring-summary",
            invoices = r.invoices.len(),
            issued = r.issued(),
            sent = r.sent(),
            failed = r.failed(),
            waiting = waiting,
        )
    }
}

/// `recurring run`: the invoices, what waits, the mails, then the summary line.
pub fn run(format: Format, r: &RecurringReport) {
    let _english = machine_words(format);
    if format == Format::Json {
        emit_json(&RunJson {
            date: r.as_of,
            dry_run: r.dry_run,
            invoices: r
                .invoices
                .iter()
                .map(|i| RunInvoiceJson {
                    subscription: i.schedule_id,
                    customer: &i.customer_code,
                    period: PeriodJson::from(&i.period),
                    invoice: non_empty(&i.invoice),
                    total: amount(i.total),
                    issued: i.issued,
                    not_issued: i.not_issued.as_deref(),
                })
                .collect(),
            blocked: r
                .blocked
                .iter()
                .map(|b| RunBlockedJson {
                    subscription: b.schedule_id,
                    customer: &b.customer_code,
                    periods: b.periods.iter().map(PeriodJson::from).collect(),
                })
                .collect(),
            refused: r
                .refused
                .iter()
                .map(|p| RunRefusedJson {
                    subscription: p.schedule_id,
                    customer: &p.customer_code,
                    period: PeriodJson::from(&p.period),
                    reason: &p.reason,
                })
                .collect(),
            sends: r
                .sends
                .iter()
                .map(|s| RunSendJson {
                    invoice: non_empty(&s.invoice),
                    customer: &s.customer_code,
                    sent: !r.dry_run && s.error.is_none(),
                    error: s.error.as_deref(),
                })
                .collect(),
            summary: RunSummaryJson {
                invoices: r.invoices.len(),
                issued: r.issued(),
                sent: if r.dry_run { 0 } else { r.sent() },
                failed: r.failed(),
                blocked_periods: r.blocked_periods(),
                refused_periods: r.refused.len(),
            },
        });
        return;
    }
    let mut l = Listing::new(cols(&RUN_HEADERS)).right(&[0, 4]);
    for i in &r.invoices {
        let status = match (&i.not_issued, i.issued, r.dry_run) {
            (Some(why), _, _) => t!("flow-recurring-left-as-draft", why = why.as_str()),
            (None, true, true) => t!("flow-recurring-would-be-issued"),
            (None, false, true) => t!("flow-recurring-would-be-draft"),
            (None, true, false) => t!("flow-recurring-status-issued"),
            (None, false, false) => t!("flow-recurring-status-draft"),
        };
        l.push(vec![
            format!("#{}", i.schedule_id),
            i.customer_code.clone(),
            period_text(i.period.start, i.period.end),
            i.invoice.clone(),
            money_cell(format, i.total),
            status,
        ]);
    }
    for b in &r.blocked {
        for p in &b.periods {
            l.push(vec![
                format!("#{}", b.schedule_id),
                b.customer_code.clone(),
                period_text(p.start, p.end),
                String::new(),
                String::new(),
                t!("flow-recurring-blocked"),
            ]);
        }
    }
    for p in &r.refused {
        l.push(vec![
            format!("#{}", p.schedule_id),
            p.customer_code.clone(),
            period_text(p.period.start, p.period.end),
            String::new(),
            String::new(),
            t!("flow-recurring-refused", reason = p.reason.as_str()),
        ]);
    }
    if format == Format::Csv {
        emit(&l.to_csv());
        return;
    }
    let mut text = String::new();
    if !l.rows.is_empty() {
        text.push_str(&l.to_table());
        text.push('\n');
    }
    for s in &r.sends {
        let line = match (&s.error, r.dry_run) {
            (_, true) if s.invoice.is_empty() => t!(
                "flow-recurring-would-send-new",
                customer = s.customer_code.as_str()
            ),
            (_, true) => t!(
                "flow-recurring-would-send",
                invoice = s.invoice.as_str(),
                customer = s.customer_code.as_str()
            ),
            (None, false) => t!(
                "flow-recurring-sent",
                invoice = s.invoice.as_str(),
                customer = s.customer_code.as_str()
            ),
            (Some(e), false) => t!(
                "flow-recurring-not-sent",
                invoice = s.invoice.as_str(),
                error = e.as_str()
            ),
        };
        text.push_str(&line);
        text.push('\n');
    }
    text.push_str(&summary(r));
    emit(&text);
}

/// A run whose invoices could not all be issued or sent: what the exit code 1 means.
pub fn run_failed(failed: usize) -> String {
    t!("flow-recurring-run-failed", failed = failed)
}

/// The columns of `recurring list` (in English: the CSV's).
const LIST_HEADERS: [&str; 9] = [
    "id", "customer", "every", "start", "ends", "next", "amount", "invoices", "state",
];

/// The columns of `recurring run` (in English: the CSV's).
const RUN_HEADERS: [&str; 6] = ["subscription", "customer", "period", "invoice", "total", "status"];

#[cfg(test)]
mod words_tests {
    use super::*;
    use crate::domain::recurring::Frequency;
    use crate::render::dunning::words::tests::{every_column, every_word};

    #[test]
    fn every_column_state_and_period_reads_in_both_languages() {
        every_column(&LIST_HEADERS);
        every_column(&RUN_HEADERS);
        every_column(&[
            "subscription",
            "day of month",
            "next period",
            "designation",
            "qty",
        ]);
        every_column(&["unit price", "vat %", "from", "rate %", "until", "on", "change"]);
        let every = [
            Frequency::Week,
            Frequency::Month,
            Frequency::Quarter,
            Frequency::Year,
        ];
        every_word(Kind::Recurring, &every.map(Frequency::as_str));
        every_word(Kind::Recurring, &["active", "paused", "ended"]);
    }
}
