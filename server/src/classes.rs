//! The embedded hold directory: every live hold in memory, found by its board key, by its
//! Holdkode and by its learners' session ids. One lock for the directory (holds are few and
//! their changes small); the learners' worlds keep their own locks in the world store.

use app::session::{BoardKey, ClassDirectory, Seated, SessionId};
use domain::Timestamp;
use domain::class::{Class, ClassRefusal, HoldCode};
use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

/// How long an ended hold's code still answers "Holdet er afsluttet".
const ENDED_KEPT_SECS: i64 = domain::class::model::MAX_AGE_SECS;
/// Most ended codes remembered at once (the oldest are forgotten first).
const MAX_ENDED: usize = 10_000;
/// Most live holds made from one address: a library's teachers share one, but nobody can
/// take every hold slot.
pub const MAX_PER_ADDRESS: usize = 20;

#[derive(Default)]
struct Inner {
    holds: HashMap<BoardKey, Class>,
    codes: HashMap<HoldCode, BoardKey>,
    /// Each learner's world: its hold's code and seat (8 bytes an entry).
    members: HashMap<SessionId, (HoldCode, u16)>,
    /// Codes of ended holds, with when they ended.
    ended: HashMap<HoldCode, Timestamp>,
    /// The address each live hold was made from.
    creators: HashMap<BoardKey, std::net::IpAddr>,
}

/// Live holds, at most `max_holds`.
pub struct MemoryClasses {
    inner: Mutex<Inner>,
    max_holds: usize,
}

