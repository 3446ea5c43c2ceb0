### Every exercise's texts in Dansk (da): title, description, story, and per
### step its instruction with three hints (a nudge, a pointer, "show me").
### produced-by: Demoborger's developers, the original text
### reviewed: source

## fuldmagt-betroet-medarbejder
fuldmagt-betroet-medarbejder-title = Betroet medarbejder: godkend for en borger
fuldmagt-betroet-medarbejder-description = En betroet medarbejder kan godkende en anmodning for en borger, der ikke kan bruge Digital Post.
fuldmagt-betroet-medarbejder-story = Mette har bedt sin farmor Erna om fuldmagt. Erna bor på plejecenter og kan ikke svare digitalt. Lone fra Borgerservice hjælper.
fuldmagt-betroet-medarbejder-step-1 = Log på som Lone Madsen med NemID og nøglekortet.
    .hint-1 = Gå til siden Din øvelse. Der står alle personerne.
    .hint-2 = Klik på "Log på som Lone Madsen". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden, klik "Næste", find nøglenummeret på nøglekortet ("Vis nøglekort") og skriv de 6 cifre ved siden af. Klik "Log på".
fuldmagt-betroet-medarbejder-step-2 = Godkend Mettes anmodning på vegne af Erna Holm, efter du har kontrolleret hendes identitet.
    .hint-1 = Lone ser sagerne under Digital fuldmagt.
    .hint-2 = Sæt kryds ved "Jeg har kontrolleret borgerens identitet" før du godkender.
    .hint-3 = Gå til Digital fuldmagt, sæt kryds ved identitets-feltet under Erna Holm, og klik "Godkend".

## fuldmagt-giv
fuldmagt-giv-title = Giv en digital fuldmagt
fuldmagt-giv-description = En fuldmagt lader en anden handle for dig i udvalgte selvbetjeninger.
fuldmagt-giv-story = Karen vil give sin datter Mette lov til at skifte læge for hende.
fuldmagt-giv-step-1 = Log på som Karen Jensen med NemID og nøglekortet.
    .hint-1 = Gå til siden Din øvelse. Der står alle personerne.
    .hint-2 = Klik på "Log på som Karen Jensen". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden, klik "Næste", find nøglenummeret på nøglekortet ("Vis nøglekort") og skriv de 6 cifre ved siden af. Klik "Log på".
fuldmagt-giv-step-2 = Giv Mette fuldmagt til "Skift læge" og underskriv.
    .hint-1 = Gå til Digital fuldmagt fra din forside.
    .hint-2 = Klik "Giv fuldmagt" og sæt kryds ved Skift læge.
    .hint-3 = Skriv Mette Jensen Holm og 551077-2344, sæt kryds ved Skift læge, vælg "Indtil den slettes", klik "Næste" og "Underskriv" med nøglen.

## fuldmagt-skift-laege
fuldmagt-skift-laege-title = Bed om fuldmagt og skift læge for din mor
fuldmagt-skift-laege-description = Hjælperen beder om fuldmagt, giveren godkender, og hjælperen bruger den.
fuldmagt-skift-laege-story = Mette vil hjælpe sin mor Karen med at skifte læge. Du spiller begge roller.
fuldmagt-skift-laege-step-1 = Som Mette: anmod Karen om fuldmagt til "Skift læge". Som Karen: godkend den.
    .hint-1 = Begynd som Mette under Digital fuldmagt.
    .hint-2 = "Anmod om fuldmagt" sender en anmodning, som Mette underskriver med sin nøgle. Karen godkender under Digital fuldmagt.
    .hint-3 = Mette: Anmod om fuldmagt, Karen Jensen, 420348-1236, Skift læge, "Næste", og "Underskriv" med Mettes nøgle. Log af. Karen: "Godkend" og "Underskriv" med Karens nøgle.
