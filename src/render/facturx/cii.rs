//! The invoice as a machine reads it: UN/CEFACT Cross Industry Invoice (D16B), Factur-X
//! profile EN 16931, with the French CTC notes and identifiers. Written from the same
//! `Sheet` the PDF prints, so both say the same thing.

use crate::render::xml::{Xml, ymd};
use rust_decimal::Decimal;

use crate::domain::delivery::{SourceKind, group_of, is_recap};
use crate::domain::discount::Discount;
use crate::domain::einvoice::address_country;
use crate::domain::einvoice::{
    DISCOUNT_REASON_CODE, PostalAddress, VatCategory, billing_mode, buyer_route, line_allowance_net,
    line_nets, postal_address, type_code,
};
use crate::domain::invoice::Delivery;
use crate::domain::mentions::{Mention, category};
use crate::domain::money::Money;
use crate::render::pdf::Party;
use crate::render::pdf::invoice::Sheet;

/// The Factur-X guideline of the EN 16931 profile (BT-24).
pub const GUIDELINE: &str = "urn:cen.eu:en16931:2017";

/// An amount with two decimals and a point.
fn amount(value: Money) -> String {
    format!("{:.2}", value.to_decimal())
}

/// A rate, quantity or price without trailing zeros ("20", "5.5", "1.5").
fn number(value: Decimal) -> String {
    let n = value.normalize();
    if n.is_zero() { "0".into() } else { n.to_string() }
}

