### Fact sheets: one A4 page per theme, in Let dansk (easy Danish) (da-let).
### produced-by: machine draft (AI language model) from the Danish text, 2026-12-02
### reviewed: no

handouts-title = Fakta-ark
handouts-intro = Her er et ark for hvert emne. Du kan printe det og tage det med hjem. Ordene fra skærmen står på dansk, ligesom du ser dem.
handout-nemid-title = NemID og nøglekortet
handout-nemid-1 = Du logger på med dit "Bruger-id" og din "Adgangskode". Du skal også bruge en nøgle fra dit "nøglekort" (et kort af papir med mange koder).
handout-nemid-2 = Skærmen viser et "Nøglenummer" med fire cifre. Find nummeret på nøglekortet. Skriv de seks cifre, der står ved siden af.
handout-nemid-3 = Du kan kun bruge hver nøgle én gang. Når kortet næsten er brugt op, får du et nyt med posten.
handout-nemid-4 = Skriver du forkert for mange gange, bliver dit NemID spærret (lukket). Så kan Borgerservice hjælpe dig.
handout-nemid-5 = Giv aldrig dit nøglekort eller din adgangskode til andre. Heller ikke hvis nogen siger, at de ringer fra kommunen eller banken.
handout-nemid-6 = I dag bruger man MitID. Men reglen er den samme: Dine koder er kun dine.
handout-mitid-title = MitID
handout-mitid-1 = Du logger på med dit "Bruger-id". Så bekræfter du (siger ja) med MitID-appen på din telefon. Du kan også bruge en kodeviser eller en kodeoplæser.
handout-mitid-2 = I appen må du kun godkende noget, du selv lige har startet. Læs, hvad der står, før du godkender.
handout-mitid-3 = Har du ikke selv startet noget? Så tryk "Afvis" (sig nej). Godkend aldrig, fordi nogen ringer eller skriver til dig.
handout-mitid-4 = Har du ikke en smartphone? Så kan du få en kodeviser (en lille dims, der viser en kode). Er du blind, eller ser du dårligt? Så kan du få en kodeoplæser (en dims, der læser koden højt).
handout-mitid-5 = Har du glemt dit bruger-id? Eller har du mistet din telefon? Gå ind på mitid.dk. Du kan også få hjælp hos Borgerservice.
handout-mitid-6 = Myndigheder (offentlige kontorer) beder aldrig om dine MitID-oplysninger. Ikke i en mail, ikke i en sms og ikke i telefonen.
handout-post-title = Digital Post
handout-post-1 = Digital Post er din postkasse på nettet. Her får du breve fra kommunen, hospitalet, Skattestyrelsen og andre myndigheder (offentlige kontorer).
handout-post-2 = Nye breve kommer i "Indbakke" (mappen med nye breve). Et brev, du ikke har læst, står med fed skrift.
handout-post-3 = Klik på emnet for at læse brevet. Nogle breve har et bilag. Et bilag er en fil i brevet. Du kan åbne den.
handout-post-4 = Du kan lave en mappe til breve, der hører sammen. Brug "Opret mappe" (lav en ny mappe). Flyt så brevene derhen med "Flyt".
handout-post-5 = Når du sletter et brev, kommer det i "Papirkurv" (mappen med slettede breve). Der ligger det et stykke tid. Derfra kan du hente det tilbage.
handout-post-6 = Læs din post hver uge. Breve fra myndigheder kan have en frist (en dato, hvor du senest skal svare eller gøre noget).
handout-help-title = Hjælp andre – og få hjælp
handout-help-1 = Med "læseadgang" kan en, du stoler på, læse din Digital Post. Du vælger selv: alle mapper eller kun nogle af dem.
handout-help-2 = Med en "fuldmagt" kan en, du stoler på, gøre bestemte ting for dig på nettet. For eksempel kan personen skifte læge for dig.
handout-help-3 = Du giver adgang eller fuldmagt fra din egen side. Du bekræfter (siger ja) med dit login. Du kan altid tage det tilbage igen.
handout-help-4 = Den, der hjælper dig, logger på med sit eget login. Aldrig med dit.
handout-help-5 = Kan du slet ikke bruge computer og net? Så kan Borgerservice hjælpe dig. Du kan også blive fritaget for Digital Post (så skal du ikke bruge den).
handout-safety-title = Pas på dig selv på nettet
handout-safety-1 = Myndigheder skriver til dig i Digital Post. De beder dig aldrig om dit bruger-id, din adgangskode eller dine koder i en mail eller en sms.
handout-safety-2 = Får du en sms eller en mail om penge tilbage, en fuld postkasse eller en pakke? Så tryk ikke på linket. Gå selv ind på borger.dk.
handout-safety-3 = Ringer nogen og beder dig godkende noget? Eller beder de dig læse en kode op? Så læg på.
handout-safety-4 = Log altid af med "Log af", når du er færdig. Det er især vigtigt på en computer, som andre også bruger.
handout-safety-5 = Har du givet dine koder til nogen? Ring til Borgerservice eller din bank med det samme.
