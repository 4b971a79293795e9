//! Accounting entries of the receivables, as the FEC (LPF A47 A-1) lays them out:
//! sales journal for invoices and credit notes, bank journal for payments, misc journal
//! for write-offs, with matching letters between an invoice and what settled it.

pub mod accounts;
pub mod foreign;
pub mod lettering;
pub mod opening;

pub use accounts::FecAccounts;

use chrono::NaiveDate;

use super::discount::Discount;
use super::document::{Line, LineKind, compute_totals};
use super::money::{Currency, Money};

/// Which journal an entry belongs to, in the order entries of one day are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Journal {
    /// What was open the day before the file starts, carried into it: first of all.
    Carried,
    /// Opening balances carried over from the previous tool: first on their day.
    Opening,
    Sales,
    Bank,
    Misc,
}

/// One accounting line, in the accounting currency; one of debit and credit is zero.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryLine {
    pub account: String,
    pub account_label: String,
    /// Auxiliary account and name, on customer (411) lines only.
    pub aux: Option<(String, String)>,
    pub debit: Money,
    pub credit: Money,
    /// The invoice this 411 line belongs to or settles: the key of its matching letter.
    pub settles: Option<i64>,
    pub letter: Option<(String, NaiveDate)>,
    /// The line's amount in the document's currency when it is not the accounting one
    /// (Montantdevise and Idevise).
    pub foreign: Option<Money>,
}

/// One balanced entry: all its lines share a number and a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub journal: Journal,
    pub date: NaiveDate,
    pub piece_ref: String,
    pub piece_date: NaiveDate,
    pub label: String,
    pub lines: Vec<EntryLine>,
    /// Filled by the stamper: e.g. VT000001.
    pub number: String,
    /// When the entry was validated (recorded in the ledger), never before its date.
    pub valid_date: NaiveDate,
}

impl Entry {
    /// Dates the validation the day the entry was recorded; an entry recorded ahead of
    /// its date (a payment typed before it is due to arrive) is valid from its date.
    pub fn recorded_on(&mut self, day: Option<NaiveDate>) {
        self.valid_date = day.map_or(self.date, |d| d.max(self.date));
    }

    pub fn debit(&self) -> Money {
        self.lines.iter().map(|l| l.debit).fold(self.zero(), |a, b| a + b)
    }

    pub fn credit(&self) -> Money {
        self.lines
            .iter()
            .map(|l| l.credit)
            .fold(self.zero(), |a, b| a + b)
    }

    fn zero(&self) -> Money {
        Money::zero(self.lines.first().map_or(Currency::EUR, |l| l.debit.currency()))
    }
}

/// What an export of entries wrote: counts per journal and the balanced totals.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportSummary {
    pub entries: usize,
    pub lines: usize,
    pub debit: Money,
    pub credit: Money,
    pub sales: usize,
    pub bank: usize,
    pub misc: usize,
    pub opening: usize,
}

/// Who an entry concerns.
#[derive(Debug, Clone)]
pub struct Party {
    pub code: String,
    pub name: String,
}

pub(crate) fn plain(account: &str, label: &str, debit: Money, credit: Money) -> EntryLine {
    EntryLine {
        account: account.into(),
        account_label: label.into(),
        aux: None,
        debit,
        credit,
        settles: None,
        letter: None,
        foreign: None,
    }
}

pub(crate) fn customer_line(
    a: &FecAccounts,
    p: &Party,
    debit: Money,
    credit: Money,
    settles: Option<i64>,
) -> EntryLine {
    EntryLine {
        account: a.customers.clone(),
        account_label: a.customers_label.clone(),
        aux: Some((format!("{}{}", a.customer_aux_prefix, p.code), p.name.clone())),
        debit,
        credit,
        settles,
        letter: None,
        foreign: None,
    }
}

/// Net per sales account and VAT per rate of a document.
pub struct SalesBreakdown {
    pub per_kind: Vec<(LineKind, Money)>,
    pub vat: Vec<(rust_decimal::Decimal, Money)>,
}

/// Net per sales account (services, goods) and VAT per rate of a document, adding up
/// exactly to its totals.
pub fn sales_breakdown(
    lines: &[Line],
    discount: Option<Discount>,
    prices_include_vat: bool,
    currency: Currency,
) -> SalesBreakdown {
    let totals = compute_totals(lines, discount, prices_include_vat, currency);
    let mut per_kind: Vec<(LineKind, Money)> = Vec::new();
    for rate in &totals.by_rate {
        let in_rate: Vec<&Line> = lines
            .iter()
            .filter(|l| l.vat_rate.normalize() == rate.rate)
            .collect();
        let gross = Money::sum(in_rate.iter().map(|l| l.amount(currency)), currency);
        let mut left = rate.net;
        let kinds = [LineKind::Service, LineKind::Goods];
        let present: Vec<LineKind> = kinds
            .into_iter()
            .filter(|k| in_rate.iter().any(|l| l.kind == *k))
            .collect();
        for (i, kind) in present.iter().enumerate() {
            let part = if i + 1 == present.len() || gross.is_zero() {
                left
            } else {
                let of_kind = Money::sum(
                    in_rate
                        .iter()
                        .filter(|l| l.kind == *kind)
                        .map(|l| l.amount(currency)),
                    currency,
                );
                rate.net.times(of_kind.to_decimal() / gross.to_decimal())
            };
            left -= part;
            match per_kind.iter_mut().find(|(k, _)| k == kind) {
                Some((_, c)) => *c += part,
                None => per_kind.push((*kind, part)),
            }
        }
    }
    let vat = totals.by_rate.iter().map(|b| (b.rate, b.vat)).collect();
    SalesBreakdown { per_kind, vat }
}

