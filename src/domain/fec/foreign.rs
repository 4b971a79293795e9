//! Entries of documents and payments in another currency than the accounting one: every
//! amount in the accounting currency, the document's own amount beside it (Montantdevise,
//! Idevise), and the exchange difference of a settlement on 666 (loss) or 766 (gain), so
//! that the customer account is cleared exactly at the amount the invoice was booked at.

use chrono::NaiveDate;

use super::{Entry, EntryLine, FecAccounts, Journal, Party, customer_line, fix_signs, plain};
use crate::domain::exchange::ExchangeRate;
use crate::domain::money::Money;

/// A sales entry written in the document's currency, converted at the invoice's rate:
/// the customer line takes `customer` (what the books say the document adds to or takes
/// off the customer account), every other line its converted amount, and the rounding
/// left goes to the largest sales or VAT line on the other side so the entry balances.
pub fn sales_in_accounting(mut entry: Entry, rate: &ExchangeRate, customer: Money) -> Entry {
    for l in &mut entry.lines {
        let (debit_side, amount) = if l.debit.is_zero() {
            (false, l.credit)
        } else {
            (true, l.debit)
        };
        l.foreign = Some(amount);
        let converted = if l.aux.is_some() {
            customer
        } else {
            rate.to_accounting(amount)
        };
        let zero = Money::zero(converted.currency());
        (l.debit, l.credit) = if debit_side {
            (converted, zero)
        } else {
            (zero, converted)
        };
    }
    let gap = entry.debit() - entry.credit();
    if !gap.is_zero() {
        // the largest sales or VAT line takes the rounding, on the side it is on
        let target = entry
            .lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.aux.is_none())
            .max_by_key(|(i, l)| ((l.debit + l.credit).minor(), std::cmp::Reverse(*i)))
            .map(|(i, _)| i);
        if let Some(i) = target {
            let l = &mut entry.lines[i];
            if l.debit.is_zero() {
                l.credit += gap;
            } else {
                l.debit -= gap;
            }
        }
        fix_signs(&mut entry.lines);
    }
    entry
}

/// What a payment in another currency settles on one invoice: the invoice, its number,
/// the part in the payment's currency and what that part takes off the customer account
/// at the invoice's rate.
#[derive(Debug, Clone)]
pub struct ForeignPart {
    pub invoice: i64,
    pub number: String,
    pub amount: Money,
    pub booked: Money,
}

/// A payment in another currency: the bank at the payment's rate, each invoice's customer
/// line at what it was booked at, the unallocated rest at the payment's rate, and the
/// difference on 666 (a loss, debit) or 766 (a gain, credit).
pub fn foreign_payment_entry(
    a: &FecAccounts,
    reference: &str,
    date: NaiveDate,
    party: &Party,
    amount: Money,
    rate: &ExchangeRate,
    parts: &[ForeignPart],
) -> Entry {
    let bank = rate.to_accounting(amount);
    let zero = Money::zero(bank.currency());
    let mut lines = vec![with_foreign(plain(&a.bank, &a.bank_label, bank, zero), amount)];
    let mut left = amount;
    let mut booked = zero;
    for part in parts {
        lines.push(with_foreign(
            customer_line(a, party, zero, part.booked, Some(part.invoice)),
            part.amount,
        ));
        left -= part.amount;
        booked += part.booked;
    }
    let unallocated = rate.to_accounting(left);
    if !left.is_zero() {
        lines.push(with_foreign(
            customer_line(a, party, zero, unallocated, None),
            left,
        ));
    }
    let difference = bank - booked - unallocated;
    if difference.is_positive() {
        lines.push(plain(&a.exchange_gain, &a.exchange_gain_label, zero, difference));
    } else if difference.is_negative() {
        lines.push(plain(&a.exchange_loss, &a.exchange_loss_label, -difference, zero));
    }
    fix_signs(&mut lines);
    let numbers: Vec<&str> = parts.iter().map(|p| p.number.as_str()).collect();
    let label = if numbers.is_empty() {
        format!("Règlement {}", party.name)
    } else {
        format!("Règlement {} {}", numbers.join(" "), party.name)
    };
    Entry {
        journal: Journal::Bank,
        date,
        piece_ref: reference.into(),
        piece_date: date,
        label,
        lines,
        number: String::new(),
        valid_date: date,
    }
}

/// The line with its amount in the document's currency beside it.
pub fn with_foreign(mut line: EntryLine, amount: Money) -> EntryLine {
    line.foreign = Some(amount);
    line
}

