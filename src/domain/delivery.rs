//! Delivery notes (bons de livraison) and the recap invoice (facture récapitulative)
//! made of several of them, or of several quotes: which lines go under which document.

use chrono::NaiveDate;

use super::DomainError;
use super::document::Line;

/// A delivery note as stored: numbered at creation (BL-2026-0001) and frozen from then on.
#[derive(Debug, Clone)]
pub struct DeliveryNote {
    pub id: i64,
    pub number: String,
    pub customer_id: i64,
    pub customer_code: String,
    /// The customer's name and address as they were on the day of the note.
    pub customer_name: String,
    pub customer_address: String,
    pub date: NaiveDate,
    pub notes: Option<String>,
    /// The invoice that bills it, by number or `#ID` for a draft.
    pub invoice: Option<String>,
}

/// A delivery note with its lines, as `delivery show` presents it.
#[derive(Debug, Clone)]
pub struct DeliverySheet {
    pub note: DeliveryNote,
    pub lines: Vec<Line>,
}

/// What a group of an invoice's lines comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    Delivery,
    Quote,
}

/// A run of an invoice's lines that comes from one delivery note or quote: printed under
/// its number and date on a recap invoice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineGroup {
    pub kind: SourceKind,
    pub number: String,
    pub date: NaiveDate,
    /// The index of its first line in the invoice.
    pub first: usize,
    pub count: usize,
}

/// One document being invoiced: its id, number, customer, date and lines.
#[derive(Debug, Clone)]
pub struct Source {
    pub kind: SourceKind,
    pub id: i64,
    pub number: String,
    pub customer_id: i64,
    pub customer_code: String,
    pub date: NaiveDate,
    pub lines: Vec<Line>,
}

/// The lines of one invoice made of `sources`, in the order given (a delivery note by
/// date, then number), and where each source's lines start. Refuses an empty list, one
/// document named twice, and documents of more than one customer.
pub fn gather(sources: &[Source]) -> Result<(Vec<Line>, Vec<LineGroup>), DomainError> {
    let Some(first) = sources.first() else {
        return Err(DomainError::Invalid(crate::t!("domain-group-nothing")));
    };
    let mut lines = Vec::new();
    let mut groups = Vec::with_capacity(sources.len());
    for (i, s) in sources.iter().enumerate() {
        if sources[..i].iter().any(|o| o.kind == s.kind && o.id == s.id) {
            return Err(DomainError::Invalid(crate::t!(
                "domain-group-twice",
                number = &s.number
            )));
        }
        if s.customer_id != first.customer_id {
            return Err(DomainError::Invalid(crate::t!(
                "domain-group-two-customers",
                first = &first.number,
                first_customer = &first.customer_code,
                second = &s.number,
                second_customer = &s.customer_code
            )));
        }
        groups.push(LineGroup {
            kind: s.kind,
            number: s.number.clone(),
            date: s.date,
            first: lines.len(),
            count: s.lines.len(),
        });
        lines.extend(s.lines.iter().cloned());
    }
    Ok((lines, groups))
}

/// The first and last day of the deliveries a recap invoice bills (the delivery date or
/// period the invoice must carry). None for quotes only.
pub fn delivery_period(groups: &[LineGroup]) -> Option<(NaiveDate, NaiveDate)> {
    let days = groups
        .iter()
        .filter(|g| g.kind == SourceKind::Delivery)
        .map(|g| g.date);
    Some((days.clone().min()?, days.max()?))
}

/// Whether the invoice prints as a recap invoice (facture récapitulative): its lines come
/// from delivery notes, or from more than one quote.
pub fn is_recap(groups: &[LineGroup]) -> bool {
    groups.len() > 1 || groups.iter().any(|g| g.kind == SourceKind::Delivery)
}

/// Refuses an edit that would tear a draft from what it bills: another customer for a
/// draft made of delivery notes or quotes, other lines for a recap invoice (lines may be
/// added after its groups).
pub fn check_edit(
    groups: &[LineGroup],
    label: &str,
    id: i64,
    customer_code: &str,
    new_customer: Option<&str>,
    replacing_lines: bool,
) -> Result<(), DomainError> {
    let Some(first) = groups.first() else {
        return Ok(());
    };
    if new_customer.is_some_and(|c| !c.trim().eq_ignore_ascii_case(customer_code)) {
        return Err(DomainError::Invalid(crate::t!(
            "domain-recap-customer",
            label = label,
            number = &first.number,
            customer = customer_code,
            id = id
        )));
    }
    if replacing_lines && is_recap(groups) {
        let numbers: Vec<&str> = groups.iter().map(|g| g.number.as_str()).collect();
        return Err(DomainError::Invalid(crate::t!(
            "domain-recap-lines",
            label = label,
            numbers = numbers.join(", "),
            id = id
        )));
    }
    Ok(())
}

