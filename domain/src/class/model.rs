//! A hold (class): the teacher's plan, the Holdkode learners join with, the learners and
//! which part of the plan each is at, and when the hold ends. Learners' names and codes
//! parse at the edge, so a hold can only hold valid ones.

use crate::time::Timestamp;

/// Most learners in one hold, unless the server is configured otherwise.
pub const DEFAULT_CAPACITY: usize = 40;
/// Longest learner's name.
pub const MAX_NAME: usize = 30;
/// Longest hold name.
pub const MAX_HOLD_NAME: usize = 40;
/// Most key cards a teacher can print before the lesson.
pub const MAX_CARDS: u8 = 40;
/// A hold lives at most this long …
pub const MAX_AGE_SECS: i64 = 8 * 3600;
/// … and ends by itself after this long with nothing done by its teacher or learners.
pub const MAX_IDLE_SECS: i64 = 60 * 60;
/// Characters of a Holdkode: no 0/O, 1/I/L, which are easily mixed up on a projector.
pub const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
pub const CODE_LEN: usize = 6;
/// A Parkode ("Øv sammen") works this long.
pub const PAIR_CODE_LIFE_SECS: i64 = 30 * 60;

/// Why joining or creating a hold was refused, in the guide's Danish.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ClassRefusal {
    #[error("Holdkoden findes ikke. Tjek koden på tavlen – den har 6 tegn.")]
    CodeUnknown,
    #[error("Holdet er afsluttet.")]
    Ended,
    #[error("Holdet er fuldt. Spørg din underviser.")]
    Full,
    #[error("Skriv dit fornavn eller et kaldenavn.")]
    NameMissing,
    #[error("Navnet må højst være 30 tegn.")]
    NameTooLong,
    #[error(
        "Det ligner et CPR-nummer. Skriv kun dit fornavn eller et kaldenavn – aldrig dit CPR-nummer."
    )]
    NameLooksLikeCpr,
    #[error("Det ligner en e-mailadresse. Skriv kun dit fornavn eller et kaldenavn.")]
    NameLooksLikeEmail,
    #[error("Holdets navn må højst være 40 tegn.")]
    HoldNameTooLong,
    #[error("Der kan højst udskrives 40 nøglekort.")]
    TooManyCards,
    #[error("Den øvelse findes ikke.")]
    NoSuchExercise,
    #[error("Der er ikke plads til flere hold lige nu. Prøv igen om lidt.")]
    TooManyHolds,
    #[error("Der er oprettet mange hold herfra. Afslut et hold, før du opretter et nyt.")]
    TooManyFromAddress,
}

/// Which field of the join or create form a refusal is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClassField {
    Code,
    Name,
    HoldName,
    Cards,
    Exercises,
}

impl ClassRefusal {
    pub fn field(self) -> Option<ClassField> {
        Some(match self {
            Self::CodeUnknown | Self::Ended | Self::Full => ClassField::Code,
            Self::NameMissing | Self::NameTooLong | Self::NameLooksLikeCpr => ClassField::Name,
            Self::NameLooksLikeEmail => ClassField::Name,
            Self::HoldNameTooLong => ClassField::HoldName,
            Self::TooManyCards => ClassField::Cards,
            Self::NoSuchExercise => ClassField::Exercises,
            Self::TooManyHolds | Self::TooManyFromAddress => return None,
        })
    }
}

/// A Holdkode: 6 characters from [`CODE_ALPHABET`] (ASCII, kept in place: a hold's
/// directory keeps one per learner).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct HoldCode([u8; CODE_LEN]);

impl HoldCode {
    /// A code from random bytes (the caller's; the domain has no randomness of its own).
    pub fn from_random(bytes: [u8; CODE_LEN]) -> Self {
        Self(bytes.map(|b| CODE_ALPHABET[usize::from(b) % CODE_ALPHABET.len()]))
    }

