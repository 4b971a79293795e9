//! A realistic demo ledger: a dozen French customers, a catalogue, quotes and about a
//! year of invoices paid on time, late, in part or not at all, one credit note and one
//! write-off. Built through the same Ledger methods as the commands, deterministically
//! from the as-of date. One file because the data and the story that dates it are read
//! together (a customer's habit here is what its invoices there do).

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

use crate::domain::company::Company;
use crate::domain::customer::{CustomerChange, CustomerKind, DunningProfile};
use crate::domain::document::{LineKind, LineSpec};
use crate::domain::money::Currency;
use crate::domain::payment::Method;
use crate::domain::product::Product;
use crate::error::Result;
use crate::ops::Ledger;
use crate::ops::credit::CreditRequest;
use crate::ops::invoice::{DraftFields, NewInvoice, PaymentInput};
use crate::ops::offer::{AcceptOffer, NewOffer};

mod quotes;

/// A small deterministic generator (SplitMix64): the demo is the same on every machine.
pub(crate) struct Dice(pub(crate) u64);

impl Dice {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    pub(crate) fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// How a demo customer pays.
#[derive(Clone, Copy, PartialEq)]
enum Habit {
    OnTime,
    Late,
    Partial,
    Never,
}

struct DemoCustomer {
    code: &'static str,
    name: &'static str,
    kind: CustomerKind,
    siren: Option<&'static str>,
    vat: Option<&'static str>,
    address: &'static str,
    email: &'static str,
    terms: Option<i64>,
    profile: DunningProfile,
    habit: Habit,
}

const CUSTOMERS: &[DemoCustomer] = &[
    DemoCustomer {
        code: "BOULMART",
        name: "Boulangerie Martin SARL",
        kind: CustomerKind::Business,
        siren: Some("512345679"),
        vat: Some("FR75512345679"),
        address: "12 rue des Halles\n69002 Lyon",
        email: "contact@boulangerie-martin.example",
        terms: None,
        profile: DunningProfile::Standard,
        habit: Habit::OnTime,
    },
    DemoCustomer {
        code: "TRANSLEF",
        name: "Transports Lefèvre SAS",
        kind: CustomerKind::Business,
        siren: Some("793461526"),
        vat: Some("FR31793461526"),
        address: "ZI des Chênes, 4 allée Newton\n38070 Saint-Quentin-Fallavier",
        email: "compta@transports-lefevre.example",
        terms: Some(45),
        profile: DunningProfile::Standard,
        habit: Habit::Late,
    },
    DemoCustomer {
        code: "MOREAU",
        name: "Cabinet Moreau Avocats",
        kind: CustomerKind::Business,
        siren: Some("456123785"),
        vat: Some("FR30456123785"),
        address: "3 place Bellecour\n69002 Lyon",
        email: "secretariat@moreau-avocats.example",
        terms: None,
        profile: DunningProfile::Vip,
        habit: Habit::OnTime,
    },
    DemoCustomer {
        code: "GARPETIT",
        name: "Garage Petit & Fils",
        kind: CustomerKind::Business,
        siren: Some("382917466"),
        vat: Some("FR34382917466"),
        address: "88 route de Vienne\n69008 Lyon",
        email: "garage.petit@example.fr",
        terms: None,
        profile: DunningProfile::Standard,
        habit: Habit::Partial,
    },
    DemoCustomer {
        code: "TILLEULS",
        name: "Hôtel des Tilleuls",
        kind: CustomerKind::Business,
        siren: Some("627183940"),
        vat: Some("FR55627183940"),
        address: "1 avenue des Tilleuls\n74000 Annecy",
        email: "direction@hotel-tilleuls.example",
        terms: Some(30),
        profile: DunningProfile::Standard,
        habit: Habit::Late,
    },
    DemoCustomer {
        code: "ROUSSEAU",
        name: "Librairie Rousseau",
        kind: CustomerKind::Business,
        siren: Some("817263544"),
        vat: Some("FR20817263544"),
        address: "25 rue Mercière\n69002 Lyon",
        email: "librairie.rousseau@example.fr",
        terms: None,
        profile: DunningProfile::New,
        habit: Habit::OnTime,
    },
    DemoCustomer {
        code: "GIRARD",
        name: "Menuiserie Girard",
        kind: CustomerKind::Business,
        siren: Some("918273640"),
        vat: Some("FR77918273640"),
        address: "Lieu-dit Le Moulin\n01600 Trévoux",
        email: "menuiserie.girard@example.fr",
        terms: None,
        profile: DunningProfile::LatePayer,
        habit: Habit::Never,
    },
    DemoCustomer {
        code: "BONNET",
        name: "Pharmacie Bonnet",
        kind: CustomerKind::Business,
        siren: Some("554433227"),
        vat: Some("FR50554433227"),
        address: "5 Grande Rue\n69600 Oullins",
        email: "pharmacie.bonnet@example.fr",
        terms: Some(15),
        profile: DunningProfile::Standard,
        habit: Habit::OnTime,
    },
    DemoCustomer {
        code: "LAMBERT",
        name: "Studio Lambert Architecture",
        kind: CustomerKind::Business,
        siren: Some("667788129"),
        vat: Some("FR22667788129"),
        address: "40 quai Saint-Vincent\n69001 Lyon",
        email: "admin@studio-lambert.example",
        terms: Some(60),
        profile: DunningProfile::Standard,
        habit: Habit::Late,
    },
    DemoCustomer {
        code: "VALLON",
        name: "GAEC de la Ferme du Vallon",
        kind: CustomerKind::Business,
        siren: Some("445566771"),
        vat: None,
        address: "Chemin du Vallon\n42140 Chazelles-sur-Lyon",
        email: "ferme.vallon@example.fr",
        terms: None,
        profile: DunningProfile::Standard,
        habit: Habit::Partial,
    },
    DemoCustomer {
        code: "FONTAINE",
        name: "Claire Fontaine",
        kind: CustomerKind::Individual,
        siren: None,
        vat: None,
        address: "7 impasse des Lilas\n69300 Caluire-et-Cuire",
        email: "claire.fontaine@example.fr",
        terms: Some(15),
        profile: DunningProfile::Standard,
        habit: Habit::OnTime,
    },
    DemoCustomer {
        code: "DUBOIS",
        name: "Dubois Événements SARL",
        kind: CustomerKind::Business,
        siren: Some("121314157"),
        vat: None,
        address: "9 rue de la République\n42000 Saint-Étienne",
        email: "contact@dubois-evenements.example",
        terms: None,
        profile: DunningProfile::Standard,
        habit: Habit::Never,
    },
];

fn products() -> Vec<Product> {
    let p = |sku: &str, name: &str, price: i64, vat: &str, unit: &str, kind: LineKind| Product {
        id: 0,
        sku: sku.into(),
        name: name.into(),
        unit_price: Decimal::from(price),
        vat_rate: vat.parse().unwrap_or_default(),
        unit: Some(unit.into()),
        kind,
    };
    vec![
        p(
            "DEV-JOUR",
            "Développement logiciel",
            550,
            "20",
            "jour",
            LineKind::Service,
        ),
        p(
            "AUDIT",
            "Audit technique du système d'information",
            1200,
            "20",
            "forfait",
            LineKind::Service,
        ),
        p(
            "MAINT",
            "Maintenance applicative mensuelle",
            180,
            "20",
            "mois",
            LineKind::Service,
        ),
        p(
            "FORM",
            "Formation en entreprise",
            900,
            "20",
            "jour",
            LineKind::Service,
        ),
        p(
            "HEBERG",
            "Hébergement et supervision annuels",
            240,
            "20",
            "an",
            LineKind::Service,
        ),
        p(
            "GUIDE",
            "Guide pratique de la facturation (livre)",
            39,
            "5.5",
            "exemplaire",
            LineKind::Goods,
        ),
    ]
}

/// What the demo put in the ledger.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct DemoSummary {
    pub customers: usize,
    pub products: usize,
    pub quotes: usize,
    pub invoices: usize,
    pub payments: usize,
    pub credit_notes: usize,
    pub write_offs: usize,
}

