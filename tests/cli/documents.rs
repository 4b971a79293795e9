//! `invoice pdf|send`, `offer pdf|send` and the formal-notice letter, through the binary.
//! The tests marked #[ignore] read the PDFs with real tools (pdftotext and pdftoppm from
//! poppler-utils, qpdf) or send them through a real SMTP server (aiosmtpd): they fail
//! when the tool is missing; `.ci/run` installs them and runs them with --include-ignored.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::common::{SmtpServer, TestEnv, attachments, outbox_mails, pdftotext_layout, sha256_of, use_smtp};

fn documents(env: &TestEnv) -> PathBuf {
    env.dir.path().join("ledger-documents")
}

/// Every text a person reads, with the thin and non-breaking spaces of French amounts
/// turned into plain ones and runs of spaces collapsed.
fn pdf_text(path: &Path) -> String {
    let text = pdftotext_layout(path).replace(['\u{202f}', '\u{a0}'], " ");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn qpdf_check(path: &Path) {
    let out = Command::new("qpdf").arg("--check").arg(path).output();
    let out = out.unwrap_or_else(|e| panic!("qpdf is needed: apt-get install qpdf ({e})"));
    assert!(
        out.status.success(),
        "qpdf --check {} failed:\n{}{}",
        path.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// ACME with an issued invoice of two lines at two VAT rates and a purchase order.
fn invoiced() -> (TestEnv, String) {
    let env = TestEnv::with_customer();
    let v = env.json(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "@AUDIT;2",
        "--line",
        "Guide pratique;3;39;5.5",
        "--po",
        "PO-4471",
        "--issue",
        "--date",
        "2026-03-10",
    ]);
    (env, v["number"].as_str().unwrap().to_string())
}

fn bob(env: &TestEnv) {
    env.ok(&[
        "customer",
        "add",
        "--code",
        "BOB",
        "--name",
        "Bob Martin",
        "--kind",
        "individual",
        "--email",
        "bob@example.org",
        "--language",
        "en",
        "--address",
        "10 Baker Street\\nLondon",
    ]);
}

#[test]
fn the_first_pdf_of_an_issued_invoice_is_archived_and_later_renderings_are_identical() {
    let (env, number) = invoiced();
    let first = env.json(&["invoice", "pdf", &number]);
    assert_eq!(first["archived_now"], true);
    assert_eq!(first["matches_archive"], true);
    let path = PathBuf::from(first["path"].as_str().unwrap());
    assert_eq!(path, documents(&env).join(format!("{number}.pdf")));
    assert_eq!(sha256_of(&path), first["sha256"].as_str().unwrap());
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"%PDF-1.7"), "a PDF/A-3 file is PDF 1.7");
    assert!(
        bytes.len() < 100_000,
        "a one-page invoice is {} bytes",
        bytes.len()
    );
    // the fonts are embedded as subsets, never whole (Liberation Sans is 400 KB a weight)
    assert!(bytes.len() < 60_000, "{} bytes", bytes.len());

    let again = env.json(&["invoice", "pdf", &number, "--as-of", "2027-01-01"]);
    assert_eq!(again["archived_now"], false);
    assert_eq!(again["matches_archive"], true);
    assert_eq!(again["sha256"], first["sha256"]);
    let out = env.dir.path().join("copy.pdf");
    let copy = env.json(&["invoice", "pdf", &number, "--out", out.to_str().unwrap()]);
    assert_eq!(std::fs::read(&out).unwrap(), bytes);
    assert_eq!(copy["path"], out.to_str().unwrap());
}

#[test]
fn a_changed_company_address_is_reported_and_the_archived_copy_stays_the_document() {
    let (env, number) = invoiced();
    let first = env.json(&["invoice", "pdf", &number]);
    env.ok(&["company", "set", "--address", "9 quai Voltaire\\n75007 Paris"]);
    let out = env.run(&["invoice", "pdf", &number, "--format", "json"]);
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["matches_archive"], false);
    assert_eq!(
        v["sha256"], first["sha256"],
        "the archived copy is what is written"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("differs from its archived copy"));
}

#[test]
fn an_altered_archive_is_refused() {
    let (env, number) = invoiced();
    env.json(&["invoice", "pdf", &number]);
    let path = documents(&env).join(format!("{number}.pdf"));
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend_from_slice(b"%tampered\n");
    std::fs::write(&path, bytes).unwrap();
    let err = env.fails(&["invoice", "pdf", &number], 1);
    assert!(err.contains("has been altered"), "{err}");
}

