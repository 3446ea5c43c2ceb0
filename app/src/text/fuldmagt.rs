//! Digital fuldmagt and the self-services used with it, labels from `reference/domain.md`.

pub const TITLE: &str = "Digital fuldmagt";
pub const MUST_LOG_IN: &str = "Log på for at give, se eller bruge en digital fuldmagt.";
pub const INTRO: &str = "Med en digital fuldmagt kan en anden person handle på dine vegne i de selvbetjeninger, du vælger – fx skifte læge eller anmelde flytning. Du kan også bede om fuldmagt fra en anden.";
pub const GIVE: &str = "Giv fuldmagt";
pub const REQUEST: &str = "Anmod om fuldmagt";
pub const GIVEN: &str = "Fuldmagter jeg har givet";
pub const RECEIVED: &str = "Fuldmagter jeg har fået";
pub const REQUESTS_TO_ME: &str = "Anmodninger om fuldmagt til dig";
pub const MY_REQUESTS: &str = "Dine anmodninger, der venter på svar";
pub const NONE: &str = "Ingen.";
pub const PAPER_LINK: &str = "Udskriv blanket til underskrift på papir";
pub const PAPER_TITLE: &str = "Anmodning om fuldmagt på papir";
pub const PAPER_NONE: &str = "Anmodningen findes ikke længere.";
pub const PAPER_INTRO: [&str; 2] = [
    "Kan den, der skal give fuldmagten, ikke bruge NemID, kan anmodningen skrives under på papir. Udskriv blanketten, og lad fuldmagtsgiveren skrive under med sin egen hånd.",
    "Blanketten afleveres i Borgerservice. Her tjekker en betroet medarbejder fuldmagtsgiverens legitimation og registrerer svaret – så gælder fuldmagten.",
];
pub const PAPER_SHEET: &str = "Fuldmagt – underskrift på papir";
pub const PAPER_DATE: &str = "Dato:";
pub const PAPER_SIGNATURE: &str = "Fuldmagtsgivers underskrift:";
pub const PAPER_MARK: &str = "ØVEBLANKET – gælder kun i øvemiljøet";
/// The giver's statement on the paper form.
pub fn paper_statement(holder: &str) -> String {
    format!(
        "Jeg giver hermed {holder} fuldmagt til at handle på mine vegne i de områder, der står ovenfor, så længe fuldmagten gælder."
    )
}
pub const HOLDER: &str = "Fuldmagtshaver";
pub const WHAT: &str = "Du underskriver";
pub const REQUEST_SIGNED: &str =
    "En anmodning om fuldmagt. Fuldmagtsgiveren får den i Digital Post og skal selv godkende den.";
