//! The knowledge base: who and what the names in an article refer to.
//!
//! Schema (JSON or TOML, one top-level `entities` array); see README "Knowledge base".

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    Person,
    Organization,
    Location,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Organization => "organization",
            EntityType::Location => "location",
        }
    }
}

/// A role a person holds or held. Dates are ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`;
/// `to: None` means current (as far as the base knows).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    pub title_ar: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// Id of the organisation or country the role belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Unique, lowercase ASCII slug: `russia`, `vladimir-putin`, `city-aleppo`.
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// country, city, region, government body, ministry, agency, armed force, party,
    /// international organization, news outlet, company, head of state, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtype: Option<String>,
    /// The canonical Arabic name.
    pub ar: String,
    /// Other Arabic names and spellings (short forms, transliteration variants).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Names that are also common words (الأسبوع، أمل): recognised only in a context
    /// that says so (after `المصدر:`, or with a title).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ambiguous_aliases: Vec<String>,
    /// Nisba adjectives for places (الروسي، الروسية، الروس): they point at the place in
    /// context (وزير الخارجية الروسي) but are not mentions of it on their own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub demonyms: Vec<String>,
    /// Names the body shares with its counterparts in other countries (مجلس الوزراء،
    /// وزارة الداخلية، البرلمان): never matched as names; a mention links to the
    /// entry of the country the passage is about, or to none when that is unclear.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub generic_names: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_ar: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_en: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    /// Id of the country entity this belongs to (for cities, people, bodies).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// External ids, only where certain: `{"wikidata": "Q7747"}`.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub ids: std::collections::BTreeMap<String, String>,
    /// Where the entry came from: `cldr-48`, `geonames`, `curated`, or a user file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// How the base resolves a name that two entities share (`data/kb/ambiguities.json`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedAlias {
    pub alias: String,
    pub entities: Vec<String>,
    /// The entity the name means when the context says nothing else.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefer: Option<String>,
    #[serde(default)]
    pub rule: String,
}

/// Explicitly listed ambiguities of the embedded base.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ambiguities {
    /// The knowledge cut-off of the base (`YYYY-MM`): a role without `to` is current as
    /// of this date, not necessarily today.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cutoff: Option<String>,
    #[serde(default)]
    pub shared_aliases: Vec<SharedAlias>,
    /// Names that are also common words: for generated entries (CLDR, GeoNames) they
    /// count only in a context that says so, like `ambiguous_aliases`.
    #[serde(default)]
    pub common_words: Vec<String>,
    /// Demonyms shared by several places (الكوري for both Koreas).
    #[serde(default)]
    pub shared_demonyms: Vec<SharedAlias>,
}

/// A user knowledge-base file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KbError {
    pub file: PathBuf,
    /// 1-based line and column of the problem, when the parser knows them.
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for KbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for KbError {}

#[derive(Deserialize)]
struct EntityFile {
    entities: Vec<Entity>,
}

/// Cloning is cheap: the entities are shared (the embedded base is parsed once per
/// process and every analyser and recogniser holds the same copy); [`merge`]
/// copies them only when user entries change them.
///
/// [`merge`]: KnowledgeBase::merge
#[derive(Debug, Clone, Default)]
pub struct KnowledgeBase {
    pub entities: Arc<Vec<Entity>>,
    pub ambiguities: Ambiguities,
    /// id -> index into `entities`; rebuilt by [`KnowledgeBase::new`] and `merge`.
    index: HashMap<String, usize>,
}

const EMBEDDED_FILES: [(&str, &str); 5] = [
    (
        "countries.json",
        include_str!("../../data/kb/countries.json"),
    ),
    ("admin.json", include_str!("../../data/kb/admin.json")),
    ("cities.json", include_str!("../../data/kb/cities.json")),
    (
        "organizations.json",
        include_str!("../../data/kb/organizations.json"),
    ),
    ("people.json", include_str!("../../data/kb/people.json")),
];
const EMBEDDED_AMBIGUITIES: &str = include_str!("../../data/kb/ambiguities.json");

static EMBEDDED: OnceLock<KnowledgeBase> = OnceLock::new();

impl KnowledgeBase {
    pub fn new(entities: Vec<Entity>, ambiguities: Ambiguities) -> KnowledgeBase {
        let mut kb = KnowledgeBase {
            entities: Arc::new(entities),
            ambiguities,
            index: HashMap::new(),
        };
        kb.reindex();
        kb
    }

    /// The base compiled into the binary (parsed once per process).
    pub fn embedded() -> KnowledgeBase {
        EMBEDDED.get_or_init(parse_embedded).clone()
    }

    /// The knowledge cut-off of the base (`YYYY-MM`, from `ambiguities.json`): a role
    /// without an end date is current as of then. `None` for a base without one.
    pub fn cutoff(&self) -> Option<&str> {
        self.ambiguities.cutoff.as_deref()
    }

    /// The entity with this id. Falls back to a scan if `entities` was changed by hand.
    pub fn get(&self, id: &str) -> Option<&Entity> {
        match self.index.get(id).and_then(|&i| self.entities.get(i)) {
            Some(e) if e.id == id => Some(e),
            _ => self.entities.iter().find(|e| e.id == id),
        }
    }

