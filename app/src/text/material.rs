//! "Eget materiale": the teacher's own letters and exercises for the hold.

pub const TITLE: &str = "Eget materiale";
pub const LINK: &str = "Eget materiale";
pub const INTRO: &str = "Skriv et brev og en øvelse om det til dit hold – eller upload en fil, du har gemt før. Du ser det hele, før du sender det. Alt her er opdigtet, og det slettes, når holdet slutter, medmindre du henter det med \"Download\".";
pub const NO_REAL: &str = "Skriv aldrig rigtige navne, CPR-numre eller adresser.";

pub const PREVIEW_HEADING: &str = "Forhåndsvisning";
pub const PREVIEW_INTRO: &str = "Sådan ser brevet og øvelsen ud for deltagerne. Ret i formularen nedenfor og tryk \"Vis forhåndsvisning\" igen, eller send det til holdet.";
pub const PREVIEW_FROM_FILE: &str =
    "Materialet kom fra en fil. Vil du ændre det, så ret i filen og upload den igen.";
pub const LETTER_TO: &str = "Brevet går til";
pub const LETTERS: &str = "Brev";
pub const EXERCISE: &str = "Øvelse";
pub const STEP: &str = "Trin";
pub const HINTS: &str = "Hints";
pub const CAN_REPLY_YES: &str = "Brevet kan besvares.";
pub const CAN_REPLY_NO: &str = "Brevet kan ikke besvares.";
pub const ATTACHMENT: &str = "Bilag";
pub const SEND: &str = "Send til holdet";
pub const SEND_HINT: &str = "Brevene kommer i deltagernes Digital Post med det samme. Øvelsen bliver holdets næste øvelse: deltagerne får den, når de er færdige med den, de er i gang med, og nye deltagere starter i den. En deltager i fri øvelse starter i den, når du trykker \"Nulstil\" ud for navnet.";
pub const DOWNLOAD: &str = "Download";
pub const DOWNLOAD_HINT: &str = "Gem filen, så kan du uploade den til et nyt hold næste gang.";
pub const SENT: &str = "Sendt til holdet:";
pub const CURRENT: &str = "Holdet har dette materiale:";

pub const WRITE_HEADING: &str = "Skriv selv";
pub const NAME: &str = "Navn på materialet";
pub const NAME_HINT: &str = "Fx \"Forældremøde\". Kun du ser navnet – og filen, du henter.";
pub const LETTER_LEGEND: &str = "Brevet";
pub const SENDER: &str = "Afsender";
pub const NEW_SENDER_OPTION: &str = "En ny afsender (skriv navnet nedenfor)";
pub const NEW_SENDER: &str = "Den nye afsenders navn";
pub const NEW_SENDER_HINT: &str = "Fx \"Bakkeskolen\". Kun hvis du valgte en ny afsender.";
pub const TO: &str = "Til";
pub const SUBJECT: &str = "Emne";
pub const BODY: &str = "Brevets tekst";
pub const BODY_HINT: &str = "60–400 ord, som et rigtigt brev. Tomme linjer deler teksten i afsnit.";
pub const CAN_REPLY: &str = "Brevet kan besvares (knappen \"Besvar\")";
pub const ATTACHMENT_FIELD: &str = "Bilag som PDF (valgfrit)";
pub const ATTACHMENT_HINT: &str =
    "Skriv bilagets titel, fx \"Dagsorden\". Demoborger laver PDF'en ud fra brevet.";
pub const EXERCISE_LEGEND: &str = "Øvelsen (valgfri)";
pub const EXERCISE_HINT: &str = "Lad titlen stå tom, hvis du kun vil sende brevet.";
pub const EX_TITLE: &str = "Øvelsens titel";
pub const EX_DESCRIPTION: &str = "Kort beskrivelse";
pub const EX_STORY: &str = "Historien";
pub const EX_STORY_HINT: &str =
    "Hvem er det, og hvad vil de? Fx \"Amina har fået et brev fra skolen.\"";
pub const STEP_KIND: &str = "Hvad skal deltageren gøre?";
pub const NO_STEP: &str = "– intet trin –";
pub const FOLDER: &str = "Mappens navn (ved \"Opret en mappe\")";
pub const HELPER: &str = "Hvem får læseadgang? (ved \"Giv en anden læseadgang\")";
pub const INSTRUCTION: &str = "Opgaven, som deltageren ser";
pub const HINTS_SUMMARY: &str = "Hints (valgfrit)";
pub const OPTIONAL: &str = "valgfrit";
pub const HINT_HELP: &str =
    "Tre hints: et lille puf, et peg på knappen, og \"vis mig\". Tomme hints får et standard-hint.";
pub const PREVIEW: &str = "Vis forhåndsvisning";
pub const LIVE_HEADING: &str = "Sådan ser det ud lige nu";
pub const LIVE_NO_SUBJECT: &str = "(Brevet har intet emne endnu)";

pub const UPLOAD_HEADING: &str = "Upload en fil";
pub const UPLOAD_INTRO: &str = "En fil, du har hentet med \"Download\", eller en, du har skrevet selv i samme format som Demoborgers egne filer.";
pub const FILE: &str = "Fil med eget materiale (.toml)";
pub const UPLOAD: &str = "Upload";
pub const EXAMPLE: &str = "Hent et eksempel på en fil";
pub const NO_FILE: &str = "Vælg en fil.";
pub const NOT_TEXT: &str = "Filen er ikke en tekstfil (UTF-8). Gem den som tekst og prøv igen.";

pub const OTHER_SUMMARY: &str = "Øvelsen på et andet sprog (valgfrit)";
pub const OTHER_HINT: &str = "Vejledningen kan vise øvelsen på deltagernes eget sprog. Skriv titlen, beskrivelsen, historien og opgaverne på det sprog; hints bliver på dansk. Flere sprog kan komme med en fil.";
pub const OTHER_LANG: &str = "Sprog";
pub const NO_LANG: &str = "– intet andet sprog –";
pub const OTHER_TITLE: &str = "Øvelsens titel på sproget";
pub const OTHER_DESCRIPTION: &str = "Kort beskrivelse på sproget";
pub const OTHER_STORY: &str = "Historien på sproget";
pub const ALSO_IN: &str = "Også på";
