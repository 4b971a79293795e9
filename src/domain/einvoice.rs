//! The rules of an e-invoice (EN 16931 with the French CTC rules, BR-FR): the VAT
//! category of each rate, the billing mode, where the buyer is, the address as a machine
//! reads it, and the net of each line when prices include VAT. The XML words are the
//! renderer's; which code goes where is decided here, once.

use rust_decimal::Decimal;

use super::document::{Line, Totals};
use super::mentions::{Category, DocumentKind};
use super::money::{Currency, Money};

/// The member states of the European Union, by the ISO 3166 code of their VAT prefix
/// (Greece's VAT prefix is EL).
const EU: [&str; 27] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT",
    "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// Country names a typed address may end with, in French and English, and their code.
const COUNTRY_NAMES: [(&str, &str); 40] = [
    ("france", "FR"),
    ("belgique", "BE"),
    ("belgium", "BE"),
    ("allemagne", "DE"),
    ("germany", "DE"),
    ("deutschland", "DE"),
    ("espagne", "ES"),
    ("spain", "ES"),
    ("italie", "IT"),
    ("italy", "IT"),
    ("luxembourg", "LU"),
    ("pays-bas", "NL"),
    ("netherlands", "NL"),
    ("portugal", "PT"),
    ("irlande", "IE"),
    ("ireland", "IE"),
    ("autriche", "AT"),
    ("austria", "AT"),
    ("pologne", "PL"),
    ("poland", "PL"),
    ("suède", "SE"),
    ("sweden", "SE"),
    ("danemark", "DK"),
    ("denmark", "DK"),
    ("suisse", "CH"),
    ("switzerland", "CH"),
    ("royaume-uni", "GB"),
    ("united kingdom", "GB"),
    ("uk", "GB"),
    ("états-unis", "US"),
    ("etats-unis", "US"),
    ("usa", "US"),
    ("united states", "US"),
    ("canada", "CA"),
    ("maroc", "MA"),
    ("morocco", "MA"),
    ("tunisie", "TN"),
    ("japon", "JP"),
    ("japan", "JP"),
    ("norvège", "NO"),
];

/// Whether a country (ISO 3166 alpha-2) is in the European Union.
pub fn in_eu(country: &str) -> bool {
    EU.contains(&country)
}

/// The country of a party: the prefix of its VAT number when it has one, else the last
/// line of its address when that line names a country, else France.
pub fn country_of(vat_number: Option<&str>, address: &str) -> String {
    if let Some(vat) = vat_number {
        let prefix: String = vat
            .trim()
            .chars()
            .take(2)
            .collect::<String>()
            .to_ascii_uppercase();
        if prefix.len() == 2 && prefix.chars().all(|c| c.is_ascii_alphabetic()) {
            return if prefix == "EL" { "GR".into() } else { prefix };
        }
    }
    address_country(address).unwrap_or("FR").to_string()
}

/// The country a typed address ends with, if its last line names one.
pub fn address_country(address: &str) -> Option<&'static str> {
    let last = address.replace("\\n", "\n");
    let last = last.lines().map(str::trim).rfind(|l| !l.is_empty())?;
    let last = last.to_lowercase();
    COUNTRY_NAMES
        .iter()
        .find(|(name, _)| *name == last)
        .map(|(_, code)| *code)
}

/// A postal address cut as EN 16931 wants it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PostalAddress {
    /// Up to three street lines.
    pub lines: Vec<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    pub country: String,
}

/// Reads a typed address: the line that starts with a postcode gives the postcode and the
/// city, a last line naming a country is the country, the other lines are the street
/// (the fourth and later are joined to the third, as the format has three).
pub fn postal_address(address: &str, country: &str) -> PostalAddress {
    let text = address.replace("\\n", "\n");
    let mut lines: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    if lines.last().is_some_and(|l| address_country(l).is_some()) {
        lines.pop();
    }
    let mut out = PostalAddress {
        country: country.to_string(),
        ..PostalAddress::default()
    };
    let at = lines.iter().rposition(|l| {
        let digits = l.chars().take_while(|c| c.is_ascii_digit()).count();
        (4..=5).contains(&digits) && l.chars().nth(digits).is_some_and(char::is_whitespace)
    });
    if let Some(i) = at {
        let line = lines.remove(i);
        let (code, city) = line.split_at(line.find(char::is_whitespace).unwrap_or(line.len()));
        out.postcode = Some(code.to_string());
        out.city = Some(city.trim().to_string()).filter(|c| !c.is_empty());
    } else if lines.len() > 1 {
        out.city = lines.pop();
    }
    if lines.len() > 3 {
        let rest = lines.split_off(2).join(", ");
        lines.push(rest);
    }
    out.lines = lines;
    out
}

