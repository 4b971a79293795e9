//! The words of the workflow outputs (dunning, recurring, daily, imports, exports,
//! reconcile, offers, deliveries, audit, backup, tasks): column names, field labels and
//! status words in the interface's language, amounts as people read them, and the rule
//! that machine formats (CSV, JSON) always speak English.

use crate::i18n::{self, Lang, tr};
use crate::render::Format;

/// While alive, the interface speaks English: CSV and JSON never change with the
/// language (their columns, field names and values are the scripts' contract). Made at
/// the start of a render that may write a machine format; the language comes back when
/// it is dropped. A table keeps the interface's language.
#[must_use]
pub struct MachineWords(Option<Lang>);

/// English for CSV and JSON until the guard is dropped; nothing for a table.
pub fn machine_words(format: Format) -> MachineWords {
    if format == Format::Table {
        return MachineWords(None);
    }
    let was = i18n::current();
    if was != Lang::En {
        i18n::set(Lang::En);
    }
    MachineWords(Some(was))
}

impl Drop for MachineWords {
    fn drop(&mut self) {
        if let Some(was) = self.0
            && was != Lang::En
        {
            i18n::set(was);
        }
    }
}

/// The key of a column or field label: `flow-col-` and its English words with hyphens.
fn column_key(name: &str) -> String {
    let slug: String = name
        .chars()
        .map(|c| match c {
            'a'..='z' | '0'..='9' | '_' => c,
            'A'..='Z' => c.to_ascii_lowercase(),
            _ => '-',
        })
        .collect();
    format!("flow-col-{}", slug.trim_matches('-'))
}

/// A column name or field label in the interface's language; in English the words
/// themselves (CSV headers keep them).
pub fn col(name: &str) -> String {
    let key = column_key(name);
    let text = tr(&key, &[]);
    debug_assert!(text != key, "no catalogue entry {key}");
    if text == key { name.to_string() } else { text }
}

/// Column names in the interface's language.
pub fn cols(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| col(n)).collect()
}

/// Fields of a record (`label`, value) with their labels in the interface's language.
pub fn fields<'a>(pairs: impl IntoIterator<Item = (&'a str, String)>) -> Vec<(String, String)> {
    pairs.into_iter().map(|(k, v)| (col(k), v)).collect()
}

/// The borrowed form `print_record` takes.
pub fn borrowed(fields: &[(String, String)]) -> Vec<(&str, String)> {
    fields.iter().map(|(k, v)| (k.as_str(), v.clone())).collect()
}

/// The kinds of code words shown to people, each with its key prefix.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// What a dunning action did or will do (`sent`, `planned`, `perform`...).
    Action,
    /// A dunning step's channel (`email`, `letter`, `task`).
    Channel,
    /// A part of `creances daily` (`recurring`, `sends`, `dunning`).
    Part,
    /// A subscription's state and its period (`active`, `monthly`...).
    Recurring,
    /// A quote's status (`open`, `accepted`...).
    Offer,
    /// A bank line's match status in `reconcile`.
    Match,
    /// What an import brought in (`customers`, `invoices`, `payments`).
    Imported,
}

impl Kind {
    fn prefix(self) -> &'static str {
        match self {
            Kind::Action => "flow-action-",
            Kind::Channel => "flow-channel-",
            Kind::Part => "flow-part-",
            Kind::Recurring => "flow-recurring-",
            Kind::Offer => "flow-offer-",
            Kind::Match => "flow-match-",
            Kind::Imported => "flow-imported-",
        }
    }
}

/// A code word (`sent`, `email`...) in the interface's language; in English the code
/// itself. An unknown code is shown as it is.
pub fn word(kind: Kind, code: &str) -> String {
    let key = format!("{}{code}", kind.prefix());
    let text = tr(&key, &[]);
    debug_assert!(text != key, "no catalogue entry {key}");
    if text == key { code.to_string() } else { text }
}

/// An amount in a cell: grouped in a table, machine form in CSV (one rule for every table).
pub use crate::render::words::{money_cell, push_money_cell};

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::i18n::tr_in;

    /// Every code of `kind` has its word in both languages, and the English word is the
    /// code (CSV cells keep it).
    pub(crate) fn every_word(kind: Kind, codes: &[&str]) {
        for code in codes {
            let key = format!("{}{code}", kind.prefix());
            assert_eq!(tr_in(Lang::En, &key, &[]).as_deref(), Some(*code), "{key}");
            assert!(tr_in(Lang::Fr, &key, &[]).is_some(), "{key} in French");
        }
    }

    /// Every column of a table has its name in both languages, the English one the same
    /// as the CSV header.
    pub(crate) fn every_column(names: &[&str]) {
        for name in names {
            let key = column_key(name);
            assert_eq!(tr_in(Lang::En, &key, &[]).as_deref(), Some(*name), "{key}");
            assert!(tr_in(Lang::Fr, &key, &[]).is_some(), "{key} in French");
        }
    }

    #[test]
    fn column_keys_are_the_english_words_with_hyphens() {
        assert_eq!(column_key("days late"), "flow-col-days-late");
        assert_eq!(column_key("vat %"), "flow-col-vat");
        assert_eq!(column_key("valid_until"), "flow-col-valid_until");
    }

    #[test]
    fn summaries_count_in_each_language() {
        use crate::i18n::Arg;
        let args = |sent: usize| {
            [
                ("sent", Arg::from(sent)),
                ("mails", Arg::from(1usize)),
                ("failed", Arg::from(0usize)),
                ("skipped", Arg::from(2usize)),
                ("tasks", Arg::from(0usize)),
            ]
        };
        let fr = |n| tr_in(Lang::Fr, "flow-dunning-summary", &args(n)).expect("French");
        assert_eq!(
            fr(1),
            "1 relance envoyée en 1 courriel, 0 en échec, 2 ignorées, 0 tâche créée"
        );
        assert!(
            fr(3).starts_with("3 relances envoyées en 1 courriel"),
            "{}",
            fr(3)
        );
        let en = tr_in(Lang::En, "flow-dunning-summary", &args(3)).expect("English");
        assert_eq!(
            en,
            "3 reminder(s) sent in 1 mail(s), 0 failed, 2 skipped, 0 task(s) created"
        );
    }

    #[test]
    fn machine_formats_keep_the_machine_amounts() {
        use crate::domain::money::Money;
        assert_eq!(money_cell(Format::Csv, Money::eur(120000)), "1200.00");
        assert_eq!(money_cell(Format::Json, Money::eur(-5)), "-0.05");
    }
}
