//! SEPA direct debit (prélèvement SEPA CORE): the creditor identifier (ICS), mandates
//! (RUM), the sequence type of each collection, and which invoices a collection takes.

use chrono::NaiveDate;

use super::DomainError;
use super::money::Money;

/// How an invoice is to be paid: by the customer's transfer (the default), or collected
/// by SEPA direct debit under the customer's mandate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CollectMethod {
    #[default]
    Transfer,
    DirectDebit,
}

impl CollectMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            CollectMethod::Transfer => "transfer",
            CollectMethod::DirectDebit => "direct_debit",
        }
    }

    /// `direct-debit` (or `direct_debit`, `prelevement`) or `transfer`.
    pub fn parse(text: &str) -> Result<CollectMethod, DomainError> {
        match text.trim().to_ascii_lowercase().replace('-', "_").as_str() {
            "direct_debit" | "prelevement" | "sepa" => Ok(CollectMethod::DirectDebit),
            "transfer" | "virement" => Ok(CollectMethod::Transfer),
            other => Err(DomainError::Invalid(crate::t!(
                "domain-collect-unknown",
                text = other
            ))),
        }
    }
}

/// A mandate is for one collection (one-off) or for every collection until revoked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MandateKind {
    Recurrent,
    OneOff,
}

impl MandateKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MandateKind::Recurrent => "recurrent",
            MandateKind::OneOff => "one_off",
        }
    }

    pub fn parse(text: &str) -> Option<MandateKind> {
        match text {
            "recurrent" => Some(MandateKind::Recurrent),
            "one_off" => Some(MandateKind::OneOff),
            _ => None,
        }
    }
}

/// A customer's signed mandate: its unique reference (RUM), the account debited and the
/// day it was signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mandate {
    pub id: i64,
    pub customer_id: i64,
    pub customer_code: String,
    pub reference: String,
    pub iban: String,
    pub bic: String,
    pub signed_on: NaiveDate,
    pub kind: MandateKind,
    /// How many collections were made under it (returned ones excluded).
    pub collections: i64,
}

/// The sequence type of a collection: FRST the first under a recurrent mandate, RCUR the
/// next ones, OOFF the only one under a one-off mandate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Sequence {
    Frst,
    Rcur,
    Ooff,
}

impl Sequence {
    pub fn code(self) -> &'static str {
        match self {
            Sequence::Frst => "FRST",
            Sequence::Rcur => "RCUR",
            Sequence::Ooff => "OOFF",
        }
    }

    pub fn parse(code: &str) -> Option<Sequence> {
        [Sequence::Frst, Sequence::Rcur, Sequence::Ooff]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

/// The sequence of the next collection under `mandate`, given how many of this run come
/// before it. A one-off mandate is used once: a second collection is refused.
pub fn next_sequence(mandate: &Mandate, earlier_in_run: i64) -> Result<Sequence, DomainError> {
    let used = mandate.collections + earlier_in_run;
    match (mandate.kind, used) {
        (MandateKind::OneOff, 0) => Ok(Sequence::Ooff),
        (MandateKind::OneOff, _) => Err(DomainError::Invalid(crate::t!(
            "domain-mandate-used",
            reference = &mandate.reference,
            customer = &mandate.customer_code
        ))),
        (MandateKind::Recurrent, 0) => Ok(Sequence::Frst),
        (MandateKind::Recurrent, _) => Ok(Sequence::Rcur),
    }
}

/// The day the bank is asked to debit: the invoice's due date, but never before the next
/// business-less day after the file is made (the bank needs the file first).
pub fn collection_date(due: NaiveDate, made_on: NaiveDate) -> NaiveDate {
    due.max(made_on.succ_opt().unwrap_or(made_on))
}

/// Where a collected invoice stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CollectionState {
    /// In a file sent to the bank, the money not seen yet on a statement.
    Pending,
    /// The statement showed the money: the invoice is paid.
    Settled,
    /// The debtor's bank returned it (R-transaction): the invoice is open again.
    Returned,
}

impl CollectionState {
    pub fn as_str(self) -> &'static str {
        match self {
            CollectionState::Pending => "pending",
            CollectionState::Settled => "settled",
            CollectionState::Returned => "returned",
        }
    }

    pub fn parse(text: &str) -> Option<CollectionState> {
        [
            CollectionState::Pending,
            CollectionState::Settled,
            CollectionState::Returned,
        ]
        .into_iter()
        .find(|s| s.as_str() == text)
    }
}

/// What a statement did to the collections: invoices settled, returned, and returns of
/// collections already credited, which need a person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatementEffect {
    pub settled: Vec<String>,
    pub returned: Vec<String>,
    pub to_check: Vec<String>,
}

