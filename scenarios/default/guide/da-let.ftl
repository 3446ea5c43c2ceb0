### The guide's own words in Let dansk (easy Danish) (da-let): the exercise panel, the catalogue, the result page and the certificate
### produced-by: machine draft (AI language model) from the Danish and English texts, 2026-12-02
### reviewed: no

language_name = Let dansk
panel = Øvelse
story = Læs historien
step = Trin { $n } af { $total }
show_hint = Vis et tip
hide_panel = Skjul vejledningen
show_panel = Vis vejledningen
hint = Tip
skip = Spring trinnet over
stop = Stop øvelsen
finished = Du har klaret alle trin.
see_result = Se dit resultat
catalogue = Øvelser
catalogue_intro = Vælg en øvelse. Først læser du en kort historie. Så får du ét trin ad gangen. Du kan få hjælp undervejs. Øvelsen kan selv se, når du har gjort det, den beder om.
start = Start
minutes = min.
level_begynder = Begynder
level_oevet = Øvet
audience_borger = For borgere
audience_hjaelper = For hjælpere
audience_underviser = For undervisere
theme_nemid = NemID og MitID
theme_digital_post = Digital Post
theme_help = Hjælp til andre
theme_security = Sikkerhed
start_note = Når du starter en øvelse, begynder alt forfra i en ny øveverden. Det, du gjorde før, er væk.
done_title = Godt gået!
done_text = Du er færdig med øvelsen
alone = Trin, du klarede uden hjælp: { $n } af { $total }
nickname = Kaldenavn (hvis du vil)
nickname_hint = Du kan skrive et kaldenavn. Så står det på beviset. Du behøver ikke skrive dit rigtige navn.
certificate = Kursusbevis
make_certificate = Lav kursusbevis
print = Udskriv
print_hint = Du udskriver med menuen i browseren (programmet, du bruger til internettet). Tryk Ctrl+P. På en Mac trykker du Cmd+P.
certificate_text = har gennemført øvelsen
date = Dato
language = Sprog
change_language = Skift sprog
stopped = Øvelsen er stoppet.
other_exercises = Vælg en ny øvelse
no_exercise = Du er ikke i gang med en øvelse. Vælg en øvelse først.
learner = En deltager
read_aloud = Læs op
no_voice = Der er ingen stemme på dit sprog. Lyt til teksten på dansk i stedet:

