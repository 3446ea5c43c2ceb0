### Every exercise's texts in Let dansk (easy Danish) (da-let): title, description, story, and per step its instruction with three hints
### produced-by: machine draft (AI language model) from the Danish and English texts, 2026-12-02
### reviewed: no

## fuldmagt-betroet-medarbejder
fuldmagt-betroet-medarbejder-title = Betroet medarbejder: godkend for en borger
fuldmagt-betroet-medarbejder-description = En betroet medarbejder er en ansat, som kommunen stoler på. Medarbejderen kan godkende en anmodning for en borger. Det gælder en borger, der ikke kan bruge Digital Post.
fuldmagt-betroet-medarbejder-story = Mette har bedt sin farmor Erna om en fuldmagt (lov til at gøre ting for Erna). Erna bor på et plejecenter. Hun kan ikke selv svare på nettet. Lone fra Borgerservice hjælper.
fuldmagt-betroet-medarbejder-step-1 = Log på som Lone Madsen. Brug NemID og nøglekortet.
    .hint-1 = Gå til siden "Din øvelse". Der kan du se alle personerne.
    .hint-2 = Klik på "Log på som Lone Madsen". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden. Klik "Næste". Klik "Vis nøglekort", og find nøglenummeret på kortet. Skriv de 6 cifre, der står ved siden af. Klik "Log på".
fuldmagt-betroet-medarbejder-step-2 = Tjek først, at det virkelig er Erna Holm (kontrol af identitet). Godkend så Mettes anmodning for Erna.
    .hint-1 = Lone kan se sagerne under "Digital fuldmagt".
    .hint-2 = Sæt kryds ved "Jeg har kontrolleret borgerens identitet". Gør det, før du godkender.
    .hint-3 = Gå til "Digital fuldmagt". Find Erna Holm. Sæt kryds i feltet om identitet under hendes navn. Klik "Godkend".

## fuldmagt-giv
fuldmagt-giv-title = Giv en digital fuldmagt
fuldmagt-giv-description = En fuldmagt giver en anden lov til at gøre ting for dig. Du vælger selv, hvilke selvbetjeninger (opgaver på nettet) det gælder.
fuldmagt-giv-story = Karen vil give sin datter Mette lov til at skifte læge for hende.
fuldmagt-giv-step-1 = Log på som Karen Jensen. Brug NemID og nøglekortet.
    .hint-1 = Gå til siden "Din øvelse". Der kan du se alle personerne.
    .hint-2 = Klik på "Log på som Karen Jensen". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden. Klik "Næste". Klik "Vis nøglekort", og find nøglenummeret på kortet. Skriv de 6 cifre, der står ved siden af. Klik "Log på".
fuldmagt-giv-step-2 = Giv Mette fuldmagt til "Skift læge". Underskriv bagefter.
    .hint-1 = Gå til "Digital fuldmagt" fra din forside.
    .hint-2 = Klik "Giv fuldmagt". Sæt kryds ved "Skift læge".
    .hint-3 = Skriv Mette Jensen Holm og 551077-2344. Sæt kryds ved "Skift læge". Vælg "Indtil den slettes". Klik "Næste". Skriv en nøgle fra nøglekortet, og klik "Underskriv".

## fuldmagt-skift-laege
fuldmagt-skift-laege-title = Bed om fuldmagt, og skift læge for din mor
fuldmagt-skift-laege-description = Hjælperen beder om fuldmagt. Den, der giver fuldmagten, siger ja (godkender). Så kan hjælperen bruge fuldmagten.
fuldmagt-skift-laege-story = Mette vil hjælpe sin mor Karen med at skifte læge. Du spiller både Mette og Karen.
fuldmagt-skift-laege-step-1 = Først er du Mette: Bed Karen om fuldmagt til "Skift læge". Så er du Karen: Godkend fuldmagten.
    .hint-1 = Begynd som Mette. Gå til "Digital fuldmagt".
    .hint-2 = Med "Anmod om fuldmagt" sender Mette en anmodning. Hun underskriver med sin nøgle. Bagefter godkender Karen under "Digital fuldmagt".
    .hint-3 = Som Mette: Klik "Anmod om fuldmagt". Skriv Karen Jensen og 420348-1236. Vælg "Skift læge". Klik "Næste". Skriv en nøgle fra Mettes nøglekort, og klik "Underskriv". Log af. Som Karen: Log på. Klik "Godkend". Skriv en nøgle fra Karens nøglekort, og klik "Underskriv".