#[test]
fn a_draft_renders_as_a_draft_and_is_not_archived() {
    let env = TestEnv::with_customer();
    let draft = env.json(&["invoice", "create", "--customer", "ACME", "--line", "@AUDIT;1"]);
    let id = draft["id"].to_string();
    let v = env.json(&["invoice", "pdf", &id]);
    assert_eq!(v["archive"], Value::Null);
    assert_eq!(v["matches_archive"], Value::Null);
    assert!(v["path"].as_str().unwrap().ends_with(&format!("draft-{id}.pdf")));
    // still a draft: it can be edited, and has no number
    assert_eq!(env.json(&["invoice", "show", &id])["number"], Value::Null);
}

#[test]
fn invoice_send_issues_a_draft_mails_the_archived_pdf_and_marks_it_sent() {
    let env = TestEnv::with_customer();
    let draft = env.json(&["invoice", "create", "--customer", "ACME", "--line", "@AUDIT;1"]);
    let id = draft["id"].to_string();
    let sent = env.json(&["invoice", "send", &id, "--date", "2026-03-14"]);
    assert_eq!(sent["issued_now"], true);
    assert_eq!(sent["document"], "FACT-2026-0001");
    assert_eq!(sent["sent_to"], "compta@acme.example");
    let shown = env.json(&["invoice", "show", "FACT-2026-0001"]);
    assert_eq!(shown["status"], "sent");
    assert_eq!(shown["issue_date"], "2026-03-14");
    let mails = outbox_mails(&env);
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("FACT-2026-0001"));
    let files = attachments(&mails[0]);
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].0, "FACT-2026-0001.pdf");
    let archived = std::fs::read(documents(&env).join("FACT-2026-0001.pdf")).unwrap();
    assert_eq!(
        files[0].1, archived,
        "the attachment is the archived PDF, byte for byte"
    );
    assert_eq!(
        sent["sha256"],
        sha256_of(&documents(&env).join("FACT-2026-0001.pdf"))
    );

    // a second send is a second mail and a second record, of the same bytes
    env.json(&["invoice", "send", "FACT-2026-0001"]);
    let mails = outbox_mails(&env);
    assert_eq!(mails.len(), 2);
    assert_eq!(attachments(&mails[1])[0].1, archived);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let (count, distinct): (i64, i64) = conn
        .query_row(
            "SELECT count(*), count(DISTINCT message_id) FROM document_send WHERE sha256 = ?1",
            [sent["sha256"].as_str().unwrap()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((count, distinct), (2, 2));
}

#[test]
fn an_english_customer_gets_an_english_cover_message() {
    let env = TestEnv::with_customer();
    bob(&env);
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "BOB",
        "--line",
        "Audit;1;1000;20",
        "--issue",
    ]);
    env.json(&["invoice", "send", "FACT-2026-0001"]);
    let mail = &outbox_mails(&env)[0];
    assert!(
        mail.contains("Please find attached our invoice FACT-2026-0001"),
        "{mail}"
    );
}

#[test]
fn a_quote_is_written_and_mailed_with_its_pdf() {
    let env = TestEnv::with_customer();
    env.ok(&[
        "offer",
        "create",
        "--customer",
        "ACME",
        "--line",
        "@AUDIT;3",
        "--date",
        "2026-03-01",
    ]);
    let v = env.json(&["offer", "pdf", "DEV-2026-0001"]);
    assert_eq!(v["archive"], Value::Null);
    let path = PathBuf::from(v["path"].as_str().unwrap());
    assert_eq!(sha256_of(&path), v["sha256"].as_str().unwrap());
    let sent = env.json(&["offer", "send", "DEV-2026-0001"]);
    assert_eq!(
        sent["sha256"], v["sha256"],
        "the same quote renders to the same bytes"
    );
    let mails = outbox_mails(&env);
    assert_eq!(attachments(&mails[0])[0].1, std::fs::read(&path).unwrap());
}

