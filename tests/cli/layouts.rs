//! `export entries --layout sage|ebp|fec-csv`: each file is read back by a reader written
//! here from the column specifications of docs/exports.md, and its entries must balance
//! and give every account the totals of the FEC of the same period.

use std::collections::BTreeMap;

use crate::common::{TestEnv, demo_env};
use crate::fec_checker::{cents, fec_lines};

/// One accounting line as a layout gives it back.
#[derive(Debug)]
struct ReadLine {
    movement: String,
    date: String,
    journal: String,
    piece: String,
    account: String,
    cents: i128,
    debit: bool,
    label: Vec<u8>,
}

/// The few code page 850 letters the demo's names use, from the code page's table.
fn decode_cp850(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x82 => 'é',
            0x8A => 'è',
            0x93 => 'ô',
            0x90 => 'É',
            0x85 => 'à',
            0x87 => 'ç',
            b if b < 0x80 => b as char,
            _ => '\u{FFFD}',
        })
        .collect()
}

/// The lines of a CR LF file, each checked to end with CR LF.
fn crlf_lines(bytes: &[u8]) -> Vec<&[u8]> {
    assert!(bytes.ends_with(b"\r\n"), "the file ends with CR LF");
    let body = &bytes[..bytes.len() - 2];
    let lines: Vec<&[u8]> = body.split(|&b| b == b'\n').collect();
    for (i, l) in lines.iter().enumerate() {
        assert!(
            i + 1 == lines.len() || l.ends_with(b"\r"),
            "line {} ends with CR LF",
            i + 1
        );
    }
    lines
        .into_iter()
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .collect()
}

fn text(bytes: &[u8]) -> String {
    decode_cp850(bytes).trim().to_string()
}

/// `0000001200.00` to cents: 13 characters, digits, a decimal point, two decimals.
fn amount13(field: &[u8]) -> i128 {
    let s = std::str::from_utf8(field).expect("an ASCII amount");
    assert_eq!(s.len(), 13, "amount `{s}` has 13 characters");
    let (units, decimals) = s.split_once('.').expect("a decimal point");
    assert!(
        units.bytes().all(|b| b.is_ascii_digit()) && decimals.len() == 2,
        "{s}"
    );
    units.parse::<i128>().unwrap() * 100 + decimals.parse::<i128>().unwrap()
}

/// Sage XImport: fixed columns (5, 2, 8, 8, 12, 11, 25, 13, 1, 12, 6, 34, 1).
fn read_sage(bytes: &[u8]) -> Vec<ReadLine> {
    crlf_lines(bytes)
        .into_iter()
        .map(|l| {
            assert_eq!(l.len(), 138, "a line of 138 characters: {:?}", decode_cp850(l));
            let sense = l[84];
            assert!(sense == b'D' || sense == b'C', "D or C");
            ReadLine {
                movement: text(&l[0..5]),
                journal: text(&l[5..7]),
                date: text(&l[7..15]),
                piece: text(&l[23..35]),
                account: text(&l[35..46]),
                label: l[103..137].to_vec(),
                cents: amount13(&l[71..84]),
                debit: sense == b'D',
            }
        })
        .collect()
}

/// Splits an EBP line on commas outside double quotes.
fn ebp_fields(line: &[u8]) -> Vec<Vec<u8>> {
    let mut fields = vec![Vec::new()];
    let mut quoted = false;
    for &b in line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => fields.push(Vec::new()),
            _ => fields.last_mut().unwrap().push(b),
        }
    }
    fields
}

/// EBP ASCII: movement, JJMMAAAA, journal, account, empty, "label", "piece", amount,
/// D or C, due date, currency.
fn read_ebp(bytes: &[u8]) -> Vec<ReadLine> {
    crlf_lines(bytes)
        .into_iter()
        .map(|l| {
            let f = ebp_fields(l);
            assert_eq!(f.len(), 11, "11 fields: {:?}", decode_cp850(l));
            let d = text(&f[1]);
            assert_eq!(d.len(), 8, "JJMMAAAA");
            ReadLine {
                movement: text(&f[0]),
                date: format!("{}{}{}", &d[4..8], &d[2..4], &d[0..2]),
                journal: text(&f[2]),
                account: text(&f[3]),
                label: f[5].clone(),
                piece: text(&f[6]),
                cents: amount13(&f[7]),
                debit: match f[8].as_slice() {
                    b"D" => true,
                    b"C" => false,
                    other => panic!("D or C, not {other:?}"),
                },
            }
        })
        .collect()
}

/// Debit and credit per account (the customer's own account on 411 lines).
type Totals = BTreeMap<String, (i128, i128)>;