mod recent;

pub(super) fn day_plus(d: NaiveDate, days: u64) -> NaiveDate {
    d.checked_add_days(Days::new(days)).unwrap_or(d)
}

/// Fills a new ledger with the demo data, dated so that `as_of` is "today", through the
/// same Ledger methods as the commands (so every rule a command obeys, the demo obeys).
pub fn populate(ledger: &mut Ledger, as_of: NaiveDate) -> Result<DemoSummary> {
    let mut summary = DemoSummary::default();
    let mut customers = Vec::new();
    for c in CUSTOMERS {
        let change = CustomerChange {
            name: Some(c.name.into()),
            kind: Some(c.kind.as_str().into()),
            email: Some(c.email.into()),
            address: Some(c.address.into()),
            siren: c.siren.map(Into::into),
            vat_number: c.vat.map(Into::into),
            terms: c.terms.map(|t| t.to_string()),
            profile: Some(c.profile.as_str().into()),
            language: Some("fr".into()),
            credit_limit: None,
            collect: None,
        };
        let customer = ledger.add_customer(Some(c.code), change)?;
        customers.push((customer, c.habit));
    }
    summary.customers = customers.len();
    let catalogue = products();
    for p in catalogue.iter().cloned() {
        ledger.add_product(p)?;
    }
    summary.products = catalogue.len();

    let mut dice = Dice(0x00C0_FFEE);
    let start = as_of.checked_sub_days(Days::new(365)).unwrap_or(as_of);
    let mut pending_payments: Vec<(NaiveDate, String, Decimal)> = Vec::new();
    let mut issued: Vec<(String, usize)> = Vec::new();
    // about five invoices a month, in date order so numbers follow dates
    let mut date = start;
    while date <= as_of {
        let (customer, habit) = &customers[dice.below(customers.len() as u64) as usize];
        let lines = demo_lines(&mut dice);
        let from_quote = dice.chance(30);
        let sheet = if from_quote {
            let quote_date = date
                .checked_sub_days(Days::new(10 + dice.below(20)))
                .unwrap_or(date)
                .max(start);
            let quote = ledger.create_offer(
                &NewOffer {
                    customer: customer.code.clone(),
                    lines,
                    series: None,
                    date: quote_date,
                    valid_until: Some(day_plus(quote_date, 30)),
                    prices_include_vat: false,
                    notes: None,
                    discount: None,
                    force: false,
                },
                quote_date,
            )?;
            summary.quotes += 1;
            let accept = AcceptOffer {
                reference: quote.offer.number.clone(),
                series: None,
                issue_on: Some(date),
                deposit: None,
                force: false,
            };
            ledger.accept_offer(&accept, date)?
        } else {
            let fields = DraftFields {
                lines,
                purchase_order: dice.chance(20).then(|| format!("BC-{}", 4000 + dice.below(900))),
                ..Default::default()
            };
            let new = NewInvoice {
                customer: customer.code.clone(),
                fields,
                issue_on: Some(date),
                force: false,
                rate: None,
            };
            ledger.create_invoice(&new, date)?
        };
        let record = sheet.invoice;
        let number = record.number.clone().unwrap_or_default();
        let sent_on = day_plus(date, dice.below(2));
        ledger.mark_invoice_sent(&number, sent_on, sent_on)?;
        summary.invoices += 1;
        issued.push((
            number.clone(),
            customers
                .iter()
                .position(|(c, _)| c.id == customer.id)
                .unwrap_or(0),
        ));
        let due = record.due_date.unwrap_or(date);
        let total = record.total.to_decimal();
        match habit {
            Habit::OnTime => {
                let paid_on = due
                    .checked_sub_days(Days::new(dice.below(12)))
                    .unwrap_or(due)
                    .max(date);
                pending_payments.push((paid_on, number, total));
            }
            Habit::Late => {
                if !dice.chance(15) {
                    pending_payments.push((day_plus(due, 8 + dice.below(50)), number, total));
                }
            }
            Habit::Partial => {
                let half = (total / Decimal::TWO).round_dp(0);
                pending_payments.push((day_plus(due, dice.below(10)), number.clone(), half));
                if dice.chance(50) {
                    pending_payments.push((day_plus(due, 30 + dice.below(40)), number, total - half));
                }
            }
            Habit::Never => {}
        }
        date = day_plus(date, 3 + dice.below(9));
    }

    // payments in date order, only those that have happened by as_of
    pending_payments.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    let methods = [
        (Method::Transfer, "VIR"),
        (Method::Transfer, "VIR"),
        (Method::Transfer, "VIR"),
        (Method::Check, "CHQ"),
        (Method::Card, "CB"),
    ];
    for (on, number, amount) in pending_payments.into_iter().filter(|p| p.0 <= as_of) {
        let (method, label) = methods[dice.below(methods.len() as u64) as usize];
        let input = PaymentInput {
            amount: Some(amount),
            date: on,
            method,
            reference: Some(format!("{label} {number}")),
            overpay: false,
            rate: None,
        };
        ledger.pay_invoice(&number, &input, on)?;
        summary.payments += 1;
    }

    // one partial credit note: a day of development billed twice, on an unpaid invoice
    let mut credit_target = None;
    for (number, c) in issued.iter().rev().skip(4) {
        if customers[*c].1 == Habit::Late
            && open_balance(ledger, number)?.is_some_and(|b| b > Decimal::from(700))
        {
            credit_target = Some(number.clone());
            break;
        }
    }
    if let Some(number) = credit_target {
        let issued_on = ledger
            .invoice(&number, as_of)?
            .invoice
            .issue_date
            .unwrap_or(as_of);
        let request = CreditRequest {
            reference: number,
            amount: Some(Decimal::from(660)),
            lines: Vec::new(),
            reason: "Journée facturée en double".into(),
            date: day_plus(issued_on, 5).min(as_of),
            series: None,
        };
        ledger.credit_invoice(&request, as_of)?;
        summary.credit_notes += 1;
    }

    // the customer that never pays: its oldest invoice is written off and the customer blocked
    let girard = customers
        .iter()
        .position(|(c, _)| c.code == "GIRARD")
        .unwrap_or(0);
    let mut oldest_unpaid = None;
    for (number, c) in issued.iter().filter(|(_, c)| *c == girard) {
        if open_balance(ledger, number)?.is_some() {
            oldest_unpaid = Some((number.clone(), *c));
            break;
        }
    }
    if let Some((number, _)) = oldest_unpaid {
        let due = ledger.invoice(&number, as_of)?.invoice.due_date.unwrap_or(as_of);
        let on = day_plus(due, 120).min(as_of);
        ledger.write_off_invoice(&number, "Liquidation judiciaire du client", on, as_of)?;
        summary.write_offs += 1;
        let code = customers[girard].0.code.clone();
        ledger.set_customer_blocked(&code, true, Some("impayés répétés".into()), on)?;
    }

    quotes::open_quotes(ledger, &mut dice, as_of, &mut summary)?;
    quotes::project_with_deposit(ledger, as_of, &mut summary)?;
    recent::populate(ledger, as_of, &customers, &mut dice, &mut summary)?;
    // credit limits, set once the history is written: GARPETIT already owes more than its own
    for (code, limit) in [("TRANSLEF", "8000"), ("GARPETIT", "1500"), ("BOULMART", "5000")] {
        let change = CustomerChange {
            credit_limit: Some(limit.into()),
            ..Default::default()
        };
        ledger.edit_customer(code, change)?;
    }
    Ok(summary)
}

