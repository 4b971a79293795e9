//! Scheduled sends: `invoice send N --at D` records the send, the daily run makes it
//! once, on D or the first run after.

use chrono::NaiveDate;

use super::Ledger;
use super::documents::{Settings, send_invoice};
use crate::config::Config;
use crate::domain::daily::SendsReport;
use crate::error::{Result, invalid};
use crate::ops::dunning::RunLock;
use crate::store::invoice as invoices;
use crate::store::schedule as store;

impl Ledger {
    /// Schedules the send of an invoice (a draft is issued on the day it is sent);
    /// returns its label. A day before `as_of` is refused.
    pub fn schedule_send(&mut self, reference: &str, at: NaiveDate, as_of: NaiveDate) -> Result<String> {
        if at < as_of {
            return invalid(crate::t!(
                "ops-send-at-past",
                at = at.to_string(),
                as_of = as_of.to_string()
            ));
        }
        self.write(|tx| {
            let invoice = invoices::find(tx, reference)?;
            let label = invoice.label();
            store::insert(tx, invoice.id, &label, at)?;
            Ok(label)
        })
    }

    /// Sends every scheduled invoice due on `as_of`, each once: a row is claimed (and the
    /// claim committed) before its mail goes, so a second run never sends it too; a
    /// failure is recorded and tried again by the next run.
    pub fn scheduled_sends(&mut self, config: &Config, as_of: NaiveDate) -> Result<SendsReport> {
        let _lock = RunLock::named(self.path(), "sends")?;
        let due = self.read(|tx| store::due(tx, as_of))?;
        let mut report = SendsReport::default();
        if due.is_empty() {
            return Ok(report);
        }
        let settings = Settings::from_config(config)?;
        for (id, invoice_id) in due {
            if !self.write(|tx| store::claim(tx, id))? {
                continue;
            }
            let reference = format!("#{invoice_id}");
            match send_invoice(self, config, &settings, &reference, as_of, as_of, false) {
                Ok(sent) => {
                    self.write(|tx| store::finish(tx, id, as_of, None))?;
                    report.sent.push(sent.written.document);
                }
                Err(e) => {
                    let why = e.to_string();
                    self.write(|tx| store::finish(tx, id, as_of, Some(&why)))?;
                    let label = self.read(|tx| Ok(invoices::find(tx, &reference)?.label()))?;
                    report.failed.push((label, why));
                }
            }
        }
        Ok(report)
    }
}
