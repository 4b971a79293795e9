//! Spreading a payment over open invoices, and a customer's running balance.

use chrono::NaiveDate;
use rust_decimal::Decimal;

/// An invoice that can receive money, in the order payments should settle them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenItem<K> {
    pub key: K,
    pub due_date: NaiveDate,
    pub issue_date: NaiveDate,
    pub balance: Decimal,
}

/// Settles the oldest invoices first (earliest due date, then issue date); what is left
/// over stays with the customer as credit.
pub fn allocate_oldest_first<K: Clone>(
    amount: Decimal,
    open: &[OpenItem<K>],
) -> (Vec<(K, Decimal)>, Decimal) {
    let mut items: Vec<&OpenItem<K>> = open.iter().filter(|i| i.balance > Decimal::ZERO).collect();
    items.sort_by_key(|i| (i.due_date, i.issue_date));
    let mut left = amount;
    let mut out = Vec::new();
    for item in items {
        if left <= Decimal::ZERO {
            break;
        }
        let part = left.min(item.balance);
        out.push((item.key.clone(), part));
        left -= part;
    }
    (out, left)
}

/// Takes back `excess` from allocations, newest payment first: what a credit note frees
/// when it cancels an amount already paid. Returns what is taken from each (never zero).
pub fn release_newest_first<K: Clone>(
    excess: Decimal,
    allocations: &[(K, NaiveDate, Decimal)],
) -> Vec<(K, Decimal)> {
    let mut items: Vec<&(K, NaiveDate, Decimal)> = allocations.iter().collect();
    items.sort_by_key(|(_, d, _)| std::cmp::Reverse(*d));
    let mut left = excess.max(Decimal::ZERO);
    let mut out = Vec::new();
    for (key, _, amount) in items {
        let take = left.min(*amount);
        if take > Decimal::ZERO {
            left -= take;
            out.push((key.clone(), take));
        }
    }
    out
}

/// One event in a customer's account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountEvent {
    pub date: NaiveDate,
    /// Invoice numbers come before payments of the same day.
    pub order: u8,
    pub kind: &'static str,
    pub reference: String,
    pub debit: Decimal,
    pub credit: Decimal,
}

/// Sorts events by date and adds the running balance (debits minus credits).
pub fn running_balance(mut events: Vec<AccountEvent>) -> Vec<(AccountEvent, Decimal)> {
    events.sort_by(|a, b| (a.date, a.order, &a.reference).cmp(&(b.date, b.order, &b.reference)));
    let mut balance = Decimal::ZERO;
    events
        .into_iter()
        .map(|e| {
            balance += e.debit - e.credit;
            (e, balance)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(n: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, n).unwrap()
    }

    fn item(key: u32, due: u32, balance: i64) -> OpenItem<u32> {
        OpenItem {
            key,
            due_date: day(due),
            issue_date: day(1),
            balance: Decimal::from(balance),
        }
    }

    #[test]
    fn oldest_invoice_is_settled_first() {
        let open = vec![item(1, 20, 300), item(2, 10, 200), item(3, 15, 500)];
        let (parts, left) = allocate_oldest_first(Decimal::from(600), &open);
        assert_eq!(parts, vec![(2, Decimal::from(200)), (3, Decimal::from(400))]);
        assert_eq!(left, Decimal::ZERO);
    }

    #[test]
    fn excess_is_left_as_credit() {
        let (parts, left) = allocate_oldest_first(Decimal::from(1000), &[item(1, 5, 300)]);
        assert_eq!(parts, vec![(1, Decimal::from(300))]);
        assert_eq!(left, Decimal::from(700));
    }

    #[test]
    fn release_takes_from_newest_payment() {
        let allocs = vec![
            ("a", day(5), Decimal::from(300)),
            ("b", day(9), Decimal::from(200)),
        ];
        let out = release_newest_first(Decimal::from(250), &allocs);
        assert_eq!(out, vec![("b", Decimal::from(200)), ("a", Decimal::from(50))]);
    }

    #[test]
    fn running_balance_orders_by_date() {
        let ev = |d, order, r: &str, debit: i64, credit: i64| AccountEvent {
            date: day(d),
            order,
            kind: "x",
            reference: r.into(),
            debit: Decimal::from(debit),
            credit: Decimal::from(credit),
        };
        let rows = running_balance(vec![
            ev(9, 2, "P1", 0, 500),
            ev(3, 0, "F1", 1200, 0),
            ev(9, 0, "F2", 100, 0),
        ]);
        let balances: Vec<Decimal> = rows.iter().map(|r| r.1).collect();
        assert_eq!(
            balances,
            vec![Decimal::from(1200), Decimal::from(1300), Decimal::from(800)]
        );
    }

    proptest! {
        #[test]
        fn allocation_conserves_money(amount in 1i64..10_000_000, balances in proptest::collection::vec((1u32..28, 0i64..1_000_000), 0..10)) {
            let open: Vec<OpenItem<usize>> = balances.iter().enumerate()
                .map(|(k, (d, b))| OpenItem { key: k, due_date: day(*d), issue_date: day(1), balance: Decimal::new(*b, 2) })
                .collect();
            let amount = Decimal::new(amount, 2);
            let (parts, left) = allocate_oldest_first(amount, &open);
            prop_assert_eq!(parts.iter().map(|p| p.1).sum::<Decimal>() + left, amount);
            prop_assert!(left >= Decimal::ZERO);
            for (k, a) in &parts {
                prop_assert!(*a > Decimal::ZERO && *a <= open[*k].balance);
            }
            let open_total: Decimal = open.iter().map(|o| o.balance).sum();
            prop_assert_eq!(left, (amount - open_total).max(Decimal::ZERO));
        }
    }
}
