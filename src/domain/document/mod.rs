//! Lines and totals of quotes, invoices and credit notes.

use rust_decimal::Decimal;
use serde::Serialize;

use super::DomainError;
use super::discount::{Discount, allocate};
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
            other => Err(DomainError::Invalid(crate::t!(
                "domain-line-kind-unknown",
                kind = other
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
    /// A discount off this line alone (`-10%` or `-50` after the VAT rate).
    pub discount: Option<Discount>,
}

impl Line {
    /// Quantity × unit price, rounded to the currency's cents, before the line's discount.
    pub fn base_amount(&self, currency: Currency) -> Money {
        Money::from_decimal(self.quantity * self.unit_price, currency)
    }

    /// What the line's discount takes off (zero without one).
    pub fn discount_amount(&self, currency: Currency) -> Money {
        self.discount
            .map_or(Money::zero(currency), |d| d.of(self.base_amount(currency)))
    }

    /// The amount the line comes to: its base less its discount, in cents.
    pub fn amount(&self, currency: Currency) -> Money {
        self.base_amount(currency) - self.discount_amount(currency)
    }
}

/// A line as typed on the command line, before a catalogue product is looked up.
#[derive(Debug, Clone, PartialEq)]
pub enum LineSpec {
    Free(Line),
    Product {
        sku: String,
        quantity: Decimal,
        discount: Option<Discount>,
    },
}

impl LineSpec {
    /// Parses `DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods|service]` or
    /// `@SKU;QTY[;-DISCOUNT]`. A free line sells a service unless its last field says goods;
    /// a discount is a field starting with `-`: a percentage (`-10%`) or an amount (`-50`).
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        let full = text.trim();
        let catalogue = full.starts_with('@');
        let fixed = if catalogue { 1 } else { 3 };
        let (text, kind) = match full.rsplit_once(';') {
            Some((rest, last)) if !catalogue && rest.matches(';').count() >= fixed => {
                match LineKind::parse(last) {
                    Ok(kind) => (rest, kind),
                    Err(_) => (full, LineKind::Service),
                }
            }
            _ => (full, LineKind::Service),
        };
        let (text, discount) = match text.rsplit_once(';') {
            Some((rest, last)) if last.trim().starts_with('-') && rest.matches(';').count() >= fixed => {
                let discount = Discount::parse(&crate::t!("domain-what-line-discount"), last)
                    .map_err(|e| line_error(full, e))?;
                (rest, Some(discount))
            }
            _ => (text, None),
        };
        if let Some(rest) = text.strip_prefix('@') {
            let (sku, qty) = rest
                .split_once(';')
                .ok_or_else(|| DomainError::Invalid(crate::t!("domain-line-catalogue-shape", text = text)))?;
            if sku.trim().is_empty() {
                return Err(DomainError::Invalid(crate::t!("domain-line-no-sku", text = text)));
            }
            let quantity = parse_quantity(qty).map_err(|e| line_error(text, e))?;
            return Ok(LineSpec::Product {
                sku: sku.trim().to_string(),
                quantity,
                discount,
            });
        }
        let parts: Vec<&str> = text.rsplitn(4, ';').collect();
        if parts.len() != 4 {
            return Err(DomainError::Invalid(crate::t!(
                "domain-line-four-fields",
                text = text
            )));
        }
        let (vat, price, qty, designation) = (parts[0], parts[1], parts[2], parts[3].trim());
        if designation.is_empty() {
            return Err(DomainError::Invalid(crate::t!(
                "domain-line-empty-designation",
                text = text
            )));
        }
        let designation = super::identity::one_line(&crate::t!("domain-what-designation"), designation)
            .map_err(|e| line_error(text, e))?;
        let quantity = parse_quantity(qty).map_err(|e| line_error(text, e))?;
        let unit_price =
            parse_amount(&crate::t!("domain-what-unit-price"), price).map_err(|e| line_error(text, e))?;
        let vat_rate = parse_vat_rate(vat).map_err(|e| line_error(text, e))?;
        Ok(LineSpec::Free(Line {
            sku: None,
            designation,
            quantity,
            unit_price,
            vat_rate,
            unit: None,
            kind,
            discount,
        }))
    }
}

fn line_error(text: &str, err: DomainError) -> DomainError {
    DomainError::Invalid(crate::t!(
        "domain-line-error",
        text = text,
        error = err.to_string()
    ))
}

/// Net and VAT for one VAT rate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VatBreakdown {
    pub rate: Decimal,
    /// The taxable amount: the rate's lines less its share of the document's discount.
    pub net: Money,
    pub vat: Money,
    /// The rate's lines, excluding VAT, before the document's discount.
    #[serde(skip)]
    pub lines_net: Money,
    /// The rate's share of the document's discount, excluding VAT.
    #[serde(skip)]
    pub allowance: Money,
}

impl VatBreakdown {
    /// A rate with no document discount.
    pub fn plain(rate: Decimal, net: Money, vat: Money) -> VatBreakdown {
        VatBreakdown {
            rate,
            net,
            vat,
            lines_net: net,
            allowance: Money::zero(net.currency()),
        }
    }
}

/// Totals of a document, computed once from its lines and its discount.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Totals {
    /// The sum of the lines as printed (including VAT when the prices do).
    pub lines: Money,
    /// The document's discount as printed, on the same footing as the lines.
    pub discount: Money,
    /// The lines excluding VAT, before the document's discount (EN 16931 BT-106).
    pub lines_net: Money,
    /// The document's discount excluding VAT (BT-107).
    pub allowance: Money,
    pub net: Money,
    pub vat: Money,
    pub total: Money,
    pub by_rate: Vec<VatBreakdown>,
}

