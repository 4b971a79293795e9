//! Lines, discounts and totals: examples and properties.

use super::*;
use proptest::prelude::*;
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn m(s: &str) -> Money {
    Money::from_decimal(d(s), EUR)
}

const EUR: Currency = Currency::EUR;

fn line(qty: &str, price: &str, rate: &str) -> Line {
    Line {
        sku: None,
        designation: "x".into(),
        quantity: d(qty),
        unit_price: d(price),
        vat_rate: d(rate),
        unit: None,
        kind: LineKind::Service,
        discount: None,
    }
}

#[test]
fn parses_free_line_with_commas() {
    let spec = LineSpec::parse("Audit; sécurité;1,5;500,50;5,5").unwrap();
    let LineSpec::Free(l) = spec else { panic!() };
    assert_eq!(l.designation, "Audit; sécurité");
    assert_eq!(l.quantity, d("1.5"));
    assert_eq!(l.unit_price, d("500.5"));
    assert_eq!(l.vat_rate, d("5.5"));
}

#[test]
fn a_free_line_sells_goods_when_its_fifth_field_says_so() {
    let kind = |text: &str| match LineSpec::parse(text).unwrap() {
        LineSpec::Free(l) => (l.designation, l.kind),
        other => panic!("{other:?}"),
    };
    assert_eq!(kind("Chaise;2;80;20;goods"), ("Chaise".into(), LineKind::Goods));
    assert_eq!(kind("Chaise;2;80;20;biens"), ("Chaise".into(), LineKind::Goods));
    assert_eq!(
        kind("Conseil;1;500;20;service"),
        ("Conseil".into(), LineKind::Service)
    );
    assert_eq!(kind("Conseil;1;500;20"), ("Conseil".into(), LineKind::Service));
    assert_eq!(kind("A;B;1;10;20"), ("A;B".into(), LineKind::Service));
    assert!(LineSpec::parse("Chaise;2;80;20;truc").is_err());
}

#[test]
fn parses_catalogue_line() {
    assert_eq!(
        LineSpec::parse("@AUDIT;2").unwrap(),
        LineSpec::Product {
            sku: "AUDIT".into(),
            quantity: d("2"),
            discount: None,
        }
    );
}

