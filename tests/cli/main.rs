//! The one integration-test binary: drives the real `creances` binary on temporary
//! ledgers with a hermetic environment and a fixed `--as-of`.

mod common;

mod bad_input;
mod completions;
mod concurrency;
mod dunning;
mod fec;
mod lifecycle;
mod reports;