# Safety drills: the debrief and each drill's signs.
drill_title = Hvad skete der?
drill_intro = Det sker for mange. Her er tegnene.
drill_fooled = Du skrev noget på den falske side. I det virkelige liv kunne svindlere nu have dine oplysninger. Her i øvelsen gemmer vi intet. Vi gemmer ikke det, du skrev. Vi gemmer heller ikke, at det var dig.
drill_spotted = Godt set! Du slettede beskeden. Du skrev ikke noget.
drill_opened = Du klikkede på linket. Men du skrev ikke noget. Klik aldrig på links i sådan en besked.
drill_waiting = Beskeden er stadig på telefonen. Se tegnene. Slet så beskeden.
drill_message = Beskeden, du fik
drill_signs = Tegnene
drill_next = Næste gang
drill_next_1 = Klik ikke på linket. Slet beskeden. Eller rapportér den som svindel.
drill_next_2 = Er du i tvivl? Så find selv telefonnummeret på borger.dk eller skat.dk. Ring så til dem.
drill_next_3 = Det offentlige skriver til dig i Digital Post. De spørger aldrig efter dit bruger-id, din adgangskode eller en kode. Hverken i en SMS eller i en e-mail.
drill_back = Tilbage til øvelsen
drill-skat-sms-sign-1 = Afsenderen er et navn. Det er ikke et nummer fra Skattestyrelsen. Og beskeden haster: "inden 24 timer".
drill-skat-sms-sign-2 = Linket går ikke til skat.dk. Det går til en adresse, der ligner.
drill-skat-sms-sign-3 = Dansken er mærkelig. Der er stavefejl.
drill-skat-sms-sign-4 = Du skal logge på for at "få pengene". Det beder Skat aldrig om i en SMS.
drill-post-fuld-sign-1 = Afsenderen ligner Digital Post. Men Digital Post sender ikke e-mails med links, du skal logge på fra.
drill-post-fuld-sign-2 = Linket går ikke til borger.dk. Det går til en anden adresse.
drill-post-fuld-sign-3 = E-mailen truer dig. Den siger, at dine breve bliver slettet. Den siger, at du kun har 48 timer.
drill-post-fuld-sign-4 = Digital Post kan ikke blive fuld. Du skal aldrig logge på for at gøre den større.
# A phone call (the fake MitID approval): the debrief's own words and the call's signs.
drill_call_fooled = Du godkendte anmodningen. I det virkelige liv var svindleren nu logget på som dig. Her i øvelsen skete der ingenting.
drill_call_spotted = Godt set! Du sagde nej til anmodningen i MitID-appen.
drill_call_waiting = Anmodningen venter stadig i MitID-appen. Læg på. Afvis så anmodningen.
drill_call_ignored = Du godkendte ikke anmodningen. Den udløb. Ingen blev logget på som dig. Næste gang: Afvis den med det samme.
drill_call_message = Opkaldet, du fik
drill_call_request = MitID-appen: en anmodning om at logge på. Du har ikke selv startet den.
drill_call_next_1 = Læg på. Nogen ringer og beder dig godkende? Så skal du aldrig godkende noget i MitID-appen.
drill_call_next_3 = Godkend kun i MitID-appen, når du selv logger på. Du skal også kunne se, hvor du logger på.
drill-opkald-borgerservice-sign-1 = Et nummer, du ikke kender, ringer. Personen siger, at det er Borgerservice. Men Borgerservice ringer ikke og beder dig godkende noget.
drill-opkald-borgerservice-sign-2 = Der kommer en anmodning i MitID-appen. Men du er ikke selv ved at logge på. Det er svindleren. Svindleren prøver at logge på som dig.
drill-opkald-borgerservice-sign-3 = Det haster. Og de truer dig: Dit MitID bliver "spærret i dag".
drill-opkald-borgerservice-sign-4 = De beder dig godkende. Godkender du? Så kan svindleren logge på som dig. Så kan svindleren fx tage et lån eller læse din post.
drill_reported = Godt set! Du rapporterede beskeden som svindel. Du skrev ikke noget.
drill_ignored = Du lod beskeden være. Du klikkede ikke på linket. Det er også rigtigt. Fristen gik, og der skete ingenting.
# The result page: how each drill of the exercise ended.
drill_result_spotted = Klaret: Du blev ikke snydt.
drill_result_fooled = Snydt: Det sker for mange. Her i øvelsen skete der ingenting.
drill_result_link = Se tegnene
# "Kig væk": the box under the step while a helper sits next to the owner.
watch_title = Kig væk
watch_ask = Du sidder ved siden af den, du hjælper. Hun skal selv skrive sin adgangskode. Hun skal også selv skrive sine koder og sin PIN. Kig væk, før hun skriver.
watch_away = Du kigger væk. Nu skriver hun selv sine koder. Du må ikke kende dem.
watch_away_button = Jeg kigger væk
watch_back_button = Jeg kigger igen
watch_saw = Du kiggede, da hun skrev en kode. Log af. Prøv så igen. Kig væk, før hun skriver.
watch_done = Godt. Hun loggede på. Du så ikke hendes koder.
watch_right_way = Skal du hjælpe hende mange gange? Så brug læseadgang (lov til at læse hendes post) eller en fuldmagt (lov til at gøre ting for hende). Det er den rigtige vej. Du logger på med dit eget login. Du behøver ikke kende hendes koder.
# Forsiden (/) og "Om øvemiljøet" (/om).
landing_title = Øv dig på nettet
landing_intro = Her kan du øve dig. Du kan ikke gøre noget forkert. Du får din egen øvelse. Personerne i den er ikke rigtige. Ingen andre kan se den.
landing_can = Du kan øve dig i at:
landing_item_1 = logge på med NemID og et nøglekort – eller med MitID
landing_item_2 = læse Digital Post og lægge breve i mapper
landing_item_3 = lade en hjælper læse din post (læseadgang)
landing_item_4 = lade en anden handle for dig (fuldmagt)
landing_item_5 = se, når en besked eller et opkald er falsk
landing_nothing = Det, du gør her, sker ikke i virkeligheden. Du kan altid starte forfra.
landing_lifetime = Din øvelse bliver gemt, mens du bruger den. Bruger du den ikke i { $idle }, bliver den slettet. Du får besked { $warning } før. Efter { $absolute } bliver den altid slettet.
landing_start = Start øvelse
landing_ended = Din øvelse er slut. Alt i den er slettet. Du kan starte en ny.
landing_guided = Vil du have hjælp undervejs?
landing_guided_link = Vælg en øvelse med hjælp
landing_languages = Vejledning på dit sprog
landing_join = Deltag i et hold
landing_teacher = For undervisere
span_hours = { $n ->
    [one] { $n } time
   *[other] { $n } timer
}
span_minutes = { $n ->
    [one] { $n } minut
   *[other] { $n } minutter
}
span_seconds = { $n ->
    [one] { $n } sekund
   *[other] { $n } sekunder
}
about_title = Om øvemiljøet
about_1 = Demoborger er et sted at øve sig. Det er for borgere, hjælpere, bydelsmødre og it-undervisere.
about_2 = Alt er opdigtet. CPR-numrene findes ikke i virkeligheden. Der bliver ikke sendt breve. Ingen myndighed får noget at vide.
about_3 = Din øvelse er kun din. Den bliver slettet, når du ikke har brugt den i { $idle }. Den bliver også slettet, når den er { $absolute } gammel, eller når du trykker på "Afslut øvelse".
about_4 = Vi bruger kun de cookies, vi skal bruge. De husker et tilfældigt nummer for din øvelse. Der er ingen reklamer. Vi giver ikke data til andre.

## The library kiosk (the start page, and "Er du her stadig?")
kiosk_note = Denne computer er til at øve på. Når du går, bliver din øvelse slettet efter nogle minutter. Så ser den næste den ikke.
kiosk_ended = Øvelsen er slut. Alt i den er slettet. Nu kan den næste starte.
kiosk_still_here = Er du her stadig?
kiosk_explain = Du har ikke gjort noget i et stykke tid. Når tiden er gået, slutter øvelsen. Så bliver alt i den slettet.
kiosk_seconds_left = sekunder tilbage
kiosk_keep = Ja, fortsæt
kiosk_seconds = { $n ->
    [one] Øvelsen slutter om { $n } sekund.
   *[other] Øvelsen slutter om { $n } sekunder.
}
