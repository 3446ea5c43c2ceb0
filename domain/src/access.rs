//! Læseadgang: an owner lets a helper read (and maybe write in) their Digital Post, for the
//! whole mailbox or chosen folders, until an end date or until removed. Either side can
//! start: the owner "Giv adgang" (signed with a NemID key), or the helper "Anmod om adgang"
//! and the owner "Godkend" (signed) or "Afvis". Every permission check of a helper's action
//! is here and in `mailbox.rs`.

use crate::letters::{LetterKind, Party, WorldLetter, world_letter_id};
use crate::mailbox::FolderRef;
use crate::world::{Decision, Event, Refusal};
use crate::{AuthorityId, Cpr, PersonaId, Timestamp, World};

/// How much a helper may do ("Læseadgang" or "Læse- og skriveadgang").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccessLevel {
    Read,
    ReadWrite,
}

impl AccessLevel {
    /// The label of the real service.
    pub fn label(self) -> &'static str {
        match self {
            Self::Read => "Læseadgang",
            Self::ReadWrite => "Læse- og skriveadgang",
        }
    }
}

/// Which letters a helper sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccessScope {
    /// "Hele postkassen"
    Whole,
    /// The folders ticked (at least one; sorted, no repeats).
    Folders(Vec<FolderRef>),
}

impl AccessScope {
    pub fn covers(&self, folder: FolderRef) -> bool {
        match self {
            Self::Whole => true,
            Self::Folders(f) => f.contains(&folder),
        }
    }
}

/// What the viewer of a mailbox may do there: everything for the owner, what the access
/// allows for a helper (the pages offer only these; the domain refuses the rest anyway).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rights {
    /// `None` for the owner.
    pub helper_level: Option<AccessLevel>,
    pub scope: AccessScope,
    pub delete: bool,
    pub write: bool,
    pub create_folder: bool,
}

/// An access in force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    pub id: u16,
    pub owner: PersonaId,
    pub helper: PersonaId,
    pub level: AccessLevel,
    pub scope: AccessScope,
    /// The access ends when the simulated clock passes this moment (end of the chosen day).
    pub until: Option<Timestamp>,
}

/// A helper's "Anmod om adgang", waiting for the owner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessRequest {
    pub id: u16,
    pub owner: PersonaId,
    pub helper: PersonaId,
    pub level: AccessLevel,
    pub until: Option<Timestamp>,
}

/// What the owner is about to sign with a NemID key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signable {
    /// "Giv adgang" filled in and checked.
    Grant {
        helper: PersonaId,
        level: AccessLevel,
        scope: AccessScope,
        until: Option<Timestamp>,
    },
    /// "Godkend" of a request.
    Approve { request: u16 },
    /// "Giv fuldmagt" filled in and checked.
    GiveFuldmagt {
        holder: PersonaId,
        areas: Vec<crate::fuldmagt::Area>,
        until: Option<Timestamp>,
    },
    /// "Godkend" of a fuldmagt request.
    ApproveFuldmagt { request: u16 },
}

/// A signature waiting for its key: the key number asked for and what will be signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signing {
    pub persona: PersonaId,
    pub key_index: u8,
    pub what: Signable,
}

/// The access commands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccessAction {
    /// "Giv adgang", step 1: the helper ("Fulde navn", "CPR-nummer"), level, scope, end
    /// date as typed ("ÅÅÅÅ-MM-DD" from a date field, or empty).
    PrepareGrant {
        name: String,
        cpr: String,
        level: AccessLevel,
        scope: AccessScope,
        until: String,
    },
    /// "Godkend" a request, step 1.
    PrepareApproval { request: u16 },
    /// Step 2 of either: the 6-digit key for the key number shown ("Underskriv").
    Sign { key: String },
    /// Leaves the signature unsigned.
    CancelSigning,
    /// "Afvis" a request.
    Reject { request: u16 },
    /// "Fjern adgang": by the owner, or the helper giving it up.
    Remove { grant: u16 },
    /// "Anmod om adgang": the helper asks the owner.
    Request {
        name: String,
        cpr: String,
        level: AccessLevel,
        until: String,
    },
    /// "Skift postkasse": open one's own mailbox (`None`) or one shared with one.
    Switch { owner: Option<PersonaId> },
}

