"""Blind development set d46 for the PHI scanner: tests/data/phi_dev46.jsonl.

Organisation: Three Rivers Allegheny Hospital, Pittsburgh, PA (phi_dev46_org.json):
main campus at 1500 Smallman Street (ED, inpatient units, L&D, the Kostelnik Family
Transplant Institute), the Lawrenceville clinic at 4100 Butler Street and the Mon
Valley Black Lung Clinic at 725 Fifth Avenue, McKeesport; eight (412) 555-01xx
numbers (main, nurse line, transplant, Spanish line, black lung clinic, records fax,
foundation, media); domains threeriversallegheny.org and trahfoundation.org; handles
@ThreeRiversAH, @TRAH_Transplant, @TRAHFoundation, @TRAHBlackLung.
Focus: steelworkers and retired coal miners, Polish, Slovak, Italian, Croatian and
Bhutanese-Nepali families, a Latino community in Beechview, Steelers / Penguins /
Pirates players and alumni (some patients, some visitors), the black lung clinic,
the transplant institute, pierogi and church-festival culture, 'yinz' dialect.
Hard cases: names that are words or towns (Hope, Faith, Penn, Grant, Sharon from
Sharon PA, Bell with Bell's palsy, Graves with Graves' disease, Miner the staff RT),
nicknames and staff-given nicknames, initials ("Mr. D", "mr b"), lower-case and
chart-style names, names only in hashtags, relatives named in passing with the
patient unnamed; towns that are words (Mars, Library, Export, Plum) and hometowns
next to staff hometowns; dates as numbers, ordinals, day-of-month alone, Spanish,
holidays that are the patient's day (Wigilia, Dyngus Day, Tihar, Veterans Day, Dia de
los Muertos, National Donor Day) next to event dates and awareness days; ages over
89 in digits, words, ordinals, keycap emoji, chart shorthand, "centenarian",
"nonagenarian", a hashtag, next to ages of volunteers over 89, population ages and
"in her 90s"; family phones, faxes, emails, handles, URLs and an IP next to the
hospital's own; MRN, UNOS, health-plan, account, licence, plate and device numbers
in odd formats; hard negatives: staff spotlights, volunteers, donors and building
or foundation names, sponsors, visiting athletes and officials, historical figures
(Starzl, Salk, Clemente, Fred Rogers, Carnegie, Joe Magarac), eponymous conditions,
awareness days, event dates, statistics, campaign hashtags, anonymous stories.
Language mix: 240 posts, 200 English and 40 Spanish; 120 patient-specific, 120 not
(English 100 / 100, Spanish 20 / 20).
Labelling decisions taken in this set (where the rules leave room):
- Employer: a patient's employer (mill, plant, mine, bakery, union) is not labelled,
  and neither is the employer's or workplace's town ("41 years at the coke works in
  Clairton", "44 years at the Homestead Works"). GEO is where the patient or family
  lives or lived ("from homestead", "of Ambridge", "raised in Bloomfield"), the
  birthplace, and the place of the patient's injury (crash road, park).
- Staff, volunteers and public figures ARE labelled when the post is about them as
  our patients (a nurse who gave birth here, a volunteer admitted after a fall, a
  Penguins alum discharged); a public figure introduced as a patient's relative, a
  sponsor who is a patient's parent and a staff member's grandfather who was our
  patient are labelled as a patient's relatives / patient. Friends, neighbours and
  coworkers of a patient are not labelled.
- Business, foundation, building and institute names that contain a labelled
  family's surname ("Mancini's Bakery", "Kostelnik Family Foundation") are not
  labelled; only the person mentions are.
- Kinship terms used as address or nickname (Babcia, Nonna, Dzedo, Hajurba, Ama,
  Pap-Pap, abuelita), even capitalised or in a hashtag (#BabciaStrong), are not
  NAME. A nickname the staff give the patient and use as the patient's name ("Bean",
  "the Steel Man" -> "Steel Man") is NAME.
- Ages: "in her 90s" / "in his 90s" (a decade, the aggregate Safe Harbor permits) is
  not AGE; an exact age over 89 is AGE even for an unnamed patient. A hashtag that
  states the patient's age over 89 (#100YearsYoung) is one AGE span over the whole
  token; an age written in keycap emoji is AGE; the 💯 emoji is not. "Ninety-year-old"
  is one token. Ages of volunteers and staff who are not the post's patient are
  never labelled.
- Dates: a named day or festival on which the patient's event fell (Wigilia, Dyngus
  Day, Tihar, Easter Sunday, Veterans Day, Halloween, Fourth of July, Dia de Reyes)
  is DATE; a holiday the patient will merely spend at home or a future plan ("Home
  for Thanksgiving", "back on the golf course by the Fourth") is not. The funeral
  date of a deceased patient is DATE. "on the 3rd" -> "3rd"; "el dia 20" -> "dia 20".
  "3rd round of chemo" is not a date. A listing date on a transplant list is DATE.
- GEO: the hospital's own city is not used as a patient's home in this set; states,
  countries, Puerto Rico and foreign state-level regions (Abruzzo, Guanajuato) are
  not GEO; the town inside a school's name is GEO when it tells where the patient
  lives ("Plum High School" -> "Plum"). A staff member's hometown written the same
  as the patient's is left unlabelled (ok=).
- Identifiers: UNOS ID and a trial participant number -> OTHER_ID; UMWA Health &
  Retirement Funds member number and Medicare MBI -> HEALTH_PLAN; "Expediente" ->
  MRN; a room or bed with a unit prefix -> keyword + number only ("bed 11" in "ED bed
  11"); conference and meeting rooms are not labelled; a placeholder record ("Jane
  Q. Patient", "MM/DD/YYYY") is not PHI.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev46.jsonl"), os.path.join(HERE, "phi_dev46_org.json"), "d46")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- patient_story

# 1
p(
    "en",
    "patient_story",
    'Meet Stosh 💪 Stanisław "Stosh" Wiśniewski spent 41 years at the coke works in Clairton and is now the loudest guy in our pulmonary rehab gym. Breathing\'s better. Jokes are worse. Keep it up, Stosh! #BlackLungClinic',
    [
        ("NAME", 'Stanisław "Stosh" Wiśniewski'),
        ("NAME", "Stosh", "*"),
    ],
    note="Patient's full name with quoted nickname, nickname repeated. Clairton is the employer's (coke works) town, not labelled.",
)

# 2
p(
    "en",
    "patient_story",
    "so this guy. rusty kovach, 67, retired millwright from homestead, walked in here in february barely able to climb one flight of stairs. today he did all 4 flights of our rehab stairwell without stopping. yinz, we are not crying, you're crying 😭 #TRAHproud",
    [
        ("NAME", "rusty kovach"),
        ("GEO", "homestead"),
        ("DATE", "february"),
    ],
    note="Lower-case patient name and home town; 'in february' is the month of his admission. Age 67 is not labelled.",
)

# 3
p(
    "en",
    "patient_story",
    "Grant was in a hurry to get home for the Pens game. Not THAT kind of hurry, buddy. 🏒 After a sledding crash on Dec. 28 left him with a broken femur, Grant Petrakis, 11, of Mt. Lebanon is finally back on his feet — and yes, he made the game.",
    [
        ("NAME", "Grant Petrakis"),
        ("NAME", "Grant", "*"),
        ("DATE", "Dec. 28"),
        ("GEO", "Mt. Lebanon"),
    ],
    note="Patient name that is a word, injury date, home town.",
)

# 4
p(
    "en",
    "patient_story",
    "HUGE SHOUTOUT TO MARY ELLEN 'MEL' FALCONE WHO PEDALED 100 MILES ON THE BIKE THIS MONTH IN CARDIAC REHAB!!! MEL, YOU'RE AN ANIMAL. 🚲🚲",
    [
        ("NAME", "MARY ELLEN 'MEL' FALCONE"),
        ("NAME", "MEL", "*"),
    ],
    note="ALL-CAPS patient name and nickname; 100 is miles, not an age.",
)

# 5
p(
    "en",
    "patient_story",
    "When his granddaughter Priya sent us a picture of the first pot of dal he cooked after his heart surgery, the whole unit cheered. Get well wishes from all of us on 7 North! 🍲",
    [("NAME", "Priya")],
    note="The patient is unnamed but his granddaughter is named: a relative's name. The picture is of food, not of the patient.",
)

# 6
p(
    "en",
    "patient_story",
    'Hope and Faith Mercer — yes, those are their real names — are 82-year-old twins from Mars, PA who had hip replacements this spring, two rooms apart. Competitive? "Only about everything," says Faith. We hope yinz are ready for the rematch.',
    [
        ("NAME", "Hope"),
        ("NAME", "Faith Mercer"),
        ("NAME", "Faith", "*"),
        ("GEO", "Mars"),
    ],
    note="Two patients whose names are words; home town Mars, PA. 'spring' is a season, 82 is under 90, 'hope' lower case is a verb.",
)

# 7
p(
    "en",
    "patient_story",
    "Kata Matković has rolled sarma for the St. Nicholas Croatian festival for 50 years. This year she rolled them from bed 14 on our cardiac step-down unit, with her sister Ana supervising. The festival is June 21–22 — Kata says save her a plate. 🇭🇷",
    [
        ("NAME", "Kata Matković"),
        ("NAME", "Kata", "*"),
        ("OTHER_ID", "bed 14"),
        ("NAME", "Ana"),
    ],
    note="Patient, her bed and her sister. June 21–22 is the festival's date, not hers.",
)

# 8
p(
    "en",
    "patient_story",
    "Jim 'Moose' Sokolowski came in on the 3rd with chest pain. By the 5th he had two stents and a favorite nurse. By the 9th he was home in Brentwood yelling at the Pirates on TV. ⚾",
    [
        ("NAME", "Jim 'Moose' Sokolowski"),
        ("DATE", "3rd"),
        ("DATE", "5th"),
        ("DATE", "9th"),
        ("GEO", "Brentwood"),
    ],
    note="Days of the month alone for admission, procedure and discharge; home neighbourhood.",
)

# 9
p(
    "en",
    "patient_story",
    "Sharon from Sharon! 😂 Sharon Lisowski drove 70 miles from Sharon, PA for her transplant evaluation and brought the whole clinic a tray of kolache. Yes, we ate them all.",
    [
        ("NAME", "Sharon Lisowski"),
        ("NAME", "Sharon", 1),
        ("GEO", "Sharon", 2),
        ("GEO", "Sharon", 4),
    ],
    note="The patient's first name is also her home town: first and third mentions are NAME, the town mentions GEO.",
)

# 10
p(
    "en",
    "patient_story",
    "At 94, Hari Prasad Adhikari is the oldest person ever to finish our pulmonary rehab program. His grandson Bikash translated his graduation speech: 'Tell them the rivers here are not as cold as the rivers at home.'",
    [
        ("AGE", "94"),
        ("NAME", "Hari Prasad Adhikari"),
        ("NAME", "Bikash"),
    ],
    note="Patient's age over 89, name, and grandson's name.",
)

# 11
p(
    "en",
    "patient_story",
    "Mr. D — you know who you are — thank you for teaching the entire 4 South nursing staff to play bocce in the hallway. Your discharge Friday will leave a hole in our hearts (and maybe a dent in the wall). 🎳",
    [("NAME", "D")],
    note="An initial used as the patient's name. Friday is a weekday.",
)

# 12
p(
    "es",
    "patient_story",
    "Conozcan a Rosa Elena Quispe 💜 Llegó de Cusco hace veinte años, vive en Beechview y el 14 de marzo recibió un hígado nuevo en nuestro centro de trasplantes. Su hija Maribel dice que ya está pidiendo ají de gallina. ¡Fuerza, Rosa!",
    [
        ("NAME", "Rosa Elena Quispe"),
        ("NAME", "Rosa", "*"),
        ("GEO", "Cusco"),
        ("GEO", "Beechview"),
        ("DATE", "14 de marzo"),
        ("NAME", "Maribel"),
    ],
    note="Patient, foreign birth city, neighbourhood, transplant date, daughter.",
)

# 13
p(
    "es",
    "patient_story",
    "Don Chuy no habla mucho, pero cuando la banda de su iglesia vino a tocarle en el cuarto 512, se le salieron las lágrimas. Gracias a su familia por compartir este momento. #ChuyFuerte",
    [
        ("NAME", "Chuy"),
        ("OTHER_ID", "cuarto 512"),
        ("NAME", "#ChuyFuerte"),
    ],
    note="Nickname with honorific (Don excluded), room number, name hashtag.",
)

# 14
p(
    "es",
    "patient_story",
    "¡Miren quién ya camina! 🦵 Brayan Tzul, de 8 años, se rompió la pierna jugando fútbol en el parque de Hazelwood en octubre. Hoy, con su yeso firmado por medio hospital, dio sus primeros pasos sin muletas. ¡Eres un campeón, Brayan!",
    [
        ("NAME", "Brayan Tzul"),
        ("NAME", "Brayan", "*"),
        ("GEO", "Hazelwood"),
        ("DATE", "octubre"),
    ],
    note="Patient; place and month of his injury. Age 8 is not labelled.",
)

# 15
n(
    "en",
    "patient_story",
    "When a young father came into our ED after a fall at a job site, trauma surgeon Dr. Anjali Rao and charge nurse Mike Palumbo knew they had minutes. Today he walked out. He asked us not to share his name, so we'll just say: thank you, team.",
    "Anonymous patient; only staff are named.",
)

# 16
n(
    "en",
    "patient_story",
    "Sometimes the best medicine has four legs. 🐾 Our therapy dog Halushki visited a gentleman on 5 West today who hadn't smiled since his stroke. He smiled. (Halushki took full credit.)",
    "The only name is a therapy dog's; the patient is anonymous and 5 West is a unit.",
)

# 17
n(
    "en",
    "patient_story",
    "What's it like to get a new liver? We asked a few of our recipients (they asked to stay anonymous). Their answers: 'Hungry.' 'Grateful.' 'Mad I can't have an Iron City at the Steelers game.' ❤️",
    "Anonymous quotes; Iron City is a beer.",
)

# 18
n(
    "es",
    "patient_story",
    "Una mamá nos escribió para contarnos que su hijo, después de tres meses de terapia física, volvió a jugar fútbol con su equipo. No quiso dar nombres, pero quería que el equipo de rehabilitación lo supiera. ⚽💚",
    "Anonymous mother and son; durations are not identifiers.",
)

# ---------------------------------------------------------------- birth_announcement

# 19
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Penn! 👶 Penn Zielinski arrived at 3:12 a.m. on 2/14 — National Donor Day, fittingly — weighing 7 lb 9 oz. Big brother Franco already wants to teach him the Terrible Towel twirl.",
    [
        ("NAME", "Penn Zielinski"),
        ("NAME", "Penn", "*"),
        ("DATE", "2/14"),
        ("DATE", "National Donor Day"),
        ("NAME", "Franco"),
    ],
    note="Baby and brother; birth date written twice (2/14 and the awareness day that falls on it). The time is not a date.",
)

# 20
p(
    "en",
    "birth_announcement",
    "dyngus day baby!!! 🌷💦 little jadzia arrived monday morning to proud parents kasia & tom wozniak of polish hill. somebody get this girl a squirt gun",
    [
        ("DATE", "dyngus day"),
        ("NAME", "jadzia"),
        ("NAME", "kasia"),
        ("NAME", "tom wozniak"),
        ("GEO", "polish hill"),
    ],
    note="Lower case: the holiday is the birth day; baby, parents, neighbourhood. 'monday' is a weekday.",
)

# 21
p(
    "en",
    "birth_announcement",
    "Twins! Ava and Anthony DeLuca were born 11 minutes apart on the 30th — one a Steelers fan, one a Ravens fan, according to dad Vince. (We're praying for the Ravens one.) 💛🖤",
    [
        ("NAME", "Ava"),
        ("NAME", "Anthony DeLuca"),
        ("DATE", "30th"),
        ("NAME", "Vince"),
    ],
    note="Twin babies, day of the month of birth, father.",
)

# 22
p(
    "en",
    "birth_announcement",
    "Our first baby of the year! Little Sonam Tamang made her entrance at 12:04 a.m. on January 1st. Mom Pabitra and dad Ganesh, thank you for letting us celebrate with you! 🎉 #TRAHbabies",
    [
        ("NAME", "Sonam Tamang"),
        ("DATE", "January 1st"),
        ("NAME", "Pabitra"),
        ("NAME", "Ganesh"),
    ],
    note="Baby, birth date, parents.",
)

# 23
p(
    "en",
    "birth_announcement",
    "IT'S A BOY!! CONGRATS TO OUR OWN ER NURSE DANA KRUPA AND HUSBAND MIKE ON THE BIRTH OF LUKE, 8 LBS 2 OZ, BORN RIGHT HERE ON 10/17. WELCOME TO STEELER NATION, LUKE!! 🖤💛",
    [
        ("NAME", "DANA KRUPA"),
        ("NAME", "MIKE"),
        ("NAME", "LUKE", "*"),
        ("DATE", "10/17"),
    ],
    note="A staff nurse who delivered here is a patient; her husband and baby; birth date.",
)

# 24
p(
    "en",
    "birth_announcement",
    'NICU grad alert 🎓 Baby girl Hudak ("Bean" to her nurses) — born at 26 weeks on Aug. 3, home today at 5 lb even. Thank you to the Hudak family of Munhall for letting us share!',
    [
        ("NAME", "Hudak", "*"),
        ("NAME", "Bean"),
        ("DATE", "Aug. 3"),
        ("GEO", "Munhall"),
    ],
    note="Family surname, nurses' nickname used as the baby's name, birth date, home borough.",
)

# 25
p(
    "en",
    "birth_announcement",
    "Wigilia miracle ⭐ While the rest of the family was breaking opłatek at home in Lawrenceville, little Zofia decided she couldn't wait for Christmas either. Born on Christmas Eve at 9:47 p.m., 6 lb 14 oz. Wesołych Świąt from L&D! 🎄",
    [
        ("DATE", "Wigilia"),
        ("GEO", "Lawrenceville"),
        ("NAME", "Zofia"),
        ("DATE", "Christmas Eve"),
    ],
    note="Birth day named twice (Wigilia, Christmas Eve); family home. 'Christmas' alone is the next day, not her birth.",
)

# 26
p(
    "en",
    "birth_announcement",
    "6 lb 11 oz of pure sweetness 🪷 Mom asked us to tell everyone the name means 'lotus.' #WelcomeKamala #TRAHbabies",
    [("NAME", "#WelcomeKamala")],
    note="The baby's name appears only in a hashtag.",
)

# 27
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Esperanza! 💕 Nació el 2 de noviembre, Día de los Muertos, y su abuela Lupita dice que es un regalo de su abuelo que ya no está. Felicidades a la familia Morales Cruz de Brookline.",
    [
        ("NAME", "Esperanza"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de los Muertos"),
        ("NAME", "Lupita"),
        ("NAME", "Morales Cruz"),
        ("GEO", "Brookline"),
    ],
    note="Baby whose name is a word, birth date written twice, grandmother, family surname, neighbourhood.",
)

# 28
p(
    "es",
    "birth_announcement",
    "NACIÓ MATEO 💙 3.4 kg, 51 cm, a las 6:20 de la mañana del 9/5. Papá Luis ya le compró su primera camiseta de los Steelers. #BebésTRAH",
    [
        ("NAME", "MATEO"),
        ("DATE", "9/5"),
        ("NAME", "Luis"),
    ],
    note="Baby, birth date (day/month), father.",
)

# 29
n(
    "en",
    "birth_announcement",
    "Fun fact: our L&D team delivered 2,614 babies last year, including 41 sets of twins and one set of triplets. Busiest month? September. (Nine months after a certain Steelers playoff win... we're just saying.) 👶",
    "Aggregate statistic; September is not any patient's date.",
)

# 30
n(
    "en",
    "birth_announcement",
    "Congrats to our own Dr. Nadia Rahman on the arrival of her first grandchild, born last week in Columbus — we'll forgive the Ohio part. Grandma Nadia is already showing pictures to anyone who stands still. 🍼",
    "A staff member's family born elsewhere, not our patient; staff family is never labelled.",
)

# 31
n(
    "es",
    "birth_announcement",
    "¡Este mes nacieron en nuestra maternidad 12 bebés de familias que hablan español! Gracias por confiar en nosotros en un momento tan especial. 💕 #BebésTRAH",
    "Aggregate count, no patient.",
)

# ---------------------------------------------------------------- discharge

# 32
p(
    "en",
    "discharge",
    "Three weeks on the vent, two on the floor, and this afternoon the whole 6 West crew lined the hallway to clap him out. Go home, eat some real pierogies, rest up. We'll miss you. #HalushkiHank 💛",
    [("NAME", "#HalushkiHank")],
    note="The patient's nickname appears only in a hashtag.",
)

# 33
p(
    "en",
    "discharge",
    "After 112 days — the longest stay in our burn unit's history — Tony 'Tiger' Russo went home to Bloomfield today. His wife Carmela has already promised to bring cannoli to the unit every Sunday until she runs out of nurses.",
    [
        ("NAME", "Tony 'Tiger' Russo"),
        ("GEO", "Bloomfield"),
        ("NAME", "Carmela"),
    ],
    note="Patient, home neighbourhood, wife. A length of stay is not a date.",
)

# 34
p(
    "en",
    "discharge",
    "rm 309 going home!!! mr b, we will miss the polka music at 6am. dont let the grandkids eat all the kolachi 😂",
    [
        ("OTHER_ID", "rm 309"),
        ("NAME", "b"),
    ],
    note="Room number and a lower-case initial used as the patient's name.",
)

# 35
p(
    "en",
    "discharge",
    "Home for Thanksgiving! 🦃 Ray Ondrejko, who got his new heart on Oct. 30, is heading back to Export, PA just in time for his wife Dot's famous haluski. #DonateLife",
    [
        ("NAME", "Ray Ondrejko"),
        ("DATE", "Oct. 30"),
        ("GEO", "Export"),
        ("NAME", "Dot"),
    ],
    note="Transplant date, home town that is a word, wife. Thanksgiving is a holiday he will spend at home, not his event date.",
)

# 36
p(
    "en",
    "discharge",
    "Hey Library, PA! 📚 Your hometown girl Jenna Mroz rang our bell today after her last round of chemo. Jenna, go celebrate — you earned it! 🔔",
    [
        ("GEO", "Library"),
        ("NAME", "Jenna Mroz"),
        ("NAME", "Jenna", "*"),
    ],
    note="Home town that is a word; patient name.",
)

# 37
p(
    "en",
    "discharge",
    "That's Joe Palko (91!) and his grandson Drew in the photo, heading out the door after Joe's hip replacement. Joe told us he'd be back on the golf course by the Fourth. We believe him. ⛳",
    [
        ("NAME", "Joe Palko"),
        ("NAME", "Joe", "*"),
        ("AGE", "91"),
        ("NAME", "Drew"),
        ("PHOTO", "photo"),
    ],
    note="Patient shown in the attached photo, his age over 89 and his grandson. 'the Fourth' is a future plan, not his date.",
)

# 38
p(
    "en",
    "discharge",
    "Namaste 🙏 Chandra Kala Rai goes home today after 3 weeks with us. Her family asked us to share their thanks in Nepali and English: धन्यवाद! Her son Dilli says anyone from the Carrick community who wants to visit Ama can call him at 412-555-0176.",
    [
        ("NAME", "Chandra Kala Rai"),
        ("NAME", "Dilli"),
        ("GEO", "Carrick"),
        ("PHONE", "412-555-0176"),
    ],
    note="Patient, son, the family's neighbourhood and the son's phone. 'Ama' (mother) is a kinship term.",
)

# 39
p(
    "en",
    "discharge",
    'GOING HOME DAY FOR OUR FAVORITE YINZER, DOLORES "DEE" PASTORIUS! 🎉 2 MONTHS, 1 NEW LUNG, 0 COMPLAINTS (OK, MAYBE A FEW ABOUT THE JELL-O). SEE YINZ AT CLINIC, DEE!',
    [
        ("NAME", 'DOLORES "DEE" PASTORIUS'),
        ("NAME", "DEE", "*"),
    ],
    note="ALL-CAPS patient name with nickname.",
)

# 40
p(
    "en",
    "discharge",
    "Her daughter Renata drove in from Wheeling every single day for five weeks. Today she got to drive her mom home. That's the whole story, and it's a good one. 🚗💨",
    [
        ("NAME", "Renata"),
        ("GEO", "Wheeling"),
    ],
    note="Patient unnamed; her daughter's name and home city are a relative's identifiers.",
)

# 41
p(
    "es",
    "discharge",
    "¡De alta! 🎈 Después de 19 días en cuidados intensivos, Yesenia Paz se fue a casa hoy con su esposo Rigoberto y sus tres niños. Su vecina doña Irma organizó una caravana con globos hasta su casa en Beechview. ¡Bienvenida a casa, Yesenia!",
    [
        ("NAME", "Yesenia Paz"),
        ("NAME", "Yesenia", "*"),
        ("NAME", "Rigoberto"),
        ("GEO", "Beechview"),
    ],
    note="Patient, husband, home neighbourhood. The neighbour Irma is not a relative or household member.",
)

# 42
n(
    "en",
    "discharge",
    "Discharge tip: if your ride is running late, our discharge lounge on the 2nd floor has coffee, phone chargers and the comfiest recliners in Allegheny County. Open 8 a.m.–8 p.m. daily.",
    "General information; '2nd' is a floor and Allegheny County is not tied to a patient.",
)

# 43
n(
    "en",
    "discharge",
    "Today a gentleman who spent 51 days with us walked out on his own two feet. He asked for no name and no photo — just a thank-you to 'the night shift, all of yinz.' Consider it delivered. 🌙",
    "Anonymous patient; a length of stay and 'today' are not identifiers.",
)

# 44
n(
    "es",
    "discharge",
    "Recordatorio: antes de irse a casa, pida su lista de medicamentos por escrito y pregunte quién será su contacto de seguimiento. Si tiene dudas, llame a nuestra línea en español: (412) 555-0134.",
    "General advice; the number is the hospital's Spanish line.",
)

# ---------------------------------------------------------------- thank_you

# 45
p(
    "en",
    "thank_you",
    "To the Novak family: thank you for the 14 dozen pierogies (we counted) you dropped off for our ICU night shift. Your dad Frank would be proud of how hard yinz fought for him. 💛",
    [
        ("NAME", "Novak"),
        ("NAME", "Frank"),
    ],
    note="Patient's family surname and the patient's first name.",
)

# 46
p(
    "en",
    "thank_you",
    "Thank you, Walt Kostelnik! Thirty years after his daughter Annie got her new liver here, Walt is still first through the door at every Donate Life event — and this year the Kostelnik Family Foundation funded 12 new ICU family sleep rooms.",
    [
        ("NAME", "Walt Kostelnik"),
        ("NAME", "Walt", "*"),
        ("NAME", "Annie"),
    ],
    note="A donor introduced as a patient's father is a patient's relative; the foundation's name is not labelled.",
)

# 47
p(
    "en",
    "thank_you",
    "Thank you @theromanofamily412 for the kind words about our 5 East team! We'll pass them along to every nurse who took care of your Nonna Lucia. ❤️",
    [
        ("OTHER_ID", "@theromanofamily412"),
        ("NAME", "Lucia"),
    ],
    note="The family's social handle and the patient's first name ('Nonna' is a kinship term).",
)

# 48
p(
    "en",
    "thank_you",
    "shoutout to the guy in bed 22 who tipped the cafeteria lady in steelers tickets. sir. you cannot do that. (thank you though, from marge, who is going to the game.)",
    [("OTHER_ID", "bed 22")],
    note="The patient's bed number; marge is a staff member.",
)

# 49
p(
    "en",
    "thank_you",
    "Dear Mrs. Pavlović — your thank-you card is on our break room wall, right next to the picture of your husband Zoran in his Penguins jersey the day he left the CCU. We'll never forget him.",
    [
        ("NAME", "Pavlović"),
        ("NAME", "Zoran"),
    ],
    note="Patient's wife and the patient. The picture is on a wall, not attached to the post.",
)

# 50
p(
    "en",
    "thank_you",
    "🙏🙏🙏 from everyone at the Mon Valley Black Lung Clinic to Earl Hostetler's family, who donated his oxygen concentrator and his favorite mug ('Old Miners Never Die') to our loaner closet. Earl, you were one of a kind.",
    [
        ("NAME", "Earl Hostetler"),
        ("NAME", "Earl", "*"),
    ],
    note="Patient's name (possessive excluded). The clinic name is the hospital's.",
)

# 51
p(
    "en",
    "thank_you",
    "THANK YOU TO EVERYONE WHO SENT CARDS FOR PETE SZABO! HIS FAMILY SAYS KEEP 'EM COMING — DROP THEM AT OUR FRONT DESK OR EMAIL SZABOFAMILY.CARDS@GMAIL.COM AND THEY'LL PRINT THEM FOR HIM. 💌",
    [
        ("NAME", "PETE SZABO"),
        ("EMAIL", "SZABOFAMILY.CARDS@GMAIL.COM"),
    ],
    note="ALL-CAPS patient name and the family's email.",
)

# 52
p(
    "es",
    "thank_you",
    "Gracias, familia Ramírez Ortiz, por las 200 pupusas que trajeron al equipo de la UCI en agradecimiento por cuidar a don Efraín. ¡Estaban deliciosas! 🫓",
    [
        ("NAME", "Ramírez Ortiz"),
        ("NAME", "Efraín"),
    ],
    note="Patient's family surname and the patient's first name (don excluded).",
)

# 53
p(
    "es",
    "thank_you",
    "Querida Sofía: leímos tu carta en la reunión del turno de noche y nadie pudo terminarla sin llorar. Gracias por recordarnos por qué hacemos esto desde que estuviste en la cama 8 de pediatría. Y dile a tu mamá Gladys que sí, le guardamos la receta del flan. 💛",
    [
        ("NAME", "Sofía"),
        ("OTHER_ID", "cama 8"),
        ("NAME", "Gladys"),
    ],
    note="Former paediatric patient, her bed, her mother.",
)

# 54
n(
    "en",
    "thank_you",
    "Thank you to Steel City Pierogi Co. and the ladies of St. John the Baptist Ukrainian Catholic Church for feeding our night shift during the snowstorm. 🥟❄️",
    "A business and a parish; no patient.",
)

# 55
n(
    "en",
    "thank_you",
    "Thank you to our volunteer of the decade, Mrs. Helen Bartkowski, 93, who has knitted more than 4,000 hats for our newborns since she started with us. Helen, you're a treasure! 🧶",
    "A volunteer's name and age over 89 are not patient identifiers.",
)

# 56
n(
    "en",
    "thank_you",
    "Big thank-you to housekeeper Lamar Fitch, who found a patient's wedding ring in a bag of linens last night and tracked it all the way back to the family. That's integrity, Lamar.",
    "Staff member named; the patient and family are anonymous.",
)

# 57
n(
    "es",
    "thank_you",
    "Gracias a los voluntarios de la Parroquia San José que donaron 300 kits de higiene para nuestros pacientes. ¡Dios se lo pague!",
    "Parish volunteers; no patient.",
)

# ---------------------------------------------------------------- memorial

# 58
p(
    "en",
    "memorial",
    "We lost a legend this week. Mike 'Big Mike' Zupančič, 96, of Ambridge, worked the open hearth at J&L for 40 years, coached Little League for 30 more, and told every nurse on 3 North she looked like his late wife Frances. Visitation is Thursday at St. Stephen's. Rest easy, Big Mike.",
    [
        ("NAME", "Mike 'Big Mike' Zupančič"),
        ("NAME", "Big Mike", "*"),
        ("AGE", "96"),
        ("GEO", "Ambridge"),
        ("NAME", "Frances"),
    ],
    note="Deceased patient, nickname, age over 89, home town, late wife. J&L (employer) and Thursday are not labelled.",
)

# 59
p(
    "en",
    "memorial",
    "Aunt Nell — that's what everybody on 8 West called Eleanor Grabowski — passed away peacefully on the morning of the 12th, surrounded by her nieces. She was 101. We'll miss the butterscotch candies. 🕊️",
    [
        ("NAME", "Nell"),
        ("NAME", "Eleanor Grabowski"),
        ("DATE", "12th"),
        ("AGE", "101"),
    ],
    note="Nickname and name, day of death, age over 89.",
)

# 60
p(
    "en",
    "memorial",
    "Our hearts are with the Ghimire family. Bhim Bahadur Ghimire, a beloved elder of our Bhutanese-Nepali community, died here during Tihar, surrounded by the diyo lamps his grandchildren lit for him. His son Narayan asked us to share: 'He was never afraid of anything except the winters here.'",
    [
        ("NAME", "Ghimire", 1),
        ("NAME", "Bhim Bahadur Ghimire"),
        ("DATE", "Tihar"),
        ("NAME", "Narayan"),
    ],
    note="Family surname, patient, the festival on which he died, son.",
)

# 61
p(
    "en",
    "memorial",
    "In loving memory of Sgt. Raymond 'Ray' Kuchta, U.S. Army, Korea. Ray passed on Veterans Day — of course he did — in our hospice unit, bed 6. His daughter Linda said he'd have wanted a salute, so the whole floor gave him one. 🇺🇸",
    [
        ("NAME", "Raymond 'Ray' Kuchta"),
        ("NAME", "Ray", "*"),
        ("DATE", "Veterans Day"),
        ("OTHER_ID", "bed 6"),
        ("NAME", "Linda"),
    ],
    note="Patient (rank excluded), holiday that is his day of death, bed, daughter.",
)

# 62
p(
    "en",
    "memorial",
    "rip to the one and only pierogi pete. pete lasko ran the pierogi booth at every church festival in the valley for 40 yrs. he passed on easter sunday at 92 on our hospice unit. save us a seat, pete. 🥟",
    [
        ("NAME", "pierogi pete"),
        ("NAME", "pete lasko"),
        ("NAME", "pete", "*"),
        ("DATE", "easter sunday"),
        ("AGE", "92"),
    ],
    note="Lower-case nickname and name, holiday of death, age over 89.",
)

# 63
p(
    "en",
    "memorial",
    "Today we lowered the flag at our Mon Valley clinic for Chester 'Chet' Dombrowski, the first black-lung patient ever seen in that building, back in the fall of '79. His MRN was 000001 — and Chet was proud of that.",
    [
        ("NAME", "Chester 'Chet' Dombrowski"),
        ("NAME", "Chet", "*"),
        ("MRN", "000001"),
    ],
    note="Patient whose first name is a town; his record number. A season with a year is not labelled.",
)

# 64
p(
    "en",
    "memorial",
    "We'll miss you, Opal. 💐 Opal Whitfield, our beloved patient and 27-year gift shop volunteer, passed away Sept. 9 after a long fight with ALS (Lou Gehrig's disease). The gift shop will close Sept. 14 for her funeral.",
    [
        ("NAME", "Opal Whitfield"),
        ("NAME", "Opal", "*"),
        ("DATE", "Sept. 9"),
        ("DATE", "Sept. 14"),
    ],
    note="A volunteer who was our patient; date of death and funeral date. Lou Gehrig's is an eponym.",
)

# 65
p(
    "es",
    "memorial",
    "Con mucho dolor despedimos a don Aurelio Benítez, de 98 años, quien llegó desde León, Guanajuato, en los años 50 para trabajar en el ferrocarril. Falleció el día 20 rodeado de sus nietos. Descanse en paz.",
    [
        ("NAME", "Aurelio Benítez"),
        ("AGE", "98"),
        ("GEO", "León"),
        ("DATE", "día 20"),
    ],
    note="Patient, age over 89, birth city (the state Guanajuato is not GEO), day of death.",
)

# 66
p(
    "es",
    "memorial",
    "Hoy se cumple un año de la partida de nuestra querida paciente Carmen Rosa Villalobos. Su esposo Julio nos pidió compartir: 'Gracias por cuidarla como si fuera de ustedes.' Habrá una misa en su memoria el domingo en la iglesia de San Judas.",
    [
        ("NAME", "Carmen Rosa Villalobos"),
        ("NAME", "Julio"),
    ],
    note="Patient and husband (a name that is also a month). 'Hoy... un año' and 'el domingo' are relative.",
)

# 67
n(
    "en",
    "memorial",
    "On what would have been his birthday, March 11, we remember Dr. Thomas Starzl, the father of modern transplantation, whose work in Pittsburgh made every one of our transplants possible. 💚",
    "A historical figure and his birthday.",
)

# 68
n(
    "en",
    "memorial",
    "Each spring our chaplains hold a Service of Remembrance for every patient who died in our care over the past year. This year's service is May 18 at 2 p.m. in the Sisters of Mercy Chapel. All families are welcome.",
    "An event date; no patient is identified.",
)

# 69
n(
    "en",
    "memorial",
    "Our hearts are broken. Respiratory therapist Gary Bielski, who spent 38 years helping coal miners breathe easier at our black lung clinic, died Sunday. He was 71. Gary's family asks that donations go to the Miners' Memorial Fund.",
    "A staff member's death; staff are never labelled.",
)

# ---------------------------------------------------------------- milestone_birthday

# 70
p(
    "en",
    "milestone_birthday",
    "Happy 100th, Theresa 'Tess' Hornak! 🎂💯 Tess was born in Slovan, PA on April 2 and still remembers riding the streetcar into town for a nickel. She celebrated with cake, a Steelers balloon and all 14 great-grandkids in our rehab unit.",
    [
        ("AGE", "100th"),
        ("NAME", "Theresa 'Tess' Hornak"),
        ("NAME", "Tess", "*"),
        ("GEO", "Slovan"),
        ("DATE", "April 2"),
    ],
    note="Ordinal age over 89, name, birthplace, birth date. The 💯 emoji is not labelled.",
)

# 71
p(
    "en",
    "milestone_birthday",
    "Turning 9\ufe0f\u20e34\ufe0f\u20e3 today on 4B! Please help us wish Mr. Vito Cappelli a very happy birthday. Born in Abruzzo, raised in Bloomfield, still the best-dressed man on the floor. 🎉",
    [
        ("AGE", "9\ufe0f\u20e34\ufe0f\u20e3"),
        ("NAME", "Vito Cappelli"),
        ("GEO", "Bloomfield"),
    ],
    note="Age over 89 in keycap emoji, name, home neighbourhood. Abruzzo is a region, not GEO.",
)

# 72
p(
    "en",
    "milestone_birthday",
    "Ninety-seven years young! 🎈 Happy birthday to Anna Mae Dudash, who told us her secret is 'a shot of slivovitz and minding your own business.' Anna Mae, we're taking notes.",
    [
        ("AGE", "Ninety-seven"),
        ("NAME", "Anna Mae Dudash"),
        ("NAME", "Anna Mae", "*"),
    ],
    note="Age over 89 in words, name.",
)

# 73
p(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to our Hajurba, Purna Bahadur Subba! The 5 East team sang Happy Birthday in Nepali (badly) and his granddaughter Asha sang it in English (beautifully). 🎂",
    [
        ("AGE", "90th"),
        ("NAME", "Purna Bahadur Subba"),
        ("NAME", "Asha"),
    ],
    note="Ordinal age, name (Hajurba is a kinship term), granddaughter.",
)

# 74
p(
    "en",
    "milestone_birthday",
    "100 candles was a fire hazard so we went with a 1 and two 0s 🕯️ happy birthday to our centenarian on 7 north, who asked us not to use her name but said 'tell them i still dance the polka.' #100YearsYoung",
    [
        ("AGE", "100"),
        ("AGE", "centenarian"),
        ("AGE", "#100YearsYoung"),
    ],
    note="Unnamed patient whose age over 89 is stated three ways: the candle count, 'centenarian' and a hashtag.",
)

# 75
p(
    "en",
    "milestone_birthday",
    "Happy 92nd to Joseph 'Joe Steel' Mravintz, born on the Fourth of July and, he says, 'the only fireworks this hospital needs.' Joe put in 44 years at the Homestead Works and still has the grip to prove it.",
    [
        ("AGE", "92nd"),
        ("NAME", "Joseph 'Joe Steel' Mravintz"),
        ("NAME", "Joe", "*"),
        ("DATE", "Fourth of July"),
    ],
    note="Ordinal age, name, holiday birth date. Homestead Works is his employer, not labelled.",
)

# 76
p(
    "en",
    "milestone_birthday",
    "HAPPY 103RD BIRTHDAY MISS LORRAINE!!!! 🎉🎉 THE DIALYSIS UNIT LOVES YOU!!",
    [
        ("AGE", "103RD"),
        ("NAME", "LORRAINE"),
    ],
    note="ALL-CAPS ordinal age and first name.",
)

# 77
p(
    "en",
    "milestone_birthday",
    "Our oldest transplant recipient is turning ninety-one on 3/22 and we're throwing her a party! Chickie Lombardi, you've given that new kidney 15 good years. 🎂 Her son Carl is bringing the cake. (Carl, no pressure.)",
    [
        ("AGE", "ninety-one"),
        ("DATE", "3/22"),
        ("NAME", "Chickie Lombardi"),
        ("NAME", "Carl", "*"),
    ],
    note="Age in words, birthday, nickname and surname, son.",
)

# 78
p(
    "es",
    "milestone_birthday",
    "¡Felices 95, doña Chela! 🎂 Graciela 'Chela' Montoya cumplió noventa y cinco años el sábado y lo celebró con mariachi en la sala de diálisis. Nació en Ponce, Puerto Rico, un 6 de enero, Día de Reyes.",
    [
        ("AGE", "95"),
        ("NAME", "Graciela 'Chela' Montoya"),
        ("NAME", "Chela", "*"),
        ("AGE", "noventa y cinco"),
        ("GEO", "Ponce"),
        ("DATE", "6 de enero"),
        ("DATE", "Día de Reyes"),
    ],
    note="Age in digits and words, name and nickname, birth city, birth date written twice. Puerto Rico is not GEO; sábado is a weekday.",
)

# 79
p(
    "es",
    "milestone_birthday",
    "Hoy nuestra paciente más querida del 6 Oeste cumple CIEN AÑOS 💯 y nos pidió que no dijéramos su nombre… pero sí que contáramos que su bisnieta Valeria le trajo un pastel de tres leches. ¡Feliz cumpleaños, abuelita!",
    [
        ("AGE", "CIEN"),
        ("NAME", "Valeria"),
    ],
    note="Unnamed patient's age in words; great-granddaughter's name. 'abuelita' is a kinship term.",
)

# 80
n(
    "en",
    "milestone_birthday",
    "She made us promise not to share her name, but she said we could tell you this: 89 years old today, and she just beat our chaplain at gin rummy. Again. 🃏",
    "Anonymous; 89 is not over 89 and 'today' is relative.",
)

# 81
n(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to Frank Ferrante, who has volunteered at our information desk every Tuesday since 1985! Stop by and say hi — and yes, he'll give you directions to the cafeteria whether you ask or not.",
    "A volunteer's name and age; not a patient.",
)

# 82
n(
    "es",
    "milestone_birthday",
    "¡Feliz aniversario a nuestra enfermera Marisol Vega, que hoy cumple 30 años de servicio en Three Rivers Allegheny! 🎂 Gracias por tu cariño con cada paciente.",
    "A staff member's work anniversary.",
)

# ---------------------------------------------------------------- pasted_record

# 83
p(
    "en",
    "pasted_record",
    "oops wrong window lol — 'KOWALCZYK, STANLEY J  MRN 0047-2291-3  DOB 04/19/1931  RM 612B' — sorry folks, ignore that, deleting",
    [
        ("NAME", "KOWALCZYK, STANLEY J"),
        ("MRN", "0047-2291-3"),
        ("DATE", "04/19/1931"),
        ("OTHER_ID", "RM 612B"),
    ],
    note="Pasted chart line: name, MRN, birth date, room.",
)

# 84
p(
    "en",
    "pasted_record",
    "Pt: rm 208 ferencz. 92yo M, hx CWP/PMF (black lung), 2L NC. Family (dtr Marlene) requests call back 724-555-0193 re: goals of care. Pls don't post pt info on the unit FB page, team!!",
    [
        ("OTHER_ID", "rm 208"),
        ("NAME", "ferencz"),
        ("AGE", "92yo"),
        ("NAME", "Marlene"),
        ("PHONE", "724-555-0193"),
    ],
    note="Chart shorthand: room, lower-case surname, age token, daughter and her phone.",
)

# 85
p(
    "en",
    "pasted_record",
    "Transplant list update (INTERNAL): UNOS ID KR448193, Adhikari, Tika R, blood type O+, listed 1/8, MELD 31. Contact: son Suraj 412.555.0157 / suraj.adhikari88@yahoo.com",
    [
        ("OTHER_ID", "KR448193"),
        ("NAME", "Adhikari, Tika R"),
        ("DATE", "1/8"),
        ("NAME", "Suraj"),
        ("PHONE", "412.555.0157"),
        ("EMAIL", "suraj.adhikari88@yahoo.com"),
    ],
    note="UNOS ID, chart-style name, listing date, son, his phone and email. MELD 31 is a score.",
)

# 86
p(
    "en",
    "pasted_record",
    "Forwarding from the billing inbox 🙃 — 'Patient: Bernadette Sopko / UMWA Health & Retirement Funds member # 77-031-4482 / Medicare MBI 4TM7-QP2-XK61 / Acct 2024-118-7730' — can someone tell me why this keeps getting sent to the social media account?",
    [
        ("NAME", "Bernadette Sopko"),
        ("HEALTH_PLAN", "77-031-4482"),
        ("HEALTH_PLAN", "4TM7-QP2-XK61"),
        ("ACCOUNT", "2024-118-7730"),
    ],
    note="Name, two health-plan numbers, billing account.",
)

# 87
p(
    "en",
    "pasted_record",
    "Please DM us instead of posting! Someone just commented: 'my dad Gerald Fetsko SSN 187-52-3390 was supposed to be on the transplant list why isnt he.' We've hidden the comment. Gerald's family, we're calling you now.",
    [
        ("NAME", "Gerald Fetsko"),
        ("NAME", "Gerald", "*"),
        ("SSN", "187-52-3390"),
    ],
    note="Quoted comment with the patient's name and SSN.",
)

# 88
p(
    "en",
    "pasted_record",
    "Security note pasted from the overnight log: 'Pt's son (Dale Hrabosky) left blue F-150, PA plate KZT-4418, in ambulance bay 02:40. Pt HRABOSKY, WALTER in ED bed 11.' Friends, please don't park in the ambulance bay!!",
    [
        ("NAME", "Dale Hrabosky"),
        ("VEHICLE", "KZT-4418"),
        ("NAME", "HRABOSKY, WALTER"),
        ("OTHER_ID", "bed 11"),
    ],
    note="Son's name and plate, chart-style patient name, bed. F-150 is a model, 02:40 a time.",
)

# 89
p(
    "en",
    "pasted_record",
    "Pasted from the LVAD clinic board (sorry, wrong tab!): 'Ciccone, Angelo — HeartMate 3 SN MLP-204417 — implant 5/30 — next check Fri.' Angelo, we'll see you Friday 😉",
    [
        ("NAME", "Ciccone, Angelo"),
        ("NAME", "Angelo", "*"),
        ("DEVICE", "MLP-204417"),
        ("DATE", "5/30"),
    ],
    note="Chart-style name, device serial, implant date. HeartMate 3 is a model; Fri/Friday are weekdays.",
)

# 90
p(
    "en",
    "pasted_record",
    "Auto-post from our feedback form, oops 🙈 — 'From: Milan Bosnjak <mbosnjak.pgh@outlook.com> | IP 71.182.44.19 | Message: thank u to 4 north for taking care of my mother Vesna in room 418, best nurses ever'",
    [
        ("NAME", "Milan Bosnjak"),
        ("EMAIL", "mbosnjak.pgh@outlook.com"),
        ("IP", "71.182.44.19"),
        ("NAME", "Vesna"),
        ("OTHER_ID", "room 418"),
    ],
    note="Patient's son (a first name that is a city), his email and IP; the patient and her room.",
)

# 91
p(
    "en",
    "pasted_record",
    "Internal msg, posted by mistake, removing shortly: release form for Mrs. Irene Kubiak (DOB 11-02-1940) was faxed to her daughter's office, (724) 555-0128. Records fax is (412) 555-0150.",
    [
        ("NAME", "Irene Kubiak"),
        ("DATE", "11-02-1940"),
        ("FAX", "(724) 555-0128"),
    ],
    note="Name, birth date, the daughter's fax. The records fax is the hospital's.",
)

# 92
p(
    "en",
    "pasted_record",
    "handoff note someone pasted in the group chat, pls delete: 'bed 3 - nowakowski, b. - 96 F - post-op day 2 whipple - dtr at bedside (teresa)'",
    [
        ("OTHER_ID", "bed 3"),
        ("NAME", "nowakowski, b."),
        ("AGE", "96"),
        ("NAME", "teresa"),
    ],
    note="Lower-case chart line: bed, name, age, daughter. 'whipple' is an eponymous procedure.",
)

# 93
p(
    "en",
    "pasted_record",
    "Copied from the family's CaringBridge: 'Update on Dad (Ed Babich): surgery went well!! Follow along at caringbridge.org/visit/edbabichstrong and thank you 3 Rivers nurses!!'",
    [
        ("NAME", "Ed Babich"),
        ("URL", "caringbridge.org/visit/edbabichstrong"),
    ],
    note="Patient's name and the family's page URL.",
)

# 94
p(
    "es",
    "pasted_record",
    "Mensaje pegado por error desde el sistema: 'Paciente: HERNÁNDEZ LÓPEZ, ROSARIO — Expediente 55-20931 — Ingreso 14/02 — Hab. 710 — Contacto: hijo Jorge (412) 555-0181.' Ya lo borramos, disculpen.",
    [
        ("NAME", "HERNÁNDEZ LÓPEZ, ROSARIO"),
        ("MRN", "55-20931"),
        ("DATE", "14/02"),
        ("OTHER_ID", "Hab. 710"),
        ("NAME", "Jorge"),
        ("PHONE", "(412) 555-0181"),
    ],
    note="Pasted record: name, record number, admission date, room, son and his phone.",
)

# 95
n(
    "en",
    "pasted_record",
    "Filling out your pre-registration form? Here's what a completed one looks like: Name: Jane Q. Patient | DOB: MM/DD/YYYY | Insurance ID: XXXXXXXXX. Have your card ready and call (412) 555-0100.",
    "A placeholder template and the hospital's number.",
)

# 96
n(
    "en",
    "pasted_record",
    "Pasted from the unit huddle board ✏️ 'Charge RN: Kayla M. / Resource: Dev P. / Huddle 0700 in conf rm 4B / Safety stars: Tasha, Nguyen, Big Lou from transport'. Great shift, team!",
    "Staff names and a conference room.",
)

# ---------------------------------------------------------------- staff_spotlight

# 97
p(
    "en",
    "staff_spotlight",
    "Staff spotlight with a twist 💙 Ortho tech Brianna Kolb has helped hundreds of patients walk again. On May 6 she became one of them: a car crash on Route 51 in Pleasant Hills, two surgeries here and 10 weeks of PT. Today she's back at work. Welcome home, Bri!",
    [
        ("NAME", "Brianna Kolb"),
        ("DATE", "May 6"),
        ("GEO", "Route 51"),
        ("GEO", "Pleasant Hills"),
        ("NAME", "Bri"),
    ],
    note="A staff member who was our patient: name, nickname, crash date, road and place of the crash.",
)

# 98
p(
    "en",
    "staff_spotlight",
    "Our longest-serving volunteer, Stella Marinelli, 93, spends every Wednesday at the welcome desk — and last month she spent 4 days as our patient after a fall. 'Worst customer service I ever got,' she joked. Back at the desk Wednesday! 😂",
    [
        ("NAME", "Stella Marinelli"),
        ("AGE", "93"),
    ],
    note="A volunteer who was our patient: name and age over 89.",
)

# 99
p(
    "en",
    "staff_spotlight",
    "Meet Dr. Ramesh Pradhan, pulmonologist — and, since March 19, a double-lung transplant recipient at the very hospital where he trained. 'I used to read the X-rays. Now I'm the X-ray.'",
    [
        ("NAME", "Ramesh Pradhan"),
        ("DATE", "March 19"),
    ],
    note="A doctor who is our transplant patient: name and transplant date.",
)

# 100
p(
    "en",
    "staff_spotlight",
    "Night-shift security officer Tyrone 'Ty' Booker just celebrated 1 year cancer-free after his treatment in our own oncology unit. His wife Keisha and their daughters surprised him at roll call. We love you, Ty!",
    [
        ("NAME", "Tyrone 'Ty' Booker"),
        ("NAME", "Ty", "*"),
        ("NAME", "Keisha"),
    ],
    note="A staff member who was our patient, and his wife.",
)

# 101
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight: meet Angela Petrosky, RN, BSN, charge nurse on 6 West for 22 years. Angela grew up in Carnegie, bleeds black and gold, and makes the best pizzelles on the floor. Thank you, Angela!",
    "Staff member and her home town; staff are never labelled.",
)

# 102
n(
    "en",
    "staff_spotlight",
    "Say hi to Dr. Milos Vuković, our new transplant hepatologist, who comes to us from Zagreb by way of Cleveland. Fun fact: he is the only person on staff who has ever beaten our CEO at bocce. 🎯",
    "A new doctor and his former cities.",
)

# 103
n(
    "en",
    "staff_spotlight",
    "shoutout to environmental services legend darnell 'dee' washington who has kept 5 east spotless for 31 years and still sings 'renegade' every friday at 3. you're the real mvp dee 🏈",
    "Lower-case staff name and nickname.",
)

# 104
n(
    "en",
    "staff_spotlight",
    "CONGRATS TO OUR BLACK LUNG CLINIC RESPIRATORY THERAPIST JOE 'THE MINER' MINER ON HIS RETIREMENT AFTER 35 YEARS!! YES, THAT'S HIS REAL NAME. ⛏️",
    "ALL-CAPS staff name that is a word.",
)

# 105
n(
    "en",
    "staff_spotlight",
    "Nurse Sabitri Gurung is one of 14 staff members who came to Pittsburgh as refugees from Bhutan. Today she leads our Nepali-language diabetes classes every second Saturday of the month. 'My grandmother would be proud,' she says.",
    "Staff member; her grandmother is staff family, not a patient.",
)

# 106
n(
    "en",
    "staff_spotlight",
    "Our chaplain Father Tomislav Jurić celebrated 25 years as a priest this Sunday with a tamburica band in the lobby. Živjeli, Father Tom! 🎻",
    "Staff chaplain.",
)

# 107
n(
    "en",
    "staff_spotlight",
    "Interpreter spotlight: Dhan Maya Rai speaks Nepali, Hindi, Dzongkha and 'a little yinzer.' She interpreted for 3,100 patient visits last year. Next time you see her in the hall, tell her thank you — or dhanyabad!",
    "Staff interpreter; aggregate count.",
)

# 108
n(
    "es",
    "staff_spotlight",
    "Conozcan a nuestra intérprete Daniela Ocampo, nacida en Medellín y orgullosa vecina de Beechview desde hace 12 años. Daniela coordina nuestras clases de diabetes en español. ¡Gracias, Dani!",
    "Staff member, her birthplace and neighbourhood; staff are never labelled.",
)

# ---------------------------------------------------------------- health_tip

# 109
p(
    "en",
    "health_tip",
    "Tip from a pro: 'Check your feet every night,' says Bob Trusky, who lost two toes to diabetes before he started coming to our foot clinic. Bob now checks his feet, his wife Peg's feet and, he says, the dog's.",
    [
        ("NAME", "Bob Trusky"),
        ("NAME", "Bob", "*"),
        ("NAME", "Peg"),
    ],
    note="Patient quoted in a tip, and his wife.",
)

# 110
p(
    "en",
    "health_tip",
    "Cold snap reminder 🥶 Breathing freezing air is tough on damaged lungs. Our patient Elmer 'Smokey' Yoder of Rural Ridge (38 years underground) swears by a scarf over the mouth and staying in on slippy days. Listen to Smokey, yinz.",
    [
        ("NAME", "Elmer 'Smokey' Yoder"),
        ("NAME", "Smokey", "*"),
        ("GEO", "Rural Ridge"),
    ],
    note="Patient's name, nickname and home village.",
)

# 111
n(
    "en",
    "health_tip",
    "Black lung isn't history. Coal workers' pneumoconiosis is rising again among Appalachian miners, especially younger ones. If you worked underground or at a surface mine, you qualify for a FREE screening at our Mon Valley Black Lung Clinic. Call (412) 555-0145.",
    "General tip; hospital clinic and number.",
)

# 112
n(
    "en",
    "health_tip",
    "Heading to a church festival this weekend? 🥟 Pierogies, haluski and kielbasa are delicious but salty. If you have heart failure, ask your cardiology team about your sodium limit BEFORE you hit the food line. #FestivalSeason",
    "General tip.",
)

# 113
n(
    "en",
    "health_tip",
    "yinz. it's slippy out. 🧊 wear boots with grip, use the handrail and keep a bag of salt by the door. our ED saw 47 falls on ice last weekend. don't be #48.",
    "Lower-case tip with a count.",
)

# 114
n(
    "en",
    "health_tip",
    "Kidney stones and Steelers season have one thing in common: both hurt most in the fourth quarter. Drink water, limit salt and go easy on the Primanti's. 😅 #HealthyTailgate",
    "General tip; Primanti's is a restaurant.",
)

# 115
n(
    "en",
    "health_tip",
    "HEAT ADVISORY TODAY. CHECK ON YOUR ELDERLY NEIGHBORS, ESPECIALLY ANYONE OVER 90 LIVING ALONE. DRINK WATER. STAY COOL. IF SOMEONE IS CONFUSED OR NOT SWEATING, CALL 911.",
    "A population age and a national line.",
)

# 116
n(
    "en",
    "health_tip",
    "Did you know? Adults 50+ should ask about the shingles vaccine. It's two shots, and Medicare Part D usually covers it. Questions? Our nurse line is open 24/7: (412) 555-0111.",
    "General tip; hospital nurse line.",
)

# 117
n(
    "es",
    "health_tip",
    "Consejo del día 💧 Si usted tiene enfermedad renal, pregunte a su médico cuánto líquido puede tomar al día. ¡No todos necesitamos 8 vasos! #SaludRenal",
    "General tip.",
)

# 118
n(
    "es",
    "health_tip",
    "¿Trabajó en una mina de carbón? La neumoconiosis ('pulmón negro') puede aparecer décadas después. Ofrecemos evaluaciones gratuitas en nuestra clínica de 725 Fifth Avenue, McKeesport. Llame al (412) 555-0145.",
    "General tip; the hospital's clinic address and number.",
)

# ---------------------------------------------------------------- event

# 119
p(
    "en",
    "event",
    "Join us Saturday as we dedicate the new family garden to Lucy Bartek, the 7-year-old heart patient who spent her last summer planting sunflowers on our rooftop. Her parents, Adam and Megan, will cut the ribbon at 11 a.m. 🌻",
    [
        ("NAME", "Lucy Bartek"),
        ("NAME", "Adam"),
        ("NAME", "Megan"),
    ],
    note="A garden named for a patient (not a donor): patient and parents. Saturday and summer are not dates.",
)

# 120
p(
    "en",
    "event",
    "Pierogi Palooza is back June 7 at our Lawrenceville clinic lot! 🥟 This year's guest pinchers: the Hudzik sisters, who've been making pierogi at St. Mary's since 1962 — and whose brother Stan just finished treatment with us. Go Stan! Tickets: threeriversallegheny.org/pierogi",
    [
        ("NAME", "Hudzik"),
        ("NAME", "Stan", "*"),
    ],
    note="The patient and his sisters' surname. June 7 is the event date; 1962 a bare year; the URL is the hospital's.",
)

# 121
p(
    "en",
    "event",
    "5K registration is open! This year we run for #TeamJoeyB — Joey Baranski, 16, who got his new heart here and now runs cross-country for Plum High School. Race day: Sept. 21, North Shore Riverfront Park. 🏃",
    [
        ("NAME", "#TeamJoeyB"),
        ("NAME", "Joey Baranski"),
        ("GEO", "Plum"),
    ],
    note="Patient's hashtag and name; his school's town tells where he lives. The race date and venue are the event's.",
)

# 122
p(
    "es",
    "event",
    "Este domingo celebramos la Misa de Sanación en la capilla del hospital, con una intención especial por la recuperación de don Teodoro Salinas, paciente de nuestro 5 Este y fiel parroquiano de San Antonio. ¡Todos bienvenidos!",
    [("NAME", "Teodoro Salinas")],
    note="A named patient in an event post.",
)

# 123
n(
    "en",
    "event",
    "📅 SAVE THE DATE: Black Lung Awareness Breakfast, Friday, March 7, 7:30 a.m., Croatian Hall, Millvale. Guest speaker: state Sen. Patricia Vukelich. Free for retired miners and their families.",
    "Event date, venue and an official.",
)

# 124
n(
    "en",
    "event",
    "Our Donate Life Month flag raising is April 1 at noon on the Smallman Street plaza. Transplant recipients, donor families and staff are all welcome. Wear your green! 💚",
    "Event date at the hospital.",
)

# 125
n(
    "en",
    "event",
    "Penguins alumni skate with our patients' kids at family day, Sunday Dec. 14 at the Rostraver Ice Garden! Former goalie Frankie 'The Wall' Desjardins will sign sticks. Register: (412) 555-0167.",
    "Event date and venue, a public figure, the foundation's number.",
)

# 126
n(
    "en",
    "event",
    "st. sava's serbian fest, holy trinity's pierogi sale, st. nick's croatian days... it's church festival season in the burgh 🎪 find our free blood pressure tent at all three. schedule on our page.",
    "Festivals named for saints; no patient.",
)

# 127
n(
    "en",
    "event",
    "FREE health fair for the Bhutanese-Nepali community 🇳🇵 Blood sugar, BP and hepatitis B screening, Nepali interpreters on site. Saturday, Aug. 16, 10–2, at the Carrick community center, organized with the Bhutanese Community Association of Pittsburgh.",
    "Event date and venue.",
)

# 128
n(
    "en",
    "event",
    "Dyngus Day 2025 is Monday, April 21! Our wellness van will be parked outside the Polish Falcons hall in the Strip. Come for the BP checks, stay for the polka. 💦🌷",
    "A holiday and event date, not a patient's.",
)

# 129
n(
    "es",
    "event",
    "¡Feria de salud en Beechview! Sábado 12 de julio, de 10 a 2, en la iglesia de Santa Catalina. Vacunas, presión arterial y asesoría de seguros en español. Más información: (412) 555-0134.",
    "Event date and venue; hospital number.",
)

# 130
n(
    "es",
    "event",
    "Clases de preparación para el parto en español: todos los martes de septiembre a las 6 p. m. en 1500 Smallman Street. Inscríbase al (412) 555-0134. 🤰",
    "Class schedule at the hospital's address.",
)

# ---------------------------------------------------------------- statistic

# 131
p(
    "en",
    "statistic",
    "By the numbers: our transplant team performed 412 transplants last year. Our oldest recipient? Ninety-year-old Gus Pappas of Canonsburg, who got his new kidney on Halloween. 🎃",
    [
        ("AGE", "Ninety-year-old"),
        ("NAME", "Gus Pappas"),
        ("GEO", "Canonsburg"),
        ("DATE", "Halloween"),
    ],
    note="A named patient inside a statistic: age token, name, home town, transplant day.",
)

# 132
n(
    "en",
    "statistic",
    "2,847 miners screened at our black lung clinic since it opened. 1 in 5 showed signs of coal workers' pneumoconiosis. The youngest was 38.",
    "Aggregate statistic.",
)

# 133
n(
    "en",
    "statistic",
    "Last year our interpreters handled 18,400 Nepali-language encounters — more than any other language except Spanish. Dhanyabad to our language services team! 🇳🇵",
    "Aggregate statistic.",
)

# 134
n(
    "en",
    "statistic",
    "OVER 90% OF PENNSYLVANIANS SUPPORT ORGAN DONATION BUT ONLY 52% ARE REGISTERED. CHANGE THAT TODAY AT DONATELIFE.NET. #DonateLife",
    "Percentages; a national website.",
)

# 135
n(
    "en",
    "statistic",
    "Patients 90 and older made up 3% of our admissions last year — up from 1% a decade ago. Caring for our oldest neighbors is a team sport. 💙",
    "A population age band.",
)

# 136
n(
    "en",
    "statistic",
    "Is Steelers game day the busiest day in our ED? Myth! Our data says the Monday after a loss is worse. (Mostly chest pain and, uh, yelling-related injuries.)",
    "Aggregate observation.",
)

# 137
n(
    "en",
    "statistic",
    "Average wait in our ED last month: 22 minutes. Our goal: under 20. Thanks for your patience, yinz. 🕐",
    "Aggregate statistic.",
)

# 138
n(
    "en",
    "statistic",
    "Since 1985 our transplant center has performed 6,120 kidney, 3,308 liver, 1,145 heart and 612 lung transplants. Every number is a person. Every person is a donor's gift.",
    "Aggregate counts and a bare year.",
)

# 139
n(
    "es",
    "statistic",
    "El año pasado atendimos a 3,200 pacientes de habla hispana y contratamos 6 nuevos intérpretes. ¡Gracias por confiar en nosotros! 💚",
    "Aggregate statistic.",
)

# ---------------------------------------------------------------- recruitment

# 140
p(
    "en",
    "recruitment",
    "Why I became a nurse, by Kelsey Dudek, RN: 'When my Pap-Pap Walt was on 3 North with black lung, the nurses let me sleep in the recliner by his bed every night. I was 15. Now I'm the nurse on 3 North.' We're hiring — come work with Kelsey.",
    [("NAME", "Walt")],
    note="A staff member's grandfather who was our patient is labelled; the nurse herself is not. 'Pap-Pap' is a kinship term.",
)

# 141
n(
    "en",
    "recruitment",
    "NOW HIRING: RNs for our Kostelnik Family Transplant Institute. $15K sign-on bonus, free parking (in Pittsburgh! we know!), tuition help. Apply at threeriversallegheny.org/careers.",
    "Recruitment; an institute named for a donor family.",
)

# 142
n(
    "en",
    "recruitment",
    "Respiratory therapists: want to work somewhere your patients call you 'hon' and bring you kolache? Our Mon Valley Black Lung Clinic is hiring. DM @TRAHBlackLung.",
    "Recruitment; the hospital's handle.",
)

# 143
n(
    "en",
    "recruitment",
    "We're hiring Nepali and Spanish medical interpreters! Bhutanese community members are encouraged to apply — training provided. Info session Thursday, Jan. 16 at the Carrick library.",
    "Event date and venue.",
)

# 144
n(
    "en",
    "recruitment",
    "new grad rn? come to our open house tues 5/13 4-7pm. meet the 5 east crew, tour the sim lab, eat cookies from dorothy in the cafeteria (dorothy is famous).",
    "Event date; a staff member's name.",
)

# 145
n(
    "en",
    "recruitment",
    "Nurse manager Luis Carrillo on why he stays: 'My first patient here was a retired miner in his 90s who taught me more about breathing than any textbook.'",
    "Staff member; an anonymous patient described by decade only.",
)

# 146
n(
    "en",
    "recruitment",
    "Former Steelers center Hank Dobrowski stopped by our job fair to sign autographs and recruit for our security team. 'If I could block for 12 years, yinz can handle a night shift.'",
    "A visiting public figure.",
)

# 147
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Buscamos asistentes de enfermería bilingües (español/inglés). Envíe su currículum a empleos@threeriversallegheny.org.",
    "Recruitment; hospital email.",
)

# ---------------------------------------------------------------- crisis_update

# 148
p(
    "en",
    "crisis_update",
    "UPDATE on the Route 28 pileup: we received 6 patients this morning. With her family's permission we can share that 17-year-old Kayla Brennan of Sharpsburg is in stable condition. Please keep all the families in your prayers.",
    [
        ("GEO", "Route 28"),
        ("NAME", "Kayla Brennan"),
        ("GEO", "Sharpsburg"),
    ],
    note="Road of the patient's crash, name, home borough.",
)

# 149
p(
    "en",
    "crisis_update",
    "Plant fire update: the two Clairton Coke Works contractors brought to our burn unit on the 24th remain in critical condition. One, Dominic Ferraro, 58, has been named publicly by his union; we share his name with his wife Gina's permission.",
    [
        ("DATE", "24th"),
        ("NAME", "Dominic Ferraro"),
        ("NAME", "Gina"),
    ],
    note="Day of admission, patient, wife. The employer (Clairton Coke Works) is not labelled.",
)

# 150
p(
    "es",
    "crisis_update",
    "Actualización: la familia de Wilmer Caal, el trabajador herido el martes en la obra de la avenida Liberty, nos autorizó a compartir que ya salió de cirugía. Su esposa Ana pide oraciones. 🙏",
    [
        ("NAME", "Wilmer Caal"),
        ("GEO", "avenida Liberty"),
        ("NAME", "Ana"),
    ],
    note="Patient, the street where he was injured, his wife. 'el martes' is a weekday.",
)

# 151
n(
    "en",
    "crisis_update",
    "⚠️ Our Smallman Street ED is on diversion for trauma until further notice due to a water main break. Please call 911 for emergencies; ambulances are being routed to other hospitals. Walk-ins are still being seen.",
    "Operational update.",
)

# 152
n(
    "en",
    "crisis_update",
    "Snow emergency: all outpatient appointments at 4100 Butler Street are cancelled today. Our black lung clinic in McKeesport is open. Questions: (412) 555-0100.",
    "Operational update; hospital address and number.",
)

# 153
n(
    "en",
    "crisis_update",
    "The fire at the Clairton plant: we have treated and released 4 workers for smoke inhalation. Out of respect for their privacy we will not share names. An air quality alert remains in effect for the Mon Valley.",
    "Anonymous patients; places tied to the incident, not to anyone identified.",
)

# 154
n(
    "en",
    "crisis_update",
    "CYBERSECURITY UPDATE: our patient portal is back online. If you got an email asking for your password, DO NOT CLICK. We will never ask for your password. Report phishing to security@threeriversallegheny.org.",
    "Hospital email.",
)

# 155
n(
    "en",
    "crisis_update",
    "power's back on at the mckeesport clinic ⚡ thanks duquesne light crews. appointments resume at 1pm.",
    "Operational update; a utility company.",
)

# 156
n(
    "en",
    "crisis_update",
    "Flood update: the Allegheny crested at 24.9 ft overnight. Our main campus is dry and fully open. The Lawrenceville clinic lot is closed; please use the Butler Street garage.",
    "Operational update.",
)

# 157
n(
    "es",
    "crisis_update",
    "Debido a la tormenta de nieve, la clínica de Butler Street estará cerrada hoy. Si tiene una emergencia, llame al 911. Para cambiar su cita: (412) 555-0134.",
    "Operational update.",
)

# ---------------------------------------------------------------- research

# 158
p(
    "en",
    "research",
    "Meet our 1,000th research participant! Retired steelworker Casimir 'Casey' Przybylski, 90, of McKees Rocks, enrolled in our study of lung function in former mill workers. 'If my lungs can help the next guy, take 'em,' he said.",
    [
        ("NAME", "Casimir 'Casey' Przybylski"),
        ("AGE", "90"),
        ("GEO", "McKees Rocks"),
    ],
    note="Participant's name, age over 89 and home borough. '1,000th' is a count.",
)

# 159
p(
    "en",
    "research",
    "Huge milestone for our gene therapy trial: participant #014, Natalie Sumner, 9, of Cranberry Township, is 12 months post-infusion and symptom-free. Natalie's mom Jen shares their journey at @natalies_new_normal 💜",
    [
        ("OTHER_ID", "014"),
        ("NAME", "Natalie Sumner"),
        ("NAME", "Natalie", "*"),
        ("GEO", "Cranberry Township"),
        ("NAME", "Jen"),
        ("OTHER_ID", "@natalies_new_normal"),
    ],
    note="Participant number, name, home township, mother, family handle.",
)

# 160
p(
    "en",
    "research",
    "Research spotlight: Tshering Dorji, a 34-year-old father from Whitehall, was the first patient enrolled in our hepatitis B liver cancer screening study. His wife Pema now volunteers as a study ambassador.",
    [
        ("NAME", "Tshering Dorji"),
        ("GEO", "Whitehall"),
        ("NAME", "Pema"),
    ],
    note="Participant, home borough, wife (a volunteer who is a patient's relative).",
)

# 161
n(
    "en",
    "research",
    "New from our pulmonary team, published in Chest: progressive massive fibrosis among Appalachian coal miners under 50 has tripled since 2000. Read it at threeriversallegheny.org/research",
    "Research finding.",
)

# 162
n(
    "en",
    "research",
    "We're recruiting! Adults 65+ with COPD for a 12-week home rehab study. Participants receive $200 and a free fitness tracker. Call (412) 555-0100 or email research@threeriversallegheny.org.",
    "Study recruitment; hospital contacts.",
)

# 163
n(
    "en",
    "research",
    "On April 12, 1955, the polio vaccine developed by Jonas Salk's team at the University of Pittsburgh was declared safe and effective. We stand on the shoulders of giants. 💉",
    "Historical figure and date.",
)

# 164
n(
    "en",
    "research",
    "Our transplant immunology lab, led by Dr. Ingrid Halvorsen, has received a $4.2M NIH grant to study tolerance in liver recipients. Congrats, team!",
    "Staff researcher.",
)

# 165
n(
    "en",
    "research",
    "Participants in our Nepali-language diabetes program lowered their A1C by an average of 1.1 points. Thank you to the 212 families who took part. 🙏",
    "Aggregate result.",
)

# 166
n(
    "en",
    "research",
    "Our Caplan syndrome registry — tracking miners with both rheumatoid arthritis and black lung — now includes 340 patients from 9 states. Thank you to every miner who said yes.",
    "Eponymous condition, aggregate count.",
)

# 167
n(
    "es",
    "research",
    "Estudio nuevo: buscamos adultos hispanos con diabetes tipo 2 para un programa de caminatas de 16 semanas. Compensación: $150. Llame al (412) 555-0134.",
    "Study recruitment.",
)

# ---------------------------------------------------------------- public_figure

# 168
p(
    "en",
    "public_figure",
    "Penguins alum Bryce Thibodeau-Kane was discharged this morning after knee surgery with our sports medicine team. He asked us to thank 'every nurse who laughed at my jokes, which was zero.' Get well, Bryce! 🐧",
    [
        ("NAME", "Bryce Thibodeau-Kane"),
        ("NAME", "Bryce", "*"),
    ],
    note="A public figure who is our patient.",
)

# 169
p(
    "en",
    "public_figure",
    "State Rep. Dolores Kacmar asked us to share that her father, Andy Kacmar, is recovering well after bypass surgery on Nov. 3 and thanks everyone for the cards. 💌",
    [
        ("NAME", "Dolores Kacmar"),
        ("NAME", "Andy Kacmar"),
        ("DATE", "Nov. 3"),
    ],
    note="The patient, his surgery date, and his daughter (a public official, labelled as a patient's relative).",
)

# 170
p(
    "en",
    "public_figure",
    "GET WELL SOON, TJ OKAFOR-BANKS! 🖤💛 THE STEELERS RUNNING BACK IS RESTING UP ON OUR ORTHO FLOOR AFTER SUNDAY'S ANKLE INJURY. HERE WE GO!",
    [("NAME", "TJ OKAFOR-BANKS")],
    note="ALL-CAPS name of a player who is our patient.",
)

# 171
p(
    "en",
    "public_figure",
    "Hometown hero alert: Olympic bronze medalist Martina Hrubá, who grew up in Duquesne, had her appendix out here this weekend. She says she's 'fine, just mad about missing practice.'",
    [
        ("NAME", "Martina Hrubá"),
        ("GEO", "Duquesne"),
    ],
    note="An athlete who is our patient and her home town.",
)

# 172
p(
    "en",
    "public_figure",
    "When Penguins defenseman Nils Bergqvist visited our pediatric floor last month, he had no idea he'd be back two weeks later — as a patient, with a wrist broken by a puck on Jan. 9. Our peds patients have already made him 47 get-well cards.",
    [
        ("NAME", "Nils Bergqvist"),
        ("DATE", "Jan. 9"),
    ],
    note="A visiting player who became our patient; injury date. The children are anonymous.",
)

# 173
p(
    "es",
    "public_figure",
    "El exjugador dominicano de los Pirates Rafael 'Pelo' Encarnación agradece a nuestro equipo de cardiología por la atención tras su infarto del 28 de agosto. ¡Ya está en casa en Mount Washington! ⚾",
    [
        ("NAME", "Rafael 'Pelo' Encarnación"),
        ("DATE", "28 de agosto"),
        ("GEO", "Mount Washington"),
    ],
    note="A former player who is our patient: heart-attack date and home neighbourhood.",
)

# 174
n(
    "en",
    "public_figure",
    "What an afternoon! Steelers linebacker Marcus Tillery and the Steelers Women's Association visited our pediatric unit with signed footballs and Terrible Towels. The kids were starstruck. (So were the nurses.) 💛🖤",
    "A visiting player; anonymous children.",
)

# 175
n(
    "en",
    "public_figure",
    "Pennsylvania Secretary of Health Dr. Renée Oduya toured our black lung clinic today and heard from retired miners about the need for federal benefits reform.",
    "A visiting official; anonymous miners.",
)

# 176
n(
    "en",
    "public_figure",
    "Roberto Clemente died on New Year's Eve 1972 delivering relief supplies to Nicaragua. Every Dec. 31 our staff collect supplies in his honor. Donation bins are in the main lobby. #Clemente21",
    "Historical figure and his date.",
)

# 177
n(
    "en",
    "public_figure",
    "Fred Rogers told us to 'look for the helpers.' In the neighborhood he called home, our helpers wear scrubs. Happy World Kindness Day! 💛",
    "Historical figure; awareness day.",
)

# 178
n(
    "en",
    "public_figure",
    "penguins legend and 3x cup champ 'big vlad' kovalenko dropped by the cafeteria and ordered a fish sandwich with extra tartar. the line cooks will never recover 🐧🐟",
    "Lower-case visiting public figure.",
)

# 179
n(
    "en",
    "public_figure",
    "Andrew Carnegie gave Pittsburgh its libraries; the Kostelnik family gave us a transplant institute. Thank you to all the families whose generosity built this place. #ThreeRiversGiving",
    "Historical figure and a donor family that names a building.",
)

# 180
n(
    "es",
    "public_figure",
    "¡Visita especial! El delantero de los Riverhounds Kevin 'El Toro' Ramos llegó con balones firmados al piso de pediatría. Los niños (y las enfermeras) quedaron encantados. ⚽",
    "A visiting athlete; anonymous children.",
)

# ---------------------------------------------------------------- eponymous_condition

# 181
p(
    "en",
    "eponymous_condition",
    "Bell's palsy hit Joanie Bell on her wedding day — yes, really. Joanie, from Castle Shannon, is the first to laugh about it: 'At least it matched my last name.' Six weeks later she's smiling with both sides again. 😄",
    [
        ("NAME", "Joanie Bell"),
        ("NAME", "Joanie", "*"),
        ("GEO", "Castle Shannon"),
    ],
    note="Patient whose surname is also an eponym (Bell's palsy, not labelled); home borough.",
)

# 182
p(
    "en",
    "eponymous_condition",
    "Parkinson's didn't stop Steve Graves from dancing at his granddaughter Mia's wedding. Our movement disorders team helped him prep for months. (He'd like us to mention he is NOT related to Graves' disease.)",
    [
        ("NAME", "Steve Graves"),
        ("NAME", "Mia"),
    ],
    note="Patient and granddaughter; Parkinson's and Graves' are eponyms.",
)

# 183
p(
    "en",
    "eponymous_condition",
    "Caplan syndrome is rare: rheumatoid arthritis plus coal-dust lung disease. Albert 'Abe' Minarik, 92, from Uniontown, has had it for 30 years and is now the star of our Caplan registry. 'Famous at last,' says Abe.",
    [
        ("NAME", "Albert 'Abe' Minarik"),
        ("NAME", "Abe", "*"),
        ("AGE", "92"),
        ("GEO", "Uniontown"),
    ],
    note="Patient, age over 89, home city; Caplan is an eponym.",
)

# 184
p(
    "es",
    "eponymous_condition",
    "El síndrome de Down no define a Lupita Arce. Lupita, paciente de nuestra clínica de adultos con síndrome de Down desde los 18, cumple 30 el 1 de junio y ya planea su fiesta. ¡Estamos orgullosos! 💙",
    [
        ("NAME", "Lupita Arce"),
        ("NAME", "Lupita", "*"),
        ("DATE", "1 de junio"),
    ],
    note="Patient and her birthday; Down is an eponym, ages under 90.",
)

# 185
n(
    "en",
    "eponymous_condition",
    "Lou Gehrig's disease (ALS) affects about 1,200 Pennsylvanians at any time. Our ALS clinic offers same-day neurology, PT, speech and nutrition visits. #ALSAwarenessMonth",
    "Eponym and statistic.",
)

# 186
n(
    "en",
    "eponymous_condition",
    "Fingers turning white or blue in the cold? That could be Raynaud's phenomenon, named for French physician Maurice Raynaud. Keep your hands warm and talk to your doctor. 🧤",
    "Eponym and a historical physician.",
)

# 187
n(
    "en",
    "eponymous_condition",
    "Crohn's & Colitis Awareness Week is Dec. 1–7. Our IBD center sees more than 2,000 patients a year. You are not alone. 💜",
    "Eponym, awareness week.",
)

# 188
n(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for pitchers! Our sports medicine team repairs the UCL in high school athletes, weekend warriors and yes, a few Pirates. ⚾",
    "Eponymous procedure; no patient.",
)

# 189
n(
    "en",
    "eponymous_condition",
    "The Whipple procedure is named for Dr. Allen Whipple. Our pancreas team performed 138 of them last year — among the most in Pennsylvania.",
    "Eponym and statistic.",
)

# 190
n(
    "en",
    "eponymous_condition",
    "Our Alzheimer's caregiver support group meets the first Monday of every month at 6 p.m., 4100 Butler Street, Room 210. Free, no registration needed.",
    "Eponym; a meeting room at the hospital's clinic.",
)

# 191
n(
    "en",
    "eponymous_condition",
    "hashimoto's, graves', addison's, cushing's... the endocrine system has a LOT of guys' names in it. our endocrinology team can help with all of them. 🦋",
    "Lower-case eponyms.",
)

# 192
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Kawasaki afecta sobre todo a niños menores de 5 años. Fiebre por más de 5 días, ojos rojos y labios agrietados: consulte a su pediatra. #KawasakiAwareness",
    "Eponym.",
)

# ---------------------------------------------------------------- sponsor

# 193
p(
    "en",
    "sponsor",
    "Thank you to Mancini's Bakery for sponsoring our Kidney Walk — and to owner Sal Mancini's son Gino, who walked all 3 miles just 6 months after getting his new kidney here! 🍞💙",
    [
        ("NAME", "Sal Mancini"),
        ("NAME", "Gino"),
    ],
    note="A sponsor introduced as a patient's father, and the patient. The bakery's name is not labelled.",
)

# 194
p(
    "en",
    "sponsor",
    "Our Polar Plunge is sponsored by Iron City Roofing, owned by the Dragan family — whose daughter Katie, 8, beat leukemia on our peds oncology floor. Katie will ring the starting bell! ❄️",
    [
        ("NAME", "Dragan"),
        ("NAME", "Katie", "*"),
    ],
    note="Sponsor family who are a patient's parents, and the patient.",
)

# 195
n(
    "en",
    "sponsor",
    "Huge thanks to our Gold sponsors — Steel Valley Credit Union, Primanti Bros. and the Pittsburgh Steelers — for making our Heart Walk possible! 🖤💛",
    "Sponsors.",
)

# 196
n(
    "en",
    "sponsor",
    "Presented by the Ferrante Family Foundation: free mammograms every Saturday in October at our McKeesport clinic. 🎀",
    "A family foundation and an event schedule.",
)

# 197
n(
    "en",
    "sponsor",
    "The new Hrubetz Family Dialysis Center opens Monday. Our thanks to Mike and Patty Hrubetz, whose $3 million gift made it possible.",
    "Donors who name a building.",
)

# 198
n(
    "en",
    "sponsor",
    "THANK YOU TO RIVERTOWN MARKET FOR 500 TURKEYS FOR OUR FAMILIES IN NEED THIS THANKSGIVING! 🦃",
    "A sponsor; a holiday that is no patient's event.",
)

# 199
n(
    "en",
    "sponsor",
    "This week's coffee cart is brought to you by Nonna Rina's Espresso 🇮🇹 — thank you for keeping our night shift awake!",
    "A business name containing a person's name.",
)

# 200
n(
    "en",
    "sponsor",
    "Sponsor spotlight: United Mine Workers of America Local 1197 donated $25,000 to our black lung clinic's transportation fund. Thank you, brothers and sisters! ⛏️",
    "A union sponsor.",
)

# 201
n(
    "es",
    "sponsor",
    "Gracias a Taquería El Paisano por patrocinar nuestra feria de salud en Beechview. ¡Los tacos estuvieron buenísimos! 🌮",
    "A sponsor and an event venue.",
)

# ---------------------------------------------------------------- hospital_contact

# 202
p(
    "en",
    "hospital_contact",
    "Lost & found: a Pennsylvania driver's license, no. 31 884 205, belonging to a patient seen in our ED last night. Name on it: Lucille M. Strnad. Lucille, or anyone in her family, please call security at (412) 555-0100.",
    [
        ("LICENSE", "31 884 205"),
        ("NAME", "Lucille M. Strnad"),
        ("NAME", "Lucille", "*"),
    ],
    note="Patient's licence number and name; the number is the hospital's.",
)

# 203
p(
    "en",
    "hospital_contact",
    "To the family of the gentleman in room 521 who left a voicemail last night: we tried calling back at 412-555-0172 but the mailbox is full. Please call our patient relations line at (412) 555-0189.",
    [
        ("OTHER_ID", "room 521"),
        ("PHONE", "412-555-0172"),
    ],
    note="Patient's room and the family's phone, next to the hospital's line.",
)

# 204
p(
    "es",
    "hospital_contact",
    "Para la familia de la señora Inés Cárdenas: su hijo dejó su celular en la sala de espera de la UCI. Llamen al (412) 555-0100 o escriban a seguridad@threeriversallegheny.org.",
    [("NAME", "Inés Cárdenas")],
    note="Patient's name; hospital contacts.",
)

# 205
n(
    "en",
    "hospital_contact",
    "📞 Need us? Main: (412) 555-0100 | Nurse line 24/7: (412) 555-0111 | Transplant: (412) 555-0123 | Black Lung Clinic: (412) 555-0145 | Records fax: (412) 555-0150",
    "Hospital numbers.",
)

# 206
n(
    "en",
    "hospital_contact",
    "Our Lawrenceville clinic is at 4100 Butler Street, Pittsburgh, PA 15201 — right by the old Arsenal. Parking is in the rear lot off 41st Street.",
    "Hospital address.",
)

# 207
n(
    "en",
    "hospital_contact",
    "Follow us! News: @ThreeRiversAH | Transplant: @TRAH_Transplant | Give: @TRAHFoundation | Black lung clinic: @TRAHBlackLung",
    "Hospital handles.",
)

# 208
n(
    "en",
    "hospital_contact",
    "fyi we will NEVER call you asking for your ssn or credit card. if someone calls claiming to be from three rivers allegheny and asks for that, hang up and call us at 412-555-0100.",
    "Hospital number written differently.",
)

# 209
n(
    "en",
    "hospital_contact",
    "Media inquiries: (412) 555-0189 or media@threeriversallegheny.org. Please do not contact patients or families through our page.",
    "Hospital contacts.",
)

# 210
n(
    "en",
    "hospital_contact",
    "Donations by phone: (412) 555-0167. By mail: TRAH Foundation, 1500 Smallman Street, Pittsburgh, PA 15222. Online: trahfoundation.org 💙",
    "Hospital contacts.",
)

# 211
n(
    "es",
    "hospital_contact",
    "¿Necesita un intérprete? Es gratis. Pídalo en recepción o llame a nuestra línea en español: (412) 555-0134. También en nepalí, árabe y suajili.",
    "Hospital line.",
)

# ---------------------------------------------------------------- campaign_hashtag

# 212
p(
    "en",
    "campaign_hashtag",
    "The whole 7 North crew wore black and gold today for #TeamMarek 🖤💛 Keep fighting, buddy. #TRAHStrong",
    [("NAME", "#TeamMarek")],
    note="The patient's name only in a hashtag; #TRAHStrong is a campaign tag.",
)

# 213
p(
    "en",
    "campaign_hashtag",
    "#ZuzkaStrong 💪 Zuzana 'Zuzka' Hlavatá turned her 3rd round of chemo into a babka-baking contest with her nurses. She won. #SlovakPride",
    [
        ("NAME", "#ZuzkaStrong"),
        ("NAME", "Zuzana 'Zuzka' Hlavatá"),
    ],
    note="Name hashtag and name. '3rd round' is not a date.",
)

# 214
p(
    "en",
    "campaign_hashtag",
    "we see you #doughboydave 🥟 thanks for teaching the whole 4 south team to pinch pierogi from your hospital bed. #pierogisquad #threeriversstrong",
    [("NAME", "#doughboydave")],
    note="Lower-case name hashtag.",
)

# 215
p(
    "en",
    "campaign_hashtag",
    "Thank you to everyone sharing #PrayForRocky. Rocky Sciulli is out of surgery and awake, and his mom Tina says he already asked about the Penguins score. 💙 #StayStrongRocky",
    [
        ("NAME", "#PrayForRocky"),
        ("NAME", "Rocky Sciulli"),
        ("NAME", "Tina"),
        ("NAME", "#StayStrongRocky"),
    ],
    note="Two name hashtags, the patient and his mother.",
)

# 216
p(
    "es",
    "campaign_hashtag",
    "#FuerzaMarisela 💜 Gracias a todos los que donaron sangre hoy en honor a Marisela Duarte, que sigue en nuestra UCI. ¡Vamos, Mari!",
    [
        ("NAME", "#FuerzaMarisela"),
        ("NAME", "Marisela Duarte"),
        ("NAME", "Mari"),
    ],
    note="Name hashtag, name, nickname.",
)

# 217
n(
    "en",
    "campaign_hashtag",
    "#DonateLife Month is here! Register as an organ donor at the PA DMV or at registerme.org. One donor can save 8 lives. 💚 #TRAHTransplant",
    "Campaign hashtags.",
)

# 218
n(
    "en",
    "campaign_hashtag",
    "#BlackLungIsBack. It never really left. Free screenings for retired and current miners at our Mon Valley clinic. #MinersMatter",
    "Campaign hashtags.",
)

# 219
n(
    "en",
    "campaign_hashtag",
    "Post your best #PierogiPinch photo this week and tag @ThreeRiversAH — the winner gets a tray from our cafeteria crew! 🥟",
    "Photo contest; the hospital's handle.",
)

# 220
n(
    "en",
    "campaign_hashtag",
    "#HEREWEGO 🖤💛 WEAR BLACK & GOLD FRIDAY FOR OUR CANCER PATIENTS AND SNAP A PIC WITH #TRAHTERRIBLETOWEL!",
    "ALL-CAPS campaign hashtags; the pic is of supporters.",
)

# 221
n(
    "en",
    "campaign_hashtag",
    "#JoeMagarac was the legendary steelworker who bent rails with his bare hands. Our cardiac rehab gym isn't quite that tough, but close. #BeLikeMagarac",
    "A folk hero's name in a hashtag.",
)

# 222
n(
    "en",
    "campaign_hashtag",
    "#LetsGoPens #ThreeRiversStrong #YinzGotThis — our ED staff are rocking their Penguins jerseys for tonight's Game 7. Go Pens!!",
    "Campaign hashtags.",
)

# 223
n(
    "es",
    "campaign_hashtag",
    "#UnaSolaVoz 💚 En este mes de la donación de órganos, hablen con su familia sobre su decisión. Regístrese en registerme.org. #DonaVida",
    "Campaign hashtags.",
)

# ---------------------------------------------------------------- anonymous_story

# 224
p(
    "en",
    "anonymous_story",
    "A 99-year-old gentleman on our ortho floor asked the surgeon one question before his hip surgery: 'Will I make it back for bocce season?' He did. 🎯",
    [("AGE", "99-year-old")],
    note="Unnamed patient's age over 89.",
)

# 225
p(
    "en",
    "anonymous_story",
    "One of our NICU grads came back to visit today — born at 24 weeks on Valentine's Day, now a very sassy toddler. Her parents asked us not to share her name, but her heart shirt said it all. ❤️",
    [("DATE", "Valentine's Day")],
    note="Unnamed patient's birth date (a holiday).",
)

# 226
p(
    "en",
    "anonymous_story",
    "The patient in room 733 would like everyone to know that she has beaten every one of her nurses at euchre this week. Undefeated. Retiring as champion. 🃏",
    [("OTHER_ID", "room 733")],
    note="Unnamed patient's room number.",
)

# 227
p(
    "en",
    "anonymous_story",
    "An Army vet from Beaver Falls came in last week with pneumonia and left with a new best friend: his nurse, who also grew up in Beaver Falls. Small world. (He asked us not to use his name.)",
    [("GEO", "Beaver Falls", 1)],
    note="Unnamed patient's home town; the second Beaver Falls is the nurse's, not labelled.",
    ok=("Beaver Falls",),
)

# 228
p(
    "en",
    "anonymous_story",
    "our favorite 96 yr old asked for a shot of whiskey w her dinner. doc said no. she asked again in slovak. doc still said no. respect the hustle though 🥃",
    [("AGE", "96")],
    note="Unnamed patient's age over 89.",
)

# 229
p(
    "en",
    "anonymous_story",
    "She asked us not to use her name, but she wanted her story told: a grandmother from Mt. Oliver who became a living kidney donor for a stranger at 71. Her grandson Tyler drove her to every appointment.",
    [
        ("GEO", "Mt. Oliver"),
        ("NAME", "Tyler"),
    ],
    note="Unnamed living donor (our patient): home borough and grandson's name.",
)

# 230
p(
    "en",
    "anonymous_story",
    "Every morning at 6 sharp, a nonagenarian on 3 North does 10 arm curls with his IV pole. Our PTs call him 'the Steel Man' — and he likes that better than his real name anyway. 💪",
    [
        ("AGE", "nonagenarian"),
        ("NAME", "Steel Man"),
    ],
    note="Unnamed patient's age word and the nickname the staff use as his name.",
)

# 231
p(
    "es",
    "anonymous_story",
    "Una abuelita de 93 años vino hoy a la clínica de diálisis a traernos tamales… ¡y luego se quedó para su propia sesión! Dice que no digamos su nombre, pero que su nieta Karla le enseñó a usar Facebook para ver esta publicación. 😂",
    [
        ("AGE", "93"),
        ("NAME", "Karla"),
    ],
    note="Unnamed patient's age over 89 and granddaughter's name.",
)

# 232
n(
    "en",
    "anonymous_story",
    "She's in her 90s, still makes her own pierogi dough, and told our surgeon to hurry up because she had a church festival to get to. Some patients you just don't forget. 💙",
    "Anonymous; 'in her 90s' is a decade, not an age.",
)

# 233
n(
    "en",
    "anonymous_story",
    "A dad-to-be called our L&D desk this morning from a traffic jam on the way in: 'She's coming NOW.' Our nurses talked him through it on speakerphone. Mom and baby are great. Traffic is not. 🚗👶",
    "Anonymous family; no place or date.",
)

# 234
n(
    "en",
    "anonymous_story",
    "A patient asked our chaplain to pray for the Steelers. The chaplain said he'd see what he could do. We make no promises. 🙏🏈",
    "Anonymous.",
)

# 235
n(
    "en",
    "anonymous_story",
    "A retired miner in his late 70s told our respiratory therapist he hadn't slept lying flat in ten years. Last night he did. That's it. That's the post. 🫁",
    "Anonymous; age under 90.",
)

# 236
n(
    "en",
    "anonymous_story",
    "a lady on 5 east just asked if we could turn the thermostat up to 'babcia level.' we did not know what that meant. we do now. it means 80. 🔥",
    "Anonymous; 5 east is a unit, 80 is a temperature.",
)

# 237
n(
    "en",
    "anonymous_story",
    "A teenage patient recovering from spinal surgery asked for one thing: to watch the Penguins game with her dad. Our child life team made it happen, popcorn and all. 🐧",
    "Anonymous.",
)

# 238
n(
    "en",
    "anonymous_story",
    "Babcia turned 88 today on our cardiac unit and insisted on sharing her birthday cake with every nurse on the floor — 'you're all too skinny.' #BabciaStrong 🎂",
    "A kinship term, not a name; 88 is not over 89.",
)

# 239
n(
    "en",
    "anonymous_story",
    "A man who drove 90 miles from West Virginia for his black lung screening brought our front desk a jar of homemade apple butter. That's how it's done in coal country. 🍎",
    "Anonymous; 90 is miles and a state is not GEO.",
)

# 240
n(
    "es",
    "anonymous_story",
    "Un paciente de 78 años nos dijo: 'Aquí me trataron como familia.' No nos dio permiso para usar su nombre, pero sí para compartir sus palabras. Gracias al equipo del piso 7.",
    "Anonymous; age under 90, a floor.",
)

if __name__ == "__main__":
    S.main("phi_dev46_source")
