//! A subscription's change history in the interface's language: the stored English
//! line ("end 2026-12-31, send on") read back as its parts and worded again.

use crate::domain::recurring::{ChangeItem, ChangeNote};
use crate::i18n::{self, Lang};
use crate::render::words::number_cell;
use crate::render::{Format, fmt};
use rust_decimal::Decimal;

/// One part in words.
fn item(i: &ChangeItem) -> String {
    match i {
        ChangeItem::Lines { from, lines } => {
            t!(
                "views-change-lines",
                date = from.to_string(),
                lines = lines_words(lines)
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

/// The stored lines ("Hosting 1 x 65 (20 %); Backup 2 x 7.5 (20 %)") worded again, with
/// amounts and rates as the interface writes them; a part that does not read so stays
/// as stored.
fn lines_words(stored: &str) -> String {
    stored
        .split("; ")
        .map(|part| line_words(part).unwrap_or_else(|| part.to_string()))
        .collect::<Vec<_>>()
        .join("; ")
}

/// One stored line "designation qty x price (vat %)", read from its end (the designation
/// may hold anything).
fn line_words(part: &str) -> Option<String> {
    let (head, vat) = part.strip_suffix(" %)")?.rsplit_once(" (")?;
    let (left, price) = head.rsplit_once(" x ")?;
    let (designation, qty) = left.rsplit_once(' ')?;
    let number = |text: &str| text.parse::<Decimal>().ok();
    let (qty, price, vat) = (number(qty)?, number(price)?, number(vat)?);
    Some(t!(
        "views-change-line",
        designation = designation,
        qty = number_cell(Format::Table, &fmt::plain(qty)),
        price = fmt::human(price),
        vat = number_cell(Format::Table, &fmt::plain(vat))
    ))
}

/// The change in a cell: worded in French in a table; English and CSV keep the line as
/// stored.
pub(super) fn cell(format: Format, note: &ChangeNote) -> String {
    if format != Format::Table || i18n::current() == Lang::En {
        return note.text.clone();
    }
    note.items().iter().map(item).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_line_is_read_from_its_end() {
        // Unit tests run in English: the words are the catalogue's English ones.
        assert_eq!(
            line_words("Box 12 (large) 1.5 x 7.5 (5.5 %)").as_deref(),
            Some("Box 12 (large) 1.5 x 7.50 (5.5 %)")
        );
        assert_eq!(line_words("free text"), None);
        assert_eq!(line_words("Hosting one x 65 (20 %)"), None);
        assert_eq!(
            lines_words("A 1 x 65 (20 %); something else"),
            "A 1 x 65.00 (20 %); something else"
        );
    }
}