#[test]
fn document_commands_refuse_bad_input_with_exit_2_and_change_nothing() {
    let (env, number) = invoiced();
    env.ok(&[
        "customer",
        "add",
        "--code",
        "NOMAIL",
        "--name",
        "Sans Courriel SARL",
    ]);
    env.ok(&["invoice", "create", "--customer", "NOMAIL", "--line", "@AUDIT;1"]);
    let before = env.snapshot();
    assert!(
        env.fails(&["invoice", "pdf", "FACT-2099-0001"], 2)
            .contains("no invoice")
    );
    assert!(
        env.fails(&["offer", "pdf", "DEV-2099-0001"], 2)
            .contains("DEV-2099-0001")
    );
    // a draft for a customer without email is not issued by a send that cannot go out
    let err = env.fails(&["invoice", "send", "2"], 2);
    assert!(err.contains("no email address"), "{err}");
    let config = env.dir.path().join("bad.toml");
    std::fs::write(&config, "[documents]\nlogo = \"missing.png\"\n").unwrap();
    let err = env.fails(
        &["invoice", "pdf", &number, "--config", config.to_str().unwrap()],
        2,
    );
    assert!(err.contains("logo"), "{err}");
    std::fs::write(env.dir.path().join("fake.png"), "not a png").unwrap();
    std::fs::write(&config, "[documents]\nlogo = \"fake.png\"\n").unwrap();
    let err = env.fails(
        &["invoice", "send", &number, "--config", config.to_str().unwrap()],
        2,
    );
    assert!(err.contains("not a PNG"), "{err}");
    assert_eq!(env.snapshot(), before);
    assert!(!documents(&env).exists());
}

/// A small RGB PNG written by hand: signature, IHDR, one stored-deflate IDAT, IEND.
fn tiny_png(width: u32, height: u32) -> Vec<u8> {
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xffff_ffffu32;
        for b in bytes {
            crc ^= *b as u32;
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xedb8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
        out.extend((data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend(data);
        out.extend(&body);
        out.extend(crc32(&body).to_be_bytes());
    }
    let mut raw = Vec::new();
    for y in 0..height {
        raw.push(0); // no filter
        for x in 0..width {
            raw.extend([(40 * x) as u8, (90 + 40 * y) as u8, 160]);
        }
    }
    let (mut a, mut b) = (1u32, 0u32);
    for byte in &raw {
        a = (a + *byte as u32) % 65521;
        b = (b + a) % 65521;
    }
    let mut zlib = vec![0x78, 0x01, 0x01];
    zlib.extend((raw.len() as u16).to_le_bytes());
    zlib.extend((!(raw.len() as u16)).to_le_bytes());
    zlib.extend(&raw);
    zlib.extend(((b << 16) | a).to_be_bytes());
    let mut ihdr = Vec::new();
    ihdr.extend(width.to_be_bytes());
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    let mut out = vec![0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"IDAT", &zlib);
    chunk(&mut out, b"IEND", &[]);
    out
}

#[test]
fn a_logo_from_the_config_is_drawn_and_the_pdf_stays_deterministic() {
    let (env, number) = invoiced();
    let png = tiny_png(3, 2);
    let dir = env.dir.path().join("config/creances");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("logo.png"), &png).unwrap();
    std::fs::write(dir.join("config.toml"), "[documents]\nlogo = \"logo.png\"\n").unwrap();
    let a = env.json(&["invoice", "pdf", &number]);
    let b = env.json(&["invoice", "pdf", &number]);
    assert_eq!(b["matches_archive"], true);
    assert_eq!(a["sha256"], b["sha256"]);
    let bytes = std::fs::read(a["path"].as_str().unwrap()).unwrap();
    assert!(
        bytes.windows(b"/Image".len()).any(|w| w == b"/Image"),
        "the logo is an image in the PDF"
    );
}

#[test]
fn the_formal_notice_letter_is_a_pdf_kept_beside_the_ledger_and_attached_to_the_mail() {
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
        "2026-01-10",
    ]);
    // due 2026-02-09: the notice step falls on due + 30 (no reminder before it: asked for)
    env.json(&["dunning", "run", "--as-of", "2026-03-11", "--catch-up", "notice"]);
    let letters = env.dir.path().join("ledger-letters");
    let files: Vec<PathBuf> = std::fs::read_dir(&letters)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1);
    assert!(files[0].extension().is_some_and(|e| e == "pdf"), "{files:?}");
    let letter = std::fs::read(&files[0]).unwrap();
    assert!(letter.starts_with(b"%PDF-"));
    let mails = outbox_mails(&env);
    let notice = mails
        .iter()
        .find(|m| m.contains("Mise en demeure") || m.contains("demeure"))
        .expect("the notice mail");
    let files = attachments(notice);
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].1, letter);
}

// ---- with real tools ----

