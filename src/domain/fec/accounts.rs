//! The accounts and journal codes an export books to (`[accounting]` in the config).

use serde::Deserialize;

use crate::domain::DomainError;

/// Accounts and journal codes; the defaults are the usual French chart of accounts.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct FecAccounts {
    pub sales_journal: String,
    pub sales_journal_label: String,
    pub bank_journal: String,
    pub bank_journal_label: String,
    pub misc_journal: String,
    pub misc_journal_label: String,
    /// Opening balances (à-nouveaux): invoices imported from the previous tool and what
    /// was paid on them before the migration.
    pub opening_journal: String,
    pub opening_journal_label: String,
    /// What was open on the customer accounts the day before a file starts, carried into
    /// it (reports à nouveau): its own numbering, from 1 in each file.
    pub carried_journal: String,
    pub carried_journal_label: String,
    pub customers: String,
    pub customers_label: String,
    /// Auxiliary account of a customer: this prefix and its code (CACME).
    pub customer_aux_prefix: String,
    pub services: String,
    pub services_label: String,
    pub goods: String,
    pub goods_label: String,
    pub vat: String,
    pub vat_label: String,
    pub bank: String,
    pub bank_label: String,
    pub bad_debts: String,
    pub bad_debts_label: String,
    /// Exchange losses and gains: a payment in another currency worth less or more than
    /// the invoice it settles was booked at.
    pub exchange_loss: String,
    pub exchange_loss_label: String,
    pub exchange_gain: String,
    pub exchange_gain_label: String,
    /// The counterpart of the opening balances: the previous tool booked the sales and
    /// the bank, so only the customer accounts are carried over.
    pub opening: String,
    pub opening_label: String,
}

impl FecAccounts {
    /// Checks the values read from `[accounting]`: account numbers of three digits or more
    /// starting with 1 to 8, journal codes present and distinct. The error names the key.
    pub fn validate(&self) -> Result<(), DomainError> {
        let accounts = [
            ("customers", &self.customers),
            ("services", &self.services),
            ("goods", &self.goods),
            ("vat", &self.vat),
            ("bank", &self.bank),
            ("bad_debts", &self.bad_debts),
            ("exchange_loss", &self.exchange_loss),
            ("exchange_gain", &self.exchange_gain),
            ("opening", &self.opening),
        ];
        for (key, number) in accounts {
            let ok = number.len() >= 3
                && number.chars().all(|c| c.is_ascii_digit())
                && number.starts_with(['1', '2', '3', '4', '5', '6', '7', '8']);
            if !ok {
                return Err(DomainError::Invalid(crate::t!(
                    "domain-account-invalid",
                    key = key,
                    number = number.as_str()
                )));
            }
        }
        let journals = [
            ("sales_journal", &self.sales_journal),
            ("bank_journal", &self.bank_journal),
            ("misc_journal", &self.misc_journal),
            ("opening_journal", &self.opening_journal),
            ("carried_journal", &self.carried_journal),
        ];
        for (key, code) in journals {
            if code.trim().is_empty() || code.chars().any(|c| c.is_control() || c == '|' || c == '\t') {
                return Err(DomainError::Invalid(crate::t!(
                    "domain-journal-invalid",
                    key = key,
                    code = code.as_str()
                )));
            }
        }
        for (i, (key, code)) in journals.iter().enumerate() {
            if let Some((other, _)) = journals[i + 1..].iter().find(|(_, c)| c == code) {
                return Err(DomainError::Invalid(crate::t!(
                    "domain-journal-twice",
                    key = *key,
                    other = *other,
                    code = code.as_str()
                )));
            }
        }
        Ok(())
    }
}

impl Default for FecAccounts {
    fn default() -> Self {
        let s = |v: &str| v.to_string();
        FecAccounts {
            sales_journal: s("VT"),
            sales_journal_label: s("Journal des ventes"),
            bank_journal: s("BQ"),
            bank_journal_label: s("Journal de banque"),
            misc_journal: s("OD"),
            misc_journal_label: s("Opérations diverses"),
            opening_journal: s("AN"),
            opening_journal_label: s("À-nouveaux"),
            carried_journal: s("RN"),
            carried_journal_label: s("Reports à nouveau"),
            customers: s("411000"),
            customers_label: s("Clients"),
            customer_aux_prefix: s("C"),
            services: s("706000"),
            services_label: s("Prestations de services"),
            goods: s("707000"),
            goods_label: s("Ventes de marchandises"),
            vat: s("44571"),
            vat_label: s("TVA collectée"),
            bank: s("512000"),
            bank_label: s("Banque"),
            bad_debts: s("654000"),
            bad_debts_label: s("Pertes sur créances irrécouvrables"),
            exchange_loss: s("666000"),
            exchange_loss_label: s("Pertes de change"),
            exchange_gain: s("766000"),
            exchange_gain_label: s("Gains de change"),
            opening: s("890000"),
            opening_label: s("Bilan d'ouverture"),
        }
    }
}
