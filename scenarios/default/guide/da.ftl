### The guide's own words in Dansk (da): the exercise panel, the catalogue,
### the result page and the certificate. The service itself stays in Danish.
### produced-by: Demoborger's developers, the original text
### reviewed: source

language_name = Dansk
panel = Øvelse
story = Læs historien
step = Trin { $n } af { $total }
show_hint = Vis hint
hide_panel = Skjul vejledning
show_panel = Vis vejledning
hint = Hint
skip = Spring trin over
stop = Stop øvelsen
finished = Du har klaret alle trinene.
see_result = Se dit resultat
catalogue = Øvelser
catalogue_intro = Vælg en øvelse. Du får en kort historie og et trin ad gangen, og du kan få hjælp undervejs. Øvelsen kan se, når du har gjort det, den beder om.
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
start_note = Når du starter en øvelse, får du en ny øveverden. Det, du har gjort i den gamle, forsvinder.
done_title = Godt gået!
done_text = Du har gennemført øvelsen
alone = Trin klaret uden hjælp: { $n } af { $total }
nickname = Kaldenavn (valgfrit)
nickname_hint = Skriv et kaldenavn, hvis du vil have det på beviset. Du behøver ikke skrive dit rigtige navn.
certificate = Kursusbevis
make_certificate = Lav kursusbevis
print = Udskriv
print_hint = Udskriv med browserens menu: Ctrl+P (Cmd+P på Mac).
certificate_text = har gennemført øvelsen
date = Dato
language = Sprog
change_language = Skift sprog
stopped = Øvelsen er stoppet.
other_exercises = Vælg en ny øvelse
no_exercise = Der er ingen øvelse i gang. Vælg en øvelse først.
learner = En deltager
read_aloud = Læs op
no_voice = Der er ingen stemme på dit sprog. Lyt til den danske tekst i stedet:

# Safety drills: the debrief (app/src/drill/page.rs) and each drill's signs.
drill_title = Hvad skete der?
drill_intro = Det sker for mange. Her er tegnene.
drill_fooled = Du skrev noget på den falske side. I virkeligheden kunne svindlere nu have dine oplysninger. Her i øvelsen er intet gemt – hverken det, du skrev, eller at det var dig.
drill_spotted = Godt set! Du slettede beskeden uden at skrive noget.
drill_opened = Du klikkede på linket, men skrev ikke noget. Klik aldrig på links i beskeder som denne.
drill_waiting = Beskeden ligger stadig på telefonen. Slet den, når du har set tegnene.
drill_message = Beskeden, du fik
drill_signs = Tegnene
drill_next = Næste gang
drill_next_1 = Klik ikke på linket. Slet beskeden, eller rapportér den som svindel.
drill_next_2 = Er du i tvivl, så find selv telefonnummeret på borger.dk eller skat.dk, og ring.
drill_next_3 = Myndigheder skriver til dig i Digital Post. De beder aldrig om dit bruger-id, din adgangskode eller en kode i en SMS eller e-mail.
drill_back = Tilbage til øvelsen
drill-skat-sms-sign-1 = Afsenderen er et navn, ikke et nummer fra Skattestyrelsen. Og beskeden haster: "inden 24 timer".
drill-skat-sms-sign-2 = Linket går ikke til skat.dk, men til en adresse, der ligner.
drill-skat-sms-sign-3 = Dansken er mærkelig, og der er stavefejl.
drill-skat-sms-sign-4 = Du skal logge på for at "få pengene". Det beder Skat aldrig om i en SMS.
drill-post-fuld-sign-1 = Afsenderen er en e-mailadresse, der ligner Digital Post. Men Digital Post sender ikke e-mails med links, du skal logge på fra.
drill-post-fuld-sign-2 = Linket går ikke til borger.dk, men til en anden adresse.
drill-post-fuld-sign-3 = E-mailen truer: dine breve bliver slettet, og du har kun 48 timer.
drill-post-fuld-sign-4 = Digital Post kan ikke blive fuld. Du skal aldrig logge på for at "udvide" den.
# A phone call (the fake MitID approval): the debrief's own words and the call's signs.
drill_call_fooled = Du godkendte anmodningen. I virkeligheden ville svindleren nu være logget på som dig. Her i øvelsen skete der ingenting.
drill_call_spotted = Godt set! Du afviste anmodningen i MitID-appen.
drill_call_waiting = Anmodningen venter stadig i MitID-appen. Læg på, og afvis den.
drill_call_ignored = Du godkendte ikke anmodningen. Den udløb, og ingen blev logget på som dig. Næste gang: afvis den med det samme.
drill_call_message = Opkaldet, du fik
drill_call_request = MitID-appen: en anmodning om at logge på, som du ikke selv startede
drill_call_next_1 = Læg på. Godkend aldrig noget i MitID-appen, fordi nogen ringer og beder om det.
drill_call_next_3 = Godkend kun i MitID-appen, når du selv er ved at logge på og kan se, hvor du logger på.
drill-opkald-borgerservice-sign-1 = Et nummer, du ikke kender, ringer og siger, at det er Borgerservice. Borgerservice ringer ikke og beder dig om at godkende noget.
drill-opkald-borgerservice-sign-2 = Der kommer en anmodning i MitID-appen, selvom du ikke selv er ved at logge på. Det er svindleren, der prøver at logge på som dig.
drill-opkald-borgerservice-sign-3 = Det haster, og der er en trussel: dit MitID bliver "spærret i dag".
drill-opkald-borgerservice-sign-4 = Du bliver bedt om at godkende. Godkender du, kan svindleren logge på som dig – og fx tage et lån eller læse din post.
drill_reported = Godt set! Du rapporterede beskeden som svindel uden at skrive noget.
drill_ignored = Du lod beskeden være og klikkede ikke på linket. Det er også rigtigt: fristen gik, og der skete ingenting.
# The result page: how each drill of the exercise ended.
drill_result_spotted = Klaret: du lod dig ikke snyde.
drill_result_fooled = Snydt: det sker for mange. Her i øvelsen skete der ingenting.
drill_result_link = Se, hvad der afslørede den
# "Kig væk": the box under the step while a helper sits next to the owner.
watch_title = Kig væk
watch_ask = Du sidder ved siden af den, du hjælper. Hun skal selv skrive sin adgangskode, sine koder og sin PIN. Kig væk, før hun skriver.
watch_away = Du kigger væk. Nu skriver hun selv sine koder. Du må ikke kende dem.
watch_away_button = Jeg kigger væk
watch_back_button = Jeg kigger igen
watch_saw = Du kiggede med, da hun skrev en kode. Log af, og prøv igen. Kig væk, før hun skriver.
watch_done = Godt. Hun loggede på, og du så ikke hendes koder.
watch_right_way = Skal du hjælpe hende igen og igen? Så er læseadgang eller en fuldmagt den rigtige vej. Du logger på med dit eget login og kan læse hendes post eller handle for hende – uden at kende hendes koder.
# The landing page (/) and "Om øvemiljøet" (/om), in the guide's language. The button and
# link texts are the guide's own (the service itself stays Danish).
landing_title = Øv dig i digital selvbetjening
landing_intro = Her kan du øve dig i det offentlige digitale Danmark uden at være bange for at lave fejl. Du får din egen øvelse med opdigtede personer, som ingen andre kan se.
landing_can = Du kan øve dig i at:
landing_item_1 = logge på med NemID og et nøglekort af papir – eller med MitID
landing_item_2 = læse Digital Post og sortere brevene i mapper
landing_item_3 = give en hjælper læseadgang til din post
landing_item_4 = give eller bede om en digital fuldmagt
landing_item_5 = genkende falske beskeder og opkald
landing_nothing = Intet af det, du gør her, har betydning i virkeligheden. Du kan altid starte forfra.
landing_lifetime = Din øvelse gemmes, så længe du bruger den. Bruger du den ikke i { $idle }, slettes den – du får besked { $warning } før. Efter { $absolute } slettes den under alle omstændigheder.
landing_start = Start øvelse
landing_ended = Din øvelse er afsluttet, og alt i den er slettet. Du kan starte en ny, når du vil.
landing_guided = Vil du have en opgave med hjælp undervejs?
landing_guided_link = Vælg en guidet øvelse
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
about_1 = Demoborger er et øvemiljø for dem, der vil lære den offentlige digitale selvbetjening at kende: borgere, hjælpere, bydelsmødre og it-undervisere.
about_2 = Alt er opdigtet. CPR-numrene har en dag mellem 32 og 60 i måneden, så de kan aldrig tilhøre en rigtig person. Ingen breve sendes, og ingen myndighed får noget at vide.
about_3 = Hver øvelse er privat. Den gemmes kun i serverens hukommelse og slettes, når den har været ubrugt i { $idle }, når den er { $absolute } gammel, eller når du trykker på "Afslut øvelse".
about_4 = Vi bruger kun nødvendige cookies: et tilfældigt nummer for din øvelse (og for dit hold eller din øvetelefon, hvis du bruger dem). Der er ingen statistik, ingen reklame og ingen data til andre.

## The library kiosk (the start page, and "Er du her stadig?")
kiosk_note = Denne computer er sat op til at øve sig. Når du går fra den, bliver din øvelse slettet efter nogle minutter, så den næste ikke ser den.
kiosk_ended = Øvelsen er slut, og alt i den er slettet. Nu kan den næste starte forfra.
kiosk_still_here = Er du her stadig?
kiosk_explain = Du har ikke gjort noget i et stykke tid. Når tiden er gået, slutter øvelsen, og alt i den bliver slettet, så den næste kan starte forfra.
kiosk_seconds_left = sekunder tilbage
kiosk_keep = Ja, fortsæt
kiosk_seconds = { $n ->
    [one] Øvelsen slutter om { $n } sekund.
   *[other] Øvelsen slutter om { $n } sekunder.
}