/// The CII XML of an issued invoice or credit note.
pub fn cii(s: &Sheet) -> String {
    let (buyer_country, _) = s.buyer();
    let mut x = Xml::new();
    x.open_with(
        "rsm:CrossIndustryInvoice",
        &[
            (
                "xmlns:rsm",
                "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
            ),
            (
                "xmlns:qdt",
                "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
            ),
            (
                "xmlns:ram",
                "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
            ),
            (
                "xmlns:udt",
                "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
            ),
        ],
    );
    x.open("rsm:ExchangedDocumentContext")
        .open("ram:BusinessProcessSpecifiedDocumentContextParameter")
        .leaf("ram:ID", billing_mode(category(&s.lines)))
        .close()
        .open("ram:GuidelineSpecifiedDocumentContextParameter")
        .leaf("ram:ID", GUIDELINE)
        .close()
        .close();

    x.open("rsm:ExchangedDocument")
        .leaf("ram:ID", s.number.as_deref().unwrap_or_default())
        .leaf("ram:TypeCode", type_code(s.kind))
        .date("ram:IssueDateTime", s.date);
    for (subject, text) in notes(s, &buyer_country) {
        x.open("ram:IncludedNote").leaf("ram:Content", &text);
        if let Some(code) = subject {
            x.leaf("ram:SubjectCode", code);
        }
        x.close();
    }
    x.close();

    x.open("rsm:SupplyChainTradeTransaction");
    let nets = line_nets(&s.lines, s.prices_include_vat, &s.totals, s.currency);
    for (i, (line, net)) in s.lines.iter().zip(&nets).enumerate() {
        let category = s.vat_category(line.vat_rate);
        // the line's own discount is an allowance (BG-27): the net price is before it
        let allowance = line_allowance_net(line, s.prices_include_vat, s.currency);
        let before = *net + allowance;
        // a discount line is a negative quantity at a positive price
        let count = line.quantity.abs();
        let unit_net = if count.is_zero() {
            Decimal::ZERO
        } else {
            (before.to_decimal().abs() / count).round_dp(6)
        };
        let quantity = if net.is_negative() { -count } else { count };
        x.open("ram:IncludedSupplyChainTradeLineItem")
            .open("ram:AssociatedDocumentLineDocument")
            .leaf("ram:LineID", &(i + 1).to_string());
        // a recap invoice's line names the delivery note or quote it comes from (BT-127)
        if let Some(group) = group_of(&s.groups, i).filter(|_| is_recap(&s.groups)) {
            let what = match group.kind {
                SourceKind::Delivery => "Bon de livraison",
                SourceKind::Quote => "Devis",
            };
            let text = format!("{what} {} du {}", group.number, group.date.format("%d/%m/%Y"));
            x.open("ram:IncludedNote").leaf("ram:Content", &text).close();
        }
        x.close().open("ram:SpecifiedTradeProduct");
        if let Some(sku) = &line.sku {
            x.leaf("ram:SellerAssignedID", sku);
        }
        x.leaf("ram:Name", &line.designation)
            .close()
            .open("ram:SpecifiedLineTradeAgreement")
            .open("ram:NetPriceProductTradePrice")
            .leaf("ram:ChargeAmount", &number(unit_net))
            .close()
            .close()
            .open("ram:SpecifiedLineTradeDelivery")
            .leaf_with(
                "ram:BilledQuantity",
                &[("unitCode", unit_code(line.unit.as_deref()))],
                &number(quantity),
            )
            .close()
            .open("ram:SpecifiedLineTradeSettlement")
            .open("ram:ApplicableTradeTax")
            .leaf("ram:TypeCode", "VAT")
            .leaf("ram:CategoryCode", category.code())
            .leaf("ram:RateApplicablePercent", &number(line.vat_rate))
            .close();
        if let Some(discount) = line.discount {
            x.open("ram:SpecifiedTradeAllowanceCharge")
                .open("ram:ChargeIndicator")
                .leaf("udt:Indicator", "false")
                .close();
            if let Discount::Percent(p) = discount {
                x.leaf("ram:CalculationPercent", &number(p))
                    .leaf("ram:BasisAmount", &amount(before));
            }
            x.leaf("ram:ActualAmount", &amount(allowance))
                .leaf("ram:ReasonCode", DISCOUNT_REASON_CODE)
                .leaf("ram:Reason", s.t("Remise", "Discount"))
                .close();
        }
        x.open("ram:SpecifiedTradeSettlementLineMonetarySummation")
            .leaf("ram:LineTotalAmount", &amount(*net))
            .close()
            .close()
            .close();
    }

    x.open("ram:ApplicableHeaderTradeAgreement");
    if let Some(po) = purchase_order(s) {
        x.leaf("ram:BuyerReference", po);
    }
    party(
        &mut x,
        "ram:SellerTradeParty",
        &s.seller,
        "FR",
        true,
        s.seller.siren.as_deref(),
    );
    party(
        &mut x,
        "ram:BuyerTradeParty",
        &s.customer,
        &buyer_country,
        s.customer_business,
        None,
    );
    if let Some(po) = purchase_order(s) {
        x.open("ram:BuyerOrderReferencedDocument")
            .leaf("ram:IssuerAssignedID", po)
            .close();
    }
    x.close();

    // the delivery (BT-72): the day of the supply, which the law takes to be the issue date
    // unless another is printed; an intra-EU supply names the country it goes to (BT-80)
    x.open("ram:ApplicableHeaderTradeDelivery");
    let reverse_charge = s
        .totals
        .by_rate
        .iter()
        .any(|p| s.vat_category(p.rate) == VatCategory::ReverseCharge);
    let delivery = s.mentions.iter().find_map(|m| match m {
        Mention::Delivery(d) => Some(*d),
        _ => None,
    });
    let ship_to = s.mentions.iter().find_map(|m| match m {
        Mention::DeliveryAddress(a) => Some(a.as_str()),
        _ => None,
    });
    if let Some(address) = ship_to {
        // an address that names no country is in the buyer's
        let country = address_country(address).map_or(buyer_country.clone(), str::to_string);
        x.open("ram:ShipToTradeParty").leaf("ram:Name", &s.customer.name);
        postal(&mut x, &postal_address(address, &country));
        x.close();
    } else if reverse_charge {
        x.open("ram:ShipToTradeParty")
            .open("ram:PostalTradeAddress")
            .leaf("ram:CountryID", &buyer_country)
            .close()
            .close();
    }
    // the day of the supply: the one printed, else the issue date, as the law reads an
    // invoice that names no other; a period goes in the billing period instead (BG-14)
    match delivery {
        Some(Delivery::Period(..)) => {}
        Some(Delivery::On(day)) => {
            x.open("ram:ActualDeliverySupplyChainEvent")
                .date("ram:OccurrenceDateTime", day)
                .close();
        }
        None => {
            x.open("ram:ActualDeliverySupplyChainEvent")
                .date("ram:OccurrenceDateTime", s.date)
                .close();
        }
    }
    // the despatch advice (BT-16) an invoice bills, when it bills exactly one delivery
    // note (the field holds one; several are named in the line notes)
    let mut notes_billed = s.groups.iter().filter(|g| g.kind == SourceKind::Delivery);
    if let (Some(only), None) = (notes_billed.next(), notes_billed.next()) {
        x.open("ram:DespatchAdviceReferencedDocument")
            .leaf("ram:IssuerAssignedID", &only.number)
            .close();
    }
    x.close();

    x.open("ram:ApplicableHeaderTradeSettlement");
    // the payment instructions (BG-16): an invoice with an IBAN is paid by SEPA transfer
    // with its number as the reference; a credit note is not paid by the customer
    // one collected by SEPA direct debit names the creditor (BT-90), the account debited
    // (BT-91) and the mandate (BT-89) instead
    let debit = s.direct_debit.as_ref().filter(|_| s.kind.is_payable());
    let iban = s
        .iban
        .as_deref()
        .filter(|_| s.kind.is_payable() && debit.is_none());
    if let Some(dd) = debit {
        x.leaf("ram:CreditorReferenceID", &dd.creditor_id);
    }
    if let Some(number) = s.number.as_ref().filter(|_| iban.is_some() || debit.is_some()) {
        x.leaf("ram:PaymentReference", number);
    }
    // in another currency: the VAT is also given in the seller's accounting one (BT-6, BR-53)
    if let Some(rate) = &s.exchange_rate {
        x.leaf("ram:TaxCurrencyCode", rate.accounting.code());
    }
    x.leaf("ram:InvoiceCurrencyCode", s.currency.code());
    if let Some(dd) = debit {
        x.open("ram:SpecifiedTradeSettlementPaymentMeans")
            .leaf("ram:TypeCode", "59")
            .open("ram:PayerPartyDebtorFinancialAccount")
            .leaf("ram:IBANID", &dd.debtor_iban)
            .close()
            .close();
    }
    if let Some(iban) = iban {
        x.open("ram:SpecifiedTradeSettlementPaymentMeans")
            .leaf("ram:TypeCode", "58")
            .open("ram:PayeePartyCreditorFinancialAccount")
            .leaf("ram:IBANID", &iban.replace(' ', ""))
            .close();
        if let Some(bic) = &s.bic {
            x.open("ram:PayeeSpecifiedCreditorFinancialInstitution")
                .leaf("ram:BICID", bic)
                .close();
        }
        x.close();
    }
    for part in &s.totals.by_rate {
        let category = s.vat_category(part.rate);
        x.open("ram:ApplicableTradeTax")
            .leaf("ram:CalculatedAmount", &amount(part.vat))
            .leaf("ram:TypeCode", "VAT");
        if let Some(reason) = s.exemption_text(category) {
            x.leaf("ram:ExemptionReason", reason);
        }
        x.leaf("ram:BasisAmount", &amount(part.net))
            .leaf("ram:CategoryCode", category.code());
        if let Some(code) = category.exemption_code() {
            x.leaf("ram:ExemptionReasonCode", code);
        }
        x.leaf("ram:RateApplicablePercent", &number(part.rate)).close();
    }
    if let Some(Delivery::Period(from, to)) = delivery {
        x.open("ram:BillingSpecifiedPeriod")
            .date("ram:StartDateTime", from)
            .date("ram:EndDateTime", to)
            .close();
    }
    // the document's discount (BG-20), one allowance per VAT rate it was shared over
    for part in s.totals.by_rate.iter().filter(|p| !p.allowance.is_zero()) {
        let category = s.vat_category(part.rate);
        x.open("ram:SpecifiedTradeAllowanceCharge")
            .open("ram:ChargeIndicator")
            .leaf("udt:Indicator", "false")
            .close()
            .leaf("ram:ActualAmount", &amount(part.allowance))
            .leaf("ram:ReasonCode", DISCOUNT_REASON_CODE)
            .leaf("ram:Reason", &discount_reason(s))
            .open("ram:CategoryTradeTax")
            .leaf("ram:TypeCode", "VAT")
            .leaf("ram:CategoryCode", category.code())
            .leaf("ram:RateApplicablePercent", &number(part.rate))
            .close()
            .close();
    }
    let due = s.mentions.iter().find_map(|m| match m {
        Mention::DueDate(d) => Some(*d),
        _ => None,
    });
    if let Some(due) = due {
        x.open("ram:SpecifiedTradePaymentTerms")
            .date("ram:DueDateDateTime", due);
        if let Some(dd) = debit {
            x.leaf("ram:DirectDebitMandateID", &dd.mandate);
        }
        x.close();
    }
    x.open("ram:SpecifiedTradeSettlementHeaderMonetarySummation")
        .leaf("ram:LineTotalAmount", &amount(s.totals.lines_net));
    if !s.totals.allowance.is_zero() {
        x.leaf("ram:AllowanceTotalAmount", &amount(s.totals.allowance));
    }
    x.leaf("ram:TaxBasisTotalAmount", &amount(s.totals.net))
        .leaf_with(
            "ram:TaxTotalAmount",
            &[("currencyID", s.currency.code())],
            &amount(s.totals.vat),
        );
    if let Some(rate) = &s.exchange_rate {
        // BT-111: the VAT total in the accounting currency, at the rate fixed at issue
        x.leaf_with(
            "ram:TaxTotalAmount",
            &[("currencyID", rate.accounting.code())],
            &amount(rate.to_accounting(s.totals.vat)),
        );
    }
    x.leaf("ram:GrandTotalAmount", &amount(s.totals.total))
        .leaf("ram:DuePayableAmount", &amount(s.totals.total))
        .close();
    if let Some((number, date)) = s.mentions.iter().find_map(|m| match m {
        Mention::Corrects { number, date, .. } => Some((number, date)),
        _ => None,
    }) {
        x.open("ram:InvoiceReferencedDocument")
            .leaf("ram:IssuerAssignedID", number);
        if let Some(day) = date {
            x.open("ram:FormattedIssueDateTime")
                .leaf_with("qdt:DateTimeString", &[("format", "102")], &ymd(*day))
                .close();
        }
        x.close();
    }
    x.close();
    x.close();
    x.close();
    x.finish()
}

