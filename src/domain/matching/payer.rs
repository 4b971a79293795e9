//! Who sent a bank credit: the customer whose IBAN is the sender's, else the one whose
//! name (without legal form) or code appears in the sender's name or the bank text.

use super::{Credit, Payer};

/// Letters and digits only, upper case, accents dropped: how numbers and names compare.
pub fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match crate::domain::unaccent(c) {
            c if c.is_ascii_alphanumeric() => c.to_ascii_uppercase(),
            _ => ' ',
        })
        .collect()
}

/// Words of a company name that say nothing about who it is.
const NOISE: &[&str] = &[
    "SA", "SAS", "SASU", "SARL", "EURL", "SCI", "SNC", "SELARL", "SCOP", "EI", "STE", "SOCIETE", "ETS",
    "CIE", "ET", "DE", "DU", "DES", "LA", "LE", "LES", "L", "D", "M", "MME", "MR", "MLLE", "THE", "LTD",
    "GMBH", "INC",
];

fn significant_words(name: &str) -> Vec<String> {
    fold(name)
        .split_whitespace()
        .filter(|w| !NOISE.contains(w))
        .map(str::to_string)
        .collect()
}

/// The customer who sent a credit, if exactly one fits (see the module's doc).
pub fn identify_payer(credit: &Credit, payers: &[Payer]) -> Option<i64> {
    if let Some(iban) = &credit.counterparty_iban {
        let by_iban: Vec<i64> = payers
            .iter()
            .filter(|p| p.ibans.iter().any(|i| i == iban))
            .map(|p| p.customer_id)
            .collect();
        if by_iban.len() == 1 {
            return by_iban.first().copied();
        }
    }
    let haystack = format!("{} {}", credit.counterparty.as_deref().unwrap_or(""), credit.text);
    let words: std::collections::HashSet<String> =
        fold(&haystack).split_whitespace().map(str::to_string).collect();
    let mut best: Vec<(usize, i64)> = Vec::new();
    for p in payers {
        let name = significant_words(&p.name);
        let by_name = !name.is_empty() && name.iter().all(|w| words.contains(w));
        let code = fold(&p.code).replace(' ', "");
        let by_code = code.len() >= 3 && words.contains(&code);
        if by_name || by_code {
            // more words matched: the more specific customer ("ACME LYON" over "ACME")
            best.push((if by_name { name.len() } else { 0 }, p.customer_id));
        }
    }
    best.sort_by_key(|b| std::cmp::Reverse(b.0));
    match best.as_slice() {
        [] => None,
        [one] => Some(one.1),
        [first, second, ..] if first.0 > second.0 => Some(first.1),
        _ => None,
    }
}