fuldmagt-skift-laege-step-2 = Log på som Mette. Skift læge for Karen.
    .hint-1 = Selvbetjeningen "Skift læge" står på forsiden.
    .hint-2 = Vælg Karen Jensen under "Hvem skifter du læge for?".
    .hint-3 = Log på som Mette. Klik "Skift læge". Vælg Karen Jensen. Vælg en ny læge. Klik "Skift læge".

## hjaelp-anmod-laes
hjaelp-anmod-laes-title = Som hjælper: bed om adgang, og læs posten
hjaelp-anmod-laes-description = Hjælperen beder om adgang. Ejeren af postkassen siger ja (godkender). Så skifter hjælperen til ejerens postkasse.
hjaelp-anmod-laes-story = Mette vil gerne hjælpe sin mor Karen med posten. Du spiller både Mette og Karen.
hjaelp-anmod-laes-step-1 = Log på som Mette. Bed Karen om læseadgang (lov til at læse Karens post).
    .hint-1 = Mette er hjælperen. Log på som Mette først.
    .hint-2 = Gå til "Læse- og skriveadgang" i Digital Post. Der finder du "Anmod om adgang".
    .hint-3 = Klik "Anmod om adgang". Skriv Karen Jensen og 420348-1236. Vælg "Læseadgang". Klik "Send anmodning".
hjaelp-anmod-laes-step-2 = Log af. Log på som Karen. Godkend anmodningen med en nøgle fra nøglekortet.
    .hint-1 = Nu skal den, der ejer postkassen, svare.
    .hint-2 = Log på som Karen. Anmodningen står under "Læse- og skriveadgang".
    .hint-3 = Find anmodningen, og klik "Godkend". Underskriv med en nøgle fra Karens nøglekort.
hjaelp-anmod-laes-step-3 = Log på som Mette igen. Åbn Karens postkasse.
    .hint-1 = Hjælperen skal skifte til en anden postkasse.
    .hint-2 = "Skift postkasse" står øverst i Digital Post.
    .hint-3 = Log på som Mette. Vælg Karen Jensen i "Skift postkasse". Klik "Skift".

## hjaelp-laeseadgang-mappe
hjaelp-laeseadgang-mappe-title = Giv din datter læseadgang til én mappe
hjaelp-laeseadgang-mappe-description = Med læseadgang kan en hjælper læse din post. Her må hjælperen kun læse mappen "Sundhed".
hjaelp-laeseadgang-mappe-story = Karen vil have hjælp fra sin datter Mette til sine breve om sundhed. Resten af posten vil hun klare selv.
hjaelp-laeseadgang-mappe-step-1 = Log på som Karen Jensen. Brug NemID og nøglekortet.
    .hint-1 = Gå til siden "Din øvelse". Der kan du se alle personerne.
    .hint-2 = Klik på "Log på som Karen Jensen". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden. Klik "Næste". Klik "Vis nøglekort", og find nøglenummeret på kortet. Skriv de 6 cifre, der står ved siden af. Klik "Log på".
hjaelp-laeseadgang-mappe-step-2 = Giv Mette Jensen Holm læseadgang til mappen "Sundhed". Godkend med en nøgle fra nøglekortet.
    .hint-1 = Se efter "Læse- og skriveadgang" i Digital Post.
    .hint-2 = Klik "Giv adgang". Du finder Mettes CPR-nummer på siden "Din øvelse".
    .hint-3 = Skriv Mette Jensen Holm og 551077-2344. Vælg "Læseadgang". Vælg "Udvalgte mapper". Sæt kryds ved "Sundhed". Klik "Næste". Underskriv med en nøgle fra nøglekortet.

## nemid-foerste-login
nemid-foerste-login-title = Første gang du logger på med nøglekort
nemid-foerste-login-description = Log på med NemID. Du skal bruge dit bruger-id, din adgangskode og en nøgle (6 cifre) fra nøglekortet.
nemid-foerste-login-story = Karen er 78 år. Hun har fået NemID med et nøglekort af papir. Hun vil gerne kunne logge på selv.
nemid-foerste-login-step-1 = Log på som Karen Jensen. Brug NemID og nøglekortet.
    .hint-1 = Gå til siden "Din øvelse". Der kan du se alle personerne.
    .hint-2 = Klik på "Log på som Karen Jensen". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden. Klik "Næste". Klik "Vis nøglekort", og find nøglenummeret på kortet. Skriv de 6 cifre, der står ved siden af. Klik "Log på".
