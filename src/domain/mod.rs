//! The pure accounting core: no I/O, no clock, no SQLite.

pub mod aging;
pub mod allocation;
pub mod archive;
pub mod audit;
pub mod bank;
pub mod company;
pub mod credit_limit;
pub mod customer;
pub mod daily;
pub mod dashboard;
pub mod delivery;
pub mod deposit;
pub mod discount;
pub mod document;
pub mod dunning;
pub mod einvoice;
pub mod exchange;
pub mod fec;
pub mod hold;
pub mod identity;
pub mod import;
pub mod interest;
pub mod invoice;
pub mod invoice_list;
pub mod kpi;
pub mod matching;
pub mod mentions;
pub mod money;
pub mod numbering;
pub mod offer;
pub mod payment;
pub mod product;
pub mod receivable;
pub mod recurring;
pub mod reminder;
pub mod report;
pub mod score;
pub mod sepa;
pub mod standings;
pub mod status;
pub mod story;
pub mod tally;
pub mod vat_rates;

/// A rule of the ledger was broken by the input; the message says how to fix it.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DomainError {
    #[error("{0}")]
    Invalid(String),
}

/// The plain capital letter of an accented French letter (é → E, ç → C); any other
/// character as it is. Codes, names and numbers compare through it.
pub fn unaccent(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' | 'Ä' | 'Á' => 'A',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'î' | 'ï' | 'í' | 'Î' | 'Ï' | 'Í' => 'I',
        'ô' | 'ö' | 'ó' | 'Ô' | 'Ö' | 'Ó' => 'O',
        'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' | 'Ú' => 'U',
        'ç' | 'Ç' => 'C',
        other => other,
    }
}

/// Reads a YYYY-MM-DD date.
pub fn parse_date(what: &str, text: &str) -> Result<chrono::NaiveDate, DomainError> {
    chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| DomainError::Invalid(crate::t!("domain-not-a-date", what = what, text = text)))
}

#[cfg(test)]
mod tests {
    use super::unaccent;

    #[test]
    fn accents_fold_to_plain_capitals() {
        let folded: String = "Éléonore Çà Où ñ".chars().map(unaccent).collect();
        assert_eq!(folded, "ElEonore CA OU ñ");
    }
}
