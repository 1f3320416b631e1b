#!/usr/bin/env python3
"""Build tests/data/phi_dev.jsonl: the development set for the PHI scanner.

A third labelled set, written after the tuning set (phi_eval.jsonl) to find the
scanner's weak spots with posts it was not tuned on: names that are also words or
written in lower case, names only in hashtags, hyphenated and double surnames,
initials, nicknames, relatives in unusual constructions, employers, person-tied dates
and ages in many forms, identifiers pasted in odd formats; and as many hard negatives
(staff in new phrasings, donors, volunteers, public figures, eponyms, awareness days,
event dates, statistics, campaign hashtags, the hospital's own details). Improve the
scanner on this set and on the tuning set; the held-out set is scored only in
aggregate.

Plain Python, standard library only, deterministic; the machinery (span notation,
checks, output) is `phi_labels.LabelledSet`, shared with the other sets.

Run:  cd /work/main && python3 tests/data/build_phi_dev.py

LABELLING RULES
===============
Exactly the rules in the docstring of tests/data/build_phi_eval.py, plus the holdout
set's decisions (tests/data/holdout/build.py: employers are NAME, ages over 89 of an
unnamed patient are AGE, seasons are not dates). Two questions those rules leave open
are decided here, from ../../shared/HIPAA.md ("PHI ... drafts that identify a patient";
the 18 Safe Harbor identifiers count "when they are about the patient or the patient's
relatives, household or employer"):

  * Nameless but specific patient stories ("our youngest patient went home today
    after 43 days") are NOT patient-specific when they carry none of the 18
    identifiers: "today", durations, ages of 89 and under, units and diagnoses do not
    identify anyone. Such a story becomes patient-specific as soon as it carries one
    identifier: a person-tied date ("born on June 1"), an age over 89, a room or bed
    number, a home town, a relative's name.
  * Every mention of a person-tied date is labelled, however it is written: the same
    string repeated (the builder checks this), and the same day written again in
    another form ("born 3/14 ... our Pi Day baby": both "3/14" and "Pi Day"; "el 5 de
    mayo ... ese Cinco de Mayo"). Relative expressions that only point back ("that
    day", "last Tuesday", "since then") are still not labelled.
  * The name of a patient's school or team is not an identifier in itself (it is not
    one of the 18); the school's town is GEO when it tells where the patient lives.
  * A day of the month alone ("on the 14th", "el día 5") is a date element and is
    labelled when it is the day of the patient's event; weekdays and relative
    expressions ("last Tuesday", "since then", "ayer") are not.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from phi_labels import LabelledSet  # noqa: E402

SET = LabelledSet(
    os.path.join(HERE, "phi_dev.jsonl"), os.path.join(HERE, "phi_eval_org.json"), id_prefix="dev"
)
P = SET.P
T, F = True, False
N = "NAME"
D = "DATE"
A = "AGE"
G = "GEO"

# ---------------------------------------------------------------------------
# English, patient-specific
# ---------------------------------------------------------------------------

P(
    "en",
    "discharge",
    T,
    "after 51 days on 5 West, rose is finally home with her cat and her crossword books 🌹 rose, the night shift misses your terrible puns already.",
    [(N, "rose", "*")],
    "lower-case name that is also a flower",
)
P(
    "en",
    "patient_story",
    T,
    "Shout-out to Marisol, whose son spent the whole summer in our PICU and who never once forgot to bring the night nurses coffee ☕",
    [(N, "Marisol")],
    "relative named in an unusual construction; 'summer' is a season",
)
P(
    "en",
    "patient_story",
    T,
    "#StrongLikeSofia 💪 Eight rounds of chemo, one very fancy wig, zero complaints. Keep shining, kiddo!",
    [(N, "#StrongLikeSofia")],
    "name only inside a hashtag",
)
P(
    "en",
    "patient_story",
    T,
    "Our hearts are with the family of Brayden tonight. #prayforbrayden 🙏",
    [(N, "Brayden"), (N, "#prayforbrayden")],
    "lower-case hashtag with a prayer prefix",
)
P(
    "en",
    "milestone_birthday",
    T,
    "Mrs. Adeline Fairbanks turns 100 today on our rehab floor! 🎂 She credits daily crosswords and 'never marrying a grump.'",
    [(N, "Adeline Fairbanks"), (A, "100")],
    "centenarian birthday, 'turns 100'",
)
P(
    "en",
    "milestone_birthday",
    T,
    "92 years young and still beating our therapists at checkers ♟️ Happy birthday, Walter!",
    [(A, "92"), (N, "Walter")],
    "'years young'",
)
P(
    "en",
    "patient_story",
    T,
    "Grandma Ines is in her nineties and just walked 40 feet after her hip surgery. Our PT team is in awe.",
    [(N, "Ines"), (A, "nineties")],
    "age as a decade over 89",
)
P(
    "en",
    "birth_announcement",
    T,
    "Say hello to baby Summer! ☀️ Born at 2:13 a.m. on June 1, all 7 lb 4 oz of her. Mom Keisha says the name was always going to be Summer.",
    [(N, "Summer", "*"), (D, "June 1"), (N, "Keisha")],
    "name that is a season, with a time-stamped birth date",
)
P(
    "en",
    "discharge",
    T,
    "Hunter is heading home! After a rough tumble off his bike on the 14th of May, this 9-year-old is back on two wheels (with a helmet, Hunter!) 🚲",
    [(N, "Hunter", "*"), (D, "the 14th of May")],
    "name that is a word; ordinal date",
)
P(
    "en",
    "patient_story",
    T,
    "We see you, Mercedes! Three weeks ago you couldn't lift a spoon; today you fed yourself breakfast. Proud of you 💜",
    [(N, "Mercedes")],
    "name that is a car brand",
)
P(
    "en",
    "patient_story",
    T,
    "Mr. King, our favorite storyteller in the cardiac unit, went home yesterday with a new valve and a lot of new fans. 🎶",
    [(N, "King")],
    "surname that is a word, after an honorific",
)
P(
    "en",
    "patient_story",
    T,
    "Thank you to the Okafor-Reyes family for the thank-you banner! Little Amara's NICU team hung it right by the nurses' station 💕",
    [(N, "Okafor-Reyes"), (N, "Amara")],
    "hyphenated family name",
)
P(
    "en",
    "patient_story",
    T,
    "J.D. was our very first patient in the new pediatric wing, and today he came back to cut the ribbon on his 10th birthday 🎉",
    [(N, "J.D.")],
    "initials as a name",
)
P(
    "en",
    "patient_story",
    T,
    "They call him Tank on 4 North. Real name Thaddeus, age 7, and he has beaten every nurse at Uno this month.",
    [(N, "Tank"), (N, "Thaddeus")],
    "nickname and real name",
)
P(
    "en",
    "thank_you",
    T,
    "A big thank-you to abuela Carmen, who knitted a hat for every baby in our NICU while her granddaughter Lucia was with us 🧶",
    [(N, "Carmen"), (N, "Lucia")],
    "grandmother after a lower-case Spanish kinship word",
)
P(
    "en",
    "patient_story",
    T,
    "Marcus's twin sister Maya was the first face he saw when he woke up after surgery. Twins, man. 💙",
    [(N, "Marcus"), (N, "Maya")],
    "twin sister",
)
P(
    "en",
    "patient_story",
    T,
    "Her husband, Dale, hasn't missed a single visit in 62 days. Today Joanne finally went home with him ❤️",
    [(N, "Dale"), (N, "Joanne")],
    "husband named in an appositive",
)
P(
    "en",
    "patient_story",
    T,
    "Back behind the counter at Millbrook Feed & Seed: Ray Dunlap, six weeks after his heart attack. His boss says he's already reorganized the bolt aisle.",
    [(N, "Millbrook Feed & Seed"), (N, "Ray Dunlap")],
    "patient's employer",
)
P(
    "en",
    "patient_story",
    T,
    "Priya, who works as a cashier at Hillside Grocery, was back on her feet a week after her appendectomy. Don't ignore belly pain, friends!",
    [(N, "Priya"), (N, "Hillside Grocery")],
    "employer after 'works as a cashier at'",
)
P(
    "en",
    "birth_announcement",
    T,
    "Born 3/14 at 3:14 p.m. — you can't make this up! Welcome, Pi, our Pi Day baby 🥧",
    [(D, "3/14"), (N, "Pi", "*"), (D, "Pi Day")],
    "birth date repeated as a holiday name; Pi is a name here",
)
P(
    "en",
    "memorial",
    T,
    "We lost our dear friend Eleanor on Christmas Eve. She was 97 and the heart of our dialysis unit for eleven years as a patient. Rest easy, Eleanor.",
    [(N, "Eleanor", "*"), (D, "Christmas Eve"), (A, "97")],
    "death date as holiday, age over 89",
)
P(
    "en",
    "patient_story",
    T,
    "Since March, Teodoro has come to cardiac rehab three times a week. Last Tuesday he jogged a full mile.",
    [(D, "March"), (N, "Teodoro")],
    "month alone tied to a named patient; last Tuesday not labelled",
)
P(
    "en",
    "discharge",
    T,
    "Discharge day for baby Noor! 🎈 Admitted on the 2nd of January at 26 weeks, she leaves us at 7 lb. Noor, we'll miss those cheeks.",
    [(N, "Noor", "*"), (D, "2nd of January")],
    "admission date written with an ordinal",
)
P(
    "en",
    "patient_story",
    T,
    "Hope arrived on the first of April and nobody believed her parents when they texted the family. No joke: she's perfect. 💕",
    [(N, "Hope"), (D, "first of April")],
    "written-out ordinal date, word name at sentence start",
)
P(
    "en",
    "pasted_record",
    T,
    "Can someone from 3E check on pt in Rm 4B-12? MRN 004 829 13, family asking for an update.",
    [("OTHER_ID", "Rm 4B-12"), ("MRN", "004 829 13")],
    "room with letters and an MRN with spaces",
)
P(
    "en",
    "pasted_record",
    T,
    "Billing question from a dad: acct# 55120934, his daughter's stay last week. Please DM us instead of posting!",
    [("ACCOUNT", "55120934")],
    "account number after 'acct#'",
)
P(
    "en",
    "pasted_record",
    T,
    "Reposting from a mom who asked for help: call her at +1 (612) 555-2233 ext 4 about her son's follow-up.",
    [("PHONE", "+1 (612) 555-2233 ext 4")],
    "family phone with country code and extension",
)
P(
    "en",
    "pasted_record",
    T,
    "Found in the lobby: a blue diaper bag with a card for Jamal Pierce, bed 22. Please claim at the front desk!",
    [(N, "Jamal Pierce"), ("OTHER_ID", "bed 22")],
    "lost-and-found with a name and bed number",
)
P(
    "en",
    "thank_you",
    T,
    "To the family of Mr. Oyelaran: thank you for the jollof rice! Reach them at oyelaran.family@gmail.com if you want the recipe 😄",
    [(N, "Oyelaran"), ("EMAIL", "oyelaran.family@gmail.com")],
    "family e-mail",
)
P(
    "en",
    "patient_story",
    T,
    "grace is 8 and she just taught our whole infusion team how to floss (the dance, not the teeth). #gracestrong",
    [(N, "grace"), (N, "#gracestrong")],
    "lower-case word-name and lower-case hashtag",
)
P(
    "en",
    "patient_story",
    T,
    "will you help us cheer for will? 17 and three weeks out from a spinal fusion, he walked the hallway twice today.",
    [(N, "will", 2)],
    "lower-case 'will' both the verb and the name",
    unlabelled_ok=("will",),
)
P(
    "en",
    "discharge",
    T,
    "A 7 lb baby boy named Ezekiel went home today, 3 weeks old and already running the house. Congrats to his moms!",
    [(N, "Ezekiel")],
    "'named'; small ages not labelled",
)
P(
    "en",
    "patient_story",
    T,
    "Happy heart-versary, Lila! One year ago on Valentine's Day you got your new heart. ❤️",
    [(N, "Lila"), (D, "Valentine's Day")],
    "transplant anniversary on a holiday",
)
P(
    "en",
    "patient_story",
    T,
    "The Delacroix twins, Remy and Josephine, are 5 today! 🎂 Both were born at 29 weeks in our NICU.",
    [(N, "Delacroix"), (N, "Remy"), (N, "Josephine")],
    "twins' family name and first names",
)
P(
    "en",
    "memorial",
    T,
    "Fly high, Officer Dan Whitaker. He fought for 19 days in our Trauma ICU. Our thoughts are with his wife Lorraine and their three kids.",
    [(N, "Dan Whitaker"), (N, "Lorraine")],
    "lay title with a patient cue; wife",
)
P(
    "en",
    "patient_story",
    T,
    "Coach Terrell Banks is awake and asking about Friday's game. His players made him a giant get-well card 🏈",
    [(N, "Terrell Banks")],
    "coach who is a patient",
)
P(
    "en",
    "patient_story",
    T,
    "Remember Baby Girl Nguyen? Now she's Kimmy, she's 2, and she came to our NICU reunion in a tutu. 🩰",
    [(N, "Nguyen"), (N, "Kimmy")],
    "newborn name as the hospital wrote it, then her given name",
)
P(
    "en",
    "patient_story",
    T,
    "Happy 1st birthday to our tiniest graduate, Wren! Born at 23 weeks on Sept 9 last year, now crawling everywhere.",
    [(N, "Wren"), (D, "Sept 9")],
    "abbreviated month",
)
P(
    "en",
    "milestone_birthday",
    T,
    "Mr. Bellweather celebrates 104 candles today on 6 South — the oldest patient our nurses have ever had the pleasure of singing to. 🎉",
    [(N, "Bellweather"), (A, "104")],
    "candles",
)
P(
    "en",
    "milestone_birthday",
    T,
    "Our oldest patient this year? A 106-year-old great-grandmother who still does her own hair. 💇‍♀️",
    [(A, "106-year-old")],
    "unnamed patient over 89",
)
P(
    "en",
    "patient_story",
    T,
    "Jonah's grandpa drove down from Duluth every weekend for 3 months. Today they drove back together. 🚗",
    [(N, "Jonah"), (G, "Duluth")],
    "home town after 'drove down from'",
)
P(
    "en",
    "patient_story",
    T,
    "Tamsin, a sophomore from Anoka, wants everyone to know that helmets are cool now. Trust her, she has a scar to prove it.",
    [(N, "Tamsin"), (G, "Anoka")],
    "home town in an appositive",
)
P(
    "en",
    "thank_you",
    T,
    "Thank you, Mrs. Van der Berg, for the 200 paper cranes! Your husband's nurses hung them all over the CCU.",
    [(N, "Van der Berg")],
    "surname with particles",
)
P(
    "en",
    "patient_story",
    T,
    "When Kofi Mensah-Adjei woke up from his coma on December 3rd, the first thing he asked for was jollof. We love him.",
    [(N, "Kofi Mensah-Adjei"), (D, "December 3rd")],
    "double surname and ordinal date",
)
P(
    "en",
    "patient_story",
    T,
    "Big bro Elijah (age 6) meets his baby sister Harper for the first time 🥹 Welcome to the family, Harper!",
    [(N, "Elijah"), (N, "Harper", "*")],
    "sibling in brackets with age",
)
P(
    "en",
    "patient_story",
    T,
    "Day 40 in the burn unit for our friend Skye. Her mom Tanya asked us to share this: 'She's tougher than all of us.'",
    [(N, "Skye"), (N, "Tanya")],
    "'our friend'",
)
P(
    "en",
    "patient_story",
    T,
    "Reggie's wife Bernadette says his favorite part of rehab is the jello. We say it's flirting with our PT, Bernadette 😂",
    [(N, "Reggie"), (N, "Bernadette", "*")],
    "wife addressed at the end",
)
P(
    "en",
    "patient_story",
    T,
    "A shout-out to Ms. Lottie, who at 101 asked our team to teach her TikTok. She now has more followers than we do. 📱",
    [(N, "Lottie"), (A, "101")],
    "'at 101' in an appositive clause",
)
P(
    "en",
    "patient_story",
    T,
    "Emmanuel and his mother flew in from Port-au-Prince for his heart repair. Today he played soccer in the hallway ⚽",
    [(N, "Emmanuel"), (G, "Port-au-Prince")],
    "foreign city",
)
P(
    "en",
    "pasted_record",
    T,
    "Pt: WASHINGTON, DENISE  DOB 07/22/1958  Adm 10/2  Dx CHF  — posting this by mistake? Nope, just the kind of thing we train staff never to post.",
    [(N, "WASHINGTON, DENISE"), (D, "07/22/1958"), (D, "10/2")],
    "chart line",
)
P(
    "en",
    "patient_story",
    T,
    "Congrats to Dominic, who graduated from our cardiac rehab program on Halloween dressed as a heart 🎃",
    [(N, "Dominic"), (D, "Halloween")],
    "patient event on a holiday",
)
P(
    "en",
    "patient_story",
    T,
    "Hey Millbrook! Meet Ruby-Jean. She's 4, she had open-heart surgery in June, and she wants you to know her scar is a zipper.",
    [(N, "Ruby-Jean"), (D, "June")],
    "hyphenated first name; month of surgery",
)
P(
    "en",
    "patient_story",
    T,
    "Our NICU nurses made a tiny graduation cap for Baby Beau this morning 🎓 His parents, Chelsea and Drew, have waited 98 days for this.",
    [(N, "Beau"), (N, "Chelsea"), (N, "Drew")],
    "parents listed after 'His parents,'",
)
P(
    "en",
    "patient_story",
    T,
    "Sending strength to Officer Kayla Brooks and her family. She remains in our Trauma ICU after Saturday's crash on Route 10.",
    [(N, "Kayla Brooks"), (G, "Route 10")],
    "lay title; road of the crash",
)
P(
    "en",
    "patient_story",
    T,
    "Savannah was 11 when her kidneys failed. On November 30 she got a new one from her aunt Rhonda. Both are doing great!",
    [(N, "Savannah"), (D, "November 30"), (N, "Rhonda")],
    "city-named girl; living donor aunt",
)
P(
    "en",
    "patient_story",
    T,
    "Everyone on 4 West knows Paz. She's the patient with the ukulele. Today Paz played us a goodbye song 🎵",
    [(N, "Paz", "*")],
    "short name that is a word in Spanish",
)
P(
    "en",
    "patient_story",
    T,
    "the king of 6 North, mr. lorenzo, finally went home. who's going to tell us jokes at 3 am now?",
    [(N, "lorenzo")],
    "lower-case title and name",
)
P(
    "en",
    "patient_story",
    T,
    "Chase is 15, plays goalie for the Millbrook Mallards, and as of this morning is cancer-free. Chase, we'll see you on the ice!",
    [(N, "Chase", "*")],
    "name that is a verb",
)
P(
    "en",
    "patient_story",
    T,
    "Autumn celebrated her sweet 16 in our PICU with a cake from her big sister Brooke. We love you, Autumn!",
    [(N, "Autumn", "*"), (N, "Brooke")],
    "season name",
)
P(
    "en",
    "patient_story",
    T,
    "Angel's first words after surgery? 'Where's my dog?' 😂 Angel, Biscuit is waiting at home for you.",
    [(N, "Angel", "*")],
    "name that is a word; dog's name not labelled",
)
P(
    "en",
    "patient_story",
    T,
    "Ms. Precious Odum, 94, broke her hip on New Year's Day and was dancing with our PT by Valentine's Day. 💃",
    [(N, "Precious Odum"), (A, "94"), (D, "New Year's Day"), (D, "Valentine's Day")],
    "word-name after honorific; injury and recovery dates given as holidays",
)
P(
    "en",
    "patient_story",
    T,
    "The Nakamura-Lindqvist family drove 4 hours from Bemidji every weekend. Their son Kenji goes home Friday!",
    [(N, "Nakamura-Lindqvist"), (G, "Bemidji"), (N, "Kenji")],
    "hyphenated family, home town",
)
P(
    "en",
    "patient_story",
    T,
    "Dear Marguerite: your grandson asked us to tell you he got an A on his science project. Get well soon!",
    [(N, "Marguerite")],
    "letter to a patient",
)
P(
    "en",
    "patient_story",
    T,
    "This is Sunny. Sunny spent the summer in our NICU and leaves us today at a whopping 8 pounds ☀️",
    [(N, "Sunny", "*")],
    "word-name",
)
P(
    "en",
    "patient_story",
    T,
    "Proud of you, Sebastián! Six months after the crash, you walked across the stage at Northview Middle School 🎓",
    [(N, "Sebastián")],
    "accented name; the school is not labelled",
)
P(
    "en",
    "patient_story",
    T,
    "When her dad, Lieutenant Gary Price, carried Olivia out of the fire, he didn't know he was burned too. Both are healing in our burn unit.",
    [(N, "Gary Price"), (N, "Olivia")],
    "relative with a lay title",
)
P(
    "en",
    "patient_story",
    T,
    "Kenny from the Millbrook Co-op bakery brought a cake to celebrate his wife Linh's last chemo. We cried. 🎂",
    [(N, "Kenny"), (N, "Linh")],
    "husband named with his workplace; possessive relative",
)
P(
    "en",
    "patient_story",
    T,
    "Stroke survivor Herb Lindgren was 91 when he relearned to write his name. His daughter framed the first try.",
    [(N, "Herb Lindgren"), (A, "91")],
    "'survivor' before the name",
)
P(
    "en",
    "patient_story",
    T,
    "Jaxon (3) + a firetruck + our pediatric ER = the best Tuesday. Thanks for being so brave, buddy 🚒",
    [(N, "Jaxon")],
    "age in brackets",
)
P(
    "en",
    "patient_story",
    T,
    "Imani-Rose just rang the bell! 🔔 Her mom Deja is filming, her grandma Pearl is crying, and we're doing both.",
    [(N, "Imani-Rose"), (N, "Deja"), (N, "Pearl")],
    "hyphenated name with a word",
)
P(
    "en",
    "patient_story",
    T,
    "Our transplant team's favorite text of the week, from Lupe's husband: 'She ate a whole taco.' 🌮 Keep going, Lupe!",
    [(N, "Lupe", "*")],
    "possessive after 'from'",
)
P(
    "en",
    "patient_story",
    T,
    "Three generations in one room: great-grandma Florence (99), grandma Jean, and newborn Theo. 💙",
    [(N, "Florence"), (A, "99"), (N, "Jean"), (N, "Theo")],
    "age in brackets over 89",
)
P(
    "en",
    "patient_story",
    T,
    "Shoutout to Big Mike, our longest-staying dialysis patient, who brings donuts every single Friday 🍩",
    [(N, "Mike")],
    "nickname with 'Big'",
)
P(
    "en",
    "patient_story",
    T,
    "On the 14th, Daniela finished her last round of radiation. Today she's back teaching second grade at Lincoln Elementary.",
    [(D, "14th"), (N, "Daniela")],
    "day of month alone; school not labelled",
)
P(
    "en",
    "patient_story",
    T,
    "Meet Dr. Ayana Cole's newest patient? No — meet her SON, Micah, born here on October 2 💙 Congrats to the Cole family!",
    [(N, "Ayana Cole"), (N, "Micah"), (D, "October 2"), (N, "Cole", 2)],
    "a staff member's newborn is a patient, and the staff member is then a patient's relative",
)
P(
    "en",
    "patient_story",
    T,
    "Our volunteer Doris is trading places this week: she's a patient on 5 East after a fall. Send her some love! 💐",
    [(N, "Doris")],
    "volunteer who is a patient",
)
P(
    "en",
    "patient_story",
    T,
    "Finn, Isla and Rory — our triplets from Maple Grove — turned one yesterday! 🎂🎂🎂",
    [(N, "Finn"), (N, "Isla"), (N, "Rory"), (G, "Maple Grove")],
    "list of names, home town",
)
P(
    "en",
    "patient_story",
    T,
    "@bennetts_journey has been sharing every step of Bennett's transplant. Go give them a follow 💚",
    [("OTHER_ID", "@bennetts_journey"), (N, "Bennett")],
    "family handle",
)
P(
    "en",
    "patient_story",
    T,
    "If you've been following Cece's story: she's eating solid food for the first time since August! 🥄",
    [(N, "Cece"), (D, "August")],
    "nickname; month tied to the patient",
)
P(
    "en",
    "patient_story",
    T,
    "Tiny but mighty: Baby Ophelia weighed 1 lb 3 oz at birth on 02.11.2024 and went home at 6 lb today.",
    [(N, "Ophelia"), (D, "02.11.2024")],
    "dotted numeric date",
)
P(
    "en",
    "patient_story",
    T,
    "Happy 90th to our patient Mr. Gustavo Arce! The 3 North team threw him a mariachi party 🎺",
    [(A, "90th"), (N, "Gustavo Arce")],
    "ordinal age",
)
P(
    "en",
    "patient_story",
    T,
    "A million thanks to Destiny's mom, who drove to Rochester and back every day to get her to treatment.",
    [(N, "Destiny"), (G, "Rochester")],
    "word-name possessive with relative; city",
)
P(
    "en",
    "patient_story",
    T,
    "Luca, you were born on the 4th of July and you've been making fireworks ever since. Happy 3rd birthday! 🎆",
    [(N, "Luca"), (D, "4th of July")],
    "birth date that is a holiday",
)
P(
    "en",
    "patient_story",
    T,
    "Nurse Angela's favorite patient of the week: 8-year-old Beckett, who drew her a portrait in marker. 🖍️",
    [(N, "Beckett")],
    "age before name; nurse is staff",
)
# ---------------------------------------------------------------------------
# Spanish, patient-specific
# ---------------------------------------------------------------------------

P(
    "es",
    "birth_announcement",
    T,
    "¡Bienvenida al mundo, Xiomara! 💗 Nació el día 5 de mayo a las 4:10 de la mañana. Felicidades a sus papás, Yesenia y Octavio.",
    [(N, "Xiomara"), (D, "5 de mayo"), (N, "Yesenia"), (N, "Octavio")],
    "birth date after 'el día'",
)
P(
    "es",
    "milestone_birthday",
    T,
    "Doña Refugio cumplió 101 años en nuestro piso de rehabilitación y pidió mariachis. ¡Y llegaron! 🎺",
    [(N, "Refugio"), (A, "101")],
    "age after cumplió",
)
P(
    "es",
    "patient_story",
    T,
    "El pequeño Mateíto, de 8 años, ya puede caminar sin muletas. ¡Gracias a su abuela Chayo por traernos tamales! 🫔",
    [(N, "Mateíto"), (N, "Chayo")],
    "diminutive name and nickname of a grandmother",
)
P(
    "es",
    "patient_story",
    T,
    "#FuerzaValentina 💪 Hoy terminó su última quimio. ¡Te queremos, Vale!",
    [(N, "#FuerzaValentina"), (N, "Vale")],
    "hashtag and short nickname",
)
P(
    "es",
    "discharge",
    T,
    "Después de 60 días en la UCIN, la bebé Guadalupe salió hoy con sus papás rumbo a Willmar. 🏡",
    [(N, "Guadalupe"), (G, "Willmar")],
    "home town after 'rumbo a'",
)
P(
    "es",
    "memorial",
    T,
    "Con mucho cariño despedimos a don Aurelio Benítez, quien falleció el 24 de diciembre a los 93 años. Descanse en paz.",
    [(N, "Aurelio Benítez"), (D, "24 de diciembre"), (A, "93")],
    "death date and age 'a los 93 años'",
)
P(
    "es",
    "patient_story",
    T,
    "Rosa María, de 92 años, trabaja todavía en la panadería La Espiga y nos trajo conchas para todo el turno. 🍞",
    [(N, "Rosa María"), (A, "92"), (N, "La Espiga")],
    "employer in Spanish",
)
P(
    "es",
    "patient_story",
    T,
    "Gracias a Marisol, cuyo hijo Emiliano pasó todo el verano en nuestra UCI pediátrica, por las cartas para las enfermeras. 💌",
    [(N, "Marisol"), (N, "Emiliano")],
    "cuyo hijo",
)
P(
    "es",
    "patient_story",
    T,
    "Desde marzo, el señor Ortiz viene a diálisis tres veces por semana. Hoy recibió su nuevo riñón. 🙌",
    [(D, "marzo"), (N, "Ortiz")],
    "month alone, 'desde marzo'",
)
P(
    "es",
    "patient_story",
    T,
    "¡Feliz cumpleaños número 100, abuelita Cleotilde! Todo el equipo de cardiología te canta las mañanitas 🎶",
    [(A, "100"), (N, "Cleotilde")],
    "birthday number",
)
P(
    "es",
    "birth_announcement",
    T,
    "Los gemelos Santiago y Sebastián llegaron la madrugada del 12 de octubre. ¡Felicidades a la familia Herrera-Quispe! 👶👶",
    [(N, "Santiago"), (N, "Sebastián"), (D, "12 de octubre"), (N, "Herrera-Quispe")],
    "twins; double surname family",
)
P(
    "es",
    "patient_story",
    T,
    "Luz, de 7 años, le enseñó a nuestras enfermeras a hacer pulseras. Su mamá, Teresa, dice que ya quiere ser enfermera. 💜",
    [(N, "Luz"), (N, "Teresa")],
    "word-name 'Luz' with age",
)
P(
    "es",
    "pasted_record",
    T,
    "Paciente en cama 14, expediente 00 384 112, pide que su esposa la llame al 55 1234 5678.",
    [("OTHER_ID", "cama 14"), ("MRN", "00 384 112"), ("PHONE", "55 1234 5678")],
    "Spanish bed, spaced record number, Mexican phone",
)
P(
    "es",
    "patient_story",
    T,
    "Nuestra paciente más longeva, de 104 años, salió caminando del hospital. ¡Qué ejemplo! 👵",
    [(A, "104")],
    "unnamed patient over 89",
)
P(
    "es",
    "patient_story",
    T,
    "El día de Navidad nació Jesús Emmanuel, y sí, sus papás ya tenían el nombre listo 😄🎄",
    [(D, "día de Navidad"), (N, "Jesús Emmanuel")],
    "birth on a holiday",
)
P(
    "es",
    "patient_story",
    T,
    "Maximiliano tiene 5 años y hoy tocó la campana. ¡Eres un campeón, Max! #MaxContraElCancer",
    [(N, "Maximiliano"), (N, "Max"), (N, "#MaxContraElCancer")],
    "name in a Spanish hashtag",
)
P(
    "es",
    "patient_story",
    T,
    "La señora Hortensia anda en sus noventa y todavía nos corrige la ortografía de los letreros. 😂",
    [(N, "Hortensia"), (A, "noventa")],
    "age as a decade",
)
P(
    "es",
    "patient_story",
    T,
    "Abrazos para Fernanda y su hermano gemelo Tomás, que salieron hoy de la UCIN en Mankato.",
    [(N, "Fernanda"), (N, "Tomás")],
    "twin brother; Mankato is not said as their home, not labelled",
)
P(
    "es",
    "patient_story",
    T,
    "A don Chuy le dieron de alta el primero de junio y ya volvió a su taller en Faribault. 🔧",
    [(N, "Chuy"), (D, "primero de junio"), (G, "Faribault")],
    "nickname, written-out date, town",
)
P(
    "es",
    "patient_story",
    T,
    "Nuestra querida Milagros cumple hoy 15 años y los celebra en la sala de oncología. ¡Felices quince, Milagros! 👑",
    [(N, "Milagros", "*")],
    "word-name",
)
P(
    "es",
    "patient_story",
    T,
    "Mándenle buena vibra a Nayeli: llegó el lunes por un accidente en la carretera 169 y ya está despierta.",
    [(N, "Nayeli"), (G, "carretera 169")],
    "road of the crash",
)
P(
    "es",
    "pasted_record",
    T,
    "Su hija nos pidió publicar su correo para recibir mensajes: paty.hdz77@hotmail.com. Por privacidad no lo haremos, ¡pero gracias!",
    [("EMAIL", "paty.hdz77@hotmail.com")],
    "personal e-mail",
)
P(
    "es",
    "patient_story",
    T,
    "Esperanza nació en la semana 24 y hoy, ocho meses después, se fue a casa con su mamá Areli. 🏠",
    [(N, "Esperanza"), (N, "Areli")],
    "word-name Esperanza at sentence start",
)
P(
    "es",
    "patient_story",
    T,
    "El 8 de marzo, Día de la Mujer, doña Consuelo recibió su marcapasos. ¡Qué manera de celebrar!",
    [(D, "8 de marzo"), (D, "Día de la Mujer"), (N, "Consuelo")],
    "the same day written twice",
)
# ---------------------------------------------------------------------------
# More patient-specific posts: dates, names and numbers in further forms
# ---------------------------------------------------------------------------

P(
    "en",
    "patient_story",
    T,
    "On Monday, April 7th, Delphine Broussard walked into our ER with a headache. By Wednesday she'd had brain surgery. Today she's home in Lafayette.",
    [(D, "April 7th"), (N, "Delphine Broussard"), (G, "Lafayette")],
    "weekday plus date",
)
P(
    "en",
    "birth_announcement",
    T,
    "It's a girl! Marisela Fuentes-Oduya arrived 11.02.25 at 6:47 a.m., 8 lb even. Her big brother Tobias already asked to hold her. 💕",
    [(N, "Marisela Fuentes-Oduya"), (D, "11.02.25"), (N, "Tobias")],
    "dotted date with two-digit year",
)
P(
    "en",
    "discharge",
    T,
    "Mr. Abernathy came in on the 3rd and left on the 19th, walking on his own. Not bad for 96! 🦯",
    [(N, "Abernathy"), (D, "3rd"), (D, "19th"), (A, "96")],
    "days of month alone; age after 'for'",
)
P(
    "en",
    "memorial",
    T,
    "We said goodbye to our longtime dialysis patient Harold 'Hal' Ferris, who died peacefully Sunday, Feb. 2. Hal, the Tuesday crew will miss you.",
    [(N, "Harold 'Hal' Ferris"), (D, "Feb. 2"), (N, "Hal", 2)],
    "quoted nickname inside a name; death date",
)
P(
    "en",
    "patient_story",
    T,
    "Remember Tucker? He's the boy who swallowed a magnet last summer. He came back today to show us his new puppy. 🐶",
    [(N, "Tucker")],
    "name introduced by 'Remember'",
)
P(
    "en",
    "patient_story",
    T,
    "Nine months ago, on January 12, Bashir Rahimi's heart stopped at the gym. Today he ran his first 5K. CPR works!",
    [(D, "January 12"), (N, "Bashir Rahimi")],
    "date of cardiac arrest before the name",
)
P(
    "en",
    "patient_story",
    T,
    "The Castellanos family wanted to thank everyone who cared for their dad, Rigoberto, during his 3 weeks on 7 North. 💐",
    [(N, "Castellanos"), (N, "Rigoberto")],
    "family thanks, father named after comma",
)
P(
    "en",
    "patient_story",
    T,
    "Twins Ayla and Aria were born 4 minutes apart on 12/31 and 1/1 — different birthdays, different years! 🎆",
    [(N, "Ayla"), (N, "Aria"), (D, "12/31"), (D, "1/1")],
    "two birth dates",
)
P(
    "en",
    "milestone_birthday",
    T,
    "Happy 99th birthday, Miss Opal! She's been coming to our wound clinic every Thursday since 2019 and always brings butterscotch. 🍬",
    [(A, "99th"), (N, "Opal")],
    "word-name after Miss",
)
P(
    "en",
    "patient_story",
    T,
    "Cheering on Dakota Whitehorse, 19, who left our rehab unit today after 4 months. Dakota goes back to Standing Rock on Friday.",
    [(N, "Dakota Whitehorse"), (N, "Dakota", 2), (G, "Standing Rock")],
    "name that is a state; home place",
)
P(
    "en",
    "pasted_record",
    T,
    "PLEASE don't post this kind of thing: 'Bed 3 - Kowalczyk, Stan - 88 - fall, hip fx - adm 9/14.' Even on a private group!",
    [("OTHER_ID", "Bed 3"), (N, "Kowalczyk, Stan"), (D, "9/14")],
    "whiteboard line",
)
P(
    "en",
    "pasted_record",
    T,
    "Patient's wife asked us to post her number so his friends can call: 651.555.0193. We'll DM it instead. 💙",
    [("PHONE", "651.555.0193")],
    "dotted phone number",
)
P(
    "en",
    "pasted_record",
    T,
    "Insurance member ID W 882 113 907 for the little guy in 2 South, per the family's message — please remove, intern!",
    [("HEALTH_PLAN", "W 882 113 907")],
    "spaced insurance id",
)
P(
    "en",
    "pasted_record",
    T,
    "Med Rec # 7734 2219, please call the family back at 952-555-0131 about the prior auth.",
    [("MRN", "7734 2219"), ("PHONE", "952-555-0131")],
    "record number with 'Med Rec #'",
)
P(
    "en",
    "patient_story",
    T,
    "Violet went home with a new heart on Mother's Day. Her mom, Renata, says it's the best gift she'll ever get. 💜",
    [(N, "Violet"), (D, "Mother's Day"), (N, "Renata")],
    "discharge on a holiday",
)
P(
    "en",
    "patient_story",
    T,
    "Shoutout to Trey's mama, who learned to do his trach care in 10 days flat. Trey is home in Elk River now! 🏡",
    [(N, "Trey", "*"), (G, "Elk River")],
    "'mama' relative",
)
P(
    "en",
    "patient_story",
    T,
    "At 2 a.m. on New Year's Day, Colton became our first baby of 2025. His parents, Brittany and Josh, were hoping for a nap. 😴",
    [(D, "New Year's Day"), (N, "Colton"), (N, "Brittany"), (N, "Josh")],
    "first baby of the year",
)
P(
    "en",
    "patient_story",
    T,
    "Big news from Room 318: Mr. Gallardo is getting discharged tomorrow! The night shift made him a banner. 🎉",
    [("OTHER_ID", "Room 318"), (N, "Gallardo")],
    "room with a capital",
)
P(
    "en",
    "patient_story",
    T,
    "Happy 100th, Great-Grandma Birdie! 🎂 Born on a farm outside Fergus Falls in 1925, she still calls her nurses 'young lady.'",
    [(A, "100th"), (N, "Birdie"), (G, "Fergus Falls")],
    "centenarian with birthplace",
)
P(
    "en",
    "patient_story",
    T,
    "Ezra spent his 1st birthday in the PICU on 6/2. His 2nd? Cake at home with his moms, Dana and Priyanka. 🎂",
    [(N, "Ezra"), (D, "6/2"), (N, "Dana"), (N, "Priyanka")],
    "birthday date",
)
P(
    "en",
    "patient_story",
    T,
    "When Gus, 8, couldn't go to his sister Maisie's recital, she brought the recital to him in 4 East. 🎻",
    [(N, "Gus"), (N, "Maisie")],
    "sibling possessive",
)
P(
    "en",
    "patient_story",
    T,
    "Bo and his wife of 61 years, Clara Mae, renewed their vows in our chapel Saturday. Bo turns 93 next week! 💒",
    [(N, "Bo", "*"), (N, "Clara Mae"), (A, "93")],
    "short name; wife after 'of 61 years'",
)
P(
    "en",
    "patient_story",
    T,
    "This little lady is Marigold, born Tuesday at 34 weeks. She already has her mom's dimples. 🌼",
    [(N, "Marigold")],
    "flower name, 'This little lady is'",
)
P(
    "en",
    "patient_story",
    T,
    "Officer Reyes, thank you for bringing Jalen's teddy bear to the ER. He hasn't let go of it since. 🧸",
    [(N, "Jalen")],
    "officer is not the patient; the child is",
)
P(
    "en",
    "patient_story",
    T,
    "A note from Sadie's grandma: 'You all treated her like your own.' Sadie, we'll see you at your 6-month checkup!",
    [(N, "Sadie", "*")],
    "quote from a relative",
)
P(
    "en",
    "patient_story",
    T,
    "Welcome home, Sgt. Darnell Ames! Two months after the IED blast, Darnell walked out of our rehab unit on his own.",
    [(N, "Darnell Ames"), (N, "Darnell", 2)],
    "veteran with rank",
)
P(
    "en",
    "patient_story",
    T,
    "Annika, who teaches third grade at Oak Hill Elementary, finished her last chemo on Sept. 30. Her students made the sign! 🎗️",
    [(N, "Annika"), (N, "Oak Hill Elementary"), (D, "Sept. 30")],
    "the patient's employer is a school",
)
P(
    "en",
    "patient_story",
    T,
    "From the ICU to the altar: Jess and Marco got married in our courtyard on 8/8 so Marco's dad could be there. 💍",
    [(N, "Jess"), (N, "Marco", "*"), (D, "8/8")],
    "wedding date of a patient's son; patient is the dad",
)
P(
    "en",
    "patient_story",
    T,
    "Honoring Chief Ray Blackfeather, who was treated here for burns after saving two kids from a fire on Elm Ave on the 22nd.",
    [(N, "Ray Blackfeather"), (G, "Elm Ave"), (D, "22nd")],
    "lay title and treated",
)
P(
    "en",
    "patient_story",
    T,
    "98 and still sharp as a tack: that's Mrs. Tillie Goldberg, who just had her cataract surgery and can read the menu again! 👓",
    [(A, "98"), (N, "Tillie Goldberg")],
    "age at the start",
)
P(
    "es",
    "patient_story",
    T,
    "Hoy despedimos a Ramoncito, que pasó 3 meses con nosotros. Su mamá, doña Irma, nos hizo pozole para celebrar. 🍲",
    [(N, "Ramoncito"), (N, "Irma")],
    "diminutive, mother with doña",
)
P(
    "es",
    "patient_story",
    T,
    "El 2 de febrero, Día de la Candelaria, nació la pequeña Candelaria. ¡Sus papás no lo dudaron! 🕯️",
    [(D, "2 de febrero"), (D, "Día de la Candelaria"), (N, "Candelaria", 2)],
    "birth date and holiday",
    unlabelled_ok=(),
)
P(
    "es",
    "patient_story",
    T,
    "Don Eusebio, de 96 años, trabajó 40 años en la Ladrillera Monterrey. Hoy salió caminando de terapia. 💪",
    [(N, "Eusebio"), (A, "96"), (N, "Ladrillera Monterrey")],
    "employer",
)
P(
    "es",
    "patient_story",
    T,
    "¡Felicidades a Yareli y a su esposo Efraín por el nacimiento de su hija Abril, el 30 de abril! 👶",
    [(N, "Yareli"), (N, "Efraín"), (N, "Abril"), (D, "30 de abril")],
    "month-name baby",
)
P(
    "es",
    "pasted_record",
    T,
    "Familia de la paciente de la habitación 12B: comuníquense al 787-555-0144 para recoger sus pertenencias.",
    [("OTHER_ID", "habitación 12B"), ("PHONE", "787-555-0144")],
    "room and Puerto Rico phone",
)
P(
    "es",
    "patient_story",
    T,
    "Sofía Isabel ingresó el 15/08 con neumonía y hoy ya está en casa en Moorhead. ¡Gracias, equipo de pediatría!",
    [(N, "Sofía Isabel"), (D, "15/08"), (G, "Moorhead")],
    "day-first numeric date",
)
P(
    "es",
    "memorial",
    T,
    "Hasta siempre, Tata Nacho. Falleció el sábado 9 de noviembre rodeado de sus nietos. 🕊️",
    [(N, "Nacho"), (D, "9 de noviembre")],
    "grandfather nickname",
)
P(
    "es",
    "patient_story",
    T,
    "Nuestra campeona Dulce María, de 9 años, regresó a la escuela después de su trasplante de médula. 🎒",
    [(N, "Dulce María")],
    "word-name compound",
)
# ---------------------------------------------------------------------------
# Patients from far away: seasonal workers, snowbirds, transfers; payment handles
# ---------------------------------------------------------------------------

P(
    "en",
    "patient_story",
    T,
    "Nilda Rosario flew up from Bayamón to be with her grandson Yadiel during his heart surgery. Today Yadiel is back to dancing bomba in the hallway. 🇵🇷",
    [(N, "Nilda Rosario"), (G, "Bayamón"), (N, "Yadiel", "*")],
    "Puerto Rican town",
)
P(
    "en",
    "patient_story",
    T,
    "Every spring, Efraín drives up from McAllen to work the sugar beet harvest. This year he stayed a little longer with us after a tractor accident on County Road 7. He's going home to his family Saturday. 🚜",
    [(N, "Efraín"), (G, "McAllen"), (G, "County Road 7")],
    "seasonal worker, home town, road of the accident",
)
P(
    "en",
    "patient_story",
    T,
    "Snowbirds Lorraine and Bud Kessler were halfway to Naples, FL, when Bud's chest pain started. One stent later, they're back on the road. Drive safe, you two! 🚗",
    [(N, "Lorraine"), (N, "Bud Kessler"), (G, "Naples"), (N, "Bud", 2)],
    "snowbird couple",
)
P(
    "en",
    "patient_story",
    T,
    "Yaritza's family set up a Venmo (@Yaritza-Recovery) for her travel costs. She was transferred here from Laredo on 2/20.",
    [(N, "Yaritza"), ("OTHER_ID", "@Yaritza-Recovery"), (G, "Laredo"), (D, "2/20")],
    "payment handle; transfer date",
)
P(
    "en",
    "patient_story",
    T,
    "Want to help Deshawn's mom with gas money? Cash App $DeshawnsMom. Deshawn has 3 more weeks of radiation.",
    [(N, "Deshawn", "*"), ("OTHER_ID", "$DeshawnsMom")],
    "Cash App tag",
)
P(
    "en",
    "patient_story",
    T,
    "Thank you, Xochitl, for the tamales! Xochitl's husband, Abelardo, is recovering on 6 West after his fall from a roof in Worthington.",
    [(N, "Xochitl", "*"), (N, "Abelardo"), (G, "Worthington")],
    "Nahuatl name",
)
P(
    "en",
    "patient_story",
    T,
    "Marisleysis, 34, came to us from Hialeah for a double lung transplant on March 28. Six months later: she climbed the stairs at the stadium! 🫁",
    [(N, "Marisleysis"), (G, "Hialeah"), (D, "March 28")],
    "rare name",
)
P(
    "en",
    "patient_story",
    T,
    "Big welcome home to Tavita Faleolo, who was flown here from American Samoa for her surgery in the fall. Her church in Bloomington held a luau for her. 🌺",
    [(N, "Tavita Faleolo"), (G, "Bloomington")],
    "Samoan name",
)
P(
    "en",
    "patient_story",
    T,
    "Thuy Linh Tran and her twin Thuy Anh were born at 27 weeks on May 9. This week they went home to Brooklyn Park together! 🎀",
    [(N, "Thuy Linh Tran"), (N, "Thuy Anh"), (D, "May 9"), (G, "Brooklyn Park")],
    "Vietnamese names",
)
P(
    "en",
    "patient_story",
    T,
    "Okonkwo Nnamdi, a truck driver for Schwan's, was hurt in a jackknife on I-35 near Owatonna in December. He's walking again! 🚛",
    [(N, "Okonkwo Nnamdi"), (N, "Schwan's"), (G, "Owatonna"), (D, "December")],
    "employer, crash site town",
)
P(
    "en",
    "patient_story",
    T,
    "Our oldest patient of the year was 107. She told us her secret: 'Mind your own business and eat your greens.' 🥬",
    [(A, "107")],
    "unnamed patient age over 89",
)
P(
    "en",
    "patient_story",
    T,
    "He's 95, he fixed our nurses' station printer from his hospital bed, and he won't tell us his secret. Thanks, Mr. Lindahl! 🖨️",
    [(A, "95"), (N, "Lindahl")],
    "age as 'He's 95'",
)
P(
    "en",
    "patient_story",
    T,
    "Tenzin Dolkar, who came to Minnesota from Dharamsala, is the first patient to get our new heart pump. She went home on Oct 14.",
    [(N, "Tenzin Dolkar"), (G, "Dharamsala"), (D, "Oct 14")],
    "Tibetan name, date after went home",
)
P(
    "en",
    "patient_story",
    T,
    "Rest in peace, Ignatius 'Iggy' Boyle. He spent his last weeks on our palliative unit, holding court with his seven grandkids. Iggy was 91.",
    [(N, "Ignatius 'Iggy' Boyle"), (N, "Iggy", 2), (A, "91")],
    "memorial with a nickname",
)
P(
    "en",
    "patient_story",
    T,
    "Little Zainab from Rochester got her cochlear implant turned on yesterday and heard her mom Hodan say her name. 😭",
    [(N, "Zainab"), (G, "Rochester"), (N, "Hodan")],
    "Somali names",
)
P(
    "en",
    "patient_story",
    T,
    "Join us in wishing a speedy recovery to Pastor Elijah Booker of Greater Hope Baptist, who had bypass surgery with us last week. 🙏",
    [(N, "Elijah Booker")],
    "pastor who is a patient",
)
P(
    "en",
    "patient_story",
    T,
    "Keanu, 12, from Kailua, was visiting his grandparents in Edina when his appendix burst. He's headed back to Hawaiʻi Friday! 🌴",
    [(N, "Keanu"), (G, "Kailua"), (G, "Edina")],
    "visitor from Hawaii",
)
P(
    "en",
    "patient_story",
    T,
    "A GoFundMe for the Begay family's travel from Chinle is at gofundme.com/f/begay-strong. Their daughter Shiloh is in our PICU.",
    [(N, "Begay"), (G, "Chinle"), ("URL", "gofundme.com/f/begay-strong"), (N, "Shiloh")],
    "fundraiser URL",
)
P(
    "en",
    "patient_story",
    T,
    "Prayers for Deputy Carla Whitmore of the Hennepin County Sheriff's Office, who is in serious condition after a crash on Highway 55 Tuesday night.",
    [(N, "Carla Whitmore"), (N, "Hennepin County Sheriff's Office"), (G, "Highway 55")],
    "deputy, employer",
)
P(
    "en",
    "patient_story",
    T,
    "Abuela Chela turned 102 on Thursday and asked for menudo and a mariachi. We delivered both. 🎺",
    [(N, "Chela"), (A, "102")],
    "grandmother nickname",
)
P(
    "en",
    "patient_story",
    T,
    "Anh, a nail technician in St. Cloud, came in with a cough that turned out to be TB. After 6 months of treatment, she's cured! 💅",
    [(N, "Anh"), (G, "St. Cloud")],
    "short name and employer type",
)
P(
    "en",
    "patient_story",
    T,
    "His name is Bartholomew but everyone on 3 North calls him Bear. Bear went home today with a new hip and a tray of cookies. 🐻",
    [(N, "Bartholomew"), (N, "Bear", "*")],
    "nickname that is an animal",
)
P(
    "en",
    "patient_story",
    T,
    "Shirin and Dariush drove 6 hours from Fargo so their son Kian could get his transplant here. Kian's new kidney is working! 🎉",
    [(N, "Shirin"), (N, "Dariush"), (G, "Fargo"), (N, "Kian", "*")],
    "Persian names",
)
P(
    "en",
    "pasted_record",
    T,
    "Zelle for the Ochoa family: 507-555-0119. Their son was badly burned in the Worthington plant fire.",
    [(N, "Ochoa"), ("PHONE", "507-555-0119"), (G, "Worthington")],
    "Zelle phone",
)
P(
    "es",
    "patient_story",
    T,
    "Doña Milagros, de Caguas, vino a visitar a su hija y terminó operada de la vesícula el 3 de enero. ¡Ya regresa a Puerto Rico! ✈️",
    [(N, "Milagros"), (G, "Caguas"), (D, "3 de enero")],
    "Puerto Rican town",
)
P(
    "es",
    "patient_story",
    T,
    "Jacinto trabaja en la empacadora de Worthington y se cortó la mano el 22 de agosto. Hoy ya puede mover los dedos. 🙌",
    [(N, "Jacinto"), (G, "Worthington"), (D, "22 de agosto")],
    "worker, accident date",
)
P(
    "es",
    "patient_story",
    T,
    "¡Bienvenido a casa, Yahir! Después de 45 días en la UCIN, su familia lo lleva a Eagle Pass, Texas. 🤠",
    [(N, "Yahir"), (G, "Eagle Pass")],
    "Texas border town",
)
P(
    "es",
    "patient_story",
    T,
    "Para ayudar a la familia de Brisa con los gastos, pueden enviar por ATH Móvil al 787-555-0166. Brisa sigue en cuidados intensivos.",
    [(N, "Brisa", "*"), ("PHONE", "787-555-0166")],
    "ATH Móvil phone",
)
P(
    "es",
    "patient_story",
    T,
    "Nuestro paciente más longevo, don Anselmo, cumple 103 el domingo. Nació en Jalisco y llegó a Minnesota en 1962.",
    [(N, "Anselmo"), (A, "103")],
    "age after cumple without 'años'",
)
P(
    "es",
    "patient_story",
    T,
    "Le decimos Güero, pero se llama Rigoberto. Lleva 3 semanas en rehabilitación tras el choque en la carretera 60. 💪",
    [(N, "Güero"), (N, "Rigoberto"), (G, "carretera 60")],
    "nickname",
)
# ---------------------------------------------------------------------------
# English, not patient-specific
# ---------------------------------------------------------------------------

P(
    "en",
    "staff_spotlight",
    F,
    "Please welcome our own Maria Lopez, RN, to the Wound Care team! She brings 15 years of ostomy experience. 💙",
    [],
    "staff with a credential after 'our own'",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Nurse manager Grace Kim just earned her DNP. Three years of night classes while leading 5 West. Congrats, Dr. Kim!",
    [],
    "word-name for a staff member",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Chaplain Will Hart sat with families through more than 300 codes last year. Thank you for your quiet strength, Will.",
    [],
    "'Will' is a chaplain",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Rose Delacruz has run our gift shop for 22 years and knows every regular by name. Stop by and wish her a happy retirement! 🌹",
    [],
    "staff retirement, word-name",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Hunter Blake, PT, DPT, joins our sports medicine team this month. Ask him about ACL rehab!",
    [],
    "credentials after a word-name",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Summer is here and so is our new class of nurse residents! Welcome Summer Hollis, Jada Brown and Pedro Alves to 4 North. 🌞",
    [],
    "season and a staff member called Summer",
)
P(
    "en",
    "staff_spotlight",
    F,
    "This is Hope Nakamura. She's been a respiratory therapist here since 2009 and has trained half our RT team.",
    [],
    "staff introduced by 'This is'",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Happy work anniversary to Mercedes Ibarra in Patient Access — 30 years of greeting everyone with a smile!",
    [],
    "department after the name",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Our Daisy Award honoree for May is Tonya Greer, RN, nominated by a family for 'sitting with us at 3 a.m. when we couldn't sleep.'",
    [],
    "DAISY award; the family is anonymous",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Fun fact Friday: our CEO, Dr. Raymond Okafor, started here as a transport aide in 1991. 🚑",
    [],
    "executive",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Congratulations to J.T. Alvarez from Environmental Services, our Employee of the Quarter! ✨",
    [],
    "initials of a staff member",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Who keeps the lights on at 2 a.m.? Facilities engineer Duke Larsen and his crew. Thank you, Duke! 💡",
    [],
    "time of day and a staff nickname",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Congrats to our NICU's own Brooke Tan, who passed her neonatal certification exam this week! 📚",
    [],
    "staff certification",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Nurses Week spotlight: Kristen Olafsdottir, charge nurse on 6 South, who has precepted 40 new grads.",
    [],
    "spotlight heading",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Meet Jordan Pike, our new child life specialist! Jordan loves Legos, glitter and explaining MRIs with puppets. 🧸",
    [],
    "'Meet' a staff member",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Dr. Alejandra Cruz-Whitman has joined Riverside Heart & Vascular. She trained at Mayo Clinic and speaks English and Spanish.",
    [],
    "double-surname doctor",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Our pharmacists Tam Nguyen and Abby Rowe caught a dangerous interaction last week. Pharmacists save lives 💊",
    [],
    "plural role before names",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Retiring after 38 years: lab manager Bev Sorensen. Bev, the microscopes won't be the same. 🔬",
    [],
    "retirement",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Ask the expert: sleep specialist Dr. Kwame Boateng answers your questions about snoring, live on Thursday at noon.",
    [],
    "event with a doctor",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Welcome back, Dr. Summer Ellis! After a year with Doctors Without Borders, she's back in our ED.",
    [],
    "'Welcome back' a doctor",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Shout-out to the night shift on 3 East, especially unit secretary Deb Polanski, who organized the chili cook-off 🌶️",
    [],
    "shout-out to staff",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Our interpreter Yusuf Abdi speaks five languages. Five! Thank you for making sure every family is heard.",
    [],
    "interpreter",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Grace, grit and 12-hour shifts: meet the 2025 graduates of our nurse residency program. 🎓",
    [],
    "'Grace' as a word",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Dr. King and Dr. Rose will lead our new Joint Replacement Center, opening in April.",
    [],
    "word-surnames after Dr.",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Our security officer Marcus Bell has walked more than 5,000 visitors to their cars after dark. That's care too.",
    [],
    "security officer",
)
P(
    "en",
    "staff_spotlight",
    F,
    "After 25 years in oncology, nurse navigator Patty Kowalski still remembers every patient's birthday. We don't deserve her. 💗",
    [],
    "staff; patients anonymous",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Welcome to the team, Ximena Flores, MSW! She'll be the new social worker for our dialysis patients.",
    [],
    "welcome to the team",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Eli Brandt from our IT department rebuilt the NICU camera system so parents can watch their babies from home. 👏",
    [],
    "department after the name",
)
P(
    "en",
    "sponsor",
    F,
    "Thank you to Dick and Judy Halvorsen, whose gift made our new Family Lounge possible. 🛋️",
    [],
    "donors",
)
P(
    "en",
    "sponsor",
    F,
    "The Harper & Reed Foundation donated 400 car seats this year. Every baby deserves a safe ride home. 🚗",
    [],
    "foundation with name words",
)
P(
    "en",
    "sponsor",
    F,
    "Thanks to volunteer Ruth Engström, 91, who has knitted 3,000 preemie hats since she started volunteering with us. 🧶",
    [],
    "volunteer's age over 89 is not a patient's",
)
P(
    "en",
    "sponsor",
    F,
    "Huge thanks to Millbrook Ford for sponsoring this year's Heart Walk! 🏃",
    [],
    "sponsor business",
)
P(
    "en",
    "sponsor",
    F,
    "Volunteer spotlight: Gene Pasternak, 88, retired mail carrier, has delivered flowers to our rooms every Tuesday for 14 years. 💐",
    [],
    "volunteer spotlight",
)
P(
    "en",
    "sponsor",
    F,
    "Our gift shop volunteers, led by Marjorie Quint, raised $12,000 for the NICU this year. Thank you, ladies!",
    [],
    "volunteer leader",
)
P(
    "en",
    "sponsor",
    F,
    "Meet Biscuit, our newest therapy dog! He's a 3-year-old golden retriever who loves belly rubs. 🐶",
    [],
    "therapy dog",
)
P(
    "en",
    "sponsor",
    F,
    "The Lindqvist Family Cancer Center turns 10 this year. Thank you to the Lindqvist family for a decade of support!",
    [],
    "named building and donor family",
)
P(
    "en",
    "sponsor",
    F,
    "Mary Kay Bergstrom and the Millbrook Rotary Club collected 600 coats for our winter drive. ❄️",
    [],
    "community organizer",
)
P(
    "en",
    "public_figure",
    F,
    "Today we remember Florence Nightingale, born May 12, 1820. Happy International Nurses Day! 🕯️",
    [],
    "historical figure with a birth date",
)
P(
    "en",
    "public_figure",
    F,
    "'Hope is being able to see that there is light despite all of the darkness.' — Desmond Tutu 🕊️",
    [],
    "quote by a public figure",
)
P(
    "en",
    "public_figure",
    F,
    "Minnesota Twins legend Joe Mauer stopped by to read books with our pediatric patients today! ⚾",
    [],
    "athlete visit, patients anonymous",
)
P(
    "en",
    "public_figure",
    F,
    "Dr. Martin Luther King Jr. said, 'Of all the forms of inequality, injustice in health care is the most shocking.' Our clinics are closed Monday, January 19.",
    [],
    "MLK quote and a closure date",
)
P(
    "en",
    "public_figure",
    F,
    "Virginia Apgar created the Apgar score in 1952 — every newborn in our Birth Center still gets one at 1 and 5 minutes.",
    [],
    "historical figure and eponym",
)
P(
    "en",
    "public_figure",
    F,
    "Governor Walz toured our new behavioral health unit on Thursday and met with our crisis team.",
    [],
    "politician",
)
P(
    "en",
    "public_figure",
    F,
    "Happy birthday, Dolly Parton! 🦋 Her Imagination Library has mailed free books to kids in our county since 2018.",
    [],
    "celebrity birthday",
)
P(
    "en",
    "public_figure",
    F,
    "Taylor Swift fans: friendship bracelets are now available in our gift shop, and all proceeds go to the NICU. ✨",
    [],
    "celebrity",
)
P(
    "en",
    "public_figure",
    F,
    "Santa and Mrs. Claus visited every unit on Christmas Eve. Yes, even the ICU. 🎅",
    [],
    "Santa on Christmas Eve",
)
P(
    "en",
    "public_figure",
    F,
    "Frida Kahlo spent months in bed after her bus accident and painted anyway. Our art therapy program is named in her spirit. 🎨",
    [],
    "historical figure's accident",
)
P(
    "en",
    "eponymous_condition",
    F,
    "Living with Crohn's or ulcerative colitis? Join our IBD support group, first Wednesday of every month at 6 p.m.",
    [],
    "eponym",
)
P(
    "en",
    "eponymous_condition",
    F,
    "April is Parkinson's Awareness Month. Our Rock Steady Boxing class helps people with Parkinson's keep moving. 🥊",
    [],
    "eponym twice",
)
P(
    "en",
    "eponymous_condition",
    F,
    "World Down Syndrome Day is March 21 — wear your mismatched socks! 🧦",
    [],
    "awareness day with date",
)
P(
    "en",
    "eponymous_condition",
    F,
    "Hashimoto's, Graves' and Addison's: three hormone conditions our endocrinologists see every day. Know the symptoms.",
    [],
    "possessive eponyms",
)
P(
    "en",
    "eponymous_condition",
    F,
    "Huntington's disease affects about 41,000 Americans. Our genetic counselors can help families decide about testing.",
    [],
    "eponym statistic",
)
P(
    "en",
    "eponymous_condition",
    F,
    "Tourette syndrome isn't just tics. Join Dr. Neha Rao on June 7 for a free family talk.",
    [],
    "eponym and event date",
)
P(
    "en",
    "eponymous_condition",
    F,
    "Bell's palsy can look like a stroke. When in doubt, call 911 — our stroke team would rather see you.",
    [],
    "eponym Bell's",
)
P(
    "en",
    "eponymous_condition",
    F,
    "Raynaud's flaring up in the cold? Mittens beat gloves, and our rheumatology clinic can help.",
    [],
    "eponym",
)
P(
    "en",
    "eponymous_condition",
    F,
    "Lou Gehrig's disease (ALS) took the Iron Horse at 37. Walk with us on September 14 to fund research. 💙",
    [],
    "eponym with a person name; event date",
)
P(
    "en",
    "eponymous_condition",
    F,
    "Hodgkin lymphoma is one of the most curable cancers. Ask your doctor about swollen lymph nodes that don't go away.",
    [],
    "eponym",
)
P(
    "en",
    "event",
    F,
    "Join us Saturday, June 14, 9 a.m.–noon for our Teddy Bear Clinic at 410 Cedar Avenue South! Kids can bring a stuffed friend for a checkup. 🧸",
    [],
    "event date and the hospital's own address",
)
P(
    "en",
    "event",
    F,
    "Blood drive Tuesday, 2/11, in the Riverside auditorium. Book a slot at riversidehealth.org/give or call (763) 555-0100.",
    [],
    "numeric event date, hospital domain and phone",
)
P(
    "en",
    "event",
    F,
    "Mark your calendars: our Heart Walk is October 5th at Lakeside Park. Registration opens August 1. ❤️",
    [],
    "event dates",
)
P(
    "en",
    "event",
    F,
    "Free sports physicals for kids ages 11 to 18, Thursday July 10, 3–7 p.m. Walk-ins welcome.",
    [],
    "ages of a group; event date",
)
P(
    "en",
    "event",
    F,
    "Our visitor policy changes on December 1: two visitors per patient, ages 12 and up, 8 a.m. to 8 p.m.",
    [],
    "policy date and group ages",
)
P(
    "en",
    "event",
    F,
    "Grief support group for families who lost a baby: second Monday of the month, 7 p.m., Chapel Room B.",
    [],
    "anonymous families",
)
P(
    "en",
    "event",
    F,
    "Reminder: the main lobby entrance at 2500 Riverside Parkway is closed for repairs until May 30. Use the Cedar Avenue door.",
    [],
    "hospital address and closure date",
)
P(
    "en",
    "event",
    F,
    "Flu shot clinic: Oct. 3, 10 and 17, at our Children's Clinic. No appointment needed! 💉",
    [],
    "multiple event dates",
)
P(
    "en",
    "event",
    F,
    "Our NICU reunion is back! Sunday, Sept. 21, 1–4 p.m. All NICU grads and their families are invited. 🎈",
    [],
    "reunion invitation, no one named",
)
P(
    "en",
    "event",
    F,
    "Stroke Awareness Month kicks off May 1. Learn BE FAST with nurse educator Claire Whitfield in the cafeteria at noon.",
    [],
    "event with staff educator",
)
P(
    "en",
    "event",
    F,
    "Happy Thanksgiving from all of us at Riverside! Our ED, ICU and Birth Center are open 24/7, as always. 🦃",
    [],
    "holiday greeting, 24/7",
)
P(
    "en",
    "event",
    F,
    "Daylight saving time ends Sunday, November 2. Set your clocks back and check your smoke detector batteries. ⏰",
    [],
    "public date",
)
P(
    "en",
    "event",
    F,
    "Our Women's Center at 88 Lake Street hosts a free mammogram day on March 8, International Women's Day. Call (763) 555-0142.",
    [],
    "hospital address and phone, awareness day",
)
P(
    "en",
    "statistic",
    F,
    "Adults over 65 account for nearly half of our hospital stays. Fall-proof your home: rugs, cords, nightlights. 🏠",
    [],
    "population ages",
)
P(
    "en",
    "statistic",
    F,
    "In 2024, our Birth Center welcomed 2,314 babies, including 41 sets of twins and 2 sets of triplets! 👶",
    [],
    "births statistic",
)
P(
    "en",
    "statistic",
    F,
    "1 in 8 women will be diagnosed with breast cancer in her lifetime. Women 40 and older: schedule your mammogram.",
    [],
    "statistic",
)
P(
    "en",
    "statistic",
    F,
    "People aged 90 and older are the fastest-growing age group in Minnesota. Our geriatric clinic is ready.",
    [],
    "population age over 89",
)
P(
    "en",
    "statistic",
    F,
    "Our oldest hospital building turns 100 this year! 🏥 The original 1925 cornerstone is on display in the lobby.",
    [],
    "building's age",
)
P(
    "en",
    "statistic",
    F,
    "We celebrated 100 years of caring for Millbrook on June 3, 1925... just kidding, it was 2025! Thanks for a century of trust.",
    [],
    "hospital anniversary dates",
)
P(
    "en",
    "statistic",
    F,
    "Last year our ED saw 61,000 visits. The busiest day? July 4. Please be careful with fireworks 🎆",
    [],
    "busiest day is not a person's date",
)
P(
    "en",
    "statistic",
    F,
    "Seniors in their 90s who stay active have fewer falls. Our balance class meets Mondays at 10.",
    [],
    "population decade over 89",
)
P(
    "en",
    "health_tip",
    F,
    "Hunter orange isn't just for hunters. Wear it on trails this fall so others can see you. 🦌",
    [],
    "'Hunter' as a word",
)
P(
    "en",
    "health_tip",
    F,
    "Will power isn't enough to quit smoking. Call 1-800-QUIT-NOW or talk to our tobacco treatment team. 🚭",
    [],
    "'Will' as a word",
)
P(
    "en",
    "health_tip",
    F,
    "Rose, lavender or chamomile? Whatever your tea, skip the sugar. ☕",
    [],
    "'Rose' as a word",
)
P(
    "en",
    "health_tip",
    F,
    "Summer safety: kids under 6 months should stay out of direct sun. Hats, shade and a little patience! 👒",
    [],
    "season",
)
P(
    "en",
    "health_tip",
    F,
    "Grace period alert: open enrollment ends December 15. Questions about your plan? Our financial counselors can help at (763) 555-0100.",
    [],
    "'Grace' as a word; enrollment date; hospital phone",
)
P(
    "en",
    "health_tip",
    F,
    "Mercedes, Ford or minivan: every car seat should be rear-facing until at least age 2. Free car seat checks every Wednesday!",
    [],
    "car brand",
)
P(
    "en",
    "health_tip",
    F,
    "King-size portions are the norm now. Use a smaller plate — it really helps. 🍽️",
    [],
    "'King' as a word",
)
P(
    "en",
    "health_tip",
    F,
    "Heat stroke can hit fast. On days over 90 degrees, check on older neighbors twice a day. 🌡️",
    [],
    "90 degrees is not an age",
)
P(
    "en",
    "health_tip",
    F,
    "Our 24-hour nurse line is (763) 555-0100, option 3. For emergencies, always call 911.",
    [],
    "hospital phone",
)
P(
    "en",
    "health_tip",
    F,
    "Got a question about your bill? Email billing@riversidehealth.org or call (763) 555-0100 ext. 2. Never post account numbers here!",
    [],
    "hospital e-mail and phone",
)
P(
    "en",
    "health_tip",
    F,
    "Poison Control: 1-800-222-1222. Save it in your phone today. Button batteries and detergent pods are the big ones.",
    [],
    "national line",
)
P(
    "en",
    "health_tip",
    F,
    "Our fax for referrals is (763) 555-0188. Please don't fax records to our Facebook inbox 😅",
    [],
    "hospital fax",
)
P(
    "en",
    "recruitment",
    F,
    "We're hiring! Night shift RNs for 4 North, $10k sign-on bonus. Apply at rrmc.org/careers or text NURSE to 55123.",
    [],
    "recruitment, short code",
)
P(
    "en",
    "recruitment",
    F,
    "Hear from Tomás Herrera, RN, about why he left the ER for home health: 'I finally get to know my patients.' Apply today!",
    [],
    "staff testimonial",
)
P(
    "en",
    "recruitment",
    F,
    "Job fair Thursday, April 17, 4–7 p.m., at our main campus. Interviews on the spot for CNAs, techs and unit clerks.",
    [],
    "event date",
)
P(
    "en",
    "crisis_update",
    F,
    "Due to the ice storm, all outpatient clinics are closed today, January 22. Our ED remains open. Stay safe, Millbrook ❄️",
    [],
    "closure date",
)
P(
    "en",
    "crisis_update",
    F,
    "We are caring for several patients from this morning's multi-vehicle crash on I-94. We cannot share details. Please keep the roads clear for emergency vehicles.",
    [],
    "anonymous patients of a crash",
)
P(
    "en",
    "crisis_update",
    F,
    "Our phone lines are back up. If you tried to reach us between 2 and 4 p.m., please call again at (763) 555-0100.",
    [],
    "outage",
)
P(
    "en",
    "research",
    F,
    "Our cardiology team published a study of 1,200 patients aged 18 to 95 in JAMA this week. Read it at rrmc.org/research.",
    [],
    "research cohort ages",
)
P(
    "en",
    "research",
    F,
    "Dr. Hope Adebayo's lab received a $2.4M NIH grant to study childhood asthma in rural Minnesota. 🔬",
    [],
    "researcher with a word-name",
)
P(
    "en",
    "campaign_hashtag",
    F,
    "#RiversideStrong #NursesRock #HeroesWorkHere 💙 Thank you to every person who shows up for our patients.",
    [],
    "campaign hashtags",
)
P(
    "en",
    "campaign_hashtag",
    F,
    "Wear gold for #ChildhoodCancerAwareness this September! Share your photo with #GoldTogether 💛",
    [],
    "awareness hashtags",
)
P(
    "en",
    "campaign_hashtag",
    F,
    "#HopeForHearts raised $48,000 for our pediatric cardiology unit. Thank you, Millbrook! ❤️",
    [],
    "campaign hashtag with Hope",
)
P(
    "en",
    "campaign_hashtag",
    F,
    "#BeLikeBuddy is back! Buddy the Bear, our mascot, will be handing out stickers at the Children's Clinic all week. 🐻",
    [],
    "mascot hashtag",
)
P(
    "en",
    "campaign_hashtag",
    F,
    "#TeamRiverside ran the Twin Cities Marathon on Sunday! Congrats to all 43 of our runners. 🏃‍♀️",
    [],
    "team hashtag of the hospital",
)
P(
    "en",
    "anonymous_story",
    F,
    "Our youngest patient went home today after 43 days. The NICU team lined the hallway and clapped. 👏",
    [],
    "nameless specific story with no identifier (label rule a)",
)
P(
    "en",
    "anonymous_story",
    F,
    "A teenager who was hit by a car last month walked into our clinic today to say thanks. That's why we do this. 💙",
    [],
    "anonymous, relative date",
)
P(
    "en",
    "anonymous_story",
    F,
    "This week a grandmother in her 70s rang the bell after 30 rounds of radiation. Her whole family was there. 🔔",
    [],
    "anonymous, age under 90",
)
P(
    "en",
    "anonymous_story",
    F,
    "One of our heart transplant patients sent us this note: 'Every beat is yours.' We'll keep it forever. ❤️",
    [],
    "anonymous quote",
)
P(
    "en",
    "anonymous_story",
    F,
    "Last night our team delivered twins in the elevator 😮 Mom and babies are healthy and happy.",
    [],
    "anonymous birth event",
)
P(
    "en",
    "anonymous_story",
    F,
    "A 6-year-old asked our surgeon if his heart would 'still love his mom' after surgery. It does. 💗",
    [],
    "anonymous child with age",
)
P(
    "en",
    "hospital_contact",
    F,
    "New number alert! Our Children's Clinic now answers at (763) 555-0142. Same great care, new line. ☎️",
    [],
    "hospital phone",
)
P(
    "en",
    "hospital_contact",
    F,
    "Questions for our media team? press@rrmc.org. For patient records, visit riversidehealth.org/records.",
    [],
    "hospital e-mail and URL",
)
P(
    "en",
    "hospital_contact",
    F,
    "Follow @RRMCKids for the cutest preemie-hat content on the internet. 🧶",
    [],
    "hospital handle",
)
P(
    "en",
    "thank_you",
    F,
    "Thank you to the Millbrook Fire Department for the pizza party with our ED staff! 🍕",
    [],
    "thank-you to an organization",
)
P(
    "en",
    "thank_you",
    F,
    "To every family who trusted us this year: thank you. It's an honor to care for you. 💙",
    [],
    "generic families",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Our own Dr. Rosa Villanueva and her husband, Dr. Ben Hart, both delivered babies on the same night shift. Power couple! 👶👶",
    [],
    "staff couple",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Nurse Kim and her daughter Lily ran the Millbrook 5K together to raise money for our NICU! 🏃‍♀️",
    [],
    "staff member's family",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Congrats to Dr. Anand Mehta on 20 years with Riverside! He's delivered more than 4,000 babies, including his own granddaughter.",
    [],
    "staff anniversary; the granddaughter is unnamed",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Pastor Mike Olsen leads our Sunday chapel service at 10 a.m. All are welcome. ⛪",
    [],
    "clergy leading an event",
)
P(
    "en",
    "event",
    F,
    "Come meet author Kate DiCamillo at our Children's Clinic story hour on Saturday, March 15! 📚",
    [],
    "author event",
)
P(
    "en",
    "statistic",
    F,
    "Did you know? Babies born before 37 weeks are premature. About 1 in 10 US babies is born early. #WorldPrematurityDay is November 17.",
    [],
    "awareness day",
)
P(
    "en",
    "health_tip",
    F,
    "Strawberries, watermelon and blueberries: summer's best snacks for kids over 1. Cut grapes in quarters! 🍇",
    [],
    "tip",
)
P(
    "en",
    "public_figure",
    F,
    "Astronaut Christina Koch, who spent 328 days in space, talked to our pediatric patients over video today. 🚀",
    [],
    "public figure, anonymous patients",
)
P(
    "en",
    "event",
    F,
    "Our Diabetes Prevention Program starts Tuesday, Jan. 6. Eligible: adults 18+ with prediabetes. Call (763) 555-0142.",
    [],
    "event date, group ages",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Big thanks to Dr. Summer Patel, Nurse Hunter Lee and tech Will Ortiz for running our free skin-check day! ☀️",
    [],
    "staff with word-names",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Happy retirement to our beloved dietitian, Mercedes Ruiz! 33 years of making hospital food better than you'd expect.",
    [],
    "retirement",
)
P(
    "en",
    "sponsor",
    F,
    "The Grace Holloway Scholarship will send two Millbrook High seniors to nursing school this fall. Apply by April 1!",
    [],
    "scholarship named for a person",
)
P(
    "en",
    "research",
    F,
    "A new study from our stroke team: patients treated within 60 minutes had half the disability at 90 days.",
    [],
    "90 days is not an age",
)
# ---------------------------------------------------------------------------
# Spanish, not patient-specific
# ---------------------------------------------------------------------------

P(
    "es",
    "staff_spotlight",
    F,
    "Les presentamos a nuestra enfermera Rosa Elena Téllez, que lleva 20 años en la sala de partos. ¡Gracias, Rosa! 💜",
    [],
    "staff nurse with a word-name",
)
P(
    "es",
    "staff_spotlight",
    F,
    "Felicidades a la Dra. Esperanza Olmos por su nuevo puesto como jefa de pediatría. 👩‍⚕️",
    [],
    "doctor with a word-name",
)
P(
    "es",
    "staff_spotlight",
    F,
    "Nuestro capellán, el padre Miguel Ángel, visita la capilla todos los días a las 9. ⛪",
    [],
    "clergy",
)
P(
    "es",
    "staff_spotlight",
    F,
    "¡Conozcan a Lupita Ramírez, intérprete médica! Habla español, inglés y mixteco. 🗣️",
    [],
    "interpreter",
)
P(
    "es",
    "sponsor",
    F,
    "Gracias a la familia Garza, dueños de Panadería La Flor, por donar pan dulce para todo el personal. 🥐",
    [],
    "donor family and business",
)
P(
    "es",
    "sponsor",
    F,
    "Nuestra voluntaria del mes es doña Chelo, de 90 años, que reparte café en la sala de espera desde 2010. ☕",
    [],
    "volunteer over 89",
)
P(
    "es",
    "event",
    F,
    "Feria de salud gratuita el sábado 14 de junio, de 9 a 1, en 410 Cedar Avenue South. ¡Traigan a toda la familia!",
    [],
    "event date and hospital address",
)
P(
    "es",
    "event",
    F,
    "El 5 de mayo celebramos con una clínica de vacunas en el estacionamiento. Llame al (763) 555-0142 para más información.",
    [],
    "event on Cinco de Mayo; hospital phone",
)
P(
    "es",
    "event",
    F,
    "Este 12 de diciembre, Día de la Virgen de Guadalupe, la capilla estará abierta toda la noche. 🌹",
    [],
    "religious holiday",
)
P(
    "es",
    "statistic",
    F,
    "Los adultos mayores de 65 años tienen más riesgo de caídas. Quite los tapetes sueltos de su casa. 🏠",
    [],
    "population ages",
)
P(
    "es",
    "statistic",
    F,
    "En 2024 nacieron 512 bebés de familias hispanas en nuestro centro de maternidad. ¡Bienvenidos todos! 👶",
    [],
    "birth statistic",
)
P(
    "es",
    "health_tip",
    F,
    "¿Diabetes? Nuestras clases en español son los martes a las 6 p.m. Llame al (763) 555-0100, extensión 4.",
    [],
    "hospital phone",
)
P(
    "es",
    "health_tip",
    F,
    "La esperanza es importante, pero también la prevención: hágase la prueba de Papanicolaou cada 3 años. 💜",
    [],
    "'esperanza' as a word; eponymous test",
)
P(
    "es",
    "health_tip",
    F,
    "El mal de Parkinson no es solo temblores. Hable con su médico si nota rigidez o lentitud.",
    [],
    "eponym in Spanish",
)
P(
    "es",
    "health_tip",
    F,
    "Con las temperaturas de más de 90 grados, tome agua y busque sombra. Los niños de 2 años o menos se deshidratan rápido.",
    [],
    "degrees, child ages",
)
P(
    "es",
    "public_figure",
    F,
    "Como dijo Frida Kahlo: 'Pies, ¿para qué los quiero si tengo alas para volar?' 🦋 Feliz Mes de la Herencia Hispana.",
    [],
    "historical figure quote",
)
P(
    "es",
    "public_figure",
    F,
    "¡Gracias a la cantante Luz María Briseño por visitar a los niños del piso de pediatría! 🎤",
    [],
    "singer visiting; children anonymous",
)
P(
    "es",
    "campaign_hashtag",
    F,
    "#JuntosSomosMásFuertes #OrgulloRiverside 💙 Gracias a todo nuestro personal por otro año increíble.",
    [],
    "campaign hashtags",
)
P(
    "es",
    "campaign_hashtag",
    F,
    "¿Ya conoces #MamásSaludables? Cada jueves compartimos consejos de nutrición para el embarazo. 🤰",
    [],
    "campaign hashtag",
)
P(
    "es",
    "anonymous_story",
    F,
    "Hoy una de nuestras pacientes más pequeñas se fue a casa después de 80 días en la UCIN. ¡Qué alegría! 🎉",
    [],
    "nameless story (rule a)",
)
P(
    "es",
    "anonymous_story",
    F,
    "Un abuelito de 85 años nos dijo: 'Aquí me trataron como familia'. Gracias a todo el equipo de 4 Norte. 💙",
    [],
    "anonymous, age under 90",
)
P(
    "es",
    "recruitment",
    F,
    "¡Estamos contratando! Buscamos enfermeras bilingües para el turno de noche. Envíe su CV a empleos@rrmc.org.",
    [],
    "hospital e-mail",
)
P(
    "es",
    "crisis_update",
    F,
    "Por la tormenta de nieve, las clínicas cerrarán hoy, 22 de enero, a las 3 p.m. La sala de emergencias sigue abierta.",
    [],
    "closure date",
)
P(
    "es",
    "staff_spotlight",
    F,
    "Felicidades a nuestro técnico de laboratorio, Jesús Domínguez, por sus 25 años de servicio. 🔬",
    [],
    "staff anniversary",
)
P(
    "es",
    "event",
    F,
    "Grupo de apoyo para familias de pacientes con Alzheimer: primer miércoles de cada mes, 6 p.m., sala B.",
    [],
    "eponym; anonymous families",
)
P(
    "es",
    "staff_spotlight",
    F,
    "La enfermera Marisol Ortega y su hija Camila corrieron juntas el maratón de Millbrook para recaudar fondos. 🏃‍♀️",
    [],
    "staff member's daughter",
)


if __name__ == "__main__":
    SET.main("phi_dev")