nemid-foerste-login-step-2 = Åbn Digital Post. Læs brevet fra hospitalet.
    .hint-1 = Når du er logget på, kan du gå til Digital Post.
    .hint-2 = Klik på knappen "Digital Post" på din forside.
    .hint-3 = Se i "Indbakke". Klik på emnet "Indkaldelse til ambulant undersøgelse i Hjertemedicinsk Ambulatorium".

## nemid-spaerret
nemid-spaerret-title = Spærret NemID og en midlertidig adgangskode
nemid-spaerret-description = Når dit NemID er spærret, kan du ikke logge på. Du får et brev med en midlertidig adgangskode (en kode, der kun gælder kort tid). Log på med den. Vælg så en ny adgangskode.
nemid-spaerret-story = Poul har tastet forkert for mange gange. Nu er hans NemID spærret. Han har fået et brev på papir. I brevet står en midlertidig adgangskode.
nemid-spaerret-step-1 = Find den midlertidige adgangskode. Log på som Poul med den. Vælg så en ny adgangskode.
    .hint-1 = Se efter Pouls post på papir.
    .hint-2 = Klik på Poul Nielsen på siden "Din øvelse". Brevet ligger under "Fysisk post".
    .hint-3 = Log på med bruger-id og den midlertidige adgangskode fra brevet. Skriv nøglen fra nøglekortet. Vælg en ny adgangskode, fx Solsikke42. Skriv den to gange.

## post-besvar-brev
post-besvar-brev-title = Svar på et brev
post-besvar-brev-description = Nogle breve kan du svare på med knappen "Besvar". Bagefter ligger dit svar i "Sendt".
post-besvar-brev-story = Hospitalet beder Karen om at give besked, hvis tiden ikke passer. Hun vil svare, at hun kommer.
post-besvar-brev-step-1 = Log på som Karen Jensen. Brug NemID og nøglekortet.
    .hint-1 = Gå til siden "Din øvelse". Der kan du se alle personerne.
    .hint-2 = Klik på "Log på som Karen Jensen". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden. Klik "Næste". Klik "Vis nøglekort", og find nøglenummeret på kortet. Skriv de 6 cifre, der står ved siden af. Klik "Log på".
post-besvar-brev-step-2 = Svar på brevet fra hospitalet. Skriv, at du kommer.
    .hint-1 = Åbn brevet fra hospitalet.
    .hint-2 = Knappen hedder "Besvar". Skriv dit svar i feltet "Besked".
    .hint-3 = Åbn brevet. Klik "Besvar". Skriv fx "Tak. Jeg kommer gerne." i feltet "Besked". Klik "Send".

## post-forsvarets-dag
post-forsvarets-dag-title = Find brevet, som du ikke må overse
post-forsvarets-dag-description = Unge får Digital Post, når de fylder 15 år. Find indkaldelsen til Forsvarets Dag (brevet om, at du skal møde op).
post-forsvarets-dag-story = Ahmed er lige fyldt 15 år. Nu har han fået Digital Post. Der ligger et vigtigt brev til ham. Det må han ikke overse.
post-forsvarets-dag-step-1 = Log på som Ahmed Abdi Yusuf. Brug NemID og nøglekortet.
    .hint-1 = Gå til siden "Din øvelse". Der kan du se alle personerne.
    .hint-2 = Klik på "Log på som Ahmed Abdi Yusuf". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden. Klik "Næste". Klik "Vis nøglekort", og find nøglenummeret på kortet. Skriv de 6 cifre, der står ved siden af. Klik "Log på".
post-forsvarets-dag-step-2 = Find indkaldelsen til Forsvarets Dag, og læs den.
    .hint-1 = Breve, du ikke har læst endnu, har en prik.
    .hint-2 = Brevet er fra Forsvarsministeriets Personalestyrelse.
    .hint-3 = Klik på "Indkaldelse til Forsvarets Dag" i "Indbakke".

