//! Colour on a terminal (issue 14): `customer list` rows green, orange or red after the
//! customer's signal, `invoice list` statuses. Cells carry anstyle escape codes; every
//! output goes through anstream's stdout, which keeps them only when colour is wanted:
//! `--color always`, or `auto` (the default) on a terminal without NO_COLOR. Tables
//! measure cells on their visible characters ([`visible`]).

use anstyle::{Ansi256Color, AnsiColor, Color, Style};

use crate::domain::customer::Signal;
use crate::domain::status::InvoiceStatus;

/// `--color`: when output carries colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum When {
    /// On a terminal, unless NO_COLOR is set
    #[default]
    Auto,
    /// Always, even into a pipe or with NO_COLOR
    Always,
    /// Never
    Never,
}

/// Sets the choice for the whole process (before anything is printed).
pub fn choose(when: When) {
    let choice = match when {
        When::Auto => anstream::ColorChoice::Auto,
        When::Always => anstream::ColorChoice::Always,
        When::Never => anstream::ColorChoice::Never,
    };
    choice.write_global();
}

const GREEN: Style = Style::new().fg_color(Some(Color::Ansi(AnsiColor::Green)));
/// Orange is not among the 16 basic colours: the 256-colour palette's 208.
const ORANGE: Style = Style::new().fg_color(Some(Color::Ansi256(Ansi256Color(208))));
const RED: Style = Style::new().fg_color(Some(Color::Ansi(AnsiColor::Red))).bold();
const DIM: Style = Style::new().dimmed();

/// A customer's row: green when nothing is overdue, orange when late, red in dunning or blocked.
pub fn signal(s: Signal) -> Style {
    match s {
        Signal::Clear => GREEN,
        Signal::Late => ORANGE,
        Signal::Alarm => RED,
    }
}

/// An invoice's status word; `None` leaves it plain (unsent, sent).
pub fn invoice_status(status: InvoiceStatus) -> Option<Style> {
    match status {
        InvoiceStatus::Paid => Some(GREEN),
        InvoiceStatus::PartiallyPaid => Some(ORANGE),
        InvoiceStatus::Overdue => Some(RED),
        InvoiceStatus::Draft | InvoiceStatus::Credited | InvoiceStatus::WrittenOff => Some(DIM),
        InvoiceStatus::Unsent | InvoiceStatus::Sent => None,
    }
}

/// `text` between the style's escape codes (each line of it, so a cell of several lines
/// stays coloured line by line).
pub fn paint(text: &str, style: Style) -> String {
    if text.is_empty() || style == Style::new() {
        return text.to_string();
    }
    text.split('\n')
        .map(|line| format!("{style}{line}{style:#}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The text a terminal shows: without escape codes.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\x1b') {
        std::borrow::Cow::Owned(anstream::adapter::strip_str(text).to_string())
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn painted_text_shows_as_the_text() {
        let painted = paint("overdue", RED);
        assert_ne!(painted, "overdue");
        assert!(
            painted.starts_with('\x1b') && painted.ends_with("\x1b[0m"),
            "{painted:?}"
        );
        assert_eq!(visible(&painted), "overdue");
        assert_eq!(visible("plain"), "plain");
    }

    #[test]
    fn each_line_of_a_cell_is_painted() {
        let painted = paint("1 rue X\n69001 Lyon", GREEN);
        assert_eq!(painted.lines().count(), 2);
        for line in painted.lines() {
            assert!(line.ends_with("\x1b[0m"), "{line:?}");
        }
        assert_eq!(visible(&painted), "1 rue X\n69001 Lyon");
    }
}
