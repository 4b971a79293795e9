//! Tasks as tables, CSV and JSON.

use chrono::NaiveDate;
use serde::Serialize;

use super::dunning::words::{cols, machine_words};
use super::{Format, Listing, emit, emit_json, print_list};
use crate::domain::reminder::Task;

/// A task in JSON (docs/json.md).
#[derive(Serialize)]
struct TaskJson<'a> {
    id: i64,
    invoice: &'a str,
    customer: &'a str,
    step: &'a str,
    title: &'a str,
    due_on: NaiveDate,
    done_on: Option<NaiveDate>,
    note: Option<&'a str>,
}

impl<'a> From<&'a Task> for TaskJson<'a> {
    fn from(t: &'a Task) -> Self {
        TaskJson {
            id: t.id,
            invoice: &t.invoice_number,
            customer: &t.customer_code,
            step: &t.step,
            title: &t.title,
            due_on: t.due_on,
            done_on: t.done_on,
            note: t.note.as_deref(),
        }
    }
}

/// `task list`.
pub fn list(format: Format, tasks: &[Task]) {
    let _english = machine_words(format);
    let mut listing = Listing::new(cols(&HEADERS)).right(&[0]);
    for t in tasks {
        listing.push(vec![
            t.id.to_string(),
            t.due_on.to_string(),
            t.customer_code.clone(),
            t.invoice_number.clone(),
            super::dunning::task_title(&t.step, &t.title),
            t.done_on.map(|d| d.to_string()).unwrap_or_default(),
        ]);
    }
    print_list(
        format,
        &listing,
        tasks.iter().map(TaskJson::from).collect::<Vec<_>>(),
    );
}

/// `task done`.
pub fn done(format: Format, t: &Task, day: NaiveDate) {
    match format {
        Format::Json => emit_json(&TaskJson::from(t)),
        _ => emit(&t!(
            "flow-task-done",
            id = t.id,
            date = day.to_string(),
            title = super::dunning::task_title(&t.step, &t.title)
        )),
    }
}

/// The columns of `task list` (in English: the CSV's).
const HEADERS: [&str; 6] = ["id", "due", "customer", "invoice", "task", "done"];

#[cfg(test)]
mod tests {
    #[test]
    fn every_column_of_the_task_list_reads_in_both_languages() {
        crate::render::dunning::words::tests::every_column(&super::HEADERS);
    }
}