## post-laes-brev
post-laes-brev-title = Læs et brev og bilaget til brevet
post-laes-brev-description = Åbn et brev i Digital Post. Åbn også bilaget (et ekstra dokument) som PDF.
post-laes-brev-story = Karen har fået et brev fra hospitalet. Med brevet følger et bilag (et ekstra dokument). Hun vil gerne læse det hele.
post-laes-brev-step-1 = Log på som Karen Jensen. Brug NemID og nøglekortet.
    .hint-1 = Gå til siden "Din øvelse". Der kan du se alle personerne.
    .hint-2 = Klik på "Log på som Karen Jensen". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden. Klik "Næste". Klik "Vis nøglekort", og find nøglenummeret på kortet. Skriv de 6 cifre, der står ved siden af. Klik "Log på".
post-laes-brev-step-2 = Åbn brevet fra hospitalet. Åbn også bilaget under "Dokumenter i brevet".
    .hint-1 = Brevet ligger i "Indbakke".
    .hint-2 = Klik på emnet i listen med breve. Bilaget er et link. Det ender på .pdf.
    .hint-3 = Klik på "Indkaldelse til ambulant undersøgelse …". Klik derefter på "Indkaldelse og praktisk information.pdf".

## post-mappe-sundhed
post-mappe-sundhed-title = Lav en mappe, og flyt et brev
post-mappe-sundhed-description = Med mapper er det let at finde din post. Du kan også give en hjælper adgang til kun én mappe.
post-mappe-sundhed-story = Din mor Karen har fået et brev fra hospitalet. Hun vil gerne samle sine breve om sundhed i en mappe. Mappen skal hedde "Sundhed".
post-mappe-sundhed-step-1 = Log på som Karen Jensen. Brug NemID og nøglekortet.
    .hint-1 = Gå til siden "Din øvelse". Der kan du se alle personerne.
    .hint-2 = Klik på "Log på som Karen Jensen". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden. Klik "Næste". Klik "Vis nøglekort", og find nøglenummeret på kortet. Skriv de 6 cifre, der står ved siden af. Klik "Log på".
post-mappe-sundhed-step-2 = Lav en ny mappe, der hedder "Sundhed".
    .hint-1 = Kig i venstre side af Digital Post.
    .hint-2 = Feltet hedder "Navn på mappen". Knappen hedder "Opret mappe".
    .hint-3 = Skriv Sundhed i feltet "Navn på mappen". Klik "Opret mappe".
post-mappe-sundhed-step-3 = Flyt brevet fra hospitalet til mappen "Sundhed".
    .hint-1 = Gå tilbage til "Indbakke".
    .hint-2 = Sæt kryds ved brevet. Brug "Flyt til" under listen.
    .hint-3 = Sæt kryds ved "Indkaldelse til ambulant undersøgelse …". Vælg "Sundhed" i "Flyt til". Klik "Flyt".

## post-skriv-skat
post-skriv-skat-title = Skriv til Skattestyrelsen
post-skriv-skat-description = Skriv en ny besked til en myndighed (et offentligt kontor). Vælg myndigheden. Skriv emne og besked. Send beskeden.
post-skriv-skat-story = Poul har et spørgsmål om sin årsopgørelse (oversigten over hans skat for sidste år). Han vil skrive til Skattestyrelsen.
post-skriv-skat-step-1 = Log på som Poul Nielsen. Brug NemID og nøglekortet.
    .hint-1 = Gå til siden "Din øvelse". Der kan du se alle personerne.
    .hint-2 = Klik på "Log på som Poul Nielsen". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden. Klik "Næste". Klik "Vis nøglekort", og find nøglenummeret på kortet. Skriv de 6 cifre, der står ved siden af. Klik "Log på".
post-skriv-skat-step-2 = Skriv en ny besked til Skattestyrelsen, og send den.
    .hint-1 = Start i Digital Post.
    .hint-2 = Knappen hedder "Skriv ny besked". Skattestyrelsen står under "Staten".
    .hint-3 = Klik "Skriv ny besked". Vælg Skattestyrelsen. Skriv et emne og en besked. Klik "Send".

