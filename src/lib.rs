//! creances: an accounts-receivable ledger in one SQLite file.

#[macro_use]
pub mod i18n;
pub mod cli;
pub mod config;
pub mod demo;
pub mod domain;
pub mod error;
pub mod files;
pub mod mailer;
pub mod ops;
pub mod readers;
pub mod render;
pub mod store;
pub mod synthetic;
