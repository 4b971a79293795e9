//! Deposits (acomptes): the part of a quote's price invoiced before the work, with its
//! VAT due at once, and the final invoice that lists the contract total and deducts each
//! deposit, VAT per rate, so the customer is never asked twice for the same money.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::DomainError;
use super::document::{Line, LineKind, Totals, compute_totals, split_gross_by_rate};
use super::money::{Currency, Money, parse_amount};

/// How much a deposit asks: a percentage of the quote's total including VAT, or an
/// amount including VAT.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DepositAsk {
    Percent(Decimal),
    Amount(Decimal),
}

impl DepositAsk {
    /// Reads `30%` or `1500` (an amount including VAT).
    pub fn parse(text: &str) -> Result<DepositAsk, DomainError> {
        if text.trim().starts_with('-') {
            return Err(DomainError::Invalid(crate::t!(
                "domain-deposit-not-positive",
                text = text
            )));
        }
        let bad_percent = |p: Decimal| {
            DomainError::Invalid(crate::t!(
                "domain-deposit-percent-range",
                percent = p.normalize().to_string()
            ))
        };
        let bad = || DomainError::Invalid(crate::t!("domain-deposit-invalid", text = text));
        let (number, percent) = match text.trim().strip_suffix('%') {
            Some(number) => (number.trim(), true),
            None => (text.trim(), false),
        };
        let value = parse_amount("--deposit", number).map_err(|_| bad())?;
        if value <= Decimal::ZERO {
            return Err(bad());
        }
        if !percent {
            return Ok(DepositAsk::Amount(value.normalize()));
        }
        if value >= Decimal::ONE_HUNDRED {
            return Err(bad_percent(value));
        }
        Ok(DepositAsk::Percent(value.normalize()))
    }
}

/// The amount including VAT a deposit asks, refused when it would take the deposits of
/// the quote (`already` invoiced) to its total or beyond.
pub fn deposit_amount(ask: DepositAsk, contract_total: Money, already: Money) -> Result<Money, DomainError> {
    let amount = match ask {
        DepositAsk::Percent(p) => contract_total.times(p / Decimal::ONE_HUNDRED),
        DepositAsk::Amount(a) => Money::exact(a, contract_total.currency())?,
    };
    let room = contract_total - already;
    if !amount.is_positive() || amount >= room {
        return Err(DomainError::Invalid(crate::t!(
            "domain-deposit-too-large",
            amount = amount.to_string(),
            already = already.to_string(),
            total = contract_total.to_string(),
            room = room.to_string()
        )));
    }
    Ok(amount)
}

/// The lines of a deposit invoice: the amount including VAT shared over the quote's VAT
/// rates in proportion to their totals, one line per rate, prices including VAT. A rate
/// whose lines all sell goods gives a goods line (account 707), else a service line.
pub fn deposit_lines(amount: Money, contract: &Totals, contract_lines: &[Line], label: &str) -> Vec<Line> {
    let several = contract.by_rate.len() > 1;
    split_gross_by_rate(amount, contract)
        .into_iter()
        .map(|(rate, gross)| {
            let goods = contract_lines
                .iter()
                .filter(|l| l.vat_rate.normalize() == rate)
                .all(|l| l.kind == LineKind::Goods);
            let designation = if several {
                format!("{label} (TVA {} %)", rate.normalize())
            } else {
                label.to_string()
            };
            Line {
                sku: None,
                designation,
                quantity: Decimal::ONE,
                unit_price: gross.to_decimal(),
                vat_rate: rate,
                unit: None,
                kind: if goods { LineKind::Goods } else { LineKind::Service },
                discount: None,
            }
        })
        .collect()
}

/// A deposit invoice as the final invoice deducts it.
#[derive(Debug, Clone)]
pub struct DepositFacts {
    pub number: String,
    pub date: NaiveDate,
    /// Its lines: one per VAT rate, prices including VAT.
    pub lines: Vec<Line>,
}