    /// A typed code: any case, spaces and dashes ignored. `None` if it cannot be one.
    pub fn parse(typed: &str) -> Option<Self> {
        let mut code = [0u8; CODE_LEN];
        let mut len = 0;
        for c in typed.chars().filter(|c| !c.is_whitespace() && *c != '-') {
            let b = u8::try_from(c.to_ascii_uppercase()).ok()?;
            if len == CODE_LEN || !CODE_ALPHABET.contains(&b) {
                return None;
            }
            code[len] = b;
            len += 1;
        }
        (len == CODE_LEN).then_some(Self(code))
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII from the alphabet is ever stored.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

/// A learner's name on the board: a first name or nickname, never a CPR number or e-mail.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MemberName(Box<str>);

impl MemberName {
    pub fn parse(typed: &str) -> Result<Self, ClassRefusal> {
        let name = typed.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err(ClassRefusal::NameMissing);
        }
        if name.chars().count() > MAX_NAME {
            return Err(ClassRefusal::NameTooLong);
        }
        // Six digits or more, with or without a dash or spaces, is a date of birth or a CPR.
        let digits = name.chars().filter(char::is_ascii_digit).count();
        if digits >= 6 {
            return Err(ClassRefusal::NameLooksLikeCpr);
        }
        if let Some((user, domain)) = name.split_once('@')
            && !user.trim().is_empty()
            && !domain.trim().is_empty()
        {
            return Err(ClassRefusal::NameLooksLikeEmail);
        }
        Ok(Self(name.into()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Names are the same learner regardless of case ("fatima" is "Fatima").
    pub fn same(&self, other: &MemberName) -> bool {
        self.0.to_lowercase() == other.0.to_lowercase()
    }
}

/// What the teacher chose in "Opret hold".
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ClassPlan {
    /// The hold's name (may be empty).
    pub name: String,
    /// Exercises in order, by index in the scenario; empty for "Fri øvelse".
    pub exercises: Vec<usize>,
    /// The guide's language.
    pub lang: String,
    /// Key cards to print before anyone joins.
    pub cards: u8,
    /// What "Log på" opens first in the learners' worlds.
    pub login: crate::scenario::LoginMethod,
}

impl ClassPlan {
    /// Checks the teacher's choices against the scenario's `exercise_count`.
    pub fn new(
        name: &str,
        exercises: Vec<usize>,
        lang: &str,
        cards: u8,
        exercise_count: usize,
    ) -> Result<Self, ClassRefusal> {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.chars().count() > MAX_HOLD_NAME {
            return Err(ClassRefusal::HoldNameTooLong);
        }
        if cards > MAX_CARDS {
            return Err(ClassRefusal::TooManyCards);
        }
        if exercises.iter().any(|e| *e >= exercise_count) {
            return Err(ClassRefusal::NoSuchExercise);
        }
        let mut unique = Vec::new();
        for e in exercises {
            if !unique.contains(&e) {
                unique.push(e);
            }
        }
        Ok(Self {
            name,
            exercises: unique,
            lang: lang.to_owned(),
            cards,
            login: Default::default(),
        })
    }

    /// The plan with "Log på" opening `login` first.
    pub fn with_login(self, login: crate::scenario::LoginMethod) -> Self {
        Self { login, ..self }
    }
}

/// The store's handle for a learner's world: 128 opaque bits (the session id), never 0.
pub type WorldRef = std::num::NonZeroU128;

/// One learner in a hold. `world` is the store's handle for the learner's world (opaque
/// here; it changes when the learner logs in or starts over), none before it is made.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Member {
    pub name: MemberName,
    /// 1-based, in the order learners joined: the number on the learner's printed card.
    pub seat: u16,
    /// Which of the plan's exercises the learner is at.
    pub part: usize,
    /// Browsers that joined with this name (more than one: shown on the board).
    pub devices: u8,
    pub world: Option<WorldRef>,
    /// The seat of the learner this one practises with in one world ("Øv sammen").
    pub partner: Option<u16>,
}

/// What joining did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joined {
    /// A new learner at this seat: make a world for them.
    New(u16),
    /// The name is in the hold already: the same learner on another device (their world).
    Again(u16),
}

/// A hold. Its bytes (serde; a store shared by several servers keeps them) leave out the
/// material and the draft: they are kept as their source and built again from it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Class {
    pub plan: ClassPlan,
    pub code: HoldCode,
    /// Every learner's world is seeded from this and their seat, so the card printed for a
    /// seat matches the world of the learner who sits there.
    pub seed: u64,
    pub created: Timestamp,
    /// The teacher's last look at the board or action.
    pub teacher_seen: Timestamp,
    pub members: Vec<Member>,
    pub capacity: usize,
    pub ended: bool,
    /// The plan's name, once for all the hold's worlds (empty for a hold without one).
    pub label: std::sync::Arc<str>,
    /// "Eget materiale" sent to the hold ("Send til holdet"): its worlds start from its
    /// scenario from then on.
    #[serde(skip)]
    pub material: Option<std::sync::Arc<crate::material::Material>>,
    /// The teacher's material, checked and shown, not sent yet. Like everything of a hold,
    /// it lives as long as the hold unless downloaded.
    #[serde(skip)]
    pub draft: Option<std::sync::Arc<crate::material::Material>>,
    /// The form the draft was written in ("Skriv selv"), to go on editing; none for an
    /// uploaded file.
    pub draft_form: Option<Box<crate::material::form::MaterialForm>>,
}

impl Class {
    pub fn new(plan: ClassPlan, code: HoldCode, seed: u64, now: Timestamp) -> Self {
        let label = std::sync::Arc::from(plan.name.as_str());
        Self {
            plan,
            code,
            seed,
            created: now,
            teacher_seen: now,
            label,
            members: Vec::new(),
            capacity: DEFAULT_CAPACITY,
            ended: false,
            material: None,
            draft: None,
            draft_form: None,
        }
    }

