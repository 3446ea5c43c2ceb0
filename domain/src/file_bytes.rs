//! The bytes of a file a learner attached. A store that keeps worlds as bytes (Redis) keeps
//! each file apart, under the world's key, so reading a world for a page does not read its
//! files (up to 20 MB): the world's bytes name the file by its id and length, and the
//! file's own bytes are read only to serve it ([`FileBytes::data`] is then `None`).
//!
//! Written with [`set_aside`] active, a file's bytes are handed to the caller instead of
//! written inline; without it (the in-memory store never writes, tests do) they are inline.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cell::RefCell;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub struct FileBytes {
    /// A name for the content, unique within a world (a hash of it: the same file twice is
    /// stored once).
    id: u64,
    len: u32,
    data: Option<Arc<[u8]>>,
}

impl PartialEq for FileBytes {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && self.len == other.len
    }
}

impl Eq for FileBytes {}

impl FileBytes {
    pub fn new(data: Arc<[u8]>) -> Self {
        use std::hash::{Hash, Hasher};
        // SipHash with its fixed keys: the same content, the same id, in every process.
        let mut h = std::hash::DefaultHasher::new();
        data.hash(&mut h);
        Self {
            id: h.finish(),
            len: u32::try_from(data.len()).unwrap_or(u32::MAX),
            data: Some(data),
        }
    }

    /// No bytes (a file dropped from a letter kept in the log).
    pub fn none() -> Self {
        Self::new(Arc::from(&[][..]))
    }

    pub fn id(&self) -> u64 {
        self.id
    }

    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The bytes, if they are here (`None`: kept apart by the store; ask it for them).
    pub fn data(&self) -> Option<&Arc<[u8]>> {
        self.data.as_ref()
    }
}

/// What [`set_aside`] collected.
#[derive(Debug, Default)]
pub struct SetAside {
    /// The files whose bytes were here (new since the world was read), by id.
    pub files: Vec<(u64, Arc<[u8]>)>,
    /// Every file the world names (to keep; a store may drop any other it holds).
    pub ids: Vec<u64>,
}

thread_local! {
    static ASIDE: RefCell<Option<SetAside>> = const { RefCell::new(None) };
}

/// Runs `write` (which serialises a world) with files set aside: returns what it returned
/// and the files, instead of inline.
pub fn set_aside<T>(write: impl FnOnce() -> T) -> (T, SetAside) {
    let before = ASIDE.with(|a| a.borrow_mut().replace(SetAside::default()));
    let out = write();
    let aside = ASIDE.with(|a| std::mem::replace(&mut *a.borrow_mut(), before));
    (out, aside.unwrap_or_default())
}

#[derive(Serialize, Deserialize)]
struct Wire<'a> {
    id: u64,
    len: u32,
    #[serde(borrow)]
    data: Option<std::borrow::Cow<'a, [u8]>>,
}

impl Serialize for FileBytes {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let aside = ASIDE.with(|a| {
            let mut a = a.borrow_mut();
            let Some(aside) = a.as_mut() else {
                return false;
            };
            if !aside.ids.contains(&self.id) {
                aside.ids.push(self.id);
                if let Some(data) = &self.data {
                    aside.files.push((self.id, data.clone()));
                }
            }
            true
        });
        Wire {
            id: self.id,
            len: self.len,
            data: if aside {
                None
            } else {
                self.data.as_deref().map(std::borrow::Cow::Borrowed)
            },
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for FileBytes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let w = Wire::deserialize(d)?;
        Ok(Self {
            id: w.id,
            len: w.len,
            data: w.data.map(|c| Arc::from(c.as_ref())),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_aside_a_file_is_named_in_the_bytes_and_handed_over_once() {
        let file = FileBytes::new(Arc::from(&b"%PDF-1.4 hello"[..]));
        let both = vec![file.clone(), file.clone()];
        let inline = postcard::to_allocvec(&both).unwrap();
        let back: Vec<FileBytes> = postcard::from_bytes(&inline).unwrap();
        assert_eq!(
            back[0].data().map(|d| d.len()),
            Some(14),
            "inline: the bytes are there"
        );
        let (apart, aside) = set_aside(|| postcard::to_allocvec(&both).unwrap());
        assert!(apart.len() < inline.len());
        assert_eq!(aside.ids, vec![file.id()]);
        assert_eq!(aside.files.len(), 1, "the same file once");
        let back: Vec<FileBytes> = postcard::from_bytes(&apart).unwrap();
        assert_eq!(
            (back[0].data(), back[0].len()),
            (None, 14),
            "named, not inline"
        );
        // Read back without its bytes and written again: nothing new to hand over.
        let (_, again) = set_aside(|| postcard::to_allocvec(&back).unwrap());
        assert!(again.files.is_empty() && again.ids == vec![file.id()]);
        assert_ne!(FileBytes::new(Arc::from(&b"other"[..])).id(), file.id());
    }
}
