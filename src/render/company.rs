//! The company's identity as a record and JSON.

use serde::Serialize;

use super::fmt::plain;
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
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let fields = [
        ("name", c.name.clone()),
        ("address", c.address.replace('\n', ", ")),
        ("siren", opt(&c.siren)),
        ("vat_number", opt(&c.vat_number)),
        (
            "vat_franchise",
            if c.vat_franchise {
                "yes (CGI art. 293 B)".into()
            } else {
                "no".into()
            },
        ),
        ("iban", opt(&c.iban)),
        ("bic", opt(&c.bic)),
        ("email", opt(&c.email)),
        ("phone", opt(&c.phone)),
        ("legal_form", opt(&c.legal_form)),
        ("payment_terms", format!("{} days", c.payment_terms_days)),
        (
            "penalty_rate",
            c.penalty_rate
                .map(|r| format!("{} %", plain(r)))
                .unwrap_or_else(|| "ECB rate + 10 points".into()),
        ),
        ("currency", c.currency.to_string()),
        ("sepa_creditor_id", opt(&c.sepa_creditor_id)),
        (
            "closed until",
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
    print_record(format, &json, &fields, &[]);
}
