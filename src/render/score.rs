//! Payment scores in words: each factor, its weight and its value, for `customer show`,
//! and the `report payers` ranking.

use serde::Serialize;

use super::fmt::amount;
use super::stream::ListStream;
use super::{Format, Listing};
use crate::domain::customer::Standing;
use crate::domain::score::{Factor, Grade, LateDays, Measure, Score};
use crate::domain::standings::Standings;

/// A grade as a person reads it: the letter, or "new" / "nouveau" (JSON and CSV keep
/// the code).
pub fn grade_word(grade: Grade) -> String {
    match grade {
        Grade::New => t!("views-grade-new"),
        g => g.as_str().to_string(),
    }
}

/// "86 A", "100 nouveau" in a table; the code in CSV.
pub fn label_cell(format: Format, score: Option<&Score>) -> String {
    match (format, score) {
        (Format::Table, Some(s)) => format!("{} {}", s.points, grade_word(s.grade)),
        _ => label(score),
    }
}

/// "86 A", "100 new": what listings show.
pub fn label(score: Option<&Score>) -> String {
    score.map_or_else(String::new, |s| format!("{} {}", s.points, s.grade.as_str()))
}

fn late_days(d: LateDays) -> String {
    match d {
        LateDays::NothingDue => "nothing due".into(),
        LateDays::Days(d) => format!("{d:.1} days late"),
        LateDays::NothingPaid => "nothing paid".into(),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The factor's name and its value in words.
fn words(f: &Factor) -> (&'static str, String) {
    match &f.measure {
        Measure::Lateness(d) => (
            "lateness",
            match d {
                LateDays::Days(_) => {
                    format!("{} on average (amount-weighted, due in 12 months)", late_days(*d))
                }
                _ => format!("{} on the invoices due in 12 months", late_days(*d)),
            },
        ),
        Measure::LateShare { late, due } => (
            "late invoices",
            format!(
                "{late} of {} due in 12 months paid late or still late",
                plural(*due, "invoice", "invoices")
            ),
        ),
        Measure::Overdue {
            amount: a,
            oldest_days,
        } => (
            "overdue now",
            if a.is_positive() {
                format!("{} overdue, the oldest {oldest_days} days", amount(*a))
            } else {
                "nothing overdue".into()
            },
        ),
        Measure::Disputes(n) => (
            "disputes",
            format!("{} in 12 months", plural(*n, "hold", "holds")),
        ),
        Measure::CreditNotes(n) => (
            "credit notes",
            format!("{} in 12 months", plural(*n, "credit note", "credit notes")),
        ),
        Measure::Notices(n) => (
            "formal notices",
            format!("{} in 12 months", plural(*n, "formal notice", "formal notices")),
        ),
        Measure::Trend { current, previous } => (
            "trend",
            if *previous == LateDays::NothingDue {
                "no year before to compare with".into()
            } else {
                format!(
                    "{} vs {} the 12 months before",
                    late_days(*current),
                    late_days(*previous)
                )
            },
        ),
    }
}

fn late_days_table(d: LateDays) -> String {
    match d {
        LateDays::NothingDue => t!("render-score-nothing-due"),
        LateDays::Days(d) => t!(
            "render-score-days-late",
            days = super::words::number_cell(Format::Table, &format!("{d:.1}"))
        ),
        LateDays::NothingPaid => t!("render-score-nothing-paid"),
    }
}

/// The factor's value in the interface's language, for a table (JSON keeps `words`).
fn value_table(f: &Factor) -> String {
    match &f.measure {
        Measure::Lateness(d @ LateDays::Days(_)) => {
            t!("render-score-lateness-average", late = late_days_table(*d))
        }
        Measure::Lateness(d) => t!("render-score-lateness", late = late_days_table(*d)),
        Measure::LateShare { late, due } => {
            t!("render-score-late-share", late = *late, due = *due)
        }
        Measure::Overdue {
            amount: a,
            oldest_days,
        } if a.is_positive() => t!(
            "render-score-overdue",
            amount = super::fmt::human(*a),
            days = *oldest_days
        ),
        Measure::Overdue { .. } => t!("render-score-nothing-overdue"),
        Measure::Disputes(n) => t!("render-score-holds", count = *n),
        Measure::CreditNotes(n) => t!("render-score-credit-notes", count = *n),
        Measure::Notices(n) => t!("render-score-notices", count = *n),
        Measure::Trend { previous, .. } if *previous == LateDays::NothingDue => {
            t!("render-score-no-trend")
        }
        Measure::Trend { current, previous } => t!(
            "render-score-trend",
            current = late_days_table(*current),
            previous = late_days_table(*previous)
        ),
    }
}

/// The score's factors as a table: factor, weight, value, points lost.
pub fn factors_listing(score: &Score) -> Listing {
    let mut l = Listing::new(vec!["factor", "weight", "value", "lost"]).right(&[1, 3]);
    for f in &score.factors {
        let (name, _) = words(f);
        let number = |x: rust_decimal::Decimal| super::words::number_cell(Format::Table, &format!("{x:.1}"));
        l.push(vec![
            super::words::label(name),
            number(f.weight),
            value_table(f),
            number(f.lost),
        ]);
    }
    l
}

/// A factor in JSON.
#[derive(Serialize)]
pub struct FactorJson {
    factor: &'static str,
    weight: String,
    value: String,
    lost: String,
}

pub fn factors_json(score: &Score) -> Vec<FactorJson> {
    score
        .factors
        .iter()
        .map(|f| {
            let (factor, value) = words(f);
            FactorJson {
                factor,
                weight: format!("{:.1}", f.weight),
                value,
                lost: format!("{:.1}", f.lost),
            }
        })
        .collect()
}

#[derive(Serialize)]
struct PayerScoreJson<'a> {
    customer: &'a str,
    name: &'a str,
    score: Option<u8>,
    grade: Option<&'static str>,
    overdue: String,
    max_days_late: i64,
    factors: Vec<FactorJson>,
}

/// `report payers`: every customer, worst score first, written row by row (a hundred
/// thousand customers at ten million invoices): no table or JSON of them all is held.
pub fn payers(format: Format, standings: &Standings) {
    const HEADERS: [&str; 7] = [
        "customer",
        "name",
        "score",
        "grade",
        "lateness",
        "overdue",
        "days late",
    ];
    let cells = |s: &Standing| -> Vec<String> {
        let lateness = s
            .score
            .as_ref()
            .and_then(|sc| sc.factors.first())
            .map(|f| match f.measure {
                Measure::Lateness(d) if format == Format::Table => late_days_table(d),
                Measure::Lateness(d) => late_days(d),
                _ => String::new(),
            })
            .unwrap_or_default();
        vec![
            s.customer.code.clone(),
            s.customer.name.clone(),
            s.score.as_ref().map(|x| x.points.to_string()).unwrap_or_default(),
            s.score
                .as_ref()
                .map(|x| match format {
                    Format::Table => grade_word(x.grade),
                    _ => x.grade.as_str().to_string(),
                })
                .unwrap_or_default(),
            lateness,
            super::words::money_cell(format, s.overdue),
            s.max_days_late.to_string(),
        ]
    };
    let Some(mut out) = ListStream::new(format, &HEADERS) else {
        return super::stream::table(&HEADERS, &[2, 5, 6], &|row| {
            standings.each(&mut |s| row(&cells(s)))
        });
    };
    standings.each(&mut |s| {
        if out.is_json() {
            out.json(&PayerScoreJson {
                customer: &s.customer.code,
                name: &s.customer.name,
                score: s.score.as_ref().map(|x| x.points),
                grade: s.score.as_ref().map(|x| x.grade.as_str()),
                overdue: amount(s.overdue),
                max_days_late: s.max_days_late,
                factors: s.score.as_ref().map(factors_json).unwrap_or_default(),
            });
        } else {
            out.cells(&cells(s));
        }
    });
    out.finish();
}
