//! Every file the program writes besides the ledger itself goes through here: exports,
//! PDFs, letters, outbox mails, rejected rows.
//!
//! One policy for all of them:
//! - whole or not at all: a temporary file in the same folder, synced, then renamed; on
//!   any error the temporary file is removed before the error is returned;
//! - what a killed writer left behind is removed by the next write into that folder, by a
//!   rule that cannot touch anything else: only names of our own pattern
//!   (`.NAME.PID.creances-part`), only when process PID is no longer running here, and
//!   only when the file was last modified before this process started (so a writer this
//!   process cannot see, in another PID namespace or on another machine sharing the
//!   folder, keeps a file it is still writing);
//! - a folder the user names (`--out`) must exist; a folder the program keeps beside the
//!   ledger (documents, letters, outbox) is created;
//! - a name made from data (an invoice number) stays inside its folder;
//! - never the ledger, its `-wal`, `-shm`, `-journal` and lock files, nor the config file;
//! - files 0600 and folders 0700 (on Unix): they hold customer data;
//! - `-` as a chosen path (`--out -`) is the standard output: the data is written to a
//!   private temporary file first and copied to stdout once whole.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Suffixes of the files SQLite and creances keep beside a ledger.
pub const LEDGER_COMPANIONS: [&str; 5] = ["", "-wal", "-shm", "-journal", ".dunning-lock"];

/// Where a file goes.
#[derive(Debug, Clone, Copy)]
pub enum Target<'a> {
    /// A path the user chose with a flag (`--out`): its folder must exist.
    Chosen { path: &'a Path, flag: &'a str },
    /// A file named from data, in a folder the program keeps: the folder is created and
    /// the name may not leave it.
    Kept { dir: &'a Path, name: &'a str },
}

/// The files a write must never replace, and the writing itself.
#[derive(Debug, Clone, Default)]
pub struct Files {
    protected: Vec<PathBuf>,
}

impl Files {
    /// A writer that protects the ledger at `ledger` and the files beside it.
    pub fn for_ledger(ledger: &Path) -> Files {
        process_started();
        let protected = LEDGER_COMPANIONS
            .iter()
            .map(|suffix| {
                let mut p = ledger.as_os_str().to_owned();
                p.push(suffix);
                PathBuf::from(p)
            })
            .collect();
        Files { protected }
    }

    /// Also protects `path` (the config file).
    pub fn protect(&mut self, path: &Path) {
        self.protected.push(path.to_path_buf());
    }

    /// The path a target names, checked: a kept name stays in its folder, a chosen
    /// path's folder exists, neither is a protected file.
    pub fn resolve(&self, target: Target) -> Result<PathBuf> {
        if is_stdout(target) {
            return Ok(PathBuf::from("-"));
        }
        let path = match target {
            Target::Chosen { path, flag } => {
                let dir = parent(path);
                if !dir.is_dir() {
                    return Err(Error::Input(crate::t!(
                        "ops-write-no-folder",
                        path = path.display().to_string(),
                        folder = dir.display().to_string(),
                        flag = flag
                    )));
                }
                if path.is_dir() {
                    return Err(Error::Input(crate::t!(
                        "ops-write-is-folder",
                        path = path.display().to_string(),
                        flag = flag
                    )));
                }
                path.to_path_buf()
            }
            Target::Kept { dir, name } => {
                check_name(name)?;
                dir.join(name)
            }
        };
        if let Some(guarded) = self.protected.iter().find(|p| same_file(p, &path)) {
            return Err(Error::Input(crate::t!(
                "ops-write-guarded",
                path = path.display().to_string(),
                what = describe(guarded)
            )));
        }
        Ok(path)
    }

    /// Writes `bytes` to the target whole or not at all; returns the path written.
    pub fn write(&self, target: Target, bytes: &[u8]) -> Result<PathBuf> {
        self.write_with(target, |out| out.write_all(bytes).map_err(|e| e.into()))
    }

    /// Writes what `fill` produces, streamed through a buffer into a temporary file that
    /// replaces the target only once `fill` succeeded and the data is on disk.
    pub fn write_with(
        &self,
        target: Target,
        fill: impl FnOnce(&mut BufWriter<File>) -> Result<()>,
    ) -> Result<PathBuf> {
        let mut part = self.begin(target)?;
        fill(part.out())?;
        part.finish()
    }

