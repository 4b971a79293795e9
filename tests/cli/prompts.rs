//! The prompts of a terminal check each answer as it is given: an unknown customer code
//! or a malformed line is said at once and asked again, and what was typed before stays.
//! Prompts need a terminal (in a pipe they fail, naming the flag), so these tests type
//! into a pseudo-terminal (`TestEnv::on_a_terminal`).

use crate::common::TestEnv;

#[test]
fn an_unknown_customer_code_is_refused_as_typed_and_asked_again() {
    let env = TestEnv::with_customer();
    let out = env.on_a_terminal("invoice create --format json", b"NOPE\rACME\rAudit;2;500;20\r\r");
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{shown}");
    assert!(
        shown.contains("unknown customer `NOPE`"),
        "the prompt said nothing:\n{shown}"
    );
    let list = env.json(&["invoice", "list", "--status", "draft"]);
    assert_eq!(list.as_array().map(Vec::len), Some(1), "{shown}");
    assert_eq!(list[0]["customer"], "ACME");
}

#[test]
fn a_malformed_line_or_unknown_product_is_refused_as_typed_and_the_good_lines_kept() {
    let env = TestEnv::with_customer();
    let keys = b"ACME\rAudit;deux;500;20\rAudit;2;500;20\r@NOSUCH;1\r@AUDIT;1\r\r";
    let out = env.on_a_terminal("offer create --format json", keys);
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{shown}");
    assert!(shown.contains("deux"), "the bad quantity was not named:\n{shown}");
    assert!(
        shown.contains("no product `NOSUCH`"),
        "the unknown SKU was not named:\n{shown}"
    );
    let offer = env.json(&["offer", "show", "DEV-2026-0001"]);
    assert_eq!(offer["lines"].as_array().map(Vec::len), Some(2), "{offer:#}");
    assert_eq!(offer["total"], "2400.00", "{offer:#}");
}

#[test]
fn in_a_pipe_nothing_is_asked_and_the_missing_flag_is_named() {
    let env = TestEnv::with_customer();
    let err = env.fails(&["delivery", "create", "--line", "@AUDIT;1"], 2);
    assert!(err.contains("missing --customer"), "{err}");
}
