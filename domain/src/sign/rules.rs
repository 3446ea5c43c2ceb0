//! "Underskriv" with a NemID key, for læseadgang and fuldmagt alike: the signature is
//! started by the feature ("Giv adgang", "Godkend", "Giv fuldmagt", "Anmod om fuldmagt"),
//! then one command signs
//! or cancels it, whatever is being signed.

use crate::event::Event;
use crate::ids::PersonaId;
use crate::nemid::{check_key, draw_key};
use crate::refusal::Refusal;
use crate::rng::WorldRng;
use crate::sign::{Signable, Signing};
use crate::world::{Decision, World};

impl World {
    /// Starts a signature: asks for a random unused key of the signer's card.
    pub(crate) fn start_signing(&self, persona: &PersonaId, what: Signable) -> Event {
        let mut rng = WorldRng::stream(self.seed() ^ self.challenges, &format!("sign/{persona}"));
        Event::SigningStarted {
            signing: Signing {
                persona: persona.clone(),
                key_index: draw_key(&self.nemid(persona).used, &mut rng),
                what,
            },
        }
    }

    /// `Command::Sign`: the key typed for the signature in progress.
    pub(crate) fn decide_sign(&self, key: &str) -> Decision {
        Decision::from_result(self.sign_events(key))
    }

    fn sign_events(&self, key: &str) -> Result<Vec<Event>, Refusal> {
        let me = self.signer()?;
        let signing = self.signing().ok_or(Refusal::NoSigningInProgress)?;
        check_key(
            &self.key_card(&me),
            &self.nemid(&me).used,
            signing.key_index,
            key,
        )?;
        let signed = self.signed_event(&me)?;
        Ok(vec![
            Event::KeyAccepted {
                persona: me,
                key_index: signing.key_index,
            },
            signed,
        ])
    }

    /// The event of the signature waiting, once signed by `me` (with a key or MitID).
    pub(crate) fn signed_event(&self, me: &PersonaId) -> Result<Event, Refusal> {
        let signing = self.signing().ok_or(Refusal::NoSigningInProgress)?;
        // Both sides get a letter about what was signed.
        self.room_for(2)?;
        match &signing.what {
            Signable::Grant { .. } | Signable::Approve { .. } => {
                self.access_signed(me, &signing.what)
            }
            Signable::GiveFuldmagt { .. }
            | Signable::ApproveFuldmagt { .. }
            | Signable::RequestFuldmagt { .. } => self.fuldmagt_signed(me, &signing.what),
        }
    }

    /// `Command::CancelSigning`: "Afbryd" leaves the signature unsigned.
    pub(crate) fn decide_cancel_signing(&self) -> Decision {
        Decision::from_result(self.signer().and_then(|me| {
            self.signing().ok_or(Refusal::NoSigningInProgress)?;
            Ok(vec![Event::SigningCancelled { persona: me }])
        }))
    }

    fn signer(&self) -> Result<PersonaId, Refusal> {
        self.logged_in()
            .map(|p| p.id.clone())
            .ok_or(Refusal::NotLoggedIn)
    }
}