/// Where the buyer stands for VAT.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Buyer {
    /// In France, or a person anywhere in the EU.
    Domestic,
    /// A business in another EU member state, identified by a VAT number.
    EuBusiness,
    /// Outside the European Union.
    OutsideEu,
}

impl Buyer {
    pub fn of(country: &str, business: bool, vat_number: Option<&str>) -> Buyer {
        if !in_eu(country) {
            Buyer::OutsideEu
        } else if country != "FR" && business && vat_number.is_some() {
            Buyer::EuBusiness
        } else {
            Buyer::Domestic
        }
    }
}

/// The VAT category of EN 16931 (UNTDID 5305) that a rate takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VatCategory {
    /// S: a standard or reduced rate.
    Standard,
    /// E: exempt, with the reason.
    Exempt(Exemption),
    /// K: intra-community supply, the buyer accounts for the VAT.
    ReverseCharge,
    /// G: export outside the EU.
    Export,
}

/// Why a 0 % line carries no VAT.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exemption {
    /// Micro-entrepreneur under CGI art. 293 B.
    Franchise,
    /// Any other 0 % line sold in France.
    Other,
}

impl VatCategory {
    /// The UNTDID 5305 code.
    pub fn code(self) -> &'static str {
        match self {
            VatCategory::Standard => "S",
            VatCategory::Exempt(_) => "E",
            VatCategory::ReverseCharge => "K",
            VatCategory::Export => "G",
        }
    }

    /// The VATEX code of the exemption (CEF VATEX list, with the French franchise code).
    pub fn exemption_code(self) -> Option<&'static str> {
        match self {
            VatCategory::Standard => None,
            VatCategory::Exempt(Exemption::Franchise) => Some("VATEX-FR-FRANCHISE"),
            VatCategory::Exempt(Exemption::Other) => None,
            VatCategory::ReverseCharge => Some("VATEX-EU-IC"),
            VatCategory::Export => Some("VATEX-EU-G"),
        }
    }
}

/// The category of one VAT rate of a document.
pub fn vat_category(rate: Decimal, vat_franchise: bool, buyer: Buyer) -> VatCategory {
    if vat_franchise {
        VatCategory::Exempt(Exemption::Franchise)
    } else if !rate.is_zero() {
        VatCategory::Standard
    } else {
        match buyer {
            Buyer::EuBusiness => VatCategory::ReverseCharge,
            Buyer::OutsideEu => VatCategory::Export,
            Buyer::Domestic => VatCategory::Exempt(Exemption::Other),
        }
    }
}

/// The billing mode of the French rules (BT-23): goods, services or both (B1, S1, M1).
pub fn billing_mode(category: Category) -> &'static str {
    match category {
        Category::Goods => "B1",
        Category::Services => "S1",
        Category::Both => "M1",
    }
}

/// The UNTDID 1001 code of a document: 380 commercial invoice, 381 credit note, 386
/// prepayment (deposit) invoice.
pub fn type_code(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::CreditNote => "381",
        DocumentKind::Deposit => "386",
        _ => "380",
    }
}

/// How the buyer is addressed by the French platforms (BAR note): B2B, B2BINT or B2C.
pub fn buyer_route(business: bool, country: &str) -> &'static str {
    match (business, country == "FR") {
        (true, true) => "B2B",
        (true, false) => "B2BINT",
        (false, _) => "B2C",
    }
}

/// The net amount of each line (BT-131, after the line's own discount, before the
/// document's), in order. Without VAT in the prices it is the line's own amount; with VAT
/// in the prices each rate's lines net (as the totals have it) is shared over its lines in
/// proportion to their gross, the last line of a rate taking the remainder, so that the
/// lines add up to the totals to the cent, as EN 16931 checks.
pub fn line_nets(
    lines: &[Line],
    prices_include_vat: bool,
    totals: &Totals,
    currency: Currency,
) -> Vec<Money> {
    if !prices_include_vat {
        return lines.iter().map(|l| l.amount(currency)).collect();
    }
    let mut nets = vec![Money::zero(currency); lines.len()];
    for part in &totals.by_rate {
        let of_rate: Vec<usize> = (0..lines.len())
            .filter(|&i| lines[i].vat_rate.normalize() == part.rate)
            .collect();
        let gross = Money::sum(of_rate.iter().map(|&i| lines[i].amount(currency)), currency);
        let mut left = part.lines_net;
        for (k, &i) in of_rate.iter().enumerate() {
            let share = if k + 1 == of_rate.len() || gross.is_zero() {
                left
            } else {
                part.lines_net
                    .times(lines[i].amount(currency).to_decimal() / gross.to_decimal())
            };
            nets[i] = share;
            left -= share;
        }
    }
    nets
}