/// The group whose first line is at `index`, if one starts there.
pub fn group_starting_at(groups: &[LineGroup], index: usize) -> Option<&LineGroup> {
    groups.iter().find(|g| g.first == index && g.count > 0)
}

/// The group a line belongs to.
pub fn group_of(groups: &[LineGroup], index: usize) -> Option<&LineGroup> {
    groups
        .iter()
        .find(|g| index >= g.first && index < g.first + g.count)
}

/// An invoice as a message names it: its number, or `draft #ID`.
pub fn invoice_words(label: &str) -> String {
    if label.starts_with('#') {
        format!("draft {label}")
    } else {
        label.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::document::LineKind;
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn line(name: &str) -> Line {
        Line {
            sku: None,
            designation: name.into(),
            quantity: Decimal::ONE,
            unit_price: Decimal::TEN,
            vat_rate: Decimal::from(20),
            unit: None,
            kind: LineKind::Goods,
            discount: None,
        }
    }

    fn note(id: i64, customer: i64, date: &str, lines: usize) -> Source {
        Source {
            kind: SourceKind::Delivery,
            id,
            number: format!("BL-2026-{id:04}"),
            customer_id: customer,
            customer_code: format!("C{customer}"),
            date: day(date),
            lines: (0..lines).map(|i| line(&format!("{id}.{i}"))).collect(),
        }
    }

    #[test]
    fn lines_follow_their_notes_in_order() {
        let (lines, groups) = gather(&[note(1, 7, "2026-03-02", 2), note(2, 7, "2026-03-09", 1)]).unwrap();
        assert_eq!(
            lines.iter().map(|l| l.designation.as_str()).collect::<Vec<_>>(),
            ["1.0", "1.1", "2.0"]
        );
        assert_eq!((groups[0].first, groups[0].count), (0, 2));
        assert_eq!((groups[1].first, groups[1].count), (2, 1));
        assert_eq!(group_of(&groups, 2).unwrap().number, "BL-2026-0002");
        assert_eq!(group_starting_at(&groups, 1), None);
        assert!(is_recap(&groups));
        assert_eq!(
            delivery_period(&groups),
            Some((day("2026-03-02"), day("2026-03-09")))
        );
    }

    #[test]
    fn two_customers_or_a_note_twice_or_nothing_are_refused() {
        let err = gather(&[note(1, 7, "2026-03-02", 1), note(2, 8, "2026-03-03", 1)])
            .unwrap_err()
            .to_string();
        assert!(err.contains("BL-2026-0001") && err.contains("C8"), "{err}");
        let err = gather(&[note(1, 7, "2026-03-02", 1), note(1, 7, "2026-03-02", 1)])
            .unwrap_err()
            .to_string();
        assert!(err.contains("twice"), "{err}");
        assert!(gather(&[]).is_err());
    }

    #[test]
    fn a_recap_draft_keeps_its_customer_and_its_lines() {
        let (_, groups) = gather(&[note(1, 7, "2026-03-02", 1)]).unwrap();
        assert!(check_edit(&groups, "draft #4", 4, "C7", Some("c7"), false).is_ok());
        assert!(check_edit(&groups, "draft #4", 4, "C7", None, false).is_ok());
        let err = check_edit(&groups, "draft #4", 4, "C7", Some("C8"), false).unwrap_err();
        assert!(err.to_string().contains("invoice delete 4"), "{err}");
        assert!(check_edit(&groups, "draft #4", 4, "C7", None, true).is_err());
        assert!(check_edit(&[], "draft #4", 4, "C7", Some("C8"), true).is_ok());
    }

    #[test]
    fn one_quote_is_not_a_recap_two_are() {
        let mut q = note(1, 7, "2026-03-02", 1);
        q.kind = SourceKind::Quote;
        let (_, groups) = gather(std::slice::from_ref(&q)).unwrap();
        assert!(!is_recap(&groups));
        assert_eq!(delivery_period(&groups), None);
        let mut q2 = q.clone();
        q2.id = 2;
        let (_, groups) = gather(&[q, q2]).unwrap();
        assert!(is_recap(&groups));
    }

    proptest! {
        /// Every line of every note is on the invoice once, inside its own group.
        #[test]
        fn every_line_is_in_exactly_its_group(sizes in proptest::collection::vec(1usize..5, 1..6)) {
            let notes: Vec<Source> = sizes
                .iter()
                .enumerate()
                .map(|(i, n)| note(i as i64 + 1, 7, "2026-03-02", *n))
                .collect();
            let (lines, groups) = gather(&notes).unwrap();
            prop_assert_eq!(lines.len(), sizes.iter().sum::<usize>());
            for (i, l) in lines.iter().enumerate() {
                let g = group_of(&groups, i).unwrap();
                let id: i64 = l.designation.split('.').next().unwrap().parse().unwrap();
                prop_assert_eq!(&g.number, &format!("BL-2026-{id:04}"));
            }
        }
    }
}
