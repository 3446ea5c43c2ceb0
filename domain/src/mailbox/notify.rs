//! "Besked om ny post": the mailbox's notification settings (an e-mail address and/or a
//! mobile number), and the messages the world "sends" when a letter arrives in Indbakke.
//! Nothing leaves the practice world: the messages are shown on the persona's page.

use crate::event::Event;
use crate::ids::PersonaId;
use crate::letters::WorldLetter;
use crate::mailbox::model::{Notify, SentNotice};
use crate::refusal::Refusal;
use crate::world::World;

/// Messages kept per world (the oldest go first).
pub const MAX_NOTICES: usize = 30;

/// An e-mail address as a form would accept one: something@something.tld, at most 60
/// characters, no spaces.
fn check_email(email: &str) -> Result<String, Refusal> {
    let email = email.trim();
    let ok = email.len() <= 60
        && !email.contains(char::is_whitespace)
        && email.split_once('@').is_some_and(|(user, domain)| {
            !user.is_empty()
                && !domain.contains('@')
                && domain
                    .split_once('.')
                    .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty())
                && !domain.ends_with('.')
        });
    ok.then(|| email.to_owned()).ok_or(Refusal::EmailInvalid)
}

/// A Danish mobile number: 8 digits, spaces and a leading +45 allowed; kept as "12 34 56 78".
fn check_mobile(number: &str) -> Result<String, Refusal> {
    let digits: String = number.chars().filter(|c| !c.is_whitespace()).collect();
    let digits = digits.strip_prefix("+45").unwrap_or(&digits);
    if digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Refusal::MobileInvalid);
    }
    Ok(digits
        .as_bytes()
        .chunks(2)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" "))
}

impl World {
    /// The notification settings of `owner`'s mailbox.
    pub fn notify(&self, owner: &PersonaId) -> Notify {
        self.notify.get(owner).cloned().unwrap_or_default()
    }

    /// The messages "sent" to `persona` about new post, newest first.
    pub fn notices(&self, persona: &PersonaId) -> Vec<&SentNotice> {
        self.notices
            .iter()
            .rev()
            .filter(|n| &n.persona == persona)
            .collect()
    }

    /// "Gem": the settings, each checked (an empty field is no notification that way).
    pub(crate) fn notification_events(
        &self,
        owner: PersonaId,
        by: PersonaId,
        email: Option<&str>,
        sms: Option<&str>,
    ) -> Result<Vec<Event>, Refusal> {
        let email = email.map(check_email).transpose()?;
        let sms = sms.map(check_mobile).transpose()?;
        Ok(vec![Event::NotificationsChanged {
            owner,
            by,
            email,
            sms,
        }])
    }

    /// A letter arrived in its owner's Indbakke: a message to each address they gave.
    pub(crate) fn notify_new_post(&mut self, letter: &WorldLetter) {
        let settings = self.notify(&letter.owner);
        let from = self.party_name(&letter.from).to_owned();
        let to = [
            settings.sms.map(|n| format!("SMS til {n}")),
            settings.email.map(|e| format!("E-mail til {e}")),
        ];
        for to in to.into_iter().flatten() {
            if self.notices.len() >= MAX_NOTICES {
                self.notices.remove(0);
            }
            self.notices.push(SentNotice {
                persona: letter.owner.clone(),
                at: letter.at,
                to,
                from: from.clone(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_numbers_are_checked_and_tidied() {
        assert_eq!(
            check_email(" karen@eksempel.dk "),
            Ok("karen@eksempel.dk".into())
        );
        for bad in [
            "karen",
            "karen@",
            "@eksempel.dk",
            "karen@eksempel",
            "k@r@n.dk",
            "k aren@x.dk",
            "karen@x.",
        ] {
            assert_eq!(check_email(bad), Err(Refusal::EmailInvalid), "{bad}");
        }
        assert_eq!(check_mobile("+45 12345678"), Ok("12 34 56 78".into()));
        assert_eq!(check_mobile("12 34 56 78"), Ok("12 34 56 78".into()));
        for bad in ["1234567", "123456789", "12-34-56-78", "abcdefgh"] {
            assert_eq!(check_mobile(bad), Err(Refusal::MobileInvalid), "{bad}");
        }
    }
}