#[test]
#[ignore = "needs pdftotext (poppler-utils): run with --include-ignored"]
fn pdftotext_reads_every_mandatory_mention_the_number_and_the_totals() {
    let (env, number) = invoiced();
    let v = env.json(&["invoice", "pdf", &number]);
    let text = pdf_text(Path::new(v["path"].as_str().unwrap()));
    // 2 × 1000 at 20 %, 3 × 39 at 5.5 %: 2117.00 net, 400.00 + 6.44 VAT, 2523.44
    for needle in [
        "FACTURE",
        "N° FACT-2026-0001",
        "Atelier Test SARL",
        "1 rue de la Paix",
        "SIREN 842130577",
        "FR68842130577",
        "ACME SAS",
        "2 av. Foch",
        "69006 Lyon",
        "SIREN 512345679",
        "Date : 10/03/2026",
        "Échéance : 09/04/2026",
        "Audit technique",
        "Guide pratique",
        "1 000,00 €",
        "5,5 %",
        "Total HT 2 117,00 €",
        "TVA 20 % sur 2 000,00 € 400,00 €",
        "TVA 5,5 % sur 117,00 € 6,44 €",
        "Total TTC 2 523,44 €",
        "Pas d'escompte pour paiement anticipé",
        "Pénalités de retard",
        "BCE majoré de 10 points",
        "Indemnité forfaitaire pour frais de recouvrement de 40,00 €",
        "Bon de commande n° PO-4471",
        "Catégorie de l'opération : prestation de services",
        "IBAN FR7630006000011234567890189",
        "BIC AGRIFRPPXXX",
        "Page 1/1",
    ] {
        assert!(text.contains(needle), "`{needle}` not found in:\n{text}");
    }
    assert!(!text.contains("293 B"));

    // a credit note names the invoice it corrects
    env.ok(&[
        "invoice",
        "credit",
        &number,
        "--amount",
        "100",
        "--reason",
        "Remise commerciale",
        "--date",
        "2026-03-12",
    ]);
    let v = env.json(&["invoice", "pdf", "AV-2026-0001"]);
    let text = pdf_text(Path::new(v["path"].as_str().unwrap()));
    for needle in [
        "AVOIR",
        "N° AV-2026-0001",
        "Avoir sur la facture n° FACT-2026-0001 du 10/03/2026",
        "Motif : Remise commerciale",
        "Total de l'avoir TTC 100,00 €",
    ] {
        assert!(text.contains(needle), "`{needle}` not found in:\n{text}");
    }

    // an English individual: English words, no recovery indemnity
    bob(&env);
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "BOB",
        "--line",
        "Audit;1;1000;20",
        "--issue",
        "--date",
        "2026-03-12",
    ]);
    let v = env.json(&["invoice", "pdf", "FACT-2026-0002"]);
    let text = pdf_text(Path::new(v["path"].as_str().unwrap()));
    for needle in [
        "INVOICE",
        "No. FACT-2026-0002",
        "Bill to",
        "Bob Martin",
        "Total incl. VAT €1,200.00",
        "No discount for early payment",
        "ECB refinancing rate plus 10 points",
    ] {
        assert!(text.contains(needle), "`{needle}` not found in:\n{text}");
    }
    assert!(!text.contains("recovery indemnity"), "{text}");

    // a quote shows its validity
    env.ok(&[
        "offer",
        "create",
        "--customer",
        "ACME",
        "--line",
        "@AUDIT;1",
        "--date",
        "2026-03-01",
        "--valid-until",
        "2026-04-30",
    ]);
    let v = env.json(&["offer", "pdf", "DEV-2026-0001"]);
    let text = pdf_text(Path::new(v["path"].as_str().unwrap()));
    for needle in [
        "DEVIS",
        "N° DEV-2026-0001",
        "Valable jusqu'au : 30/04/2026",
        "Total TTC 1 200,00 €",
    ] {
        assert!(text.contains(needle), "`{needle}` not found in:\n{text}");
    }
}

