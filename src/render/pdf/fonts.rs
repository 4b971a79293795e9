//! The bundled fonts (Liberation Sans, SIL OFL: assets/fonts/LICENSE-OFL.txt): documents
//! never depend on the machine's fonts. Widths come from the font's own tables, read once.

use std::sync::OnceLock;

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

use super::layout::{Measure, Style, Weight};

pub const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/LiberationSans-Regular.ttf");
pub const BOLD: &[u8] = include_bytes!("../../../assets/fonts/LiberationSans-Bold.ttf");

/// Characters from U+0000 to this one are looked up once; Latin, punctuation and
/// currency signs (€ is U+20AC) all sit below it.
const TABLE_END: u32 = 0x2200;

/// Glyph id and advance (in em) of each character of one font; glyph 0 means "not in the font".
pub struct FontTable {
    glyphs: Vec<(u16, f32)>,
}

impl FontTable {
    fn read(data: &'static [u8]) -> FontTable {
        let font = FontRef::new(data).expect("the bundled font is readable");
        let charmap = font.charmap();
        let upem = font
            .metrics(Size::unscaled(), LocationRef::default())
            .units_per_em as f32;
        let metrics = font.glyph_metrics(Size::unscaled(), LocationRef::default());
        let glyphs = (0..TABLE_END)
            .map(|code| {
                let Some(ch) = char::from_u32(code) else {
                    return (0, 0.0);
                };
                match charmap.map(ch) {
                    Some(g) => {
                        let advance = metrics.advance_width(g).unwrap_or(0.0) / upem;
                        (g.to_u32() as u16, advance)
                    }
                    None => (0, 0.0),
                }
            })
            .collect();
        FontTable { glyphs }
    }

    /// The glyph and advance drawn for `c`: a character the font lacks is drawn as a
    /// space if it is one, else as `?` (never the .notdef box PDF/A forbids).
    pub fn glyph(&self, c: char) -> (u16, f32) {
        let found = self.glyphs.get(c as usize).copied().filter(|g| g.0 != 0);
        match found {
            Some(g) => g,
            None if c.is_whitespace() => self.glyphs[' ' as usize],
            None => self.glyphs['?' as usize],
        }
    }
}

/// Both weights, read once per process.
pub struct Fonts {
    pub regular: FontTable,
    pub bold: FontTable,
}

impl Fonts {
    pub fn get() -> &'static Fonts {
        static FONTS: OnceLock<Fonts> = OnceLock::new();
        FONTS.get_or_init(|| Fonts {
            regular: FontTable::read(REGULAR),
            bold: FontTable::read(BOLD),
        })
    }

    pub fn table(&self, weight: Weight) -> &FontTable {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }
}

impl Measure for Fonts {
    fn width(&self, text: &str, style: Style) -> f32 {
        let table = self.table(style.weight);
        text.chars().map(|c| table.glyph(c).1).sum::<f32>() * style.size
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_fonts_have_every_character_of_our_documents() {
        let fonts = Fonts::get();
        for c in "AZaz09 €àâçéèêëîïôùûüÿœæÀÉÈÇŒ«»’–—…°%.,;:/()\u{a0}\u{202f}".chars()
        {
            assert_ne!(fonts.regular.glyphs[c as usize].0, 0, "{c:?} in regular");
            assert_ne!(fonts.bold.glyphs[c as usize].0, 0, "{c:?} in bold");
        }
    }

    #[test]
    fn widths_follow_the_font_and_bold_is_wider() {
        let fonts = Fonts::get();
        let r = fonts.width("Total TTC", Style::regular(10.0));
        let b = fonts.width("Total TTC", Style::bold(10.0));
        assert!(r > 30.0 && r < 60.0, "{r}");
        assert!(b > r);
        assert_eq!(fonts.width("", Style::regular(10.0)), 0.0);
        // Liberation Sans is metric-compatible with Arial: digits are 0.556 em
        assert!((fonts.width("0", Style::regular(1.0)) - 0.556).abs() < 0.001);
    }

    #[test]
    fn missing_characters_fall_back_to_a_question_mark() {
        let fonts = Fonts::get();
        assert_eq!(fonts.regular.glyph('😀'), fonts.regular.glyph('?'));
        assert_eq!(fonts.regular.glyph('\u{3000}'), fonts.regular.glyph(' '));
    }
}
