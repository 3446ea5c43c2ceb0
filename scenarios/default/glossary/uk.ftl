### Glossary: the Danish words a learner meets, explained in Ukrainian (uk).
### produced-by: machine draft (AI language model) from the Danish and English texts, 2026-12-02
### reviewed: no

glossary-title = Словник
glossary-intro = Данські слова, які ви бачите на екрані. Слова написані данською, як на екрані, а під кожним словом написано, що воно означає.
word-nemid = Ваш вхід до державних послуг в інтернеті протягом багатьох років: ім’я користувача, пароль і паперова картка з кодами. Сьогодні користуються MitID.
    .term = NemID
word-mitid = Вхід, яким користуються сьогодні. Ви підтверджуєте його застосунком на телефоні або маленьким пристроєм, що показує код (kodeviser).
    .term = MitID
word-noeglekort = Паперова картка з багатьма ключами. Кожен ключ — це номер із чотирьох цифр і ключ із шести цифр.
    .term = nøglekort
word-noeglenummer = Номер, який ви бачите на екрані, коли входите. Знайдіть його на nøglekort (картці з кодами) і введіть шість цифр, що стоять поруч із ним.
    .term = nøglenummer
word-bruger-id = Ваше ім’я в системі. Це число або слово, яке ви вибрали самі. Це не ваш CPR-номер.
    .term = bruger-id
word-adgangskode = Ваше таємне слово (пароль). Ніколи нікому його не кажіть, навіть тому, хто вам телефонує.
    .term = adgangskode
word-log-paa = Увійдіть на свою сторінку зі своїми даними для входу. "Log af" (Вийти) означає, що ви знову виходите.
    .term = Log på
word-cpr-nummer = Ваш особистий номер: дата народження (шість цифр) і ще чотири цифри. Такий номер є в кожного в Данії.
    .term = CPR-nummer
word-digital-post = Ваша поштова скринька в інтернеті. Сюди вам пишуть комуна, лікарня, Skattestyrelsen (податкова служба) та інші державні установи.
    .term = Digital Post
word-indbakke = Папка, куди приходять нові листи.
    .term = Indbakke
word-papirkurv = Папка з листами, які ви видалили. Звідти можна повернути лист назад.
    .term = Papirkurv
word-mappe = Місце для листів на одну тему, наприклад для всіх листів про ваше здоров’я.
    .term = mappe
word-bilag = Додатковий документ у листі, часто PDF-файл, який можна відкрити.
    .term = bilag
word-myndighed = Державна установа, наприклад комуна, Skattestyrelsen (податкова служба) або Udbetaling Danmark (служба виплат).
    .term = myndighed
word-laeseadgang = Ви дозволяєте людині, якій довіряєте, читати вашу пошту в Digital Post (цифровій пошті). Цей дозвіл можна потім забрати.
    .term = læseadgang
word-fuldmagt = Ви дозволяєте людині, якій довіряєте, робити за вас певні справи в інтернеті, наприклад змінити лікаря.
    .term = fuldmagt
word-borgerservice = Офіс комуни, де вам допоможуть із цифровими справами і з вашим NemID або MitID.
    .term = Borgerservice
word-underskriv = Підтвердьте своїми даними для входу, що саме ви даєте дозвіл.
    .term = Underskriv
