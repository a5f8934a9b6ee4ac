//! Pledging entities: the lead pledger and partners of a joint pledge.

use serde::{Deserialize, Serialize};

use super::codes::Headquarters;
use crate::taxonomy::{PartnerRole, StakeholderSubtype, StakeholderType};

/// An organization that makes or joins a pledge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, remote = "Entity")]
pub struct Entity {
    /// # Entity identifier
    ///
    /// A stable identifier for the entity across pledges (for example the P2C platform's
    /// organization id). When absent, the entity is identified by its name and headquarters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// # Name
    ///
    /// The entity's name as it should be published ("Government of Kenya", "Orange").
    pub name: String,
    /// # Stakeholder type
    ///
    /// Which kind of stakeholder the entity is, as the P2C dashboards group pledgers.
    pub stakeholder_type: StakeholderType,
    /// # Subtype
    ///
    /// A finer classification; it must belong to the stakeholder type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtype: Option<StakeholderSubtype>,
    /// # Headquarters
    ///
    /// The country of the entity's headquarters, `international`, or `unknown` when the
    /// source does not say (format 1.1; counted as unknown, never as a guessed country).
    pub headquarters: Headquarters,
    /// # Roles
    ///
    /// What the entity does in the pledge (funder, implementer, …), when the source says.
    /// Format 1.1.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<PartnerRole>,
}

impl Entity {
    /// The key under which this entity is counted once across pledges: its `id` when given,
    /// otherwise its name (trimmed, case-folded) and headquarters.
    pub fn identity_key(&self) -> String {
        match &self.id {
            Some(id) => format!("id:{id}"),
            None => {
                let hq = self.headquarters.as_str();
                format!("name:{}|{}", self.name.trim().to_lowercase(), hq)
            }
        }
    }
}

/// Who makes a pledge: one lead entity and any number of partners.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, remote = "Pledgers")]
pub struct Pledgers {
    /// # Lead pledger
    ///
    /// The entity that submitted the pledge and answers for it.
    pub lead: Entity,
    /// # Partners
    ///
    /// Other entities making the pledge jointly with the lead ("Microsoft / Cisco / Rohde &
    /// Schwarz / Verizon"). Empty for a pledge by one entity.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<Entity>,
}

impl Pledgers {
    /// The lead followed by the partners.
    pub fn all(&self) -> impl Iterator<Item = &Entity> {
        std::iter::once(&self.lead).chain(self.partners.iter())
    }
}

super::object::object_only!(Entity, Pledgers);
