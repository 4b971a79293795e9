//! Reading bank statements: a CSV export (mapped by a profile), ISO 20022 CAMT.053
//! (versions 02 and 08) and OFX (1.x SGML and 2.x XML). Pure: text in, lines out.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::bad;
use super::camt::parse_camt053;
use super::ofx::parse_ofx;
use super::text::{detect_delimiter, normalise_name, parse_any_date};
use crate::domain::DomainError;
use crate::domain::bank::{BankFormat, BankLine, CsvProfile, Statement};
use crate::domain::money::parse_amount_any;

/// Reads a bank CSV export with a profile. Any bad line refuses the whole file.
pub fn parse_csv(text: &str, profile: &CsvProfile) -> Result<Statement, DomainError> {
    let body: String = text
        .trim_start_matches('\u{feff}')
        .lines()
        .skip(profile.skip_lines)
        .collect::<Vec<_>>()
        .join("\n");
    let header_line = body.lines().next().unwrap_or("");
    let delimiter = match profile.delimiter.as_str() {
        "" => detect_delimiter(header_line),
        "tab" | "\t" => b'\t',
        d if d.len() == 1 => d.as_bytes()[0],
        d => {
            return Err(bad("CSV", crate::t!("ops-bank-delimiter", delimiter = d)));
        }
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(body.as_bytes());
    let names: Vec<String> = reader
        .headers()
        .map_err(|e| {
            bad(
                "CSV",
                crate::t!("ops-bank-header-unreadable", error = e.to_string()),
            )
        })?
        .iter()
        .map(normalise_name)
        .collect();
    let column = |name: &str, required: bool| -> Result<Option<usize>, DomainError> {
        if name.is_empty() {
            return Ok(None);
        }
        match names.iter().position(|n| *n == normalise_name(name)) {
            Some(i) => Ok(Some(i)),
            None if required => Err(bad(
                "CSV",
                crate::t!("ops-bank-no-column", column = name, header = names.join(", ")),
            )),
            None => Ok(None),
        }
    };
    let date_col = column(&profile.date, true)?.unwrap_or(0);
    let label_col = column(&profile.label, true)?.unwrap_or(0);
    let amount_col = column(&profile.amount, false)?;
    let (debit_col, credit_col) = if amount_col.is_some() {
        (None, None)
    } else {
        (column(&profile.debit, true)?, column(&profile.credit, true)?)
    };
    let id_col = column(&profile.id, false)?;
    let details_col = column(&profile.details, false)?;
    let mut lines = Vec::new();
    let mut errors = Vec::new();
    for (n, record) in reader.records().enumerate() {
        let line_no = n + 2 + profile.skip_lines;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(crate::t!(
                    "ops-import-line-reason",
                    line = line_no,
                    reason = e.to_string()
                ));
                continue;
            }
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |i: Option<usize>| {
            i.and_then(|i| record.get(i))
                .map(str::trim)
                .filter(|c| !c.is_empty())
        };
        let mut problems = Vec::new();
        let date = match cell(Some(date_col)) {
            Some(d) if !profile.date_format.is_empty() => NaiveDate::parse_from_str(d, &profile.date_format)
                .map_err(|_| {
                    problems.push(crate::t!(
                        "checks-csv-date-format",
                        value = d,
                        format = &profile.date_format
                    ))
                })
                .ok(),
            Some(d) => parse_any_date(&crate::t!("checks-csv-col-date"), d)
                .map_err(|e| problems.push(e.to_string()))
                .ok(),
            None => {
                problems.push(crate::t!("checks-csv-date-empty"));
                None
            }
        };
        let mut read = |what: &str, i: Option<usize>| -> Decimal {
            match cell(i).map(|c| parse_amount_any(what, c)) {
                Some(Ok(v)) => v,
                Some(Err(e)) => {
                    problems.push(e.to_string());
                    Decimal::ZERO
                }
                None => Decimal::ZERO,
            }
        };
        let amount = if amount_col.is_some() {
            read(&crate::t!("checks-csv-col-amount"), amount_col)
        } else {
            read(&crate::t!("checks-csv-col-credit"), credit_col).abs()
                - read(&crate::t!("checks-csv-col-debit"), debit_col).abs()
        };
        if problems.is_empty() && amount.is_zero() {
            problems.push(crate::t!("checks-csv-no-amount"));
        }
        match (date, problems.is_empty()) {
            (Some(date), true) => {
                let mut text = cell(Some(label_col)).unwrap_or("").to_string();
                if let Some(more) = cell(details_col) {
                    text = format!("{text} {more}").trim().to_string();
                }
                lines.push(BankLine {
                    date,
                    amount,
                    currency: "EUR".into(),
                    text,
                    counterparty: None,
                    counterparty_iban: None,
                    bank_id: cell(id_col).map(str::to_string),
                })
            }
            _ => errors.push(crate::t!(
                "ops-import-line-reason",
                line = line_no,
                reason = problems.join("; ")
            )),
        }
    }
    if !errors.is_empty() {
        return Err(bad(
            "CSV",
            format!(
                "{}\n  {}",
                crate::t!("ops-bank-bad-lines", count = errors.len()),
                errors.join("\n  ")
            ),
        ));
    }
    Ok(Statement {
        account: profile.account.replace(' ', "").to_uppercase(),
        lines,
    })
}

