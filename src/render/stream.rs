//! Lists written as they are visited: CSV rows and the elements of a JSON array go out
//! one at a time, so a list of a million rows is never held as text or as JSON values.
//! The bytes are those `print_list` writes for the same rows (the same CSV writer and
//! formula guard, the same pretty JSON), so a command may stream or collect at will.

use std::io::{self, Write};

use serde::Serialize;

use super::{Format, neutralise_formula};

/// Where a streamed list goes: stdout (stderr when stdout carries a file), buffered; or
/// memory when the pager will show it (it needs the whole text).
enum Sink {
    Out(io::BufWriter<Box<dyn Write>>),
    Paged(Vec<u8>),
}

impl Sink {
    fn new() -> Sink {
        if super::pager::wanted() {
            return Sink::Paged(Vec::new());
        }
        let out: Box<dyn Write> = if super::STDOUT_IS_DATA.load(std::sync::atomic::Ordering::Relaxed) {
            Box::new(anstream::stderr().lock())
        } else {
            Box::new(anstream::stdout().lock())
        };
        Sink::Out(io::BufWriter::with_capacity(1 << 16, out))
    }

    fn finish(self) {
        match self {
            // a closed pipe (`creances ... | head`) is not an error
            Sink::Out(mut out) => {
                let _ = out.flush();
            }
            Sink::Paged(text) => super::emit(&String::from_utf8_lossy(&text)),
        }
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Out(out) => out.write(buf),
            Sink::Paged(text) => text.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Out(out) => out.flush(),
            Sink::Paged(_) => Ok(()),
        }
    }
}

/// A list streamed as CSV (a header, then one record per row) or as a JSON array (one
/// element per row). Writing stops quietly at the first failed write (a closed pipe).
pub struct ListStream {
    kind: Kind,
    failed: bool,
}

enum Kind {
    /// The writer is made, and the header written, with the first row (or at the end):
    /// a command that fails before its first row prints nothing but its error.
    Csv {
        headers: Vec<String>,
        writer: Option<Box<csv::Writer<Sink>>>,
    },
    Json {
        out: Sink,
        count: usize,
        element: Vec<u8>,
    },
}

impl ListStream {
    /// A stream for `format`, CSV headed by `headers`; None for a table (a table needs
    /// its widths first: see `table::Table`).
    pub fn new<S: AsRef<str>>(format: Format, headers: &[S]) -> Option<ListStream> {
        let kind = match format {
            Format::Table => return None,
            Format::Json => Kind::Json {
                out: Sink::new(),
                count: 0,
                element: Vec::new(),
            },
            Format::Csv => Kind::Csv {
                headers: headers.iter().map(|h| h.as_ref().to_string()).collect(),
                writer: None,
            },
        };
        Some(ListStream { kind, failed: false })
    }

    /// True when the rows are wanted as JSON (`json`), false as CSV cells (`cells`).
    pub fn is_json(&self) -> bool {
        matches!(self.kind, Kind::Json { .. })
    }

    /// One CSV record (ignored by a JSON stream).
    pub fn cells<S: AsRef<str>>(&mut self, cells: &[S]) {
        if self.failed {
            return;
        }
        if let Some(w) = self.csv() {
            let failed = w
                .write_record(cells.iter().map(|c| neutralise_formula(c.as_ref())))
                .is_err();
            self.failed = failed;
        }
    }

    /// The CSV writer, its header written first; None for JSON or after a failed write.
    fn csv(&mut self) -> Option<&mut csv::Writer<Sink>> {
        let Kind::Csv { headers, writer } = &mut self.kind else {
            return None;
        };
        if writer.is_none() {
            let mut w = Box::new(csv::Writer::from_writer(Sink::new()));
            self.failed = w.write_record(headers.iter()).is_err();
            *writer = Some(w);
        }
        writer.as_deref_mut().filter(|_| !self.failed)
    }

    /// One element of the JSON array (ignored by a CSV stream), indented as
    /// `serde_json::to_string_pretty` indents the elements of an array.
    pub fn json(&mut self, value: &impl Serialize) {
        if self.failed {
            return;
        }
        if let Kind::Json { out, count, element } = &mut self.kind {
            element.clear();
            if serde_json::to_writer_pretty(&mut *element, value).is_err() {
                self.failed = true;
                return;
            }
            let lead: &[u8] = if *count == 0 { b"[\n  " } else { b",\n  " };
            *count += 1;
            // a string never holds a raw newline in JSON: each newline starts a line
            let mut written = out.write_all(lead);
            for (i, line) in element.split(|b| *b == b'\n').enumerate() {
                if i > 0 {
                    written = written.and_then(|()| out.write_all(b"\n  "));
                }
                written = written.and_then(|()| out.write_all(line));
            }
            self.failed = written.is_err();
        }
    }