/// The reason of the document's discount: "Remise 5 %" or "Remise".
fn discount_reason(s: &Sheet) -> String {
    match s.discount {
        Some(Discount::Percent(p)) => format!("{} {} %", s.t("Remise", "Discount"), number(p)),
        _ => s.t("Remise", "Discount").to_string(),
    }
}

fn purchase_order(s: &Sheet) -> Option<&str> {
    s.mentions.iter().find_map(|m| match m {
        Mention::PurchaseOrder(po) => Some(po.as_str()),
        _ => None,
    })
}

/// The notes of the document (BG-1): the French mandatory ones under their subject codes
/// (PMT recovery indemnity, PMD late penalties, AAB early-payment discount), the routing
/// of the buyer (BAR), then the document's own words.
fn notes(s: &Sheet, buyer_country: &str) -> Vec<(Option<&'static str>, String)> {
    let mut out: Vec<(Option<&'static str>, String)> = Vec::new();
    let text = |m: &Mention| s.mention_text(m).unwrap_or_default();
    let find = |pick: fn(&Mention) -> bool| s.mentions.iter().find(|m| pick(m)).map(text);
    let fr = s.lang != "en";
    let indemnity = find(|m| matches!(m, Mention::RecoveryIndemnity(_))).unwrap_or_else(|| {
        if fr {
            "Pas d'indemnité forfaitaire pour frais de recouvrement (client non professionnel ou avoir)."
                .into()
        } else {
            "No fixed recovery indemnity (consumer customer or credit note).".into()
        }
    });
    out.push((Some("PMT"), indemnity));
    let penalties = find(|m| matches!(m, Mention::LatePenalties(_))).unwrap_or_else(|| {
        if fr {
            "Pas de pénalités de retard : un avoir n'est pas payable.".into()
        } else {
            "No late-payment penalties: a credit note is not payable.".into()
        }
    });
    out.push((Some("PMD"), penalties));
    // no early-payment discount is ever granted: a credit note says so too
    out.push((Some("AAB"), text(&Mention::NoEarlyPaymentDiscount)));
    out.push((
        Some("BAR"),
        buyer_route(s.customer_business, buyer_country).to_string(),
    ));
    if let Some(t) = find(|m| matches!(m, Mention::VatOnDebits)) {
        out.push((Some("TXD"), t));
    }
    if let Some(t) = find(|m| matches!(m, Mention::Category(_))) {
        out.push((None, t));
    }
    if let Some(Mention::Corrects { reason: Some(r), .. }) =
        s.mentions.iter().find(|m| matches!(m, Mention::Corrects { .. }))
    {
        out.push((None, r.clone()));
    }
    if let Some(n) = s.notes.as_deref().filter(|n| !n.trim().is_empty()) {
        out.push((None, n.to_string()));
    }
    out
}

/// UN/ECE recommendation 20 code of a line's unit: C62 (one) unless a known unit is named.
fn unit_code(unit: Option<&str>) -> &'static str {
    match unit.map(|u| u.trim().to_lowercase()).as_deref() {
        Some("h" | "heure" | "heures" | "hour" | "hours") => "HUR",
        Some("j" | "jour" | "jours" | "day" | "days") => "DAY",
        Some("mois" | "month" | "months") => "MON",
        Some("kg") => "KGM",
        Some("m") => "MTR",
        _ => "C62",
    }
}

