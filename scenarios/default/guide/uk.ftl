### The guide's own words in Ukrainian (uk): the exercise panel, the catalogue, the result page and the certificate.
### produced-by: machine draft (AI language model) from the Danish and English texts, 2026-12-02
### reviewed: no

language_name = Українська
panel = Вправа
story = Прочитайте історію
step = Крок { $n } з { $total }
show_hint = Показати підказку
hide_panel = Сховати інструкцію
show_panel = Показати інструкцію
hint = Підказка
skip = Пропустити крок
stop = Зупинити вправу
finished = Ви виконали всі кроки.
see_result = Подивитися свій результат
catalogue = Вправи
catalogue_intro = Виберіть вправу. Ви отримаєте коротку історію і по одному кроку за раз, а якщо треба — допомогу. Вправа сама побачить, коли ви зробите те, що вона просить.
start = Почати
minutes = хв
level_begynder = Для початківців
level_oevet = Для досвідчених
audience_borger = Для громадян
audience_hjaelper = Для помічників
audience_underviser = Для викладачів
theme_nemid = NemID
theme_digital_post = Digital Post
theme_help = Допомога іншим
theme_security = Безпека
start_note = Коли ви починаєте вправу, ви отримуєте новий світ для вправ. Усе, що ви зробили в попередньому, зникне.
done_title = Чудова робота!
done_text = Ви виконали вправу
alone = Кроків виконано без допомоги: { $n } з { $total }
nickname = Псевдонім (необов’язково)
nickname_hint = Напишіть псевдонім, якщо хочете, щоб він був у сертифікаті. Не обов’язково писати своє справжнє ім’я.
certificate = Сертифікат про курс
make_certificate = Створити сертифікат
print = Надрукувати
print_hint = Друкуйте через меню браузера: Ctrl+P (Cmd+P на Mac).
certificate_text = виконав(-ла) вправу
date = Дата
language = Мова
change_language = Змінити мову
stopped = Вправу зупинено.
other_exercises = Виберіть іншу вправу
no_exercise = Зараз жодна вправа не виконується. Спочатку виберіть вправу.
learner = Учасник курсу