/// The authority that sends the letters about access.
pub const ACCESS_SENDER: &str = "digitaliseringsstyrelsen";

/// Parses an end date "ÅÅÅÅ-MM-DD" (or "DD-MM-ÅÅÅÅ", "DD.MM.ÅÅÅÅ") to the last second of
/// that day (UTC). Empty means no end date.
pub fn parse_end_date(raw: &str) -> Result<Option<Timestamp>, Refusal> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let parts: Vec<&str> = raw.split(['-', '.', '/']).collect();
    let nums: Option<Vec<i64>> = parts.iter().map(|p| p.trim().parse().ok()).collect();
    let (y, m, d) = match nums.as_deref() {
        Some([y, m, d]) if *y > 999 => (*y, *m, *d),
        Some([d, m, y]) if *y > 999 => (*y, *m, *d),
        _ => return Err(Refusal::EndDateInvalid),
    };
    if !(2000..=2200).contains(&y) || !(1..=12).contains(&m) || d < 1 || d > days_in(y, m) {
        return Err(Refusal::EndDateInvalid);
    }
    Ok(Some(Timestamp(days_from_civil(y, m, d) * 86_400 + 86_399)))
}

fn days_in(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a calendar date (Howard Hinnant's days-from-civil).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

impl World {
    /// The access `helper` has to `owner`'s mailbox now, if any.
    pub fn grant(&self, owner: &PersonaId, helper: &PersonaId) -> Option<&Grant> {
        self.grants
            .iter()
            .find(|g| &g.owner == owner && &g.helper == helper)
    }

    /// Accesses `owner` has given.
    pub fn grants_given(&self, owner: &PersonaId) -> Vec<&Grant> {
        self.grants.iter().filter(|g| &g.owner == owner).collect()
    }

    /// Accesses `helper` has been given.
    pub fn grants_received(&self, helper: &PersonaId) -> Vec<&Grant> {
        self.grants.iter().filter(|g| &g.helper == helper).collect()
    }

    /// Requests waiting for `owner` to answer.
    pub fn requests_to(&self, owner: &PersonaId) -> Vec<&AccessRequest> {
        self.access_requests
            .iter()
            .filter(|r| &r.owner == owner)
            .collect()
    }

    /// Requests `helper` has sent that wait for an answer.
    pub fn requests_from(&self, helper: &PersonaId) -> Vec<&AccessRequest> {
        self.access_requests
            .iter()
            .filter(|r| &r.helper == helper)
            .collect()
    }

    /// The signature waiting for a key, if the logged-in persona started one.
    pub fn signing(&self) -> Option<&Signing> {
        self.signing
            .as_ref()
            .filter(|s| self.logged_in().is_some_and(|p| p.id == s.persona))
    }

    /// Whose mailbox the logged-in persona has open: their own, or one shared with them.
    pub fn open_mailbox(&self) -> Option<PersonaId> {
        let me = self.logged_in()?.id.clone();
        Some(
            self.viewing
                .clone()
                .filter(|owner| self.grant(owner, &me).is_some())
                .unwrap_or(me),
        )
    }

    /// Set when the helper view was closed because the access ended; shown once.
    pub fn access_ended_notice(&self) -> Option<&PersonaId> {
        self.access_ended.as_ref()
    }

    /// The folders of `owner`'s mailbox `viewer` may see (`None`: no access at all).
    pub fn scope_for(&self, viewer: &PersonaId, owner: &PersonaId) -> Option<AccessScope> {
        if viewer == owner {
            return Some(AccessScope::Whole);
        }
        self.grant(owner, viewer).map(|g| g.scope.clone())
    }

    /// What `viewer` may do in `owner`'s mailbox (`None`: no access).
    pub fn rights(&self, viewer: &PersonaId, owner: &PersonaId) -> Option<Rights> {
        if viewer == owner {
            return Some(Rights {
                helper_level: None,
                scope: AccessScope::Whole,
                delete: true,
                write: true,
                create_folder: true,
            });
        }
        let g = self.grant(owner, viewer)?;
        Some(Rights {
            helper_level: Some(g.level),
            scope: g.scope.clone(),
            delete: false,
            write: g.level == AccessLevel::ReadWrite,
            create_folder: g.scope == AccessScope::Whole,
        })
    }

    /// The letters of `owner`'s mailbox that `viewer` may see, newest first: all for the
    /// owner, the granted folders' for a helper, none without access.
    pub fn visible_letters(
        &self,
        viewer: &PersonaId,
        owner: &PersonaId,
    ) -> Vec<crate::ListedLetter<'_>> {
        let Some(scope) = self.scope_for(viewer, owner) else {
            return Vec::new();
        };
        self.letters_of(owner)
            .into_iter()
            .filter(|l| scope.covers(l.state.folder))
            .collect()
    }

    /// Ends accesses whose end date the simulated clock has passed.
    pub(crate) fn expired_grants(&self, now: Timestamp) -> Vec<Event> {
        self.grants
            .iter()
            .filter(|g| g.until.is_some_and(|u| u < now))
            .map(|g| Event::AccessEnded {
                grant: g.id,
                owner: g.owner.clone(),
                helper: g.helper.clone(),
                by: None,
                letters: self.access_letters(
                    &g.owner,
                    &g.helper,
                    "Adgangen til Digital Post er udløbet",
                    &format!(
                        "Adgangen for {} til {}s Digital Post er udløbet, fordi slutdatoen er nået.",
                        self.name(&g.helper),
                        self.name(&g.owner)
                    ),
                    0,
                ),
            })
            .collect()
    }

    fn name(&self, p: &PersonaId) -> String {
        self.persona(p).map_or_else(String::new, |p| p.name.clone())
    }

    /// The same letter about an access to both sides; `skip` letters already made by
    /// this decision come first.
    fn access_letters(
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

    /// A letter from the authority that runs Digital Post.
    pub(crate) fn system_letter(
        &self,
        to: &PersonaId,
        subject: &str,
        text: &str,
        skip: usize,
    ) -> WorldLetter {
        let name = self.name(to);
        WorldLetter {
            id: world_letter_id(self.own_letters.len() + skip),
            owner: to.clone(),
            kind: LetterKind::Reply,
            from: Party::Authority(AuthorityId::trusted(ACCESS_SENDER.to_owned())),
            to: Party::Persona(to.clone()),
            subject: subject.to_owned(),
            body: format!(
                "Kære {name}\n\n{text}\n\nDu kan se alle adgange under \"Læse- og skriveadgang\" i Digital Post.\n\nMed venlig hilsen\nDigitaliseringsstyrelsen"
            ),
            at: Timestamp(0),
            case_number: "DP-ADGANG".into(),
            can_reply: false,
            document: None,
            uploads: Vec::new(),
        }
    }

    /// The other persona named by "Fulde navn" and "CPR-nummer": both must match.
    pub(crate) fn named_persona(
        &self,
        me: &PersonaId,
        name: &str,
        cpr: &str,
    ) -> Result<PersonaId, Refusal> {
        let cpr = Cpr::parse(cpr.trim()).map_err(|_| Refusal::UnknownPerson)?;
        let wanted = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let found = self
            .personas()
            .iter()
            .find(|p| p.cpr == cpr && p.name.eq_ignore_ascii_case(&wanted))
            .ok_or(Refusal::UnknownPerson)?;
        if &found.id == me {
            return Err(Refusal::AccessToSelf);
        }
        Ok(found.id.clone())
    }

    /// A fuldmagt's "Gyldig til": `None` until deleted; a chosen date must be typed.
    pub(crate) fn fuldmagt_end_date(
        &self,
        until: Option<&str>,
    ) -> Result<Option<Timestamp>, Refusal> {
        match until {
            None => Ok(None),
            Some(date) if date.trim().is_empty() => Err(Refusal::EndDateInvalid),
            Some(date) => self.end_date(date),
        }
    }

    pub(crate) fn end_date(&self, raw: &str) -> Result<Option<Timestamp>, Refusal> {
        let until = parse_end_date(raw)?;
        if until.is_some_and(|u| u < self.clock) {
            return Err(Refusal::EndDatePast);
        }
        Ok(until)
    }

    pub(crate) fn decide_access(&self, action: &AccessAction) -> Decision {
        match self.access_events(action) {
            Ok(events) => Decision {
                events,
                refusal: None,
            },
            Err(refusal) => Decision {
                events: Vec::new(),
                refusal: Some(refusal),
            },
        }
    }

    fn access_events(&self, action: &AccessAction) -> Result<Vec<Event>, Refusal> {
        let me = self
            .logged_in()
            .map(|p| p.id.clone())
            .ok_or(Refusal::NotLoggedIn)?;
        // A helper looking at someone else's mailbox cannot pass access on.
        let in_own = self.open_mailbox().as_ref() == Some(&me);
        let letters_room = |n: usize| {
            if self.own_letters.len() + self.pending.len() + n > crate::letters::MAX_WORLD_LETTERS {
                Err(Refusal::WorldFull)
            } else {
                Ok(())
            }
        };
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
            AccessAction::CancelSigning => {
                if self.signing().is_none() {
                    return Err(Refusal::NoSigningInProgress);
                }
                vec![Event::SigningCancelled { persona: me }]
            }
            AccessAction::Sign { key } => {
                let signing = self.signing().ok_or(Refusal::NoSigningInProgress)?;
                let key = key.trim();
                if key.len() != 6 || !key.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(Refusal::KeyFormat);
                }
                let card = self.key_card(&me);
                let fresh = !self
                    .nemid(&me)
                    .used
                    .contains(usize::from(signing.key_index));
                let right = card
                    .keys
                    .get(usize::from(signing.key_index))
                    .is_some_and(|k| k.key == key);
                if !(fresh && right) {
                    return Err(Refusal::WrongKey);
                }
                letters_room(2)?;
                let mut events = vec![Event::KeyAccepted {
                    persona: me.clone(),
                    key_index: signing.key_index,
                }];
                if matches!(
                    signing.what,
                    Signable::GiveFuldmagt { .. } | Signable::ApproveFuldmagt { .. }
                ) {
                    events.push(self.fuldmagt_signed(&me, &signing.what)?);
                    return Ok(events);
                }
                let (helper, level, scope, until, request) = match &signing.what {
                    Signable::Grant {
                        helper,
                        level,
                        scope,
                        until,
                    } => (helper.clone(), *level, scope.clone(), *until, None),
                    Signable::GiveFuldmagt { .. } | Signable::ApproveFuldmagt { .. } => {
                        return Err(Refusal::NoSigningInProgress);
                    }
                    Signable::Approve { request } => {
                        let r = self
                            .access_requests
                            .iter()
                            .find(|r| r.id == *request && r.owner == me)
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
                if self.grant(&me, &helper).is_some() {
                    return Err(Refusal::AlreadyHasAccess);
                }
                let text = format!(
                    "{} har givet {} {} til {}. {}",
                    self.name(&me),
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
                events.push(Event::AccessGranted {
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
                        self.system_letter(
                            &helper,
                            "Du har fået en ny adgang i Digital Post",
                            &text,
                            0,
                        ),
                        self.system_letter(
                            &me,
                            "Du har givet adgang til din Digital Post",
                            &text,
                            1,
                        ),
                    ],
                });
                events
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
                letters_room(1)?;
                vec![Event::AccessRequestRejected {
                    request: r.id,
                    letter: self.system_letter(
                        &r.helper,
                        "Din anmodning om adgang er afvist",
                        &format!(
                            "{} har afvist din anmodning om adgang til sin Digital Post.",
                            self.name(&me)
                        ),
                        0,
                    ),
                }]
            }
            AccessAction::Remove { grant } => {
                let g = self
                    .grants
                    .iter()
                    .find(|g| g.id == *grant && (g.owner == me || g.helper == me))
                    .ok_or(Refusal::NoSuchAccess)?;
                letters_room(2)?;
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
                letters_room(1)?;
                vec![Event::AccessRequested {
                    request: AccessRequest {
                        id: self.next_access_id,
                        owner: owner.clone(),
                        helper: me.clone(),
                        level: *level,
                        until,
                    },
                    letter: self.system_letter(
                        &owner,
                        "Anmodning om adgang til din Digital Post",
                        &format!(
                            "{} beder om {} til din Digital Post. Gå til \"Læse- og skriveadgang\" for at godkende eller afvise anmodningen.",
                            self.name(&me),
                            level.label().to_lowercase()
                        ),
                        0,
                    ),
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

    pub(crate) fn start_signing(&self, persona: &PersonaId, what: Signable) -> Event {
        let used = self.nemid(persona).used;
        let unused: Vec<usize> = used.unused().collect();
        let mut rng =
            crate::WorldRng::stream(self.seed() ^ self.challenges, &format!("sign/{persona}"));
        let key_index = unused
            .get(rng.below(unused.len() as u32) as usize)
            .copied()
            .unwrap_or(0) as u8;
        Event::SigningStarted {
            signing: Signing {
                persona: persona.clone(),
                key_index,
                what,
            },
        }
    }

    pub(crate) fn apply_access(&mut self, event: &Event) {
        match event {
            Event::SigningStarted { signing } => {
                self.challenges = self.challenges.wrapping_add(1);
                self.signing = Some(signing.clone());
            }
            Event::SigningCancelled { .. } => self.signing = None,
            Event::AccessGranted {
                grant,
                request,
                letters,
            } => {
                self.signing = None;
                self.next_access_id = self.next_access_id.max(grant.id.saturating_add(1));
                self.grants.push(grant.clone());
                if let Some(r) = request {
                    self.access_requests.retain(|x| x.id != *r);
                }
                for l in letters {
                    self.add_arrived(l);
                }
            }
            Event::AccessRequested { request, letter } => {
                self.next_access_id = self.next_access_id.max(request.id.saturating_add(1));
                self.access_requests.push(request.clone());
                self.add_arrived(letter);
            }
            Event::AccessRequestRejected { request, letter } => {
                self.access_requests.retain(|r| r.id != *request);
                self.add_arrived(letter);
            }
            Event::AccessEnded { grant, letters, .. } => {
                if let Some(g) = self.grants.iter().find(|g| g.id == *grant).cloned() {
                    self.grants.retain(|x| x.id != *grant);
                    // A helper looking at that mailbox is sent back to their own.
                    if self.viewing.as_ref() == Some(&g.owner)
                        && self.logged_in().is_some_and(|p| p.id == g.helper)
                    {
                        self.viewing = None;
                        self.access_ended = Some(g.owner);
                    }
                }
                for l in letters {
                    self.add_arrived(l);
                }
            }
            Event::MailboxSwitched { persona, owner } => {
                self.access_ended = None;
                self.viewing = (owner != persona).then(|| owner.clone());
            }
            _ => {}
        }
    }

    /// Which folders a helper sees of `owner`'s, as names, for pages and letters.
    pub fn scope_names(&self, owner: &PersonaId, scope: &AccessScope) -> Vec<String> {
        match scope {
            AccessScope::Whole => vec!["Hele postkassen".to_owned()],
            AccessScope::Folders(f) => f
                .iter()
                .map(|f| match f {
                    FolderRef::Inbox => "Indbakke".to_owned(),
                    FolderRef::Sent => "Sendt".to_owned(),
                    FolderRef::Trash => "Papirkurv".to_owned(),
                    FolderRef::Own(id) => self
                        .own_folders(owner)
                        .iter()
                        .find(|o| o.id == *id)
                        .map_or_else(|| "(slettet mappe)".to_owned(), |o| o.name.clone()),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
#[path = "access_tests.rs"]
mod tests;