## post-slet-gendan
post-slet-gendan-title = Slet et brev, og gendan det
post-slet-gendan-description = Når du sletter et brev, kommer det i "Papirkurv". Der bliver det, indtil papirkurven bliver tømt. Derfra kan du gendanne brevet (hente det tilbage).
post-slet-gendan-story = Karen har slettet et brev om influenzavaccination ved en fejl. Brevet skal tilbage i "Indbakke".
post-slet-gendan-step-1 = Log på som Karen Jensen. Brug NemID og nøglekortet.
    .hint-1 = Gå til siden "Din øvelse". Der kan du se alle personerne.
    .hint-2 = Klik på "Log på som Karen Jensen". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden. Klik "Næste". Klik "Vis nøglekort", og find nøglenummeret på kortet. Skriv de 6 cifre, der står ved siden af. Klik "Log på".
post-slet-gendan-step-2 = Slet brevet "Tilbud om gratis influenzavaccination".
    .hint-1 = Åbn brevet først.
    .hint-2 = Knappen hedder "Slet". Den står under brevet.
    .hint-3 = Klik på brevet i "Indbakke". Klik så på "Slet".
post-slet-gendan-step-3 = Find brevet i "Papirkurv". Gendan det (hent det tilbage).
    .hint-1 = Slettede breve ligger i deres egen mappe.
    .hint-2 = Mappen hedder "Papirkurv". Knappen hedder "Gendan".
    .hint-3 = Klik på "Papirkurv". Åbn brevet. Klik "Gendan".

## sikkerhed-log-af
sikkerhed-log-af-title = Log altid af, når du er færdig
sikkerhed-log-af-description = Log altid af på en computer, som andre også bruger. Så kan den næste ikke se din post.
sikkerhed-log-af-story = Amina bruger en computer på biblioteket. Hun vil læse sin post. Bagefter vil hun logge ordentligt af.
sikkerhed-log-af-step-1 = Log på som Amina Abdi Yusuf. Brug NemID og nøglekortet.
    .hint-1 = Gå til siden "Din øvelse". Der kan du se alle personerne.
    .hint-2 = Klik på "Log på som Amina Abdi Yusuf". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden. Klik "Næste". Klik "Vis nøglekort", og find nøglenummeret på kortet. Skriv de 6 cifre, der står ved siden af. Klik "Log på".
sikkerhed-log-af-step-2 = Log af igen.
    .hint-1 = Knappen er øverst på siden.
    .hint-2 = Den hedder "Log af".
    .hint-3 = Klik "Log af" øverst til højre.

## mitid-app-log-paa
mitid-app-log-paa-title = Log på med MitID app
mitid-app-log-paa-description = Du logger på på computeren. Så siger du ja (godkender) på telefonen. Det gør du i MitID app.
mitid-app-log-paa-story = Mette logger altid på med MitID app. Appen er på hendes telefon. Nu vil hun logge på Demoborger fra computeren.
mitid-app-log-paa-step-1 = Log på som Mette Jensen Holm med MitID. Godkend i MitID app på hendes øvetelefon (en telefon, du kan øve dig på).
    .hint-1 = Gå til siden "Din øvelse". Ved Mette kan du se hendes MitID.
    .hint-2 = Klik på "Log på med MitID". Klik "Fortsæt". Klik så "Åbn telefon".
    .hint-3 = Se på telefonen. Tjek, at koden er den samme som på computeren. Skriv PIN-koden. Den står på Mettes kort. Klik "Godkend". Gå så tilbage til computeren.

## mitid-kodeviser
mitid-kodeviser-title = Log på med MitID kodeviser
mitid-kodeviser-description = En kodeviser er en lille dims, der viser en kode. Du får en ny kode, hver gang du trykker på knappen. Koden virker kun i 30 sekunder.
mitid-kodeviser-story = Poul har ikke en smartphone. Han har en MitID kodeviser. Han vil logge på.
mitid-kodeviser-step-1 = Log på som Poul Nielsen. Brug MitID og kodeviseren.
    .hint-1 = Gå til siden "Din øvelse". Ved Poul kan du se hans bruger-ID og adgangskode til MitID.
    .hint-2 = Klik på "Log på med MitID". Klik "Fortsæt". Tryk så på knappen på kodeviseren.
    .hint-3 = Kodeviseren viser 6 cifre. Skriv dem i feltet "Engangskode". Klik "Fortsæt". Skriv adgangskoden. Klik "Fortsæt".

