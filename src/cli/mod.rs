//! The command line: `isnad check` for CI and batch use, `isnad lsp` for editors.

mod check;
mod output;

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

pub use check::{check_files, CheckedFile, Input, Problem};

/// Exit codes of `isnad check`.
pub const EXIT_CLEAN: i32 = 0;
pub const EXIT_FOUND: i32 = 1;
pub const EXIT_ERROR: i32 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "isnad",
    version,
    about = "Finds unsourced claims in Arabic news articles and explains who and what they name"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check articles (files, folders of .txt/.md, or - for stdin).
    Check(CheckArgs),
    /// Run the language server on stdin/stdout.
    Lsp {
        /// Accepted for clients that add it (vscode-languageclient); stdio is the
        /// only transport.
        #[arg(long)]
        stdio: bool,
    },
}

#[derive(Debug, clap::Args)]
struct CheckArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Configuration file (default: ./isnad.toml when it exists).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Skip files larger than this many bytes (overrides the configuration).
    #[arg(long, value_name = "BYTES")]
    max_file_size: Option<usize>,
    /// Print the summary line (counts, time, articles per second) on stderr for
    /// every format; text output always prints it.
    #[arg(long)]
    stats: bool,
    /// Files or folders to check; `-` reads stdin.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
    Sarif,
}

/// Run the command line; returns the process exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                EXIT_ERROR
            } else {
                EXIT_CLEAN
            };
            let _ = e.print();
            return code;
        }
    };
    match cli.command {
        Command::Check(args) => run_check(args),
        Command::Lsp { stdio: _ } => crate::lsp::run_stdio(),
    }
}

fn run_check(args: CheckArgs) -> i32 {
    let config_path = args.config.clone().or_else(|| {
        let default = PathBuf::from("isnad.toml");
        default.is_file().then_some(default)
    });
    let mut config = match config_path {
        Some(path) => match load_config(&path) {
            Ok(config) => config,
            Err(message) => {
                eprintln!("isnad: {message}");
                return EXIT_ERROR;
            }
        },
        None => crate::config::Config::default(),
    };
    if let Some(size) = args.max_file_size {
        config.max_file_size = size;
    }
    let started = std::time::Instant::now();
    let (analyzer, kb_problems) = check::analyzer_for(config);
    let inputs = check::collect_inputs(&args.paths);
    let mut report = check_files(&analyzer, inputs);
    report.problems.splice(0..0, kb_problems);
    for problem in &report.problems {
        eprintln!("isnad: {problem}");
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let written = match args.format {
        Format::Text => output::write_text(&mut out, &report.files),
        Format::Json => output::write_json(&mut out, &report.files),
        Format::Sarif => output::write_sarif(&mut out, &report.files),
    }
    .and_then(|()| std::io::Write::flush(&mut out));
    drop(out);
    if let Err(e) = written {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("isnad: cannot write output: {e}");
            return EXIT_ERROR;
        }
    }
    if args.format == Format::Text || args.stats {
        eprintln!("{}", output::summary(&report.files, started.elapsed()));
    }
    if report.problems.iter().any(|p| p.is_error()) {
        EXIT_ERROR
    } else if report.files.iter().any(|f| f.has_warnings()) {
        EXIT_FOUND
    } else {
        EXIT_CLEAN
    }
}

fn load_config(path: &std::path::Path) -> Result<crate::config::Config, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read configuration: {e}", path.display()))?;
    let base = path.parent().unwrap_or(std::path::Path::new("."));
    crate::config::Config::from_toml(&text, base).map_err(|e| format!("{}: {e}", path.display()))
}
