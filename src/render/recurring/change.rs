//! A subscription's change history in the interface's language: the stored English
//! line ("end 2026-12-31, send on") read back as its parts and worded again.

use crate::domain::recurring::{ChangeItem, ChangeNote};
use crate::i18n::{self, Lang};
use crate::render::Format;

/// One part in words.
fn item(i: &ChangeItem) -> String {
    match i {
        ChangeItem::Lines { from, lines } => {
            t!(
                "views-change-lines",
                date = from.to_string(),
                lines = lines.as_str()
            )
        }
        ChangeItem::End(day) => t!("views-change-end", date = day.to_string()),
        ChangeItem::Count(n) => t!("views-change-count", count = *n),
        ChangeItem::DayOfMonth(d) => t!("views-change-day-of-month", day = *d),
        ChangeItem::Issue(true) => t!("views-change-issue-on"),
        ChangeItem::Issue(false) => t!("views-change-issue-off"),
        ChangeItem::Send(true) => t!("views-change-send-on"),
        ChangeItem::Send(false) => t!("views-change-send-off"),
        ChangeItem::Other(text) => text.clone(),
    }
}

/// The change in a cell: worded in French in a table; English and CSV keep the line as
/// stored.
pub(super) fn cell(format: Format, note: &ChangeNote) -> String {
    if format != Format::Table || i18n::current() == Lang::En {
        return note.text.clone();
    }
    note.items().iter().map(item).collect::<Vec<_>>().join(", ")
}
