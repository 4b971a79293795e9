//! Which open invoices a bank credit pays, and by which rule. Pure: the credits, the
//! open invoices and the customers in; a decision per credit out.
//!
//! Rules, in order, each tried on every credit before the next one:
//! 1. `number`: invoice numbers found in the bank text;
//! 2. `amount`: the amount equals the open balance of exactly one invoice of the payer;
//! 3. `sum`: the amount equals the sum of exactly one set of open invoices of the payer.
//!
//! The payer is the customer whose IBAN is the sender's (IBANs come from the customers
//! import and from earlier matches), else the one customer whose name (without legal
//! form) or code appears in the sender's name or the bank text.

mod payer;
mod reason;

use std::collections::HashMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;

pub use payer::{fold, identify_payer};
pub use reason::{Reason, Rule};

/// A bank credit not matched yet.
#[derive(Debug, Clone, PartialEq)]
pub struct Credit {
    pub id: i64,
    pub date: NaiveDate,
    pub amount: Decimal,
    pub text: String,
    pub counterparty: Option<String>,
    pub counterparty_iban: Option<String>,
}

/// An issued invoice with money still due.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenInvoice {
    pub id: i64,
    pub number: String,
    pub customer_id: i64,
    pub issue_date: NaiveDate,
    pub due_date: NaiveDate,
    pub balance: Decimal,
}

/// A customer as the matcher knows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Payer {
    pub customer_id: i64,
    pub code: String,
    pub name: String,
    pub ibans: Vec<String>,
}

/// One way to settle a credit: the customer and what goes to each invoice.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub rule: Rule,
    pub customer_id: i64,
    /// Invoice ids and the part of the credit each receives.
    pub parts: Vec<(i64, Decimal)>,
}

impl Proposal {
    pub fn allocated(&self) -> Decimal {
        self.parts.iter().map(|p| p.1).sum()
    }
}

/// What the matcher decided for one credit.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    Matched(Proposal),
    /// Several answers, or one the rules do not take alone: the user picks.
    Ambiguous {
        reason: Reason,
        candidates: Vec<Proposal>,
    },
    Unmatched {
        reason: Reason,
    },
}

/// Open invoices whose number appears in `text`, separators ignored ("FACT 2026 0001"
/// finds FACT-2026-0001), in the order of their due dates.
fn numbers_in(text: &str, index: &NumberIndex, invoices: &[OpenInvoice]) -> Vec<usize> {
    let folded: Vec<char> = fold(text).chars().filter(|c| *c != ' ').collect();
    let mut found: Vec<usize> = Vec::new();
    for start in 0..folded.len() {
        for &len in &index.lengths {
            let end = start + len;
            if end > folded.len() {
                continue;
            }
            let candidate: String = folded[start..end].iter().collect();
            let Some(&hit) = index.by_folded.get(&candidate) else {
                continue;
            };
            // a number ending in a digit is not the start of a longer number
            let next_digit = folded.get(end).is_some_and(char::is_ascii_digit);
            let prev_digit = start > 0 && folded[start - 1].is_ascii_digit();
            let first_digit = folded[start].is_ascii_digit();
            let last_digit = folded[end - 1].is_ascii_digit();
            if (last_digit && next_digit) || (first_digit && prev_digit) {
                continue;
            }
            if !found.contains(&hit) {
                found.push(hit);
            }
        }
    }
    found.sort_by_key(|&i| (invoices[i].due_date, invoices[i].issue_date, i));
    found
}

struct NumberIndex {
    /// Invoice numbers are unique, and stay unique folded but for odd cases
    /// (`F-1` and `F1`), which keep their first invoice only.
    by_folded: HashMap<String, usize>,
    lengths: Vec<usize>,
}

impl NumberIndex {
    fn new(invoices: &[OpenInvoice]) -> Self {
        let mut by_folded: HashMap<String, usize> = HashMap::with_capacity(invoices.len());
        for (i, inv) in invoices.iter().enumerate() {
            let key: String = fold(&inv.number).chars().filter(|c| *c != ' ').collect();
            // too short to be told from other text (F1, 12): never looked for
            if key.len() >= 4 {
                by_folded.entry(key).or_insert(i);
            }
        }
        let mut lengths: Vec<usize> = by_folded.keys().map(String::len).collect();
        lengths.sort_unstable();
        lengths.dedup();
        NumberIndex { by_folded, lengths }
    }
}