fuldmagt-skift-laege-step-2 = Log på som Mette og skift læge for Karen.
    .hint-1 = Selvbetjeningen "Skift læge" står på forsiden.
    .hint-2 = Vælg Karen Jensen under "Hvem skifter du læge for?".
    .hint-3 = Log på som Mette, klik "Skift læge", vælg Karen Jensen og en ny læge, og klik "Skift læge".

## hjaelp-anmod-laes
hjaelp-anmod-laes-title = Som hjælper: bed om adgang og læs posten
hjaelp-anmod-laes-description = Hjælperen beder om adgang, ejeren godkender, og hjælperen skifter postkasse.
hjaelp-anmod-laes-story = Mette vil gerne hjælpe sin mor Karen med posten. Du spiller begge roller.
hjaelp-anmod-laes-step-1 = Log på som Mette og bed Karen om læseadgang.
    .hint-1 = Mette er hjælperen. Log på som hende først.
    .hint-2 = Under "Læse- og skriveadgang" i Digital Post findes "Anmod om adgang".
    .hint-3 = Skriv Karen Jensen og 420348-1236, vælg Læseadgang og klik "Send anmodning".
hjaelp-anmod-laes-step-2 = Log af, log på som Karen, og godkend anmodningen med en nøgle.
    .hint-1 = Nu skal ejeren af postkassen svare.
    .hint-2 = Log på som Karen. Anmodningen står under "Læse- og skriveadgang".
    .hint-3 = Klik "Godkend" ved anmodningen og underskriv med nøglen fra Karens nøglekort.
hjaelp-anmod-laes-step-3 = Log på som Mette igen og åbn Karens postkasse.
    .hint-1 = Hjælperen skal skifte postkasse.
    .hint-2 = Valget "Skift postkasse" står øverst i Digital Post.
    .hint-3 = Log på som Mette, vælg Karen Jensen i "Skift postkasse" og klik "Skift".

## hjaelp-laeseadgang-mappe
hjaelp-laeseadgang-mappe-title = Giv din datter læseadgang til én mappe
hjaelp-laeseadgang-mappe-description = Med læseadgang kan en hjælper læse din post – her kun mappen Sundhed.
hjaelp-laeseadgang-mappe-story = Karen vil have hjælp af sin datter Mette til sine breve om sundhed, men ikke til resten.
hjaelp-laeseadgang-mappe-step-1 = Log på som Karen Jensen med NemID og nøglekortet.
    .hint-1 = Gå til siden Din øvelse. Der står alle personerne.
    .hint-2 = Klik på "Log på som Karen Jensen". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden, klik "Næste", find nøglenummeret på nøglekortet ("Vis nøglekort") og skriv de 6 cifre ved siden af. Klik "Log på".
hjaelp-laeseadgang-mappe-step-2 = Giv Mette Jensen Holm læseadgang til mappen Sundhed. Godkend med en nøgle.
    .hint-1 = Se efter "Læse- og skriveadgang" i Digital Post.
    .hint-2 = Klik "Giv adgang". Mettes CPR-nummer står på siden Din øvelse.
    .hint-3 = Skriv Mette Jensen Holm og 551077-2344, vælg Læseadgang og Udvalgte mapper, sæt kryds ved Sundhed, klik "Næste" og underskriv med nøglen.

## nemid-foerste-login
nemid-foerste-login-title = Første login med nøglekort
nemid-foerste-login-description = Log på med NemID: bruger-id, adgangskode og en nøgle fra nøglekortet.
nemid-foerste-login-story = Karen er 78 år og har fået NemID med et nøglekort af papir. Hun vil gerne kunne logge på selv.
nemid-foerste-login-step-1 = Log på som Karen Jensen med NemID og nøglekortet.
    .hint-1 = Gå til siden Din øvelse. Der står alle personerne.
    .hint-2 = Klik på "Log på som Karen Jensen". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden, klik "Næste", find nøglenummeret på nøglekortet ("Vis nøglekort") og skriv de 6 cifre ved siden af. Klik "Log på".
