//! The company whose receivables the ledger holds: the identity printed on documents.

use rusqlite::{OptionalExtension, Transaction, params};

use super::parse_stored_decimal;
use crate::domain::company::Company;
use crate::error::{Result, invalid};

pub fn insert(tx: &Transaction, c: &Company) -> Result<()> {
    tx.execute(
        "INSERT INTO company (id, name, address, siren, vat_number, vat_franchise, iban, bic, email, phone,
             legal_form, payment_terms_days, penalty_rate, currency, is_demo, sepa_creditor_id)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        params![
            c.name,
            c.address,
            c.siren,
            c.vat_number,
            c.vat_franchise,
            c.iban,
            c.bic,
            c.email,
            c.phone,
            c.legal_form,
            c.payment_terms_days,
            c.penalty_rate.map(|r| r.to_string()),
            c.currency,
            c.is_demo,
            c.sepa_creditor_id
        ],
    )?;
    Ok(())
}

pub fn update(tx: &Transaction, c: &Company) -> Result<()> {
    tx.execute(
        "UPDATE company SET name = ?1, address = ?2, siren = ?3, vat_number = ?4, vat_franchise = ?5,
             iban = ?6, bic = ?7, email = ?8, phone = ?9, legal_form = ?10, payment_terms_days = ?11,
             penalty_rate = ?12, currency = ?13, sepa_creditor_id = ?14 WHERE id = 1",
        params![
            c.name,
            c.address,
            c.siren,
            c.vat_number,
            c.vat_franchise,
            c.iban,
            c.bic,
            c.email,
            c.phone,
            c.legal_form,
            c.payment_terms_days,
            c.penalty_rate.map(|r| r.to_string()),
            c.currency,
            c.sepa_creditor_id
        ],
    )?;
    Ok(())
}

pub fn get(tx: &Transaction) -> Result<Company> {
    let row = tx
        .query_row(
            "SELECT name, address, siren, vat_number, vat_franchise, iban, bic, email, phone, legal_form,
                    payment_terms_days, penalty_rate, currency, is_demo, sepa_creditor_id FROM company WHERE id = 1",
            [],
            |r| {
                Ok(Company {
                    name: r.get(0)?,
                    address: r.get(1)?,
                    siren: r.get(2)?,
                    vat_number: r.get(3)?,
                    vat_franchise: r.get(4)?,
                    iban: r.get(5)?,
                    bic: r.get(6)?,
                    email: r.get(7)?,
                    phone: r.get(8)?,
                    legal_form: r.get(9)?,
                    payment_terms_days: r.get(10)?,
                    penalty_rate: r
                        .get::<_, Option<String>>(11)?
                        .as_deref()
                        .map(parse_stored_decimal)
                        .transpose()?,
                    currency: r.get(12)?,
                    is_demo: r.get(13)?,
                    sepa_creditor_id: r.get(14)?,
                })
            },
        )
        .optional()?;
    match row {
        Some(c) => Ok(c),
        None => invalid(crate::t!("ops-no-company")),
    }
}
