//! Spreading a payment over open invoices, and a customer's running balance.

use super::money::Money;
use chrono::NaiveDate;

/// An invoice that can receive money, in the order payments should settle them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenItem<K> {
    pub key: K,
    pub due_date: NaiveDate,
    pub issue_date: NaiveDate,
    pub balance: Money,
}

/// Settles the oldest invoices first (earliest due date, then issue date); what is left
/// over stays with the customer as credit.
pub fn allocate_oldest_first<K: Clone>(amount: Money, open: &[OpenItem<K>]) -> (Vec<(K, Money)>, Money) {
    let mut items: Vec<&OpenItem<K>> = open.iter().filter(|i| i.balance.is_positive()).collect();
    items.sort_by_key(|i| (i.due_date, i.issue_date));
    let mut left = amount;
    let mut out = Vec::new();
    for item in items {
        if !left.is_positive() {
            break;
        }
        let part = left.min(item.balance);
        out.push((item.key.clone(), part));
        left -= part;
    }
    (out, left)
}

/// Applies a customer's credit (what each payment holds unallocated, in the order given:
/// oldest payment first) to open invoices, oldest first. Returns (payment, invoice,
/// amount) for each part; what no invoice needs stays credit.
pub fn apply_credit<P: Clone, K: Clone>(credits: &[(P, Money)], open: &[OpenItem<K>]) -> Vec<(P, K, Money)> {
    // by position, so that each invoice's balance goes down as credit is applied to it
    let mut left: Vec<OpenItem<usize>> = open
        .iter()
        .enumerate()
        .map(|(i, item)| OpenItem {
            key: i,
            due_date: item.due_date,
            issue_date: item.issue_date,
            balance: item.balance,
        })
        .collect();
    let mut out = Vec::new();
    for (payment, free) in credits {
        let (parts, _) = allocate_oldest_first(*free, &left);
        for (i, part) in parts {
            left[i].balance -= part;
            out.push((payment.clone(), open[i].key.clone(), part));
        }
    }
    out
}

/// Takes back `excess` from allocations, newest payment first: what a credit note frees
/// when it cancels an amount already paid. Returns what is taken from each (never zero).
pub fn release_newest_first<K: Clone>(
    excess: Money,
    allocations: &[(K, NaiveDate, Money)],
) -> Vec<(K, Money)> {
    let mut items: Vec<&(K, NaiveDate, Money)> = allocations.iter().collect();
    items.sort_by_key(|(_, d, _)| std::cmp::Reverse(*d));
    let mut left = excess.max(Money::zero(excess.currency()));
    let mut out = Vec::new();
    for (key, _, amount) in items {
        let take = left.min(*amount);
        if take.is_positive() {
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
    pub debit: Money,
    pub credit: Money,
}

/// Sorts events by date, then kind of event (`order`), and adds the running balance
/// (debits minus credits). Events of one day and kind keep the order they are given in
/// (the order they were recorded): two payments of a day are not sorted by their text.
pub fn running_balance(mut events: Vec<AccountEvent>, opening: Money) -> Vec<(AccountEvent, Money)> {
    events.sort_by_key(|e| (e.date, e.order));
    let mut balance = opening;
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
            balance: Money::eur(balance * 100),
        }
    }

    #[test]
    fn oldest_invoice_is_settled_first() {
        let open = vec![item(1, 20, 300), item(2, 10, 200), item(3, 15, 500)];
        let (parts, left) = allocate_oldest_first(Money::eur(600 * 100), &open);
        assert_eq!(
            parts,
            vec![(2, Money::eur(200 * 100)), (3, Money::eur(400 * 100))]
        );
        assert_eq!(left, Money::eur(0));
    }

    #[test]
    fn credit_of_several_payments_settles_the_oldest_invoices_first() {
        let open = vec![item(1, 20, 300), item(2, 10, 200)];
        let credits = [("p1", Money::eur(150 * 100)), ("p2", Money::eur(400 * 100))];
        assert_eq!(
            apply_credit(&credits, &open),
            vec![
                ("p1", 2, Money::eur(150 * 100)),
                ("p2", 2, Money::eur(50 * 100)),
                ("p2", 1, Money::eur(300 * 100)),
            ]
        );
        assert!(apply_credit(&credits, &[] as &[OpenItem<u32>]).is_empty());
    }

    #[test]
    fn excess_is_left_as_credit() {
        let (parts, left) = allocate_oldest_first(Money::eur(1000 * 100), &[item(1, 5, 300)]);
        assert_eq!(parts, vec![(1, Money::eur(300 * 100))]);
        assert_eq!(left, Money::eur(700 * 100));
    }

    #[test]
    fn release_takes_from_newest_payment() {
        let allocs = vec![
            ("a", day(5), Money::eur(300 * 100)),
            ("b", day(9), Money::eur(200 * 100)),
        ];
        let out = release_newest_first(Money::eur(250 * 100), &allocs);
        assert_eq!(
            out,
            vec![("b", Money::eur(200 * 100)), ("a", Money::eur(50 * 100))]
        );
    }

    #[test]
    fn running_balance_orders_by_date() {
        let ev = |d, order, r: &str, debit: i64, credit: i64| AccountEvent {
            date: day(d),
            order,
            kind: "x",
            reference: r.into(),
            debit: Money::eur(debit * 100),
            credit: Money::eur(credit * 100),
        };
        let rows = running_balance(
            vec![
                ev(9, 2, "P1", 0, 500),
                ev(3, 0, "F1", 1200, 0),
                ev(9, 0, "F2", 100, 0),
            ],
            Money::eur(0),
        );
        let balances: Vec<Money> = rows.iter().map(|r| r.1).collect();
        assert_eq!(
            balances,
            vec![
                Money::eur(1200 * 100),
                Money::eur(1300 * 100),
                Money::eur(800 * 100)
            ]
        );
    }

    #[test]
    fn events_of_one_day_and_kind_keep_their_recorded_order() {
        let ev = |r: &str| AccountEvent {
            date: day(9),
            order: 2,
            kind: "payment",
            reference: r.into(),
            debit: Money::eur(0),
            credit: Money::eur(100),
        };
        let rows = running_balance(vec![ev("transfer VIR 2"), ev("check 1")], Money::eur(0));
        let refs: Vec<&str> = rows.iter().map(|r| r.0.reference.as_str()).collect();
        assert_eq!(refs, ["transfer VIR 2", "check 1"]);
    }

    proptest! {
        #[test]
        fn allocation_conserves_money(amount in 1i64..10_000_000, balances in proptest::collection::vec((1u32..28, 0i64..1_000_000), 0..10)) {
            let open: Vec<OpenItem<usize>> = balances.iter().enumerate()
                .map(|(k, (d, b))| OpenItem { key: k, due_date: day(*d), issue_date: day(1), balance: Money::eur(*b) })
                .collect();
            let amount = Money::eur(amount);
            let (parts, left) = allocate_oldest_first(amount, &open);
            prop_assert_eq!(Money::sum(parts.iter().map(|p| p.1), amount.currency()) + left, amount);
            prop_assert!(left >= Money::eur(0));
            for (k, a) in &parts {
                prop_assert!(a.is_positive() && *a <= open[*k].balance);
            }
            let open_total = Money::sum(open.iter().map(|o| o.balance), amount.currency());
            prop_assert_eq!(left, (amount - open_total).max(Money::eur(0)));
        }
    }
}