## mitid-kodeoplaeser
mitid-kodeoplaeser-title = Hjælp med MitID kodeoplæser
mitid-kodeoplaeser-description = En kodeoplæser er en lille dims, der læser koden højt. Den er til personer, der ser dårligt.
mitid-kodeoplaeser-story = Erna ser dårligt. Hun har en MitID kodeoplæser. Du hjælper hende med at logge på. Men hun taster selv.
mitid-kodeoplaeser-step-1 = Log på som Erna Holm. Brug MitID og kodeoplæseren.
    .hint-1 = Gå til siden "Din øvelse". Ved Erna kan du se hendes bruger-ID og adgangskode til MitID.
    .hint-2 = Klik på "Log på med MitID". Klik "Fortsæt". Tryk så på den røde knap. Lyt til koden.
    .hint-3 = Skriv de 6 cifre i feltet "Engangskode". Klik "Fortsæt". Skriv adgangskoden. Klik "Fortsæt".

## mitid-afvis
mitid-afvis-title = Afvis en anmodning, som du ikke selv har startet
mitid-afvis-description = Godkend kun det, du selv har startet. Får du en anmodning, du ikke kender? Så skal du sige nej (afvise den).
mitid-afvis-story = Karens telefon viser en anmodning om at logge på. Men Karen har ikke prøvet at logge på.
mitid-afvis-step-1 = Åbn Karens øvetelefon. Afvis anmodningen i MitID app.
    .hint-1 = Gå til siden "Din øvelse". Ved Karen er der en knap til hendes telefon.
    .hint-2 = Klik på "Åbn telefon". Anmodningen står i MitID app.
    .hint-3 = Klik "Afvis" (sig nej). Godkend aldrig noget, som du ikke selv har startet.

## mitid-underskriv
mitid-underskriv-title = Underskriv en læseadgang med MitID
mitid-underskriv-description = Du kan give en hjælper adgang til din post. Så skal du underskrive. Det kan du gøre med MitID.
mitid-underskriv-story = Poul skal på ferie. Imens skal naboen Karen kunne læse hans post. Poul bruger en MitID kodeviser (en lille dims, der viser en kode).
mitid-underskriv-step-1 = Log på som Poul Nielsen. Brug MitID og kodeviseren.
    .hint-1 = Gå til siden "Din øvelse". Ved Poul kan du se hans bruger-ID og adgangskode til MitID.
    .hint-2 = Klik på "Log på med MitID". Klik "Fortsæt". Tryk så på knappen på kodeviseren.
    .hint-3 = Skriv de 6 cifre i feltet "Engangskode". Klik "Fortsæt". Skriv adgangskoden. Klik "Fortsæt".
mitid-underskriv-step-2 = Giv Karen Jensen læseadgang (lov til at læse Pouls post). Underskriv med MitID.
    .hint-1 = Gå til Digital Post. Klik på "Læse- og skriveadgang".
    .hint-2 = Klik på "Giv adgang". Skriv Karens navn og CPR-nummer. Du finder dem på siden "Din øvelse".
    .hint-3 = Vælg "Læseadgang". Klik "Næste". Klik "Underskriv med MitID". Tryk på knappen på kodeviseren. Skriv koden og adgangskoden.

## fidus-skat-sms
fidus-skat-sms-title = Kend en falsk SMS fra "Skat"
fidus-skat-sms-description = Svindlere sender falske SMS'er. De ligner beskeder fra det offentlige. Lær at se tegnene. Slet så beskeden.
fidus-skat-sms-story = Karen får en SMS. Der står, at hun får penge tilbage i skat. Hun skal bare klikke på et link.
fidus-skat-sms-step-1 = Åbn Karens telefon. Læs SMS'en under "Beskeder". Er den falsk? Så slet den.
    .hint-1 = Gå til siden "Din øvelse". Find Karen. Der er en knap til hendes telefon.
    .hint-2 = Klik på "Beskeder". Se, hvem der har sendt den. Se på linket. Se på sproget.
    .hint-3 = Skat sender aldrig et link i en SMS, hvor du skal logge på. Klik på "Slet".

