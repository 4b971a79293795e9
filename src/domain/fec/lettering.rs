//! Numbering and matching letters: entries get a number per journal as they are written,
//! and the 411 lines of an invoice and of what settled it share a letter once they balance.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::{Entry, FecAccounts, Journal};
use crate::domain::money::Money;

/// Letters in the order A, B, ..., Z, AA, AB...
pub fn letter(mut n: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (n % 26) as u8);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// The customer-account (411) lines of one invoice within a file: the invoice's debit
/// and what settled it. Balanced and holding the invoice itself, they share a letter.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MatchGroup {
    pub debit: Money,
    pub credit: Money,
    pub last: Option<NaiveDate>,
    pub has_invoice: bool,
}

impl MatchGroup {
    pub fn add(&mut self, debit: Money, credit: Money, date: NaiveDate, is_invoice: bool) {
        self.debit += debit;
        self.credit += credit;
        self.last = Some(self.last.map_or(date, |d| d.max(date)));
        self.has_invoice |= is_invoice;
    }

    pub fn is_settled(&self) -> bool {
        self.has_invoice && self.debit == self.credit && self.debit.is_positive()
    }
}

/// Letters for the settled groups, in the order given, dated the day of their last line.
pub fn assign_letters(
    groups: impl IntoIterator<Item = (i64, MatchGroup)>,
) -> HashMap<i64, (String, NaiveDate)> {
    let mut letters = HashMap::new();
    for (key, g) in groups {
        if let (true, Some(last)) = (g.is_settled(), g.last) {
            let l = letter(letters.len());
            letters.insert(key, (l, last));
        }
    }
    letters
}

/// Numbers entries per journal as they are written (they must come in chronological
/// order) and puts the matching letters on their 411 lines. Numbers run on over the
/// ledger's whole life, so an entry has the same number in every file that holds it.
pub struct Stamper<'a> {
    accounts: &'a FecAccounts,
    letters: HashMap<i64, (String, NaiveDate)>,
    counters: HashMap<Journal, usize>,
    /// Entries of each journal dated before the file's first day.
    before: HashMap<Journal, usize>,
}

impl<'a> Stamper<'a> {
    pub fn new(accounts: &'a FecAccounts, letters: HashMap<i64, (String, NaiveDate)>) -> Self {
        Stamper {
            accounts,
            letters,
            counters: HashMap::new(),
            before: HashMap::new(),
        }
    }

    /// Numbers continue after `before` entries per journal, those dated before the file.
    pub fn continuing(mut self, before: impl IntoIterator<Item = (Journal, usize)>) -> Self {
        self.before = before.into_iter().collect();
        self.counters = self.before.clone();
        self
    }

    pub fn stamp(&mut self, e: &mut Entry) {
        let letters = std::mem::take(&mut self.letters);
        let stamped = self.stamp_with(e, |key| {
            Ok::<_, std::convert::Infallible>(letters.get(&key).cloned())
        });
        self.letters = letters;
        match stamped {
            Ok(()) => {}
            Err(never) => match never {},
        }
    }

    /// Like [`Stamper::stamp`], the letters looked up one settled key at a time by
    /// `letter_of` (a large file keeps them out of memory).
    pub fn stamp_with<E>(
        &mut self,
        e: &mut Entry,
        mut letter_of: impl FnMut(i64) -> Result<Option<(String, NaiveDate)>, E>,
    ) -> Result<(), E> {
        let n = self.counters.entry(e.journal).or_insert(0);
        *n += 1;
        let code = match e.journal {
            Journal::Sales => &self.accounts.sales_journal,
            Journal::Bank => &self.accounts.bank_journal,
            Journal::Misc => &self.accounts.misc_journal,
            Journal::Opening => &self.accounts.opening_journal,
            Journal::Carried => &self.accounts.carried_journal,
        };
        e.number = format!("{code}{n:06}");
        for l in &mut e.lines {
            if let Some(key) = l.settles {
                l.letter = letter_of(key)?;
            }
        }
        Ok(())
    }

    /// Entries written so far per journal.
    pub fn count(&self, journal: Journal) -> usize {
        let get = |m: &HashMap<Journal, usize>| m.get(&journal).copied().unwrap_or(0);
        get(&self.counters) - get(&self.before)
    }
}

/// The order entries are written in: by date, then opening, sales, bank, misc.
pub fn chronological_key(e: &Entry) -> (NaiveDate, Journal) {
    (e.date, e.journal)
}

/// For entries held in memory: sorts, numbers and letters them in one go.
pub fn finish(entries: &mut [Entry], accounts: &FecAccounts) {
    entries.sort_by(|a, b| (chronological_key(a), &a.piece_ref).cmp(&(chronological_key(b), &b.piece_ref)));
    let mut groups: Vec<(i64, MatchGroup)> = Vec::new();
    for e in entries.iter() {
        for l in &e.lines {
            if let Some(key) = l.settles {
                let i = match groups.iter().position(|g| g.0 == key) {
                    Some(i) => i,
                    None => {
                        groups.push((key, MatchGroup::default()));
                        groups.len() - 1
                    }
                };
                groups[i].1.add(
                    l.debit,
                    l.credit,
                    e.date,
                    matches!(e.journal, Journal::Sales | Journal::Opening | Journal::Carried)
                        && l.debit.is_positive(),
                );
            }
        }
    }
    let mut stamper = Stamper::new(accounts, assign_letters(groups));
    for e in entries.iter_mut() {
        stamper.stamp(e);
    }
}