/// What an invoice or a credit note puts in the sales journal.
pub struct SalesDocument<'a> {
    pub id: i64,
    pub credited_invoice: Option<i64>,
    pub number: &'a str,
    pub date: NaiveDate,
    pub party: &'a Party,
    pub lines: &'a [Line],
    /// The discount off the whole document, shared over its VAT rates.
    pub discount: Option<Discount>,
    pub prices_include_vat: bool,
    pub currency: Currency,
}

/// The sales entry of an invoice (411 debit) or the mirror entry of a credit note.
pub fn sales_entry(a: &FecAccounts, doc: &SalesDocument) -> Entry {
    let SalesBreakdown { per_kind, vat } =
        sales_breakdown(doc.lines, doc.discount, doc.prices_include_vat, doc.currency);
    let zero = Money::zero(doc.currency);
    let total = Money::sum(
        per_kind.iter().map(|k| k.1).chain(vat.iter().map(|v| v.1)),
        doc.currency,
    );
    let is_credit = doc.credited_invoice.is_some();
    let side = |amount: Money, debit_side: bool| {
        if debit_side != is_credit {
            (amount, zero)
        } else {
            (zero, amount)
        }
    };
    let mut lines = Vec::new();
    let (d, c) = side(total, true);
    lines.push(customer_line(
        a,
        doc.party,
        d,
        c,
        Some(doc.credited_invoice.unwrap_or(doc.id)),
    ));
    for (kind, amount) in per_kind.into_iter().filter(|k| !k.1.is_zero()) {
        let (account, label) = match kind {
            LineKind::Service => (&a.services, &a.services_label),
            LineKind::Goods => (&a.goods, &a.goods_label),
        };
        let (d, c) = side(amount, false);
        lines.push(plain(account, label, d, c));
    }
    for (rate, amount) in vat.into_iter().filter(|v| !v.1.is_zero()) {
        let (d, c) = side(amount, false);
        lines.push(plain(
            &a.vat,
            &format!("{} {} %", a.vat_label, rate.normalize()),
            d,
            c,
        ));
    }
    fix_signs(&mut lines);
    let what = if is_credit { "Avoir" } else { "Facture" };
    Entry {
        journal: Journal::Sales,
        date: doc.date,
        piece_ref: doc.number.into(),
        piece_date: doc.date,
        label: format!("{what} {} {}", doc.number, doc.party.name),
        lines,
        number: String::new(),
        valid_date: doc.date,
    }
}

/// A negative amount goes to the other side, so no line has a negative debit or credit.
pub(crate) fn fix_signs(lines: &mut [EntryLine]) {
    for l in lines {
        if l.debit.is_negative() || l.credit.is_negative() {
            let (d, c) = (l.debit, l.credit);
            let zero = Money::zero(d.currency());
            l.debit = (-c).max(zero) + d.max(zero);
            l.credit = (-d).max(zero) + c.max(zero);
        }
    }
}

/// A payment: bank debit, one 411 credit per invoice it settles, the rest unallocated.
pub fn payment_entry(
    a: &FecAccounts,
    reference: &str,
    date: NaiveDate,
    party: &Party,
    amount: Money,
    allocations: &[(i64, String, Money)],
) -> Entry {
    let zero = Money::zero(amount.currency());
    let mut lines = vec![plain(&a.bank, &a.bank_label, amount, zero)];
    let mut left = amount;
    for (invoice, _, part) in allocations {
        lines.push(customer_line(a, party, zero, *part, Some(*invoice)));
        left -= *part;
    }
    if !left.is_zero() {
        lines.push(customer_line(a, party, zero, left, None));
    }
    fix_signs(&mut lines);
    let numbers: Vec<&str> = allocations.iter().map(|x| x.1.as_str()).collect();
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

/// A written-off balance and the invoice it belongs to.
pub struct WriteOff<'a> {
    pub invoice: i64,
    pub number: &'a str,
    pub date: NaiveDate,
    pub amount: Money,
    pub invoice_total: Money,
    pub invoice_vat: Money,
}

/// A bad debt: 654 for the net part, VAT given back on the rest, 411 credited.
pub fn write_off_entry(a: &FecAccounts, w: &WriteOff, party: &Party) -> Entry {
    let WriteOff {
        invoice,
        number,
        date,
        amount,
        invoice_total,
        invoice_vat,
    } = *w;
    let zero = Money::zero(amount.currency());
    let vat = if invoice_total.is_zero() {
        zero
    } else {
        amount.times(invoice_vat.to_decimal() / invoice_total.to_decimal())
    };
    let mut lines = vec![plain(&a.bad_debts, &a.bad_debts_label, amount - vat, zero)];
    if !vat.is_zero() {
        lines.push(plain(&a.vat, &a.vat_label, vat, zero));
    }
    lines.push(customer_line(a, party, zero, amount, Some(invoice)));
    Entry {
        journal: Journal::Misc,
        date,
        piece_ref: number.into(),
        piece_date: date,
        label: format!("Créance irrécouvrable {number} {}", party.name),
        lines,
        number: String::new(),
        valid_date: date,
    }
}

#[cfg(test)]
mod tests;
