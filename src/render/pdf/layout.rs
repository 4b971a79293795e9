//! Layout arithmetic for our documents, with no PDF in sight: measuring and wrapping
//! text, aligning amounts on a column's right edge, cutting a long table into pages.
//! What it produces is a display list (`Page` of `Item`s) in points, origin at the top
//! left of an A4 page, y growing downwards; `writer` turns it into PDF.

use std::ops::Range;

/// A4 in points.
pub const PAGE_WIDTH: f32 = 595.28;
pub const PAGE_HEIGHT: f32 = 841.89;
/// Left and right margin.
pub const MARGIN: f32 = 50.0;
/// Width between the margins.
pub const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

/// How a piece of text is set: weight, size in points, grey level (0 black, 255 white).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub weight: Weight,
    pub size: f32,
    pub gray: u8,
}

impl Style {
    pub const fn regular(size: f32) -> Style {
        Style {
            weight: Weight::Regular,
            size,
            gray: 0,
        }
    }

    pub const fn bold(size: f32) -> Style {
        Style {
            weight: Weight::Bold,
            size,
            gray: 0,
        }
    }

    pub const fn gray(mut self, gray: u8) -> Style {
        self.gray = gray;
        self
    }

    /// Distance between two baselines.
    pub fn leading(&self) -> f32 {
        self.size * 1.3
    }
}

/// Text widths: the real fonts in production, a fixed-width stand-in in tests.
pub trait Measure {
    /// Advance width of `text` set in `style`, in points.
    fn width(&self, text: &str, style: Style) -> f32;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// One thing to draw.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// Text whose baseline starts at (x, y).
    Text {
        x: f32,
        y: f32,
        text: String,
        style: Style,
    },
    /// A straight rule.
    Rule {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        gray: u8,
    },
    /// A filled rectangle (table header shading).
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        gray: u8,
    },
    /// The company logo, scaled into this box.
    Logo { x: f32, y: f32, w: f32, h: f32 },
}

/// What one page shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub items: Vec<Item>,
}

impl Page {
    /// Text at (x, y), left-aligned or ending at x when right-aligned.
    pub fn text(&mut self, m: &dyn Measure, x: f32, y: f32, text: &str, style: Style, align: Align) {
        if text.is_empty() {
            return;
        }
        let x = match align {
            Align::Left => x,
            Align::Right => x - m.width(text, style),
        };
        self.items.push(Item::Text {
            x,
            y,
            text: text.to_string(),
            style,
        });
    }

    /// A horizontal rule from x1 to x2.
    pub fn rule(&mut self, x1: f32, x2: f32, y: f32, width: f32, gray: u8) {
        self.items.push(Item::Rule {
            x1,
            y1: y,
            x2,
            y2: y,
            width,
            gray,
        });
    }

    pub fn fill(&mut self, x: f32, y: f32, w: f32, h: f32, gray: u8) {
        self.items.push(Item::Fill { x, y, w, h, gray });
    }
}

/// Splits `text` into lines no wider than `max_width`: explicit newlines are kept, words
/// go on the line while they fit, and a word wider than the whole line is cut between
/// characters. Never returns an empty list.
pub fn wrap(m: &dyn Measure, text: &str, style: Style, max_width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut current = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if current.is_empty() {
                word.to_string()
            } else {
                format!("{current} {word}")
            };
            if m.width(&candidate, style) <= max_width {
                current = candidate;
                continue;
            }
            if !current.is_empty() {
                lines.push(std::mem::take(&mut current));
            }
            if m.width(word, style) <= max_width {
                current = word.to_string();
            } else {
                // a word wider than the line: cut it where it overflows
                for c in word.chars() {
                    let mut longer = current.clone();
                    longer.push(c);
                    if !current.is_empty() && m.width(&longer, style) > max_width {
                        lines.push(std::mem::take(&mut current));
                        current.push(c);
                    } else {
                        current = longer;
                    }
                }
            }
        }
        lines.push(current);
    }
    lines
}

/// A table column: left edge, width, alignment. Right-aligned cells end `PAD` points
/// before the column's right edge so that amounts line up on their last digit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column {
    pub x: f32,
    pub width: f32,
    pub align: Align,
}

/// Space between a cell's text and its column edge.
pub const PAD: f32 = 4.0;

impl Column {
    /// Where a cell's text starts (Left) or ends (Right).
    pub fn anchor(&self) -> f32 {
        match self.align {
            Align::Left => self.x + PAD,
            Align::Right => self.x + self.width - PAD,
        }
    }

    /// Room for text inside the cell.
    pub fn inner_width(&self) -> f32 {
        (self.width - 2.0 * PAD).max(1.0)
    }
}

/// Lays columns side by side from `x`: fixed widths, and the one column given as
/// `None` takes what is left of `total`.
pub fn columns(x: f32, total: f32, spec: &[(Option<f32>, Align)]) -> Vec<Column> {
    let fixed: f32 = spec.iter().filter_map(|s| s.0).sum();
    let flexible = (total - fixed).max(0.0);
    let mut left = x;
    spec.iter()
        .map(|(w, align)| {
            let width = w.unwrap_or(flexible);
            let c = Column {
                x: left,
                width,
                align: *align,
            };
            left += width;
            c
        })
        .collect()
}

