//! The server's log: stderr and `window/logMessage`, never stdout (stdout is the
//! protocol). The level comes from `ISNAD_LOG` (error, warn, info, debug, trace),
//! else the `logLevel` setting, else `info`.

use std::sync::atomic::{AtomicU8, Ordering};

use tower_lsp_server::ls_types::MessageType;
use tower_lsp_server::Client;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Error = 1,
    Warn = 2,
    Info = 3,
    Debug = 4,
    Trace = 5,
}

impl Level {
    pub fn parse(s: &str) -> Option<Level> {
        match s.trim().to_ascii_lowercase().as_str() {
            "error" => Some(Level::Error),
            "warn" | "warning" => Some(Level::Warn),
            "info" => Some(Level::Info),
            "debug" => Some(Level::Debug),
            "trace" => Some(Level::Trace),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warn => "warn",
            Level::Info => "info",
            Level::Debug => "debug",
            Level::Trace => "trace",
        }
    }

    fn message_type(self) -> MessageType {
        match self {
            Level::Error => MessageType::ERROR,
            Level::Warn => MessageType::WARNING,
            Level::Info => MessageType::INFO,
            Level::Debug | Level::Trace => MessageType::LOG,
        }
    }
}

pub struct Logger {
    client: Option<Client>,
    level: AtomicU8,
    /// `ISNAD_LOG` was set: settings do not change the level.
    fixed: bool,
}

impl Logger {
    pub fn new(client: Option<Client>) -> Logger {
        let env = std::env::var("ISNAD_LOG")
            .ok()
            .and_then(|v| Level::parse(&v));
        Logger {
            client,
            level: AtomicU8::new(env.unwrap_or(Level::Info) as u8),
            fixed: env.is_some(),
        }
    }

    /// The level from the settings, unless `ISNAD_LOG` fixed it.
    pub fn set_level(&self, level: Option<&str>) {
        if self.fixed {
            return;
        }
        let level = level.and_then(Level::parse).unwrap_or(Level::Info);
        self.level.store(level as u8, Ordering::Relaxed);
    }

    pub fn enabled(&self, level: Level) -> bool {
        level as u8 <= self.level.load(Ordering::Relaxed)
    }

    pub fn log(&self, level: Level, message: impl Into<String>) {
        if !self.enabled(level) {
            return;
        }
        let message = message.into();
        eprintln!("[isnad {}] {message}", level.name());
        let Some(client) = self.client.clone() else {
            return;
        };
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(async move {
                client.log_message(level.message_type(), message).await;
            });
        }
    }

    pub fn error(&self, message: impl Into<String>) {
        self.log(Level::Error, message)
    }
    pub fn warn(&self, message: impl Into<String>) {
        self.log(Level::Warn, message)
    }
    pub fn info(&self, message: impl Into<String>) {
        self.log(Level::Info, message)
    }
    pub fn debug(&self, message: impl Into<String>) {
        self.log(Level::Debug, message)
    }
}
