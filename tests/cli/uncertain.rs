//! Sends that must not mislead (issue 12): a reminder whose send was interrupted is never
//! sent again on its own (the run lists it, `dunning resend` sends it on purpose), and a
//! paid invoice is never sent as payable.

use crate::common::{TestEnv, eml_files, outbox};

/// Due 2026-02-09: the heads-up seven days before goes on 2026-02-02, the next step the
/// day before the due date.
const ISSUED: &str = "2026-01-10";

fn mails(env: &TestEnv) -> usize {
    eml_files(&outbox(env)).len()
}

#[test]
fn a_send_cut_short_is_never_repeated_silently() {
    let env = TestEnv::with_customer();
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;1000;20",
        "--issue",
        "--date",
        ISSUED,
    ]);
    env.ok(&["dunning", "run", "--as-of", "2026-02-02"]);
    let first = mails(&env);
    assert_eq!(first, 1, "the heads-up went out");
    // what a run killed between the server's acceptance and the record leaves behind:
    // the next step's row marked as being sent
    let plan = env.json(&["dunning", "run", "--as-of", "2026-02-08", "--dry-run"]);
    let step = plan["actions"]
        .as_array()
        .and_then(|a| a.iter().find(|x| x["status"] == "planned"))
        .and_then(|x| x["step"].as_str())
        .unwrap_or_else(|| panic!("a step is due on 2026-02-08: {plan:#}"))
        .to_string();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute(
        "INSERT INTO reminder (invoice_id, step, channel, status, date, balance_cents, days_late,
             recipient, message_id, created_at, updated_at)
         VALUES (1, ?1, 'email', 'sending', '2026-02-08', 120000, 0, 'compta@acme.example',
             'lost@creances', '2026-02-08T08:00:00Z', '2026-02-08T08:00:00Z')",
        [&step],
    )
    .unwrap();
    let id = conn.last_insert_rowid();
    drop(conn);
    for _ in 0..2 {
        let out = env.run(&["dunning", "run", "--as-of", "2026-02-08"]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(err.contains(&format!("uncertain: reminder #{id}")), "{err}");
        assert!(err.contains(&format!("creances dunning resend {id}")), "{err}");
        assert_eq!(
            mails(&env),
            first,
            "the uncertain reminder is not sent again on its own"
        );
    }
    env.ok(&["dunning", "resend", &id.to_string()]);
    let out = env.run(&["dunning", "run", "--as-of", "2026-02-08"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(mails(&env), first + 1, "sent on purpose");
    // only an uncertain reminder is resent on request
    let err = env.fails(&["dunning", "resend", &id.to_string()], 2);
    assert!(err.contains("not uncertain"), "{err}");
}

/// Issue 12 defect 10: an invoice already paid is sent as paid, never as "payable by";
/// a partly paid one says what remains.
#[test]
fn a_paid_invoice_is_sent_as_paid() {
    let env = TestEnv::with_customer();
    let paid = env.issued_invoice("Audit;1;1000;20", "2026-03-01");
    let partly = env.issued_invoice("Audit;1;1000;20", "2026-03-02");
    env.ok(&["invoice", "pay", &paid]);
    env.ok(&["invoice", "pay", &partly, "--amount", "200"]);
    env.ok(&["invoice", "send", &paid]);
    env.ok(&["invoice", "send", &partly]);
    let mails = crate::common::read_mails(&outbox(&env));
    let body = |number: &str| {
        mails
            .iter()
            .find(|m| m.subject().contains(number))
            .map(|m| crate::common::decode_qp(&m.body))
            .unwrap_or_else(|| panic!("no mail for {number}"))
    };
    let b = body(&paid);
    assert!(
        b.contains("déjà réglée") && !b.contains("payable au plus tard"),
        "{b}"
    );
    let b = body(&partly);
    assert!(
        b.contains("dont il reste 1")
            && b.contains("000,00")
            && b.contains("à régler")
            && b.contains("payable au plus tard"),
        "{b}"
    );
}