fn layout_totals(lines: &[ReadLine]) -> Totals {
    let mut out = Totals::new();
    for l in lines {
        let t = out.entry(l.account.clone()).or_default();
        if l.debit {
            t.0 += l.cents;
        } else {
            t.1 += l.cents;
        }
    }
    out
}

/// Every movement balances; returns how many there are.
fn assert_movements_balance(lines: &[ReadLine]) -> usize {
    let mut per: BTreeMap<&str, i128> = BTreeMap::new();
    for l in lines {
        *per.entry(&l.movement).or_default() += if l.debit { l.cents } else { -l.cents };
    }
    for (m, net) in &per {
        assert_eq!(*net, 0, "movement {m} balances");
    }
    per.len()
}

/// The FEC of the year (UTF-8) and its totals per account.
fn fec_of_2026(env: &TestEnv) -> (Vec<crate::fec_checker::FecLine>, Totals) {
    let out = env.dir.path().join("fec-utf8.txt");
    env.ok(&[
        "export",
        "fec",
        "--year",
        "2026",
        "--encoding",
        "utf8",
        "--out",
        out.to_str().unwrap(),
    ]);
    let lines = fec_lines(&std::fs::read_to_string(&out).unwrap());
    let mut totals = Totals::new();
    for l in &lines {
        let aux = l.get("CompAuxNum");
        let account = if aux.is_empty() { l.get("CompteNum") } else { aux };
        let t = totals.entry(account.to_string()).or_default();
        t.0 += cents(&l.get("Debit").replace(',', "."));
        t.1 += cents(&l.get("Credit").replace(',', "."));
    }
    (lines, totals)
}

fn export_layout(env: &TestEnv, layout: &str) -> Vec<u8> {
    let v = env.json(&["export", "entries", "--layout", layout, "--year", "2026"]);
    std::fs::read(env.dir.path().join(v["file"].as_str().expect("file"))).unwrap()
}

#[track_caller]
fn assert_like_the_fec(lines: &[ReadLine], fec: &[crate::fec_checker::FecLine], totals: &Totals) {
    assert_eq!(lines.len(), fec.len(), "one line per FEC line");
    assert_eq!(assert_movements_balance(lines), {
        let mut n: Vec<&str> = fec.iter().map(|l| l.get("EcritureNum")).collect();
        n.dedup();
        n.len()
    });
    for (l, f) in lines.iter().zip(fec) {
        assert_eq!(l.piece, f.get("EcritureNum"), "the piece is the entry's number");
        assert_eq!(l.date, f.get("EcritureDate"));
        assert_eq!(l.journal, f.get("JournalCode"));
    }
    assert_eq!(&layout_totals(lines), totals, "totals per account, as in the FEC");
    let (d, c) = totals.values().fold((0, 0), |a, t| (a.0 + t.0, a.1 + t.1));
    assert_eq!(d, c, "the file balances");
    assert!(d > 0);
}

#[test]
fn the_sage_layout_reads_back_to_the_fec_totals() {
    let env = demo_env();
    let (fec, totals) = fec_of_2026(&env);
    let bytes = export_layout(&env, "sage");
    assert!(std::str::from_utf8(&bytes).is_err(), "code page 850, not UTF-8");
    let lines = read_sage(&bytes);
    assert_like_the_fec(&lines, &fec, &totals);
    let names: Vec<String> = lines.iter().map(|l| decode_cp850(&l.label)).collect();
    assert!(
        names.iter().any(|n| n.trim() == "Transports Lefèvre SAS"),
        "è is byte 0x8A of code page 850"
    );
}

#[test]
fn the_ebp_layout_reads_back_to_the_fec_totals() {
    let env = demo_env();
    let (fec, totals) = fec_of_2026(&env);
    let bytes = export_layout(&env, "ebp");
    assert!(std::str::from_utf8(&bytes).is_err(), "code page 850, not UTF-8");
    let lines = read_ebp(&bytes);
    assert_like_the_fec(&lines, &fec, &totals);
    let labels: Vec<String> = lines.iter().map(|l| decode_cp850(&l.label)).collect();
    assert!(
        labels.iter().any(|n| n.contains("Hôtel des Tilleul")),
        "ô is byte 0x93 of code page 850"
    );
}

#[test]
fn the_fec_csv_layout_is_the_default_and_csv_its_old_name() {
    let env = demo_env();
    let a = export_layout(&env, "fec-csv");
    let b = export_layout(&env, "csv");
    assert_eq!(a, b);
    let v = env.json(&["export", "entries", "--year", "2026"]);
    assert_eq!(v["file"], "ecritures-2026-01-01-2026-12-31.csv");
}