#[cfg(test)]
mod tests {
    use super::super::{SalesDocument, sales_entry};
    use super::*;
    use crate::domain::document::{Line, LineKind};
    use crate::domain::money::Currency;
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    fn usd() -> Currency {
        Currency::parse("USD").unwrap()
    }

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
    }

    fn party() -> Party {
        Party {
            code: "ACME".into(),
            name: "ACME Inc".into(),
        }
    }

    fn invoice(cents: &[(i64, &str)], rate: &ExchangeRate) -> Entry {
        let lines: Vec<Line> = cents
            .iter()
            .map(|(c, vat)| Line {
                sku: None,
                designation: "x".into(),
                quantity: Decimal::ONE,
                unit_price: Decimal::new(*c, 2),
                vat_rate: vat.parse().unwrap(),
                unit: None,
                kind: LineKind::Service,
                discount: None,
            })
            .collect();
        let p = party();
        let e = sales_entry(
            &FecAccounts::default(),
            &SalesDocument {
                id: 1,
                credited_invoice: None,
                number: "FACT-2026-0001",
                date: day(),
                party: &p,
                lines: &lines,
                discount: None,
                prices_include_vat: false,
                currency: usd(),
            },
        );
        let customer = rate.to_accounting(e.lines[0].debit);
        sales_in_accounting(e, rate, customer)
    }

    #[test]
    fn an_invoice_in_dollars_is_booked_in_euros_with_its_dollars_beside() {
        let rate = ExchangeRate::new(usd(), Currency::EUR, "1.0842".parse().unwrap()).unwrap();
        let e = invoice(&[(100_000, "20")], &rate);
        assert_eq!(e.lines[0].debit, Money::eur(110_681));
        assert_eq!(e.lines[0].foreign, Some(Money::from_minor(120_000, usd())));
        assert_eq!(e.debit(), e.credit());
        assert!(e.lines.iter().all(|l| l.foreign.is_some()));
    }

    #[test]
    fn a_payment_at_a_better_rate_books_a_gain_and_clears_the_customer_at_the_invoice_rate() {
        let a = FecAccounts::default();
        let rate = ExchangeRate::new(usd(), Currency::EUR, "1.05".parse().unwrap()).unwrap();
        let part = ForeignPart {
            invoice: 1,
            number: "FACT-2026-0001".into(),
            amount: Money::from_minor(120_000, usd()),
            booked: Money::eur(110_681),
        };
        let e = foreign_payment_entry(&a, "VIR", day(), &party(), part.amount, &rate, &[part]);
        assert_eq!(e.debit(), e.credit());
        assert_eq!(e.lines[0].debit, Money::eur(114_286));
        assert_eq!(e.lines[1].credit, Money::eur(110_681));
        assert_eq!(
            (e.lines[2].account.as_str(), e.lines[2].credit),
            ("766000", Money::eur(3_605))
        );
        let worse = ExchangeRate::new(usd(), Currency::EUR, "1.2".parse().unwrap()).unwrap();
        let part = ForeignPart {
            invoice: 1,
            number: "FACT-2026-0001".into(),
            amount: Money::from_minor(120_000, usd()),
            booked: Money::eur(110_681),
        };
        let e = foreign_payment_entry(&a, "VIR", day(), &party(), part.amount, &worse, &[part]);
        assert_eq!(e.debit(), e.credit());
        assert_eq!(
            (e.lines[2].account.as_str(), e.lines[2].debit),
            ("666000", Money::eur(10_681))
        );
    }

    proptest! {
        #[test]
        fn a_converted_sales_entry_always_balances(
            lines in proptest::collection::vec((1i64..10_000_000, 0usize..4), 1..6),
            per_unit in 1u32..500_000,
        ) {
            let rate = ExchangeRate::new(usd(), Currency::EUR, Decimal::new(i64::from(per_unit), 4)).unwrap();
            let rates = ["0", "5.5", "10", "20"];
            let cents: Vec<(i64, &str)> = lines.iter().map(|(c, r)| (*c, rates[*r])).collect();
            let e = invoice(&cents, &rate);
            prop_assert_eq!(e.debit(), e.credit());
            prop_assert!(e.lines.iter().all(|l| !l.debit.is_negative() && !l.credit.is_negative()));
        }

        #[test]
        fn a_foreign_payment_always_balances(
            amount in 1i64..10_000_000,
            parts in proptest::collection::vec((1i64..1_000_000, 1i64..1_000_000), 0..4),
            per_unit in 1u32..500_000,
        ) {
            let rate = ExchangeRate::new(usd(), Currency::EUR, Decimal::new(i64::from(per_unit), 4)).unwrap();
            let parts: Vec<ForeignPart> = parts
                .into_iter()
                .enumerate()
                .map(|(i, (f, b))| ForeignPart {
                    invoice: i as i64,
                    number: format!("F{i}"),
                    amount: Money::from_minor(f, usd()),
                    booked: Money::eur(b),
                })
                .collect();
            let e = foreign_payment_entry(
                &FecAccounts::default(), "VIR", day(), &party(), Money::from_minor(amount, usd()), &rate, &parts,
            );
            prop_assert_eq!(e.debit(), e.credit());
        }
    }
}