impl MemoryClasses {
    pub fn new(max_holds: usize) -> Self {
        Self {
            inner: Mutex::new(Inner::default()),
            max_holds,
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // Every change below leaves the maps consistent before it can panic.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// 128 bits from the operating system's CSPRNG, as 32 hex digits.
pub fn new_board_key() -> BoardKey {
    let id = crate::store::new_session_id();
    BoardKey::parse(&id.to_hex()).unwrap_or_else(|| std::process::abort())
}

/// A fresh random Holdkode.
pub fn new_code() -> HoldCode {
    let mut bytes = [0u8; domain::class::model::CODE_LEN];
    if getrandom::fill(&mut bytes).is_err() {
        std::process::abort();
    }
    HoldCode::from_random(bytes)
}

impl Inner {
    /// Removes the hold of `key`, remembering its code as ended; its learners' worlds.
    fn remove(&mut self, key: &BoardKey, now: Timestamp) -> Vec<SessionId> {
        let Some(class) = self.holds.remove(key) else {
            return Vec::new();
        };
        self.creators.remove(key);
        self.codes.remove(&class.code);
        if self.ended.len() >= MAX_ENDED
            && let Some(oldest) = self.ended.iter().min_by_key(|(_, t)| **t).map(|(c, _)| *c)
        {
            self.ended.remove(&oldest);
        }
        self.ended.insert(class.code, now);
        let worlds: Vec<SessionId> = class
            .members
            .iter()
            .filter_map(|m| m.world.map(SessionId::from_world_ref))
            .collect();
        for w in &worlds {
            self.members.remove(w);
        }
        worlds
    }
}

impl ClassDirectory for MemoryClasses {
    fn create(
        &self,
        mut class: Class,
        creator: std::net::IpAddr,
    ) -> Result<BoardKey, ClassRefusal> {
        let mut inner = self.lock();
        if inner.holds.len() >= self.max_holds {
            return Err(ClassRefusal::TooManyHolds);
        }
        if inner.creators.values().filter(|a| **a == creator).count() >= MAX_PER_ADDRESS {
            return Err(ClassRefusal::TooManyFromAddress);
        }
        while inner.codes.contains_key(&class.code) || inner.ended.contains_key(&class.code) {
            class.code = new_code();
        }
        let key = new_board_key();
        inner.codes.insert(class.code, key.clone());
        inner.holds.insert(key.clone(), class);
        inner.creators.insert(key.clone(), creator);
        Ok(key)
    }

    fn with_class(&self, key: &BoardKey, f: &mut dyn FnMut(&mut Class)) -> bool {
        let mut inner = self.lock();
        match inner.holds.get_mut(key) {
            Some(class) => {
                f(class);
                true
            }
            None => false,
        }
    }

    fn find(&self, code: &HoldCode) -> Result<BoardKey, ClassRefusal> {
        let inner = self.lock();
        match inner.codes.get(code) {
            Some(key) => Ok(key.clone()),
            None if inner.ended.contains_key(code) => Err(ClassRefusal::Ended),
            None => Err(ClassRefusal::CodeUnknown),
        }
    }

    fn member_of(&self, session: &SessionId) -> Option<(BoardKey, u16)> {
        let inner = self.lock();
        let (code, seat) = inner.members.get(session)?;
        Some((inner.codes.get(code)?.clone(), *seat))
    }

    fn seat_world(
        &self,
        key: &BoardKey,
        seat: u16,
        session: &SessionId,
        expected: Option<SessionId>,
    ) -> Seated {
        let mut inner = self.lock();
        let Some(class) = inner.holds.get_mut(key) else {
            return Seated::Ended;
        };
        let code = class.code;
        let old = match class.take_seat(
            seat,
            session.world_ref(),
            expected.map(SessionId::world_ref),
        ) {
            Ok(old) => old,
            Err(None) => return Seated::Ended,
            Err(Some(first)) => return Seated::Taken(SessionId::from_world_ref(first)),
        };
        if let Some(old) = old {
            inner.members.remove(&SessionId::from_world_ref(old));
        }
        inner.members.insert(*session, (code, seat));
        Seated::Done
    }

    fn rekey(&self, old: &SessionId, new: &SessionId) -> bool {
        let mut inner = self.lock();
        let Some((code, seat)) = inner.members.remove(old) else {
            return false;
        };
        let Some(key) = inner.codes.get(&code).cloned() else {
            return false;
        };
        let Some(member) = inner.holds.get_mut(&key).and_then(|c| c.member_mut(seat)) else {
            return false;
        };
        member.world = Some(new.world_ref());
        inner.members.insert(*new, (code, seat));
        true
    }

    fn end(&self, key: &BoardKey) -> Vec<SessionId> {
        self.lock().remove(key, app::clock::now())
    }

    fn expire(
        &self,
        now: Timestamp,
        last_action: &dyn Fn(&SessionId) -> Option<Timestamp>,
    ) -> Vec<SessionId> {
        // Learners' worlds are read outside the directory's lock.
        let holds: Vec<(BoardKey, Class)> = {
            let mut inner = self.lock();
            inner.ended.retain(|_, at| now.0 - at.0 < ENDED_KEPT_SECS);
            inner
                .holds
                .iter()
                .map(|(k, c)| (k.clone(), c.clone()))
                .collect()
        };
        let over: Vec<BoardKey> = holds
            .into_iter()
            .filter(|(_, class)| {
                let last = class
                    .members
                    .iter()
                    .filter_map(|m| last_action(&SessionId::from_world_ref(m.world?)))
                    .max()
                    .unwrap_or(class.created);
                class.is_over(now, last)
            })
            .map(|(k, _)| k)
            .collect();
        let mut inner = self.lock();
        over.iter().flat_map(|key| inner.remove(key, now)).collect()
    }

    fn has_ended(&self, code: &HoldCode) -> bool {
        self.lock().ended.contains_key(code)
    }

    fn len(&self) -> usize {
        self.lock().holds.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::class::{ClassPlan, MemberName};

    const T: Timestamp = Timestamp(1_800_000_000);
    const HERE: std::net::IpAddr = std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST);

    fn class(code: HoldCode) -> Class {
        Class::new(
            ClassPlan::new("Hold", vec![], "da", 0, 1).unwrap(),
            code,
            1,
            T,
        )
    }

    fn sid(n: u8) -> SessionId {
        SessionId::parse(&format!("{n:032x}")).unwrap()
    }

    #[test]
    fn a_hold_is_found_by_its_code_until_it_ends_and_then_says_so() {
        let d = MemoryClasses::new(10);
        let code = HoldCode::from_random([1; 6]);
        let key = d.create(class(code), HERE).unwrap();
        assert_eq!(d.find(&code), Ok(key.clone()));
        assert_eq!(
            d.find(&HoldCode::from_random([2; 6])),
            Err(ClassRefusal::CodeUnknown)
        );
        let mut seat = 0;
        d.with_class(&key, &mut |c| {
            if let Ok(domain::class::Joined::New(s)) =
                c.join(MemberName::parse("Ali").unwrap(), None)
            {
                seat = s;
            }
        });
        assert_eq!(d.seat_world(&key, seat, &sid(1), None), Seated::Done);
        assert_eq!(
            d.seat_world(&key, seat, &sid(9), None),
            Seated::Taken(sid(1)),
            "a second browser at once"
        );
        assert!(d.rekey(&sid(1), &sid(2)));
        assert_eq!(d.member_of(&sid(1)), None);
        assert_eq!(d.member_of(&sid(2)), Some((key.clone(), seat)));
        assert_eq!(d.end(&key), vec![sid(2)]);
        assert_eq!(d.find(&code), Err(ClassRefusal::Ended));
        assert!(d.has_ended(&code) && d.member_of(&sid(2)).is_none());
        assert!(!d.with_class(&key, &mut |_| ()));
    }

    #[test]
    fn codes_never_repeat_a_live_or_ended_hold_and_the_cap_holds() {
        let d = MemoryClasses::new(2);
        let code = HoldCode::from_random([3; 6]);
        let a = d.create(class(code), HERE).unwrap();
        let b = d.create(class(code), HERE).unwrap();
        let mut codes = Vec::new();
        for k in [&a, &b] {
            d.with_class(k, &mut |c| codes.push(c.code));
        }
        assert_ne!(codes[0], codes[1]);
        assert_eq!(
            d.create(class(new_code()), HERE),
            Err(ClassRefusal::TooManyHolds),
            "at most 2 holds"
        );
        d.end(&a);
        let c = d.create(class(codes[0]), HERE).unwrap();
        d.with_class(&c, &mut |c| assert_ne!(c.code, codes[0]));
    }

    #[test]
    fn one_address_makes_its_share_of_holds_and_others_still_can() {
        let d = MemoryClasses::new(100);
        for _ in 0..MAX_PER_ADDRESS {
            d.create(class(new_code()), HERE).unwrap();
        }
        assert_eq!(
            d.create(class(new_code()), HERE),
            Err(ClassRefusal::TooManyFromAddress)
        );
        let other = std::net::IpAddr::V4(std::net::Ipv4Addr::new(10, 0, 0, 2));
        assert!(d.create(class(new_code()), other).is_ok());
    }

    #[test]
    fn an_idle_hold_expires_but_one_whose_learners_work_does_not() {
        let d = MemoryClasses::new(10);
        let key = d.create(class(new_code()), HERE).unwrap();
        d.with_class(&key, &mut |c| {
            let _ = c.join(MemberName::parse("Ali").unwrap(), None);
        });
        d.seat_world(&key, 1, &sid(5), None);
        let later = Timestamp(T.0 + 61 * 60);
        let busy = |_: &SessionId| Some(Timestamp(T.0 + 30 * 60));
        assert!(d.expire(later, &busy).is_empty());
        assert_eq!(d.expire(later, &|_| None), vec![sid(5)]);
        assert_eq!(d.len(), 0);
    }
}
