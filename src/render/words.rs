//! Code words shown to a person in the interface's language: an invoice's status, a
//! payment method. JSON and CSV keep the codes themselves.

use crate::domain::payment::Method;
use crate::i18n::tr;

/// `paid` → "paid" / "payée"; also `pending_collection`, the status word an invoice
/// awaiting its direct debit shows. An unknown code is shown as it is.
pub fn invoice_status(code: &str) -> String {
    let key = format!("render-status-{code}");
    let word = tr(&key, &[]);
    if word == key { code.to_string() } else { word }
}

/// `transfer` → "transfer" / "virement".
pub fn method(method: Method) -> String {
    tr(&format!("render-method-{}", method.as_str()), &[])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::status::InvoiceStatus;

    #[test]
    fn every_status_and_method_has_its_word_in_both_languages() {
        use crate::i18n::{Lang, tr_in};
        let codes = InvoiceStatus::ALL
            .map(InvoiceStatus::as_str)
            .into_iter()
            .chain(["pending_collection"]);
        for code in codes {
            for lang in Lang::ALL {
                let key = format!("render-status-{code}");
                assert!(tr_in(lang, &key, &[]).is_some(), "{key} in {lang:?}");
            }
        }
        for m in Method::ALL {
            for lang in Lang::ALL {
                let key = format!("render-method-{}", m.as_str());
                assert!(tr_in(lang, &key, &[]).is_some(), "{key} in {lang:?}");
            }
        }
        assert_eq!(
            tr_in(Lang::Fr, "render-status-paid", &[]).as_deref(),
            Some("payée")
        );
        assert_eq!(
            tr_in(Lang::Fr, "render-method-check", &[]).as_deref(),
            Some("chèque")
        );
    }
}