/// One invoice in a collection file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Debit {
    pub invoice_id: i64,
    /// The end-to-end id: the invoice number.
    pub invoice_number: String,
    pub amount: Money,
    pub debtor_name: String,
    pub mandate: Mandate,
    pub sequence: Sequence,
    pub date: NaiveDate,
}

/// A collection file: its message id, the day it was made, and its debits grouped by
/// sequence type and date (one payment information block each).
#[derive(Debug, Clone)]
pub struct CollectionFile {
    pub message_id: String,
    pub made_on: NaiveDate,
    pub debits: Vec<Debit>,
}

impl CollectionFile {
    /// The blocks of the file: debits of one sequence type and one collection date, in
    /// that order.
    pub fn batches(&self) -> Vec<(Sequence, NaiveDate, Vec<&Debit>)> {
        let mut keys: Vec<(Sequence, NaiveDate)> = self.debits.iter().map(|d| (d.sequence, d.date)).collect();
        keys.sort();
        keys.dedup();
        keys.into_iter()
            .map(|(s, d)| {
                let debits = self
                    .debits
                    .iter()
                    .filter(|x| x.sequence == s && x.date == d)
                    .collect();
                (s, d, debits)
            })
            .collect()
    }
}

/// The message id of the `id`-th collection made on `day`: unique, 35 characters at most.
pub fn message_id(day: NaiveDate, id: i64) -> String {
    format!("PRLV-{}-{id:06}", day.format("%Y%m%d"))
}

/// Which of `numbers` a statement line's text names, separators and case ignored
/// ("FACT 2026 0001" names FACT-2026-0001, "FACT-2026-00012" does not).
pub fn named_in(text: &str, numbers: &[&str]) -> Vec<usize> {
    let fold = |t: &str| -> String {
        t.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_uppercase())
            .collect()
    };
    let folded = fold(text);
    numbers
        .iter()
        .enumerate()
        .filter(|(_, n)| {
            let key = fold(n);
            key.len() >= 4
                && folded.match_indices(&key).any(|(at, _)| {
                    let next = folded[at + key.len()..].chars().next();
                    !(key.ends_with(|c: char| c.is_ascii_digit()) && next.is_some_and(|c| c.is_ascii_digit()))
                })
        })
        .map(|(i, _)| i)
        .collect()
}

/// A SEPA creditor identifier (ICS in France): country, two check digits, a three-character
/// business code (ZZZ when none), the national identifier; the check digits are ISO 7064
/// mod 97-10 over the national identifier followed by the country and `00`.
pub fn parse_creditor_id(text: &str) -> Result<String, DomainError> {
    let id: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect();
    let bad = || DomainError::Invalid(crate::t!("domain-creditor-id-invalid", text = text.trim()));
    let ok_shape = id.is_ascii()
        && (8..=35).contains(&id.len())
        && id[..2].chars().all(|c| c.is_ascii_uppercase())
        && id[2..4].chars().all(|c| c.is_ascii_digit())
        && id[4..].chars().all(|c| c.is_ascii_alphanumeric());
    if !ok_shape {
        return Err(bad());
    }
    let check: u32 = id[2..4].parse().map_err(|_| bad())?;
    let expected = mod97_check(&format!("{}{}00", &id[7..], &id[..2])).ok_or_else(bad)?;
    if check != expected {
        return Err(bad());
    }
    Ok(id)
}

/// ISO 7064 MOD 97-10 check digits of an alphanumeric text (letters count A = 10 .. Z = 35).
fn mod97_check(text: &str) -> Option<u32> {
    let mut rest: u32 = 0;
    for c in text.chars() {
        let v = c.to_digit(36)?;
        for d in v.to_string().chars() {
            rest = (rest * 10 + d.to_digit(10)?) % 97;
        }
    }
    Some(98 - rest)
}

