//! Turns a display list into a PDF/A-3b file with krilla: fonts subset and embedded,
//! krilla's PDF/A validator on (a breach is an error, not a silent non-conforming file),
//! and no clock: the document date is the document's own date, so the same document
//! gives the same bytes every time.

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use krilla::color::luma;
use krilla::configure::{Archival, ConfigurationBuilder};
use krilla::embed::{AssociationKind, EmbeddedFile, MimeType};
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::image::Image;
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::{Document, SerializeSettings};

use super::fonts::{self, Fonts};
use super::layout::{Item, PAGE_HEIGHT, PAGE_WIDTH, Page, Weight};

/// What the PDF says about itself.
#[derive(Debug, Clone)]
pub struct Info {
    pub title: String,
    /// Used for the document id: the same number gives the same id.
    pub key: String,
    pub lang: String,
    pub date: NaiveDate,
    pub author: String,
}

/// A file carried inside the PDF (PDF/A-3 associated file): the Factur-X XML.
#[derive(Debug, Clone)]
pub struct Attachment {
    pub name: String,
    pub mime: String,
    pub description: String,
    pub data: Vec<u8>,
}

/// Renders the pages. `logo` is PNG data, drawn in every `Item::Logo` box; `attachment`
/// is embedded as the document's alternative representation.
pub fn write(
    pages: &[Page],
    info: &Info,
    logo: Option<&[u8]>,
    attachment: Option<&Attachment>,
) -> Result<Vec<u8>, String> {
    let mut document = Document::new_with(settings()?);
    let (regular, bold) = krilla_fonts()?;
    let image = match logo {
        Some(data) => Some(
            Image::from_png(data.to_vec().into(), false)
                .map_err(|e| format!("the logo is not a PNG image krilla can read: {e}"))?,
        ),
        None => None,
    };
    let tables = Fonts::get();
    for content in pages {
        let page_settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or("bad page size")?;
        let mut page = document.start_page_with(page_settings);
        let mut surface = page.surface();
        for item in &content.items {
            match item {
                Item::Text { x, y, text, style } => {
                    let table = tables.table(style.weight);
                    let glyphs: Vec<KrillaGlyph> = text
                        .char_indices()
                        .map(|(i, c)| {
                            let (gid, advance) = table.glyph(c);
                            KrillaGlyph::new(
                                GlyphId::new(gid as u32),
                                advance,
                                0.0,
                                0.0,
                                0.0,
                                i..i + c.len_utf8(),
                                None,
                            )
                        })
                        .collect();
                    surface.set_fill(Some(gray_fill(style.gray)));
                    let font = match style.weight {
                        Weight::Regular => regular.clone(),
                        Weight::Bold => bold.clone(),
                    };
                    surface.draw_glyphs(Point::from_xy(*x, *y), &glyphs, font, text, style.size, false);
                }
                Item::Rule {
                    x1,
                    y1,
                    x2,
                    y2,
                    width,
                    gray,
                } => {
                    let mut pb = PathBuilder::new();
                    pb.move_to(*x1, *y1);
                    pb.line_to(*x2, *y2);
                    if let Some(path) = pb.finish() {
                        surface.set_fill(None);
                        surface.set_stroke(Some(Stroke {
                            paint: luma::Color::new(*gray).into(),
                            width: *width,
                            ..Stroke::default()
                        }));
                        surface.draw_path(&path);
                        surface.set_stroke(None);
                    }
                }
                Item::Fill { x, y, w, h, gray } => {
                    let mut pb = PathBuilder::new();
                    if let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) {
                        pb.push_rect(rect);
                    }
                    if let Some(path) = pb.finish() {
                        surface.set_stroke(None);
                        surface.set_fill(Some(gray_fill(*gray)));
                        surface.draw_path(&path);
                    }
                }
                Item::Logo { x, y, w, h } => {
                    if let Some(image) = &image {
                        let (iw, ih) = image.size();
                        let scale = (w / iw.max(1) as f32).min(h / ih.max(1) as f32);
                        if let Some(size) = Size::from_wh(iw as f32 * scale, ih as f32 * scale) {
                            surface.push_transform(&Transform::from_translate(*x, *y));
                            surface.draw_image(image.clone(), size);
                            surface.pop();
                        }
                    }
                }
            }
        }
        surface.finish();
        page.finish();
    }
    let date = DateTime::new(info.date.year().clamp(0, 9999) as u16)
        .month(info.date.month() as u8)
        .day(info.date.day() as u8);
    document.set_metadata(
        Metadata::new()
            .title(info.title.clone())
            .authors(vec![info.author.clone()])
            .language(info.lang.clone())
            .creator("creances".into())
            .document_id(info.key.clone())
            .creation_date(date),
    );
    if let Some(file) = attachment {
        document
            .embed_file(EmbeddedFile {
                path: file.name.clone(),
                mime_type: Some(MimeType::new(&file.mime).ok_or("bad MIME type of the attachment")?),
                description: Some(file.description.clone()),
                association_kind: AssociationKind::Alternative,
                data: file.data.clone().into(),
                modification_date: Some(date),
                compress: Some(true),
                location: None,
            })
            .ok_or_else(|| format!("{} is attached twice", file.name))?;
    }
    document
        .finish()
        .map_err(|e| format!("the PDF could not be written: {e:?}"))
}