    /// A learner joins with `name` from a browser whose world is `from` (if any); the same
    /// name again is the same learner, on another device unless `from` is their world.
    pub fn join(
        &mut self,
        name: MemberName,
        from: Option<WorldRef>,
    ) -> Result<Joined, ClassRefusal> {
        if self.ended {
            return Err(ClassRefusal::Ended);
        }
        if let Some(m) = self.members.iter_mut().find(|m| m.name.same(&name)) {
            if from.is_none() || from != m.world {
                m.devices = m.devices.saturating_add(1);
            }
            return Ok(Joined::Again(m.seat));
        }
        if self.members.len() >= self.capacity {
            return Err(ClassRefusal::Full);
        }
        let seat = u16::try_from(self.members.len() + 1).unwrap_or(u16::MAX);
        self.members.push(Member {
            name,
            seat,
            part: 0,
            devices: 1,
            world: None,
            partner: None,
        });
        Ok(Joined::New(seat))
    }

    pub fn member(&self, seat: u16) -> Option<&Member> {
        self.members.iter().find(|m| m.seat == seat)
    }

    pub fn member_mut(&mut self, seat: u16) -> Option<&mut Member> {
        self.members.iter_mut().find(|m| m.seat == seat)
    }

    /// Gives `seat` the world `world` if the seat still has the world `expected` (none: no
    /// world yet): two browsers joining with one name at once get one world between them.
    /// `Ok` with the world it had before; `Err(None)` if there is no such seat, `Err(Some)`
    /// with the world another browser seated first.
    pub fn take_seat(
        &mut self,
        seat: u16,
        world: WorldRef,
        expected: Option<WorldRef>,
    ) -> Result<Option<WorldRef>, Option<WorldRef>> {
        let member = self.member_mut(seat).ok_or(None)?;
        if let Some(seated) = member.world
            && Some(seated) != expected
        {
            return Err(Some(seated));
        }
        Ok(member.world.replace(world))
    }

    /// Seats `a` and `b` practise together in one world.
    pub fn pair_seats(&mut self, a: u16, b: u16) {
        for (one, other) in [(a, b), (b, a)] {
            if let Some(m) = self.member_mut(one) {
                m.partner = Some(other);
            }
        }
    }

    /// The seed of the world at `seat` (splitmix64 of the hold's seed and the seat).
    pub fn seat_seed(&self, seat: u16) -> u64 {
        let mut z = self
            .seed
            .wrapping_add(u64::from(seat).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// The exercise (scenario index) the learner at `seat` works on; `None` for "Fri øvelse".
    pub fn exercise_of(&self, seat: u16) -> Option<usize> {
        // A seat nobody has taken yet starts at the plan's first exercise (its card is printed
        // before the lesson).
        let part = self.member(seat).map_or(0, |m| m.part);
        self.plan
            .exercises
            .get(part.min(self.plan.exercises.len().saturating_sub(1)))
            .copied()
    }

    /// Whether the plan has another exercise for the learner at `seat`.
    pub fn has_next(&self, seat: u16) -> bool {
        self.member(seat)
            .is_some_and(|m| m.part + 1 < self.plan.exercises.len())
    }

    /// Moves the learner at `seat` to the plan's next exercise, if there is one; two who
    /// practise in one world move on together.
    pub fn next_part(&mut self, seat: u16) -> Option<usize> {
        if !self.has_next(seat) {
            return None;
        }
        let m = self.member_mut(seat)?;
        m.part += 1;
        let (part, partner) = (m.part, m.partner);
        if let Some(p) = partner.and_then(|p| self.member_mut(p)) {
            p.part = part;
        }
        self.plan.exercises.get(part).copied()
    }

    /// Whether the hold has ended by itself at `now`: 8 hours after it began, or after 60
    /// minutes in which neither the teacher nor any learner (`last_learner_action`) did
    /// anything.
    pub fn is_over(&self, now: Timestamp, last_learner_action: Timestamp) -> bool {
        let last = self.teacher_seen.max(last_learner_action);
        self.ended || now.0 - self.created.0 >= MAX_AGE_SECS || now.0 - last.0 >= MAX_IDLE_SECS
    }
}
