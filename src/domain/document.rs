//! Lines and totals of quotes, invoices and credit notes.

use rust_decimal::Decimal;
use serde::Serialize;

use super::DomainError;
use super::money::{Currency, Money, parse_amount, parse_quantity, parse_vat_rate};

/// What a line sells: decides the sales account (706 services, 707 goods).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    Service,
    Goods,
}

impl LineKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LineKind::Service => "service",
            LineKind::Goods => "goods",
        }
    }

    pub fn parse(text: &str) -> Result<Self, DomainError> {
        match text.trim().to_ascii_lowercase().as_str() {
            "service" | "services" | "prestation" => Ok(LineKind::Service),
            "goods" | "good" | "bien" | "biens" | "marchandise" => Ok(LineKind::Goods),
            other => Err(DomainError::Invalid(format!(
                "kind `{other}` is neither `service` nor `goods`"
            ))),
        }
    }
}

/// One line of a document: quantity × unit price at a VAT rate.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub sku: Option<String>,
    pub designation: String,
    pub quantity: Decimal,
    /// Excluding VAT, unless the document's prices include VAT.
    pub unit_price: Decimal,
    /// Percent, e.g. 20 or 5.5.
    pub vat_rate: Decimal,
    pub unit: Option<String>,
    pub kind: LineKind,
}

impl Line {
    /// Quantity × unit price, rounded to the currency's cents: the amount the line shows.
    pub fn amount(&self, currency: Currency) -> Money {
        Money::from_decimal(self.quantity * self.unit_price, currency)
    }
}

/// A line as typed on the command line, before a catalogue product is looked up.
#[derive(Debug, Clone, PartialEq)]
pub enum LineSpec {
    Free(Line),
    Product { sku: String, quantity: Decimal },
}

impl LineSpec {
    /// Parses `DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;goods|service]` or `@SKU;QTY`. A free
    /// line sells a service unless its fifth field says goods.
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        let full = text.trim();
        let (text, kind) = match full.rsplit_once(';') {
            Some((rest, last)) if !full.starts_with('@') && rest.matches(';').count() >= 3 => {
                match LineKind::parse(last) {
                    Ok(kind) => (rest, kind),
                    Err(_) => (full, LineKind::Service),
                }
            }
            _ => (full, LineKind::Service),
        };
        if let Some(rest) = text.strip_prefix('@') {
            let (sku, qty) = rest.split_once(';').ok_or_else(|| {
                DomainError::Invalid(format!(
                    "line `{text}`: a catalogue line is `@SKU;QUANTITY`, e.g. `@AUDIT;2`"
                ))
            })?;
            if sku.trim().is_empty() {
                return Err(DomainError::Invalid(format!(
                    "line `{text}` names no SKU after `@`"
                )));
            }
            let quantity = parse_quantity(qty).map_err(|e| line_error(text, e))?;
            return Ok(LineSpec::Product {
                sku: sku.trim().to_string(),
                quantity,
            });
        }
        let parts: Vec<&str> = text.rsplitn(4, ';').collect();
        if parts.len() != 4 {
            return Err(DomainError::Invalid(format!(
                "line `{text}` needs four fields `DESIGNATION;QUANTITY;UNIT_PRICE;VAT_RATE`, e.g. `Audit;2;500;20`, or `@SKU;QUANTITY`"
            )));
        }
        let (vat, price, qty, designation) = (parts[0], parts[1], parts[2], parts[3].trim());
        if designation.is_empty() {
            return Err(DomainError::Invalid(format!(
                "line `{text}` has an empty designation"
            )));
        }
        let designation =
            super::identity::one_line("the designation", designation).map_err(|e| line_error(text, e))?;
        let quantity = parse_quantity(qty).map_err(|e| line_error(text, e))?;
        let unit_price = parse_amount("unit price", price).map_err(|e| line_error(text, e))?;
        let vat_rate = parse_vat_rate(vat).map_err(|e| line_error(text, e))?;
        Ok(LineSpec::Free(Line {
            sku: None,
            designation,
            quantity,
            unit_price,
            vat_rate,
            unit: None,
            kind,
        }))
    }
}

fn line_error(text: &str, err: DomainError) -> DomainError {
    DomainError::Invalid(format!("line `{text}`: {err}"))
}

