//! A world as bytes, for a store outside the server's memory (Redis, several app servers):
//! compact (postcard: varints, no field names), with a format byte first so a server never
//! reads bytes written by a different layout as if they were its own.
//!
//! The scenario is not in the bytes: it is the same large, read-only data for thousands of
//! worlds. Whoever stores a world knows which scenario it was made from (the server's, or a
//! hold's own material) and hands it back to [`World::from_bytes`].

use crate::scenario::Scenario;
use crate::world::World;
use std::sync::Arc;

/// The layout of the bytes. Raise it whenever a field of the world (or of anything in it)
/// is added, removed, reordered or changes type: postcard has no field names, so old bytes
/// would be misread. A store that meets another format treats the world as gone.
pub const FORMAT: u8 = 2;

/// Why bytes are not a world.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BytesError {
    #[error("empty")]
    Empty,
    #[error("format {found}, this server reads {FORMAT}")]
    Format { found: u8 },
    #[error("not a world: {0}")]
    Corrupt(String),
}

impl World {
    /// The world's state as bytes (format byte, then postcard), without its scenario.
    pub fn to_bytes(&self) -> Vec<u8> {
        let out = vec![FORMAT];
        // Serialising plain data into a Vec cannot fail: no type in a world refuses.
        match postcard::to_extend(self, out) {
            Ok(bytes) => bytes,
            Err(_) => unreachable_format(),
        }
    }

    /// The world `bytes` hold, made from `scenario` (the one it was made from).
    pub fn from_bytes(bytes: &[u8], scenario: Arc<Scenario>) -> Result<World, BytesError> {
        let (&format, rest) = bytes.split_first().ok_or(BytesError::Empty)?;
        if format != FORMAT {
            return Err(BytesError::Format { found: format });
        }
        let mut world: World =
            postcard::from_bytes(rest).map_err(|e| BytesError::Corrupt(e.to_string()))?;
        world.scenario = scenario;
        Ok(world)
    }

    /// [`World::to_bytes`] with the attached files set aside (named by id and length in the
    /// bytes; the new ones handed over with every file's id): for a store that keeps files
    /// apart, so a world is read without them.
    pub fn to_bytes_without_files(&self) -> (Vec<u8>, crate::file_bytes::SetAside) {
        crate::file_bytes::set_aside(|| self.to_bytes())
    }

    /// The scenario as shared by every world made from it: a store that keeps worlds as
    /// bytes hands the same one back to [`World::from_bytes`].
    pub fn shared_scenario(&self) -> &Arc<Scenario> {
        &self.scenario
    }
}

#[cold]
fn unreachable_format() -> Vec<u8> {
    // postcard only fails to serialise sequences of unknown length or a full buffer; a
    // world has neither. An empty result is read back as `BytesError::Empty`, never as a
    // wrong world.
    Vec::new()
}

#[cfg(test)]
#[path = "world_bytes_tests.rs"]
mod tests;
