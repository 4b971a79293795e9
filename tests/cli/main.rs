//! The one integration-test binary: drives the real `creances` binary on temporary
//! ledgers with a hermetic environment and a fixed `--as-of`.

mod common;

mod architecture;

mod audit;
mod auto_block;
mod backup;
mod bad_input;
mod bank;
mod billing_year;
mod colour;
mod completions;
mod concurrency;
mod consistency;
mod credit;
mod credit_control;
mod csv_cells;
mod currency;
mod daily;
mod dashboard;
mod debtor_files;
mod delivery;
mod dependencies;
mod deposits;
mod discounts;
mod documents;
mod dry_run;
mod dunning;
mod dunning_mails;
mod facturx;
mod faults;
mod fec;
mod fec_books;
mod fec_checker;
mod first_hour;
mod french_help;
mod golden;
mod help;
mod hledger;
mod import;
mod language;
mod layouts;
mod lifecycle;
mod mail_failures;
mod manpages;
mod prompts;
mod recurring;
mod reports;
mod scheduled;
mod score;
mod sepa;
mod smaller_things;
mod stdout;
mod tour;
mod uncertain;