#[test]
#[ignore = "needs pdftotext (poppler-utils): run with --include-ignored"]
fn under_vat_franchise_no_vat_is_shown_and_article_293_b_is_cited() {
    let env = TestEnv::new();
    env.ok(&["company", "set", "--vat-franchise", "true"]);
    env.ok(&[
        "customer",
        "add",
        "--code",
        "PRO",
        "--name",
        "Pro SARL",
        "--email",
        "pro@example.org",
        "--address",
        "5 rue P\\n31000 Toulouse",
        "--siren",
        "732829320",
    ]);
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "PRO",
        "--line",
        "Conseil;2;300;0",
        "--issue",
        "--date",
        "2026-03-02",
    ]);
    let v = env.json(&["invoice", "pdf", "FACT-2026-0001"]);
    let text = pdf_text(Path::new(v["path"].as_str().unwrap()));
    assert!(
        text.contains("TVA non applicable, article 293 B du CGI"),
        "{text}"
    );
    assert!(text.contains("Total 600,00 €"), "{text}");
    assert!(!text.contains("Total TTC") && !text.contains("TVA 0 %"), "{text}");
}

#[test]
#[ignore = "needs qpdf and pdftotext: run with --include-ignored"]
fn qpdf_accepts_every_kind_of_document_and_long_invoices_break_into_pages() {
    let (env, number) = invoiced();
    let mut lines = Vec::new();
    for i in 0..70 {
        lines.push("--line".to_string());
        lines.push(format!(
            "Intervention n° {i} sur site, déplacement compris;1;{};20",
            100 + i
        ));
    }
    let mut args = vec!["invoice", "create", "--customer", "ACME", "--issue"];
    args.extend(lines.iter().map(String::as_str));
    env.ok(&args);
    env.ok(&["invoice", "credit", &number, "--reason", "Erreur de quantité"]);
    env.ok(&["offer", "create", "--customer", "ACME", "--line", "@AUDIT;1"]);
    let mut paths = Vec::new();
    for (cmd, doc) in [
        ("invoice", number.as_str()),
        ("invoice", "FACT-2026-0002"),
        ("invoice", "AV-2026-0001"),
        ("offer", "DEV-2026-0001"),
    ] {
        let v = env.json(&[cmd, "pdf", doc]);
        paths.push(PathBuf::from(v["path"].as_str().unwrap()));
    }
    for p in &paths {
        qpdf_check(p);
    }
    let long = pdf_text(&paths[1]);
    assert!(long.contains("Page 1/3") || long.contains("Page 1/2"), "{long}");
    for i in [0, 35, 69] {
        assert!(
            long.contains(&format!("Intervention n° {i} sur site")),
            "line {i} missing"
        );
    }
    assert!(long.contains("FACT-2026-0002 (suite)"));
    // the formal notice letter too, in a ledger of its own (numbers follow dates)
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
        "2026-01-10",
    ]);
    env.json(&["dunning", "run", "--as-of", "2026-03-11", "--catch-up", "notice"]);
    let letters: Vec<PathBuf> = std::fs::read_dir(env.dir.path().join("ledger-letters"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(!letters.is_empty());
    for l in &letters {
        qpdf_check(l);
        let text = pdf_text(l);
        for needle in [
            "Lettre recommandée avec accusé de réception",
            "mettons en demeure",
            "Pénalités de retard",
            "Indemnité forfaitaire",
            "Total réclamé",
            "19/03/2026",
        ] {
            assert!(text.contains(needle), "`{needle}` not in the letter:\n{text}");
        }
    }
}

#[test]
#[ignore = "needs python3 -m pip install aiosmtpd (run with --include-ignored)"]
fn a_send_through_a_real_smtp_server_delivers_the_pdf_byte_for_byte() {
    let (env, number) = invoiced();
    let server = SmtpServer::start(env.dir.path());
    use_smtp(&env, server.port);
    let sent = env.json(&["invoice", "send", &number]);
    assert_eq!(sent["via"], "smtp");
    let archived = std::fs::read(documents(&env).join(format!("{number}.pdf"))).unwrap();
    let mut raw = Vec::new();
    for sub in ["new", "cur"] {
        if let Ok(entries) = std::fs::read_dir(server.maildir.join(sub)) {
            for e in entries {
                raw.push(std::fs::read_to_string(e.unwrap().path()).unwrap());
            }
        }
    }
    assert_eq!(raw.len(), 1, "one mail on the server");
    assert!(raw[0].contains("compta@acme.example"));
    let files = attachments(&raw[0]);
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].0, format!("{number}.pdf"));
    assert_eq!(
        files[0].1, archived,
        "the attachment is the archived PDF, byte for byte"
    );
    assert_eq!(env.json(&["invoice", "show", &number])["status"], "sent");
}

