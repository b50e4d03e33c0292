//! `isnad check` end to end: the built binary, its formats and its error paths.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// A passage with a loaded verb: the claims engine flags `loaded-verb` on "زعمت".
const LOADED: &str = "وزعمت وزارة الدفاع الروسية أن القوات تقدمت.\n";
/// A passage with an unsourced estimate: `unsourced-claim`, a warning.
const UNSOURCED: &str = "ويُعتقد أن أكثر من ألفي منزل تضررت جراء الأمطار.\n";
const CLEAN: &str = "افتتح المعرض أبوابه صباح اليوم في وسط المدينة.\n";

fn isnad(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_isnad"));
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("isnad runs");
    if let Some(input) = stdin {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(input).unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("isnad-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> String {
        let path = self.0.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, bytes).unwrap();
        path.display().to_string()
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(output)))
}

#[test]
fn text_format_prints_path_line_column_severity_code_message() {
    let dir = TempDir::new("text");
    let file = dir.write("a.txt", format!("{CLEAN}\n{LOADED}"));
    let out = isnad(&["check", &file], None);
    let text = stdout(&out);
    let line = text
        .lines()
        .find(|l| l.contains("[loaded-verb]"))
        .unwrap_or_else(|| panic!("no loaded-verb line in {text:?}"));
    // "وزعمت" starts line 3, column 1.
    assert!(
        line.starts_with(&format!("{file}:3:1: information[loaded-verb]: ")),
        "{line}"
    );
    assert_eq!(out.status.code(), Some(0), "information only: exit 0");
}

#[test]
fn exit_code_is_one_when_a_warning_is_found() {
    let out = isnad(&["check", "-"], Some(UNSOURCED.as_bytes()));
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(stdout(&out).contains("-:1:"), "{}", stdout(&out));
    let out = isnad(&["check", "-"], Some(CLEAN.as_bytes()));
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn json_output_has_the_documented_shape() {
    let dir = TempDir::new("json");
    let file = dir.write("a.txt", format!("😀 {LOADED}"));
    let out = isnad(&["check", "--format", "json", &file], None);
    let v = json(&out);
    assert_eq!(v["version"], 1);
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0]["path"], file.as_str());
    let diagnostics = files[0]["diagnostics"].as_array().unwrap();
    let d = diagnostics
        .iter()
        .find(|d| d["code"] == "loaded-verb")
        .expect("a loaded-verb diagnostic");
    assert_eq!(d["severity"], "information");
    assert!(d["message"].as_str().unwrap().len() > 5);
    // The emoji is 4 bytes and 2 UTF-16 units; the space one of each.
    let start = d["byte_range"][0].as_u64().unwrap() as usize;
    let end = d["byte_range"][1].as_u64().unwrap() as usize;
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text[start..end].contains("زعمت"), "{}", &text[start..end]);
    assert_eq!(d["range"]["start"]["line"], 0);
    assert_eq!(
        d["range"]["start"]["character"].as_u64().unwrap() as usize,
        text[..start].encode_utf16().count()
    );
    for entity in files[0]["entities"].as_array().unwrap() {
        assert!(["person", "organization", "location"].contains(&entity["type"].as_str().unwrap()));
        assert!(entity["id"].is_string() || entity["id"].is_null());
        let s = entity["byte_range"][0].as_u64().unwrap() as usize;
        let e = entity["byte_range"][1].as_u64().unwrap() as usize;
        assert_eq!(entity["text"].as_str().unwrap(), &text[s..e]);
        assert!(entity["range"]["end"]["character"].is_u64());
    }
}

#[test]
fn sarif_output_is_sarif_2_1_0_with_one_result_per_diagnostic() {
    let dir = TempDir::new("sarif");
    let a = dir.write("a.txt", format!("{LOADED}{UNSOURCED}"));
    let json_out = json(&isnad(&["check", "--format", "json", &a], None));
    let expected = json_out["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .len();
    assert!(expected >= 2, "{json_out}");
    let v = json(&isnad(&["check", "--format", "sarif", &a], None));
    assert_eq!(v["version"], "2.1.0");
    assert!(v["$schema"].as_str().unwrap().contains("sarif"));
    let run = &v["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "isnad");
    let rules: Vec<&str> = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules,
        [
            "unsourced-claim",
            "vague-source",
            "unattributed-quote",
            "loaded-verb",
            "inconsistent-spelling",
            "foreign-letter"
        ]
    );
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), expected);
    for r in results {
        assert!(rules.contains(&r["ruleId"].as_str().unwrap()));
        assert!(["error", "warning", "note", "none"].contains(&r["level"].as_str().unwrap()));
        let region = &r["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().unwrap() >= 1);
        assert!(region["startColumn"].as_u64().unwrap() >= 1);
        assert!(r["message"]["text"].is_string());
    }
}