#[test]
fn refuses_bad_lines() {
    for bad in [
        "Audit;2;500",
        "Audit;0;500;20",
        "Audit;-1;500;20",
        "Audit;1;500.123;20",
        "Audit;1;500;vingt",
        ";1;500;20",
        "@;2",
        "@AUDIT",
        "@AUDIT;0",
    ] {
        assert!(LineSpec::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn vat_is_computed_per_rate_on_the_sum_of_lines() {
    // three lines of 0.10 at 20 %: per line VAT would round 0.02 × 3 = 0.06,
    // per rate it is 0.30 × 20 % = 0.06 too; with 0.15 it differs: 0.03 × 3 = 0.09 vs 0.45 × 0.2 = 0.09
    let lines = vec![
        line("1", "0.33", "20"),
        line("1", "0.33", "20"),
        line("1", "0.33", "20"),
    ];
    let t = compute_totals(&lines, None, false, EUR);
    assert_eq!(t.net, m("0.99"));
    assert_eq!(t.vat, m("0.20")); // 0.198 → 0.20, where per line it would be 0.07 × 3 = 0.21
    assert_eq!(t.total, m("1.19"));
}

#[test]
fn totals_by_rate() {
    let lines = vec![
        line("2", "500", "20"),
        line("3", "10.50", "5.5"),
        line("1", "100", "20"),
    ];
    let t = compute_totals(&lines, None, false, EUR);
    assert_eq!(t.by_rate.len(), 2);
    assert_eq!(t.by_rate[0], VatBreakdown::plain(d("20"), m("1100"), m("220")));
    assert_eq!(t.by_rate[1], VatBreakdown::plain(d("5.5"), m("31.50"), m("1.73")));
    assert_eq!(t.total, m("1353.23"));
}

#[test]
fn gross_prices_keep_the_total_exact() {
    let lines = vec![line("1", "100", "20")];
    let t = compute_totals(&lines, None, true, EUR);
    assert_eq!(t.net, m("83.33"));
    assert_eq!(t.vat, m("16.67"));
    assert_eq!(t.total, m("100"));
}

#[test]
fn empty_or_negative_documents_are_refused() {
    assert!(validate_lines(&[], None, false, EUR).is_err());
    assert!(validate_lines(&[line("1", "-5", "20")], None, false, EUR).is_err());
    assert!(validate_lines(&[line("1", "10", "20"), line("1", "-2", "20")], None, false, EUR).is_ok());
}

#[test]
fn a_single_rate_is_read_back_from_totals() {
    assert_eq!(single_vat_rate(m("1000"), m("200")), Some(d("20")));
    assert_eq!(single_vat_rate(m("351"), m("19.31")), Some(d("5.5")));
    assert_eq!(single_vat_rate(m("1000"), m("0")), Some(d("0")));
    // 900 at 20 % and 351 at 5.5 %: no single rate
    assert_eq!(single_vat_rate(m("1251"), m("199.31")), None);
}

#[test]
fn split_by_rate_sums_to_the_amount() {
    let t = compute_totals(
        &[line("1", "100", "20"), line("1", "100", "5.5")],
        None,
        false,
        EUR,
    );
    let parts = split_gross_by_rate(m("100"), &t);
    assert_eq!(Money::sum(parts.iter().map(|p| p.1), EUR), m("100"));
    assert_eq!(parts.len(), 2);
}

#[test]
fn a_line_reads_its_discount_before_its_kind() {
    let free = |text: &str| match LineSpec::parse(text).unwrap() {
        LineSpec::Free(l) => (l.designation, l.discount, l.kind),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        free("Audit;2;500;20;-10%"),
        (
            "Audit".into(),
            Some(Discount::Percent(d("10"))),
            LineKind::Service
        )
    );
    assert_eq!(
        free("Chaise;2;80;20;-50;goods"),
        ("Chaise".into(), Some(Discount::Amount(d("50"))), LineKind::Goods)
    );
    assert_eq!(
        LineSpec::parse("@AUDIT;2;-5%").unwrap(),
        LineSpec::Product {
            sku: "AUDIT".into(),
            quantity: d("2"),
            discount: Some(Discount::Percent(d("5")))
        }
    );
    assert!(LineSpec::parse("Audit;2;500;20;-abc").is_err());
    assert!(LineSpec::parse("Audit;2;500;20;-150%").is_err());
}

#[test]
fn vat_is_computed_after_a_line_discount() {
    let mut l = line("2", "500", "20");
    l.discount = Some(Discount::Percent(d("10")));
    assert_eq!(l.base_amount(EUR), m("1000"));
    assert_eq!(l.amount(EUR), m("900"));
    let t = compute_totals(&[l], None, false, EUR);
    assert_eq!((t.net, t.vat, t.total), (m("900"), m("180"), m("1080")));
}

#[test]
fn a_document_discount_is_shared_over_the_rates_before_vat() {
    // 1000 at 20 % and 500 at 5.5 %, 10 % off: 100 and 50 off, VAT on 900 and 450
    let lines = [line("1", "1000", "20"), line("1", "500", "5.5")];
    let t = compute_totals(&lines, Some(Discount::Percent(d("10"))), false, EUR);
    assert_eq!(t.lines, m("1500"));
    assert_eq!(t.discount, m("150"));
    assert_eq!(t.allowance, m("150"));
    assert_eq!(t.by_rate[0].allowance, m("100"));
    assert_eq!(t.by_rate[0].net, m("900"));
    assert_eq!(t.by_rate[0].vat, m("180"));
    assert_eq!(t.by_rate[1].net, m("450"));
    assert_eq!(t.by_rate[1].vat, m("24.75"));
    assert_eq!(t.total, m("1554.75"));
    // an amount: 100 off 1500, shared 66.67 / 33.33
    let t = compute_totals(&lines, Some(Discount::Amount(d("100"))), false, EUR);
    assert_eq!(t.by_rate[0].allowance, m("66.67"));
    assert_eq!(t.by_rate[1].allowance, m("33.33"));
}

#[test]
fn discounts_over_what_they_apply_to_are_refused() {
    let mut l = line("1", "100", "20");
    l.discount = Some(Discount::Amount(d("100.01")));
    assert!(validate_lines(&[l.clone()], None, false, EUR).is_err());
    l.discount = Some(Discount::Amount(d("100")));
    // the line is free, but the document comes to nothing
    assert!(validate_lines(&[l], None, false, EUR).is_err());
    let lines = [line("1", "100", "20")];
    assert!(validate_lines(&lines, Some(Discount::Amount(d("100"))), false, EUR).is_err());
    assert!(validate_lines(&lines, Some(Discount::Percent(d("100"))), false, EUR).is_err());
    assert!(validate_lines(&lines, Some(Discount::Amount(d("99.99"))), false, EUR).is_ok());
    // a rate whose lines come to less than nothing cannot take a share
    let lines = [line("1", "100", "20"), line("1", "-10", "5.5")];
    assert!(validate_lines(&lines, Some(Discount::Percent(d("5"))), false, EUR).is_err());
}

#[test]
fn line_shares_add_up_to_each_rate_after_the_discount() {
    let lines = [
        line("1", "100", "20"),
        line("2", "33.33", "20"),
        line("1", "10", "10"),
    ];
    let discount = Some(Discount::Percent(d("7")));
    let t = compute_totals(&lines, discount, false, EUR);
    let shares = line_net_shares(&lines, discount, false, EUR);
    assert_eq!(Money::sum(shares.iter().copied(), EUR), t.net);
}

proptest! {
    #[test]
    fn a_document_discount_keeps_every_total_consistent(
        raw in proptest::collection::vec((1i64..1_000, 1i64..1_000_000, 0usize..4, 0i64..60), 1..10),
        gross in any::<bool>(),
        percent in 1i64..9_999,
        amount in 1i64..100_000_000,
        as_amount in any::<bool>(),
    ) {
        let rates = ["20", "10", "5.5", "0"];
        let lines: Vec<Line> = raw.iter().map(|(q, p, r, off)| Line {
            sku: None, designation: "x".into(),
            quantity: Decimal::new(*q, 1), unit_price: Decimal::new(*p, 2),
            vat_rate: d(rates[*r]), unit: None, kind: LineKind::Service,
            discount: (*off > 0).then(|| Discount::Percent(Decimal::from(*off))),
        }).collect();
        let discount = if as_amount {
            Discount::Amount(Decimal::new(amount, 2))
        } else {
            Discount::Percent(Decimal::new(percent, 2))
        };
        let Ok(t) = validate_lines(&lines, Some(discount), gross, EUR) else {
            // refused only when the discount is not below the lines
            prop_assert!(discount.of(compute_totals(&lines, None, gross, EUR).lines) >= compute_totals(&lines, None, gross, EUR).lines);
            return Ok(());
        };
        let line_sum = Money::sum(lines.iter().map(|l| l.amount(EUR)), EUR);
        prop_assert_eq!(t.lines, line_sum);
        prop_assert_eq!(t.discount, discount.of(line_sum));
        prop_assert_eq!(t.total, t.net + t.vat);
        // EN 16931 BR-CO-13: tax basis = lines - allowances; BR-CO-11: the sum of the allowances
        prop_assert_eq!(t.net, t.lines_net - t.allowance);
        prop_assert_eq!(t.allowance, Money::sum(t.by_rate.iter().map(|b| b.allowance), EUR));
        prop_assert_eq!(t.lines_net, Money::sum(t.by_rate.iter().map(|b| b.lines_net), EUR));
        for b in &t.by_rate {
            prop_assert_eq!(b.net, b.lines_net - b.allowance);
            prop_assert!(!b.allowance.is_negative());
            if !gross {
                prop_assert_eq!(b.vat, b.net.times(b.rate / Decimal::ONE_HUNDRED));
            }
        }
        if gross {
            prop_assert_eq!(t.total, line_sum - t.discount);
        } else {
            prop_assert_eq!(t.allowance, t.discount);
        }
    }

    #[test]
    fn total_is_net_plus_vat_and_vat_matches_rate(
        raw in proptest::collection::vec((1i64..10_000, 0i64..1_000_000, 0usize..4), 1..12),
        gross in any::<bool>(),
    ) {
        let rates = ["20", "10", "5.5", "0"];
        let lines: Vec<Line> = raw.iter().map(|(q, p, r)| Line {
            sku: None, designation: "x".into(),
            quantity: Decimal::new(*q, 2), unit_price: Decimal::new(*p, 2),
            vat_rate: d(rates[*r]), unit: None, kind: LineKind::Service, discount: None,
        }).collect();
        let t = compute_totals(&lines, None, gross, EUR);
        prop_assert_eq!(t.total, t.net + t.vat);
        prop_assert_eq!(t.net, Money::sum(t.by_rate.iter().map(|b| b.net), EUR));
        prop_assert_eq!(t.vat, Money::sum(t.by_rate.iter().map(|b| b.vat), EUR));
        let line_sum = Money::sum(lines.iter().map(|l| l.amount(EUR)), EUR);
        if gross { prop_assert_eq!(t.total, line_sum); } else { prop_assert_eq!(t.net, line_sum); }
        for b in &t.by_rate {
            // VAT within half a cent of the exact rate applied to the net (net-priced)
            if !gross {
                prop_assert!((b.vat.to_decimal() - b.net.to_decimal() * b.rate / Decimal::ONE_HUNDRED).abs() <= Decimal::new(5, 3));
            }
        }
    }

    #[test]
    fn gross_split_is_exact(amount_cents in 1i64..100_000_000, a in 1i64..1_000_000, b in 1i64..1_000_000) {
        let t = compute_totals(&[line("1", &Decimal::new(a, 2).to_string(), "20"), line("1", &Decimal::new(b, 2).to_string(), "5.5")], None, false, EUR);
        let amount = Money::eur(amount_cents);
        let parts = split_gross_by_rate(amount, &t);
        prop_assert_eq!(Money::sum(parts.iter().map(|p| p.1), EUR), amount);
    }
}