/// Net and VAT for one VAT rate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VatBreakdown {
    pub rate: Decimal,
    pub net: Money,
    pub vat: Money,
}

/// Totals of a document, computed once from its lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Totals {
    pub net: Money,
    pub vat: Money,
    pub total: Money,
    pub by_rate: Vec<VatBreakdown>,
}

impl Totals {
    pub fn zero(currency: Currency) -> Totals {
        Totals {
            net: Money::zero(currency),
            vat: Money::zero(currency),
            total: Money::zero(currency),
            by_rate: Vec::new(),
        }
    }
}

/// Computes totals per VAT rate, as the law asks: each line is rounded to cents, then
/// VAT is computed once per rate on the sum of its lines and rounded.
/// With `prices_include_vat`, unit prices are gross: the net of each rate is the gross
/// divided by (1 + rate), rounded, and VAT is the difference, so the total is exactly
/// the sum of the lines.
pub fn compute_totals(lines: &[Line], prices_include_vat: bool, currency: Currency) -> Totals {
    let mut rates: Vec<(Decimal, Money)> = Vec::new();
    for line in lines {
        let rate = line.vat_rate.normalize();
        let amount = line.amount(currency);
        match rates.iter_mut().find(|(r, _)| *r == rate) {
            Some((_, sum)) => *sum += amount,
            None => rates.push((rate, amount)),
        }
    }
    rates.sort_by_key(|r| std::cmp::Reverse(r.0));
    let mut totals = Totals::zero(currency);
    for (rate, sum) in rates {
        let factor = rate / Decimal::ONE_HUNDRED;
        let (net, vat) = if prices_include_vat {
            let net = sum.divided_by(Decimal::ONE + factor);
            (net, sum - net)
        } else {
            (sum, sum.times(factor))
        };
        totals.net += net;
        totals.vat += vat;
        totals.by_rate.push(VatBreakdown { rate, net, vat });
    }
    totals.total = totals.net + totals.vat;
    totals
}

/// The largest total a document may have, in currency units: far above any real invoice,
/// far below what integer cents can hold.
pub const MAX_DOCUMENT_TOTAL: i64 = 1_000_000_000;

/// Checks what every document must satisfy before it is saved.
pub fn validate_lines(
    lines: &[Line],
    prices_include_vat: bool,
    currency: Currency,
) -> Result<Totals, DomainError> {
    if lines.is_empty() {
        return Err(DomainError::Invalid(
            "a document needs at least one line: add `--line \"DESIGNATION;QTY;UNIT_PRICE;VAT_RATE\"` or `--line \"@SKU;QTY\"`".into(),
        ));
    }
    let limit = Money::from_decimal(Decimal::from(MAX_DOCUMENT_TOTAL), currency);
    if let Some(big) = lines.iter().find(|l| l.amount(currency).abs() > limit) {
        return Err(DomainError::Invalid(format!(
            "line `{}` comes to {}: that is too large (a document may total at most {MAX_DOCUMENT_TOTAL})",
            big.designation,
            big.amount(currency)
        )));
    }
    let totals = compute_totals(lines, prices_include_vat, currency);
    if totals.total > limit {
        return Err(DomainError::Invalid(format!(
            "the lines add up to {}: that is too large (a document may total at most {MAX_DOCUMENT_TOTAL})",
            totals.total
        )));
    }
    if !totals.total.is_positive() {
        return Err(DomainError::Invalid(format!(
            "the lines add up to {} : a document's total must be greater than zero",
            totals.total
        )));
    }
    Ok(totals)
}

/// The usual French VAT rates, in percent: mainland, Corsica and overseas departments.
pub const FRENCH_VAT_RATES: [&str; 10] = ["20", "10", "5.5", "2.1", "0", "13", "8.5", "1.75", "1.05", "0.9"];

/// The one usual rate that turns `net` into `vat` (rounded to cents), if there is one:
/// how the VAT of an invoice known only by its totals is read back.
pub fn single_vat_rate(net: Money, vat: Money) -> Option<Decimal> {
    FRENCH_VAT_RATES
        .iter()
        .filter_map(|r| r.parse::<Decimal>().ok())
        .find(|r| net.times(r / Decimal::ONE_HUNDRED) == vat)
}

