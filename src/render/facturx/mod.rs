//! Factur-X: the PDF/A-3b a person reads with the CII XML a machine reads inside it, as
//! `factur-x.xml`, associated to the document as its alternative representation, and the
//! Factur-X extension schema in the XMP metadata (Factur-X 1.07, profile EN 16931).

pub mod cii;

use crate::render::pdf::invoice::Sheet;
use crate::render::pdf::writer::Attachment;
use crate::render::pdf::xmp;

/// The name the Factur-X specification gives the embedded XML.
pub const XML_NAME: &str = "factur-x.xml";
/// The Factur-X version and conformance level written in the XMP.
pub const VERSION: &str = "1.0";
pub const CONFORMANCE_LEVEL: &str = "EN 16931";

/// The Factur-X XMP: the extension schema declaration PDF/A asks for any schema it does not
/// know, and the four Factur-X properties.
fn xmp_descriptions() -> String {
    let property = |name: &str, description: &str| {
        format!(
            "<rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>{name}</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>{description}</pdfaProperty:description></rdf:li>"
        )
    };
    format!(
        concat!(
            "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">",
            "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">",
            "<pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>",
            "<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>",
            "<pdfaSchema:prefix>fx</pdfaSchema:prefix>",
            "<pdfaSchema:property><rdf:Seq>{}{}{}{}</rdf:Seq></pdfaSchema:property>",
            "</rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>",
            "<rdf:Description rdf:about=\"\" xmlns:fx=\"urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#\">",
            "<fx:DocumentType>INVOICE</fx:DocumentType><fx:DocumentFileName>{}</fx:DocumentFileName>",
            "<fx:Version>{}</fx:Version><fx:ConformanceLevel>{}</fx:ConformanceLevel></rdf:Description>"
        ),
        property("DocumentFileName", "The name of the embedded XML document"),
        property(
            "DocumentType",
            "The type of the hybrid document in capital letters, e.g. INVOICE or ORDER"
        ),
        property(
            "Version",
            "The actual version of the standard applying to the embedded XML document"
        ),
        property(
            "ConformanceLevel",
            "The conformance level of the embedded XML document"
        ),
        XML_NAME,
        VERSION,
        CONFORMANCE_LEVEL,
    )
}

/// The Factur-X PDF of an issued invoice or credit note.
pub fn document(sheet: &Sheet, logo: Option<&[u8]>) -> Result<Vec<u8>, String> {
    let xml = cii::cii(sheet);
    let attachment = Attachment {
        name: XML_NAME.into(),
        mime: "text/xml".into(),
        description: "Factur-X invoice (CII, EN 16931)".into(),
        data: xml.into_bytes(),
    };
    let pdf = sheet.render_with(logo, Some(&attachment))?;
    xmp::add_descriptions(pdf, &xmp_descriptions())
}