/// Sets of at least two invoices summing to `amount`; stops at two (enough to call it
/// ambiguous) or after a bounded search.
fn subsets_summing_to(amount: Decimal, items: &[(usize, Decimal)]) -> (Vec<Vec<usize>>, bool) {
    let mut sorted: Vec<(usize, Decimal)> = items.iter().copied().filter(|i| i.1 > Decimal::ZERO).collect();
    sorted.sort_by_key(|b| std::cmp::Reverse(b.1));
    let mut suffix = vec![Decimal::ZERO; sorted.len() + 1];
    for i in (0..sorted.len()).rev() {
        suffix[i] = suffix[i + 1] + sorted[i].1;
    }
    let mut found = Vec::new();
    let mut budget = 200_000usize;
    let mut chosen = Vec::new();
    fn walk(
        i: usize,
        left: Decimal,
        sorted: &[(usize, Decimal)],
        suffix: &[Decimal],
        chosen: &mut Vec<usize>,
        found: &mut Vec<Vec<usize>>,
        budget: &mut usize,
    ) {
        if found.len() >= 2 || *budget == 0 {
            return;
        }
        *budget -= 1;
        if left.is_zero() {
            if chosen.len() >= 2 {
                found.push(chosen.clone());
            }
            return;
        }
        if i == sorted.len() || suffix[i] < left || left < Decimal::ZERO {
            return;
        }
        if sorted[i].1 <= left {
            chosen.push(sorted[i].0);
            walk(i + 1, left - sorted[i].1, sorted, suffix, chosen, found, budget);
            chosen.pop();
        }
        walk(i + 1, left, sorted, suffix, chosen, found, budget);
    }
    walk(0, amount, &sorted, &suffix, &mut chosen, &mut found, &mut budget);
    (found, budget == 0)
}

