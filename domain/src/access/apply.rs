//! How læseadgang events change a world, and accesses that expire.

use crate::event::Event;
use crate::time::Timestamp;
use crate::world::World;

impl World {
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

    pub(crate) fn apply_access(&mut self, event: &Event) {
        match event {
            Event::SigningStarted { signing } => {
                self.challenges = self.challenges.wrapping_add(1);
                self.signing = Some(signing.clone());
                self.mitid_signing = None;
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
}
