//! Factur-X: every issued invoice and credit note of a ledger that covers the usual cases
//! is checked by the validators a receiving platform runs (the shared facturx_check.py:
//! Factur-X XSD, EN 16931 and French CTC schematrons), by an independent second
//! validator (`en16931 validate`), by qpdf, and by a structural PDF/A-3 check with
//! pikepdf. Mutation tests show each check is live. These tests need outside tools and
//! are `#[ignore]`d; scripts/test.sh installs the tools and runs them. A missing tool is
//! a failure, never a skip.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::TestEnv;

/// The folder of the shared validators: $CREANCES_VALIDATORS, else `shared/validators`
/// beside the checkout or beside one of its parent folders (a clone made elsewhere on
/// this machine), else the workplace's `/work/shared/validators`. Missing, the test fails.
fn validators() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let candidates: Vec<PathBuf> = std::env::var_os("CREANCES_VALIDATORS")
        .map(PathBuf::from)
        .into_iter()
        .chain(manifest.ancestors().skip(1).map(|d| d.join("shared/validators")))
        .chain(std::iter::once(PathBuf::from("/work/shared/validators")))
        .collect();
    candidates
        .iter()
        .find(|d| d.join("facturx_check.py").is_file())
        .cloned()
        .unwrap_or_else(|| {
            panic!("the shared validators are missing (looked in {candidates:?}); set CREANCES_VALIDATORS")
        })
}

/// Runs a checker; returns its exit code and its output. Exit 2 means a tool is missing,
/// which fails the test.
fn run(program: &str, args: &[&str]) -> (i32, String) {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} cannot run ({e}): scripts/test.sh installs it"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let code = out.status.code().unwrap_or(-1);
    (code, text)
}

fn facturx_check(file: &Path) -> (i32, String) {
    let script = validators().join("facturx_check.py");
    let (code, text) = run("python3", &[script.to_str().unwrap(), file.to_str().unwrap()]);
    assert_ne!(
        code, 2,
        "facturx_check.py cannot check (a tool is missing):\n{text}"
    );
    (code, text)
}

/// The `en16931` command of the crates.io package en16931-cli: on the PATH, or where
/// scripts/test.sh installs it.
fn en16931() -> String {
    if let Ok(path) = std::env::var("CREANCES_EN16931") {
        return path;
    }
    let cached = std::env::var_os("HOME")
        .map(|h| PathBuf::from(h).join(".cache/creances/tools/bin/en16931"))
        .filter(|p| p.is_file());
    match cached {
        Some(p) => p.display().to_string(),
        None => "en16931".into(),
    }
}

fn pdfa_check(file: &Path, xml_out: Option<&Path>) -> (i32, String) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/pdfa_check.py");
    let mut args = vec![
        script.to_str().unwrap().to_string(),
        file.to_str().unwrap().to_string(),
    ];
    if let Some(x) = xml_out {
        args.push("--xml-out".into());
        args.push(x.to_str().unwrap().into());
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, text) = run("python3", &args);
    assert_ne!(
        code, 2,
        "pdfa_check.py cannot check (pikepdf is missing):\n{text}"
    );
    (code, text)
}

fn customer(env: &TestEnv, args: &[&str]) {
    let mut all = vec!["customer", "add"];
    all.extend_from_slice(args);
    env.ok(&all);
}

/// Creates and issues an invoice; returns its number.
fn invoice(env: &TestEnv, customer: &str, date: &str, lines: &[&str], extra: &[&str]) -> String {
    let mut args = vec!["invoice", "create", "--customer", customer];
    for line in lines {
        args.push("--line");
        args.push(line);
    }
    args.extend_from_slice(extra);
    args.extend_from_slice(&["--issue", "--date", date]);
    let v = env.json(&args);
    v["number"].as_str().expect("number").to_string()
}

fn credit(env: &TestEnv, number: &str, extra: &[&str]) -> String {
    let mut args = vec![
        "invoice",
        "credit",
        number,
        "--date",
        "2026-03-10",
        "--reason",
        "Erreur de quantité",
    ];
    args.extend_from_slice(extra);
    let v = env.json(&args);
    v["number"].as_str().expect("credit note number").to_string()
}

