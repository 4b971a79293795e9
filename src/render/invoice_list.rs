//! `invoice list`: a table, CSV or JSON of invoices; CSV and JSON can be written invoice
//! by invoice as they are read (`ListStream`).

use chrono::NaiveDate;

use super::invoice::{InvoiceJson, status};
use super::{Format, Listing, print_list, words};
use crate::domain::invoice::Invoice;

const LIST_HEADERS: [&str; 10] = [
    "number",
    "customer",
    "issued",
    "due",
    "total",
    "paid",
    "credited",
    "balance",
    "status",
    "days late",
];

/// A row of `invoice list`: its cells and their colours.
/// Amounts grouped and status words in the interface's language in a table; CSV keeps
/// the machine forms.
fn list_row(format: Format, r: &Invoice, as_of: NaiveDate) -> (Vec<String>, Vec<Option<anstyle::Style>>) {
    let v = r.view(as_of);
    let mut styles = vec![None; 10];
    if !r.is_credit_note {
        styles[8] = super::colour::invoice_status(v.status);
    }
    let cells = vec![
        if format == Format::Table {
            super::story::invoice_label(r.number.as_deref(), r.id)
        } else {
            r.label()
        },
        r.customer_code.clone(),
        r.issue_date.map(|d| d.to_string()).unwrap_or_default(),
        r.due_date
            .filter(|_| !r.is_credit_note)
            .map(|d| d.to_string())
            .unwrap_or_default(),
        words::money_cell(format, r.total),
        words::money_cell(format, v.paid),
        words::money_cell(format, v.credited),
        if r.is_credit_note {
            String::new()
        } else {
            words::money_cell(format, v.balance)
        },
        words::status_cell(format, status(r, as_of)),
        v.days_late.to_string(),
    ];
    (cells, styles)
}

/// `invoice list`.
pub fn list(format: Format, records: &[Invoice], as_of: NaiveDate) {
    let mut listing = Listing::new(LIST_HEADERS.to_vec()).right(&[4, 5, 6, 7, 9]);
    for r in records {
        let (cells, styles) = list_row(format, r, as_of);
        listing.push_styled(cells, styles);
    }
    let json: Vec<InvoiceJson> = records.iter().map(|r| InvoiceJson::new(r, as_of)).collect();
    print_list(format, &listing, json);
}

/// `invoice list` as a table, sized on every invoice then written invoice by invoice
/// (the same bytes as `list`): every invoice to `measure`, then again to `write`.
pub struct TableRows {
    table: super::stream::TableStream,
    as_of: NaiveDate,
}

impl TableRows {
    pub fn new(as_of: NaiveDate) -> TableRows {
        TableRows {
            table: super::stream::TableStream::new(&LIST_HEADERS, &[4, 5, 6, 7, 9]),
            as_of,
        }
    }

    fn painted(&self, r: &Invoice) -> Vec<String> {
        let (cells, styles) = list_row(Format::Table, r, self.as_of);
        cells
            .iter()
            .zip(styles)
            .map(|(cell, style)| match style {
                Some(style) => super::colour::paint(cell, style),
                None => cell.clone(),
            })
            .collect()
    }

    pub fn measure(&mut self, r: &Invoice) {
        let cells = self.painted(r);
        self.table.measure(&cells);
    }

    pub fn write(&mut self, r: &Invoice) {
        let cells = self.painted(r);
        self.table.write(&cells);
    }

    pub fn finish(self) {
        self.table.finish();
    }
}

/// `invoice list` as CSV or JSON, written invoice by invoice (the same bytes as `list`).
pub struct ListStream {
    out: super::stream::ListStream,
    as_of: NaiveDate,
}

impl ListStream {
    /// None for a table: `list` sizes its columns on every row first.
    pub fn new(format: Format, as_of: NaiveDate) -> Option<ListStream> {
        super::stream::ListStream::new(format, &LIST_HEADERS).map(|out| ListStream { out, as_of })
    }

    pub fn push(&mut self, r: &Invoice) {
        if self.out.is_json() {
            self.out.json(&InvoiceJson::new(r, self.as_of));
        } else {
            self.out.cells(&list_row(Format::Csv, r, self.as_of).0);
        }
    }

    pub fn finish(self) {
        self.out.finish();
    }
}
