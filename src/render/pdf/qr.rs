//! A QR code drawn with filled squares (no image): each run of dark modules on a row is
//! one rectangle, with the four-module quiet zone the readers need around the symbol.

use qrcode::{Color, EcLevel, QrCode};

use super::layout::Page;

/// The dark modules of a QR code with error correction M (what EPC069-12 asks): its width
/// in modules and, row by row, the dark ones. None when the text is too long for a code.
pub fn modules(text: &str) -> Option<(usize, Vec<bool>)> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let dark = code.to_colors().into_iter().map(|c| c == Color::Dark).collect();
    Some((code.width(), dark))
}

/// Draws the code with its top-left corner at (x, y), `size` points wide including the
/// quiet zone, on a white square. Returns false when the text does not fit in a QR code.
pub fn draw(page: &mut Page, text: &str, x: f32, y: f32, size: f32) -> bool {
    let Some((width, dark)) = modules(text) else {
        return false;
    };
    let quiet = 4;
    let module = size / (width + 2 * quiet) as f32;
    page.fill(x, y, size, size, 255);
    for row in 0..width {
        let mut col = 0;
        while col < width {
            if !dark[row * width + col] {
                col += 1;
                continue;
            }
            let start = col;
            while col < width && dark[row * width + col] {
                col += 1;
            }
            page.fill(
                x + (quiet + start) as f32 * module,
                y + (quiet + row) as f32 * module,
                (col - start) as f32 * module,
                module,
                0,
            );
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::pdf::layout::Item;

    #[test]
    fn a_code_is_square_and_drawn_inside_its_box() {
        let (width, dark) = modules("BCD\n002\n1\nSCT").unwrap();
        assert_eq!(dark.len(), width * width);
        assert!(dark.iter().any(|d| *d) && dark.iter().any(|d| !*d));
        let mut page = Page::default();
        assert!(draw(&mut page, "BCD\n002\n1\nSCT", 100.0, 200.0, 80.0));
        for item in &page.items {
            let Item::Fill { x, y, w, h, .. } = item else {
                panic!("{item:?}")
            };
            assert!(*x >= 100.0 && *y >= 200.0, "{item:?}");
            assert!(x + w <= 180.01 && y + h <= 280.01, "{item:?}");
        }
    }

    #[test]
    fn a_text_too_long_for_a_code_is_refused() {
        let mut page = Page::default();
        assert!(!draw(&mut page, &"x".repeat(5000), 0.0, 0.0, 80.0));
        assert!(page.items.is_empty());
    }
}