#[test]
fn invalid_utf8_names_the_file_and_offset_and_other_files_are_still_checked() {
    let dir = TempDir::new("utf8");
    let mut bad = "قال".as_bytes().to_vec();
    bad.extend_from_slice(&[0xff, 0xfe]);
    let bad = dir.write("bad.txt", bad);
    let good = dir.write("good.txt", LOADED);
    let out = isnad(&["check", "--format", "json", &bad, &good], None);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains(&bad) && err.contains("offset 6"), "{err}");
    let v = json(&out);
    assert_eq!(v["files"].as_array().unwrap().len(), 1);
    assert_eq!(v["files"][0]["path"], good.as_str());
}

#[test]
fn a_bom_is_skipped_and_positions_stay_right() {
    let dir = TempDir::new("bom");
    let file = dir.write("bom.txt", format!("\u{FEFF}{LOADED}"));
    let v = json(&isnad(&["check", "--format", "json", &file], None));
    let d = &v["files"][0]["diagnostics"][0];
    assert_eq!(d["range"]["start"]["character"], 0, "{d}");
    // Byte ranges count the file's bytes, BOM included.
    let bytes = std::fs::read(&file).unwrap();
    let s = d["byte_range"][0].as_u64().unwrap() as usize;
    let e = d["byte_range"][1].as_u64().unwrap() as usize;
    assert!(String::from_utf8_lossy(&bytes[s..e]).contains("زعمت"));
    let text = stdout(&isnad(&["check", &file], None));
    assert!(text.contains(":1:1: "), "{text}");
}

#[test]
fn crlf_and_lone_cr_give_correct_lines() {
    let dir = TempDir::new("eol");
    let crlf = dir.write(
        "crlf.txt",
        format!("{}\r\n\r\n{}", CLEAN.trim(), LOADED.trim()),
    );
    let cr = dir.write("cr.txt", format!("{}\r\r{}", CLEAN.trim(), LOADED.trim()));
    for file in [crlf, cr] {
        let v = json(&isnad(&["check", "--format", "json", &file], None));
        let d = &v["files"][0]["diagnostics"][0];
        assert_eq!(d["range"]["start"]["line"], 2, "{file}: {d}");
        assert_eq!(d["range"]["start"]["character"], 0, "{file}: {d}");
    }
}