/// Splits an amount including VAT over the VAT rates of an invoice, in proportion to
/// each rate's gross, the last rate taking the remainder: the lines of a credit note
/// for an amount.
pub fn split_gross_by_rate(amount: Money, invoice: &Totals) -> Vec<(Decimal, Money)> {
    let gross_total = invoice.total;
    let mut out = Vec::new();
    let mut left = amount;
    let count = invoice.by_rate.len();
    for (i, part) in invoice.by_rate.iter().enumerate() {
        let share = if i + 1 == count || gross_total.is_zero() {
            left
        } else {
            amount.times((part.net + part.vat).to_decimal() / gross_total.to_decimal())
        };
        left -= share;
        if !share.is_zero() {
            out.push((part.rate, share));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn m(s: &str) -> Money {
        Money::from_decimal(d(s), EUR)
    }

    const EUR: Currency = Currency::EUR;

    fn line(qty: &str, price: &str, rate: &str) -> Line {
        Line {
            sku: None,
            designation: "x".into(),
            quantity: d(qty),
            unit_price: d(price),
            vat_rate: d(rate),
            unit: None,
            kind: LineKind::Service,
        }
    }

    #[test]
    fn parses_free_line_with_commas() {
        let spec = LineSpec::parse("Audit; sécurité;1,5;500,50;5,5").unwrap();
        let LineSpec::Free(l) = spec else { panic!() };
        assert_eq!(l.designation, "Audit; sécurité");
        assert_eq!(l.quantity, d("1.5"));
        assert_eq!(l.unit_price, d("500.5"));
        assert_eq!(l.vat_rate, d("5.5"));
    }

    #[test]
    fn a_free_line_sells_goods_when_its_fifth_field_says_so() {
        let kind = |text: &str| match LineSpec::parse(text).unwrap() {
            LineSpec::Free(l) => (l.designation, l.kind),
            other => panic!("{other:?}"),
        };
        assert_eq!(kind("Chaise;2;80;20;goods"), ("Chaise".into(), LineKind::Goods));
        assert_eq!(kind("Chaise;2;80;20;biens"), ("Chaise".into(), LineKind::Goods));
        assert_eq!(
            kind("Conseil;1;500;20;service"),
            ("Conseil".into(), LineKind::Service)
        );
        assert_eq!(kind("Conseil;1;500;20"), ("Conseil".into(), LineKind::Service));
        assert_eq!(kind("A;B;1;10;20"), ("A;B".into(), LineKind::Service));
        assert!(LineSpec::parse("Chaise;2;80;20;truc").is_err());
    }

    #[test]
    fn parses_catalogue_line() {
        assert_eq!(
            LineSpec::parse("@AUDIT;2").unwrap(),
            LineSpec::Product {
                sku: "AUDIT".into(),
                quantity: d("2")
            }
        );
    }

    #[test]
    fn refuses_bad_lines() {
        for bad in [
            "Audit;2;500",
            "Audit;0;500;20",
            "Audit;-1;500;20",
            "Audit;1;500.123;20",
            "Audit;1;500;vingt",
            ";1;500;20",
            "@;2",
            "@AUDIT",
            "@AUDIT;0",
        ] {
            assert!(LineSpec::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn vat_is_computed_per_rate_on_the_sum_of_lines() {
        // three lines of 0.10 at 20 %: per line VAT would round 0.02 × 3 = 0.06,
        // per rate it is 0.30 × 20 % = 0.06 too; with 0.15 it differs: 0.03 × 3 = 0.09 vs 0.45 × 0.2 = 0.09
        let lines = vec![
            line("1", "0.33", "20"),
            line("1", "0.33", "20"),
            line("1", "0.33", "20"),
        ];
        let t = compute_totals(&lines, false, EUR);
        assert_eq!(t.net, m("0.99"));
        assert_eq!(t.vat, m("0.20")); // 0.198 → 0.20, where per line it would be 0.07 × 3 = 0.21
        assert_eq!(t.total, m("1.19"));
    }

    #[test]
    fn totals_by_rate() {
        let lines = vec![
            line("2", "500", "20"),
            line("3", "10.50", "5.5"),
            line("1", "100", "20"),
        ];
        let t = compute_totals(&lines, false, EUR);
        assert_eq!(t.by_rate.len(), 2);
        assert_eq!(
            t.by_rate[0],
            VatBreakdown {
                rate: d("20"),
                net: m("1100"),
                vat: m("220")
            }
        );
        assert_eq!(
            t.by_rate[1],
            VatBreakdown {
                rate: d("5.5"),
                net: m("31.50"),
                vat: m("1.73")
            }
        );
        assert_eq!(t.total, m("1353.23"));
    }

    #[test]
    fn gross_prices_keep_the_total_exact() {
        let lines = vec![line("1", "100", "20")];
        let t = compute_totals(&lines, true, EUR);
        assert_eq!(t.net, m("83.33"));
        assert_eq!(t.vat, m("16.67"));
        assert_eq!(t.total, m("100"));
    }

    #[test]
    fn empty_or_negative_documents_are_refused() {
        assert!(validate_lines(&[], false, EUR).is_err());
        assert!(validate_lines(&[line("1", "-5", "20")], false, EUR).is_err());
        assert!(validate_lines(&[line("1", "10", "20"), line("1", "-2", "20")], false, EUR).is_ok());
    }

    #[test]
    fn a_single_rate_is_read_back_from_totals() {
        assert_eq!(single_vat_rate(m("1000"), m("200")), Some(d("20")));
        assert_eq!(single_vat_rate(m("351"), m("19.31")), Some(d("5.5")));
        assert_eq!(single_vat_rate(m("1000"), m("0")), Some(d("0")));
        // 900 at 20 % and 351 at 5.5 %: no single rate
        assert_eq!(single_vat_rate(m("1251"), m("199.31")), None);
    }

    #[test]
    fn split_by_rate_sums_to_the_amount() {
        let t = compute_totals(&[line("1", "100", "20"), line("1", "100", "5.5")], false, EUR);
        let parts = split_gross_by_rate(m("100"), &t);
        assert_eq!(Money::sum(parts.iter().map(|p| p.1), EUR), m("100"));
        assert_eq!(parts.len(), 2);
    }

    proptest! {
        #[test]
        fn total_is_net_plus_vat_and_vat_matches_rate(
            raw in proptest::collection::vec((1i64..10_000, 0i64..1_000_000, 0usize..4), 1..12),
            gross in any::<bool>(),
        ) {
            let rates = ["20", "10", "5.5", "0"];
            let lines: Vec<Line> = raw.iter().map(|(q, p, r)| Line {
                sku: None, designation: "x".into(),
                quantity: Decimal::new(*q, 2), unit_price: Decimal::new(*p, 2),
                vat_rate: d(rates[*r]), unit: None, kind: LineKind::Service,
            }).collect();
            let t = compute_totals(&lines, gross, EUR);
            prop_assert_eq!(t.total, t.net + t.vat);
            prop_assert_eq!(t.net, Money::sum(t.by_rate.iter().map(|b| b.net), EUR));
            prop_assert_eq!(t.vat, Money::sum(t.by_rate.iter().map(|b| b.vat), EUR));
            let line_sum = Money::sum(lines.iter().map(|l| l.amount(EUR)), EUR);
            if gross { prop_assert_eq!(t.total, line_sum); } else { prop_assert_eq!(t.net, line_sum); }
            for b in &t.by_rate {
                // VAT within half a cent of the exact rate applied to the net (net-priced)
                if !gross {
                    prop_assert!((b.vat.to_decimal() - b.net.to_decimal() * b.rate / Decimal::ONE_HUNDRED).abs() <= Decimal::new(5, 3));
                }
            }
        }

        #[test]
        fn gross_split_is_exact(amount_cents in 1i64..100_000_000, a in 1i64..1_000_000, b in 1i64..1_000_000) {
            let t = compute_totals(&[line("1", &Decimal::new(a, 2).to_string(), "20"), line("1", &Decimal::new(b, 2).to_string(), "5.5")], false, EUR);
            let amount = Money::eur(amount_cents);
            let parts = split_gross_by_rate(amount, &t);
            prop_assert_eq!(Money::sum(parts.iter().map(|p| p.1), EUR), amount);
        }
    }
}
