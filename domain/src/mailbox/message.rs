//! "Skriv ny besked" and "Besvar": a message to an authority, its receipt and its answer.

use crate::event::Event;
use crate::ids::{AuthorityId, PersonaId};
use crate::letters::{
    LetterKind, MAX_MESSAGE, MAX_SUBJECT, MAX_UPLOADS, MAX_WORLD_UPLOAD_BYTES, Party, Upload,
    WorldLetter, world_letter_id,
};
use crate::refusal::Refusal;
use crate::world::World;

impl World {
    /// A message to authority `to`: the learner's copy in "Sendt", the authority's receipt
    /// at once, and its reply after the scenario's delay.
    pub(crate) fn message_events(
        &self,
        owner: &PersonaId,
        by: &PersonaId,
        to: &AuthorityId,
        (subject, body, uploads): (&str, &str, &[Upload]),
        case_number: String,
    ) -> Result<Vec<Event>, Refusal> {
        let subject = subject.trim();
        let body = body.trim();
        if subject.is_empty() {
            return Err(Refusal::SubjectEmpty);
        }
        if subject.chars().count() > MAX_SUBJECT {
            return Err(Refusal::SubjectTooLong);
        }
        if body.is_empty() {
            return Err(Refusal::MessageEmpty);
        }
        if body.chars().count() > MAX_MESSAGE {
            return Err(Refusal::MessageTooLong);
        }
        if uploads.len() > MAX_UPLOADS {
            return Err(Refusal::TooManyFiles);
        }
        let adding: usize = uploads.iter().map(Upload::size).sum();
        if adding > 0 && self.upload_bytes().saturating_add(adding) > MAX_WORLD_UPLOAD_BYTES {
            return Err(Refusal::WorldUploadsFull);
        }
        self.room_for(3)?;
        let n = self.own_letters.len();
        let authority = self
            .scenario()
            .authority(to)
            .map_or("", |a| a.name.as_str());
        let name = self.persona(owner).map_or("", |p| p.name.as_str());
        let letter = |id, kind, subject: String, body: String| WorldLetter {
            id,
            owner: owner.clone(),
            kind,
            from: Party::Authority(to.clone()),
            to: Party::Persona(owner.clone()),
            subject,
            body,
            at: crate::Timestamp(0),
            case_number: case_number.clone(),
            can_reply: false,
            document: None,
            uploads: Vec::new(),
        };
        let sent = WorldLetter {
            from: Party::Persona(owner.clone()),
            to: Party::Authority(to.clone()),
            body: body.to_owned(),
            uploads: uploads.to_vec(),
            ..letter(
                world_letter_id(n),
                LetterKind::Sent,
                subject.to_owned(),
                String::new(),
            )
        };
        let receipt = letter(
            world_letter_id(n + 1),
            LetterKind::Receipt,
            format!("Kvittering: {subject}"),
            crate::letters::receipt_text(name, authority, subject, &case_number),
        );
        let reply = WorldLetter {
            can_reply: true,
            ..letter(
                // Numbered when it arrives.
                world_letter_id(0),
                LetterKind::Reply,
                format!("Svar: {subject}"),
                crate::letters::reply_text(name, authority, subject, &case_number),
            )
        };
        Ok(vec![
            Event::MessageSent {
                owner: owner.clone(),
                by: by.clone(),
                letter: Box::new(sent),
            },
            Event::LetterArrived {
                letter: Box::new(receipt),
            },
            Event::ReplyScheduled {
                after_seconds: i64::from(self.scenario().reply_delay_seconds),
                letter: Box::new(reply),
            },
        ])
    }
}