#[test]
fn files_over_the_limit_are_skipped_with_a_notice() {
    let dir = TempDir::new("large");
    let big = dir.write("big.txt", LOADED.repeat(100));
    let small = dir.write("small.txt", LOADED);
    let out = isnad(
        &[
            "check",
            "--max-file-size",
            "1000",
            "--format",
            "json",
            &big,
            &small,
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "a skipped file is not an error");
    assert!(stderr(&out).contains("skipped"), "{}", stderr(&out));
    assert_eq!(json(&out)["files"].as_array().unwrap().len(), 1);
}

#[test]
fn a_missing_path_is_an_error_not_a_panic() {
    let out = isnad(&["check", "/no/such/article.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("/no/such/article.txt") && err.contains("no such file"),
        "{err}"
    );
    assert!(!err.contains("panicked"));
}

#[test]
fn usage_errors_exit_two() {
    assert_eq!(isnad(&["check"], None).status.code(), Some(2));
    assert_eq!(
        isnad(&["check", "--format", "xml", "a.txt"], None)
            .status
            .code(),
        Some(2)
    );
    assert_eq!(isnad(&["frobnicate"], None).status.code(), Some(2));
}

#[test]
fn folders_recurse_into_txt_and_md_files_only() {
    let dir = TempDir::new("folder");
    dir.write("a.txt", LOADED);
    dir.write("sub/b.md", LOADED);
    dir.write("sub/c.html", LOADED);
    let v = json(&isnad(
        &["check", "--format", "json", dir.path().to_str().unwrap()],
        None,
    ));
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths.len(), 2, "{paths:?}");
    assert!(
        paths[0].ends_with("a.txt") && paths[1].ends_with("b.md"),
        "{paths:?}"
    );
}

#[test]
fn a_broken_config_names_the_file_and_exits_two() {
    let dir = TempDir::new("config");
    let config = dir.write("isnad.toml", "[severity]\nloaded-verb = \"loud\"\n");
    let file = dir.write("a.txt", LOADED);
    let out = isnad(&["check", "--config", &config, &file], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("isnad.toml") && stderr(&out).contains("loud"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn config_can_turn_a_code_off() {
    let dir = TempDir::new("config-off");
    let config = dir.write("isnad.toml", "[severity]\nunsourced-claim = \"off\"\n");
    let file = dir.write("a.txt", UNSOURCED);
    let out = isnad(&["check", "--config", &config, &file], None);
    assert!(
        !stdout(&out).contains("unsourced-claim"),
        "{}",
        stdout(&out)
    );
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn a_broken_knowledge_base_file_is_named_and_the_embedded_base_keeps_working() {
    let dir = TempDir::new("kb");
    dir.write(
        "people.json",
        "{\"entities\": [\n  {\"id\": \"x\", \"type\": \"person\",\n  \"ar\": }\n]}",
    );
    let config = dir.write("isnad.toml", "knowledge-base = [\"people.json\"]\n");
    let file = dir.write("a.txt", "زار الرئيس فلاديمير بوتين موسكو.\n");
    let out = isnad(
        &["check", "--format", "json", "--config", &config, &file],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("people.json:3:"), "{err}");
    let v = json(&out);
    let entities = v["files"][0]["entities"].as_array().unwrap();
    assert!(entities.iter().any(|e| e["text"] == "موسكو"), "{v}");
}

#[test]
fn a_user_knowledge_base_file_adds_entities() {
    let dir = TempDir::new("kb-user");
    dir.write(
        "people.toml",
        "[[entities]]\nid = \"salma-nour\"\ntype = \"person\"\nar = \"سلمى النور\"\ndescription_ar = \"صحفية\"\n",
    );
    let config = dir.write("isnad.toml", "knowledge-base = [\"people.toml\"]\n");
    let file = dir.write("a.txt", "كتبت سلمى النور تقريراً عن الفيضانات.\n");
    let v = json(&isnad(
        &["check", "--format", "json", "--config", &config, &file],
        None,
    ));
    let entities = v["files"][0]["entities"].as_array().unwrap();
    assert!(
        entities
            .iter()
            .any(|e| e["id"] == "salma-nour" && e["type"] == "person" && e["text"] == "سلمى النور"),
        "{v}"
    );
}

/// Pyongyang twice one way and once the other, and a Persian keheh and yeh.
const SPELLING: &str = "وصل الوفد إلى بيونغ يانغ مساء الأحد.\r\nوعاد السفير إلى بيونغ يانغ أمس.\r\nوعاد الوفد لبيونج يانج ثم زار کوریا.\r\n";

/// `text` with the JSON fix applied (byte ranges of the file).
fn apply_json_fix(text: &str, fix: &Value) -> String {
    let start = fix["byte_range"][0].as_u64().unwrap() as usize;
    let end = fix["byte_range"][1].as_u64().unwrap() as usize;
    format!(
        "{}{}{}",
        &text[..start],
        fix["replacement"].as_str().unwrap(),
        &text[end..]
    )
}

#[test]
fn spelling_fixes_in_the_json_apply_to_the_file_and_clear_the_diagnostics() {
    let dir = TempDir::new("spelling-fixes");
    let file = dir.write("a.txt", format!("\u{FEFF}{SPELLING}"));
    let v = json(&isnad(&["check", "--format", "json", &file], None));
    let diagnostics = v["files"][0]["diagnostics"].as_array().unwrap().clone();
    let codes: Vec<&str> = diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["inconsistent-spelling", "foreign-letter"], "{v:#}");
    let bytes = std::fs::read_to_string(&file).unwrap();
    let spelling = &diagnostics[0];
    assert_eq!(spelling["severity"], "information");
    let at = |d: &Value| {
        let s = d["byte_range"][0].as_u64().unwrap() as usize;
        let e = d["byte_range"][1].as_u64().unwrap() as usize;
        bytes[s..e].to_string()
    };
    // Byte ranges count the BOM; the clitic ل stays outside.
    assert_eq!(at(spelling), "بيونج يانج");
    assert_eq!(at(&spelling["related"][0]), "بيونغ يانغ");
    assert_eq!(spelling["range"]["start"]["line"], 2);
    let foreign = &diagnostics[1];
    assert_eq!(foreign["severity"], "warning");
    assert_eq!(at(foreign), "کوریا");
    let mut fixed = apply_json_fix(&bytes, &foreign["fixes"][0]);
    fixed = apply_json_fix(&fixed, &spelling["fixes"][0]);
    assert!(
        fixed.contains("وعاد الوفد لبيونغ يانغ ثم زار كوريا."),
        "{fixed}"
    );
    let again = dir.write("b.txt", &fixed);
    let v = json(&isnad(&["check", "--format", "json", &again], None));
    assert_eq!(v["files"][0]["diagnostics"], serde_json::json!([]), "{v:#}");
}

#[test]
fn a_house_spelling_in_the_config_is_the_fix_and_sarif_lists_the_result() {
    let dir = TempDir::new("spelling-house");
    let config = dir.write(
        "isnad.toml",
        "[spelling]\n\"بيونج يانج\" = \"بيونج يانج\"\n",
    );
    let file = dir.write("a.txt", SPELLING);
    let v = json(&isnad(
        &["check", "--config", &config, "--format", "json", &file],
        None,
    ));
    let flagged: Vec<String> = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "inconsistent-spelling")
        .map(|d| d["fixes"][0]["replacement"].as_str().unwrap().to_string())
        .collect();
    // The house spelling wins over the article's majority: both بيونغ يانغ go.
    assert_eq!(flagged, ["بيونج يانج", "بيونج يانج"]);
    let sarif = json(&isnad(
        &["check", "--config", &config, "--format", "sarif", &file],
        None,
    ));
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(results
        .iter()
        .any(|r| r["ruleId"] == "foreign-letter" && r["level"] == "warning"));
    assert!(results
        .iter()
        .any(|r| r["ruleId"] == "inconsistent-spelling" && r["level"] == "note"));
}