/// A mandate reference (RUM): 1 to 35 characters of the SEPA set (letters, digits and
/// `/ - ? : ( ) . , ' +`), unique per creditor.
pub fn parse_mandate_reference(text: &str) -> Result<String, DomainError> {
    let r = text.trim();
    let ok = !r.is_empty()
        && r.len() <= 35
        && r.chars()
            .all(|c| c.is_ascii_alphanumeric() || "/-?:().,'+".contains(c));
    if ok {
        Ok(r.to_string())
    } else {
        Err(DomainError::Invalid(crate::t!(
            "domain-mandate-reference-invalid",
            text = r
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn mandate(kind: MandateKind, collections: i64) -> Mandate {
        Mandate {
            id: 1,
            customer_id: 1,
            customer_code: "ACME".into(),
            reference: "RUM-1".into(),
            iban: "FR7630006000011234567890189".into(),
            bic: "AGRIFRPPXXX".into(),
            signed_on: day("2026-01-05"),
            kind,
            collections,
        }
    }

    #[test]
    fn creditor_ids_are_checked_mod_97() {
        assert_eq!(parse_creditor_id("fr72 zzz 123456").unwrap(), "FR72ZZZ123456");
        assert!(parse_creditor_id("FR73ZZZ123456").is_err());
        assert!(parse_creditor_id("FR72ZZZ12345!").is_err());
        assert!(parse_creditor_id("72ZZZ123456").is_err());
        // the business code does not count in the check digits
        assert_eq!(parse_creditor_id("FR72ABC123456").unwrap(), "FR72ABC123456");
        // the EPC's German example
        assert!(parse_creditor_id("DE98ZZZ09999999999").is_ok());
    }

    #[test]
    fn the_first_collection_is_frst_then_rcur_and_one_off_once() {
        assert_eq!(
            next_sequence(&mandate(MandateKind::Recurrent, 0), 0).unwrap(),
            Sequence::Frst
        );
        assert_eq!(
            next_sequence(&mandate(MandateKind::Recurrent, 0), 1).unwrap(),
            Sequence::Rcur
        );
        assert_eq!(
            next_sequence(&mandate(MandateKind::Recurrent, 3), 0).unwrap(),
            Sequence::Rcur
        );
        assert_eq!(
            next_sequence(&mandate(MandateKind::OneOff, 0), 0).unwrap(),
            Sequence::Ooff
        );
        let err = next_sequence(&mandate(MandateKind::OneOff, 1), 0)
            .unwrap_err()
            .to_string();
        assert!(err.contains("customer mandate add ACME"), "{err}");
    }

    #[test]
    fn methods_and_references() {
        assert_eq!(
            CollectMethod::parse("direct-debit").unwrap(),
            CollectMethod::DirectDebit
        );
        assert_eq!(CollectMethod::parse("Transfer").unwrap(), CollectMethod::Transfer);
        assert!(CollectMethod::parse("cash").is_err());
        assert_eq!(parse_mandate_reference(" RUM/2026-001 ").unwrap(), "RUM/2026-001");
        assert!(parse_mandate_reference("RUM 1").is_err());
        assert!(parse_mandate_reference(&"A".repeat(36)).is_err());
        assert_eq!(message_id(day("2026-03-15"), 7), "PRLV-20260315-000007");
    }

    #[test]
    fn a_statement_line_names_an_invoice_whatever_its_separators() {
        let numbers = ["FACT-2026-0001", "FACT-2026-0012"];
        assert_eq!(named_in("PRLV SEPA FACT 2026 0001 ACME", &numbers), [0]);
        assert_eq!(named_in("RETOUR fact-2026-0012 MD06", &numbers), [1]);
        assert!(named_in("FACT-2026-00012", &numbers).is_empty());
        assert!(named_in("VIR ACME", &numbers).is_empty());
    }

    #[test]
    fn a_collection_is_never_asked_for_before_the_file_reaches_the_bank() {
        assert_eq!(
            collection_date(day("2026-03-31"), day("2026-03-15")),
            day("2026-03-31")
        );
        assert_eq!(
            collection_date(day("2026-03-10"), day("2026-03-15")),
            day("2026-03-16")
        );
    }

    proptest! {
        /// Any national number gets check digits that the parser accepts, and any other
        /// pair of digits is refused.
        #[test]
        fn computed_check_digits_are_the_only_ones_accepted(national in "[0-9A-Z]{6,20}", other in 0u32..100) {
            let check = mod97_check(&format!("{national}FR00")).unwrap();
            let good = format!("FR{check:02}ZZZ{national}");
            prop_assert!(parse_creditor_id(&good).is_ok());
            if other != check {
                let bad = format!("FR{other:02}ZZZ{national}");
                prop_assert!(parse_creditor_id(&bad).is_err());
            }
        }

        /// Each debit of a file is in exactly one batch, of its own sequence and date.
        #[test]
        fn batches_hold_every_debit_once(seqs in proptest::collection::vec((0usize..3, 0i64..3), 0..12)) {
            let debits: Vec<Debit> = seqs.iter().enumerate().map(|(i, (s, d))| Debit {
                invoice_id: i as i64,
                invoice_number: format!("FACT-2026-{i:04}"),
                amount: Money::from_minor(100, crate::domain::money::Currency::EUR),
                debtor_name: "X".into(),
                mandate: mandate(MandateKind::Recurrent, 0),
                sequence: [Sequence::Frst, Sequence::Rcur, Sequence::Ooff][*s],
                date: day("2026-03-15") + chrono::Days::new(*d as u64),
            }).collect();
            let file = CollectionFile { message_id: "M".into(), made_on: day("2026-03-14"), debits };
            let batches = file.batches();
            let count: usize = batches.iter().map(|b| b.2.len()).sum();
            prop_assert_eq!(count, file.debits.len());
            for (s, d, debits) in batches {
                prop_assert!(debits.iter().all(|x| x.sequence == s && x.date == d));
            }
        }
    }
}
