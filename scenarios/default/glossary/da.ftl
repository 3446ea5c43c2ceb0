### Ordliste: de danske ord, en deltager møder i øvelserne, forklaret (Dansk). Hvert ord
### har sit ord som på skærmen (.term) og en kort forklaring.
### produced-by: Demoborger's developers, the original text
### reviewed: source

glossary-title = Ordliste
glossary-intro = De danske ord, du møder på skærmen. Ordene står på dansk, som på skærmen, og under hvert ord står, hvad det betyder.
word-nemid = Dit login til det offentlige på nettet i mange år: bruger-id, adgangskode og et nøglekort af papir. I dag bruger man MitID.
    .term = NemID
word-mitid = Det login, man bruger i dag. Du bekræfter med en app på telefonen eller en kodeviser.
    .term = MitID
word-noeglekort = Et kort af papir med mange nøgler. Hver nøgle er et nummer på fire cifre og en nøgle på seks cifre.
    .term = nøglekort
word-noeglenummer = Nummeret på skærmen, når du logger på. Find det på nøglekortet, og skriv de seks cifre, der står ved siden af.
    .term = nøglenummer
word-bruger-id = Dit navn i systemet. Det er et nummer eller et ord, du selv har valgt. Det er ikke dit CPR-nummer.
    .term = bruger-id
word-adgangskode = Dit hemmelige ord. Sig det aldrig til nogen, heller ikke til en, der ringer.
    .term = adgangskode
word-log-paa = Gå ind på din egen side med dit login. "Log af" betyder, at du går ud igen.
    .term = Log på
word-cpr-nummer = Dit personnummer: din fødselsdag (seks cifre) og fire cifre mere. Alle i Danmark har et.
    .term = CPR-nummer
word-digital-post = Din postkasse på nettet. Her skriver kommunen, hospitalet, Skattestyrelsen og andre myndigheder til dig.
    .term = Digital Post
word-indbakke = Mappen, hvor nye breve kommer ind.
    .term = Indbakke
word-papirkurv = Mappen med de breve, du har slettet. Du kan hente et brev tilbage derfra.
    .term = Papirkurv
word-mappe = Et sted til breve, der hører sammen, for eksempel alle breve om dit helbred.
    .term = mappe
word-bilag = Et ekstra dokument i et brev, ofte en PDF-fil, du kan åbne.
    .term = bilag
word-myndighed = Et offentligt kontor, for eksempel kommunen, Skattestyrelsen eller Udbetaling Danmark.
    .term = myndighed
word-laeseadgang = Du giver en, du stoler på, lov til at læse din Digital Post. Du kan tage det tilbage igen.
    .term = læseadgang
word-fuldmagt = Du giver en, du stoler på, lov til at gøre bestemte ting på nettet for dig, for eksempel skifte læge.
    .term = fuldmagt
word-borgerservice = Kommunens kontor, hvor du kan få hjælp til det digitale og til dit NemID eller MitID.
    .term = Borgerservice
word-underskriv = Bekræft med dit login, at det er dig, der giver lov.
    .term = Underskriv
