//! Dunning as tables, CSV and JSON: a run's report, the plan ahead and the log, and the
//! notes a run leaves on stderr. A first run on a large ledger can list hundreds of
//! thousands of actions: runs and plans are written as they are read, never all held as
//! text or JSON.

use std::io::{self, Write};

mod plan;
mod run;
pub mod words;

pub use plan::{PlanStream, log, plan};
pub use run::{
    demo_section, dry_run_failed, dry_run_findings, resent, run, run_failed, summary, summary_text, uncertain,
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
    fn json(&self) -> RowJson<'_>;
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
    each(&mut |row| {
        if failed.is_none() {
            failed = w
                .write_record(row.cells(Format::Csv).iter().map(|cell| neutralise_formula(cell)))
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
    each(&mut |row| {
        table.widen(&row.cells(Format::Table));
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
            failed = table.row(out, &row.cells(Format::Table)).err();
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