pub const GIVER: &str = "Fuldmagtsgiver";
pub const AREAS: &str = "Områder";
pub const VALID_UNTIL: &str = "Gyldig til";
pub const UNTIL_DELETED: &str = "Indtil den slettes";
pub const UNTIL_DATE: &str = "Til en bestemt dato";
pub const HOW_LONG: &str = "Hvor længe skal fuldmagten gælde?";
pub const DELETE: &str = "Slet fuldmagt";
pub const DELETE_QUESTION: &str = "Vil du slette fuldmagten?";
pub const DELETE_EXPLAIN: &str = "Fuldmagten ophører med det samme, og den anden part får et brev om det. Det kan ikke fortrydes.";
pub const DELETE_CONFIRM: &str = "Ja, slet fuldmagten";
pub const DELETE_CANCEL: &str = "Nej, behold den";
pub const APPROVE: &str = "Godkend";
pub const REJECT: &str = "Afvis";
pub const ACTIONS: &str = "Handlinger";
pub const WHO_GETS: &str = "Hvem skal have fuldmagten?";
pub const WHO_GIVES: &str = "Hvem skal give dig fuldmagt?";
pub const CHOOSE_AREAS: &str = "Vælg områder";
pub const AREAS_HINT: &str = "Sæt kryds ved de selvbetjeninger, fuldmagten skal gælde for.";
/// Help: the kinds of fuldmagt a learner hears about, in plain words.
pub const HELP_KINDS: &str = "Hvad er forskellen på en digital fuldmagt og en generalfuldmagt?";
pub const HELP_KINDS_TEXT: [&str; 4] = [
    "En digital fuldmagt gælder kun de områder, der er valgt – fx »Skift læge« eller »Flytning« – og kun i de offentlige selvbetjeninger, der bruger den. Den gives og underskrives her, og den kan slettes igen når som helst.",
    "En generalfuldmagt er et dokument på papir, som giver en anden lov til at handle for en i næsten alt – også uden for det offentlige, fx i banken. Den skal være skriftlig og underskrevet, og en advokat eller to vitterlighedsvidner skal bekræfte underskriften. Med en generalfuldmagt, der dækker alt uden undtagelser, kan man bede om digitale fuldmagter her.",
    "En fremtidsfuldmagt er noget tredje: den træder først i kraft, hvis man ikke længere selv kan træffe beslutninger, og den skal bekræftes hos en notar.",
    "En fuldmagt er heller ikke det samme som læseadgang til Digital Post. Med læseadgang kan hjælperen læse posten – men ikke handle for en.",
];
pub const GIVE_INTRO: &str = "Skriv navn og CPR-nummer på den person, der skal kunne handle for dig. Vælg områder og hvor længe. Til sidst ser du et overblik og underskriver med en nøgle fra dit nøglekort.";
pub const REQUEST_INTRO: &str = "Skriv navn og CPR-nummer på den person, du vil hjælpe. Til sidst ser du et overblik og underskriver anmodningen med en nøgle fra dit nøglekort. Personen får et brev i Digital Post og skal godkende. Kan personen ikke selv bruge Digital Post, kan en betroet medarbejder i kommunen svare for personen.";
pub const NEXT: &str = "Næste";
pub const USE_IT: &str = "Brug fuldmagten:";
pub const CASES: &str = "Sager: anmodninger til borgere uden digital adgang";
pub const CASES_INTRO: &str = "Borgerne på listen kan ikke selv svare digitalt. Kontrollér borgerens identitet (fx med sundhedskort eller pas), før du godkender eller afviser på borgerens vegne.";
pub const NO_CASES: &str = "Der er ingen sager lige nu.";
pub const IDENTITY: &str = "Jeg har kontrolleret borgerens identitet";
pub const FOR_CITIZEN: &str = "Borger";
pub const FROM: &str = "Fra";
// Self-services.
pub const DOCTOR_TITLE: &str = "Skift læge";
pub const DOCTOR_INTRO: &str = "Vælg en ny læge. Du kan skifte for dig selv, eller for en person, der har givet dig fuldmagt til \"Skift læge\".";
pub const ON_BEHALF: &str = "Hvem skifter du læge for?";
pub const MOVE_ON_BEHALF: &str = "Hvem flytter?";
pub const MYSELF: &str = "Mig selv";
pub const CURRENT_DOCTOR: &str = "Nuværende læge";
pub const NEW_DOCTOR: &str = "Vælg ny læge";
pub const DOCTOR_BUTTON: &str = "Skift læge";
pub const MOVE_TITLE: &str = "Flytning";
pub const MOVE_INTRO: &str = "Anmeld en flytning. Du kan anmelde for dig selv, eller for en person, der har givet dig fuldmagt til \"Flytning\".";
pub const CURRENT_ADDRESS: &str = "Nuværende adresse";
pub const NEW_ADDRESS: &str = "Ny adresse";
pub const NEW_ADDRESS_HINT: &str = "Vej og husnummer, postnummer og by, fx Nyvej 4, 5000 Odense C";
pub const MOVE_BUTTON: &str = "Anmeld flytning";
pub const OVERVIEW_PEOPLE: &str = "Oplysninger";
pub const DOCTOR_DONE: &str = "Lægen er skiftet. Der er sendt en kvittering til Digital Post.";
pub const MOVE_DONE: &str = "Flytningen er anmeldt. Der er sendt en kvittering til Digital Post.";

/// The confirmation after an action, by the `besked` in the address.
pub fn notice(notice: crate::notice::Notice) -> Option<&'static str> {
    use crate::notice::Notice as N;
    Some(match notice {
        N::Given => "Fuldmagten er givet. Fuldmagtshaveren har fået et brev i Digital Post.",
        N::Deleted => "Fuldmagten er slettet. Den anden part har fået et brev om det.",
        N::Requested => "Din anmodning er sendt. Personen har fået et brev i Digital Post.",
        N::Rejected => "Anmodningen er afvist. Personen har fået et brev om det.",
        N::Cancelled => "Du afbrød underskriften. Der er ikke givet nogen fuldmagt.",
        N::DoctorChanged => DOCTOR_DONE,
        N::Moved => MOVE_DONE,
        _ => return None,
    })
}
