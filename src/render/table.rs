//! The one table renderer: quiet tables that read like a statement. Each column is as
//! wide as its widest cell (measured in displayed characters, not bytes nor the escape
//! codes of a coloured cell), padded by a
//! space on each side, columns apart by a space, numeric columns aligned right, a rule
//! under the header. A cell holding several lines takes as many table lines.
//!
//! Tables are written in two passes: `Table::measure` sees every row once to size the
//! columns, then rows are written one by one, so a listing of a million rows is never
//! held as text.

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

/// Column widths and alignments, ready to write rows.
#[derive(Debug, Clone)]
pub struct Table {
    widths: Vec<usize>,
    numeric: Vec<usize>,
    line: String,
}

/// How wide a cell shows on a terminal.
pub fn width(cell: &str) -> usize {
    if printable_ascii(cell) {
        return cell.len();
    }
    cell.lines().map(line_width).max().unwrap_or(0)
}

/// Whether the text is one line of printable ASCII, as wide as it is long (most cells:
/// codes, numbers, dates).
fn printable_ascii(text: &str) -> bool {
    text.bytes().all(|b| (0x20..0x7f).contains(&b))
}

/// How wide one line shows: its visible characters, not its escape codes.
fn line_width(line: &str) -> usize {
    if printable_ascii(line) {
        return line.len();
    }
    UnicodeWidthStr::width(super::colour::visible(line).as_ref())
}

impl Table {
    /// A table sized for `headers` and every row `rows` yields.
    pub fn measure<S: AsRef<str>>(
        headers: &[S],
        numeric: &[usize],
        rows: impl IntoIterator<Item = impl IntoIterator<Item = impl AsRef<str>>>,
    ) -> Table {
        let mut widths: Vec<usize> = headers.iter().map(|h| width(h.as_ref())).collect();
        for row in rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(width(cell.as_ref()));
            }
        }
        Table {
            widths,
            numeric: numeric.to_vec(),
            line: String::new(),
        }
    }

    /// Widens the columns to fit one more row (for rows that are visited, not held).
    pub fn widen<S: AsRef<str>>(&mut self, cells: &[S]) {
        for (w, cell) in self.widths.iter_mut().zip(cells) {
            *w = (*w).max(width(cell.as_ref()));
        }
    }

    /// Widens the columns to these widths of one more row's cells, in order.
    pub fn widen_to(&mut self, widths: &[usize]) {
        for (w, cell) in self.widths.iter_mut().zip(widths) {
            *w = (*w).max(*cell);
        }
    }

    /// The header row and the rule under it.
    pub fn head<S: AsRef<str>>(&mut self, out: &mut impl Write, headers: &[S]) -> io::Result<()> {
        self.row(out, headers)?;
        self.line.clear();
        for (i, w) in self.widths.iter().enumerate() {
            if i > 0 {
                self.line.push(' ');
            }
            self.line.extend(std::iter::repeat_n('─', w.max(&1) + 2));
        }
        self.line.push('\n');
        out.write_all(self.line.as_bytes())
    }

    /// One row; a cell of several lines makes as many table lines.
    pub fn row<S: AsRef<str>>(&mut self, out: &mut impl Write, cells: &[S]) -> io::Result<()> {
        // most rows are one line: their cells are written as they are
        if !cells.iter().any(|c| c.as_ref().contains('\n')) {
            self.line.clear();
            for i in 0..self.widths.len() {
                let text = cells.get(i).map_or("", |c| c.as_ref());
                self.cell(i, text);
            }
            self.line.push('\n');
            return out.write_all(self.line.as_bytes());
        }
        let height = cells
            .iter()
            .map(|c| c.as_ref().lines().count().max(1))
            .max()
            .unwrap_or(1);
        for n in 0..height {
            self.line.clear();
            for i in 0..self.widths.len() {
                let text = cells.get(i).and_then(|c| c.as_ref().lines().nth(n)).unwrap_or("");
                self.cell(i, text);
            }
            self.line.push('\n');
            out.write_all(self.line.as_bytes())?;
        }
        Ok(())
    }

    /// One line of cell `i` onto the line being made, padded to its column's width.
    fn cell(&mut self, i: usize, text: &str) {
        let pad = self.widths[i].max(1).saturating_sub(line_width(text));
        if i > 0 {
            self.line.push(' ');
        }
        self.line.push(' ');
        if self.numeric.contains(&i) {
            push_spaces(&mut self.line, pad);
            self.line.push_str(text);
        } else {
            self.line.push_str(text);
            push_spaces(&mut self.line, pad);
        }
        self.line.push(' ');
    }
}

