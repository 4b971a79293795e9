//! Which invoices a listing shows and in what order: `invoice list --search TEXT`
//! (a number, a customer's code or name, an amount), `--sort KEY` and `--limit N`.

use std::cmp::Ordering;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::DomainError;
use super::invoice::Invoice;
use super::money::parse_amount_any;

/// What `--search` looks for: text in the number or the customer's code or name (case
/// ignored), or, when the text reads as an amount, an invoice whose total or balance is
/// that amount.
#[derive(Debug, Clone)]
pub struct Search {
    text: String,
    amount: Option<Decimal>,
}

impl Search {
    pub fn parse(text: &str) -> Result<Search, DomainError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(DomainError::Invalid(crate::t!("domain-search-empty")));
        }
        Ok(Search {
            text: text.to_lowercase(),
            amount: parse_amount_any("--search", text).ok(),
        })
    }

    pub fn matches(&self, invoice: &Invoice, as_of: NaiveDate) -> bool {
        let has = |field: &str| field.to_lowercase().contains(&self.text);
        if invoice.number.as_deref().is_some_and(has)
            || has(&invoice.customer_code)
            || has(&invoice.customer_name)
        {
            return true;
        }
        self.amount
            .is_some_and(|a| invoice.total.to_decimal() == a || invoice.view(as_of).balance.to_decimal() == a)
    }
}

/// The order of `invoice list --sort`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InvoiceSort {
    /// As recorded: issue date, then number (drafts last).
    #[default]
    Issued,
    Due,
    Customer,
    Total,
    Balance,
    DaysLate,
}

/// Sorts `invoices` (given in their recorded order, which breaks ties) by `key`,
/// largest first with `descending`. Amounts compare in their own currency's minor units.
pub fn sort_invoices(invoices: &mut [Invoice], key: InvoiceSort, descending: bool, as_of: NaiveDate) {
    let compare = |a: &Invoice, b: &Invoice| -> Ordering {
        match key {
            InvoiceSort::Issued => Ordering::Equal,
            InvoiceSort::Due => a.due_date.cmp(&b.due_date),
            InvoiceSort::Customer => a
                .customer_code
                .to_lowercase()
                .cmp(&b.customer_code.to_lowercase()),
            InvoiceSort::Total => a.total.to_decimal().cmp(&b.total.to_decimal()),
            InvoiceSort::Balance => a
                .view(as_of)
                .balance
                .to_decimal()
                .cmp(&b.view(as_of).balance.to_decimal()),
            InvoiceSort::DaysLate => a.view(as_of).days_late.cmp(&b.view(as_of).days_late),
        }
    };
    // a stable sort: equal keys keep the recorded order, either way
    match (key, descending) {
        (InvoiceSort::Issued, true) => invoices.reverse(),
        (_, true) => invoices.sort_by(|a, b| compare(b, a)),
        (_, false) => invoices.sort_by(compare),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_reads_an_amount_when_it_is_one() {
        assert_eq!(
            Search::parse("1 200,50").unwrap().amount,
            Some(Decimal::new(120050, 2))
        );
        assert_eq!(Search::parse("2400").unwrap().amount, Some(Decimal::from(2400)));
        assert_eq!(Search::parse("ACME").unwrap().amount, None);
        assert_eq!(Search::parse("  Acme ").unwrap().text, "acme");
        assert!(Search::parse("  ").is_err());
    }
}
