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
theme_nemid = NemID
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
