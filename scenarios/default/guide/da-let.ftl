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
drill_next_1 = Klik ikke på linket. Slet beskeden.
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
drill_call_message = Opkaldet, du fik
drill_call_request = MitID-appen: en anmodning om at logge på. Du har ikke selv startet den.
drill_call_next_1 = Læg på. Nogen ringer og beder dig godkende? Så skal du aldrig godkende noget i MitID-appen.
drill_call_next_3 = Godkend kun i MitID-appen, når du selv logger på. Du skal også kunne se, hvor du logger på.
drill-opkald-borgerservice-sign-1 = Et nummer, du ikke kender, ringer. Personen siger, at det er Borgerservice. Men Borgerservice ringer ikke og beder dig godkende noget.
drill-opkald-borgerservice-sign-2 = Der kommer en anmodning i MitID-appen. Men du er ikke selv ved at logge på. Det er svindleren. Svindleren prøver at logge på som dig.
drill-opkald-borgerservice-sign-3 = Det haster. Og de truer dig: Dit MitID bliver "spærret i dag".
drill-opkald-borgerservice-sign-4 = De beder dig godkende. Godkender du? Så kan svindleren logge på som dig. Så kan svindleren fx tage et lån eller læse din post.
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
