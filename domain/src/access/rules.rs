//! The rules of læseadgang: giving, requesting, approving, rejecting, removing and switching mailbox.

use crate::access::{AccessAction, AccessRequest, AccessScope, Grant};
use crate::event::Event;
use crate::ids::PersonaId;
use crate::letters::WorldLetter;
use crate::mailbox::FolderRef;
use crate::refusal::Refusal;
use crate::sign::Signable;
use crate::world::{Decision, World};

impl World {
    pub(crate) fn decide_access(&self, action: &AccessAction) -> Decision {
        Decision::from_result(self.access_events(action))
    }

    fn access_events(&self, action: &AccessAction) -> Result<Vec<Event>, Refusal> {
        let me = self
            .logged_in()
            .map(|p| p.id.clone())
            .ok_or(Refusal::NotLoggedIn)?;
        // A helper looking at someone else's mailbox cannot pass access on.
        let in_own = self.open_mailbox().as_ref() == Some(&me);
        Ok(match action {
            AccessAction::PrepareGrant {
                name,
                cpr,
                level,
                scope,
                until,
            } => {
                if !in_own {
                    return Err(Refusal::HelperCannotGiveAccess);
                }
                let helper = self.named_persona(&me, name, cpr)?;
                if let AccessScope::Folders(f) = scope {
                    if f.is_empty() {
                        return Err(Refusal::NoScope);
                    }
                    if f.iter()
                        .any(|f| !self.folder_exists(&me, *f) || *f == FolderRef::Trash)
                    {
                        return Err(Refusal::NoSuchFolder);
                    }
                }
                let until = self.end_date(until)?;
                if self.grant(&me, &helper).is_some() {
                    return Err(Refusal::AlreadyHasAccess);
                }
                let mut scope = scope.clone();
                if let AccessScope::Folders(f) = &mut scope {
                    f.sort();
                    f.dedup();
                }
                vec![self.start_signing(
                    &me,
                    Signable::Grant {
                        helper,
                        level: *level,
                        scope,
                        until,
                    },
                )]
            }
            AccessAction::PrepareApproval { request } => {
                if !in_own {
                    return Err(Refusal::HelperCannotGiveAccess);
                }
                self.access_requests
                    .iter()
                    .find(|r| r.id == *request && r.owner == me)
                    .ok_or(Refusal::NoSuchRequest)?;
                vec![self.start_signing(&me, Signable::Approve { request: *request })]
            }
            AccessAction::Reject { request } => {
                if !in_own {
                    return Err(Refusal::HelperCannotGiveAccess);
                }
                let r = self
                    .access_requests
                    .iter()
                    .find(|r| r.id == *request && r.owner == me)
                    .ok_or(Refusal::NoSuchRequest)?;
                self.room_for(1)?;
                vec![Event::AccessRequestRejected {
                    request: r.id,
                    letter: Box::new(self.system_letter(
                        &r.helper,
                        "Din anmodning om adgang er afvist",
                        &format!(
                            "{} har afvist din anmodning om adgang til sin Digital Post.",
                            self.name(&me)
                        ),
                        0,
                    )),
                }]
            }
            AccessAction::Remove { grant } => {
                let g = self
                    .grants
                    .iter()
                    .find(|g| g.id == *grant && (g.owner == me || g.helper == me))
                    .ok_or(Refusal::NoSuchAccess)?;
                self.room_for(2)?;
                vec![Event::AccessEnded {
                    grant: g.id,
                    owner: g.owner.clone(),
                    helper: g.helper.clone(),
                    by: Some(me.clone()),
                    letters: self.access_letters(
                        &g.owner,
                        &g.helper,
                        "Adgangen til Digital Post er fjernet",
                        &format!(
                            "{} har fjernet adgangen for {} til {}s Digital Post.",
                            self.name(&me),
                            self.name(&g.helper),
                            self.name(&g.owner)
                        ),
                        0,
                    ),
                }]
            }
            AccessAction::Request {
                name,
                cpr,
                level,
                until,
            } => {
                let owner = self.named_persona(&me, name, cpr)?;
                let until = self.end_date(until)?;
                if self.grant(&owner, &me).is_some() {
                    return Err(Refusal::AlreadyHasAccess);
                }
                if self
                    .access_requests
                    .iter()
                    .any(|r| r.owner == owner && r.helper == me)
                {
                    return Err(Refusal::RequestAlreadySent);
                }
                self.room_for(1)?;
                vec![Event::AccessRequested {
                    request: AccessRequest {
                        id: self.next_access_id,
                        owner: owner.clone(),
                        helper: me.clone(),
                        level: *level,
                        until,
                    },
                    letter: Box::new(self.system_letter(
                        &owner,
                        "Anmodning om adgang til din Digital Post",
                        &format!(
                            "{} beder om {} til din Digital Post. Gå til \"Læse- og skriveadgang\" for at godkende eller afvise anmodningen.",
                            self.name(&me),
                            level.label().to_lowercase()
                        ),
                        0,
                    )),
                }]
            }
            AccessAction::Switch { owner } => {
                let owner = owner.clone().unwrap_or_else(|| me.clone());
                if owner != me && self.grant(&owner, &me).is_none() {
                    return Err(Refusal::NotYourMailbox);
                }
                vec![Event::MailboxSwitched { persona: me, owner }]
            }
        })
    }