## fidus-post-fuld
fidus-post-fuld-title = Se, at en e-mail om fuld Digital Post er falsk
fidus-post-fuld-description = Svindlere skriver, at din Digital Post er fuld. De skriver, at dine breve bliver slettet. Lær at se tegnene. Slet så e-mailen.
fidus-post-fuld-story = Mette får en e-mail. Der står, at hendes Digital Post er fuld. Hun skal logge på for at gøre den større.
fidus-post-fuld-step-1 = Åbn Mettes telefon. Læs e-mailen under "E-mail". Er den falsk? Så slet den.
    .hint-1 = Gå til siden "Din øvelse". Ved Mette er der en knap til hendes telefon.
    .hint-2 = Klik på "E-mail". Se, hvem der har sendt den. Se på linket. Se, at de truer med at slette dine breve.
    .hint-3 = Digital Post kan ikke blive fuld. Digital Post sender ikke links, du skal logge på fra. Klik på "Slet".

## fidus-aegte-brev
fidus-aegte-brev-title = Et ægte brev fra Skattestyrelsen
fidus-aegte-brev-description = Ikke alt er svindel. Breve i Digital Post kommer fra rigtige myndigheder. Dem skal du læse. Du skal ikke være bange for dem.
fidus-aegte-brev-story = Karen har fået en falsk SMS. Nu passer hun godt på. Hun har fået et brev fra Skattestyrelsen i Digital Post. Er det ægte?
fidus-aegte-brev-step-1 = Log på som Karen Jensen. Brug NemID og nøglekortet.
    .hint-1 = Gå til siden "Din øvelse". Der står alle personerne.
    .hint-2 = Klik på "Log på som Karen Jensen". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden. Klik på "Næste". Klik på "Vis nøglekort". Find nøglenummeret. Skriv de 6 tal, der står ved siden af. Klik på "Log på".
fidus-aegte-brev-step-2 = Åbn brevet fra Skattestyrelsen i Digital Post. Brevet er ægte. Det ligger i Digital Post. Det beder dig ikke om koder.
    .hint-1 = Brevet ligger i "Indbakke".
    .hint-2 = Brevet er fra Skattestyrelsen. Breve i Digital Post kommer fra rigtige myndigheder.
    .hint-3 = Klik på "Din forskudsopgørelse for 2027 er klar".

## fidus-opkald
fidus-opkald-title = Nogen ringer og beder dig godkende i MitID-appen
fidus-opkald-description = Svindlere ringer. De siger, at de er fra Borgerservice eller banken. De beder dig godkende en anmodning i MitID-appen. Lær at sige nej.
fidus-opkald-story = Karens telefon ringer. En mand siger, at han er fra Borgerservice. Han siger, at hendes MitID bliver spærret. Lige bagefter kommer der en anmodning i MitID-appen.
fidus-opkald-step-1 = Åbn Karens øvetelefon. Læs, hvad manden siger under "Opkald". Afvis så anmodningen i "MitID app".
    .hint-1 = Karen har ikke selv prøvet at logge på. Så er anmodningen ikke hendes.
    .hint-2 = Gå til siden "Din øvelse". Åbn Karens telefon. Opkaldet står under "Opkald". Anmodningen står under "MitID app".
    .hint-3 = Klik "Læg på" under "Opkald". Klik så på "MitID app". Klik "Afvis" ved anmodningen.

## hjaelp-kig-vaek
hjaelp-kig-vaek-title = Kig væk, når hun skriver sine koder
hjaelp-kig-vaek-description = Hjælper du en anden med det digitale? Så må du ikke kende hendes bruger-id, adgangskode eller koder. Kig væk, mens hun skriver dem.
hjaelp-kig-vaek-story = Amina er bydelsmor. Hun hjælper andre i sit boligområde. Nu sidder hun ved siden af Karen. Karen skal logge på. Du spiller dem begge. Først er du Amina. Hun kigger væk. Så er du Karen. Hun skriver.
hjaelp-kig-vaek-step-1 = Tryk på knappen Jeg kigger væk her i vejledningen. Log så på som Karen.
    .hint-1 = Karen skal selv skrive sine koder. Amina må ikke se dem.
    .hint-2 = Knappen Jeg kigger væk står i vejledningen under dette trin. Tryk på den, før Karen skriver noget.
    .hint-3 = Tryk Jeg kigger væk. Gå så til siden "Din øvelse". Klik på "Log på som Karen Jensen". Skriv hendes adgangskode og nøgle.
