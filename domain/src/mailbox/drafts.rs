//! "Kladder": messages saved while writing ("Gem som kladde"), opened again to go on
//! writing, sent (the draft goes away) or deleted ("Slet kladde"). A draft is written to an
//! authority ("Skriv ny besked") or answers a letter ("Besvar"); attached files are not
//! kept in a draft (the page says so).

use crate::event::Event;
use crate::ids::{AuthorityId, LetterId, PersonaId};
use crate::letters::{MAX_MESSAGE, MAX_SUBJECT, Party};
use crate::mailbox::{Draft, MailboxAction};
use crate::refusal::Refusal;
use crate::world::World;

/// Most drafts in one mailbox.
pub const MAX_DRAFTS: usize = 20;

impl World {
    /// `owner`'s drafts, newest saved first.
    pub fn drafts(&self, owner: &PersonaId) -> Vec<&Draft> {
        let mut drafts: Vec<&Draft> = self
            .mailboxes
            .get(owner)
            .map(|m| m.drafts.iter().collect())
            .unwrap_or_default();
        drafts.sort_by(|a, b| b.saved.cmp(&a.saved).then(b.id.cmp(&a.id)));
        drafts
    }

    /// Draft number `id` of `owner`'s mailbox.
    pub fn draft(&self, owner: &PersonaId, id: u16) -> Option<&Draft> {
        self.mailboxes
            .get(owner)
            .and_then(|m| m.drafts.iter().find(|d| d.id == id))
    }

    /// The events of a draft action in `owner`'s mailbox by `by`, who may write there (the
    /// caller checked). `letter` finds a letter the writer may see.
    pub(crate) fn draft_events(
        &self,
        owner: &PersonaId,
        by: &PersonaId,
        action: &MailboxAction,
        letter: &dyn Fn(&LetterId) -> Result<u16, Refusal>,
    ) -> Result<Vec<Event>, Refusal> {
        let existing = |id: u16| self.draft(owner, id).ok_or(Refusal::NoSuchDraft);
        match action {
            MailboxAction::SaveDraft {
                draft,
                to,
                reply,
                subject,
                body,
            } => {
                let (subject, body) = (subject.trim(), body.trim());
                if subject.is_empty() && body.is_empty() {
                    return Err(Refusal::DraftEmpty);
                }
                if subject.chars().count() > MAX_SUBJECT {
                    return Err(Refusal::SubjectTooLong);
                }
                if body.chars().count() > MAX_MESSAGE {
                    return Err(Refusal::MessageTooLong);
                }
                let (id, to, reply) = match draft {
                    Some(id) => {
                        let d = existing(*id)?;
                        (d.id, d.to.clone(), d.reply)
                    }
                    None => {
                        let mailbox = self.mailboxes.get(owner);
                        if mailbox.map_or(0, |m| m.drafts.len()) >= MAX_DRAFTS {
                            return Err(Refusal::TooManyDrafts);
                        }
                        let id = mailbox.map_or(0, |m| m.next_draft);
                        if id == u16::MAX {
                            return Err(Refusal::TooManyDrafts);
                        }
                        let (to, reply) =
                            self.draft_recipient(to.as_ref(), reply.as_ref(), letter)?;
                        (id, to, reply)
                    }
                };
                Ok(vec![Event::DraftSaved {
                    owner: owner.clone(),
                    by: by.clone(),
                    draft: Box::new(Draft {
                        id,
                        to,
                        reply,
                        subject: subject.to_owned(),
                        body: body.to_owned(),
                        saved: self.clock,
                    }),
                }])
            }
            MailboxAction::DeleteDraft { draft } => Ok(vec![Event::DraftDeleted {
                owner: owner.clone(),
                by: by.clone(),
                draft: existing(*draft)?.id,
            }]),
            MailboxAction::SendDraft {
                draft,
                subject,
                body,
                uploads,
            } => {
                let d = existing(*draft)?;
                let send = match d.reply {
                    Some(index) => MailboxAction::Reply {
                        letter: self
                            .letter_ref(index)
                            .ok_or(Refusal::NoSuchLetter)?
                            .id()
                            .clone(),
                        subject: subject.clone(),
                        body: body.clone(),
                        uploads: uploads.clone(),
                    },
                    None => MailboxAction::Write {
                        to: d.to.clone(),
                        subject: subject.clone(),
                        body: body.clone(),
                        uploads: uploads.clone(),
                    },
                };
                let mut events = self.mailbox_events(owner, &send)?;
                events.push(Event::DraftDeleted {
                    owner: owner.clone(),
                    by: by.clone(),
                    draft: d.id,
                });
                Ok(events)
            }
            _ => Ok(Vec::new()),
        }
    }

    /// Who a new draft is to: the sender of the letter it answers (which must allow an
    /// answer), else the authority chosen.
    fn draft_recipient(
        &self,
        to: Option<&AuthorityId>,
        reply: Option<&LetterId>,
        letter: &dyn Fn(&LetterId) -> Result<u16, Refusal>,
    ) -> Result<(AuthorityId, Option<u16>), Refusal> {
        if let Some(id) = reply {
            let index = letter(id)?;
            let original = self.letter_ref(index).ok_or(Refusal::NoSuchLetter)?;
            return match original.from() {
                Party::Authority(a) if original.can_reply() => Ok((a, Some(index))),
                _ => Err(Refusal::CannotReply),
            };
        }
        match to {
            Some(a) if self.scenario().authority(a).is_some() => Ok((a.clone(), None)),
            _ => Err(Refusal::NoSuchAuthority),
        }
    }

    /// Applies a draft event.
    pub(crate) fn apply_draft(&mut self, event: &Event) {
        match event {
            Event::DraftSaved { owner, draft, .. } => {
                let mailbox = self.mailboxes.entry(owner.clone()).or_default();
                match mailbox.drafts.iter_mut().find(|d| d.id == draft.id) {
                    Some(d) => *d = (**draft).clone(),
                    None => mailbox.drafts.push((**draft).clone()),
                }
                mailbox.next_draft = mailbox.next_draft.max(draft.id.saturating_add(1));
            }
            Event::DraftDeleted { owner, draft, .. } => {
                if let Some(m) = self.mailboxes.get_mut(owner) {
                    m.drafts.retain(|d| d.id != *draft);
                }
            }
            _ => {}
        }
    }
}