    /// After the owner's key: the læseadgang signed for, with a letter to both.
    pub(crate) fn access_signed(&self, me: &PersonaId, what: &Signable) -> Result<Event, Refusal> {
        let (helper, level, scope, until, request) = match what {
            Signable::Grant {
                helper,
                level,
                scope,
                until,
            } => (helper.clone(), *level, scope.clone(), *until, None),
            Signable::GiveFuldmagt { .. }
            | Signable::ApproveFuldmagt { .. }
            | Signable::RequestFuldmagt { .. } => {
                return Err(Refusal::NoSigningInProgress);
            }
            Signable::Approve { request } => {
                let r = self
                    .access_requests
                    .iter()
                    .find(|r| r.id == *request && r.owner == *me)
                    .ok_or(Refusal::NoSuchRequest)?;
                (
                    r.helper.clone(),
                    r.level,
                    AccessScope::Whole,
                    r.until,
                    Some(r.id),
                )
            }
        };
        if self.grant(me, &helper).is_some() {
            return Err(Refusal::AlreadyHasAccess);
        }
        let text = format!(
            "{} har givet {} {} til {}. {}",
            self.name(me),
            self.name(&helper),
            level.label().to_lowercase(),
            match &scope {
                AccessScope::Whole => "hele sin postkasse".to_owned(),
                AccessScope::Folders(f) => format!(
                    "{} i sin postkasse",
                    if f.len() == 1 {
                        "én mappe"
                    } else {
                        "udvalgte mapper"
                    }
                ),
            },
            match until {
                Some(u) => format!("Adgangen gælder til og med {}.", u.danish_date()),
                None => "Adgangen gælder, indtil den bliver fjernet.".to_owned(),
            }
        );
        Ok(Event::AccessGranted {
            grant: Grant {
                id: self.next_access_id,
                owner: me.clone(),
                helper: helper.clone(),
                level,
                scope,
                until,
            },
            request,
            letters: vec![
                self.system_letter(&helper, "Du har fået en ny adgang i Digital Post", &text, 0),
                self.system_letter(me, "Du har givet adgang til din Digital Post", &text, 1),
            ],
        })
    }

    /// The same letter about an access to both sides; `skip` letters already made by
    /// this decision come first.
    pub(crate) fn access_letters(
        &self,
        owner: &PersonaId,
        helper: &PersonaId,
        subject: &str,
        text: &str,
        skip: usize,
    ) -> Vec<WorldLetter> {
        [owner, helper]
            .into_iter()
            .enumerate()
            .map(|(i, to)| self.system_letter(to, subject, text, skip + i))
            .collect()
    }
}
