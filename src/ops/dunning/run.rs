//! The daily run and the manual send: plan with the pure policy, record what will be
//! done in one transaction, then deliver customer by customer.

use chrono::NaiveDate;

use super::RunLock;
use super::book;
use super::deliver::{Delivery, compose, deliver, deliver_plan};
use super::history::{PLAN_GROUP, plan_today, plan_today_seen};
use super::record::{record_all, record_plan};
use crate::config::Config;
use crate::domain::dunning::{
    Action, ActionState, Attempt, CatchUp, CustomerActions, DayPlan, DryCounts, Dunned, Finding, Owed, Rules,
    RunReport, next_manual_step, plan_day,
};
use crate::domain::status::InvoiceStatus;
use crate::error::{Result, invalid};
use crate::i18n::Arg;
use crate::mailer::Mailer;
use crate::ops::Ledger;
use crate::render::mail::{self as templates, Templates};
use crate::store::customer as customers;
use crate::store::invoice as invoices;
use crate::store::{company, with_cache_share};

impl Ledger {
    /// The daily run. With `dry_run`, plans exactly the same actions and writes nothing.
    pub fn dunning_run(
        &mut self,
        config: &Config,
        as_of: NaiveDate,
        dry_run: bool,
        catch_up: CatchUp,
    ) -> Result<RunReport> {
        let rules = Rules {
            policy: &config.policy,
            rates: &config.rates,
            as_of,
            catch_up,
        };
        if dry_run {
            let (plan, problems, warnings) = self.dry_run_checked(config, &rules)?;
            let mut report = RunReport::dry(as_of, plan);
            report.problems = problems;
            report.warnings = warnings;
            return self.with_credit_noted(report, as_of);
        }
        let _lock = RunLock::acquire(self.path())?;
        let company = self.read(company::get)?;
        let templates = load_templates(config)?;
        // a missing sender or password only matters on a day with mail to send
        let mailer = Mailer::new(&config.mail, &company, self.path(), self.files());
        let ledger_path = self.path().to_path_buf();
        let (plan, recorded) = self.write(|tx| {
            let plan = plan_today(tx, &rules)?;
            let mails = DryCounts::of(&plan).reminders > 0;
            if let (true, Err(e)) = (mails, &mailer) {
                return invalid(e.to_string());
            }
            let recorded = record_plan(tx, &plan, as_of, config.policy.block_at_notice)?;
            Ok((plan, recorded))
        })?;
        let files = self.files().clone();
        let delivery = Delivery {
            mailer: mailer.as_ref().ok(),
            templates: &templates,
            company: &company,
            ledger_path: &ledger_path,
            files: &files,
        };
        let report = deliver_plan(self, &delivery, plan, recorded, as_of)?;
        self.with_credit_noted(report, as_of)
    }

    /// Today's plan, and what the real run needs and a dry run checks without sending:
    /// the templates, the sender and the mail transport, then each mail and letter
    /// composed as the run would (a customer without email, a letter that cannot be
    /// made). Returns the plan, the problems that would stop a mail due today, and the
    /// warnings that would not. The mails of each group of customers are composed on a
    /// second thread while the next group is planned (each letter is a PDF whose fonts
    /// are compressed: a third of a dry run's work), none held once checked.
    fn dry_run_checked(
        &mut self,
        config: &Config,
        rules: &Rules,
    ) -> Result<(DayPlan, Vec<Finding>, Vec<Finding>)> {
        self.dry_run_checked_in(config, rules, PLAN_GROUP)
    }