nemid-foerste-login-step-2 = Åbn Digital Post og læs brevet fra hospitalet.
    .hint-1 = Når du er logget på, kan du gå til Digital Post.
    .hint-2 = Klik på knappen "Digital Post" på din forside.
    .hint-3 = Klik på emnet "Indkaldelse til ambulant undersøgelse i Hjertemedicinsk Ambulatorium" i Indbakke.

## nemid-spaerret
nemid-spaerret-title = Spærret NemID og midlertidig adgangskode
nemid-spaerret-description = Når NemID er spærret, kommer der et brev med en midlertidig adgangskode. Log på med den og vælg en ny.
nemid-spaerret-story = Poul har tastet forkert for mange gange, og hans NemID er spærret. I hans fysiske post ligger et brev med en midlertidig adgangskode.
nemid-spaerret-step-1 = Find den midlertidige adgangskode, log på som Poul med den, og vælg en ny adgangskode.
    .hint-1 = Kig efter Pouls fysiske post.
    .hint-2 = Klik på Poul Nielsen på siden Din øvelse. Brevet ligger under "Fysisk post".
    .hint-3 = Log på med bruger-id og den midlertidige adgangskode fra brevet, skriv nøglen, og vælg en ny adgangskode, fx Solsikke42, to gange.

## post-besvar-brev
post-besvar-brev-title = Besvar et brev
post-besvar-brev-description = Nogle breve kan besvares med "Besvar". Svaret ligger bagefter i Sendt.
post-besvar-brev-story = Hospitalet beder Karen give besked, hvis tiden ikke passer. Hun vil svare, at hun kommer.
post-besvar-brev-step-1 = Log på som Karen Jensen med NemID og nøglekortet.
    .hint-1 = Gå til siden Din øvelse. Der står alle personerne.
    .hint-2 = Klik på "Log på som Karen Jensen". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden, klik "Næste", find nøglenummeret på nøglekortet ("Vis nøglekort") og skriv de 6 cifre ved siden af. Klik "Log på".
post-besvar-brev-step-2 = Besvar brevet fra hospitalet og skriv, at du kommer.
    .hint-1 = Åbn brevet fra hospitalet.
    .hint-2 = Knappen hedder "Besvar". Skriv i feltet "Besked".
    .hint-3 = Åbn brevet, klik "Besvar", skriv fx "Tak. Jeg kommer gerne." i Besked og klik "Send".

## post-forsvarets-dag
post-forsvarets-dag-title = Find brevet, der ikke må overses
post-forsvarets-dag-description = Unge får Digital Post, når de fylder 15. Find indkaldelsen til Forsvarets Dag.
post-forsvarets-dag-story = Ahmed er lige fyldt 15 og har fået Digital Post. Der ligger et vigtigt brev, som han ikke må overse.
post-forsvarets-dag-step-1 = Log på som Ahmed Abdi Yusuf med NemID og nøglekortet.
    .hint-1 = Gå til siden Din øvelse. Der står alle personerne.
    .hint-2 = Klik på "Log på som Ahmed Abdi Yusuf". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden, klik "Næste", find nøglenummeret på nøglekortet ("Vis nøglekort") og skriv de 6 cifre ved siden af. Klik "Log på".
post-forsvarets-dag-step-2 = Find og læs indkaldelsen til Forsvarets Dag.
    .hint-1 = Ulæste breve er markeret med en prik.
    .hint-2 = Afsenderen er Forsvarsministeriets Personalestyrelse.
    .hint-3 = Klik på "Indkaldelse til Forsvarets Dag" i Indbakke.

## post-laes-brev
post-laes-brev-title = Læs et brev og dets bilag
post-laes-brev-description = Åbn et brev i Digital Post og åbn bilaget som PDF.
post-laes-brev-story = Karen har fået et brev fra hospitalet med et bilag. Hun vil gerne læse det hele.
post-laes-brev-step-1 = Log på som Karen Jensen med NemID og nøglekortet.
    .hint-1 = Gå til siden Din øvelse. Der står alle personerne.
    .hint-2 = Klik på "Log på som Karen Jensen". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden, klik "Næste", find nøglenummeret på nøglekortet ("Vis nøglekort") og skriv de 6 cifre ved siden af. Klik "Log på".
