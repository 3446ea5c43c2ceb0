### The guide's own words in English (en): the exercise panel, the catalogue,
### the result page and the certificate. The service itself stays in Danish.
### produced-by: Demoborger's developers (not native English speakers)
### reviewed: no

language_name = English
panel = Exercise
story = Read the story
step = Step { $n } of { $total }
show_hint = Show hint
hide_panel = Hide the guide
show_panel = Show the guide
hint = Hint
skip = Skip step
stop = Stop the exercise
finished = You have done all the steps.
see_result = See your result
catalogue = Exercises
catalogue_intro = Choose an exercise. You get a short story and one step at a time, with help if you need it. The exercise notices when you have done what it asks.
start = Start
minutes = min.
level_begynder = Beginner
level_oevet = Practised
audience_borger = For citizens
audience_hjaelper = For helpers
audience_underviser = For teachers
theme_nemid = NemID and MitID
theme_digital_post = Digital Post
theme_help = Helping others
theme_security = Security
start_note = Starting an exercise gives you a new practice world. What you did in the old one is gone.
done_title = Well done!
done_text = You have completed the exercise
alone = Steps done without help: { $n } of { $total }
nickname = Nickname (optional)
nickname_hint = Type a nickname if you want it on the certificate. You do not need to give your real name.
certificate = Certificate
make_certificate = Make the certificate
print = Print
print_hint = Print from the browser's menu: Ctrl+P (Cmd+P on a Mac).
certificate_text = has completed the exercise
date = Date
language = Language
change_language = Change language
stopped = The exercise has stopped.
other_exercises = Choose another exercise
no_exercise = No exercise is running. Choose an exercise first.
learner = A participant
read_aloud = Read aloud
no_voice = There is no voice in your language. Listen to the Danish text instead:
