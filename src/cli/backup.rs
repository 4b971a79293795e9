//! `creances backup`: a copy of the whole ledger to keep elsewhere.

use std::path::PathBuf;

use clap::Args;

use super::Ctx;
use crate::error::Result;

/// Copy the whole ledger (one consistent snapshot, checked to read back) to restore from
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The copy [default: LEDGER-backups/LEDGER-DAY.sqlite beside the ledger]
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

pub fn run(ctx: &Ctx, args: BackupArgs) -> Result<()> {
    let backup = ctx.open()?.backup(args.out.as_deref(), ctx.as_of)?;
    crate::render::backup::done(ctx.format, &backup.file, backup.bytes);
    Ok(())
}