/// The bundled fonts as krilla reads them, parsed (and their data hashed) once per
/// process: a run rendering many documents (`invoice pdf --all`, the demo, sends) pays
/// for it once, not per document. Cloning a krilla `Font` is cheap (it is shared).
fn krilla_fonts() -> Result<&'static (Font, Font), String> {
    static FONTS: OnceLock<Option<(Font, Font)>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            Some((
                Font::new(fonts::REGULAR.into(), 0)?,
                Font::new(fonts::BOLD.into(), 0)?,
            ))
        })
        .as_ref()
        .ok_or_else(|| "the bundled fonts are unreadable".to_string())
}

/// PDF/A-3b with krilla's validator on: a breach fails the serialisation.
fn settings() -> Result<SerializeSettings, String> {
    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A3_B)
        .finish()
        .map_err(|e| format!("PDF/A-3b configuration: {e:?}"))?;
    Ok(SerializeSettings {
        configuration,
        enable_tagging: false,
        ..SerializeSettings::default()
    })
}

fn gray_fill(gray: u8) -> Fill {
    Fill {
        paint: luma::Color::new(gray).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::pdf::layout::{Align, Style};

    fn info() -> Info {
        Info {
            title: "Facture FACT-2026-0001".into(),
            key: "FACT-2026-0001".into(),
            lang: "fr".into(),
            date: NaiveDate::from_ymd_opt(2026, 3, 15).unwrap(),
            author: "Atelier".into(),
        }
    }

    fn page() -> Page {
        let mut page = Page::default();
        page.text(
            Fonts::get(),
            50.0,
            60.0,
            "Total TTC 1 200,00 € — œuvre",
            Style::bold(11.0),
            Align::Left,
        );
        page.rule(50.0, 545.0, 70.0, 0.5, 120);
        page.fill(50.0, 80.0, 100.0, 20.0, 235);
        page
    }

    #[test]
    fn krillas_pdf_a_3b_validation_passes_and_the_file_says_so() {
        let bytes = write(&[page()], &info(), None, None).expect("a valid PDF/A-3b file");
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            text.contains("<pdfaid:part>3</pdfaid:part>"),
            "PDF/A part 3 declared"
        );
        assert!(
            text.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
            "level B declared"
        );
        assert!(
            !text.contains("/FontFile2") || bytes.len() < 40_000,
            "fonts are subset"
        );
    }

    #[test]
    fn the_validator_is_on_a_document_without_date_is_refused() {
        let mut document = Document::new_with(settings().unwrap());
        let mut p = document.start_page_with(PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).unwrap());
        p.surface().finish();
        p.finish();
        document.set_metadata(Metadata::new().title("Facture".into()));
        match document.finish() {
            Ok(_) => panic!("PDF/A-3b refuses metadata without a date, and krilla's validator must say so"),
            Err(e) => assert!(format!("{e:?}").contains("MissingDocumentDate"), "{e:?}"),
        }
    }

    #[test]
    fn the_same_pages_give_the_same_bytes() {
        assert_eq!(
            write(&[page()], &info(), None, None).unwrap(),
            write(&[page()], &info(), None, None).unwrap()
        );
        let mut later = info();
        later.date = NaiveDate::from_ymd_opt(2026, 3, 16).unwrap();
        assert_ne!(
            write(&[page()], &info(), None, None).unwrap(),
            write(&[page()], &later, None, None).unwrap()
        );
    }
}
