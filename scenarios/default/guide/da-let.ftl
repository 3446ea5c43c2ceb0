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
