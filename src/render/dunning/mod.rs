//! Dunning as tables, CSV and JSON: a run's report, the plan ahead and the log, and the
//! notes a run leaves on stderr. A first run on a large ledger can list hundreds of
//! thousands of actions: runs and plans are written as they are read, never all held as
//! text or JSON.

use std::io::{self, Write};

mod plan;
mod run;
pub mod words;

pub use plan::{LogWriter, PlanStream, PlanTable};
pub use run::{
    demo_section, dry_run_failed, dry_run_findings, dry_summary, resent, run, run_failed, summary,
    summary_text, uncertain,
};

use crate::domain::customer::Customer;
use crate::domain::dunning::Owed;

/// The title of the owner's task that a call step makes.
pub fn call_task_title(customer: &Customer, owed: &Owed) -> String {
    format!(
        "Call {} ({}) about {}: {} day(s) late, {} {} due",
        customer.name, customer.code, owed.number, owed.days_late, owed.balance, owed.currency
    )
}

/// The facts of a call task's stored title, as `call_task_title` wrote them.
#[derive(Debug, PartialEq)]
struct CallFacts<'a> {
    name: &'a str,
    code: &'a str,
    invoice: &'a str,
    days: i64,
    balance: &'a str,
    currency: &'a str,
}

/// Reads a title that `call_task_title` wrote (the stored text stays the English one, so
/// old rows and new read alike); `None` for any other text.
fn call_facts(title: &str) -> Option<CallFacts<'_>> {
    let rest = title.strip_prefix("Call ")?.strip_suffix(" due")?;
    let (head, tail) = rest.rsplit_once(": ")?;
    let (days, money) = tail.split_once(" day(s) late, ")?;
    let (balance, currency) = money.rsplit_once(' ')?;
    let (who, invoice) = head.rsplit_once(" about ")?;
    let (name, code) = who.strip_suffix(')')?.rsplit_once(" (")?;
    Some(CallFacts {
        name,
        code,
        invoice,
        days: days.parse().ok()?,
        balance,
        currency,
    })
}

/// A task's title as the owner reads it: a call task worded in the interface's language
/// from the facts its stored title holds, any other title as stored.
pub fn task_title(step: &str, stored: &str) -> String {
    if step != "call" || crate::i18n::current() == crate::i18n::Lang::En {
        return stored.to_string();
    }
    let Some(f) = call_facts(stored) else {
        return stored.to_string();
    };
    let balance = f
        .balance
        .parse::<rust_decimal::Decimal>()
        .map(super::fmt::human)
        .unwrap_or_else(|_| f.balance.to_string());
    crate::t!(
        "checks-task-call",
        name = f.name,
        code = f.code,
        invoice = f.invoice,
        days = f.days,
        balance = balance,
        currency = f.currency
    )
}

use serde::Serialize;
use serde::ser::{SerializeSeq, Serializer};

use super::Format;
use super::neutralise_formula;
use super::table::Table;
use plan::PlanJson;
use run::ActionJson;

/// One row of a streamed list: its cells for a table or CSV, its JSON object.
trait Row {
    /// The cells in `format`: a table's in the interface's language, CSV's in English.
    fn cells(&self, format: Format) -> Vec<String>;
    /// The cells into `cells`, whose strings are reused (a long listing makes each row
    /// twice).
    fn cells_into(&self, format: Format, cells: &mut Vec<String>) {
        *cells = self.cells(format);
    }
    fn json(&self) -> RowJson<'_>;
    /// Widens a table's columns to fit the row (`cells` reused from row to row); a row
    /// whose cells' widths are known without writing them says so instead.
    fn widen(&self, table: &mut Table, cells: &mut Vec<String>) {
        self.cells_into(Format::Table, cells);
        table.widen(cells);
    }
    /// A line for the owner under the table, if the row asks for one.
    fn note(&self) -> Option<String> {
        None
    }
}

/// The JSON object of a row, whichever list it is of.
#[derive(Serialize)]
#[serde(untagged)]
enum RowJson<'a> {
    Action(ActionJson<'a>),
    Plan(PlanJson<'a>),
}

/// Visits each row of a list in order, once per call: a table calls it twice, widths
/// first, so that rows are made on demand rather than held.
type EachRow<'a> = dyn Fn(&mut dyn FnMut(&dyn Row)) + 'a;

/// The rows as a JSON array, serialized as they are visited.
struct JsonRows<'a>(&'a EachRow<'a>);

impl Serialize for JsonRows<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        let mut failed = None;
        (self.0)(&mut |row| {
            if failed.is_none() {
                failed = seq.serialize_element(&row.json()).err();
            }
        });
        match failed {
            Some(e) => Err(e),
            None => seq.end(),
        }
    }
}

fn write_csv(out: &mut impl Write, headers: &[&str], each: &EachRow) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(headers)?;
    let mut failed = None;
    let mut cells = Vec::new();
    each(&mut |row| {
        if failed.is_none() {
            row.cells_into(Format::Csv, &mut cells);
            failed = w
                .write_record(cells.iter().map(|cell| neutralise_formula(cell)))
                .err();
        }
    });
    if let Some(e) = failed {
        return Err(e.into());
    }
    w.flush()
}

/// The table of the rows, nothing at all when there is none; Ok(how many rows). `also`
/// sees each row once, while the columns are measured.
fn write_table(
    out: &mut impl Write,
    headers: &[String],
    numeric: &[usize],
    each: &EachRow,
    also: &mut dyn FnMut(&dyn Row),
) -> io::Result<usize> {
    let mut table = Table::measure(headers, numeric, std::iter::empty::<Vec<String>>());
    let mut count = 0usize;
    let mut cells = Vec::new();
    each(&mut |row| {
        row.widen(&mut table, &mut cells);
        also(row);
        count += 1;
    });
    if count == 0 {
        return Ok(0);
    }
    table.head(out, headers)?;
    let mut failed = None;
    each(&mut |row| {
        if failed.is_none() {
            row.cells_into(Format::Table, &mut cells);
            failed = table.row(out, &cells).err();
        }
    });
    match failed {
        Some(e) => Err(e),
        None => Ok(count),
    }
}

/// Stdout, buffered for long listings.
fn stdout() -> io::BufWriter<io::StdoutLock<'static>> {
    io::BufWriter::with_capacity(1 << 16, io::stdout().lock())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_title_reads_back_its_facts() {
        let title = "Call Dubois (Paris) SARL (DUBOIS) about FA-2026-0001: 12 day(s) late, 1234.50 EUR due";
        assert_eq!(
            call_facts(title),
            Some(CallFacts {
                name: "Dubois (Paris) SARL",
                code: "DUBOIS",
                invoice: "FA-2026-0001",
                days: 12,
                balance: "1234.50",
                currency: "EUR",
            })
        );
        assert_eq!(call_facts("Phone the accountant"), None);
        assert_eq!(call_facts("Call Bob about it: soon due"), None);
    }
}
