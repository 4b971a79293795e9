//! `report kpis`: the indicators of the period and the payers behind them.

use super::super::fmt::{amount, days, share};
use super::super::words::{money_cell, number_cell};
use super::super::{Format, Listing, emit, emit_json};
use crate::domain::report::{KpiReport, PayerLine};

/// A payer in `report kpis --format json`.
#[derive(serde::Serialize)]
struct PayerJson<'a> {
    customer: &'a str,
    name: &'a str,
    paid: String,
    unpaid_late: String,
    /// null when the customer had nothing due in the period
    average_days_late: Option<String>,
    late_invoices_12_months: usize,
    frequent_late_payer: bool,
}

impl<'a> From<&&'a PayerLine> for PayerJson<'a> {
    fn from(p: &&'a PayerLine) -> Self {
        PayerJson {
            customer: &p.customer,
            name: &p.name,
            paid: amount(p.paid),
            unpaid_late: amount(p.unpaid_late),
            average_days_late: p.average_days_late().map(|d| days(Some(d))),
            late_invoices_12_months: p.late_invoices,
            frequent_late_payer: p.frequent_late_payer(),
        }
    }
}

/// `report kpis --format json`.
#[derive(serde::Serialize)]
struct KpiJson<'a> {
    from: String,
    to: String,
    invoiced: String,
    collected: String,
    /// null when nothing was invoiced (nothing to take a share of)
    collected_share: Option<String>,
    /// null when nothing fell 30 days past its due date in the period
    unpaid_rate_30_days_after_due: Option<String>,
    late_now_count: usize,
    late_now_amount: String,
    receivables: String,
    receivables_over_90_days: String,
    late_recurrence: Vec<PayerJson<'a>>,
    best_payers: Vec<PayerJson<'a>>,
    worst_payers: Vec<PayerJson<'a>>,
}

/// `report kpis`.
pub fn kpis(format: Format, k: &KpiReport) {
    let unpaid_rate = share(k.due_30_unpaid.minor(), k.due_30_total.minor());
    let collected_share = share(k.collected.minor(), k.invoiced.minor());
    let best = k.best_payers();
    let worst = k.worst_payers();
    let mut l = Listing::new(vec!["indicator", "value"]).right(&[1]);
    l.push(vec![
        t!(
            "views-kpi-invoiced",
            from = k.from.to_string(),
            to = k.to.to_string()
        ),
        money_cell(format, k.invoiced),
    ]);
    l.push(vec![
        t!("views-kpi-collected"),
        format!(
            "{} ({} %)",
            money_cell(format, k.collected),
            number_cell(format, &collected_share)
        ),
    ]);
    l.push(vec![
        t!("views-kpi-unpaid-30"),
        format!("{} %", number_cell(format, &unpaid_rate)),
    ]);
    l.push(vec![
        t!("views-kpi-late-now"),
        format!("{} ({})", k.late_now_count, money_cell(format, k.late_now)),
    ]);
    l.push(vec![
        t!("views-kpi-receivables"),
        money_cell(format, k.receivables),
    ]);
    l.push(vec![t!("views-kpi-over-90"), money_cell(format, k.over_90)]);
    match format {
        Format::Json => emit_json(&KpiJson {
            from: k.from.to_string(),
            to: k.to.to_string(),
            invoiced: amount(k.invoiced),
            collected: amount(k.collected),
            collected_share: (!k.invoiced.is_zero()).then_some(collected_share),
            unpaid_rate_30_days_after_due: (!k.due_30_total.is_zero()).then_some(unpaid_rate),
            late_now_count: k.late_now_count,
            late_now_amount: amount(k.late_now),
            receivables: amount(k.receivables),
            receivables_over_90_days: amount(k.over_90),
            late_recurrence: k.late_recurrence().iter().map(PayerJson::from).collect(),
            best_payers: best.iter().map(PayerJson::from).collect(),
            worst_payers: worst.iter().map(PayerJson::from).collect(),
        }),
        Format::Csv => {
            // one value per cell, and the payers' table after a blank line, as in the table
            let mut c = Listing::new(vec!["indicator", "value"]);
            for (name, value) in [
                ("from", k.from.to_string()),
                ("to", k.to.to_string()),
                ("invoiced", amount(k.invoiced)),
                ("collected", amount(k.collected)),
                ("collected share %", collected_share),
                ("unpaid 30 days after due %", unpaid_rate),
                ("invoices late now", k.late_now_count.to_string()),
                ("amount late now", amount(k.late_now)),
                ("receivables", amount(k.receivables)),
                ("receivables over 90 days late", amount(k.over_90)),
            ] {
                c.push(vec![name.into(), value]);
            }
            let mut p = Listing::new(vec![
                "customer",
                "name",
                "late invoices (12 months)",
                "avg days late",
                "paid",
                "unpaid late",
                "frequent late payer",
            ]);
            for line in &k.payers {
                p.push(vec![
                    line.customer.clone(),
                    line.name.clone(),
                    line.late_invoices.to_string(),
                    days(line.average_days_late()),
                    money_cell(format, line.paid),
                    money_cell(format, line.unpaid_late),
                    if line.frequent_late_payer() { "yes" } else { "no" }.into(),
                ]);
            }
            emit(&format!("{}\n{}", c.to_csv(), p.to_csv()));
        }
        Format::Table => {
            emit(&l.to_table());
            let late_invoices = t!("views-kpi-col-late-invoices");
            let mut p = Listing::new(vec![
                "customer",
                "name",
                late_invoices.as_str(),
                "avg days late",
                "paid",
                "unpaid late",
                "flag",
            ])
            .right(&[2, 3, 4, 5]);
            for line in &k.payers {
                p.push(vec![
                    line.customer.clone(),
                    line.name.clone(),
                    line.late_invoices.to_string(),
                    number_cell(format, &days(line.average_days_late())),
                    money_cell(format, line.paid),
                    money_cell(format, line.unpaid_late),
                    if line.frequent_late_payer() {
                        t!("views-kpi-frequent")
                    } else {
                        String::new()
                    },
                ]);
            }
            emit(&format!("\n{}\n{}", t!("views-kpi-payers"), p.to_table()));
            let names = |v: &[&PayerLine]| {
                v.iter()
                    .map(|p| {
                        t!(
                            "views-kpi-payer-days",
                            customer = p.customer.as_str(),
                            days = number_cell(format, &days(p.average_days_late()))
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            emit(&format!(
                "\n{}\n{}",
                t!("views-kpi-best", names = names(&best)),
                t!("views-kpi-worst", names = names(&worst))
            ));
        }
    }
}