/// `n` spaces onto `line`.
fn push_spaces(line: &mut String, mut n: usize) {
    const SPACES: &str = "                                                                ";
    while n > 0 {
        let take = n.min(SPACES.len());
        line.push_str(&SPACES[..take]);
        n -= take;
    }
}

/// A whole table as text, each line ending with a newline.
pub fn to_text(headers: &[String], numeric: &[usize], rows: &[Vec<String>]) -> String {
    let mut table = Table::measure(headers, numeric, rows);
    let mut out = Vec::new();
    table.head(&mut out, headers).expect("writing to memory");
    for row in rows {
        table.row(&mut out, row).expect("writing to memory");
    }
    String::from_utf8(out).expect("cells are text")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn columns_are_as_wide_as_their_widest_cell_in_characters() {
        let text = to_text(
            &strings(&["code", "name", "total"]),
            &[2],
            &[
                strings(&["ACME", "Société Générale", "1200.00"]),
                strings(&["B", "É", "5.00"]),
            ],
        );
        let expected = [
            " code   name                 total ",
            "────── ────────────────── ─────────",
            " ACME   Société Générale   1200.00 ",
            " B      É                     5.00 ",
        ];
        assert_eq!(text, expected.join("\n") + "\n");
        // every line is as wide on screen as the rule
        let widths: Vec<usize> = text.lines().map(UnicodeWidthStr::width).collect();
        assert!(widths.iter().all(|w| *w == widths[1]), "{widths:?}");
    }

    proptest::proptest! {
        #[test]
        fn printable_ascii_is_measured_as_every_other_text(
            cell in "[ -~\u{e9}\u{20ac}\u{4e2d}\u{1b}\n]{0,12}"
        ) {
            let measured = |line: &str| UnicodeWidthStr::width(super::super::colour::visible(line).as_ref());
            let slow = cell.lines().map(measured).max().unwrap_or(0);
            proptest::prop_assert_eq!(width(&cell), slow);
            proptest::prop_assert_eq!(line_width(&cell.replace('\n', " ")), measured(&cell.replace('\n', " ")));
        }
    }

    #[test]
    fn a_coloured_cell_is_as_wide_as_its_text() {
        let red = anstyle::Style::new().fg_color(Some(anstyle::AnsiColor::Red.into()));
        let text = to_text(
            &strings(&["code", "status"]),
            &[],
            &[
                vec!["ACME".into(), super::super::colour::paint("overdue", red)],
                strings(&["BETA", "paid"]),
            ],
        );
        let plain = anstream::adapter::strip_str(&text).to_string();
        let expected = [
            " code   status  ",
            "────── ─────────",
            " ACME   overdue ",
            " BETA   paid    ",
        ];
        assert_eq!(plain, expected.join("\n") + "\n");
        assert!(text.contains("\x1b[31moverdue\x1b[0m"), "{text:?}");
    }

    #[test]
    fn a_cell_of_several_lines_takes_several_table_lines() {
        let text = to_text(
            &strings(&["field", "value"]),
            &[],
            &[strings(&["address", "1 rue X\n69001 Lyon"])],
        );
        let expected = [
            " field     value      ",
            "───────── ────────────",
            " address   1 rue X    ",
            "           69001 Lyon ",
        ];
        assert_eq!(text, expected.join("\n") + "\n");
    }
}