post-laes-brev-step-2 = Åbn brevet fra hospitalet. Åbn også bilaget under "Dokumenter i brevet".
    .hint-1 = Brevet ligger i Indbakke.
    .hint-2 = Klik på emnet i brevlisten. Bilaget er et link, der ender på .pdf.
    .hint-3 = Klik på "Indkaldelse til ambulant undersøgelse …" og derefter på "Indkaldelse og praktisk information.pdf".

## post-mappe-sundhed
post-mappe-sundhed-title = Lav en mappe og flyt et brev
post-mappe-sundhed-description = Mapper gør det let at finde post – og at give en hjælper adgang til kun én mappe.
post-mappe-sundhed-story = Din mor Karen har fået et brev fra hospitalet. Hun vil gerne samle sine sundhedsbreve i en mappe "Sundhed".
post-mappe-sundhed-step-1 = Log på som Karen Jensen med NemID og nøglekortet.
    .hint-1 = Gå til siden Din øvelse. Der står alle personerne.
    .hint-2 = Klik på "Log på som Karen Jensen". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden, klik "Næste", find nøglenummeret på nøglekortet ("Vis nøglekort") og skriv de 6 cifre ved siden af. Klik "Log på".
post-mappe-sundhed-step-2 = Opret en mappe, der hedder Sundhed.
    .hint-1 = Kig i venstre side af Digital Post.
    .hint-2 = Feltet hedder "Navn på mappen", og knappen hedder "Opret mappe".
    .hint-3 = Skriv Sundhed i feltet "Navn på mappen" og klik "Opret mappe".
post-mappe-sundhed-step-3 = Flyt brevet fra hospitalet til mappen Sundhed.
    .hint-1 = Gå tilbage til Indbakke.
    .hint-2 = Sæt kryds ved brevet, og brug "Flyt til" under listen.
    .hint-3 = Sæt kryds ved "Indkaldelse til ambulant undersøgelse …", vælg Sundhed i "Flyt til" og klik "Flyt".

## post-skriv-skat
post-skriv-skat-title = Skriv til Skattestyrelsen
post-skriv-skat-description = Skriv en ny besked til en myndighed: vælg myndighed, skriv emne og besked, send.
post-skriv-skat-story = Poul har et spørgsmål til sin årsopgørelse og vil skrive til Skattestyrelsen.
post-skriv-skat-step-1 = Log på som Poul Nielsen med NemID og nøglekortet.
    .hint-1 = Gå til siden Din øvelse. Der står alle personerne.
    .hint-2 = Klik på "Log på som Poul Nielsen". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden, klik "Næste", find nøglenummeret på nøglekortet ("Vis nøglekort") og skriv de 6 cifre ved siden af. Klik "Log på".
post-skriv-skat-step-2 = Skriv en ny besked til Skattestyrelsen og send den.
    .hint-1 = Start i Digital Post.
    .hint-2 = Knappen hedder "Skriv ny besked". Skattestyrelsen står under Staten.
    .hint-3 = Klik "Skriv ny besked", vælg Skattestyrelsen, skriv et emne og en besked, og klik "Send".

## post-slet-gendan
post-slet-gendan-title = Slet et brev og gendan det
post-slet-gendan-description = Slettede breve ligger i Papirkurv, indtil den tømmes. Herfra kan de gendannes.
post-slet-gendan-story = Karen kom til at slette et brev om influenzavaccination. Det skal tilbage i Indbakke.
post-slet-gendan-step-1 = Log på som Karen Jensen med NemID og nøglekortet.
    .hint-1 = Gå til siden Din øvelse. Der står alle personerne.
    .hint-2 = Klik på "Log på som Karen Jensen". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden, klik "Næste", find nøglenummeret på nøglekortet ("Vis nøglekort") og skriv de 6 cifre ved siden af. Klik "Log på".