impl Totals {
    pub fn zero(currency: Currency) -> Totals {
        let zero = Money::zero(currency);
        Totals {
            lines: zero,
            discount: zero,
            lines_net: zero,
            allowance: zero,
            net: zero,
            vat: zero,
            total: zero,
            by_rate: Vec::new(),
        }
    }
}

/// Computes totals per VAT rate, as the law asks: each line is rounded to cents (after
/// its own discount), the document's discount is worked out on the sum of the lines and
/// shared over the rates in proportion to their lines, to the cent, then VAT is computed
/// once per rate on what is left and rounded.
/// With `prices_include_vat`, unit prices are gross: the net of each rate is the gross
/// divided by (1 + rate), rounded, and VAT is the difference, so the total is exactly
/// the sum of the lines less the discount.
pub fn compute_totals(
    lines: &[Line],
    discount: Option<Discount>,
    prices_include_vat: bool,
    currency: Currency,
) -> Totals {
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
    totals.lines = Money::sum(rates.iter().map(|r| r.1), currency);
    totals.discount = discount.map_or(Money::zero(currency), |d| d.of(totals.lines));
    let weights: Vec<Money> = rates.iter().map(|r| r.1).collect();
    let shares = allocate(totals.discount, &weights);
    for ((rate, sum), share) in rates.into_iter().zip(shares) {
        let factor = rate / Decimal::ONE_HUNDRED;
        let taxable = sum - share;
        let (lines_net, net, vat) = if prices_include_vat {
            let net = taxable.divided_by(Decimal::ONE + factor);
            let lines_net = if share.is_zero() {
                net
            } else {
                sum.divided_by(Decimal::ONE + factor)
            };
            (lines_net, net, taxable - net)
        } else {
            (sum, taxable, taxable.times(factor))
        };
        totals.lines_net += lines_net;
        totals.allowance += lines_net - net;
        totals.net += net;
        totals.vat += vat;
        totals.by_rate.push(VatBreakdown {
            rate,
            net,
            vat,
            lines_net,
            allowance: lines_net - net,
        });
    }
    totals.total = totals.net + totals.vat;
    totals
}

/// Each line's part of the taxable net of its VAT rate (after the document's discount),
/// shared in proportion to the lines' amounts, to the cent: what a line earned, for
/// revenue by product.
pub fn line_net_shares(
    lines: &[Line],
    discount: Option<Discount>,
    prices_include_vat: bool,
    currency: Currency,
) -> Vec<Money> {
    let totals = compute_totals(lines, discount, prices_include_vat, currency);
    let mut out = vec![Money::zero(currency); lines.len()];
    for part in &totals.by_rate {
        let of_rate: Vec<usize> = (0..lines.len())
            .filter(|&i| lines[i].vat_rate.normalize() == part.rate)
            .collect();
        let weights: Vec<Money> = of_rate.iter().map(|&i| lines[i].amount(currency)).collect();
        for (&i, share) in of_rate.iter().zip(allocate(part.net, &weights)) {
            out[i] = share;
        }
    }
    out
}

/// The largest total a document may have, in currency units: far above any real invoice,
/// far below what integer cents can hold.
pub const MAX_DOCUMENT_TOTAL: i64 = 1_000_000_000;

/// Checks what every document must satisfy before it is saved: a line's discount within
/// the line, the document's discount below the sum of its lines (and never on a rate
/// whose lines come to zero or less), a total above zero.
pub fn validate_lines(
    lines: &[Line],
    discount: Option<Discount>,
    prices_include_vat: bool,
    currency: Currency,
) -> Result<Totals, DomainError> {
    if lines.is_empty() {
        return Err(DomainError::Invalid(crate::t!("domain-document-no-line")));
    }
    let limit = Money::from_decimal(Decimal::from(MAX_DOCUMENT_TOTAL), currency);
    if let Some(big) = lines.iter().find(|l| l.base_amount(currency).abs() > limit) {
        return Err(DomainError::Invalid(crate::t!(
            "domain-line-too-large",
            designation = &big.designation,
            amount = big.base_amount(currency).to_string(),
            max = MAX_DOCUMENT_TOTAL.to_string()
        )));
    }
    for line in lines {
        if let Some(d) = line.discount {
            d.check(
                line.base_amount(currency),
                true,
                &crate::t!("domain-what-line", designation = &line.designation),
            )?;
        }
    }
    if let Some(d) = discount {
        let plain = compute_totals(lines, None, prices_include_vat, currency);
        if let Some(low) = plain.by_rate.iter().find(|r| !r.net.is_positive()) {
            return Err(DomainError::Invalid(crate::t!(
                "domain-discount-rate-not-positive",
                rate = low.rate.to_string(),
                net = low.net.to_string()
            )));
        }
        d.check(plain.lines, false, &crate::t!("domain-what-sum-of-lines"))?;
    }
    let totals = compute_totals(lines, discount, prices_include_vat, currency);
    if totals.total > limit {
        return Err(DomainError::Invalid(crate::t!(
            "domain-document-too-large",
            total = totals.total.to_string(),
            max = MAX_DOCUMENT_TOTAL.to_string()
        )));
    }
    if !totals.total.is_positive() {
        return Err(DomainError::Invalid(crate::t!(
            "domain-document-not-positive",
            total = totals.total.to_string()
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
mod tests;
