//! Notices: the one-line confirmations a page shows after an action succeeded, carried by
//! the redirect in its `besked=` query. One enum, so the form that sets a notice and the
//! page that shows it can never disagree on the key.

/// A confirmation to show after a redirect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// A message was sent ("Skriv ny besked").
    Sent,
    /// A letter was forwarded ("Videresend").
    Forwarded,
    /// An access or a fuldmagt was given (signed).
    Given,
    /// An access was removed.
    Removed,
    /// A request was sent.
    Requested,
    /// A request was rejected.
    Rejected,
    /// A signature was left unsigned ("Afbryd").
    Cancelled,
    /// A fuldmagt was deleted.
    Deleted,
    /// "Skift læge" done.
    DoctorChanged,
    /// "Flytning" done.
    Moved,
    /// "Flyt": one letter moved to the folder shown.
    LetterMoved,
    /// "Flyt": several letters moved to the folder shown.
    LettersMoved,
    /// "Slet": a letter moved to Papirkurv (with "Fortryd").
    Trashed,
    /// "Gendan": a letter back where it came from.
    Restored,
    /// "Markér som ulæst".
    MarkedUnread,
    /// "Besked om ny post" saved.
    SettingsSaved,
    /// "Gem som kladde".
    DraftSaved,
    /// "Gem som kladde" with files chosen, which a draft does not keep.
    DraftSavedWithoutFiles,
    /// "Slet kladde".
    DraftDeleted,
}

impl Notice {
    pub const ALL: [Self; 19] = [
        Self::Sent,
        Self::Forwarded,
        Self::Given,
        Self::Removed,
        Self::Requested,
        Self::Rejected,
        Self::Cancelled,
        Self::Deleted,
        Self::DoctorChanged,
        Self::Moved,
        Self::LetterMoved,
        Self::LettersMoved,
        Self::Trashed,
        Self::Restored,
        Self::MarkedUnread,
        Self::SettingsSaved,
        Self::DraftSaved,
        Self::DraftSavedWithoutFiles,
        Self::DraftDeleted,
    ];

    /// The key in the address.
    pub const fn key(self) -> &'static str {
        match self {
            Self::Sent => "sendt",
            Self::Forwarded => "videresendt",
            Self::Given => "givet",
            Self::Removed => "fjernet",
            Self::Requested => "anmodet",
            Self::Rejected => "afvist",
            Self::Cancelled => "afbrudt",
            Self::Deleted => "slettet",
            Self::DoctorChanged => "laege",
            Self::Moved => "flytning",
            Self::LetterMoved => "flyttet",
            Self::LettersMoved => "flyttede",
            Self::Trashed => "i-papirkurv",
            Self::Restored => "gendannet",
            Self::MarkedUnread => "ulaest",
            Self::SettingsSaved => "gemt",
            Self::DraftSaved => "kladde-gemt",
            Self::DraftSavedWithoutFiles => "kladde-gemt-uden-filer",
            Self::DraftDeleted => "kladde-slettet",
        }
    }

    /// The notice a key names; `None` for any other text.
    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|n| n.key() == key)
    }

    /// The notice a page's address carries (its `besked` query), if any.
    pub fn in_query(query: &leptos_router::params::ParamsMap) -> Option<Self> {
        query.get("besked").as_deref().and_then(Self::parse)
    }

    /// The address `path` showing this notice.
    pub fn on(self, path: &str) -> String {
        let join = if path.contains('?') { '&' } else { '?' };
        format!("{path}{join}besked={}", self.key())
    }
}
