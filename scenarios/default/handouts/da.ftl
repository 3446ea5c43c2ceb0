### Fakta-ark: ét A4-ark pr. tema at printe og tage med hjem (Dansk). Ordene på skærmen står
### på dansk i anførselstegn, som på skærmen.
### produced-by: Demoborger's developers, the original text
### reviewed: source

handouts-title = Fakta-ark
handouts-intro = Et ark pr. emne at printe og tage med hjem. Ordene fra skærmen står på dansk, som du ser dem.
handout-nemid-title = NemID og nøglekortet
handout-nemid-1 = Du logger på med dit "Bruger-id", din "Adgangskode" og en nøgle fra dit "nøglekort".
handout-nemid-2 = Skærmen viser et "Nøglenummer" med fire cifre. Find det på nøglekortet, og skriv de seks cifre, der står ved siden af.
handout-nemid-3 = Hver nøgle bruges kun én gang. Når kortet er ved at være brugt op, kommer der et nyt med posten.
handout-nemid-4 = Skriver du forkert for mange gange, bliver dit NemID spærret. Så kan Borgerservice hjælpe dig.
handout-nemid-5 = Giv aldrig dit nøglekort eller din adgangskode til andre – heller ikke til en, der siger, at de ringer fra kommunen eller banken.
handout-nemid-6 = I dag bruger man MitID. Men det er det samme at passe på: dine koder er kun dine.
handout-mitid-title = MitID
handout-mitid-1 = Du logger på med dit "Bruger-id" og bekræfter med MitID-appen på din telefon, med en kodeviser eller med en kodeoplæser.
handout-mitid-2 = I appen godkender du kun det, du selv lige har startet. Læs, hvad der står, før du godkender.
handout-mitid-3 = Har du ikke selv startet noget, så tryk "Afvis". Godkend aldrig, fordi nogen ringer eller skriver til dig.
handout-mitid-4 = Har du ikke en smartphone, kan du få en kodeviser. Er du blind eller svagsynet, kan du få en kodeoplæser.
handout-mitid-5 = Glemt dit bruger-id eller mistet telefonen? Gå på mitid.dk, eller få hjælp hos Borgerservice.
handout-mitid-6 = Myndigheder spørger aldrig efter dine MitID-oplysninger i en mail, en sms eller et opkald.
handout-post-title = Digital Post
handout-post-1 = Digital Post er din postkasse på nettet. Her skriver kommunen, hospitalet, Skattestyrelsen og andre myndigheder til dig.
handout-post-2 = Nye breve kommer i "Indbakke". Et brev, du ikke har læst, står med fed skrift.
handout-post-3 = Klik på emnet for at læse brevet. Et bilag er en fil i brevet, som du kan åbne.
handout-post-4 = Lav en mappe til breve, der hører sammen, med "Opret mappe", og flyt brevene derhen med "Flyt".
handout-post-5 = Et brev, du sletter, ligger i "Papirkurv" i et stykke tid. Derfra kan du hente det tilbage.
handout-post-6 = Læs din post hver uge. Breve fra myndigheder kan have en frist.
handout-help-title = Hjælp andre – og få hjælp
handout-help-1 = Med "læseadgang" kan en, du stoler på, læse din Digital Post. Du vælger selv, om det er alle mapper eller kun nogle.
handout-help-2 = Med en "fuldmagt" kan en, du stoler på, gøre bestemte ting på nettet for dig, for eksempel skifte læge.
handout-help-3 = Du giver adgang eller fuldmagt fra din egen side, og du bekræfter med dit login. Du kan altid tage det tilbage.
handout-help-4 = Den, der hjælper dig, logger på med sit eget login – aldrig med dit.
handout-help-5 = Kan du slet ikke bruge det digitale, kan Borgerservice hjælpe dig, og du kan blive fritaget for Digital Post.
handout-safety-title = Pas på dig selv på nettet
handout-safety-1 = Myndigheder skriver til dig i Digital Post. De beder dig aldrig om dit bruger-id, din adgangskode eller dine koder i en mail eller en sms.
handout-safety-2 = Tryk ikke på links i en sms eller en mail om penge tilbage, en fyldt postkasse eller en pakke. Gå selv ind på borger.dk.
handout-safety-3 = Ringer nogen og beder dig om at godkende noget eller læse en kode op, så læg på.
handout-safety-4 = Log altid af med "Log af", når du er færdig – især på en computer, som andre også bruger.
handout-safety-5 = Har du givet dine koder til nogen? Ring til Borgerservice eller til din bank med det samme.