/// Decides every credit. Credits are taken in date order; an invoice settled by one
/// credit is not offered to the next.
pub fn match_credits(credits: &[Credit], invoices: &[OpenInvoice], payers: &[Payer]) -> Vec<(i64, Decision)> {
    let mut balance: Vec<Decimal> = invoices.iter().map(|i| i.balance).collect();
    let index = NumberIndex::new(invoices);
    let mut by_customer: HashMap<i64, Vec<usize>> = HashMap::new();
    for (i, inv) in invoices.iter().enumerate() {
        by_customer.entry(inv.customer_id).or_default().push(i);
    }
    let mut order: Vec<usize> = (0..credits.len()).collect();
    order.sort_by_key(|&i| (credits[i].date, credits[i].id));
    let mut decisions: Vec<Option<Decision>> = vec![None; credits.len()];
    let payer_of: Vec<Option<i64>> = credits.iter().map(|c| identify_payer(c, payers)).collect();

    // rule 1: numbers in the text
    for &c in &order {
        let credit = &credits[c];
        if credit.amount <= Decimal::ZERO {
            decisions[c] = Some(Decision::Unmatched {
                reason: Reason::Debit,
            });
            continue;
        }
        let found: Vec<usize> = numbers_in(&credit.text, &index, invoices)
            .into_iter()
            .filter(|&i| balance[i] > Decimal::ZERO && invoices[i].issue_date <= credit.date)
            .collect();
        if found.is_empty() {
            continue;
        }
        let customers: Vec<i64> = {
            let mut v: Vec<i64> = found.iter().map(|&i| invoices[i].customer_id).collect();
            v.dedup();
            v
        };
        let numbers = found
            .iter()
            .map(|&i| invoices[i].number.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let due: Decimal = found.iter().map(|&i| balance[i]).sum();
        let mut left = credit.amount;
        // invoice positions and parts; ids for the proposal
        let taken: Vec<(usize, Decimal)> = found
            .iter()
            .filter_map(|&i| {
                let part = left.min(balance[i]);
                left -= part;
                (part > Decimal::ZERO).then_some((i, part))
            })
            .collect();
        let proposal = Proposal {
            rule: Rule::Number,
            customer_id: customers[0],
            parts: taken.iter().map(|&(i, part)| (invoices[i].id, part)).collect(),
        };
        decisions[c] = Some(if customers.len() > 1 {
            Decision::Ambiguous {
                reason: Reason::SeveralCustomers {
                    numbers: numbers.clone(),
                },
                candidates: Vec::new(),
            }
        } else if credit.amount > due {
            Decision::Ambiguous {
                reason: Reason::MoreThanDue {
                    amount: credit.amount,
                    due,
                    numbers: numbers.clone(),
                },
                candidates: vec![proposal],
            }
        } else {
            for &(i, part) in &taken {
                balance[i] -= part;
            }
            Decision::Matched(proposal)
        });
    }

    // rule 2: the amount of exactly one open invoice of the payer
    for &c in &order {
        if decisions[c].is_some() {
            continue;
        }
        let credit = &credits[c];
        let Some(payer) = payer_of[c] else {
            continue;
        };
        let open: Vec<usize> = by_customer
            .get(&payer)
            .map(|v| {
                v.iter()
                    .copied()
                    .filter(|&i| balance[i] > Decimal::ZERO && invoices[i].issue_date <= credit.date)
                    .collect()
            })
            .unwrap_or_default();
        let equal: Vec<usize> = open
            .iter()
            .copied()
            .filter(|&i| balance[i] == credit.amount)
            .collect();
        let proposal = |i: usize, rule: Rule| Proposal {
            rule,
            customer_id: payer,
            parts: vec![(invoices[i].id, balance[i])],
        };
        match equal.as_slice() {
            [] => {}
            [one] => {
                decisions[c] = Some(Decision::Matched(proposal(*one, Rule::Amount)));
                balance[*one] = Decimal::ZERO;
            }
            several => {
                decisions[c] = Some(Decision::Ambiguous {
                    reason: Reason::SameBalance { count: several.len() },
                    candidates: several.iter().map(|&i| proposal(i, Rule::Amount)).collect(),
                })
            }
        }
    }

    // rule 3: the sum of exactly one set of open invoices of the payer
    for &c in &order {
        if decisions[c].is_some() {
            continue;
        }
        let credit = &credits[c];
        let Some(payer) = payer_of[c] else {
            decisions[c] = Some(Decision::Unmatched {
                reason: Reason::NoPayer,
            });
            continue;
        };
        let open: Vec<(usize, Decimal)> = by_customer
            .get(&payer)
            .map(|v| {
                v.iter()
                    .filter(|&&i| invoices[i].issue_date <= credit.date)
                    .map(|&i| (i, balance[i]))
                    .filter(|x| x.1 > Decimal::ZERO)
                    .collect()
            })
            .unwrap_or_default();
        let (sets, cut_short) = subsets_summing_to(credit.amount, &open);
        let proposal = |set: &Vec<usize>| {
            let mut set = set.clone();
            set.sort_by_key(|&i| (invoices[i].due_date, i));
            Proposal {
                rule: Rule::Sum,
                customer_id: payer,
                parts: set.iter().map(|&i| (invoices[i].id, balance[i])).collect(),
            }
        };
        decisions[c] = Some(match sets.as_slice() {
            [one] if !cut_short => {
                let p = proposal(one);
                for &i in one {
                    balance[i] = Decimal::ZERO;
                }
                Decision::Matched(p)
            }
            [] if !cut_short => Decision::Unmatched {
                reason: Reason::NoSet,
            },
            _ => Decision::Ambiguous {
                reason: Reason::SeveralSets,
                candidates: sets.iter().map(proposal).collect(),
            },
        });
    }
    credits
        .iter()
        .zip(decisions)
        .map(|(c, d)| {
            (
                c.id,
                d.unwrap_or(Decision::Unmatched {
                    reason: Reason::NoRule,
                }),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    fn inv(id: i64, number: &str, customer: i64, balance: i64) -> OpenInvoice {
        OpenInvoice {
            id,
            number: number.into(),
            customer_id: customer,
            issue_date: day(1),
            due_date: day(1 + id as u32),
            balance: Decimal::from(balance),
        }
    }

    fn credit(id: i64, amount: i64, text: &str) -> Credit {
        Credit {
            id,
            date: day(10),
            amount: Decimal::from(amount),
            text: text.into(),
            counterparty: None,
            counterparty_iban: None,
        }
    }

    fn payers() -> Vec<Payer> {
        vec![
            Payer {
                customer_id: 1,
                code: "ACME".into(),
                name: "ACME SAS".into(),
                ibans: vec!["FR1420041010050500013M02606".into()],
            },
            Payer {
                customer_id: 2,
                code: "BOUL".into(),
                name: "Boulangerie Dupré SARL".into(),
                ibans: vec![],
            },
        ]
    }

    fn rule_of(d: &Decision) -> Option<Rule> {
        match d {
            Decision::Matched(p) => Some(p.rule),
            _ => None,
        }
    }

    #[test]
    fn the_number_in_the_text_comes_first_even_with_separators_changed() {
        let invoices = vec![
            inv(1, "FACT-2026-0001", 1, 1200),
            inv(2, "FACT-2026-0002", 1, 1200),
        ];
        let out = match_credits(
            &[credit(10, 1200, "VIR SEPA ACME FACT 2026 0002")],
            &invoices,
            &payers(),
        );
        assert_eq!(
            out[0].1,
            Decision::Matched(Proposal {
                rule: Rule::Number,
                customer_id: 1,
                parts: vec![(2, Decimal::from(1200))]
            })
        );
    }

    #[test]
    fn a_longer_number_is_not_taken_for_a_shorter_one() {
        let invoices = vec![inv(1, "F-2026-1", 1, 100)];
        let out = match_credits(&[credit(10, 100, "PAIEMENT F-2026-12")], &invoices, &[]);
        assert!(matches!(out[0].1, Decision::Unmatched { .. }), "{:?}", out[0].1);
    }

    #[test]
    fn the_amount_of_one_open_invoice_of_the_payer() {
        let invoices = vec![
            inv(1, "FACT-2026-0001", 1, 1200),
            inv(2, "FACT-2026-0002", 1, 800),
            inv(3, "FACT-2026-0003", 2, 800),
        ];
        let out = match_credits(&[credit(10, 800, "VIREMENT DE ACME")], &invoices, &payers());
        assert_eq!(rule_of(&out[0].1), Some(Rule::Amount));
        let Decision::Matched(p) = &out[0].1 else { panic!() };
        assert_eq!(p.parts, vec![(2, Decimal::from(800))]);
    }

    #[test]
    fn two_invoices_with_the_same_balance_are_ambiguous() {
        let invoices = vec![inv(1, "FACT-2026-0001", 1, 500), inv(2, "FACT-2026-0002", 1, 500)];
        let out = match_credits(&[credit(10, 500, "ACME")], &invoices, &payers());
        let Decision::Ambiguous { candidates, .. } = &out[0].1 else {
            panic!("{:?}", out[0].1)
        };
        assert_eq!(candidates.len(), 2);
    }

    #[test]
    fn one_payment_for_several_invoices_of_one_customer() {
        let invoices = vec![
            inv(1, "FACT-2026-0001", 2, 300),
            inv(2, "FACT-2026-0002", 2, 450),
            inv(3, "FACT-2026-0003", 2, 1000),
        ];
        let out = match_credits(&[credit(10, 750, "VIR BOULANGERIE DUPRE")], &invoices, &payers());
        let Decision::Matched(p) = &out[0].1 else {
            panic!("{:?}", out[0].1)
        };
        assert_eq!(p.rule, Rule::Sum);
        assert_eq!(p.parts, vec![(1, Decimal::from(300)), (2, Decimal::from(450))]);
    }

    #[test]
    fn a_statement_paying_two_invoices_one_by_number_one_by_amount() {
        // the second credit has the same amount as the first invoice: the number rule
        // takes that invoice first, so the amount rule finds the other one
        let invoices = vec![inv(1, "FACT-2026-0001", 1, 600), inv(2, "FACT-2026-0002", 1, 600)];
        let credits = vec![
            credit(10, 600, "ACME SAS VIREMENT"),
            credit(11, 600, "REGLEMENT FACT-2026-0002"),
        ];
        let out = match_credits(&credits, &invoices, &payers());
        let Decision::Matched(a) = &out[0].1 else {
            panic!("{:?}", out[0].1)
        };
        let Decision::Matched(b) = &out[1].1 else {
            panic!("{:?}", out[1].1)
        };
        assert_eq!((a.rule, a.parts[0].0), (Rule::Amount, 1));
        assert_eq!((b.rule, b.parts[0].0), (Rule::Number, 2));
    }

    #[test]
    fn the_payer_is_found_by_iban_before_name() {
        let mut c = credit(10, 1, "SOMETHING ELSE");
        c.counterparty_iban = Some("FR1420041010050500013M02606".into());
        assert_eq!(identify_payer(&c, &payers()), Some(1));
        let c = credit(10, 1, "VIR M. DUPRE BOULANGERIE");
        assert_eq!(identify_payer(&c, &payers()), Some(2));
        let c = credit(10, 1, "VIR DUPONT");
        assert_eq!(identify_payer(&c, &payers()), None);
    }

    #[test]
    fn more_than_the_balance_with_a_number_is_left_to_the_user() {
        let invoices = vec![inv(1, "FACT-2026-0001", 1, 100)];
        let out = match_credits(&[credit(10, 150, "FACT-2026-0001")], &invoices, &payers());
        assert!(matches!(&out[0].1, Decision::Ambiguous { candidates, .. } if candidates.len() == 1));
        let out = match_credits(&[credit(10, 60, "FACT-2026-0001")], &invoices, &payers());
        let Decision::Matched(p) = &out[0].1 else { panic!() };
        assert_eq!(p.parts, vec![(1, Decimal::from(60))]);
    }

    #[test]
    fn debits_and_strangers_stay_unmatched() {
        let invoices = vec![inv(1, "FACT-2026-0001", 1, 100)];
        let out = match_credits(
            &[credit(10, -100, "FACT-2026-0001"), credit(11, 100, "VIR INCONNU")],
            &invoices,
            &payers(),
        );
        assert!(out.iter().all(|(_, d)| matches!(d, Decision::Unmatched { .. })));
    }

    proptest! {
        #[test]
        fn a_match_never_takes_more_than_the_credit_or_an_invoice_owes(
            balances in proptest::collection::vec(1i64..2000, 1..8),
            amounts in proptest::collection::vec(1i64..4000, 1..6),
            named in proptest::collection::vec(proptest::option::of(0usize..8), 1..6),
        ) {
            let invoices: Vec<OpenInvoice> = balances.iter().enumerate()
                .map(|(i, b)| inv(i as i64 + 1, &format!("FACT-2026-{:04}", i + 1), 1, *b)).collect();
            let credits: Vec<Credit> = amounts.iter().zip(named.iter().chain(std::iter::repeat(&None))).enumerate()
                .map(|(i, (a, n))| {
                    let text = match n { Some(k) if *k < invoices.len() => format!("ACME {}", invoices[*k].number), _ => "ACME".into() };
                    credit(100 + i as i64, *a, &text)
                }).collect();
            let out = match_credits(&credits, &invoices, &payers());
            let mut taken: HashMap<i64, Decimal> = HashMap::new();
            for ((_, d), c) in out.iter().zip(&credits) {
                if let Decision::Matched(p) = d {
                    prop_assert!(p.allocated() <= c.amount);
                    prop_assert!(p.parts.iter().all(|x| x.1 > Decimal::ZERO));
                    for (id, part) in &p.parts {
                        *taken.entry(*id).or_default() += *part;
                    }
                }
            }
            for i in &invoices {
                prop_assert!(taken.get(&i.id).copied().unwrap_or_default() <= i.balance);
            }
        }
    }
}
