//! What an import brings in: the kinds of files, the rows they hold once read, and what
//! an import did. The readers of the files themselves are in `readers::rows`.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::customer::CustomerKind;
use super::money::round_cents;
use super::payment::Method;

/// What an import did.
#[derive(Debug, Clone, Default)]
pub struct ImportSummary {
    pub kind: &'static str,
    pub encoding: &'static str,
    pub delimiter: char,
    pub rows: u64,
    pub added: u64,
    /// Rows already in the ledger (same code, number or payment key): left unchanged.
    pub unchanged: u64,
    /// Bad rows set aside (only with a rejects file).
    pub rejected: u64,
    pub ignored_columns: Vec<String>,
}

/// Which file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportKind {
    Customers,
    Invoices,
    Payments,
}

impl ImportKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ImportKind::Customers => "customers",
            ImportKind::Invoices => "invoices",
            ImportKind::Payments => "payments",
        }
    }

    /// Each column: its name, the other names it is known by (normalised), required.
    pub fn columns(self) -> &'static [(&'static str, &'static [&'static str], bool)] {
        match self {
            ImportKind::Customers => &[
                ("code", &["code_client", "client"], true),
                ("name", &["nom", "raison_sociale", "societe"], true),
                ("kind", &["type"], false),
                ("email", &["courriel", "mail", "e_mail"], false),
                ("address", &["adresse"], false),
                ("siren", &[], false),
                (
                    "vat_number",
                    &["tva_intracommunautaire", "numero_tva", "tva_intracom"],
                    false,
                ),
                (
                    "payment_terms_days",
                    &["delai_de_paiement", "delai_paiement", "terms"],
                    false,
                ),
                ("language", &["langue"], false),
                ("iban", &[], false),
            ],
            ImportKind::Invoices => &[
                (
                    "number",
                    &["numero", "facture", "n_facture", "numero_facture"],
                    true,
                ),
                ("customer", &["client", "code_client"], true),
                ("issue_date", &["date", "date_facture", "date_emission"], true),
                ("due_date", &["echeance", "date_echeance"], false),
                ("total", &["total_ttc", "montant_ttc", "ttc", "montant"], true),
                ("net", &["total_ht", "montant_ht", "ht"], false),
                ("vat", &["tva", "montant_tva"], false),
                ("currency", &["devise"], false),
                ("exchange_rate", &["taux", "taux_de_change", "cours"], false),
                ("paid", &["paye", "deja_paye", "montant_paye"], false),
                ("paid_on", &["date_paiement", "paye_le"], false),
                ("purchase_order", &["bon_de_commande"], false),
                ("notes", &["note", "commentaire"], false),
            ],
            ImportKind::Payments => &[
                ("date", &["date_paiement"], true),
                ("customer", &["client", "code_client"], true),
                ("amount", &["montant"], true),
                ("method", &["mode", "moyen", "moyen_de_paiement"], false),
                ("reference", &["ref", "libelle"], false),
                ("invoice", &["facture", "numero_facture"], false),
                ("external_id", &["id", "id_externe", "transaction_id"], false),
            ],
        }
    }

    /// The documented column names, for messages.
    pub fn column_names(self) -> Vec<&'static str> {
        self.columns().iter().map(|c| c.0).collect()
    }
}

/// A customer from a customers file.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerRow {
    pub code: String,
    pub name: String,
    pub kind: CustomerKind,
    pub email: Option<String>,
    pub address: String,
    pub siren: Option<String>,
    pub vat_number: Option<String>,
    pub payment_terms_days: Option<i64>,
    pub language: String,
    pub iban: Option<String>,
}

/// An invoice from another tool: its number, dates and totals as they were.
#[derive(Debug, Clone, PartialEq)]
pub struct InvoiceRow {
    pub number: String,
    pub customer: String,
    pub issue_date: NaiveDate,
    /// None: the customer's payment terms from the issue date.
    pub due_date: Option<NaiveDate>,
    pub net: Decimal,
    pub vat: Decimal,
    pub total: Decimal,
    pub currency: Option<String>,
    /// For an invoice in another currency than the company's: units of that currency
    /// per unit of the company's, fixed on its issue date (the ECB's quote).
    pub exchange_rate: Option<Decimal>,
    /// Already paid before the import, and when (default: the issue date).
    pub paid: Option<(Decimal, Option<NaiveDate>)>,
    pub purchase_order: Option<String>,
    pub notes: Option<String>,
}

/// The series an imported number belongs to: what precedes its first digit, without
/// separators ("FACT-2023-0042" → "FACT"), or IMPORT when it starts with a digit.
pub fn series_of(number: &str) -> String {
    let head: String = number.chars().take_while(|c| !c.is_ascii_digit()).collect();
    let head = head.trim_matches(|c: char| !c.is_alphanumeric());
    if head.is_empty() {
        "IMPORT".into()
    } else {
        head.to_uppercase()
    }
}

/// A payment received, from a payments file.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentRow {
    pub date: NaiveDate,
    pub customer: String,
    pub amount: Decimal,
    pub method: Method,
    pub reference: Option<String>,
    /// The invoice it settles; None: the customer's oldest open invoices.
    pub invoice: Option<String>,
    /// What makes the row the same on a second import.
    pub key: String,
}

/// The key of an imported payment: its external id, else its date, amount, customer
/// and reference, so that a second import of the same file finds it.
pub fn payment_key(
    external_id: Option<&str>,
    date: NaiveDate,
    amount: Decimal,
    customer: &str,
    reference: Option<&str>,
) -> String {
    match external_id {
        Some(id) => format!("id:{id}"),
        None => format!(
            "row:{date}|{}|{}|{}",
            round_cents(amount),
            customer.to_uppercase(),
            reference.unwrap_or("")
        ),
    }
}
