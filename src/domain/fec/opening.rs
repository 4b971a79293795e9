//! Opening balances (à-nouveaux): invoices imported from the previous tool and what was
//! paid on them before the migration. That tool booked their sales, VAT and bank entries,
//! so only the customer account (411) comes into these books, against the opening
//! account (890 Bilan d'ouverture), each on its own day: the 411 balance of any day is
//! then what the aging report shows, and the payments made after the migration letter
//! against the invoice they settle.

use chrono::NaiveDate;

use super::{Entry, FecAccounts, Journal, Party, customer_line, payment_entry, plain};
use crate::domain::money::Money;

/// An imported invoice: 411 debited with its total, the opening account credited.
pub fn imported_invoice_entry(
    a: &FecAccounts,
    invoice: i64,
    number: &str,
    date: NaiveDate,
    party: &Party,
    total: Money,
) -> Entry {
    let zero = Money::zero(total.currency());
    Entry {
        journal: Journal::Opening,
        date,
        piece_ref: number.into(),
        piece_date: date,
        label: format!("Reprise facture {number} {}", party.name),
        lines: vec![
            customer_line(a, party, total, zero, Some(invoice)),
            plain(&a.opening, &a.opening_label, zero, total),
        ],
        number: String::new(),
        valid_date: date,
    }
}

/// A payment made before the migration: the opening account debited instead of the bank
/// (the money was banked in the previous tool's books), 411 credited per invoice settled.
pub fn pre_migration_payment_entry(
    a: &FecAccounts,
    reference: &str,
    date: NaiveDate,
    party: &Party,
    amount: Money,
    allocations: &[(i64, String, Money)],
) -> Entry {
    let mut entry = payment_entry(a, reference, date, party, amount, allocations);
    entry.journal = Journal::Opening;
    entry.label = entry.label.replacen("Règlement", "Reprise règlement", 1);
    for l in entry.lines.iter_mut().filter(|l| l.aux.is_none()) {
        l.account = a.opening.clone();
        l.account_label = a.opening_label.clone();
    }
    entry
}

/// What one customer owed (or was owed) the day before a file starts, carried into it
/// on its first day: a 411 debit per invoice still open (so the payments in the file
/// letter against it), a 411 credit for its unallocated payments, the opening account
/// for the difference.
pub fn carried_forward_entry(
    a: &FecAccounts,
    date: NaiveDate,
    party: &Party,
    open: &[(i64, Money)],
    credit: Money,
) -> Entry {
    let zero = Money::zero(credit.currency());
    let mut lines: Vec<_> = open
        .iter()
        .map(|(invoice, balance)| customer_line(a, party, *balance, zero, Some(*invoice)))
        .collect();
    if !credit.is_zero() {
        lines.push(customer_line(a, party, zero, credit, None));
    }
    let net = Money::sum(open.iter().map(|o| o.1), credit.currency()) - credit;
    lines.push(plain(&a.opening, &a.opening_label, zero, net));
    super::fix_signs(&mut lines);
    Entry {
        journal: Journal::Carried,
        date,
        piece_ref: format!("RN-{}", date.format("%Y%m%d")),
        piece_date: date,
        label: format!("Report à nouveau {}", party.name),
        lines,
        number: String::new(),
        valid_date: date,
    }
}

#[cfg(test)]
mod tests {
    use super::super::lettering::finish;
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn an_imported_invoice_paid_before_the_migration_letters_against_itself() {
        let a = FecAccounts::default();
        let p = Party {
            code: "ACME".into(),
            name: "ACME SAS".into(),
        };
        let inv = imported_invoice_entry(&a, 7, "OLD-1", day("2026-01-05"), &p, Money::eur(180000));
        let paid = pre_migration_payment_entry(
            &a,
            "reprise OLD-1",
            day("2026-01-20"),
            &p,
            Money::eur(120000),
            &[(7, "OLD-1".into(), Money::eur(120000))],
        );
        let after = payment_entry(
            &a,
            "VIR",
            day("2026-03-02"),
            &p,
            Money::eur(60000),
            &[(7, "OLD-1".into(), Money::eur(60000))],
        );
        let mut entries = vec![after, paid, inv];
        finish(&mut entries, &a);
        assert_eq!(
            entries.iter().map(|e| e.number.as_str()).collect::<Vec<_>>(),
            ["AN000001", "AN000002", "BQ000001"]
        );
        for e in &entries {
            assert_eq!(e.debit(), e.credit());
        }
        assert_eq!(entries[1].lines[0].account, "890000");
        assert_eq!(
            entries[2].lines[0].account, "512000",
            "after the migration: the bank"
        );
        let lettered: Vec<_> = entries
            .iter()
            .flat_map(|e| &e.lines)
            .filter(|l| l.letter.is_some())
            .collect();
        assert_eq!(lettered.len(), 3, "the invoice and both payments share a letter");
        let net = lettered
            .iter()
            .fold(Money::eur(0), |acc, l| acc + l.debit - l.credit);
        assert!(net.is_zero());
    }
}