/// The lines a final invoice deducts a deposit with: one per VAT rate of the deposit, a
/// negative price of what the deposit charged at that rate (its net, or its amount
/// including VAT when the final invoice's prices include VAT), so the final invoice's VAT
/// at each rate is on what is left.
pub fn deduction_lines(deposit: &DepositFacts, prices_include_vat: bool, currency: Currency) -> Vec<Line> {
    let totals = compute_totals(&deposit.lines, None, true, currency);
    let several = totals.by_rate.len() > 1;
    totals
        .by_rate
        .iter()
        .map(|part| {
            let kind = deposit
                .lines
                .iter()
                .find(|l| l.vat_rate.normalize() == part.rate)
                .map_or(LineKind::Service, |l| l.kind);
            let charged = if prices_include_vat {
                part.net + part.vat
            } else {
                part.net
            };
            let mut designation = format!(
                "Acompte déduit, facture {} du {}",
                deposit.number,
                deposit.date.format("%d/%m/%Y")
            );
            if several {
                designation.push_str(&format!(" (TVA {} %)", part.rate.normalize()));
            }
            Line {
                sku: None,
                designation,
                quantity: Decimal::ONE,
                unit_price: -charged.to_decimal(),
                vat_rate: part.rate,
                unit: None,
                kind,
                discount: None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn line(price: &str, rate: &str, kind: LineKind) -> Line {
        Line {
            sku: None,
            designation: "x".into(),
            quantity: Decimal::ONE,
            unit_price: d(price),
            vat_rate: d(rate),
            unit: None,
            kind,
            discount: None,
        }
    }

    #[test]
    fn reads_a_percentage_below_100_or_an_amount() {
        assert_eq!(DepositAsk::parse("30%").unwrap(), DepositAsk::Percent(d("30")));
        assert_eq!(DepositAsk::parse("1500").unwrap(), DepositAsk::Amount(d("1500")));
        for bad in ["100%", "120%", "0%", "-30%", "abc", "0"] {
            assert!(DepositAsk::parse(bad).is_err(), "{bad}");
        }
        assert!(
            DepositAsk::parse("120%")
                .unwrap_err()
                .to_string()
                .contains("below 100 %")
        );
    }

    #[test]
    fn a_deposit_never_reaches_the_total() {
        let total = Money::eur(120_000);
        assert_eq!(
            deposit_amount(DepositAsk::Percent(d("30")), total, Money::eur(0)).unwrap(),
            Money::eur(36_000)
        );
        assert!(deposit_amount(DepositAsk::Amount(d("1200")), total, Money::eur(0)).is_err());
        assert!(deposit_amount(DepositAsk::Percent(d("80")), total, Money::eur(36_000)).is_err());
    }

    #[test]
    fn the_final_invoice_deducts_each_rate_of_the_deposit() {
        let contract = vec![
            line("1000", "20", LineKind::Service),
            line("500", "5.5", LineKind::Goods),
        ];
        let totals = compute_totals(&contract, None, false, Currency::EUR);
        let amount = deposit_amount(DepositAsk::Percent(d("30")), totals.total, Money::eur(0)).unwrap();
        let lines = deposit_lines(amount, &totals, &contract, "Acompte de 30 %");
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1].kind, LineKind::Goods);
        let deposit = compute_totals(&lines, None, true, Currency::EUR);
        assert_eq!(deposit.total, amount);
        let facts = DepositFacts {
            number: "FACT-2026-0001".into(),
            date: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
            lines,
        };
        let mut last = contract.clone();
        last.extend(deduction_lines(&facts, false, Currency::EUR));
        let rest = compute_totals(&last, None, false, Currency::EUR);
        assert_eq!(rest.net, totals.net - deposit.net);
        assert!((rest.total + deposit.total - totals.total).abs() <= Money::eur(2));
    }

    proptest! {
        #[test]
        fn deposit_and_final_invoice_add_up_to_the_contract_within_a_cent_per_rate(
            a in 1i64..10_000_000, b in 1i64..10_000_000, percent in 1i64..99, gross in any::<bool>(),
        ) {
            let contract = vec![
                line(&Decimal::new(a, 2).to_string(), "20", LineKind::Service),
                line(&Decimal::new(b, 2).to_string(), "5.5", LineKind::Service),
            ];
            let totals = compute_totals(&contract, None, gross, Currency::EUR);
            let amount = deposit_amount(DepositAsk::Percent(Decimal::from(percent)), totals.total, Money::eur(0)).unwrap();
            let lines = deposit_lines(amount, &totals, &contract, "Acompte");
            let deposit = compute_totals(&lines, None, true, Currency::EUR);
            prop_assert_eq!(deposit.total, amount);
            let facts = DepositFacts { number: "F".into(), date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), lines };
            let mut last = contract.clone();
            last.extend(deduction_lines(&facts, gross, Currency::EUR));
            let rest = compute_totals(&last, None, gross, Currency::EUR);
            let gap = (rest.total + deposit.total - totals.total).abs();
            prop_assert!(gap <= Money::eur(2), "gap {}", gap);
            if gross {
                prop_assert_eq!(rest.total + deposit.total, totals.total);
            } else {
                prop_assert_eq!(rest.net + deposit.net, totals.net);
            }
        }
    }
}
