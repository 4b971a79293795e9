//! The company's identity as a record and JSON.

use serde::Serialize;

use super::dunning::words::{borrowed, machine_words};
use super::fmt::plain;
use super::words::number_cell;
use super::{Format, print_record};
use crate::domain::company::Company;

/// The company in JSON (docs/json.md).
#[derive(Serialize)]
struct CompanyJson<'a> {
    name: &'a str,
    address: &'a str,
    siren: Option<&'a str>,
    vat_number: Option<&'a str>,
    vat_franchise: bool,
    iban: Option<&'a str>,
    bic: Option<&'a str>,
    email: Option<&'a str>,
    phone: Option<&'a str>,
    legal_form: Option<&'a str>,
    payment_terms_days: i64,
    penalty_rate: Option<String>,
    currency: &'a str,
    sepa_creditor_id: Option<&'a str>,
    closed_until: Option<chrono::NaiveDate>,
}

/// `init`, `company show` and `company set`, with the day the books are closed up to.
pub fn show(format: Format, c: &Company, closed_until: Option<chrono::NaiveDate>) {
    let _english = machine_words(format);
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let fields = [
        ("name".to_string(), c.name.clone()),
        ("address".to_string(), c.address.replace('\n', ", ")),
        ("siren".to_string(), opt(&c.siren)),
        ("vat_number".to_string(), opt(&c.vat_number)),
        (
            t!("views-company-vat_franchise"),
            if c.vat_franchise {
                t!("views-company-franchise-yes")
            } else {
                t!("views-company-franchise-no")
            },
        ),
        (t!("views-company-iban"), opt(&c.iban)),
        (t!("views-company-bic"), opt(&c.bic)),
        ("email".to_string(), opt(&c.email)),
        (t!("views-company-phone"), opt(&c.phone)),
        (t!("views-company-legal_form"), opt(&c.legal_form)),
        (
            t!("views-company-payment_terms"),
            t!("views-company-terms-days", days = c.payment_terms_days),
        ),
        (
            t!("views-company-penalty_rate"),
            c.penalty_rate
                .map(|r| {
                    t!(
                        "views-company-penalty-fixed",
                        rate = number_cell(format, &plain(r))
                    )
                })
                .unwrap_or_else(|| t!("views-company-penalty-ecb")),
        ),
        (t!("views-company-currency"), c.currency.to_string()),
        (t!("views-company-sepa_creditor_id"), opt(&c.sepa_creditor_id)),
        (
            t!("views-company-closed_until"),
            closed_until.map(|d| d.to_string()).unwrap_or_default(),
        ),
    ];
    let json = CompanyJson {
        name: &c.name,
        address: &c.address,
        siren: c.siren.as_deref(),
        vat_number: c.vat_number.as_deref(),
        vat_franchise: c.vat_franchise,
        iban: c.iban.as_deref(),
        bic: c.bic.as_deref(),
        email: c.email.as_deref(),
        phone: c.phone.as_deref(),
        legal_form: c.legal_form.as_deref(),
        payment_terms_days: c.payment_terms_days,
        penalty_rate: c.penalty_rate.map(plain),
        currency: c.currency.code(),
        sepa_creditor_id: c.sepa_creditor_id.as_deref(),
        closed_until,
    };
    print_record(format, &json, &borrowed(&fields), &[]);
}
