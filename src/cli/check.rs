//! Reading inputs and analysing them, in parallel, keeping their order.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::analysis::{Analysis, Analyzer, Severity};
use crate::config::Config;
use crate::positions::LineIndex;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    pub fn display(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(path) => path.display().to_string(),
        }
    }
}

/// Something that kept a file from being checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Missing {
        path: String,
    },
    Io {
        path: String,
        message: String,
    },
    InvalidUtf8 {
        path: String,
        offset: usize,
    },
    /// Not an error: the file is skipped with a notice.
    TooLarge {
        path: String,
        size: u64,
        limit: usize,
    },
    /// A knowledge-base file named in the configuration could not be used.
    KnowledgeBase {
        message: String,
    },
}

impl Problem {
    pub fn is_error(&self) -> bool {
        !matches!(self, Problem::TooLarge { .. })
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Missing { path } => write!(f, "{path}: no such file or folder"),
            Problem::Io { path, message } => write!(f, "{path}: {message}"),
            Problem::InvalidUtf8 { path, offset } => {
                write!(f, "{path}: not valid UTF-8 (first bad byte at offset {offset}); file skipped")
            }
            Problem::KnowledgeBase { message } => {
                write!(f, "{message}; checking with the other knowledge-base files")
            }
            Problem::TooLarge { path, size, limit } => write!(
                f,
                "{path}: skipped, {size} bytes is over the {limit}-byte limit (set max-file-size or --max-file-size)"
            ),
        }
    }
}

/// One analysed file.
#[derive(Debug)]
pub struct CheckedFile {
    pub path: String,
    /// The text after a byte-order mark, if there was one.
    pub text: String,
    /// Bytes of byte-order mark before `text` in the file (0 or 3).
    pub bom: usize,
    pub lines: LineIndex,
    pub analysis: Analysis,
}

impl CheckedFile {
    pub fn has_warnings(&self) -> bool {
        self.analysis
            .diagnostics
            .iter()
            .any(|d| d.severity >= Severity::Warning)
    }
}

#[derive(Debug, Default)]
pub struct Report {
    pub files: Vec<CheckedFile>,
    pub problems: Vec<Problem>,
}

/// The analyser for a configuration: the embedded base plus the configured
/// knowledge-base files. Files that cannot be read are returned as problems; the
/// analyser works without them.
pub fn analyzer_for(config: Config) -> (Analyzer, Vec<Problem>) {
    let (analyzer, errors) = Analyzer::with_user_files(config, &[]);
    let problems = errors
        .into_iter()
        .map(|e| Problem::KnowledgeBase {
            message: e.to_string(),
        })
        .collect();
    (analyzer, problems)
}

/// Expand paths into inputs: folders recurse into `.txt` and `.md` files (sorted);
/// `-` is stdin.
pub fn collect_inputs(paths: &[PathBuf]) -> Vec<Result<Input, Problem>> {
    let mut inputs = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Ok(Input::Stdin));
        } else if path.is_dir() {
            walk(path, &mut inputs);
        } else if path.exists() {
            inputs.push(Ok(Input::File(path.clone())));
        } else {
            inputs.push(Err(Problem::Missing {
                path: path.display().to_string(),
            }));
        }
    }
    inputs
}

fn walk(dir: &Path, inputs: &mut Vec<Result<Input, Problem>>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            inputs.push(Err(Problem::Io {
                path: dir.display().to_string(),
                message: e.to_string(),
            }));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(&path, inputs);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("txt" | "md")
        ) {
            inputs.push(Ok(Input::File(path)));
        }
    }
}

/// Read and analyse every input on all cores; results keep the input order.
pub fn check_files(analyzer: &Analyzer, inputs: Vec<Result<Input, Problem>>) -> Report {
    let results: Vec<Result<CheckedFile, Problem>> = inputs
        .into_par_iter()
        .map(|input| check_one(analyzer, input?))
        .collect();
    let mut report = Report::default();
    for result in results {
        match result {
            Ok(file) => report.files.push(file),
            Err(problem) => report.problems.push(problem),
        }
    }
    report
}

fn check_one(analyzer: &Analyzer, input: Input) -> Result<CheckedFile, Problem> {
    let path = input.display();
    let limit = analyzer.config.max_file_size;
    let io = |e: std::io::Error| Problem::Io {
        path: path.clone(),
        message: e.to_string(),
    };
    let bytes = match &input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(io)?;
            bytes
        }
        Input::File(file) => {
            let size = std::fs::metadata(file).map_err(io)?.len();
            if size > limit as u64 {
                return Err(Problem::TooLarge { path, size, limit });
            }
            std::fs::read(file).map_err(io)?
        }
    };
    if bytes.len() > limit {
        return Err(Problem::TooLarge {
            path,
            size: bytes.len() as u64,
            limit,
        });
    }
    let mut text = String::from_utf8(bytes).map_err(|e| Problem::InvalidUtf8 {
        path: path.clone(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    let bom = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
    text.drain(..bom);
    let analysis = analyzer.analyze(&text);
    let lines = LineIndex::new(&text);
    Ok(CheckedFile {
        path,
        text,
        bom,
        lines,
        analysis,
    })
}