/// Cuts table rows into pages. `first` and `next` are the heights available for rows on
/// the first and the following pages; `tail` is the height of what must follow the last
/// row on the same page (totals, mentions). Every page gets at least one row, even one
/// taller than the page; when the tail does not fit under the last rows, they stay where
/// they are and the tail goes alone onto one more page (an empty range).
pub fn paginate(heights: &[f32], first: f32, next: f32, tail: f32) -> Vec<Range<usize>> {
    let mut pages = Vec::new();
    let mut start = 0;
    let mut room = first;
    let mut used = 0.0;
    for (i, h) in heights.iter().enumerate() {
        if used + h > room && i > start {
            pages.push(start..i);
            start = i;
            room = next;
            used = 0.0;
        }
        used += h;
    }
    pages.push(start..heights.len());
    if used + tail > room {
        pages.push(heights.len()..heights.len());
    }
    pages
}

#[cfg(test)]
pub mod tests {
    use super::*;

    /// Every character 0.5 em wide, bold 0.6 em: easy to reason about.
    pub struct Fixed;

    impl Measure for Fixed {
        fn width(&self, text: &str, style: Style) -> f32 {
            let em = match style.weight {
                Weight::Regular => 0.5,
                Weight::Bold => 0.6,
            };
            text.chars().count() as f32 * em * style.size
        }
    }

    const S: Style = Style::regular(10.0);

    #[test]
    fn short_text_stays_on_one_line() {
        assert_eq!(wrap(&Fixed, "Audit technique", S, 200.0), vec!["Audit technique"]);
    }

    #[test]
    fn words_wrap_at_the_width() {
        // 5 pt per character: 40 pt holds 8 characters
        assert_eq!(
            wrap(&Fixed, "aaa bbb ccc dddd", S, 40.0),
            vec!["aaa bbb", "ccc dddd"]
        );
        for line in wrap(&Fixed, "un deux trois quatre cinq six sept huit", S, 42.0) {
            assert!(Fixed.width(&line, S) <= 42.0, "{line}");
        }
    }

    #[test]
    fn a_word_longer_than_the_line_is_cut() {
        let lines = wrap(&Fixed, "abcdefghijkl", S, 20.0);
        assert_eq!(lines, vec!["abcd", "efgh", "ijkl"]);
    }

    #[test]
    fn newlines_are_kept_and_empty_text_gives_one_line() {
        assert_eq!(wrap(&Fixed, "a\nb", S, 100.0), vec!["a", "b"]);
        assert_eq!(wrap(&Fixed, "", S, 100.0), vec![""]);
    }

    #[test]
    fn right_aligned_text_ends_on_the_anchor() {
        let mut page = Page::default();
        let col = Column {
            x: 100.0,
            width: 80.0,
            align: Align::Right,
        };
        page.text(&Fixed, col.anchor(), 10.0, "1 200,00", S, Align::Right);
        page.text(&Fixed, col.anchor(), 22.0, "9,50", S, Align::Right);
        let ends: Vec<f32> = page
            .items
            .iter()
            .map(|i| match i {
                Item::Text { x, text, style, .. } => x + Fixed.width(text, *style),
                _ => unreachable!(),
            })
            .collect();
        assert_eq!(ends, vec![176.0, 176.0]);
    }

    #[test]
    fn the_flexible_column_takes_the_rest() {
        let cols = columns(
            50.0,
            400.0,
            &[
                (None, Align::Left),
                (Some(50.0), Align::Right),
                (Some(100.0), Align::Right),
            ],
        );
        assert_eq!(cols[0].width, 250.0);
        assert_eq!(cols[1].x, 300.0);
        assert_eq!(cols[2].x + cols[2].width, 450.0);
    }

    #[test]
    fn rows_that_fit_make_one_page() {
        assert_eq!(paginate(&[10.0; 5], 100.0, 200.0, 40.0), vec![0..5]);
    }

    #[test]
    fn long_tables_break_and_the_tail_follows_the_last_rows() {
        let pages = paginate(&[10.0; 25], 100.0, 180.0, 30.0);
        assert_eq!(pages, vec![0..10, 10..25]);
        // 15 rows (150) leave 30 on the last page: a taller tail gets a page of its own
        let pages = paginate(&[10.0; 25], 100.0, 180.0, 31.0);
        assert_eq!(pages, vec![0..10, 10..25, 25..25]);
    }

    #[test]
    fn every_row_lands_on_exactly_one_page_and_no_page_overflows() {
        let heights: Vec<f32> = (0..200).map(|i| 10.0 + (i % 7) as f32 * 3.0).collect();
        let pages = paginate(&heights, 300.0, 500.0, 120.0);
        let mut next = 0;
        for (n, p) in pages.iter().enumerate() {
            assert_eq!(p.start, next);
            next = p.end;
            let used: f32 = heights[p.clone()].iter().sum();
            assert!(used <= if n == 0 { 300.0 } else { 500.0 });
        }
        assert_eq!(next, heights.len());
        let last = pages.last().unwrap();
        let room = if pages.len() == 1 { 300.0 } else { 500.0 };
        assert!(heights[last.clone()].iter().sum::<f32>() + 120.0 <= room);
    }

    #[test]
    fn a_row_taller_than_a_page_still_gets_placed() {
        let pages = paginate(&[10.0, 500.0, 10.0], 100.0, 100.0, 0.0);
        let placed: usize = pages.iter().map(|p| p.len()).sum();
        assert_eq!(placed, 3);
    }
}