    /// [`Self::dry_run_checked`], planned in groups of about `per_group` open invoices.
    pub(super) fn dry_run_checked_in(
        &mut self,
        config: &Config,
        rules: &Rules,
        per_group: usize,
    ) -> Result<(DayPlan, Vec<Finding>, Vec<Finding>)> {
        let as_of = rules.as_of;
        let company = self.read(company::get)?;
        let (files, ledger_path) = (self.files().clone(), self.path().to_path_buf());
        let (company, files, ledger_path) = (&company, &files, &ledger_path);
        let (plan, checked) = std::thread::scope(|s| -> Result<_> {
            // made at the first group with mail to send: a day with none sets up no sender
            // (whose password command may ask for a passphrase)
            let mut checker = None;
            let plan = self.read(|tx| {
                plan_today_seen(tx, rules, per_group, |group| {
                    let mut mailing = group
                        .iter()
                        .filter(|c| c.actions.iter().any(|a| a.mails()))
                        .peekable();
                    if mailing.peek().is_none() {
                        return;
                    }
                    let (batches, _) = checker.get_or_insert_with(|| {
                        let (batches, received) = std::sync::mpsc::sync_channel(CHECK_QUEUE);
                        let sender = Sender {
                            config,
                            company,
                            ledger_path,
                            files,
                        };
                        (batches, s.spawn(move || sender.check(received, as_of)))
                    });
                    // a few customers at a time, none held once checked; a checker gone
                    // (its set-up failed) takes no more
                    loop {
                        let batch: Vec<CustomerActions> = mailing.by_ref().take(CHECK_BATCH).collect();
                        if batch.is_empty() || batches.send(batch).is_err() {
                            break;
                        }
                    }
                })
            });
            let checked = checker.map(|(batches, checker)| {
                drop(batches);
                checker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            });
            Ok((plan?, checked))
        })?;
        let Some(mut checked) = checked else {
            // nothing to send: neither the templates nor the sender matter today
            return Ok((plan, Vec::new(), Vec::new()));
        };
        // in the plan's order: customers by code
        checked.failed.sort_by(|a, b| a.0.cmp(&b.0));
        for (code, no_email, e) in checked.failed {
            let customer = || Arg::from(&code);
            checked.problems.push(if no_email {
                finding("checks-dunning-no-email", &[("customer", customer())])
            } else {
                finding(
                    "checks-dunning-customer-problem",
                    &[("customer", customer()), ("problem", Arg::from(&e))],
                )
            });
        }
        Ok((plan, checked.problems, checked.warnings))
    }

    /// The report, noting the customers reminded of invoices their credit could settle.
    fn with_credit_noted(&mut self, mut report: RunReport, as_of: NaiveDate) -> Result<RunReport> {
        let reminded = report.reminded_customers();
        // each customer's payments are read once: a quarter of the cache is plenty
        let credit = self.read(|tx| {
            with_cache_share(tx, 4, || {
                let mut credit = std::collections::HashMap::new();
                let may_hold = crate::store::settlement::may_hold_credit(tx, as_of)?;
                for id in reminded {
                    if may_hold.as_ref().is_some_and(|ids| !ids.contains(&id)) {
                        continue;
                    }
                    let free = crate::store::payment::free_credit(tx, Some(id), as_of, Some(as_of))?;
                    if let Some(first) = free.first() {
                        let total = free
                            .iter()
                            .skip(1)
                            .fold(first.in_accounting(), |sum, c| sum + c.in_accounting());
                        credit.insert(id, total);
                    }
                }
                Ok(credit)
            })
        })?;
        report.note_credit(|id| credit.get(&id).copied());
        Ok(report)
    }

    /// `dunning send N`: the invoice's current step now, whatever the calendar says; it
    /// counts as that step, so the daily run will not repeat it.
    pub fn dunning_send(&mut self, config: &Config, reference: &str, as_of: NaiveDate) -> Result<RunReport> {
        let _lock = RunLock::acquire(self.path())?;
        let company = self.read(company::get)?;
        let templates = load_templates(config)?;
        let mailer = Mailer::new(&config.mail, &company, self.path(), self.files())?;
        let rules = Rules {
            policy: &config.policy,
            rates: &config.rates,
            as_of,
            // the user asks for this invoice's step: a notice due goes out as it is
            catch_up: CatchUp::Notice,
        };
        let ledger_path = self.path().to_path_buf();
        let customers = self.write(|tx| {
            let inv = invoices::find(tx, reference)?;
            let label = inv.label();
            if inv.number.is_none() || inv.is_credit_note {
                return invalid(crate::t!("ops-dunning-not-issued", invoice = label.as_str()));
            }
            let book = book::load(tx, as_of, Some(inv.id))?;
            let customer = customers::by_id(tx, inv.customer_id)?;
            let view = inv.view(as_of);
            match view.status {
                InvoiceStatus::Paid => {
                    return invalid(crate::t!(
                        "ops-dunning-settled",
                        invoice = label.as_str(),
                        status = "paid"
                    ));
                }
                InvoiceStatus::Credited => {
                    return invalid(crate::t!(
                        "ops-dunning-settled",
                        invoice = label.as_str(),
                        status = "credited"
                    ));
                }
                InvoiceStatus::WrittenOff => {
                    return invalid(crate::t!(
                        "ops-dunning-settled",
                        invoice = label.as_str(),
                        status = "written-off"
                    ));
                }
                _ => {}
            }
            if let Some(h) = book.active_hold(inv.id, as_of) {
                return invalid(crate::t!(
                    "ops-dunning-on-hold",
                    invoice = label.as_str(),
                    reason = h.reason.as_str()
                ));
            }
            let mut planned = plan_day(&book, &rules);
            let has_perform = planned.iter().flat_map(|c| &c.actions).any(|a| a.performs());
            if !has_perform {
                let flagged = book.late_payers.contains(&customer.id);
                let ladder = config.policy.ladder(customer.dunning_profile, flagged);
                let skipped: Vec<&str> = planned
                    .iter()
                    .flat_map(|c| &c.actions)
                    .map(|a| a.step.name.as_str())
                    .collect();
                let due = inv.due_date.unwrap_or(as_of);
                let Some(next) = next_manual_step(ladder, &book.final_steps(inv.id), &skipped, due, as_of)
                else {
                    return invalid(crate::t!("ops-dunning-ladder-done", invoice = label.as_str()));
                };
                let mut o = Owed::of(&Dunned::from_record(&inv), &customer, &rules);
                o.reminded = book.reminded.contains_key(&inv.id);
                let retry = book.has_record(inv.id, &next.name);
                let a = Action::new(o, next, ActionState::Planned(Attempt { retry, manual: true }));
                match planned.first_mut() {
                    Some(c) => c.actions.push(a),
                    None => planned.push(CustomerActions {
                        frequent_late_payer: book.late_payers.contains(&customer.id),
                        customer,
                        actions: vec![a],
                    }),
                }
            } else {
                for a in planned.iter_mut().flat_map(|c| c.actions.iter_mut()) {
                    a.state = a.state.by_hand();
                }
            }
            record_all(tx, planned, as_of, config.policy.block_at_notice)
        })?;
        let files = self.files().clone();
        let delivery = Delivery {
            mailer: Some(&mailer),
            templates: &templates,
            company: &company,
            ledger_path: &ledger_path,
            files: &files,
        };
        deliver(self, &delivery, customers, as_of)
    }
}