post-slet-gendan-step-2 = Slet brevet "Tilbud om gratis influenzavaccination".
    .hint-1 = Åbn brevet først.
    .hint-2 = Knappen hedder "Slet" og står under brevet.
    .hint-3 = Klik på brevet i Indbakke og derefter på "Slet".
post-slet-gendan-step-3 = Find brevet i Papirkurv og gendan det.
    .hint-1 = Slettede breve ligger i en mappe for sig.
    .hint-2 = Mappen hedder Papirkurv, og knappen hedder "Gendan".
    .hint-3 = Klik på Papirkurv, åbn brevet og klik "Gendan".

## sikkerhed-log-af
sikkerhed-log-af-title = Log altid af, når du er færdig
sikkerhed-log-af-description = På en fælles computer skal du logge af, så den næste ikke kan se din post.
sikkerhed-log-af-story = Amina bruger computeren på biblioteket. Hun vil læse sin post og logge ordentligt af bagefter.
sikkerhed-log-af-step-1 = Log på som Amina Abdi Yusuf med NemID og nøglekortet.
    .hint-1 = Gå til siden Din øvelse. Der står alle personerne.
    .hint-2 = Klik på "Log på som Amina Abdi Yusuf". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden, klik "Næste", find nøglenummeret på nøglekortet ("Vis nøglekort") og skriv de 6 cifre ved siden af. Klik "Log på".
sikkerhed-log-af-step-2 = Log af igen.
    .hint-1 = Knappen er øverst på siden.
    .hint-2 = Den hedder "Log af".
    .hint-3 = Klik "Log af" øverst til højre.

## mitid-app-log-paa
mitid-app-log-paa-title = Log på med MitID app
mitid-app-log-paa-description = Log på på computeren, og godkend på telefonen med MitID app.
mitid-app-log-paa-story = Mette logger altid på med MitID app på sin telefon. Hun vil logge på Demoborger fra computeren.
mitid-app-log-paa-step-1 = Log på som Mette Jensen Holm med MitID, og godkend i MitID app på hendes øvetelefon.
    .hint-1 = Gå til siden Din øvelse. Ved Mette står hendes MitID.
    .hint-2 = Klik på "Log på med MitID", og klik "Fortsæt". Klik så "Åbn telefon".
    .hint-3 = På telefonen: tjek, at koden er den samme som på computeren, skriv PIN-koden fra Mettes kort, og klik "Godkend". Gå tilbage til computeren.

## mitid-kodeviser
mitid-kodeviser-title = Log på med MitID kodeviser
mitid-kodeviser-description = En kodeviser viser en ny kode, hver gang du trykker på knappen. Koden virker kun i 30 sekunder.
mitid-kodeviser-story = Poul har ingen smartphone. Han har en MitID kodeviser og vil logge på.
mitid-kodeviser-step-1 = Log på som Poul Nielsen med MitID og kodeviseren.
    .hint-1 = Gå til siden Din øvelse. Ved Poul står hans bruger-ID og adgangskode til MitID.
    .hint-2 = Klik på "Log på med MitID" og "Fortsæt". Tryk så på knappen på kodeviseren.
    .hint-3 = Skriv de 6 cifre fra kodeviseren i feltet "Engangskode", og klik "Fortsæt". Skriv adgangskoden, og klik "Fortsæt".

