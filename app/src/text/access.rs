//! Læseadgang, with the labels of `reference/domain.md`.

pub const TITLE: &str = "Læse- og skriveadgang";
pub const INTRO: &str = "Her kan du give en anden person adgang til at læse din Digital Post, eller bede om adgang til en andens. Du kan give adgang til hele postkassen eller kun til udvalgte mapper.";
pub const GIVE: &str = "Giv adgang";
pub const REQUEST: &str = "Anmod om adgang";
pub const GIVEN: &str = "Adgange du har givet";
pub const RECEIVED: &str = "Adgange du har fået";
pub const REQUESTS_TO_ME: &str = "Anmodninger til dig";
pub const MY_REQUESTS: &str = "Dine anmodninger, der venter på svar";
pub const NONE: &str = "Ingen anmodninger venter.";
pub const NONE_GIVEN: &str = "Du har ikke givet nogen adgang til din post.";
pub const NONE_RECEIVED: &str = "Du har ikke fået adgang til andres post.";
pub const HELPER: &str = "Hjælper";
pub const OWNER: &str = "Postkassens ejer";
pub const LEVEL: &str = "Adgang";
pub const SCOPE: &str = "Mapper";
pub const END_DATE: &str = "Slutdato";
pub const NO_END: &str = "Ingen (til adgangen fjernes)";
pub const ACTIONS: &str = "Handlinger";
pub const REMOVE: &str = "Fjern adgang";
pub const OPEN_MAILBOX: &str = "Åbn postkassen";
pub const APPROVE: &str = "Godkend";
pub const REJECT: &str = "Afvis";
pub const GIVE_INTRO: &str = "Skriv navn og CPR-nummer på den person, der skal hjælpe dig. Vælg hvad personen må, og hvilke mapper personen må se. Til sidst godkender du med en nøgle fra dit nøglekort.";
pub const REQUEST_INTRO: &str = "Skriv navn og CPR-nummer på den person, hvis post du vil hjælpe med at læse. Personen får besked i sin Digital Post og skal godkende din anmodning.";
pub const WHO_HELPS: &str = "Hvem skal have adgang?";
pub const WHOSE_POST: &str = "Hvis post vil du læse?";
pub const FULL_NAME: &str = "Fulde navn";
pub const CPR: &str = "CPR-nummer";
pub const CPR_HINT: &str =
    "Den anden øvepersons CPR-nummer, fx 010203-1234. Skriv aldrig et rigtigt CPR-nummer.";
pub const SCOPE_QUESTION: &str = "Hvad må personen se?";
pub const WHOLE: &str = "Hele postkassen";
pub const CHOSEN_FOLDERS: &str = "Udvalgte mapper";
pub const FOLDERS_HINT: &str =
    "Sæt kryds ved de mapper, personen må se (kun når du har valgt Udvalgte mapper).";
pub const END_DATE_FIELD: &str = "Slutdato (valgfri)";
pub const END_DATE_HINT: &str = "Adgangen stopper efter denne dag. Lad feltet være tomt, hvis adgangen skal gælde, til du fjerner den.";
pub const NEXT: &str = "Næste";
pub const SEND_REQUEST: &str = "Send anmodning";
pub const SIGN_TITLE: &str = "Godkend med NemID";
pub const SIGN_INTRO: &str = "Tjek oplysningerne. Godkend derefter med en nøgle fra dit nøglekort, ligesom når du logger på.";
pub const SIGN: &str = "Underskriv";
pub const CANCEL: &str = "Afbryd";
pub const NOTHING_TO_SIGN: &str = "Der er ikke noget at godkende lige nu.";

/// The confirmation after an action, by the `besked` in the address.
pub fn notice(notice: crate::notice::Notice) -> Option<&'static str> {
    use crate::notice::Notice as N;
    Some(match notice {
        N::Given => "Adgangen er givet. Hjælperen har fået et brev i sin Digital Post.",
        N::Removed => "Adgangen er fjernet. Begge har fået et brev om det.",
        N::Requested => "Din anmodning er sendt. Personen har fået et brev i sin Digital Post.",
        N::Rejected => "Anmodningen er afvist. Personen har fået et brev om det.",
        N::Cancelled => "Du afbrød godkendelsen. Der er ikke givet nogen adgang.",
        _ => return None,
    })
}