/// The templates, refusing a policy whose mail steps name a template that does not exist.
fn load_templates(config: &Config) -> Result<Templates> {
    let mut templates = Templates::load(&|name, lang| config.template_override(name, lang))?;
    for step in config
        .policy
        .ladders
        .values()
        .flatten()
        .filter(|s| s.channel.mails())
    {
        templates.add_custom(&|name, lang| config.template_override(name, lang), &step.template)?;
        for lang in templates::LANGUAGES {
            if !templates.has(&step.template, lang) {
                return invalid(crate::t!(
                    "ops-dunning-template-missing",
                    step = step.name.as_str(),
                    template = step.template.as_str(),
                    lang = lang
                ));
            }
        }
    }
    Ok(templates)
}

/// A finding worded from the catalogue in English (JSON) and in the interface's language.
fn finding(key: &str, args: &[(&str, Arg)]) -> Finding {
    Finding {
        english: crate::i18n::tr_in(crate::i18n::Lang::En, key, args).unwrap_or_else(|| key.to_string()),
        shown: crate::i18n::tr(key, args),
    }
}

/// How many customers' mails the dry run hands its checker at a time, and how many such
/// batches may wait (4 096 customers' actions, a few MB: the planning goes on while the
/// letters are made, and a day of many mails is not held whole).
const CHECK_BATCH: usize = 64;
const CHECK_QUEUE: usize = 64;

/// What a dry run's checker needs to set up the sender as the real run would.
struct Sender<'a> {
    config: &'a Config,
    company: &'a crate::domain::company::Company,
    ledger_path: &'a std::path::Path,
    files: &'a crate::files::Files,
}

/// What the checker found: the set-up's problems then the warnings, and each customer
/// whose mail or letter cannot be made (code, without email, why).
struct Checked {
    problems: Vec<Finding>,
    warnings: Vec<Finding>,
    failed: Vec<(String, bool, String)>,
}

impl Sender<'_> {
    /// The templates and the mail transport set up, then each customer received
    /// composed as the run would.
    fn check(self, received: std::sync::mpsc::Receiver<Vec<CustomerActions>>, as_of: NaiveDate) -> Checked {
        let mut checked = Checked {
            problems: Vec::new(),
            warnings: Vec::new(),
            failed: Vec::new(),
        };
        let templates = load_templates(self.config)
            .map_err(|e| checked.problems.push(Finding::as_is(e.to_string())))
            .ok();
        let mailer = Mailer::new(&self.config.mail, self.company, self.ledger_path, self.files)
            .map_err(|e| checked.problems.push(Finding::as_is(e.to_string())))
            .ok();
        if let Some(outbox) = mailer.as_ref().and_then(Mailer::outbox) {
            let folder = outbox.display().to_string();
            checked
                .warnings
                .push(finding("checks-dunning-outbox", &[("folder", folder.into())]));
        }
        let Some(templates) = &templates else {
            return checked;
        };
        let delivery = Delivery {
            mailer: mailer.as_ref(),
            templates,
            company: self.company,
            ledger_path: self.ledger_path,
            files: self.files,
        };
        for batch in received {
            for c in batch {
                if let Err(e) = compose(&delivery, &c, as_of) {
                    checked
                        .failed
                        .push((c.customer.code, c.customer.email.is_none(), e));
                }
            }
        }
        checked
    }
}