## mitid-kodeoplaeser
mitid-kodeoplaeser-title = Hjælp med MitID kodeoplæser
mitid-kodeoplaeser-description = En kodeoplæser læser koden højt. Den er til personer, der ser dårligt.
mitid-kodeoplaeser-story = Erna ser dårligt og har en MitID kodeoplæser. Du hjælper hende med at logge på, men hun taster selv.
mitid-kodeoplaeser-step-1 = Log på som Erna Holm med MitID og kodeoplæseren.
    .hint-1 = Gå til siden Din øvelse. Ved Erna står hendes bruger-ID og adgangskode til MitID.
    .hint-2 = Klik på "Log på med MitID" og "Fortsæt". Tryk så på den røde knap, og lyt til koden.
    .hint-3 = Skriv de 6 cifre i feltet "Engangskode", og klik "Fortsæt". Skriv adgangskoden, og klik "Fortsæt".

## mitid-afvis
mitid-afvis-title = Afvis en anmodning, du ikke selv har startet
mitid-afvis-description = Godkend kun det, du selv har sat i gang. Kommer der en anmodning, du ikke kender, skal du afvise den.
mitid-afvis-story = Karens telefon viser en anmodning om at logge på. Men Karen har ikke prøvet at logge på.
mitid-afvis-step-1 = Åbn Karens øvetelefon, og afvis anmodningen i MitID app.
    .hint-1 = Gå til siden Din øvelse. Ved Karen er der en knap til hendes telefon.
    .hint-2 = Klik på "Åbn telefon". Anmodningen står i MitID app.
    .hint-3 = Klik "Afvis". Godkend aldrig noget, du ikke selv har sat i gang.

## mitid-underskriv
mitid-underskriv-title = Underskriv en læseadgang med MitID
mitid-underskriv-description = Når du giver en hjælper adgang til din post, skal du underskrive. Det kan du gøre med MitID.
mitid-underskriv-story = Poul vil have, at naboen Karen kan læse hans post, mens han er på ferie. Han bruger MitID kodeviser.
mitid-underskriv-step-1 = Log på som Poul Nielsen med MitID og kodeviseren.
    .hint-1 = Gå til siden Din øvelse. Ved Poul står hans bruger-ID og adgangskode til MitID.
    .hint-2 = Klik på "Log på med MitID" og "Fortsæt". Tryk så på knappen på kodeviseren.
    .hint-3 = Skriv de 6 cifre i feltet "Engangskode", og klik "Fortsæt". Skriv adgangskoden, og klik "Fortsæt".
mitid-underskriv-step-2 = Giv Karen Jensen læseadgang til Pouls post, og underskriv med MitID.
    .hint-1 = Gå til Digital Post, og klik på "Læse- og skriveadgang".
    .hint-2 = Klik på "Giv adgang". Skriv Karens navn og CPR-nummer, som de står på siden Din øvelse.
    .hint-3 = Vælg "Læseadgang", klik "Næste", og klik "Underskriv med MitID". Tryk på kodeviserens knap, skriv koden og adgangskoden.

## fidus-skat-sms
fidus-skat-sms-title = Genkend en falsk SMS fra "Skat"
fidus-skat-sms-description = Svindlere sender SMS'er, der ligner beskeder fra myndighederne. Lær tegnene at kende, og slet beskeden.
fidus-skat-sms-story = Karen får en SMS om, at hun skal have penge tilbage i skat. Hun skal bare klikke på et link.
fidus-skat-sms-step-1 = Åbn Karens øvetelefon, og læs SMS'en under "Beskeder". Er den falsk, så slet den.
    .hint-1 = Gå til siden "Din øvelse". Ved Karen er der en knap til hendes telefon.
    .hint-2 = Klik på "Beskeder". Se på afsenderen, linket og sproget.
    .hint-3 = Skat sender aldrig et link i en SMS, hvor du skal logge på. Klik "Slet".

