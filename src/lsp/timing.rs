//! Where the time of one analysis goes, for the latency harness
//! (`examples/lsp_latency.rs`): with `ISNAD_LSP_TIMINGS=1` in the server's
//! environment, each published analysis writes one line to stderr with its phases.
//! Wall-clock stamps (microseconds since the epoch) let the harness, in another
//! process, place the server's phases between its own send and receive.

use std::sync::OnceLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("ISNAD_LSP_TIMINGS").is_some_and(|v| v != "0"))
}

/// Microseconds since the epoch (comparable across processes on one machine).
pub fn wall_us() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_micros())
}

/// The phases of one analysis, from the change that made it to the queued
/// `publishDiagnostics`.
#[derive(Debug, Default, Clone)]
pub struct Phases {
    pub version: i32,
    pub bytes: usize,
    pub diagnostics: usize,
    /// When the last change of this version was received (wall clock).
    pub received_us: u128,
    /// From the change to the start of the analysis.
    pub wait: Duration,
    /// Taking the text and settings out of the document.
    pub copy: Duration,
    /// Handing the job to a blocking thread and back, beyond the work itself.
    pub spawn: Duration,
    pub analysis: Duration,
    pub index: Duration,
    /// Waiting, with the result ready, for the end of the debounce.
    pub hold: Duration,
    pub convert: Duration,
    /// Handing the notification to the transport.
    pub publish: Duration,
    /// When the notification was queued (wall clock).
    pub queued_us: u128,
}

impl Phases {
    pub fn report(&self) {
        let us = |d: Duration| d.as_micros();
        eprintln!(
            "[isnad timing] version={} bytes={} diagnostics={} received_us={} wait_us={} copy_us={} spawn_us={} analysis_us={} index_us={} hold_us={} convert_us={} publish_us={} queued_us={}",
            self.version,
            self.bytes,
            self.diagnostics,
            self.received_us,
            us(self.wait),
            us(self.copy),
            us(self.spawn),
            us(self.analysis),
            us(self.index),
            us(self.hold),
            us(self.convert),
            us(self.publish),
            self.queued_us,
        );
    }
}