/// Reads a statement in the given format.
pub fn parse(text: &str, format: BankFormat, profile: &CsvProfile) -> Result<Statement, DomainError> {
    match format {
        BankFormat::Csv => parse_csv(text, profile),
        BankFormat::Camt053 => parse_camt053(text),
        BankFormat::Ofx => parse_ofx(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_french_bank_csv_reads_with_the_default_profile() {
        let text = "Date;Libellé;Débit;Crédit\n05/03/2026;VIR SEPA ACME SAS FACT-2026-0001;;1 200,00\n06/03/2026;PRLV URSSAF;-350,50;\n\n";
        let s = parse_csv(text, &CsvProfile::default()).unwrap();
        assert_eq!(s.lines.len(), 2);
        assert_eq!(s.lines[0].date, d(2026, 3, 5));
        assert_eq!(s.lines[0].amount, Decimal::from(1200));
        assert_eq!(s.lines[1].amount, Decimal::new(-35050, 2));
    }

    #[test]
    fn a_csv_profile_maps_other_columns() {
        let profile = CsvProfile {
            delimiter: ",".into(),
            skip_lines: 1,
            date: "Booking date".into(),
            label: "Text".into(),
            amount: "Amount".into(),
            id: "Ref".into(),
            ..CsvProfile::default()
        };
        let text =
            "Account FR76...\nBooking date,Text,Amount,Ref\n2026-03-05,\"ACME, invoice F1\",1234.50,TX1\n";
        let s = parse_csv(text, &profile).unwrap();
        assert_eq!(s.lines[0].text, "ACME, invoice F1");
        assert_eq!(s.lines[0].bank_id.as_deref(), Some("TX1"));
        assert_eq!(s.lines[0].amount, Decimal::new(123450, 2));
    }

    #[test]
    fn two_digit_years_need_a_date_format() {
        let text = "Date;Libellé;Débit;Crédit\n05/03/26;VIR;;10\n";
        assert!(parse_csv(text, &CsvProfile::default()).is_err());
        let profile = CsvProfile {
            date_format: "%d/%m/%y".into(),
            ..CsvProfile::default()
        };
        assert_eq!(parse_csv(text, &profile).unwrap().lines[0].date, d(2026, 3, 5));
    }

    #[test]
    fn a_bad_csv_line_names_its_line_number() {
        let text = "Date;Libellé;Débit;Crédit\n05/03/2026;OK;;10\n31/02/2026;KO;;abc\n";
        let err = parse_csv(text, &CsvProfile::default()).unwrap_err().to_string();
        assert!(err.contains("line 3"), "{err}");
        assert!(err.contains("31/02/2026") && err.contains("abc"), "{err}");
        let err = parse_csv("Quand;Quoi\n", &CsvProfile::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("no column `Date`"), "{err}");
    }

    #[test]
    fn equal_lines_in_one_file_are_both_kept_with_distinct_keys() {
        let line = BankLine {
            date: d(2026, 3, 5),
            amount: Decimal::TEN,
            currency: "EUR".into(),
            text: "VIR  X".into(),
            counterparty: None,
            counterparty_iban: None,
            bank_id: None,
        };
        let s = Statement {
            account: "A".into(),
            lines: vec![line.clone(), line],
        };
        let keys = s.keys();
        assert_eq!(
            keys,
            vec![
                "A|2026-03-05|10|VIR X".to_string(),
                "A|2026-03-05|10|VIR X#2".to_string()
            ]
        );
    }

    const CAMT_V02: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
 <BkToCstmrStmt><Stmt><Id>S1</Id><Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id></Acct>
  <Ntry><Amt Ccy="EUR">1200.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-03-05</Dt></BookgDt>
   <AcctSvcrRef>REF-1</AcctSvcrRef>
   <NtryDtls><TxDtls><RltdPties><Dbtr><Nm>ACME SAS</Nm></Dbtr><DbtrAcct><Id><IBAN>FR1420041010050500013M02606</IBAN></Id></DbtrAcct></RltdPties>
    <RmtInf><Ustrd>FACT-2026-0001 &amp; merci</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
  <Ntry><Amt Ccy="EUR">50.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2026-03-06</Dt></BookgDt>
   <AddtlNtryInf>FRAIS</AddtlNtryInf></Ntry>
 </Stmt></BkToCstmrStmt></Document>"#;

    #[test]
    fn camt_v02_entries_become_lines() {
        assert_eq!(BankFormat::guess(CAMT_V02), BankFormat::Camt053);
        let s = parse_camt053(CAMT_V02).unwrap();
        assert_eq!(s.account, "FR7630006000011234567890189");
        assert_eq!(s.lines.len(), 2);
        let l = &s.lines[0];
        assert_eq!((l.date, l.amount), (d(2026, 3, 5), Decimal::from(1200)));
        assert_eq!(l.text, "FACT-2026-0001 & merci");
        assert_eq!(l.counterparty.as_deref(), Some("ACME SAS"));
        assert_eq!(
            l.counterparty_iban.as_deref(),
            Some("FR1420041010050500013M02606")
        );
        assert_eq!(l.bank_id.as_deref(), Some("REF-1"));
        assert_eq!(s.lines[1].amount, Decimal::from(-50));
        assert_eq!(s.lines[1].bank_id, None);
    }

    #[test]
    fn camt_amounts_meet_the_same_checks_as_csv_and_ofx() {
        for (amount, why) in [
            ("100000000000000000000000.00", "too large"),
            ("10.005", "more than two decimals"),
            ("-50.00", "negative"),
        ] {
            let text = CAMT_V02.replace(">50.00<", &format!(">{amount}<"));
            let err = parse_camt053(&text).unwrap_err().to_string();
            assert!(err.contains("entry 2") && err.contains(why), "{amount}: {err}");
        }
        // the same limits as the other formats
        let csv = "Date;Libellé;Débit;Crédit\n05/03/2026;VIR;;10,005\n";
        assert!(parse_csv(csv, &CsvProfile::default()).is_err());
    }

    #[test]
    fn a_camt_file_cut_short_is_refused_even_at_a_tag_boundary() {
        let cut = CAMT_V02.find("<Ntry><Amt Ccy=\"EUR\">50.00").unwrap();
        for end in [cut, cut + 6, CAMT_V02.len() - "</Document>".len()] {
            let err = parse_camt053(&CAMT_V02[..end]).unwrap_err().to_string();
            assert!(
                err.contains("cut short") || err.contains("not well-formed"),
                "{end}: {err}"
            );
        }
    }

    #[test]
    fn camt_v08_parties_and_batches_are_read() {
        let text = r#"<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt>
          <Acct><Id><IBAN>FR76 3000 6000 0112 3456 7890 189</IBAN></Id></Acct>
          <Ntry><NtryRef>B1</NtryRef><Amt Ccy="EUR">300.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><DtTm>2026-03-07T10:00:00</DtTm></BookgDt>
           <NtryDtls>
            <TxDtls><Refs><EndToEndId>E1</EndToEndId></Refs><Amt Ccy="EUR">100.00</Amt><RltdPties><Dbtr><Pty><Nm>Bureau Nord</Nm></Pty></Dbtr></RltdPties><RmtInf><Ustrd>F-1</Ustrd></RmtInf></TxDtls>
            <TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs><Amt Ccy="EUR">200.00</Amt><RltdPties><Dbtr><Pty><Nm>Atelier Sud</Nm></Pty></Dbtr></RltdPties></TxDtls>
           </NtryDtls></Ntry></Stmt></BkToCstmrStmt></Document>"#;
        let s = parse_camt053(text).unwrap();
        assert_eq!(s.account, "FR7630006000011234567890189");
        assert_eq!(s.lines.len(), 2);
        assert_eq!(s.lines[0].amount, Decimal::from(100));
        assert_eq!(s.lines[0].counterparty.as_deref(), Some("Bureau Nord"));
        assert_eq!(s.lines[0].text, "E1 F-1");
        assert_eq!(s.lines[1].bank_id.as_deref(), Some("B1/2"));
        assert_eq!(s.lines[1].date, d(2026, 3, 7));
    }

    #[test]
    fn pending_camt_entries_wait_for_a_later_statement() {
        let pending = CAMT_V02.replacen(
            "<AcctSvcrRef>REF-1</AcctSvcrRef>",
            "<Sts><Cd>PDNG</Cd></Sts><AcctSvcrRef>REF-1</AcctSvcrRef>",
            1,
        );
        let s = parse_camt053(&pending).unwrap();
        assert_eq!(s.lines.len(), 1);
        assert_eq!(s.lines[0].amount, Decimal::from(-50));
    }

    #[test]
    fn broken_camt_is_refused_with_a_reason() {
        let err = parse_camt053("<Document><BkToCstmrStmt><Stmt><Ntry><Amt>1</Amt></Stmt>")
            .unwrap_err()
            .to_string();
        assert!(err.contains("CAMT.053"), "{err}");
        let err = parse_camt053("<Document><BkToCstmrStmt><Stmt><Ntry><Amt>1</Amt><BookgDt><Dt>2026-01-01</Dt></BookgDt></Ntry></Stmt></BkToCstmrStmt></Document>")
            .unwrap_err()
            .to_string();
        assert!(err.contains("CdtDbtInd"), "{err}");
        assert!(parse_camt053("<Document/>").is_err());
    }

    #[test]
    fn ofx_sgml_and_xml_read_the_same() {
        let sgml = "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR\n<BANKACCTFROM><BANKID>30006<ACCTID>00012345678<ACCTTYPE>CHECKING</BANKACCTFROM>\n<BANKTRANLIST><STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260305120000[+1:CET]<TRNAMT>1200,00<FITID>F1<NAME>ACME SAS<MEMO>FACT-2026-0001 R&amp;D</STMTTRN>\n</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";
        let xml = "<?xml version=\"1.0\"?><?OFX OFXHEADER=\"200\" VERSION=\"211\"?><OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR</CURDEF><BANKACCTFROM><BANKID>30006</BANKID><ACCTID>00012345678</ACCTID></BANKACCTFROM><BANKTRANLIST><STMTTRN><TRNTYPE>CREDIT</TRNTYPE><DTPOSTED>20260305</DTPOSTED><TRNAMT>1200.00</TRNAMT><FITID>F1</FITID><NAME>ACME SAS</NAME><MEMO>FACT-2026-0001 R&amp;D</MEMO></STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";
        assert_eq!(BankFormat::guess(sgml), BankFormat::Ofx);
        assert_eq!(BankFormat::guess(xml), BankFormat::Ofx);
        let a = parse_ofx(sgml).unwrap();
        let b = parse_ofx(xml).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.account, "00012345678");
        assert_eq!(a.lines[0].text, "ACME SAS FACT-2026-0001 R&D");
        assert_eq!(a.lines[0].amount, Decimal::from(1200));
    }

    #[test]
    fn a_cut_ofx_is_refused() {
        let err = parse_ofx("<OFX><STMTTRN><DTPOSTED>20260305<TRNAMT>1")
            .unwrap_err()
            .to_string();
        assert!(err.contains("not closed"), "{err}");
        let err = parse_ofx("<OFX><STMTTRN><TRNAMT>1</STMTTRN>")
            .unwrap_err()
            .to_string();
        assert!(err.contains("DTPOSTED"), "{err}");
    }

    proptest! {
        #[test]
        fn csv_amounts_keep_their_sign(cents in 1i64..100_000_000, credit in any::<bool>()) {
            let amount = Decimal::new(cents, 2);
            let french = amount.to_string().replace('.', ",");
            let row = if credit { format!(";{french}") } else { format!("{french};") };
            let text = format!("Date;Libellé;Débit;Crédit\n01/02/2026;X;{row}\n");
            let s = parse_csv(&text, &CsvProfile::default()).unwrap();
            prop_assert_eq!(s.lines[0].amount, if credit { amount } else { -amount });
        }
    }
}