## fidus-post-fuld
fidus-post-fuld-title = Genkend en falsk e-mail om, at Digital Post er fuld
fidus-post-fuld-description = Svindlere skriver, at din Digital Post er fuld, og at dine breve bliver slettet. Lær tegnene at kende, og slet e-mailen.
fidus-post-fuld-story = Mette får en e-mail om, at hendes Digital Post er fuld. Hun skal logge på for at udvide den.
fidus-post-fuld-step-1 = Åbn Mettes øvetelefon, og læs e-mailen under "E-mail". Er den falsk, så slet den.
    .hint-1 = Gå til siden "Din øvelse". Ved Mette er der en knap til hendes telefon.
    .hint-2 = Klik på "E-mail". Se på afsenderen, linket og truslen om, at dine breve bliver slettet.
    .hint-3 = Digital Post kan ikke blive fuld, og den sender ikke links, du skal logge på fra. Klik "Slet".

## fidus-aegte-brev
fidus-aegte-brev-title = Et ægte brev fra Skattestyrelsen
fidus-aegte-brev-description = Ikke alt er svindel. Breve i Digital Post kommer fra rigtige myndigheder. Dem skal du læse, ikke frygte.
fidus-aegte-brev-story = Karen er blevet forsigtig efter en falsk SMS. Nu har hun fået et brev fra Skattestyrelsen i Digital Post. Er det ægte?
fidus-aegte-brev-step-1 = Log på som Karen Jensen med NemID og nøglekortet.
    .hint-1 = Gå til siden "Din øvelse". Der står alle personerne.
    .hint-2 = Klik på "Log på som Karen Jensen". Adgangskoden står på personens kort.
    .hint-3 = Skriv adgangskoden, klik "Næste", find nøglenummeret på nøglekortet ("Vis nøglekort") og skriv de 6 cifre ved siden af. Klik "Log på".
fidus-aegte-brev-step-2 = Åbn brevet fra Skattestyrelsen i Digital Post. Det er ægte: det ligger i Digital Post, og det beder dig ikke om koder.
    .hint-1 = Brevet ligger i "Indbakke".
    .hint-2 = Afsenderen er Skattestyrelsen. Breve i Digital Post kommer fra rigtige myndigheder.
    .hint-3 = Klik på "Din forskudsopgørelse for 2027 er klar".

## fidus-opkald
fidus-opkald-title = Nogen ringer og beder dig godkende i MitID-appen
fidus-opkald-description = Svindlere ringer og siger, at de er fra Borgerservice eller banken. De beder dig godkende en anmodning i MitID-appen. Lær at sige nej.
fidus-opkald-story = Karens telefon ringer. En mand siger, at han er fra Borgerservice, og at hendes MitID bliver spærret. Lige efter kommer der en anmodning i MitID-appen.
fidus-opkald-step-1 = Åbn Karens øvetelefon, og læs, hvad manden siger under "Opkald". Afvis så anmodningen i "MitID app".
    .hint-1 = Karen har ikke selv prøvet at logge på. Så er anmodningen ikke hendes.
    .hint-2 = Gå til siden "Din øvelse", og åbn Karens telefon. Opkaldet står under "Opkald", anmodningen under "MitID app".
    .hint-3 = Klik "Læg på" under "Opkald". Klik så på "MitID app", og klik "Afvis" ved anmodningen.

## hjaelp-kig-vaek
hjaelp-kig-vaek-title = Kig væk, når hun skriver sine koder
hjaelp-kig-vaek-description = Hjælper du en anden med det digitale, må du ikke kende hendes bruger-id, adgangskode eller koder. Kig væk, mens hun skriver dem.
hjaelp-kig-vaek-story = Amina er bydelsmor. Hun sidder ved siden af Karen, som skal logge på. Du spiller begge: først Amina, der kigger væk, så Karen, der skriver.
hjaelp-kig-vaek-step-1 = Kig væk med knappen Jeg kigger væk her i vejledningen. Log så på som Karen.
    .hint-1 = Karen skal selv skrive sine koder. Amina må ikke se dem.
    .hint-2 = Knappen Jeg kigger væk står i vejledningen under dette trin. Tryk på den, før Karen skriver noget.
    .hint-3 = Tryk Jeg kigger væk. Gå så til siden "Din øvelse", klik "Log på som Karen Jensen", og skriv hendes adgangskode og nøgle.
