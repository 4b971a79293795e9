//! Code words shown to a person in the interface's language: an invoice's status, a
//! payment method. JSON and CSV keep the codes themselves.

use crate::domain::payment::Method;
use crate::i18n::{self, Lang, tr};
use crate::render::Format;
use crate::render::fmt::{Amount, amount};

/// The key of a column, field label or section title: `render-col-` and its English
/// words with hyphens ("days late" → `render-col-days-late`, "vat %" → `render-col-vat-pct`).
pub fn label_key(name: &str) -> String {
    let slug: String = name
        .replace('%', "pct")
        .chars()
        .map(|c| match c {
            'a'..='z' | '0'..='9' | '_' => c,
            'A'..='Z' => c.to_ascii_lowercase(),
            _ => '-',
        })
        .collect();
    let mut key = String::from("render-col-");
    for part in slug.split('-').filter(|p| !p.is_empty()) {
        if !key.ends_with('-') {
            key.push('-');
        }
        key.push_str(part);
    }
    key
}

/// A column name, field label or section title of a table in the interface's language.
/// English keeps the words as written; a label without a catalogue entry (one already
/// translated by its caller) is shown as it is. CSV headers never pass here.
pub fn label(name: &str) -> String {
    if i18n::current() == Lang::En || name.is_empty() {
        return name.to_string();
    }
    let key = label_key(name);
    let text = tr(&key, &[]);
    if text == key {
        return name.to_string();
    }
    // a section title ("Score") keeps its capital where a column ("score") has none
    match (name.chars().next(), text.chars().next()) {
        (Some(n), Some(f)) if n.is_uppercase() && f.is_lowercase() => {
            f.to_uppercase().chain(text.chars().skip(1)).collect()
        }
        _ => text,
    }
}

/// An amount in a cell: grouped in the interface's language in a table, the machine
/// form in CSV.
pub fn money_cell(format: Format, value: impl Amount) -> String {
    let mut cell = String::new();
    push_money_cell(&mut cell, format, value);
    cell
}

/// `money_cell` written onto `cell` (a listing's cells reuse their strings).
pub fn push_money_cell(cell: &mut String, format: Format, value: impl Amount) {
    if format == Format::Table {
        crate::render::fmt::push_human_in(cell, value, crate::i18n::current().code());
    } else {
        cell.push_str(&amount(value));
    }
}

/// A status in a cell: the word in a table, the code in CSV.
pub fn status_cell(format: Format, code: &str) -> String {
    if format == Format::Table {
        invoice_status(code)
    } else {
        code.to_string()
    }
}

/// A payment method in a cell: the word in a table, the code in CSV.
pub fn method_cell(format: Format, m: Method) -> String {
    if format == Format::Table {
        method(m)
    } else {
        m.as_str().to_string()
    }
}

/// "yes" in a cell of a table ("oui"), the English word in CSV; "" for false.
pub fn yes_cell(format: Format, b: bool) -> String {
    match (b, format) {
        (false, _) => String::new(),
        (true, Format::Table) => tr("render-yes", &[]),
        (true, _) => "yes".into(),
    }
}

/// A percentage or count of days with decimals, in a table: a decimal comma in French.
pub fn number_cell(format: Format, text: &str) -> String {
    if format == Format::Table && i18n::current() == Lang::Fr {
        text.replace('.', ",")
    } else {
        text.to_string()
    }
}

/// `paid` → "paid" / "payée"; also `pending_collection`, the status word an invoice
/// awaiting its direct debit shows. An unknown code is shown as it is.
pub fn invoice_status(code: &str) -> String {
    let key = format!("render-status-{code}");
    let word = tr(&key, &[]);
    if word == key { code.to_string() } else { word }
}

/// `transfer` → "transfer" / "virement".
pub fn method(method: Method) -> String {
    tr(&format!("render-method-{}", method.as_str()), &[])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::status::InvoiceStatus;

    #[test]
    fn every_status_and_method_has_its_word_in_both_languages() {
        use crate::i18n::{Lang, tr_in};
        let codes = InvoiceStatus::ALL
            .map(InvoiceStatus::as_str)
            .into_iter()
            .chain(["pending_collection"]);
        for code in codes {
            for lang in Lang::ALL {
                let key = format!("render-status-{code}");
                assert!(tr_in(lang, &key, &[]).is_some(), "{key} in {lang:?}");
            }
        }
        for m in Method::ALL {
            for lang in Lang::ALL {
                let key = format!("render-method-{}", m.as_str());
                assert!(tr_in(lang, &key, &[]).is_some(), "{key} in {lang:?}");
            }
        }
        assert_eq!(
            tr_in(Lang::Fr, "render-status-paid", &[]).as_deref(),
            Some("payée")
        );
        assert_eq!(
            tr_in(Lang::Fr, "render-method-check", &[]).as_deref(),
            Some("chèque")
        );
    }
}

#[cfg(test)]
mod label_tests {
    use super::*;
    use crate::i18n::tr_in;

    #[test]
    fn every_label_key_is_in_both_languages_and_english_is_the_words() {
        assert_eq!(label_key("days late"), "render-col-days-late");
        assert_eq!(label_key("vat %"), "render-col-vat-pct");
        assert_eq!(
            label_key("Lines (prices incl. VAT)"),
            "render-col-lines-prices-incl-vat"
        );
        for name in [
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
            "invoice",
            "due",
            "date",
            "reference",
            "debit",
            "credit",
            "Open invoices",
            "History",
            "vat_number",
            "credit_limit",
            "business",
            "individual",
            "designation",
            "qty",
            "unit price",
            "vat %",
            "discount",
            "amount",
            "number",
            "customer",
            "issued",
            "total",
            "paid",
            "credited",
            "credit note",
            "total_net",
            "quote",
            "payment",
            "late_payer",
            "factor",
            "lateness",
            "grade",
        ] {
            let key = label_key(name);
            assert_eq!(tr_in(Lang::En, &key, &[]).as_deref(), Some(name), "{key}");
            assert!(tr_in(Lang::Fr, &key, &[]).is_some(), "{key} in French");
        }
        assert_eq!(
            tr_in(Lang::Fr, "render-col-lines-prices-excl-vat", &[]).as_deref(),
            Some("Lignes (prix HT)")
        );
    }
}