/// A trade party: name, SIREN as legal id (scheme 0002), postal address, electronic
/// address (the SIREN in the French directory, scheme 0225, else the e-mail, scheme EM),
/// VAT number, else the tax registration given.
fn party(x: &mut Xml, element: &'static str, p: &Party, country: &str, business: bool, tax_id: Option<&str>) {
    x.open(element).leaf("ram:Name", &p.name);
    if let Some(siren) = p.siren.as_deref().filter(|_| business) {
        x.open("ram:SpecifiedLegalOrganization")
            .leaf_with("ram:ID", &[("schemeID", "0002")], siren)
            .close();
    }
    postal(x, &postal_address(&p.address, country));
    match (p.siren.as_deref().filter(|_| business), p.email.as_deref()) {
        (Some(siren), _) => {
            x.open("ram:URIUniversalCommunication")
                .leaf_with("ram:URIID", &[("schemeID", "0225")], siren)
                .close();
        }
        (None, Some(email)) => {
            x.open("ram:URIUniversalCommunication")
                .leaf_with("ram:URIID", &[("schemeID", "EM")], email)
                .close();
        }
        (None, None) => {}
    }
    if let Some(vat) = &p.vat_number {
        x.open("ram:SpecifiedTaxRegistration")
            .leaf_with("ram:ID", &[("schemeID", "VA")], &vat.replace(' ', ""))
            .close();
    } else if let Some(siren) = tax_id.filter(|_| business) {
        // a seller without a VAT number (VAT franchise) is identified for tax by its SIREN
        // (BT-32, scheme FC), as EN 16931 asks of an invoice with exempt lines
        x.open("ram:SpecifiedTaxRegistration")
            .leaf_with("ram:ID", &[("schemeID", "FC")], siren)
            .close();
    }
    x.close();
}

/// A postal address (BG-5, BG-8, BG-15): postcode, up to three lines, city, country.
fn postal(x: &mut Xml, address: &PostalAddress) {
    x.open("ram:PostalTradeAddress");
    if let Some(code) = &address.postcode {
        x.leaf("ram:PostcodeCode", code);
    }
    for (name, line) in ["ram:LineOne", "ram:LineTwo", "ram:LineThree"]
        .iter()
        .zip(&address.lines)
    {
        x.leaf(name, line);
    }
    if let Some(city) = &address.city {
        x.leaf("ram:CityName", city);
    }
    x.leaf("ram:CountryID", &address.country).close();
}