/// A ledger whose invoices and credit notes cover the matrix of the e-invoicing issue.
/// Returns the ledger and the numbers of its documents, each with what it shows.
fn matrix() -> (TestEnv, Vec<(String, &'static str)>) {
    let env = TestEnv::with_customer();
    customer(
        &env,
        &[
            "--code",
            "BELGE",
            "--name",
            "Brasserie Bruxelloise SA",
            "--vat-number",
            "BE0403170701",
            "--email",
            "compta@brasserie.example",
            "--address",
            "Rue Neuve 3\\n1000 Bruxelles\\nBelgique",
        ],
    );
    customer(
        &env,
        &[
            "--code",
            "SUISSE",
            "--name",
            "Horlogerie Genevoise SA",
            "--vat-number",
            "CHE116281710",
            "--email",
            "ap@horlogerie.example",
            "--address",
            "Rue du Rhône 12\\n1204 Genève\\nSuisse",
        ],
    );
    customer(
        &env,
        &[
            "--code",
            "MARTIN",
            "--name",
            "Claire Martin",
            "--kind",
            "individual",
            "--email",
            "claire.martin@example.org",
            "--address",
            "8 impasse des Lilas\\n44000 Nantes",
        ],
    );
    customer(
        &env,
        &[
            "--code",
            "LONDON",
            "--name",
            "Thames Consulting SAS",
            "--siren",
            "732829304",
            "--language",
            "en",
            "--email",
            "accounts@thames.example",
            "--address",
            "5 rue de Londres\\n75009 Paris",
        ],
    );
    // imported from a spreadsheet, with accents, apostrophes and an ampersand in its name
    let csv = env.dir.path().join("clients.csv");
    std::fs::write(
        &csv,
        "code;nom;type;email;adresse;siren\nETOILE;L'Étoile d'Azur — Café & Fils;entreprise;compta@etoile.example;2 quai de l'Île\\n06000 Nice;732829312\n",
    )
    .unwrap();
    env.ok(&["import", "customers", csv.to_str().unwrap()]);
    let mut docs = Vec::new();
    let several = invoice(
        &env,
        "ACME",
        "2026-03-02",
        &[
            "Conseil;2;450;20",
            "Restauration;3;18.5;10",
            "Livres;4;12.9;5.5;goods",
            "Presse;10;1.2;2.1;goods",
        ],
        &["--po", "PO-2026-7781"],
    );
    docs.push((
        several.clone(),
        "several VAT rates, goods and services, a purchase order",
    ));
    let exempt = invoice(
        &env,
        "ACME",
        "2026-03-02",
        &["Formation;1;1200;20", "Débours;1;35;0"],
        &[],
    );
    docs.push((exempt.clone(), "a 0 % line with its exemption"));
    docs.push((
        invoice(&env, "BELGE", "2026-03-03", &["Fûts de bière;20;45;0;goods"], &[]),
        "an EU business customer, reverse charge",
    ));
    docs.push((
        invoice(&env, "SUISSE", "2026-03-03", &["Audit export;1;2500;0"], &[]),
        "a customer outside the EU (export)",
    ));
    docs.push((
        invoice(
            &env,
            "MARTIN",
            "2026-03-04",
            &["Cours particulier;3;40;20", "Manuel;1;19.99;5.5;goods"],
            &["--prices-include-vat"],
        ),
        "an individual customer, prices including VAT",
    ));
    docs.push((
        invoice(
            &env,
            "LONDON",
            "2026-03-04",
            &["Strategy workshop;1;3000;20"],
            &[],
        ),
        "an English customer",
    ));
    docs.push((
        invoice(
            &env,
            "ACME",
            "2026-03-05",
            &["Développement;10;600;20", "Remise fidélité;1;-250;20"],
            &[],
        ),
        "a discount line",
    ));
    let long: Vec<String> = (1..=70)
        .map(|i| format!("Intervention n° {i} sur site;1;{}.50;20", 80 + i))
        .collect();
    let long: Vec<&str> = long.iter().map(String::as_str).collect();
    docs.push((
        invoice(&env, "ACME", "2026-03-06", &long, &[]),
        "a long invoice over several pages",
    ));
    docs.push((
        invoice(&env, "ETOILE", "2026-03-06", &["Menu dégustation;12;55;10"], &[]),
        "an imported customer with accents and apostrophes",
    ));
    docs.push((
        invoice(
            &env,
            "ACME",
            "2026-03-07",
            &["Conseil (forfait mensuel);1;4000;20"],
            &["--delivered", "2026-02-01..2026-02-28"],
        ),
        "a service period",
    ));
    docs.push((
        invoice(
            &env,
            "ACME",
            "2026-03-07",
            &["Armoire forte;2;890;20;goods"],
            &[
                "--delivered",
                "2026-03-05",
                "--deliver-to",
                "Entrepôt Nord\\nZI des Fourches\\n59000 Lille",
            ],
        ),
        "a delivery date and a delivery address",
    ));
    for (day, line) in [
        ("2026-03-02", "Palette de parpaings;3;145;20;goods"),
        ("2026-03-05", "Sable 0/4 (tonne);2,5;38;20;goods"),
        ("2026-03-06", "Livraison sur chantier;1;60;20"),
    ] {
        env.ok(&[
            "delivery",
            "create",
            "--customer",
            "ACME",
            "--date",
            day,
            "--line",
            line,
        ]);
    }
    let grouped = |deliveries: &str| {
        let v = env.json(&[
            "invoice",
            "group",
            "--customer",
            "ACME",
            "--deliveries",
            deliveries,
            "--issue",
            "--date",
            "2026-03-07",
        ]);
        v["number"].as_str().expect("number").to_string()
    };
    docs.push((
        grouped("BL-2026-0001,BL-2026-0002"),
        "a recap invoice of two delivery notes (line notes)",
    ));
    docs.push((
        grouped("BL-2026-0003"),
        "an invoice of one delivery note (despatch advice)",
    ));
    env.ok(&["company", "set", "--sepa-creditor-id", "FR72ZZZ123456"]);
    env.ok(&[
        "customer",
        "mandate",
        "add",
        "ACME",
        "--iban",
        "FR1420041010050500013M02606",
        "--bic",
        "PSSTFRPPPAR",
        "--reference",
        "RUM-ACME-001",
        "--signed",
        "2026-01-10",
    ]);
    docs.push((
        invoice(
            &env,
            "ACME",
            "2026-03-07",
            &["Maintenance mensuelle;1;250;20"],
            &["--collect", "direct-debit"],
        ),
        "paid by SEPA direct debit (mandate, creditor id)",
    ));
    docs.push((credit(&env, &exempt, &[]), "a full credit note"));
    docs.push((
        credit(&env, &several, &["--amount", "120"]),
        "a partial credit note",
    ));
    docs.push((
        invoice(
            &env,
            "ACME",
            "2026-03-07",
            &["Conseil;3;1000;20", "Livre;2;30;5.5;goods"],
            &["--currency", "USD", "--rate", "1.0842"],
        ),
        "an invoice in US dollars (VAT also in euros, BT-6/BT-111)",
    ));
    let discounted = invoice(
        &env,
        "ACME",
        "2026-03-08",
        &[
            "Audit;2;500;20;-10%",
            "Formation;3;120;5.5;-50",
            "Licence;1;333.33;20",
        ],
        &["--discount", "5%"],
    );
    docs.push((
        discounted.clone(),
        "line discounts and an invoice discount over two VAT rates",
    ));
    docs.push((
        invoice(
            &env,
            "MARTIN",
            "2026-03-08",
            &["Cours particulier;3;40;20;-5%", "Manuel;2;19.99;5.5;goods"],
            &["--prices-include-vat", "--discount", "10"],
        ),
        "an invoice discount by amount, prices including VAT",
    ));
    docs.push((
        credit(&env, &discounted, &[]),
        "a full credit note of an invoice with a discount",
    ));
    let quote = env.json(&[
        "offer",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;2;1000;20",
        "--line",
        "Livres;10;30;5.5;goods",
        "--date",
        "2026-03-08",
    ]);
    let quote = quote["number"].as_str().unwrap().to_string();
    let deposit = env.json(&[
        "offer",
        "accept",
        &quote,
        "--deposit",
        "30%",
        "--date",
        "2026-03-08",
    ]);
    docs.push((
        deposit["number"].as_str().unwrap().to_string(),
        "a deposit invoice (type 386) over two VAT rates",
    ));
    let last = env.json(&[
        "offer",
        "invoice",
        &quote,
        "--final",
        "--issue",
        "--date",
        "2026-03-09",
    ]);
    docs.push((
        last["number"].as_str().unwrap().to_string(),
        "the final invoice deducting the deposit per VAT rate",
    ));
    (env, docs)
}

/// A company under VAT franchise (art. 293 B), no VAT number.
fn franchise() -> (TestEnv, String) {
    let env = TestEnv::empty();
    env.ok(&[
        "init",
        "--name",
        "Julie Graphiste EI",
        "--address",
        "3 rue des Arts\\n33000 Bordeaux",
        "--siren",
        "732829320",
        "--vat-franchise",
        "--iban",
        "FR7630006000011234567890189",
        "--email",
        "julie@graphiste.example",
    ]);
    customer(
        &env,
        &[
            "--code",
            "ACME",
            "--name",
            "ACME SAS",
            "--siren",
            "512345679",
            "--email",
            "compta@acme.example",
            "--address",
            "2 av. Foch\\n69006 Lyon",
        ],
    );
    let number = invoice(
        &env,
        "ACME",
        "2026-03-02",
        &["Logo et charte graphique;1;1800;0"],
        &[],
    );
    (env, number)
}

fn pdf_of(env: &TestEnv, number: &str) -> PathBuf {
    let path = env.dir.path().join(format!("{number}.pdf"));
    env.ok(&["invoice", "pdf", number, "--out", path.to_str().unwrap()]);
    path
}

fn xml_of(env: &TestEnv, number: &str) -> String {
    env.ok(&["invoice", "xml", number])
}

#[test]
#[ignore = "needs python3 with factur-x, saxonche, pikepdf, qpdf and en16931 (scripts/test.sh installs them)"]
fn every_document_of_the_matrix_is_a_valid_factur_x_for_every_validator() {
    let (env, docs) = matrix();
    let (franchised, number) = franchise();
    let mut all: Vec<(&TestEnv, String, &str)> =
        docs.iter().map(|(n, what)| (&env, n.clone(), *what)).collect();
    all.push((&franchised, number, "VAT franchise (art. 293 B)"));
    let mut failures = Vec::new();
    for (env, number, what) in &all {
        let pdf = pdf_of(env, number);
        let (code, text) = facturx_check(&pdf);
        if code != 0 {
            failures.push(format!("facturx_check {number} ({what}):\n{text}"));
        }
        let (code, text) = run(&en16931(), &["validate", pdf.to_str().unwrap()]);
        if code != 0 {
            failures.push(format!("en16931 validate {number} ({what}) exit {code}:\n{text}"));
        }
        let (code, text) = run("qpdf", &["--check", pdf.to_str().unwrap()]);
        if code != 0 {
            failures.push(format!("qpdf --check {number} ({what}):\n{text}"));
        }
        let embedded = pdf.with_extension("embedded.xml");
        let (code, text) = pdfa_check(&pdf, Some(&embedded));
        if code != 0 {
            failures.push(format!("pdfa_check {number} ({what}):\n{text}"));
        } else {
            // the PDF carries the very XML `invoice xml` writes
            let inside = std::fs::read_to_string(&embedded).unwrap();
            if inside != xml_of(env, number) {
                failures.push(format!("{number}: the embedded XML differs from `invoice xml`"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    // the page prints the exemption the XML carries
    for (i, words) in [
        (1, "Exonération de TVA"),
        (
            2,
            "Autoliquidation : exonération de TVA, article 262 ter I du CGI",
        ),
        (3, "Exonération de TVA, article 262 I du CGI (exportation)"),
    ] {
        let number = &docs[i].0;
        let text = crate::common::pdftotext_layout(&env.dir.path().join(format!("{number}.pdf")));
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(words), "{number}: the PDF lacks {words:?}:\n{text}");
        assert!(
            xml_of(&env, number).contains(&format!("<ram:ExemptionReason>{words}</ram:ExemptionReason>"))
        );
    }
}

/// The XML says what the French rules and EN 16931 ask of each case, read from the file.
#[test]
fn the_xml_carries_the_codes_each_case_needs() {
    let (env, docs) = matrix();
    let xml = |i: usize| xml_of(&env, &docs[i].0);
    let several = xml(0);
    for needle in [
        "<ram:TypeCode>380</ram:TypeCode>",
        "<ram:ID>M1</ram:ID>",
        "<ram:SubjectCode>PMT</ram:SubjectCode>",
        "<ram:SubjectCode>PMD</ram:SubjectCode>",
        "<ram:SubjectCode>AAB</ram:SubjectCode>",
        "<ram:ID schemeID=\"0002\">842130577</ram:ID>",
        "<ram:URIID schemeID=\"0225\">842130577</ram:URIID>",
        "<ram:ID schemeID=\"VA\">FR68842130577</ram:ID>",
        "<ram:ID schemeID=\"0002\">512345679</ram:ID>",
        "<ram:IBANID>FR7630006000011234567890189</ram:IBANID>",
        "<ram:BICID>AGRIFRPPXXX</ram:BICID>",
        "<ram:BuyerReference>PO-2026-7781</ram:BuyerReference>",
        "<ram:IssuerAssignedID>PO-2026-7781</ram:IssuerAssignedID>",
        "<ram:RateApplicablePercent>2.1</ram:RateApplicablePercent>",
        "<ram:RateApplicablePercent>5.5</ram:RateApplicablePercent>",
        "<ram:DueDateDateTime>",
    ] {
        assert!(several.contains(needle), "{needle} missing:\n{several}");
    }
    assert!(xml(1).contains("<ram:CategoryCode>E</ram:CategoryCode>"));
    assert!(xml(1).contains("<ram:ExemptionReason>Exonération de TVA</ram:ExemptionReason>"));
    let belge = xml(2);
    assert!(
        belge.contains("<ram:CategoryCode>K</ram:CategoryCode>"),
        "{belge}"
    );
    assert!(belge.contains("<ram:ExemptionReasonCode>VATEX-EU-IC</ram:ExemptionReasonCode>"));
    assert!(belge.contains("<ram:CountryID>BE</ram:CountryID>"));
    assert!(belge.contains("<ram:Content>B2BINT</ram:Content>"));
    let suisse = xml(3);
    assert!(
        suisse.contains("<ram:CategoryCode>G</ram:CategoryCode>"),
        "{suisse}"
    );
    assert!(suisse.contains("<ram:CountryID>CH</ram:CountryID>"));
    let martin = xml(4);
    assert!(martin.contains("<ram:Content>B2C</ram:Content>"));
    assert!(martin.contains("<ram:URIID schemeID=\"EM\">claire.martin@example.org</ram:URIID>"));
    assert!(
        xml(5).contains("Late-payment penalties"),
        "an English customer's notes are in English"
    );
    assert!(xml(6).contains("<ram:BilledQuantity unitCode=\"C62\">-1</ram:BilledQuantity>"));
    assert!(xml(8).contains("<ram:Name>L&apos;Étoile d&apos;Azur — Café &amp; Fils</ram:Name>"));
    let period = xml(9);
    assert!(period.contains("<ram:BillingSpecifiedPeriod>"), "{period}");
    assert!(period.contains("<udt:DateTimeString format=\"102\">20260201</udt:DateTimeString>"));
    assert!(period.contains("<udt:DateTimeString format=\"102\">20260228</udt:DateTimeString>"));
    assert!(!period.contains("<ram:ActualDeliverySupplyChainEvent>"));
    let shipped = xml(10);
    assert!(shipped.contains("<ram:ShipToTradeParty>"), "{shipped}");
    assert!(shipped.contains("<ram:CityName>Lille</ram:CityName>"));
    assert!(shipped.contains("<ram:LineOne>Entrepôt Nord</ram:LineOne>"));
    assert!(shipped.contains("<udt:DateTimeString format=\"102\">20260305</udt:DateTimeString>"));
    assert!(
        shipped.contains("<ram:ID>B1</ram:ID>"),
        "goods only: billing mode B1"
    );
    let recap = xml(11);
    assert!(
        recap.contains("<ram:Content>Bon de livraison BL-2026-0002 du 05/03/2026</ram:Content>"),
        "{recap}"
    );
    assert!(
        !recap.contains("<ram:DespatchAdviceReferencedDocument>"),
        "two notes: named per line only"
    );
    let one = xml(12);
    assert!(one.contains("<ram:DespatchAdviceReferencedDocument>"), "{one}");
    assert!(one.contains("<ram:IssuerAssignedID>BL-2026-0003</ram:IssuerAssignedID>"));
    let debit = xml(13);
    for needle in [
        "<ram:CreditorReferenceID>FR72ZZZ123456</ram:CreditorReferenceID>",
        "<ram:TypeCode>59</ram:TypeCode>",
        "<ram:IBANID>FR1420041010050500013M02606</ram:IBANID>",
        "<ram:DirectDebitMandateID>RUM-ACME-001</ram:DirectDebitMandateID>",
    ] {
        assert!(debit.contains(needle), "{needle} missing:\n{debit}");
    }
    assert!(
        !debit.contains("<ram:TypeCode>58</ram:TypeCode>"),
        "no transfer is asked for"
    );
    let full = xml(14);
    assert!(full.contains("<ram:TypeCode>381</ram:TypeCode>"));
    assert!(full.contains(&format!(
        "<ram:IssuerAssignedID>{}</ram:IssuerAssignedID>",
        docs[1].0
    )));
    assert!(full.contains("<qdt:DateTimeString format=\"102\">20260302</qdt:DateTimeString>"));
    // Audit 2 × 500 less 10 % = 900, Formation 3 × 120 less 50 = 310, Licence 333.33:
    // 1233.33 at 20 % and 310 at 5.5 %; 5 % off 1543.33 = 77.17, shared 61.67 / 15.50
    let discounted = xml(17);
    for needle in [
        "<ram:CalculationPercent>10</ram:CalculationPercent>",
        "<ram:BasisAmount>1000.00</ram:BasisAmount>",
        "<ram:ActualAmount>100.00</ram:ActualAmount>",
        "<ram:ActualAmount>50.00</ram:ActualAmount>",
        "<ram:LineTotalAmount>900.00</ram:LineTotalAmount>",
        "<ram:LineTotalAmount>310.00</ram:LineTotalAmount>",
        "<ram:ActualAmount>61.67</ram:ActualAmount>",
        "<ram:ActualAmount>15.50</ram:ActualAmount>",
        "<ram:Reason>Remise 5 %</ram:Reason>",
        "<ram:LineTotalAmount>1543.33</ram:LineTotalAmount>",
        "<ram:AllowanceTotalAmount>77.17</ram:AllowanceTotalAmount>",
        "<ram:TaxBasisTotalAmount>1466.16</ram:TaxBasisTotalAmount>",
        "<ram:BasisAmount>1171.66</ram:BasisAmount>",
        "<ram:BasisAmount>294.50</ram:BasisAmount>",
    ] {
        assert!(discounted.contains(needle), "{needle} missing:\n{discounted}");
    }
    assert_eq!(
        discounted.matches("<udt:Indicator>false</udt:Indicator>").count(),
        4,
        "two line allowances and one document allowance per VAT rate"
    );
    let credited = xml(19);
    assert!(credited.contains("<ram:TypeCode>381</ram:TypeCode>"));
    assert!(!credited.contains("AllowanceTotalAmount"), "{credited}");
    let (franchised, number) = franchise();
    let fr = xml_of(&franchised, &number);
    assert!(
        fr.contains("<ram:ExemptionReasonCode>VATEX-FR-FRANCHISE</ram:ExemptionReasonCode>"),
        "{fr}"
    );
    assert!(
        !fr.contains("schemeID=\"VA\""),
        "a company under franchise has no VAT number"
    );
}

#[test]
fn a_draft_has_no_e_invoice_and_the_xml_can_go_to_a_file() {
    let env = TestEnv::with_customer();
    let v = env.json(&[
        "invoice",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;500;20",
    ]);
    let id = v["id"].as_i64().unwrap().to_string();
    let err = env.fails(&["invoice", "xml", &id], 2);
    assert!(err.contains("is a draft: issue it first"), "{err}");
    let number = env.issued_invoice("Audit;1;500;20", "2026-03-01");
    let out = env.dir.path().join("f.xml");
    env.ok(&["invoice", "xml", &number, "--out", out.to_str().unwrap()]);
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(written.starts_with("<?xml"));
    assert_eq!(written, xml_of(&env, &number));
}

/// Breaks one thing at a time in a valid XML and asserts the validator names the rule:
/// proof the check is live.
#[test]
#[ignore = "needs python3 with factur-x and saxonche (scripts/test.sh installs them)"]
fn the_validators_reject_a_broken_e_invoice() {
    let env = TestEnv::with_customer();
    let number = env.issued_invoice("Audit;2;500;20", "2026-03-01");
    let good = xml_of(&env, &number);
    let dir = env.dir.path();
    let check = |name: &str, xml: &str| {
        let path = dir.join(name);
        std::fs::write(&path, xml).unwrap();
        facturx_check(&path)
    };
    let (code, text) = check("good.xml", &good);
    assert_eq!(code, 0, "the unbroken file passes:\n{text}");
    let cases = [
        (
            "total.xml",
            good.replace(
                "<ram:GrandTotalAmount>1200.00</ram:GrandTotalAmount>",
                "<ram:GrandTotalAmount>1210.00</ram:GrandTotalAmount>",
            ),
            "BR-CO-15",
        ),
        (
            "siren.xml",
            good.replace("<ram:ID schemeID=\"0002\">842130577</ram:ID>", ""),
            "BR-FR-10",
        ),
        (
            "category.xml",
            good.replace(
                "<ram:CategoryCode>S</ram:CategoryCode>",
                "<ram:CategoryCode>Z</ram:CategoryCode>",
            ),
            "BR-Z",
        ),
        (
            "notes.xml",
            good.replace("<ram:SubjectCode>PMT</ram:SubjectCode>", ""),
            "BR-FR-05",
        ),
    ];
    for (name, broken, rule) in cases {
        assert_ne!(broken, good, "{name}: the mutation changed nothing");
        let (code, text) = check(name, &broken);
        assert_eq!(code, 1, "{name} must be rejected:\n{text}");
        assert!(text.contains(rule), "{name}: expected {rule} in:\n{text}");
    }
    // the second validator rejects a broken total too
    let pdf = pdf_of(&env, &number);
    let (code, _) = run(&en16931(), &["validate", pdf.to_str().unwrap()]);
    assert_eq!(code, 0);
    let broken = dir.join("total-broken.xml");
    std::fs::write(&broken, cases_total(&good)).unwrap();
    let (code, text) = run(&en16931(), &["validate", broken.to_str().unwrap()]);
    assert_ne!(code, 0, "en16931 must reject a wrong total:\n{text}");
    // the structural check rejects a PDF without the e-invoice (a quote)
    env.ok(&[
        "offer",
        "create",
        "--customer",
        "ACME",
        "--line",
        "Audit;1;500;20",
    ]);
    let quote = dir.join("quote.pdf");
    let list = env.json(&["offer", "list"]);
    let offer = list[0]["number"].as_str().unwrap().to_string();
    env.ok(&["offer", "pdf", &offer, "--out", quote.to_str().unwrap()]);
    let (code, text) = pdfa_check(&quote, None);
    assert_eq!(
        code, 1,
        "a PDF without factur-x.xml fails the structural check:\n{text}"
    );
}

fn cases_total(good: &str) -> String {
    good.replace(
        "<ram:GrandTotalAmount>1200.00</ram:GrandTotalAmount>",
        "<ram:GrandTotalAmount>1210.00</ram:GrandTotalAmount>",
    )
}

/// The "QR code SEPA" read back from the rendered page (pdftoppm, then zbarimg from
/// zbar-tools) carries every field of the transfer.
#[test]
#[ignore = "needs pdftoppm (poppler-utils) and zbarimg (zbar-tools); scripts/test.sh installs them"]
fn the_sepa_qr_code_read_from_the_page_pre_fills_the_transfer() {
    let env = TestEnv::with_customer();
    let number = env.issued_invoice("Audit;2;512.25;20", "2026-03-01");
    let pdf = pdf_of(&env, &number);
    let png = env.dir.path().join("page");
    let (code, text) = run(
        "pdftoppm",
        &[
            "-r",
            "150",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            pdf.to_str().unwrap(),
            png.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "pdftoppm failed: {text}");
    let out = Command::new("zbarimg")
        .args([
            "-q",
            "--raw",
            "-Sbinary",
            png.with_extension("png").to_str().unwrap(),
        ])
        .output()
        .unwrap_or_else(|e| panic!("zbarimg cannot run ({e}): apt-get install zbar-tools"));
    assert!(
        out.status.success(),
        "zbarimg found no code: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let decoded = String::from_utf8(out.stdout).expect("the code is UTF-8");
    let fields: Vec<&str> = decoded.trim_end_matches('\n').split('\n').collect();
    assert_eq!(
        fields,
        vec![
            "BCD",
            "002",
            "1",
            "SCT",
            "AGRIFRPPXXX",
            "Atelier Test SARL",
            "FR7630006000011234567890189",
            "EUR1229.40",
            "",
            "",
            number.as_str(),
        ],
        "{decoded:?}"
    );
    // a credit note is not paid by the customer: no code on it
    let credit = credit(&env, &number, &[]);
    let pdf = pdf_of(&env, &credit);
    let png = env.dir.path().join("credit");
    run(
        "pdftoppm",
        &[
            "-r",
            "150",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            pdf.to_str().unwrap(),
            png.to_str().unwrap(),
        ],
    );
    let out = Command::new("zbarimg")
        .args(["-q", "--raw", png.with_extension("png").to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!out.status.success(), "a credit note carries no payment code");
}

/// `invoice pdf --all` renders every issued document without a PDF in one process, once:
/// a second run has nothing to do; `--since` keeps to the recent ones.
#[test]
fn all_missing_pdfs_are_rendered_in_one_run() {
    let env = TestEnv::with_customer();
    let old = env.issued_invoice("Audit;1;500;20", "2026-02-01");
    let recent = env.issued_invoice("Audit;1;700;20", "2026-03-01");
    let v = env.json(&["invoice", "pdf", "--all", "--since", "2026-02-15"]);
    assert_eq!(v["archived"], 1, "{v}");
    let dir = env.dir.path().join("ledger-documents");
    assert!(dir.join(format!("{recent}.pdf")).is_file());
    assert!(!dir.join(format!("{old}.pdf")).exists());
    let v = env.json(&["invoice", "pdf", "--all"]);
    assert_eq!(v["archived"], 1, "{v}");
    assert!(dir.join(format!("{old}.pdf")).is_file());
    let v = env.json(&["invoice", "pdf", "--all"]);
    assert_eq!(v["archived"], 0, "nothing left to render: {v}");
    let err = env.fails(&["invoice", "pdf", "--all", &old], 2);
    assert!(err.contains("cannot be used with"), "{err}");
}

/// The bulk rendering is the single one: over more than one batch of `invoice pdf --all`
/// (a synthetic ledger of 150 invoices and a few credit notes), the files it archives are byte for byte
/// what a separate `invoice pdf` process renders for the same invoice, checked at the
/// edges of the batches, and every issued invoice has its file.
#[test]
fn bulk_pdfs_are_byte_identical_to_single_ones() {
    let env = TestEnv::empty();
    env.ok(&[
        "demo",
        "--as-of",
        "2026-11-24",
        "--customers",
        "3",
        "--invoices",
        "150",
        "--seed",
        "1",
    ]);
    let v = env.json(&["--as-of", "2026-11-24", "invoice", "pdf", "--all"]);
    let count = v["archived"].as_u64().unwrap() as usize;
    assert!(count > 150, "the 150 invoices and their credit notes: {v}");
    let dir = env.dir.path().join("ledger-documents");
    let mut numbers: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter_map(|name| name.strip_suffix(".pdf").map(str::to_string))
        .collect();
    numbers.sort();
    assert_eq!(
        numbers.len(),
        count,
        "one file per issued document in {}",
        dir.display()
    );
    for i in [0, 1, 99, 100, 101, count - 1] {
        let number = &numbers[i];
        let out = env.dir.path().join(format!("single-{i}.pdf"));
        let single = env.json(&[
            "--as-of",
            "2026-11-24",
            "invoice",
            "pdf",
            number,
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(
            single["matches_archive"], true,
            "a fresh single rendering of {number} is the bulk one: {single}"
        );
        assert_eq!(single["archived_now"], false, "{single}");
        let archived = dir.join(format!("{number}.pdf"));
        assert_eq!(
            crate::common::sha256_of(&archived),
            single["sha256"].as_str().unwrap(),
            "{number}"
        );
    }
}
