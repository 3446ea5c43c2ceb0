### Glossary: the Danish words a learner meets, explained in Let dansk (easy Danish) (da-let).
### produced-by: machine draft (AI language model) from the Danish and English texts, 2026-12-02
### reviewed: no

glossary-title = Ordliste
glossary-intro = Her er de danske ord, du ser på skærmen. Ordet står på dansk, ligesom på skærmen. Under ordet står, hvad det betyder.
word-nemid = Det gamle login til det offentlige på nettet. Mange brugte det i mange år. Du skal bruge et bruger-id, en adgangskode og et nøglekort af papir. I dag bruger man MitID.
    .term = NemID
word-mitid = Det login, man bruger i dag. Du siger ja (bekræfter) med en app på din telefon. Du kan også bruge en kodeviser (en lille dims, der viser en kode).
    .term = MitID
word-noeglekort = Et kort af papir med mange nøgler. Hver nøgle har to tal. Nøglenummeret har fire cifre. Nøglen har seks cifre.
    .term = nøglekort
word-noeglenummer = Et nummer med fire cifre. Du ser det på skærmen, når du logger på. Find nummeret på dit nøglekort. Skriv de seks cifre, der står ved siden af.
    .term = nøglenummer
word-bruger-id = Dit navn i systemet. Det er et nummer eller et ord. Du har selv valgt det. Det er ikke dit CPR-nummer.
    .term = bruger-id
word-adgangskode = Dit hemmelige ord. Sig det aldrig til andre. Heller ikke hvis nogen ringer og spørger.
    .term = adgangskode
word-log-paa = Gå ind på din egen side med dit login. "Log af" betyder, at du går ud igen.
    .term = Log på
word-cpr-nummer = Dit personnummer. Det er din fødselsdag (seks cifre) og fire cifre mere. Alle i Danmark har et CPR-nummer.
    .term = CPR-nummer
word-digital-post = Din postkasse på nettet. Her får du breve fra kommunen, hospitalet, Skattestyrelsen og andre myndigheder (offentlige kontorer).
    .term = Digital Post
word-indbakke = Den mappe, hvor nye breve kommer ind.
    .term = Indbakke
word-papirkurv = Mappen med de breve, du har slettet. Du kan hente et brev tilbage herfra.
    .term = Papirkurv
word-mappe = Et sted til breve, der hører sammen. For eksempel alle breve om dit helbred.
    .term = mappe
word-bilag = Et ekstra dokument, der følger med et brev. Det er tit en PDF-fil. Du kan åbne den.
    .term = bilag
word-myndighed = Et offentligt kontor. For eksempel kommunen, Skattestyrelsen eller Udbetaling Danmark.
    .term = myndighed
word-laeseadgang = Du giver en person lov til at læse din Digital Post. Det skal være en, du stoler på. Du kan tage det tilbage igen.
    .term = læseadgang
word-fuldmagt = Du giver en person lov til at gøre bestemte ting for dig på nettet. For eksempel at skifte læge for dig. Det skal være en, du stoler på.
    .term = fuldmagt
word-borgerservice = Kommunens kontor. Her kan du få hjælp til ting på nettet. Du kan også få hjælp til dit NemID eller MitID.
    .term = Borgerservice
word-underskriv = Sig ja med dit login. Så viser du, at det er dig, der giver lov.
    .term = Underskriv