    /// Add user entries; an entry with the id of an existing one replaces it.
    pub fn merge(&mut self, extra: Vec<Entity>) {
        if extra.is_empty() {
            return;
        }
        self.reindex();
        let entities = Arc::make_mut(&mut self.entities);
        for entity in extra {
            match self.index.get(&entity.id) {
                Some(&i) => entities[i] = entity,
                None => {
                    self.index.insert(entity.id.clone(), entities.len());
                    entities.push(entity);
                }
            }
        }
    }

    /// Read a user file (JSON, or TOML when the name ends in `.toml`) with a
    /// top-level `entities` array. Entries without a `source` get the file name.
    pub fn load_file(path: &Path) -> Result<Vec<Entity>, KbError> {
        let text = read_user_file(path).map_err(|message| KbError {
            file: path.to_path_buf(),
            line: None,
            column: None,
            message,
        })?;
        let toml = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
        let mut entities = if toml {
            parse_toml(&text)
        } else {
            parse_json(&text)
        }
        .map_err(|(line, column, message)| KbError {
            file: path.to_path_buf(),
            line,
            column,
            message,
        })?;
        for e in &mut entities {
            if e.source.is_none() {
                e.source = Some(path.display().to_string());
            }
        }
        Ok(entities)
    }

    fn reindex(&mut self) {
        self.index = self
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
    }
}

type ParseError = (Option<usize>, Option<usize>, String);

/// Parse the JSON schema from a string (used for embedded files and user files).
pub fn parse_json(text: &str) -> Result<Vec<Entity>, ParseError> {
    serde_json::from_str::<EntityFile>(text)
        .map(|f| f.entities)
        .map_err(|e| (Some(e.line()), Some(e.column()), e.to_string()))
}

/// Parse the TOML schema (`[[entities]]` tables) from a string.
pub fn parse_toml(text: &str) -> Result<Vec<Entity>, ParseError> {
    toml::from_str::<EntityFile>(text)
        .map(|f| f.entities)
        .map_err(|e| {
            let (line, column) = match e.span() {
                Some(span) => {
                    let before = &text[..span.start.min(text.len())];
                    let line = before.matches('\n').count() + 1;
                    let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
                    (Some(line), Some(column))
                }
                None => (None, None),
            };
            (line, column, e.message().to_string())
        })
}

fn parse_embedded() -> KnowledgeBase {
    let mut entities = Vec::with_capacity(12_000);
    for (name, text) in EMBEDDED_FILES {
        match parse_json(text) {
            Ok(list) => entities.extend(list),
            // The embedded files are checked by tests; a broken one must not take
            // the server down, so it is skipped.
            Err(e) => debug_assert!(false, "embedded kb file {name}: {e:?}"),
        }
    }
    let ambiguities = serde_json::from_str(EMBEDDED_AMBIGUITIES).unwrap_or_default();
    KnowledgeBase::new(entities, ambiguities)
}

/// User knowledge-base files larger than this are refused (the embedded base is a
/// few megabytes; a user's additions are far smaller).
pub const MAX_USER_FILE: u64 = 64 * 1024 * 1024;

/// Read a user file without trusting it: only a regular file (a FIFO would block
/// the server forever, `/dev/zero` would fill its memory), at most
/// [`MAX_USER_FILE`] bytes even if it grows while being read, and UTF-8.
pub fn read_user_file(path: &Path) -> Result<String, String> {
    use std::io::Read;
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("not a regular file".to_string());
    }
    if meta.len() > MAX_USER_FILE {
        return Err(format!(
            "{} bytes; a knowledge-base file may have at most {MAX_USER_FILE}",
            meta.len()
        ));
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        // Replaced by a FIFO since the check: do not block in open.
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(0o4000); // O_NONBLOCK (Linux)
    }
    let file = options.open(path).map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    file.take(MAX_USER_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > MAX_USER_FILE {
        return Err(format!("grew past {MAX_USER_FILE} bytes while being read"));
    }
    String::from_utf8(bytes).map_err(|e| format!("not UTF-8: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_user_entry_with_the_same_id_overrides() {
        let mut kb = KnowledgeBase::new(
            parse_json(r#"{"entities":[{"id":"x","type":"person","ar":"أ"}]}"#).unwrap(),
            Ambiguities::default(),
        );
        kb.merge(
            parse_toml("[[entities]]\nid = \"x\"\ntype = \"organization\"\nar = \"ب\"\n").unwrap(),
        );
        assert_eq!(kb.entities.len(), 1);
        assert_eq!(kb.get("x").map(|e| e.kind), Some(EntityType::Organization));
    }

    #[test]
    fn toml_errors_carry_a_line() {
        let err =
            parse_toml("[[entities]]\nid = \"x\"\ntype = \"thing\"\nar = \"ب\"\n").unwrap_err();
        assert_eq!(err.0, Some(3), "{err:?}");
    }

    #[test]
    fn json_errors_carry_a_line() {
        let err = parse_json("{\"entities\": [\n{\"id\": \"x\",\n \"type\": 3}]}").unwrap_err();
        assert_eq!(err.0, Some(3), "{err:?}");
    }
}