/// What a line's own discount takes off, excluding VAT (BT-136): its amount, or with VAT
/// in the prices that amount less the rate's VAT, rounded.
pub fn line_allowance_net(line: &Line, prices_include_vat: bool, currency: Currency) -> Money {
    let off = line.discount_amount(currency);
    if prices_include_vat {
        off.divided_by(Decimal::ONE + line.vat_rate / Decimal::ONE_HUNDRED)
    } else {
        off
    }
}

/// The UNTDID 5189 code of an allowance that is a discount.
pub const DISCOUNT_REASON_CODE: &str = "95";

/// The text of a "QR code SEPA" (EPC069-12, version 002): a SEPA credit transfer that a
/// banking app pre-fills. None when the transfer cannot be encoded: an amount outside
/// 0.01–999 999 999.99 euros or in another currency. The name is cut to 70 characters and
/// the reference to 140, as the guideline allows.
pub fn epc_qr_text(
    name: &str,
    iban: &str,
    bic: Option<&str>,
    amount: Money,
    reference: &str,
) -> Option<String> {
    let value = amount.to_decimal();
    if amount.currency() != Currency::EUR
        || value < Decimal::new(1, 2)
        || value > Decimal::new(99_999_999_999, 2)
    {
        return None;
    }
    let cut = |text: &str, max: usize| -> String {
        text.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .take(max)
            .collect::<String>()
            .trim()
            .to_string()
    };
    let lines = [
        "BCD".to_string(),
        "002".into(),
        "1".into(),
        "SCT".into(),
        bic.map(|b| b.replace(' ', "")).unwrap_or_default(),
        cut(name, 70),
        iban.replace(' ', ""),
        format!("EUR{:.2}", value),
        String::new(),
        String::new(),
        cut(reference, 140),
    ];
    Some(lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::document::{LineKind, compute_totals};
    use proptest::prelude::*;

    fn dec(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    fn line(qty: &str, price: &str, rate: &str) -> Line {
        Line {
            sku: None,
            designation: "x".into(),
            quantity: qty.parse().unwrap(),
            unit_price: price.parse().unwrap(),
            vat_rate: rate.parse().unwrap(),
            unit: None,
            kind: LineKind::Service,
            discount: None,
        }
    }

    #[test]
    fn the_country_comes_from_the_vat_number_then_the_address_then_france() {
        assert_eq!(country_of(Some("BE0123456789"), "1 rue\n75001 Paris"), "BE");
        assert_eq!(country_of(Some("EL123456789"), ""), "GR");
        assert_eq!(country_of(None, "1 Main St\nNew York, NY 10001\nUSA"), "US");
        assert_eq!(country_of(None, "Bahnhofstr. 1\n8001 Zürich\nSuisse"), "CH");
        assert_eq!(country_of(None, "12 rue de la Paix\n75002 Paris"), "FR");
        assert_eq!(country_of(None, ""), "FR");
    }

    #[test]
    fn an_address_is_cut_into_street_postcode_city_and_country() {
        let a = postal_address("12 rue de la Paix\\nBâtiment B\n75002 Paris", "FR");
        assert_eq!(a.lines, vec!["12 rue de la Paix", "Bâtiment B"]);
        assert_eq!(a.postcode.as_deref(), Some("75002"));
        assert_eq!(a.city.as_deref(), Some("Paris"));
        let b = postal_address("Rue Neuve 3\n1000 Bruxelles\nBelgique", "BE");
        assert_eq!(b.lines, vec!["Rue Neuve 3"]);
        assert_eq!(b.postcode.as_deref(), Some("1000"));
        assert_eq!(b.country, "BE");
        let c = postal_address("1 Main St\nSpringfield\nUSA", "US");
        assert_eq!(c.lines, vec!["1 Main St"]);
        assert_eq!(c.city.as_deref(), Some("Springfield"));
        assert_eq!(c.postcode, None);
        let d = postal_address("a\nb\nc\nd\ne\n69001 Lyon", "FR");
        assert_eq!(d.lines, vec!["a", "b", "c, d, e"]);
    }

    #[test]
    fn each_rate_takes_its_category() {
        assert_eq!(
            vat_category(dec("20"), false, Buyer::Domestic),
            VatCategory::Standard
        );
        assert_eq!(
            vat_category(dec("5.5"), false, Buyer::EuBusiness),
            VatCategory::Standard
        );
        assert_eq!(
            vat_category(dec("0"), true, Buyer::Domestic),
            VatCategory::Exempt(Exemption::Franchise)
        );
        assert_eq!(
            vat_category(dec("0"), false, Buyer::EuBusiness),
            VatCategory::ReverseCharge
        );
        assert_eq!(
            vat_category(dec("0"), false, Buyer::OutsideEu),
            VatCategory::Export
        );
        assert_eq!(
            vat_category(dec("0"), false, Buyer::Domestic),
            VatCategory::Exempt(Exemption::Other)
        );
        assert_eq!(VatCategory::ReverseCharge.code(), "K");
        assert_eq!(VatCategory::Export.exemption_code(), Some("VATEX-EU-G"));
        assert_eq!(
            VatCategory::Exempt(Exemption::Franchise).exemption_code(),
            Some("VATEX-FR-FRANCHISE")
        );
    }

    #[test]
    fn where_the_buyer_stands() {
        assert_eq!(Buyer::of("FR", true, Some("FR12345678901")), Buyer::Domestic);
        assert_eq!(Buyer::of("DE", true, Some("DE123456789")), Buyer::EuBusiness);
        assert_eq!(Buyer::of("DE", false, None), Buyer::Domestic);
        assert_eq!(Buyer::of("DE", true, None), Buyer::Domestic);
        assert_eq!(Buyer::of("US", true, None), Buyer::OutsideEu);
        assert_eq!(buyer_route(true, "FR"), "B2B");
        assert_eq!(buyer_route(true, "DE"), "B2BINT");
        assert_eq!(buyer_route(false, "FR"), "B2C");
        assert_eq!(billing_mode(Category::Both), "M1");
        assert_eq!(type_code(DocumentKind::CreditNote), "381");
    }

    #[test]
    fn the_epc_qr_text_has_every_field_in_its_place() {
        let text = epc_qr_text(
            "Atelier Test SARL",
            "FR76 3000 6000 0112 3456 7890 189",
            Some("AGRIFRPPXXX"),
            Money::from_decimal(dec("1234.5"), Currency::EUR),
            "FACT-2026-0001",
        )
        .unwrap();
        let lines: Vec<&str> = text.split('\n').collect();
        assert_eq!(
            lines,
            vec![
                "BCD",
                "002",
                "1",
                "SCT",
                "AGRIFRPPXXX",
                "Atelier Test SARL",
                "FR7630006000011234567890189",
                "EUR1234.50",
                "",
                "",
                "FACT-2026-0001"
            ]
        );
        let long = "x".repeat(90);
        let cut = epc_qr_text(
            &long,
            "FR76",
            None,
            Money::from_decimal(dec("1"), Currency::EUR),
            "R",
        )
        .unwrap();
        assert_eq!(cut.split('\n').nth(5).unwrap().len(), 70);
        assert_eq!(
            cut.split('\n').nth(4).unwrap(),
            "",
            "the BIC may be left out in version 002"
        );
        let zero = Money::from_decimal(dec("0"), Currency::EUR);
        assert_eq!(epc_qr_text("A", "FR76", None, zero, "R"), None);
        let dollars = Money::from_decimal(dec("10"), Currency::parse("USD").unwrap());
        assert_eq!(epc_qr_text("A", "FR76", None, dollars, "R"), None);
    }

    #[test]
    fn without_vat_in_prices_a_line_net_is_its_amount() {
        let lines = vec![line("3", "33.333", "20"), line("1", "10", "5.5")];
        let totals = compute_totals(&lines, None, false, Currency::EUR);
        let nets = line_nets(&lines, false, &totals, Currency::EUR);
        assert_eq!(nets[0].to_decimal(), dec("100.00"));
        assert_eq!(nets[1].to_decimal(), dec("10.00"));
    }

    proptest! {
        #[test]
        fn with_vat_in_prices_the_line_nets_add_up_to_each_rate_net(
            cents in proptest::collection::vec((1i64..100_000, 0usize..3), 1..8)
        ) {
            let rates = ["20", "5.5", "10"];
            let lines: Vec<Line> = cents
                .iter()
                .map(|(c, r)| line("1", &format!("{}.{:02}", c / 100, c % 100), rates[*r]))
                .collect();
            let totals = compute_totals(&lines, None, true, Currency::EUR);
            let nets = line_nets(&lines, true, &totals, Currency::EUR);
            for part in &totals.by_rate {
                let sum = Money::sum(
                    lines.iter().zip(&nets).filter(|(l, _)| l.vat_rate.normalize() == part.rate).map(|(_, n)| *n),
                    Currency::EUR,
                );
                prop_assert_eq!(sum, part.net);
            }
            let all = Money::sum(nets.iter().copied(), Currency::EUR);
            prop_assert_eq!(all, totals.net);
        }
    }
}
