//! Long lists for scripts are written as they are computed (issue 15: memory must not
//! grow with the output): the streamed bytes are those of the collected list.

use crate::common::{DEMO_DAY, demo_env};

#[test]
fn a_streamed_invoice_list_is_byte_for_byte_the_collected_one() {
    // in the recorded order and without --limit the list is streamed; with a --limit
    // larger than the ledger it is collected, sorted and truncated: same rows
    let env = demo_env();
    for format in ["csv", "json"] {
        for filter in [
            &[][..],
            &["--overdue"],
            &["--credit-notes"],
            &["--from", "2100-01-01"],
        ] {
            let mut streamed = vec!["--as-of", DEMO_DAY, "invoice", "list", "--format", format];
            streamed.extend(filter);
            let mut collected = streamed.clone();
            collected.extend(["--limit", "100000"]);
            let (a, b) = (env.ok(&streamed), env.ok(&collected));
            assert_eq!(a, b, "{streamed:?}");
            assert!(!a.is_empty(), "{streamed:?}");
        }
    }
}

#[test]
fn a_streamed_list_that_fails_before_its_first_row_prints_only_the_error() {
    let env = demo_env();
    for format in ["csv", "json"] {
        let out = env.run(&["invoice", "list", "--customer", "NOBODY", "--format", format]);
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty(), "{}", String::from_utf8_lossy(&out.stdout));
    }
}

#[test]
fn the_aging_by_invoice_streamed_adds_up_to_the_aging_by_customer() {
    // the lines are written as the scan meets them and the totals kept on the way:
    // they are the totals of the report by customer, and JSON has a line per CSV row
    let env = demo_env();
    let by_invoice = env.ok(&[
        "--as-of", DEMO_DAY, "report", "aging", "--by", "invoice", "--format", "csv",
    ]);
    let by_customer = env.ok(&["--as-of", DEMO_DAY, "report", "aging", "--format", "csv"]);
    let last = |text: &str| {
        text.lines()
            .last()
            .unwrap()
            .split(',')
            .skip(2)
            .collect::<Vec<_>>()
            .join(",")
    };
    assert!(
        by_invoice.lines().last().unwrap().starts_with("total,"),
        "{by_invoice}"
    );
    assert_eq!(last(&by_invoice), last(&by_customer));
    let json = env.json(&["--as-of", DEMO_DAY, "report", "aging", "--by", "invoice"]);
    let lines = json.as_array().expect("an array");
    assert!(!lines.is_empty());
    assert_eq!(lines.len(), by_invoice.lines().count() - 2, "{by_invoice}");
}

#[test]
fn the_dunning_plan_streamed_has_a_json_element_per_csv_row() {
    let env = demo_env();
    let csv = env.ok(&[
        "--as-of", DEMO_DAY, "dunning", "plan", "--days", "30", "--format", "csv",
    ]);
    let json = env.json(&["--as-of", DEMO_DAY, "dunning", "plan", "--days", "30"]);
    let rows = json.as_array().expect("an array");
    assert!(!rows.is_empty(), "{csv}");
    assert_eq!(rows.len(), csv.lines().count() - 1);
    let first = csv.lines().nth(1).unwrap();
    assert!(first.starts_with(rows[0]["date"].as_str().unwrap()), "{first}");
}
