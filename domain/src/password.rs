//! The NemID password rules (adgangskode), each broken rule reported on its own.

use crate::Cpr;

/// A rule a NemID password breaks. The message is the simulated service's Danish text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordRule {
    #[error("En adgangskode på 4 cifre må ikke være 4 ens cifre, fx 1111.")]
    FourEqualDigits,
    #[error("En adgangskode på 4 cifre må ikke være en række, fx 1234 eller 4321.")]
    FourDigitSequence,
    #[error("En adgangskode på 4 cifre må ikke være en del af dit CPR-nummer.")]
    FourDigitsInCpr,
    #[error("Adgangskoden skal være 4 cifre eller 6 til 40 tegn.")]
    WrongLength,
    #[error("En adgangskode på 6 til 40 tegn skal indeholde både bogstaver og tal.")]
    NeedsLettersAndDigits,
    #[error("Adgangskoden må ikke indeholde æ, ø eller å.")]
    DanishLetters,
    #[error("Adgangskoden må kun indeholde bogstaverne a-z og tal.")]
    OtherCharacters,
}

/// Checks `password` against the NemID rules for the person with `cpr`.
/// Returns every rule it breaks, in the order a learner should fix them.
pub fn check_password(password: &str, cpr: &Cpr) -> Result<(), Vec<PasswordRule>> {
    let mut broken = Vec::new();
    let len = password.chars().count();
    if len == 4 && password.chars().all(|c| c.is_ascii_digit()) {
        let d: Vec<i32> = password.bytes().map(|b| i32::from(b - b'0')).collect();
        if d.iter().all(|&x| x == d[0]) {
            broken.push(PasswordRule::FourEqualDigits);
        } else {
            let step = d[1] - d[0];
            if step.abs() == 1 && d.windows(2).all(|w| w[1] - w[0] == step) {
                broken.push(PasswordRule::FourDigitSequence);
            }
        }
        if cpr.digits().contains(password) {
            broken.push(PasswordRule::FourDigitsInCpr);
        }
    } else {
        if !(6..=40).contains(&len) {
            broken.push(PasswordRule::WrongLength);
        }
        let has_letter = password.chars().any(|c| c.is_ascii_alphabetic());
        let has_digit = password.chars().any(|c| c.is_ascii_digit());
        if len >= 6 && !(has_letter && has_digit) {
            broken.push(PasswordRule::NeedsLettersAndDigits);
        }
        if password.chars().any(|c| "æøåÆØÅ".contains(c)) {
            broken.push(PasswordRule::DanishLetters);
        }
        if password
            .chars()
            .any(|c| !c.is_ascii_alphanumeric() && !"æøåÆØÅ".contains(c))
        {
            broken.push(PasswordRule::OtherCharacters);
        }
    }
    if broken.is_empty() {
        Ok(())
    } else {
        Err(broken)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cpr() -> Cpr {
        Cpr::parse("420348-1236").unwrap()
    }

    #[test]
    fn good_passwords_pass() {
        assert_eq!(check_password("7913", &cpr()), Ok(()));
        assert_eq!(check_password("sommer2026", &cpr()), Ok(()));
        assert_eq!(
            check_password(&format!("a{}", "1".repeat(39)), &cpr()),
            Ok(())
        );
    }

    #[test]
    fn four_digit_passwords_follow_three_rules() {
        assert_eq!(
            check_password("1111", &cpr()),
            Err(vec![PasswordRule::FourEqualDigits])
        );
        assert_eq!(
            check_password("1234", &cpr()),
            Err(vec![PasswordRule::FourDigitSequence])
        );
        assert_eq!(
            check_password("6543", &cpr()),
            Err(vec![PasswordRule::FourDigitSequence])
        );
        assert_eq!(
            check_password("0348", &cpr()),
            Err(vec![PasswordRule::FourDigitsInCpr])
        );
        assert_eq!(
            check_password("1236", &cpr()),
            Err(vec![PasswordRule::FourDigitsInCpr])
        );
    }

    #[test]
    fn every_broken_rule_is_reported() {
        assert_eq!(
            check_password("abc", &cpr()),
            Err(vec![PasswordRule::WrongLength])
        );
        assert_eq!(
            check_password("blåbær", &cpr()),
            Err(vec![
                PasswordRule::NeedsLettersAndDigits,
                PasswordRule::DanishLetters
            ])
        );
        assert_eq!(
            check_password("hej med dig 1", &cpr()),
            Err(vec![PasswordRule::OtherCharacters])
        );
        assert_eq!(
            check_password(&"a1".repeat(21), &cpr()),
            Err(vec![PasswordRule::WrongLength])
        );
    }
}