    /// Writes many files into one folder kept beside the ledger, each whole or not at
    /// all like [`Files::write`], with one sweep of stale parts for the lot (a sweep reads
    /// the whole folder: once per file would cost the square of its size). Stops at the
    /// first failure; the files written before it stay.
    pub fn write_many<'a>(
        &self,
        dir: &Path,
        files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
    ) -> Result<Vec<PathBuf>> {
        create_private_dir(dir)?;
        remove_stale_parts(dir);
        files
            .into_iter()
            .map(|(name, bytes)| {
                let mut part = self.begin_swept(Target::Kept { dir, name })?;
                part.out()
                    .write_all(bytes)
                    .map_err(|e| cannot_write(part.path(), &e))?;
                part.finish()
            })
            .collect()
    }

    /// Starts writing the target: what goes to [`PartFile::out`] lands under the final
    /// name on [`PartFile::finish`], and nowhere if the part is dropped before.
    pub fn begin(&self, target: Target) -> Result<PartFile> {
        let path = self.resolve(target)?;
        if is_stdout(target) {
            let tmp = std::env::temp_dir().join(format!(
                ".creances-stdout.{}.{}{PART}",
                std::process::id(),
                STDOUT_PARTS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            ));
            let file = create_private(&tmp).map_err(|e| cannot_write(&tmp, &e))?;
            return Ok(PartFile {
                out: Some(BufWriter::with_capacity(1 << 16, file)),
                tmp,
                path,
            });
        }
        if let Target::Kept { dir, .. } = target {
            create_private_dir(dir)?;
        }
        remove_stale_parts(parent(&path));
        self.begin_swept(target)
    }

    /// [`Files::begin`] in a folder that exists and was swept already.
    fn begin_swept(&self, target: Target) -> Result<PartFile> {
        let path = self.resolve(target)?;
        let tmp = part_name(&path);
        let file = create_private(&tmp).map_err(|e| cannot_write(&path, &e))?;
        Ok(PartFile {
            out: Some(BufWriter::with_capacity(1 << 16, file)),
            tmp,
            path,
        })
    }
}

/// A file being written under a temporary name.
#[derive(Debug)]
pub struct PartFile {
    out: Option<BufWriter<File>>,
    tmp: PathBuf,
    path: PathBuf,
}

impl PartFile {
    /// Where to write.
    pub fn out(&mut self) -> &mut BufWriter<File> {
        self.out
            .as_mut()
            .expect("a part file is written until it is finished")
    }

    /// The final path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Where the data goes until [`PartFile::finish`]: for a writer that opens the file
    /// itself (SQLite's `VACUUM INTO`).
    pub fn temporary_path(&self) -> &Path {
        &self.tmp
    }

    /// Flushes, syncs and renames to the final name.
    pub fn finish(mut self) -> Result<PathBuf> {
        let mut out = self.out.take().expect("finished once");
        out.flush().map_err(|e| cannot_write(&self.path, &e))?;
        out.get_ref()
            .sync_all()
            .map_err(|e| cannot_write(&self.path, &e))?;
        drop(out);
        if self.path == Path::new("-") {
            let copied = File::open(&self.tmp).and_then(|mut data| {
                let mut stdout = std::io::stdout().lock();
                std::io::copy(&mut data, &mut stdout)?;
                stdout.flush()
            });
            let _ = std::fs::remove_file(&self.tmp);
            copied.map_err(|e| Error::Failed(crate::t!("ops-write-stdout", error = e.to_string())))?;
            return Ok(self.path.clone());
        }
        std::fs::rename(&self.tmp, &self.path).map_err(|e| cannot_write(&self.path, &e))?;
        Ok(self.path.clone())
    }
}

impl Drop for PartFile {
    fn drop(&mut self) {
        if self.out.take().is_some() || self.tmp.exists() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// Creates a folder the program keeps (and its parents), private to the user.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(|e| {
        Error::Failed(crate::t!(
            "ops-folder-create",
            path = dir.display().to_string(),
            error = e.to_string()
        ))
    })
}

