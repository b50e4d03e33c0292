//! The knowledge base: who and what the names in an article refer to.
//!
//! Schema (JSON or TOML, one top-level `entities` array); see README "Knowledge base".

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

#[derive(Debug, Clone, Default)]
pub struct KnowledgeBase {
    pub entities: Vec<Entity>,
}

impl KnowledgeBase {
    /// The base compiled into the binary.
    pub fn embedded() -> KnowledgeBase {
        KnowledgeBase::default()
    }
}
