//! A long human output on a terminal goes through a pager: `$PAGER`, else `less -FRX`
//! (quit at the end of a short text, colours kept, the screen left as it was). Never
//! when stdout is a pipe or a file, and never with `--no-pager`.

use std::io::{IsTerminal, Write};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};

static PAGING: AtomicBool = AtomicBool::new(false);

/// The command's output may be paged (`invoice list` without `--no-pager`).
pub fn allow() {
    PAGING.store(true, Ordering::Relaxed);
}

/// The screen's height in lines: the terminal's, else `$LINES`, else 24.
fn screen_lines() -> usize {
    console::Term::stdout()
        .size_checked()
        .map(|(rows, _)| usize::from(rows))
        .or_else(|| std::env::var("LINES").ok().and_then(|l| l.trim().parse().ok()))
        .filter(|rows| *rows > 0)
        .unwrap_or(24)
}

/// True when a long output would go through the pager: paging allowed and stdout a
/// terminal (a streamed list is then gathered, and `emit` decides).
pub(super) fn wanted() -> bool {
    PAGING.load(Ordering::Relaxed) && std::io::stdout().is_terminal()
}

/// Shows `text` through the pager when paging is allowed, stdout is a terminal and the
/// text does not fit on the screen; returns false when it did not (the caller prints it).
pub(super) fn page(text: &str) -> bool {
    if !wanted() {
        return false;
    }
    // the prompt's line stays visible under a text that just fits
    if text.lines().count() < screen_lines() {
        return false;
    }
    let pager = std::env::var("PAGER")
        .ok()
        .filter(|p| !p.trim().is_empty())
        .unwrap_or_else(|| "less -FRX".into());
    // through the shell, as git does: `PAGER="less -S"` works
    let Ok(mut child) = Command::new("sh")
        .args(["-c", &pager])
        .env("LESS", std::env::var("LESS").unwrap_or_else(|_| "FRX".into()))
        .stdin(Stdio::piped())
        .spawn()
    else {
        return false;
    };
    if let Some(mut out) = child.stdin.take() {
        // colours as they would be on the terminal itself; a pager quit early closes the pipe
        let plain;
        let text = if anstream::stdout().current_choice() == anstream::ColorChoice::Never {
            plain = anstream::adapter::strip_str(text).to_string();
            plain.as_str()
        } else {
            text
        };
        let _ = out.write_all(text.as_bytes());
        if !text.ends_with('\n') {
            let _ = out.write_all(b"\n");
        }
    }
    let _ = child.wait();
    true
}