fn create_private(path: &Path) -> std::io::Result<File> {
    let mut options = File::options();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

fn cannot_write(path: &Path, e: &std::io::Error) -> Error {
    match e.kind() {
        std::io::ErrorKind::StorageFull => Error::Failed(crate::t!(
            "ops-write-disk-full",
            path = path.display().to_string()
        )),
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => Error::Failed(
            crate::t!("ops-write-read-only", path = path.display().to_string()),
        ),
        _ => Error::Failed(crate::t!(
            "ops-write-failed",
            path = path.display().to_string(),
            error = e.to_string()
        )),
    }
}

/// Whether a target is the standard output: `--out -`.
pub fn is_stdout(target: Target) -> bool {
    matches!(target, Target::Chosen { path, .. } if path == Path::new("-"))
}

/// Tells apart the temporary files of several `-` targets of one process.
static STDOUT_PARTS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

fn parent(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// A name made from data: one plain file name, no way out of its folder.
fn check_name(name: &str) -> Result<()> {
    let safe = !name.is_empty()
        && name.len() <= 200
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '#'));
    if safe {
        Ok(())
    } else {
        Err(Error::Input(crate::t!("ops-file-name-unsafe", name = name)))
    }
}

/// The temporary name of a file being written: hidden, with the writer's process id so
/// that a later write can tell a dead writer's leftovers from a live one's.
fn part_name(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}{PART}", std::process::id()))
}

const PART: &str = ".creances-part";

/// Removes the temporary files of writers that are no longer running: our own pattern
/// only, a writer's process gone, the file untouched since before this process started.
fn remove_stale_parts(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let started = process_started();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = part_writer(&name) else {
            continue;
        };
        // a plain file only (never a folder or a link someone named like ours)
        let Ok(meta) = std::fs::symlink_metadata(entry.path()) else {
            continue;
        };
        let untouched_since_we_started = meta.modified().is_ok_and(|m| m < started);
        if meta.is_file() && untouched_since_we_started && !process_alive(pid) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The process id in a temporary file name of ours (`.NAME.PID.creances-part`, NAME not
/// empty), or None for any other name.
fn part_writer(name: &str) -> Option<u32> {
    let stem = name.strip_prefix('.')?.strip_suffix(PART)?;
    let (base, pid) = stem.rsplit_once('.')?;
    if base.is_empty() || pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    pid.parse().ok()
}

/// When this process started, as near as we know: the first time the file writer was
/// asked (opening a ledger asks), before anything was written.
fn process_started() -> std::time::SystemTime {
    static STARTED: std::sync::OnceLock<std::time::SystemTime> = std::sync::OnceLock::new();
    *STARTED.get_or_init(std::time::SystemTime::now)
}

fn process_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let proc = Path::new("/proc");
    if proc.is_dir() {
        return proc.join(pid.to_string()).exists();
    }
    // no /proc: keep it, a later write on a system with one will clean up
    true
}

/// Whether two paths name the same file: the same file on disk (a hard link, a symlink,
/// another spelling), or the same canonical path for one that does not exist yet.
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(ma), Ok(mb)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return ma.dev() == mb.dev() && ma.ino() == mb.ino();
        }
    }
    match (canonical(a), canonical(b)) {
        (Some(ca), Some(cb)) => ca == cb,
        _ => false,
    }
}

/// The canonical path of a file that may not exist: its folder's canonical path joined
/// with its name.
fn canonical(path: &Path) -> Option<PathBuf> {
    if let Ok(c) = path.canonicalize() {
        return Some(c);
    }
    let dir = parent(path).canonicalize().ok()?;
    Some(dir.join(path.file_name()?))
}

fn describe(protected: &Path) -> String {
    let name = protected.to_string_lossy();
    for suffix in ["-wal", "-shm", "-journal", ".dunning-lock"] {
        if name.ends_with(suffix) {
            return crate::t!("ops-guarded-sidecar", suffix = suffix);
        }
    }
    if name.ends_with(".toml") {
        crate::t!("ops-guarded-config")
    } else {
        crate::t!("ops-guarded-ledger")
    }
}

#[cfg(test)]
mod tests;