/// What is left to pay on an invoice that is still open, whatever the date.
fn open_balance(ledger: &mut Ledger, number: &str) -> Result<Option<Decimal>> {
    let sheet = ledger.invoice(number, crate::ops::END_OF_TIME)?;
    let v = sheet.invoice.view(crate::ops::END_OF_TIME);
    Ok(v.status.is_open().then_some(v.balance.to_decimal()))
}

/// `--line "@SKU;QTY"`.
fn product(sku: &str, quantity: Decimal) -> LineSpec {
    LineSpec::Product {
        sku: sku.into(),
        quantity,
        discount: None,
    }
}

/// The lines of a demo document, as `--line "@SKU;QTY"` would give them.
pub(super) fn demo_lines(dice: &mut Dice) -> Vec<LineSpec> {
    let mut specs = Vec::new();
    match dice.below(6) {
        0 => specs.push(product("AUDIT", Decimal::ONE)),
        1 => {
            specs.push(product("FORM", Decimal::from(1 + dice.below(3))));
            if dice.chance(50) {
                specs.push(product("GUIDE", Decimal::from(5 + dice.below(10))));
            }
        }
        2 => specs.push(product("MAINT", Decimal::from(1 + dice.below(3)))),
        3 => {
            specs.push(product("HEBERG", Decimal::ONE));
            specs.push(product("MAINT", Decimal::ONE));
        }
        _ => {
            let days = Decimal::new(5 * (2 + dice.below(18)) as i64, 1);
            specs.push(product("DEV-JOUR", days));
        }
    }
    specs
}

/// The demo company: its identity on every document.
pub fn company() -> Company {
    Company {
        name: "Atelier Numérique Durand".into(),
        address: "18 rue du Plat\n69002 Lyon".into(),
        siren: Some("842130577".into()),
        vat_number: Some("FR68842130577".into()),
        vat_franchise: false,
        iban: Some("FR7630006000011234567890189".into()),
        bic: Some("AGRIFRPPXXX".into()),
        email: Some("facturation@atelier-durand.example".into()),
        phone: Some("04 72 00 00 00".into()),
        legal_form: Some("SARL au capital de 8 000 €, RCS Lyon 842 130 577".into()),
        payment_terms_days: 30,
        penalty_rate: None,
        currency: Currency::EUR,
        is_demo: true,
        sepa_creditor_id: Some("FR72ZZZ123456".into()),
    }
}

/// Creates the demo ledger at `path` and fills it.
pub fn create(path: &std::path::Path, as_of: NaiveDate) -> Result<(Ledger, DemoSummary)> {
    let (mut ledger, _) = Ledger::init(path, &company())?;
    let summary = populate(&mut ledger, as_of)?;
    Ok((ledger, summary))
}