    /// Ends the list (the closing bracket of JSON) and flushes it.
    pub fn finish(mut self) {
        self.close();
        // an empty list is its header alone
        let _ = self.csv();
        match self.kind {
            Kind::Csv { writer, .. } => {
                if let Some(w) = writer
                    && let Ok(sink) = w.into_inner()
                {
                    sink.finish();
                }
            }
            Kind::Json { out, .. } => out.finish(),
        }
    }

    /// The closing bracket of a JSON array (`[]` when empty), and its newline.
    fn close(&mut self) {
        if let Kind::Json { out, count, .. } = &mut self.kind
            && !self.failed
        {
            self.failed = out
                .write_all(if *count == 0 { b"[]\n" } else { b"\n]\n" })
                .is_err();
        }
    }
}

/// Visits every row of a table once per call, handing over its cells.
pub type EachRow<'a> = dyn Fn(&mut dyn FnMut(&[String])) + 'a;

/// A table written row by row, `(none)` when there is no row: `each` hands over every
/// row's cells (painted or not) and is called twice, to size the columns then to write,
/// so that no row is held. The bytes of `print_list` for the same rows.
pub fn table<S: AsRef<str>>(headers: &[S], numeric: &[usize], each: &EachRow) {
    let mut table = TableStream::new(headers, numeric);
    each(&mut |cells| table.measure(cells));
    each(&mut |cells| table.write(cells));
    table.finish();
}

/// [`table`] for a caller that hands the rows over itself: every row to `measure`, then
/// every row again, in the same order, to `write`.
pub struct TableStream {
    headers: Vec<String>,
    table: super::table::Table,
    count: usize,
    /// What is shown when there is no row.
    none: String,
    /// Made with the first written row: the sink, and whether writing still works.
    out: Option<(Sink, io::Result<()>)>,
}

impl TableStream {
    pub fn new<S: AsRef<str>>(headers: &[S], numeric: &[usize]) -> TableStream {
        // the headers in the interface's language, as `Listing::to_table` shows them
        let headers: Vec<String> = headers.iter().map(|h| super::words::label(h.as_ref())).collect();
        TableStream::titled(headers, numeric, t!("render-none"))
    }

    /// A table whose headers are already in the interface's language, saying `none`
    /// when it has no row.
    pub fn titled(headers: Vec<String>, numeric: &[usize], none: String) -> TableStream {
        let table = super::table::Table::measure(&headers, numeric, std::iter::empty::<Vec<String>>());
        TableStream {
            headers,
            table,
            count: 0,
            none,
            out: None,
        }
    }

    /// Sizes the columns on one row.
    pub fn measure(&mut self, cells: &[String]) {
        self.table.widen(cells);
        self.count += 1;
    }

    /// Writes one row (the header first).
    pub fn write(&mut self, cells: &[String]) {
        let (out, written) = self.out.get_or_insert_with(|| {
            let mut out = Sink::new();
            let written = self.table.head(&mut out, &self.headers);
            (out, written)
        });
        if written.is_ok() {
            *written = self.table.row(out, cells);
        }
    }

    /// Flushes the table, or says there is no row.
    pub fn finish(self) {
        match self.out {
            Some((out, _)) => out.finish(),
            None if self.count == 0 => super::emit(&self.none),
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Item {
        number: &'static str,
        lines: Vec<u32>,
        note: Option<&'static str>,
    }

    /// The JSON a stream writes for `items`, read back from a sink in memory.
    fn streamed(items: &[Item]) -> String {
        let mut stream = ListStream {
            kind: Kind::Json {
                out: Sink::Paged(Vec::new()),
                count: 0,
                element: Vec::new(),
            },
            failed: false,
        };
        for item in items {
            stream.json(item);
        }
        stream.close();
        match stream.kind {
            Kind::Json {
                out: Sink::Paged(text),
                ..
            } => String::from_utf8(text).unwrap(),
            _ => unreachable!(),
        }
    }

    #[test]
    fn json_elements_streamed_are_the_pretty_array() {
        let items = vec![
            Item {
                number: "F-1",
                lines: vec![1, 2],
                note: Some("two\nlines"),
            },
            Item {
                number: "F-2",
                lines: vec![],
                note: None,
            },
        ];
        let whole = serde_json::to_string_pretty(&items).unwrap() + "\n";
        assert_eq!(streamed(&items), whole);
        assert_eq!(
            streamed(&[]),
            serde_json::to_string_pretty(&Vec::<Item>::new()).unwrap() + "\n"
        );
    }
}