#[test]
fn a_credit_note_is_sent_with_its_own_pdf_and_each_send_keeps_its_time() {
    let (env, number) = invoiced();
    env.ok(&[
        "invoice",
        "credit",
        &number,
        "--amount",
        "100",
        "--reason",
        "Geste commercial",
    ]);
    let sent = env.json(&["invoice", "send", "AV-2026-0001"]);
    assert_eq!(sent["document"], "AV-2026-0001");
    assert_eq!(sent["issued_now"], false);
    let mail = outbox_mails(&env).pop().unwrap();
    assert!(mail.contains("AV-2026-0001"), "{mail}");
    let files = attachments(&mail);
    assert_eq!(files[0].0, "AV-2026-0001.pdf");
    assert_eq!(
        files[0].1,
        std::fs::read(documents(&env).join("AV-2026-0001.pdf")).unwrap()
    );
    // the credited invoice was never sent: a credit note's send does not change it
    assert_eq!(env.json(&["invoice", "show", &number])["status"], "unsent");
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let (on, at, to): (String, String, String) = conn
        .query_row(
            "SELECT d.sent_on, d.sent_at, d.recipient FROM document_send d JOIN invoice i ON i.id = d.invoice_id
             WHERE i.number = 'AV-2026-0001'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(on, crate::common::TODAY);
    assert!(at.len() == 20 && at.ends_with('Z') && at.contains('T'), "{at}");
    assert_eq!(to, "compta@acme.example");
}

#[test]
fn a_send_that_fails_leaves_the_invoice_issued_and_archived_but_unsent() {
    let env = TestEnv::with_customer();
    env.ok(&["invoice", "create", "--customer", "ACME", "--line", "@AUDIT;1"]);
    // nothing listens on this port of 127.0.0.1: the server is down
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    use_smtp(&env, port);
    let err = env.fails(&["invoice", "send", "1"], 1);
    assert!(
        err.contains("was not sent") && err.contains("invoice send FACT-2026-0001"),
        "{err}"
    );
    let shown = env.json(&["invoice", "show", "FACT-2026-0001"]);
    assert_eq!(shown["status"], "unsent");
    assert!(documents(&env).join("FACT-2026-0001.pdf").is_file());
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let sends: i64 = conn
        .query_row("SELECT count(*) FROM document_send", [], |r| r.get(0))
        .unwrap();
    assert_eq!(sends, 0);
}

/// `offer pdf --proforma`: the quote as a pro-forma invoice, beside the quote's own PDF;
/// nothing recorded, no number, no e-invoice inside.
#[test]
fn a_pro_forma_is_written_beside_the_quote_and_records_nothing() {
    let env = TestEnv::with_customer();
    let v = env.json(&[
        "offer",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;500;20",
    ]);
    let number = v["number"].as_str().unwrap().to_string();
    let before = env.snapshot();
    let written = env.json(&["offer", "pdf", &number, "--proforma"]);
    let path = env.dir.path().join(written["path"].as_str().unwrap());
    assert!(path.ends_with(format!("{number}-proforma.pdf")), "{written:#}");
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    assert!(
        !bytes.windows(12).any(|w| w == b"factur-x.xml"),
        "a pro-forma carries no e-invoice"
    );
    assert_eq!(
        env.snapshot(),
        before,
        "a pro-forma is not an accounting document"
    );
}

#[test]
#[ignore = "needs pdftotext (poppler-utils); scripts/test.sh installs it"]
fn a_pro_forma_says_what_it_is_and_has_no_invoice_number() {
    let env = TestEnv::with_customer();
    let v = env.json(&[
        "offer",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;500;20",
    ]);
    let number = v["number"].as_str().unwrap().to_string();
    let out = env.dir.path().join("pf.pdf");
    env.ok(&[
        "offer",
        "pdf",
        &number,
        "--proforma",
        "--out",
        out.to_str().unwrap(),
    ]);
    let text = pdf_text(&out);
    for words in [
        "FACTURE PRO FORMA",
        "Sans numéro — ne vaut pas facture",
        &format!("Selon devis n° {number}"),
        "document commercial sans valeur comptable",
        "Total TTC 600,00 €",
    ] {
        assert!(text.contains(words), "{words:?} missing:\n{text}");
    }
    assert!(!text.contains("FACT-"), "no invoice number:\n{text}");
    assert!(
        !text.contains("N° DEV"),
        "the quote is its reference, not its number:\n{text}"
    );
    assert!(!text.contains("BROUILLON"), "{text}");
}
