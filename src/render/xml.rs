//! A small XML writer shared by the e-invoice (CII) and the SEPA collection file.

use chrono::NaiveDate;
use quick_xml::escape::escape;

/// A small XML writer: elements open and close in order, text is escaped.
pub(crate) struct Xml {
    out: String,
    open: Vec<&'static str>,
}

impl Xml {
    pub(crate) fn new() -> Xml {
        Xml {
            out: String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"),
            open: Vec::new(),
        }
    }

    pub(crate) fn indent(&mut self) {
        for _ in 0..self.open.len() {
            self.out.push_str("  ");
        }
    }

    /// An indented start tag without its closing `>`.
    pub(crate) fn start_tag(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.indent();
        self.out.push('<');
        self.out.push_str(name);
        for (k, v) in attrs {
            self.out.push_str(&format!(" {k}=\"{}\"", escape(*v)));
        }
    }

    pub(crate) fn open(&mut self, name: &'static str) -> &mut Self {
        self.open_with(name, &[])
    }

    pub(crate) fn open_with(&mut self, name: &'static str, attrs: &[(&str, &str)]) -> &mut Self {
        self.start_tag(name, attrs);
        self.out.push_str(">\n");
        self.open.push(name);
        self
    }

    pub(crate) fn close(&mut self) -> &mut Self {
        let name = self.open.pop().expect("an element is open");
        self.indent();
        self.out.push_str(&format!("</{name}>\n"));
        self
    }

    pub(crate) fn leaf(&mut self, name: &str, text: &str) -> &mut Self {
        self.leaf_with(name, &[], text)
    }

    pub(crate) fn leaf_with(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.start_tag(name, attrs);
        self.out.push('>');
        self.out.push_str(&escape(text));
        self.out.push_str(&format!("</{name}>\n"));
        self
    }

    pub(crate) fn date(&mut self, wrapper: &'static str, day: NaiveDate) -> &mut Self {
        self.open(wrapper)
            .leaf_with("udt:DateTimeString", &[("format", "102")], &ymd(day))
            .close()
    }

    pub(crate) fn finish(self) -> String {
        assert!(self.open.is_empty(), "every element is closed");
        self.out
    }
}

pub(crate) fn ymd(day: NaiveDate) -> String {
    day.format("%Y%m%d").to_string()
}
