"""Blind development set d56 for the PHI scanner: tests/data/phi_dev56.jsonl.

Organisation: Northern Plains Regional Medical Center (phi_dev56_org.json): Fargo main
campus (4500 Red River Parkway, 58122), Grand Forks campus (1350 Columbia Road, 58201)
and the Williston Outreach Clinic (310 Dakota Parkway, 58801); eleven 701-555-01xx
numbers (main, Grand Forks, nurse line, farm safety, foundation, billing/portal, media,
interpreters, Williston, careers, HIM fax); domains nprmc.org and nprmcfoundation.org;
handles @NPRMC, @NPRMCFoundation, @NPRMC_GF.
Focus: farm, grain-bin and grain-elevator injuries, oil-patch workers around Williston,
Norwegian and German Lutheran farm families, Somali, Bhutanese and Congolese refugee
families, Ojibwe families from Turtle Mountain, Latino sugar-beet harvest workers,
blizzards, carbon monoxide, hockey.
Hard cases: names that are ordinary words or places (Dawn, Storm, Chase, Bear, Per,
Espoir, Julio, Kenia, hunter, Jan), towns that are names or foreign cities (Arthur,
Alexander, Hunter, Buffalo, Mercedes, Portland, Lisbon, Pekin, Keene, Page), lower-case,
ALL-CAPS and chart-style names, names only in hashtags, staff / volunteers / a public
figure / a legislator's mother as patients, relatives named in passing, holidays that
are the patient's day (Syttende Mai, Eid al-Fitr, Dia de Muertos, Dia de Reyes, Easter
Sunday, Thanksgiving) next to the same holidays as events, a day of the month alone,
ages over 89 in digits, words, ordinals and chart shorthand ("93yo") next to numbers
that are not ages (97 days, 90 miles), family phones and e-mails beside the hospital's,
odd MRN/encounter/plan/device/licence/plate formats; and hard negatives: staff
spotlights, retired staff aged 90, a volunteer who died at 91, donors, sponsors, visiting
athletes and officials, historical figures, eponyms (Crohn's, Addison's, Huntington,
Lou Gehrig), awareness days, event dates, statistics, campaign hashtags, anonymous
stories, blank record templates.
Language mix: 240 posts, 200 English and 40 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- A patient's employer (oil company, co-op, air base, school a coach works at) is NOT
  labelled, as the brief requires; a business or foundation that bears the surname of a
  donor who is introduced as a patient's relative is NAME (the family surname), and the
  relative's town is GEO.
- Staff, volunteers and public figures are labelled when the post presents them as the
  patient (or as a patient's relative, e.g. a state senator thanking nurses for his
  mother's care); a living kidney donor is a patient.
- Neighbours, friends, co-workers, rescuers and pets are not labelled; a fiancee and a
  roommate are household members and are labelled.
- Ages over 89 of a patient's relative are AGE (Safe Harbor lists the same identifiers
  for relatives). Decade ranges ("in her 90s", "mas de 90 anos", "elders over 100") are
  the permitted 90+ aggregate and are not labelled. A specific age over 89 of an unnamed
  patient is AGE and makes the post patient-specific; so does a bare room number or a
  home town of an otherwise anonymous patient.
- The place where a patient was injured (town, lake, highway, rink town) is GEO, like
  the road of a crash; so are the home towns of relatives, foreign cities and refugee
  camps tied to the family, the Forest River Colony and reservation towns (Belcourt).
  Reservation / tribe names as groups, the Red River Valley, the Bakken, states and
  countries are not GEO; a university used as a landmark ("near UND") is not GEO.
- Holidays: labelled when the patient's event fell on them (also a blizzard date that is
  the patient's admission); a festival greeting ("Eid Mubarak"), a future holiday visit,
  or the same holiday as a community event is not. An event date is labelled when it is
  stated to be the patient's anniversary ("cancerversary"). A wedding-anniversary day of
  a patient is a date element. An official camp birth date ("Jan 1") is a DATE.
- Kinship honorifics used as address (Ama, Buwa, Mama, Grandpa, Auntie, Dona) are
  titles, not part of NAME; a generational suffix ("jr.") is left out of the span; a
  nickname in quotes inside the full name stays in the one span.
- A masked SSN that still shows the last four digits is SSN; a workers' comp claim
  number and a research participant ID tied to a named patient are OTHER_ID; a
  room-board line "Rm 501" is OTHER_ID.
- A photo mentioned as sent privately to staff ("nos mandaron una foto") is not PHOTO;
  only a caption cue for the attached image is.
- The hospital's own HIM fax number in a pasted workers' comp cover sheet stays
  unlabelled.
- The hospitals' cities (Fargo, Grand Forks) are GEO when they are the patient's or the
  family's home, and not when they only name the hospital, a road report, a tour stop or
  where a patient was flown. A census month that merely contains the patient's admission
  ("admissions in January") is aggregate, not his date.
- A public figure or volunteer whose birthday or death is announced without being
  presented as our patient keeps every detail unlabelled (age 100, age 91, home town).
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev56.jsonl"), os.path.join(HERE, "phi_dev56_org.json"), "d56")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- patient_story

# 1
p(
    "en",
    "patient_story",
    "When the auger caught his sleeve on Oct. 3, Dale Brekke was alone in the bin yard "
    "outside Hatton. His neighbor Lyle heard the tractor idling for too long. Three "
    "surgeries later Dale is back to coffee at the elevator and says he'll never wear a "
    "loose jacket near a PTO again \U0001f69c #FarmSafety #HarvestSafe",
    [
        ("DATE", "Oct. 3"),
        ("NAME", "Dale Brekke"),
        ("NAME", "Dale", "*"),
        ("GEO", "Hatton"),
    ],
    note="Patient Dale Brekke (both mentions), injury date and the town of the bin yard. "
    "The neighbour Lyle is not a relative or household member.",
)

# 2
p(
    "en",
    "patient_story",
    "shoutout to our burn unit for taking care of travis from williston \U0001f525\u27a1\ufe0f\U0001f4aa "
    "he came in by fixed-wing the night of 2/11 after a flash fire on a rig south of "
    "Tioga. his wife Brandi drove 6 hrs through a ground blizzard to be here. travis says "
    "thank u to the flight crew of Unit 7 \u2014 nobody else could've landed that night",
    [
        ("NAME", "travis", "*"),
        ("GEO", "williston"),
        ("DATE", "2/11"),
        ("GEO", "Tioga"),
        ("NAME", "Brandi"),
    ],
    note="Lower-case patient name and home town, injury date, the rig's town (place of "
    "injury), wife's name. Unit 7 is an aircraft, not an identifier.",
)

# 3
p(
    "en",
    "patient_story",
    "Six-year-old Hodan Warsame used to miss a week of school every winter. Our pediatric "
    "asthma team sat down with her mom, Ifrah, and an interpreter in their kitchen in "
    "south Fargo, swapped the space heater for a safer one and wrote an action plan in "
    "Somali. This year Hodan hasn't missed a single day. Mahadsanid, Warsame family! \U0001f499",
    [
        ("NAME", "Hodan Warsame"),
        ("NAME", "Hodan", "*"),
        ("NAME", "Warsame", "*"),
        ("NAME", "Ifrah"),
        ("GEO", "south Fargo"),
    ],
    note="Child patient, her mother, the family surname and the neighbourhood of the home. "
    "Age 6 and 'every winter' are not identifiers.",
)

# 4
p(
    "en",
    "patient_story",
    "Ama Dhan Maya Gurung walked the hall of 6 East this morning \u2014 at 93! \U0001f64f She came "
    "to Fargo from the camps in Nepal in 2009 and her grandson Suraj translates every word "
    "for our PT team (and adds a few jokes of his own). Keep going, Ama!",
    [
        ("NAME", "Dhan Maya Gurung"),
        ("AGE", "93"),
        ("GEO", "Fargo"),
        ("NAME", "Suraj"),
    ],
    note="Bhutanese elder aged 93, her home city and grandson. 'Ama' is a kinship honorific "
    "(title), the camps are unnamed and 2009 is a bare year.",
)

# 5
p(
    "en",
    "patient_story",
    "Big thanks to the Azure family for letting us share this: when Makwa (Bear to his "
    "linemates) took a check into the boards at the Belcourt rink on January 14th, his mom "
    "knew the signs. Our concussion clinic has had him back on skates gradually since. "
    "Miigwech! #MakwaStrong \U0001f3d2",
    [
        ("NAME", "Azure"),
        ("NAME", "Makwa"),
        ("NAME", "Bear"),
        ("GEO", "Belcourt"),
        ("DATE", "January 14th"),
        ("NAME", "#MakwaStrong"),
    ],
    note="Family surname that is a colour word, the boy's name, his nickname 'Bear', the "
    "rink town where he was hurt, the injury date and his name hashtag.",
)

# 6
p(
    "en",
    "patient_story",
    "Our own charge nurse Ingrid Solberg spent 30 years on 4 North caring for others. On "
    "March 2 she became the patient \u2014 a widowmaker blockage, caught by her coworkers in "
    "the break room. Ingrid is home in Moorhead now, bossing her husband Arne around \U0001f602 "
    "#NursesAreHeroes",
    [
        ("NAME", "Ingrid Solberg"),
        ("NAME", "Ingrid", "*"),
        ("DATE", "March 2"),
        ("GEO", "Moorhead"),
        ("NAME", "Arne"),
    ],
    note="A staff member who became a patient: her name, event date, home town and husband "
    "are labelled.",
)

# 7
p(
    "es",
    "patient_story",
    "Don Ramiro Trevi\u00f1o lleva 22 oto\u00f1os viniendo desde Eagle Pass para la cosecha de "
    "remolacha en el valle del R\u00edo Rojo. El 28 de septiembre se cay\u00f3 de un cami\u00f3n en la "
    "planta de Hillsboro y se fractur\u00f3 la cadera. Hoy, gracias a su hija Yesenia y a "
    "nuestro equipo de ortopedia, ya camina con andadera. \u00a1Fuerza, don Ramiro! \U0001f4aa "
    "#FuerzaRamiro",
    [
        ("NAME", "Ramiro Trevi\u00f1o"),
        ("NAME", "Ramiro", "*"),
        ("GEO", "Eagle Pass"),
        ("DATE", "28 de septiembre"),
        ("GEO", "Hillsboro"),
        ("NAME", "Yesenia"),
        ("NAME", "#FuerzaRamiro"),
    ],
    note="Beet-harvest worker: name (don is a title), home town, injury date, town of the "
    "plant where he fell, daughter, name hashtag. The Red River valley is a region, not GEO.",
)

# 8
p(
    "en",
    "patient_story",
    "Living donor story \U0001f49a On 11/19 Jean-Paul Kabila Mulumba gave his brother Espoir one "
    "of his kidneys in OR 3. The brothers grew up in Bukavu and now live two doors apart in "
    "Grand Forks \u2014 'now we share this too,' Espoir joked from bed 14. Their church choir "
    "sang outside the window Sunday.",
    [
        ("DATE", "11/19"),
        ("NAME", "Jean-Paul Kabila Mulumba"),
        ("NAME", "Espoir", "*"),
        ("GEO", "Bukavu"),
        ("GEO", "Grand Forks"),
        ("OTHER_ID", "bed 14"),
    ],
    note="Donor and recipient are both patients: surgery date, names (Kabila is also a "
    "public figure's surname, Espoir a French word), foreign home city, current city, bed.",
)

# 9
p(
    "en",
    "patient_story",
    "HUGE DAY ON 5 WEST!!! \U0001f3d2\U0001f3d2 GUNNAR LINDQVIST, 9, GOT HIS CAST OFF AND THE UND "
    "MEN'S TEAM SENT A SIGNED STICK. BROKE HIS WRIST AT THE GRAND FORKS OUTDOOR RINKS "
    "DURING THE DEC 27 BLIZZARD... WE SAID NO MORE SNOWBANK DIVES GUNNAR \U0001f605",
    [
        ("NAME", "GUNNAR LINDQVIST"),
        ("NAME", "GUNNAR", "*"),
        ("GEO", "GRAND FORKS"),
        ("DATE", "DEC 27"),
    ],
    note="ALL-CAPS name, the town where he was hurt, and the blizzard date that is his "
    "injury date. The UND team is not an identifier.",
)

# 10
p(
    "en",
    "patient_story",
    "If you've been to the cafeteria you've met 'Grandpa Ole' \u2014 Ole Haugland, 94, a "
    "retired grain elevator manager from Mayville who has been visiting his wife Solveig "
    "on 3 South every single day since she was admitted January 6. He brings lefse for "
    "the nurses. We asked if we could share; Solveig said 'uff da, fine.'",
    [
        ("NAME", "Ole", 1),
        ("NAME", "Ole Haugland"),
        ("AGE", "94"),
        ("GEO", "Mayville"),
        ("NAME", "Solveig", "*"),
        ("DATE", "January 6"),
    ],
    note="Patient Solveig, her admission date; her husband (a relative) with his age over 89 "
    "and home town. His former employer is not labelled; 'Grandpa' is descriptive.",
)

# 11
n(
    "en",
    "patient_story",
    "A farmer in his 60s came through our ER doors last harvest with a hand caught in a "
    "combine header. He asked us not to use his name, but he did want every one of you to "
    "hear this: shut it off before you unplug it. Every time. \U0001f33e #HarvestSafety",
    "Anonymous story: an age range under 90, a season and an injury identify no one.",
)

# 12
n(
    "en",
    "patient_story",
    "Meet Bj\u00f8rn, a 6-year-old Norwegian elkhound and the newest member of our pet therapy "
    "crew \U0001f43e Bj\u00f8rn and his handler, volunteer Marit Vold, visit the pediatric floor "
    "every Tuesday. Favorite snack: cheese. Favorite patient: all of them.",
    "A pet's name and a volunteer's name are never patient identifiers.",
)

# 13
p(
    "es",
    "patient_story",
    "Esta es la historia de Wilmer, un soldador hondure\u00f1o que trabaja en los pozos cerca "
    "de Watford City. El 9 de enero, con 38 grados bajo cero, una l\u00ednea de vapor le quem\u00f3 "
    "el brazo. Su esposa Dunia nos escribi\u00f3 desde San Pedro Sula para agradecer a las "
    "enfermeras que le hac\u00edan videollamadas cada noche. \u00a1Gracias, Dunia, por dejarnos "
    "contar esto!",
    [
        ("NAME", "Wilmer"),
        ("GEO", "Watford City"),
        ("DATE", "9 de enero"),
        ("NAME", "Dunia", "*"),
        ("GEO", "San Pedro Sula"),
    ],
    note="Oil-patch welder: first name, town of the wells where he was burned, injury date, "
    "wife's name and her foreign city.",
)

# 14
p(
    "en",
    "patient_story",
    "Dawn came home at dusk. \U0001f305 After 41 days at our Grand Forks campus, Dawn "
    "Lafontaine \u2014 Turtle Mountain Chippewa, grandmother of eleven, first-year nursing "
    "student at age 58 \u2014 rode home to Dunseith with her son Marcus behind the wheel. See "
    "you in clinicals, Dawn!",
    [
        ("NAME", "Dawn Lafontaine"),
        ("NAME", "Dawn", "*"),
        ("GEO", "Dunseith"),
        ("NAME", "Marcus"),
    ],
    note="A name that is a word (the opening pun is her name too), home town, son. Tribal "
    "affiliation, age 58 and the hospital campus are not identifiers.",
)

# ---------------------------------------------------------------- birth_announcement

# 15
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Storm! \u26c8\ufe0f\u2744\ufe0f Baby Storm Halvorson arrived at 3:12 a.m. on "
    "Feb. 8 while I-29 was closed from Fargo to the Canadian border. Mom Kelsey and dad "
    "Tyler made it in from Kindred about an hour before the plows gave up. 8 lb 2 oz of "
    "pure North Dakota.",
    [
        ("NAME", "Storm Halvorson"),
        ("NAME", "Storm", "*"),
        ("DATE", "Feb. 8"),
        ("NAME", "Kelsey"),
        ("NAME", "Tyler"),
        ("GEO", "Kindred"),
    ],
    note="Baby named Storm, birth date, parents, home town. The I-29 closure and Fargo are "
    "road-report context, not the family's geography; the hour is not a date.",
)

# 16
p(
    "en",
    "birth_announcement",
    "A true little Norwegian: Astrid Marie Bakken was born May 17 \u2014 Syttende Mai! \u2014 at "
    "our Fargo Birth Center. Big brother Leif (4) has already requested a tiny bunad. "
    "Gratulerer med dagen, Astrid! \U0001f1f3\U0001f1f4",
    [
        ("NAME", "Astrid Marie Bakken"),
        ("NAME", "Astrid", "*"),
        ("DATE", "May 17"),
        ("DATE", "Syttende Mai"),
        ("NAME", "Leif"),
    ],
    note="Baby (surname also an oil formation), birth date written twice (date and the "
    "Norwegian holiday), brother.",
)

# 17
p(
    "es",
    "birth_announcement",
    "\u00a1Bienvenida, Xiomara! \U0001f389 Naci\u00f3 el 2 de octubre en plena cosecha de remolacha, "
    "mientras su pap\u00e1, Efra\u00edn Salinas, terminaba su turno en la b\u00e1scula de Crookston. Su "
    "mam\u00e1, Leticia, dice que ya la quieren llevar a Weslaco para conocer a sus abuelos en "
    "Navidad. 7 libras de puro amor \U0001f495",
    [
        ("NAME", "Xiomara"),
        ("DATE", "2 de octubre"),
        ("NAME", "Efra\u00edn Salinas"),
        ("GEO", "Crookston"),
        ("NAME", "Leticia"),
        ("GEO", "Weslaco"),
    ],
    note="Baby, birth date, parents, the town where the family is living for the harvest "
    "and the grandparents' home town. Navidad is a future visit, not the baby's day.",
)

# 18
p(
    "en",
    "birth_announcement",
    "Eid Mubarak x2 \U0001f319\u2728 Twins Ayaan and Abdirahman arrived on the first morning of Eid "
    "al-Fitr to mom Sahra Abdi and dad Mohamed Hassan. The whole 2 South team got henna the "
    "next day courtesy of Auntie Fadumo. Welcome, little ones!",
    [
        ("NAME", "Ayaan"),
        ("NAME", "Abdirahman"),
        ("DATE", "Eid al-Fitr"),
        ("NAME", "Sahra Abdi"),
        ("NAME", "Mohamed Hassan"),
        ("NAME", "Fadumo"),
    ],
    note="Twins born on Eid al-Fitr (their birth date), parents, aunt. The greeting 'Eid "
    "Mubarak' is not a date.",
)

# 19
p(
    "en",
    "birth_announcement",
    "she couldn't wait for santa \U0001f384 little Noelle Fischer showed up Christmas Eve at "
    "11:58 pm, two minutes before the night shift's Christmas party playlist ended. parents "
    "Jenna + Matt Fischer of West Fargo are calling her their 24th gift. \U0001f381",
    [
        ("NAME", "Noelle Fischer"),
        ("DATE", "Christmas Eve"),
        ("NAME", "Jenna"),
        ("NAME", "Matt Fischer"),
        ("GEO", "West Fargo"),
        ("DATE", "24th"),
    ],
    note="Birth on Christmas Eve, restated as the day of the month ('24th'); parents and "
    "home town. The staff Christmas party is not the baby's day.",
)

# 20
n(
    "en",
    "birth_announcement",
    "Not every delivery happens in a delivery room \U0001f699 Our ED team helped a dad from out "
    "of town catch his daughter in the front seat of a pickup under the Emergency canopy "
    "last night. Mom, baby and truck are all fine. Reminder: if labor is moving fast, call "
    "911 \u2014 don't race a ground blizzard.",
    "Anonymous birth; 'last night' is relative and the canopy is the hospital's.",
)

# 21
p(
    "en",
    "birth_announcement",
    "Namaste and welcome, Anjali Rai! \U0001f338 Born 10-14 at 5 lb 11 oz to Bishnu and Pabitra "
    "Rai, who met in the Beldangi camp and now call Grand Forks home. Big sister Sunita "
    "picked the name.",
    [
        ("NAME", "Anjali Rai"),
        ("DATE", "10-14"),
        ("NAME", "Bishnu"),
        ("NAME", "Pabitra Rai"),
        ("GEO", "Beldangi"),
        ("GEO", "Grand Forks"),
        ("NAME", "Sunita"),
    ],
    note="Bhutanese baby, birth date with a hyphen, parents, refugee camp and home city, sister.",
)

# 22
p(
    "es",
    "birth_announcement",
    "\u00a1Lleg\u00f3 Valentina Ochoa el 14 de febrero, D\u00eda de San Valent\u00edn! \U0001f498 Sus pap\u00e1s, "
    "Karla y Jonathan, viajaron desde Williston cuando empezaron las contracciones. Pes\u00f3 3.2 "
    "kg. \u00a1Felicidades, familia Ochoa!",
    [
        ("NAME", "Valentina Ochoa"),
        ("NAME", "Ochoa", "*"),
        ("DATE", "14 de febrero"),
        ("DATE", "D\u00eda de San Valent\u00edn"),
        ("NAME", "Karla"),
        ("NAME", "Jonathan"),
        ("GEO", "Williston"),
    ],
    note="Birth date written twice (date and holiday), baby, parents, home town.",
)

# 23
n(
    "en",
    "birth_announcement",
    "Fun fact Friday \U0001f476 Our two campuses welcomed 3,412 babies last year, and 19 sets of "
    "twins. The busiest day? The Tuesday after the big April blizzard \u2014 27 deliveries in "
    "24 hours. Babies don't check the weather. #FamilyBirthCenter",
    "Aggregate birth statistics; the month and weekday belong to no one.",
)

# 24
p(
    "en",
    "birth_announcement",
    "welcome dakota rose! \U0001f339 born 8/8 at 8:08 pm (we checked twice). proud parents kaylee "
    "and josh from valley city say she's already louder than the combine. #newbornnews "
    "#ourbabydakota",
    [
        ("NAME", "dakota rose"),
        ("DATE", "8/8"),
        ("NAME", "kaylee"),
        ("NAME", "josh"),
        ("GEO", "valley city"),
        ("NAME", "#ourbabydakota"),
    ],
    note="Lower-case baby name that is a state name, birth date, parents, home town, name "
    "hashtag. #newbornnews is a campaign tag; 8:08 pm is a time.",
)

# 25
p(
    "en",
    "birth_announcement",
    "Congrats to our very own NICU nurse Jessa Thorson and husband Kyle on the birth of Wren "
    "Elizabeth, born right here on 4 North on Nov. 2! \U0001f426 Jessa says the delivery nurses "
    "were 'even better than I brag about.'",
    [
        ("NAME", "Jessa Thorson"),
        ("NAME", "Jessa", "*"),
        ("NAME", "Kyle"),
        ("NAME", "Wren Elizabeth"),
        ("DATE", "Nov. 2"),
    ],
    note="A nurse who delivered here is a patient; her baby (a bird name), husband and the "
    "birth date are labelled.",
)

# 26
n(
    "en",
    "birth_announcement",
    "Our CFO Mark Engebretson became a grandpa this week! \U0001f389 His granddaughter was born in "
    "Phoenix, so he's using all his PTO to go meet her. Congrats, Mark \u2014 we'll hold down "
    "the fort.",
    "A staff member's own family, born elsewhere; not our patient and no identifier.",
)

# ---------------------------------------------------------------- discharge

# 27
p(
    "en",
    "discharge",
    "NICU graduate alert \U0001f393 Baby boy 'Tater Tot' (aka Oskar Lindgren) came in at 26 weeks "
    "on 6/30 weighing 1 lb 14 oz. After 97 days he's headed home to Fergus Falls with mom "
    "Brooke, dad Nils and a LOT of hotdish from Grandma Gudrun.",
    [
        ("NAME", "Tater Tot"),
        ("NAME", "Oskar Lindgren"),
        ("DATE", "6/30"),
        ("GEO", "Fergus Falls"),
        ("NAME", "Brooke"),
        ("NAME", "Nils"),
        ("NAME", "Gudrun"),
    ],
    note="Nickname and name, birth/admission date, home town, parents, grandmother. '97 "
    "days' is a length of stay, not an age.",
)

# 28
p(
    "en",
    "discharge",
    "Going home! \U0001f6fb Cody Running Horse spent 19 days with us after a pipe rack collapsed on "
    "him at a well pad near Alexander on 7/22. His crew from Prairie Rock Energy drove 200 "
    "miles to line the hallway when he walked out. Cody's heading back to his mom's place in "
    "Fort Yates to heal up.",
    [
        ("NAME", "Cody Running Horse"),
        ("NAME", "Cody", "*"),
        ("GEO", "Alexander"),
        ("DATE", "7/22"),
        ("GEO", "Fort Yates"),
    ],
    note="Name, the injury town (Alexander, also a first name), injury date, home town. The "
    "employer is not labelled.",
)

# 29
p(
    "en",
    "discharge",
    "Discharge day for the queen of 7 West \U0001f451 Mrs. Bergit Olafson, 101 years young, is "
    "going back to the Good Samaritan home in Arthur after beating pneumonia. She told Dr. "
    "Patel she'd see him at her 102nd. We're holding her to it!",
    [
        ("NAME", "Bergit Olafson"),
        ("AGE", "101"),
        ("GEO", "Arthur"),
        ("AGE", "102nd"),
    ],
    note="Age 101 and her next birthday as an ordinal, her name and home town (Arthur, a "
    "first name). Dr. Patel is staff.",
)

# 30
p(
    "es",
    "discharge",
    "\u00a1Alta m\u00e9dica! \U0001f388 Despu\u00e9s de 12 d\u00edas en cuidados intensivos por intoxicaci\u00f3n de "
    "mon\u00f3xido de carbono, la familia Mej\u00eda regresa a su casa en Grafton. El 3 de diciembre, "
    "durante la tormenta, pusieron un generador en el garaje. Por favor: NUNCA usen "
    "generadores dentro de casa. Gracias a Rosa y a sus hijos por compartir su historia.",
    [
        ("NAME", "Mej\u00eda"),
        ("GEO", "Grafton"),
        ("DATE", "3 de diciembre"),
        ("NAME", "Rosa"),
    ],
    note="Family surname, home town, date of the poisoning, the mother's name (also a "
    "colour word).",
)

# 31
p(
    "en",
    "discharge",
    "Mr. K finally got his wish \u2014 home in time to see the first sugar beets come out of the "
    "ground. \U0001f331 After 3 months on our cardiac unit and a new LVAD (serial HM3-88214-ND, for "
    "the trivia fans), he's back on the farm outside Drayton. Thanks for the peanut brittle, "
    "Mr. K!",
    [
        ("NAME", "K", "*"),
        ("DEVICE", "HM3-88214-ND"),
        ("GEO", "Drayton"),
    ],
    note="Initial used as the patient's name (both times), implant serial number, home town.",
)

# 32
p(
    "en",
    "discharge",
    "SHE DID IT!!! \U0001f389 AFTER 64 DAYS, SAGAL IS GOING HOME TO MOORHEAD. THANK YOU TO HER DAD "
    "ABDULLAHI FOR TEACHING THE WHOLE 5 WEST STAFF TO SAY 'NABAD GELYO' PROPERLY \U0001f602 "
    "#SAGALSTRONG",
    [
        ("NAME", "SAGAL"),
        ("GEO", "MOORHEAD"),
        ("NAME", "ABDULLAHI"),
        ("NAME", "#SAGALSTRONG"),
    ],
    note="ALL-CAPS patient name, home town, father, name hashtag.",
)

# 33
p(
    "en",
    "discharge",
    "Chase made it home for the opener! \U0001f986 Chase Vetter, 15, was hurt in a grain bin "
    "entrapment near Casselton on the 9th and spent 11 days in our PICU. The Casselton Fire "
    "Dept. rope rescue team visited before he left \u2014 true heroes. Stay out of the bins, "
    "buddy. #GrainBinSafety",
    [
        ("NAME", "Chase Vetter"),
        ("NAME", "Chase", "*"),
        ("GEO", "Casselton", 1),
        ("DATE", "9th"),
    ],
    note="A name that is a verb, the injury town, the day of the month of the injury. The "
    "second 'Casselton' names the fire department (rescuers are not labelled).",
    ok=("Casselton",),
)

# 34
p(
    "en",
    "discharge",
    "Today we said 'pheri bhetaunla' (see you again) to Mr. Tika Ram Dhungana, who turns 96 "
    "next month and just finished rehab after a fall on the ice outside his son's apartment "
    "on 32nd Ave S. His son Hari and daughter-in-law Mina have set up a ramp. Namaste, Buwa! "
    "\U0001f64f",
    [
        ("NAME", "Tika Ram Dhungana"),
        ("AGE", "96"),
        ("GEO", "32nd Ave S"),
        ("NAME", "Hari"),
        ("NAME", "Mina"),
    ],
    note="Age over 89 (the coming birthday), the street where he fell and lives with his "
    "son, son and daughter-in-law. 'Buwa' is a kinship term, not a name.",
)

# 35
n(
    "en",
    "discharge",
    "Discharge checklist before you leave us \U0001f4cb \u2714\ufe0f Meds list in your hand \u2714\ufe0f "
    "Follow-up appointment booked \u2714\ufe0f Ride home (and a winter kit in the car!) \u2714\ufe0f "
    "Questions? Our nurse line is open 24/7 at (701) 555-0123.",
    "General discharge advice and the hospital's own nurse line.",
)

# 36
n(
    "es",
    "discharge",
    "Antes de salir del hospital, pida su resumen de alta en espa\u00f1ol. Es su derecho tener un "
    "int\u00e9rprete gratis en cada paso. Servicios de Int\u00e9rpretes: (701) 555-0177, de lunes a "
    "viernes, 7 a.m. a 7 p.m.",
    "General advice; the number is the hospital's interpreter line.",
)

# 37
p(
    "en",
    "discharge",
    "Former @UNDMHockey captain Brett Sorensen (yes, THAT Sorensen, the 2000 title goal) went "
    "home today after a knee replacement with our ortho team. He asked us to say hi to "
    "everyone who stopped by room 518 for an autograph \U0001f604",
    [
        ("NAME", "Brett Sorensen"),
        ("NAME", "Sorensen", "*"),
        ("OTHER_ID", "room 518"),
    ],
    note="A public figure presented as our patient: his name (both forms) and room. The "
    "team handle and the bare year are not identifiers of him.",
)

# 38
p(
    "en",
    "discharge",
    "Discharge day for Paj! \U0001f388 (Pronounced 'pie'.) Paj Xiong is headed back to her "
    "apartment near UND with her roommate Emily, who slept on the ICU couch for 8 straight "
    "nights. If you need a definition of friendship, it's Emily.",
    [
        ("NAME", "Paj Xiong"),
        ("NAME", "Paj", "*"),
        ("NAME", "Emily", "*"),
    ],
    note="Patient and her roommate (household member). 'near UND' is a landmark, not GEO.",
)

# 39
p(
    "es",
    "discharge",
    "Hoy se fue a casa Jacinto 'Chinto' Barrera, de 91 a\u00f1os, despu\u00e9s de una semana con "
    "nosotros por neumon\u00eda. Vino de Texas a visitar a su nieta en West Fargo y acab\u00f3 en "
    "urgencias el d\u00eda de Acci\u00f3n de Gracias. \u00a1Buen viaje, don Chinto!",
    [
        ("NAME", "Jacinto 'Chinto' Barrera"),
        ("NAME", "Chinto", 2),
        ("AGE", "91"),
        ("GEO", "West Fargo"),
        ("DATE", "Acci\u00f3n de Gracias"),
    ],
    note="Name with quoted nickname, age 91, the granddaughter's town, and Thanksgiving as "
    "his admission day. Texas is a state.",
)

# 40
p(
    "en",
    "discharge",
    "Twelve kids, one grandma, two church vans: the whole Forest River Colony turned out to "
    "take Grandma Katharina Wipf home today \u2764\ufe0f She broke her hip on the colony's icy "
    "kitchen steps on New Year's Day. Danke to our 6 East rehab crew!",
    [
        ("GEO", "Forest River Colony"),
        ("NAME", "Katharina Wipf"),
        ("DATE", "New Year's Day"),
    ],
    note="Hutterite colony where she lives, her name, and New Year's Day as her injury date.",
)

# 41
n(
    "en",
    "discharge",
    "After 118 days, one of our tiniest NICU babies went home this week \U0001f49a Her family asked "
    "us to keep her name private, but we're allowed to say this: she's now 6 pounds, she has "
    "a very loud opinion about bath time, and she has the best nurses in Grand Forks.",
    "Nameless discharge: a length of stay, a weight and the hospital's city identify no one.",
)

# ---------------------------------------------------------------- thank_you

# 42
p(
    "en",
    "thank_you",
    "From the Rindahl family: 'To the 3 a.m. nurse who held my hand while they worked on "
    "Pete \u2014 thank you.' Pete Rindahl, a Buffalo grain hauler, was pulled from his semi after "
    "it rolled on Highway 46 on Aug. 30. Cards for Pete can go to rindahlstrong@gmail.com \U0001f49b",
    [
        ("NAME", "Pete Rindahl"),
        ("NAME", "Pete", "*"),
        ("NAME", "Rindahl", "*"),
        ("GEO", "Buffalo"),
        ("GEO", "Highway 46"),
        ("DATE", "Aug. 30"),
        ("EMAIL", "rindahlstrong@gmail.com"),
    ],
    note="Family surname, patient name, home town (an animal word), road of the crash, "
    "crash date and the family's e-mail.",
)

# 43
p(
    "en",
    "thank_you",
    "Thank you, Marjorie Holm! \U0001f9e3 Marjorie spent last winter in our cancer center and this "
    "winter she knitted 140 hats for the patients who came after her. She turned 92 on the "
    "3rd and says she's aiming for 200 hats before 93.",
    [
        ("NAME", "Marjorie Holm"),
        ("NAME", "Marjorie", "*"),
        ("AGE", "92"),
        ("DATE", "3rd"),
        ("AGE", "93"),
    ],
    note="A former patient turned donor: name, age 92 and the coming 93, birthday as a day "
    "of the month. Seasons are not dates.",
)

# 44
p(
    "en",
    "thank_you",
    "Thank you to Marisol and her husband Rigoberto for the tamales they brought to the "
    "oncology floor every Friday while Marisol was getting chemo. Today she rings the bell "
    "\U0001f514 at our Grand Forks campus. We love you, Mari!",
    [
        ("NAME", "Marisol", "*"),
        ("NAME", "Rigoberto"),
        ("NAME", "Mari"),
    ],
    note="Patient, her nickname and husband. Weekdays and the hospital campus are not identifiers.",
)

# 45
p(
    "en",
    "thank_you",
    "The new family lounge on 3 South is open, and it's named for Evelyn Kjos, who spent her "
    "last weeks here in 2019. Her husband Harold and the Kjos grandchildren raised every "
    "dollar with pancake feeds at the Lutheran church in Hunter. Thank you, Harold. \U0001f499",
    [
        ("NAME", "Evelyn Kjos"),
        ("NAME", "Harold", "*"),
        ("NAME", "Kjos", 2),
        ("GEO", "Hunter"),
    ],
    note="The lounge is named for a patient; the donors are her husband and grandchildren "
    "(relatives). Hunter is their town (also a first name). 2019 is a bare year.",
)

# 46
n(
    "en",
    "thank_you",
    "A big mange takk to the Sons of Norway Kringen Lodge for the $12,000 they raised at this "
    "year's lutefisk dinner \U0001f41f \u2014 every dollar goes to our Pediatric Emergency fund. "
    "Lodge president Gary Aune promised to bring the leftover lefse Monday.",
    "Donor organisation and its president, not patients.",
)

# 47
p(
    "en",
    "thank_you",
    "Message from a grateful mom, shared with permission: 'Nurse Tanya on 2 West sat with my "
    "son Brody the night he came in after the sledding crash at Lindenwood hill. If anybody "
    "knows the snowmobiler who stopped to help, please call me, 701-555-0186. \u2014Carrie "
    "Stenberg'",
    [
        ("NAME", "Brody"),
        ("GEO", "Lindenwood"),
        ("PHONE", "701-555-0186"),
        ("NAME", "Carrie Stenberg"),
    ],
    note="Patient, the park where he crashed, the mother's phone and name. Nurse Tanya and "
    "the snowmobiler are not labelled.",
)

# 48
p(
    "en",
    "thank_you",
    "When our longtime front desk volunteer Rolf Evenson needed a pacemaker in June, he asked "
    "for one thing: to be back at the Grand Forks lobby desk by Syttende Mai next year. "
    "Welcome back, Rolf \u2014 the lobby wasn't the same. \U0001f1f3\U0001f1f4",
    [
        ("NAME", "Rolf Evenson"),
        ("NAME", "Rolf", "*"),
        ("DATE", "June"),
    ],
    note="A volunteer who was a patient: name and the month of his procedure. Syttende Mai "
    "next year is a future goal, not his event.",
)

# 49
n(
    "en",
    "thank_you",
    "THANK YOU to the Fargo-Moorhead snowmobile club for hauling 14 stranded nurses to work "
    "during last week's whiteout! \U0001f6f7\u2744\ufe0f Your volunteers covered 60 miles of back roads "
    "so our patients never missed a shift change. #NPRMCStrong",
    "Thanks to a club and staff; no patient is identified.",
)

# 50
p(
    "en",
    "thank_you",
    "Miigwech to Delphine Laverdure, who beaded 30 medallions for our Native patient "
    "navigators after her stay with us in the fall. Delphine, 90, still drives herself from "
    "Belcourt to every powwow in the summer. \U0001fab6",
    [
        ("NAME", "Delphine Laverdure"),
        ("NAME", "Delphine", "*"),
        ("AGE", "90"),
        ("GEO", "Belcourt"),
    ],
    note="Former patient: name, age 90, reservation town she lives in. Seasons are not dates.",
)

# 51
n(
    "en",
    "thank_you",
    "Thank you to Our Savior's Lutheran Church in Fargo and the Moorhead Latina Women's Circle "
    "for donating 300 quilts for our ICU families! Your kindness is warmer than any space "
    "heater. \U0001f9e1",
    "Donor groups and their towns; no patient.",
)

# 52
p(
    "en",
    "thank_you",
    "Our 5 West crew has one request this Giving Tuesday: keep the cards coming for "
    "#TeamJosiah \U0001f48c Big brother says the stack of Vikings stickers is 'almost enough.' "
    "Drop-off at the Fargo main lobby, 4500 Red River Parkway.",
    [("NAME", "#TeamJosiah")],
    note="The patient is named only in the hashtag. Giving Tuesday and the hospital's "
    "address are not identifiers.",
)

# 53
p(
    "en",
    "thank_you",
    "ok who's cutting onions \U0001f62d just got a thank you card from bucky's mom \u2014 bucky (real "
    "name: Henrik Aas) was our 7-yr-old frequent flyer on 5 west this spring and he drew "
    "every single nurse as a hockey player. linda, thank u for raising the funniest kid in "
    "cass county",
    [
        ("NAME", "bucky", "*"),
        ("NAME", "Henrik Aas"),
        ("NAME", "linda"),
        ("GEO", "cass county"),
    ],
    note="Lower-case nickname, real name, lower-case mother's name and home county.",
)

# 54
p(
    "es",
    "thank_you",
    "Gracias, Sra. Amparo Quintanilla, por las flores de papel que hizo para toda la sala de "
    "di\u00e1lisis. La Sra. Amparo viene tres veces por semana desde Devils Lake y siempre llega "
    "con algo para alguien. \U0001f33a",
    [
        ("NAME", "Amparo Quintanilla"),
        ("NAME", "Amparo", "*"),
        ("GEO", "Devils Lake"),
    ],
    note="Dialysis patient (Sra. is a title) and her home town.",
)

# 55
n(
    "es",
    "thank_you",
    "\u00a1Gracias a Panader\u00eda La Guadalupana de West Fargo por patrocinar el desayuno de Navidad "
    "para las familias de pediatr\u00eda! \U0001f950\U0001f384",
    "A sponsoring bakery and its town; Navidad is an event.",
)

# ---------------------------------------------------------------- memorial

# 56
p(
    "en",
    "memorial",
    "Rest easy, Arlo. \U0001f54a\ufe0f Arlo Johannsen, 97, farmed the same section near Larimore for 71 "
    "years and was our oldest heart-failure patient. He died peacefully on 9/4 with his "
    "grandson Erik reading him the markets. Blessed be his memory.",
    [
        ("NAME", "Arlo Johannsen"),
        ("NAME", "Arlo", "*"),
        ("AGE", "97"),
        ("GEO", "Larimore"),
        ("DATE", "9/4"),
        ("NAME", "Erik"),
    ],
    note="Name, age 97, farm town, date of death, grandson.",
)

# 57
p(
    "es",
    "memorial",
    "Con mucho dolor despedimos a Do\u00f1a Chayo \u2014 Rosario Villarreal \u2014, quien por 20 a\u00f1os trajo "
    "a sus nietos a nuestra cl\u00ednica de pediatr\u00eda. Falleci\u00f3 el 2 de noviembre, D\u00eda de "
    "Muertos, rodeada de su familia en Grand Forks. Su nieta Kenia le puso su altar con pan "
    "de muerto y cempas\u00fachil. \U0001f56f\ufe0f",
    [
        ("NAME", "Chayo"),
        ("NAME", "Rosario Villarreal"),
        ("DATE", "2 de noviembre"),
        ("DATE", "D\u00eda de Muertos"),
        ("GEO", "Grand Forks"),
        ("NAME", "Kenia"),
    ],
    note="Grandmother of patients (a relative): nickname, name, date of death written twice, "
    "home city, granddaughter (a name that is also a country).",
)

# 58
p(
    "en",
    "memorial",
    "Our hearts are heavy. Paramedic Jake Wolden, who rode Unit 12 for 15 years, died in our "
    "ICU on Feb. 19 after the crash on I-94 near Valley City. His wife Amber and their boys "
    "ask that you hug your crew today. \U0001f5a4",
    [
        ("NAME", "Jake Wolden"),
        ("DATE", "Feb. 19"),
        ("GEO", "I-94"),
        ("GEO", "Valley City"),
        ("NAME", "Amber"),
    ],
    note="A staff member who died as our patient: name, date of death, road and town of the "
    "crash, wife. Unit 12 is an ambulance.",
)

# 59
n(
    "en",
    "memorial",
    "Today we remember Sister Mary Bernard Kline, who founded our Grand Forks hospital in 1926 "
    "with four nuns and a borrowed horse. She died in 1951 \u2014 and her rosary still hangs in "
    "our chapel. #FoundersDay",
    "A historical founder, not a patient; only bare years.",
)

# 60
p(
    "en",
    "memorial",
    "We mourn Mama Bahati Kasongo, a patient of our Family Medicine clinic for 15 years and "
    "the grandmother of our Congolese community, who passed at home in Fargo on Sunday, the "
    "12th. She was 94 and had survived two wars and one North Dakota January too many, she "
    "liked to say. Her son Pastor Emmanuel asks for prayers. \U0001f90e",
    [
        ("NAME", "Bahati Kasongo"),
        ("GEO", "Fargo"),
        ("DATE", "12th"),
        ("AGE", "94"),
        ("NAME", "Emmanuel"),
    ],
    note="Patient's name (Mama, Pastor are titles), home city, day of death as a day of the "
    "month, age 94, son. 'Sunday' and the generic January are not labelled.",
)

# 61
p(
    "en",
    "memorial",
    "the 6 east night crew lost a friend. stan 'the man' kowalczyk, from the polish side of "
    "minto, spent most of his last 2 years in and out of room 611 and taught half of us to "
    "play sheepshead. bed's still made the way he liked it. \U0001f494",
    [
        ("NAME", "stan 'the man' kowalczyk"),
        ("GEO", "minto"),
        ("OTHER_ID", "room 611"),
    ],
    note="Lower-case name with nickname, home town, his room.",
)

# 62
n(
    "en",
    "memorial",
    "We're saddened to share that Lois Brekken, who volunteered at our gift shop for 32 years "
    "and knitted 5,000 baby caps, has died at 91. Visitation is Friday 5-7 pm at "
    "Hanson-Runsvold in Fargo. \U0001f490",
    "A volunteer's obituary: she is not presented as a patient, so her name and age are "
    "not labelled.",
)

# 63
p(
    "en",
    "memorial",
    "A memorial fund for 4-year-old Kaya Morin, who died Jan. 2 after the house fire in St. "
    "John, has been set up by her family: gofundme.com/f/kaya-morin-memorial. Our pediatric "
    "team will wear purple Friday in her honor. \U0001f49c #KayasLight",
    [
        ("NAME", "Kaya Morin"),
        ("DATE", "Jan. 2"),
        ("GEO", "St. John"),
        ("URL", "gofundme.com/f/kaya-morin-memorial"),
        ("NAME", "#KayasLight"),
    ],
    note="Child's name, date of death, home town (St. John looks like a saint's name), "
    "family fundraiser URL, name hashtag.",
)

# 64
p(
    "en",
    "memorial",
    "FLAGS AT HALF STAFF AT OUR WILLISTON CLINIC TODAY FOR ROUGHNECK TY BRANDVOLD, 24, WHO DIED "
    "HERE ON THE 5TH AFTER THE WELL FIRE. TY LEAVES BEHIND HIS FIANC\u00c9E MORGAN AND A "
    "2-MONTH-OLD SON, BEAU. \U0001f1fa\U0001f1f8",
    [
        ("NAME", "TY BRANDVOLD"),
        ("NAME", "TY", "*"),
        ("DATE", "5TH"),
        ("NAME", "MORGAN"),
        ("NAME", "BEAU"),
    ],
    note="ALL-CAPS name, day of death, fiancee (household) and son. The hospital's Williston "
    "clinic is not GEO; 24 is not over 89.",
)

# 65
n(
    "es",
    "memorial",
    "Hoy, D\u00eda de Muertos, nuestra capilla del campus de Fargo tendr\u00e1 un altar comunitario. "
    "Traiga una foto o una flor para recordar a sus seres queridos. Todos son bienvenidos de "
    "10 a.m. a 6 p.m. \U0001f33c",
    "A holiday event at the chapel; the holiday is nobody's event and 'foto' is not a patient "
    "photo.",
)

# 66
p(
    "en",
    "memorial",
    "Pictured: Walt Sandvik on his 100th birthday last spring, with the 3 South nurses he "
    "called 'my harem' (his words, not ours \U0001f644). Walt died Tuesday with his daughters Jan "
    "and Kari at his side. He never once let us win at cribbage.",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Walt Sandvik"),
        ("NAME", "Walt", "*"),
        ("AGE", "100th"),
        ("NAME", "Jan"),
        ("NAME", "Kari"),
    ],
    note="Photo cue for the patient, his name, age 100, daughters (Jan looks like a month).",
)

# 67
n(
    "en",
    "memorial",
    "We join the state in remembering former Lt. Governor Margit Solheim, a nurse before she "
    "was a politician, who fought for rural ambulance funding in the 1980s. Our flags are at "
    "half-staff through Friday.",
    "A public figure's death, not presented as our patient.",
)

# 67b
p(
    "en",
    "memorial",
    "In loving memory of Marvin Ueland, 58, the elevator manager who got three of his crew out "
    "before the dust explosion at Page on Oct. 30 and died in our burn unit nine days later. "
    "His wife Lorna asks that memorials go to the volunteer fire department; the family's farm "
    "office takes pledges by fax at 701-555-0115. \U0001f56f\ufe0f",
    [
        ("NAME", "Marvin Ueland"),
        ("GEO", "Page"),
        ("DATE", "Oct. 30"),
        ("NAME", "Lorna"),
        ("FAX", "701-555-0115"),
    ],
    note="Name, the town of the explosion (Page, also a common noun), injury date, wife, the "
    "family farm office's fax. His employer is not labelled; 58 is under 90.",
)

# ---------------------------------------------------------------- milestone_birthday

# 68
p(
    "en",
    "milestone_birthday",
    "\U0001f382 Happy 100th, Thora! Thora Nygaard was born in a sod house near Wolford on March 11, "
    "1926 \u2014 which she says makes her 'older than sliced bread.' Her great-grandson Jonah led "
    "the 4 North nurses in a 'Hurra for deg' this morning.",
    [
        ("AGE", "100th"),
        ("NAME", "Thora Nygaard"),
        ("NAME", "Thora", "*"),
        ("GEO", "Wolford"),
        ("DATE", "March 11, 1926"),
        ("NAME", "Jonah"),
    ],
    note="Age 100, name, birthplace, full birth date with the year, great-grandson.",
)

# 69
p(
    "en",
    "milestone_birthday",
    "Guess who's 90 today?? \U0001f973 Our favorite dialysis regular, Hilmer 'Hap' Grinde! Hap has "
    "been coming to our Grand Forks unit three mornings a week since the Blizzard of '97 and "
    "has never once been late. Happy birthday, Hap!",
    [
        ("AGE", "90"),
        ("NAME", "Hilmer 'Hap' Grinde"),
        ("NAME", "Hap", "*"),
    ],
    note="Age 90 and name with nickname. 'today' is relative; '97 is a year, not an age.",
)

# 70
p(
    "es",
    "milestone_birthday",
    "\u00a1Feliz cumplea\u00f1os n\u00famero 95, do\u00f1a Cleotilde! \U0001f389 La se\u00f1ora Cleotilde Ramos Pe\u00f1a "
    "cumpli\u00f3 a\u00f1os el 12 de diciembre, d\u00eda de la Virgen de Guadalupe, y las enfermeras del "
    "3 Sur le cantaron Las Ma\u00f1anitas. Su hijo Baltazar trajo pan dulce para todos.",
    [
        ("AGE", "95"),
        ("NAME", "Cleotilde Ramos Pe\u00f1a"),
        ("NAME", "Cleotilde", "*"),
        ("DATE", "12 de diciembre"),
        ("DATE", "d\u00eda de la Virgen de Guadalupe"),
        ("NAME", "Baltazar"),
    ],
    note="Age 95, name, birthday written twice (date and feast day), son.",
)

# 71
p(
    "en",
    "milestone_birthday",
    "Ninety-nine candles is a fire hazard, so we went with one big one \U0001f56f\ufe0f Happy "
    "ninety-ninth to Esther Lindahl of Enderlin, who still does the Forum crossword in pen. "
    "She was born on the Fourth of July and insists the fireworks are for her.",
    [
        ("AGE", "Ninety-nine"),
        ("AGE", "ninety-ninth"),
        ("NAME", "Esther Lindahl"),
        ("GEO", "Enderlin"),
        ("DATE", "Fourth of July"),
    ],
    note="Age in words twice, name, home town, birthday as a holiday.",
)

# 72
p(
    "en",
    "milestone_birthday",
    "3 generations of Bhutanese grandmas on one floor \U0001f60d Today Jas Maya Subba celebrates "
    "100 years \u2014 or so her family thinks; the refugee camp papers just say 'Jan 1,' like "
    "everyone else's! Her granddaughter Pramila says the real party is at the Dashain feast.",
    [
        ("NAME", "Jas Maya Subba"),
        ("AGE", "100"),
        ("DATE", "Jan 1"),
        ("NAME", "Pramila"),
    ],
    note="Name, age 100, official birth date from camp papers, granddaughter. Dashain is a "
    "festival, not her date.",
)

# 73
n(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to our Grand Forks campus! \U0001f382 On May 3 we'll mark a century of "
    "care with free cake in the main lobby, 1350 Columbia Road, from 2 to 4 p.m. Everyone's "
    "invited.",
    "The hospital's centenary: event date and own address.",
)

# 74
n(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to Dr. Gerhard Mikkelsen, who delivered an estimated 9,000 babies in "
    "the Red River Valley before retiring in 2001 \u2014 and still comes to our OB holiday party "
    "every December! \U0001f389",
    "A retired physician's birthday: staff ages are never labelled.",
)

# 75
p(
    "en",
    "milestone_birthday",
    "SHE'S 103 AND SHE STILL BEAT US AT BINGO \U0001f3b2 Happy birthday to our rehab superstar "
    "Gladys Pfeifer from Hankinson! (Her son Wally, 78, wants everyone to know HE is the baby "
    "of the family.)",
    [
        ("AGE", "103"),
        ("NAME", "Gladys Pfeifer"),
        ("GEO", "Hankinson"),
        ("NAME", "Wally"),
    ],
    note="Age 103 in caps, name, home town, son (his age 78 is not labelled).",
)

# 76
p(
    "es",
    "milestone_birthday",
    "Nuestra paciente centenaria m\u00e1s querida, Do\u00f1a Epifania Luj\u00e1n, celebr\u00f3 ayer en el asilo "
    "de Moorhead con mariachi y todo \U0001f3ba. Naci\u00f3 el 6 de enero, D\u00eda de Reyes, as\u00ed que su "
    "rosca siempre viene con velas.",
    [
        ("AGE", "centenaria"),
        ("NAME", "Epifania Luj\u00e1n"),
        ("GEO", "Moorhead"),
        ("DATE", "6 de enero"),
        ("DATE", "D\u00eda de Reyes"),
    ],
    note="'centenaria' states an age over 89; name, town of her care home, birthday twice.",
)

# 77
p(
    "en",
    "milestone_birthday",
    "one hundred and one!! \U0001f4af\u2795\u0031\ufe0f\u20e3 happy birthday from all of us on 4 south to the "
    "one and only #GrandmaBirdie \u2014 she told us the secret is black coffee and never moving "
    "to arizona",
    [
        ("AGE", "one hundred and one"),
        ("NAME", "#GrandmaBirdie"),
    ],
    note="Age in words and the patient's nickname only in a hashtag. Arizona is a state.",
)

# 78
n(
    "en",
    "milestone_birthday",
    "A patient in her late 90s told our chaplain this week that her secret to a long life was "
    "'hot dish, cold winters, and minding my own business.' We're taking notes. \U0001f4dd "
    "#WisdomWednesday",
    "Anonymous; 'late 90s' is the permitted 90+ aggregate, not an age.",
)

# 79
p(
    "en",
    "milestone_birthday",
    "It's a double celebration on 6 West: Agnes and Orville Tveit, who still farm near "
    "Northwood, were married 70 years on the 21st, and Orville turned 91 the same week! "
    "\U0001f48d\U0001f382 Orville is recovering from a hip fracture; Agnes has been here every day with "
    "lemon bars.",
    [
        ("NAME", "Orville Tveit"),
        ("NAME", "Agnes", "*"),
        ("NAME", "Orville", "*"),
        ("GEO", "Northwood"),
        ("DATE", "21st"),
        ("AGE", "91"),
    ],
    note="Patient Orville (age 91) and wife Agnes, their farm town, wedding anniversary day.",
)

# 80
n(
    "en",
    "milestone_birthday",
    "Our interpreter program turns 25! Since 2001 we've served patients in more than 40 "
    "languages: Somali, Nepali, Swahili, Kirundi, Spanish, Arabic and many more. Thank you to "
    "the whole team! \U0001f30d",
    "A programme anniversary; no person.",
)

# ---------------------------------------------------------------- pasted_record

# 81
p(
    "en",
    "pasted_record",
    "PT: GARCIA, M   DOB 04/02/1958   MRN 00-773-4120\nRm 412-B  Dx: CAP, r/o sepsis\nF/u Dr. "
    "Anand  ***please do not post*** oops",
    [
        ("NAME", "GARCIA, M"),
        ("DATE", "04/02/1958"),
        ("MRN", "00-773-4120"),
        ("OTHER_ID", "Rm 412-B"),
    ],
    note="Chart-style name, date of birth, MRN, room. Dr. Anand is staff.",
)

# 82
p(
    "en",
    "pasted_record",
    "handoff note accidentally posted to the unit FB group, please delete: rm 412 nowak - "
    "fall risk, daughter (Wanda) calls after 8pm 701.555.0149, NPO after midnight for 8/14 hip",
    [
        ("OTHER_ID", "rm 412"),
        ("NAME", "nowak"),
        ("NAME", "Wanda"),
        ("PHONE", "701.555.0149"),
        ("DATE", "8/14"),
    ],
    note="Room, lower-case surname, daughter, her phone, surgery date.",
)

# 83
p(
    "en",
    "pasted_record",
    "Lost & found \U0001f9e4 Someone left a hospital bracelet in the Grand Forks parking ramp: "
    "'LAFROMBOISE, JOSEPH A  ENC# E20931187  ADM 01-17'. Security has it at the front desk.",
    [
        ("NAME", "LAFROMBOISE, JOSEPH A"),
        ("OTHER_ID", "E20931187"),
        ("DATE", "01-17"),
    ],
    note="Bracelet text: chart name, encounter number, admission date.",
)

# 84
p(
    "es",
    "pasted_record",
    "Nombre: Hern\u00e1ndez Cruz, Alma Delia | Fecha de nac.: 23/07/1984 | Expediente: NP-558-0431 | "
    "Seguro: Medicaid ND 7742018856 | Tel.: (701) 555-0137 | Direcci\u00f3n: 1517 4th Ave N, Grand "
    "Forks ND 58203",
    [
        ("NAME", "Hern\u00e1ndez Cruz, Alma Delia"),
        ("DATE", "23/07/1984"),
        ("MRN", "NP-558-0431"),
        ("HEALTH_PLAN", "7742018856"),
        ("PHONE", "(701) 555-0137"),
        ("GEO", "1517 4th Ave N"),
        ("GEO", "Grand Forks"),
        ("GEO", "58203"),
    ],
    note="Pasted registration: name, DOB (day/month), record number, Medicaid ID, phone, "
    "street, city and ZIP.",
)

# 85
p(
    "en",
    "pasted_record",
    "can someone on nights confirm \u2014 93yo F, bed 7, Olsen, pt of Dr. Kaur, family (son Dennis) "
    "wants a call before the 0600 labs. His cell is 218-555-0153",
    [
        ("AGE", "93yo"),
        ("OTHER_ID", "bed 7"),
        ("NAME", "Olsen"),
        ("NAME", "Dennis"),
        ("PHONE", "218-555-0153"),
    ],
    note="Chart shorthand age, bed, surname, son and his cell phone. Dr. Kaur is staff.",
)

# 86
p(
    "en",
    "pasted_record",
    "WORKERS COMP FAX COVER \u2014 TO: PRAIRIE ROCK ENERGY HR. EMPLOYEE: DUANE T. HEGGE. DOI: 11/02. "
    "SSN: XXX-XX-4471. CLAIM #: WC-22-80913. FAX BACK TO (701) 555-0198.",
    [
        ("NAME", "DUANE T. HEGGE"),
        ("DATE", "11/02"),
        ("SSN", "XXX-XX-4471"),
        ("OTHER_ID", "WC-22-80913"),
    ],
    note="Name, date of injury, masked SSN with last four, claim number. The employer and "
    "the hospital's own HIM fax are not labelled.",
)

# 87
p(
    "en",
    "pasted_record",
    "Security note for the ED lot: the red Silverado with ND plate 4KT-881 belongs to the "
    "patient brought in from the Hwy 2 rollover this morning (Tomas Dvorak). Please don't "
    "tow. Keys are with his brother Vaclav in the family room.",
    [
        ("VEHICLE", "4KT-881"),
        ("GEO", "Hwy 2"),
        ("NAME", "Tomas Dvorak"),
        ("NAME", "Vaclav"),
    ],
    note="Plate, road of the crash, patient and brother.",
)

# 88
p(
    "en",
    "pasted_record",
    "IT ticket pasted to the wrong channel \U0001f643: 'MyPlains portal user bjorgen.k77 locked out "
    "after 5 failed logins from 73.158.22.187, pt Karen Bjorgen, acct 4400-19283-7. Reset "
    "pending.'",
    [
        ("OTHER_ID", "bjorgen.k77"),
        ("IP", "73.158.22.187"),
        ("NAME", "Karen Bjorgen"),
        ("ACCOUNT", "4400-19283-7"),
    ],
    note="Portal user name, the patient's IP address, name, account number.",
)

# 89
p(
    "es",
    "pasted_record",
    "Nota de triaje copiada por error: 'Pte. masc., 34 a., Ubaldo C\u00e1zares, trabajador de pozo "
    "en Williston, quemadura 2.\u00ba grado brazo der. Lleg\u00f3 15/03 02:40 en ambulancia a\u00e9rea. "
    "Contacto: esposa, cel. 701-555-0192.'",
    [
        ("NAME", "Ubaldo C\u00e1zares"),
        ("GEO", "Williston"),
        ("DATE", "15/03"),
        ("PHONE", "701-555-0192"),
    ],
    note="Name, town where he works (well site), arrival date, wife's cell.",
)

# 90
n(
    "en",
    "pasted_record",
    "Reminder from Health Information Management: this is what a SAFE post looks like \U0001f447 "
    "Name: ________ DOB: __/__/____ MRN: ________ Room: ___. If you ever see a filled-in "
    "version of this on social media, report it to privacy@nprmc.org.",
    "A blank record template and the hospital's privacy e-mail.",
)

# 91
p(
    "en",
    "pasted_record",
    "copy of whiteboard, 5W, nights:\nRm 501 - ahmed, f (NPO)\nRm 502 - empty\nRm 503 - "
    "lindqvist jr. - ortho consult\npls don't screenshot this one lol",
    [
        ("OTHER_ID", "Rm 501"),
        ("NAME", "ahmed, f"),
        ("OTHER_ID", "Rm 503"),
        ("NAME", "lindqvist"),
    ],
    note="Room board: two rooms tied to patients and their lower-case names. The empty room "
    "502 is tied to no one; 'jr.' is left out of the span.",
)

# 92
p(
    "en",
    "pasted_record",
    "Pasting this from the family's CaringBridge so people stop calling the unit: 'Update on "
    "Lars (BCBS ND member ID XNP884201337): surgery moved to the 19th, room 7118, visitors "
    "after 2. \u2014Signe'",
    [
        ("NAME", "Lars"),
        ("HEALTH_PLAN", "XNP884201337"),
        ("DATE", "19th"),
        ("OTHER_ID", "room 7118"),
        ("NAME", "Signe"),
    ],
    note="Patient, member ID, surgery day of the month, room, the relative who wrote it.",
)

# 93
p(
    "es",
    "pasted_record",
    "Mensaje reenviado al grupo de WhatsApp de la iglesia (borrar, por favor): 'Mi pap\u00e1, "
    "Teodoro Balderas, est\u00e1 en el cuarto 316 del hospital de Fargo. Su n\u00famero de expediente "
    "es 7730-1185. Naci\u00f3 el 30 de abril de 1961. Pueden llamar a mi hermana Nayeli al "
    "701-555-0128.'",
    [
        ("NAME", "Teodoro Balderas"),
        ("OTHER_ID", "cuarto 316"),
        ("MRN", "7730-1185"),
        ("DATE", "30 de abril de 1961"),
        ("NAME", "Nayeli"),
        ("PHONE", "701-555-0128"),
    ],
    note="Name, room, record number, full DOB, daughter and her phone. 'hospital de Fargo' "
    "is the hospital.",
)

# 94
p(
    "en",
    "pasted_record",
    "DEVICE RECALL LETTER (sample copy left on the 3rd floor printer): 'Dear Mr. Abdi Nur, our "
    "records show your insulin pump, serial MMT-1780-QA44871, is affected. Your address on "
    "file: 3020 25th St S, Apt 6, Fargo.'",
    [
        ("NAME", "Abdi Nur"),
        ("DEVICE", "MMT-1780-QA44871"),
        ("GEO", "3020 25th St S, Apt 6"),
        ("GEO", "Fargo"),
    ],
    note="Name, device serial, street with apartment, city. '3rd floor' is the hospital's.",
)

# ---------------------------------------------------------------- staff_spotlight

# 95
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight \u2b50 Meet Dr. Amina Yusuf, pediatric hospitalist at our Fargo campus. Amina "
    "came to Fargo from the Dadaab camp at age 7, graduated from UND med school, and now runs "
    "our Somali-language asthma clinic. Fun fact: she's a fierce curler. \U0001f94c",
    "A physician's biography: staff history and places are not labelled.",
)

# 96
n(
    "en",
    "staff_spotlight",
    "Shoutout to Kevin 'Moose' Hjelmstad, our Grand Forks plow driver, who has not missed a "
    "single storm in 22 winters \u2744\ufe0f\U0001f69c If you parked in Lot C during last night's "
    "blizzard, Moose is the reason you got out this morning.",
    "Staff member with a nickname.",
)

# 97
n(
    "es",
    "staff_spotlight",
    "Conozca a Guadalupe 'Lupita' Serrano, enfermera biling\u00fce de nuestra cl\u00ednica de Williston. "
    "Lupita creci\u00f3 siguiendo la cosecha de remolacha con sus pap\u00e1s desde Eagle Pass y hoy "
    "atiende a las familias que hacen lo mismo. \u00a1Orgullo total! \U0001f49a",
    "A nurse's biography; her parents are staff family, not patients.",
)

# 98
n(
    "en",
    "staff_spotlight",
    "Nurse of the Year, Grand Forks campus: Britt Aamodt, RN, CCRN \U0001f3c6 Britt has worked 4 South "
    "for 17 years, precepted 60+ new grads and still brings her grandma's krumkake to every "
    "holiday potluck.",
    "Staff award.",
)

# 99
p(
    "en",
    "staff_spotlight",
    "Spotlight on respiratory therapist Dominic Pham! When little Zahra Ali (mom said we could "
    "share!) came in blue on Nov. 28, Dom was the first one at the bedside. Zahra's back in "
    "kindergarten and drew him a picture of a 'lung doctor superhero.' \U0001f9b8",
    [
        ("NAME", "Zahra Ali"),
        ("NAME", "Zahra", "*"),
        ("DATE", "Nov. 28"),
    ],
    note="Staff spotlight that names a child patient and her admission date; the therapist "
    "is not labelled.",
)

# 100
p(
    "en",
    "staff_spotlight",
    "This week's spotlight is a little different: our lab manager Sue Ellen Vogel is "
    "celebrating 5 years cancer-free \u2014 treated right here in our own cancer center after her "
    "diagnosis on Halloween 2020. Sue Ellen now leads our survivor walk team. \U0001f383\U0001f4aa",
    [
        ("NAME", "Sue Ellen Vogel"),
        ("NAME", "Sue Ellen", "*"),
        ("DATE", "Halloween 2020"),
    ],
    note="A staff member as patient: name and diagnosis date (holiday with year).",
)

# 101
n(
    "en",
    "staff_spotlight",
    "Meet Pastor Ingeborg Nesheim, our chaplain, who sings the old Norwegian table prayer at "
    "the bedside if you ask \u2014 in Norwegian, English or (she's learning) Somali. 'Every family "
    "has a prayer,' she says. \U0001f64f",
    "Chaplain spotlight.",
)

# 102
n(
    "en",
    "staff_spotlight",
    "\U0001f681 Flight crew spotlight: pilot Ray Whitefeather, flight nurse Kelsey Nordby and "
    "paramedic Samir Osman flew 412 missions last year, including 38 to the oil patch around "
    "Williston. Next time you hear the rotor over Fargo, give them a wave.",
    "Flight crew names and mission counts; '412' is a count, not a room.",
)

# 103
p(
    "en",
    "staff_spotlight",
    "From NICU baby to NICU nurse \U0001f499 Taylor Brekke was born here at 25 weeks on April 9, "
    "1999, and spent 110 days in the unit she now works in. Her old primary nurse, Deb Holt, "
    "retired last year \u2014 but came back to pin Taylor's badge.",
    [
        ("NAME", "Taylor Brekke"),
        ("NAME", "Taylor", "*"),
        ("DATE", "April 9, 1999"),
    ],
    note="A nurse who was our NICU patient: name and birth date. Deb Holt is staff.",
)

# 104
n(
    "en",
    "staff_spotlight",
    "Double trouble on 2 North: twin sisters Megan and Morgan Rud both started as new grad RNs "
    "this week \u2014 on the same unit their mom, Cindy, worked for 30 years. Welcome home, Rud "
    "sisters! \U0001f46f",
    "New nurses and their mother, a former nurse: staff family, not patients.",
)

# 105
n(
    "es",
    "staff_spotlight",
    "\u00a1Felicidades a nuestro int\u00e9rprete Abdiweli Farah, que hoy recibi\u00f3 el premio Estrella "
    "del Servicio! Abdiweli habla somal\u00ed, \u00e1rabe, suajili y \u2014 desde este a\u00f1o \u2014 un poco de "
    "espa\u00f1ol. \u2b50",
    "Staff award.",
)

# ---------------------------------------------------------------- health_tip

# 106
n(
    "en",
    "health_tip",
    "Grain bin safety 101 \U0001f33e Flowing grain can bury an adult in under 20 seconds. Never "
    "enter a bin alone, lock out the unloading auger, and wear a harness tied off to a "
    "lifeline. Questions? Our Farm Safety Program: (701) 555-0134.",
    "Safety tip and the hospital's farm-safety number.",
)

# 107
n(
    "en",
    "health_tip",
    "Below zero this week \U0001f976: frostbite can set in on exposed skin in under 10 minutes at "
    "-35\u00b0F windchill. Keep a winter survival kit in the car \u2014 blanket, candle, coffee can, "
    "snacks, phone charger. Stuck? Stay with the vehicle. #NDWinter",
    "Winter safety tip.",
)

# 108
n(
    "es",
    "health_tip",
    "Consejos para el fr\u00edo extremo: vista a sus ni\u00f1os en capas, cubra orejas y nariz, y nunca "
    "caliente la casa con la estufa de gas. Si alguien est\u00e1 confundido o muy somnoliento por "
    "el fr\u00edo, llame al 911. \u2744\ufe0f",
    "Cold-weather tip; 911 is a national line.",
)

# 109
n(
    "en",
    "health_tip",
    "Carbon monoxide poisoning spikes every time the power goes out in a storm. Generators "
    "belong OUTSIDE, 20 feet from windows. Put a CO detector on every floor. Poison Control: "
    "1-800-222-1222.",
    "CO tip; Poison Control is a national line.",
)

# 110
p(
    "en",
    "health_tip",
    "Tip from someone who learned the hard way: 'Wear the harness. I didn't, and I was in that "
    "bin for 4 hours.' \u2014 Jerome Pladson of Lakota, who was rescued by the Lakota Fire "
    "Department on Nov. 6 and spent 9 days with us. #GrainBinSafety",
    [
        ("NAME", "Jerome Pladson"),
        ("GEO", "Lakota", 1),
        ("DATE", "Nov. 6"),
    ],
    note="Patient, his home town (a tribe's name too) and rescue date. The second 'Lakota' "
    "names the fire department.",
    ok=("Lakota",),
)

# 111
p(
    "en",
    "health_tip",
    "Hockey parents: concussion signs don't always show up on the ice. Ask Kristi Moe \u2014 her "
    "son Mason, a Squirt goalie from Thief River Falls, seemed fine after a collision on Jan. "
    "20 and started vomiting at home hours later. Kristi wants every parent to know: when in "
    "doubt, sit them out. \U0001f3d2",
    [
        ("NAME", "Kristi Moe"),
        ("NAME", "Kristi", "*"),
        ("NAME", "Mason"),
        ("GEO", "Thief River Falls"),
        ("DATE", "Jan. 20"),
    ],
    note="Mother and son (patient), home town, injury date.",
)

# 112
n(
    "en",
    "health_tip",
    "Fasting for Ramadan with diabetes? Talk to your care team before the month starts. Our "
    "Somali- and Arabic-speaking diabetes educators can help adjust your insulin plan. Call "
    "the Diabetes Center at (701) 555-0100, option 4. \U0001f319",
    "General tip; a religious month and the hospital's line.",
)

# 113
n(
    "en",
    "health_tip",
    "Lefse, krumkake and lutefisk drowning in butter \u2014 we love a Norwegian Christmas as much "
    "as anyone \U0001f1f3\U0001f1f4. But December heart attacks are real. Take your meds with you when "
    "you travel, shovel slowly, and call 911 for chest pain.",
    "Holiday health tip; Christmas and December are nobody's event.",
)

# 114
p(
    "es",
    "health_tip",
    "'Yo pens\u00e9 que era solo cansancio.' Eso nos dijo Remedios Alan\u00eds, de East Grand Forks, "
    "cuando lleg\u00f3 con un derrame cerebral el 1.\u00ba de mayo. Conozca las se\u00f1ales: cara ca\u00edda, "
    "brazo d\u00e9bil, habla rara \u2014 \u00a1llame al 911 de inmediato! \U0001f9e0",
    [
        ("NAME", "Remedios Alan\u00eds"),
        ("GEO", "East Grand Forks"),
        ("DATE", "1.\u00ba de mayo"),
    ],
    note="Patient (a name that is also a common noun), home town, stroke date.",
)

# 115
n(
    "en",
    "health_tip",
    "Sunscreen in February? Yes. Snow reflects up to 80% of UV rays \u2014 sledders, ice fishermen "
    "and snowmobilers, protect your face! \u2600\ufe0f\u2744\ufe0f",
    "General tip.",
)

# 116
n(
    "en",
    "health_tip",
    "Flu shot clinics this week at all our sites \u2014 no appointment needed. Bring your insurance "
    "card (or don't \u2014 we'll vaccinate you anyway). Details: nprmc.org/flu \U0001f489",
    "General tip and the hospital's own URL.",
)

# ---------------------------------------------------------------- event

# 117
n(
    "en",
    "event",
    "Join us for the 12th annual Red River Valley Heart Walk on Saturday, Sept. 20 at "
    "Lindenwood Park! Registration opens at 8 a.m. All proceeds support our cardiac rehab "
    "program. \u2764\ufe0f #HeartWalkFM",
    "Event date, ordinal edition and venue.",
)

# 118
n(
    "es",
    "event",
    "\u00bfVa a tener a su beb\u00e9 en nuestro Centro de Nacimientos? Ofrecemos clases prenatales "
    "gratis en espa\u00f1ol el primer jueves de cada mes en el campus de Fargo. Llame al (701) "
    "555-0123 para inscribirse. \U0001f930",
    "Class schedule and the hospital's line.",
)

# 119
n(
    "en",
    "event",
    "Blood drive! \U0001fa78 Monday, Jan. 12, 10 a.m.\u20134 p.m., Fargo campus atrium, 4500 Red River "
    "Parkway. The UND Fighting Hawks will be giving too \u2014 come donate next to your favorite "
    "D-man.",
    "Event date and the hospital's address; athletes are public figures.",
)

# 120
p(
    "en",
    "event",
    "You're invited: the 3rd annual #SkateForSiri at Scheels Arena on Feb. 7! Siri Mathison was "
    "11 when she was diagnosed with leukemia on Feb. 7, 2023, and every year since, her "
    "hockey team skates on her 'cancerversary' to raise money for our pediatric oncology "
    "unit. \U0001f49c",
    [
        ("NAME", "#SkateForSiri"),
        ("DATE", "Feb. 7", 1),
        ("NAME", "Siri Mathison"),
        ("DATE", "Feb. 7, 2023"),
    ],
    note="Name hashtag, name, diagnosis date; the event date is stated to be her "
    "anniversary, so it is the same day again and labelled.",
)

# 121
n(
    "en",
    "event",
    "Syttende Mai parade \U0001f1f3\U0001f1f4 Our Grand Forks staff will march on May 17 with the Sons of "
    "Norway \u2014 come find the ambulance with the flags! Lefse at the finish line.",
    "A community holiday event, nobody's personal date.",
)

# 122
n(
    "en",
    "event",
    "Community iftar for Somali and Oromo families at our Fargo campus: Thursday, March 12, "
    "at sunset. Halal dinner, diabetes screening, kids' corner. Hosted with the Fargo Somali "
    "Community Center. All are welcome.",
    "Event date and partner organisation.",
)

# 123
p(
    "en",
    "event",
    "The Lake Sakakawea ice-fishing derby this year is dedicated to Ricky Grinnell, the Mandan "
    "fisherman our trauma team cared for after he fell through the ice on Dec. 30. Ricky will "
    "be there in a wheelchair, heckling. \U0001f3a3",
    [
        ("NAME", "Ricky Grinnell"),
        ("NAME", "Ricky", "*"),
        ("GEO", "Mandan"),
        ("DATE", "Dec. 30"),
    ],
    note="Patient, home town (also a tribe's name), injury date. The derby lake is the event "
    "venue.",
)

# 124
n(
    "es",
    "event",
    "Feria de salud gratis para trabajadores agr\u00edcolas \U0001f33e: domingo 14 de septiembre en la "
    "iglesia San Juan Bautista de Hillsboro. Presi\u00f3n arterial, vacunas, ex\u00e1menes de la vista. "
    "\u00a1Traiga a toda la familia!",
    "Event date and venue.",
)

# 125
n(
    "en",
    "event",
    "Pink the Rink night with the Fargo Force on Oct. 24! \U0001f3d2\U0001f497 Our breast cancer survivors "
    "will drop the puck, and $5 from every ticket supports mammograms for rural women.",
    "Event date; survivors are unnamed.",
)

# 126
p(
    "en",
    "event",
    "Big party on 7 East Friday at 2! \U0001f388 Monsieur Augustin Bahati-Lumbu turns 100 and his "
    "family is flying in from Kinshasa and Winnipeg. Staff, bring your best French.",
    [
        ("NAME", "Augustin Bahati-Lumbu"),
        ("AGE", "100"),
        ("GEO", "Kinshasa"),
        ("GEO", "Winnipeg"),
    ],
    note="Patient turning 100, hyphenated surname, the relatives' home cities.",
)

# 127
n(
    "en",
    "event",
    "Blizzard Bash 5K (yes, outdoors, yes, in January) \u2014 Jan. 24, 10 a.m., starting at our "
    "Grand Forks campus. Costumes encouraged. Last year's winner ran as a snowplow. "
    "\u2744\ufe0f\U0001f3c3",
    "Event date.",
)

# 128
p(
    "es",
    "event",
    "Este s\u00e1bado, misa y kerm\u00e9s en la parroquia San Jos\u00e9 para apoyar a la familia de Brayan "
    "Escamilla, de 9 a\u00f1os, quien sigue en nuestra unidad de quemados desde el incendio de su "
    "casa en Crookston el 17 de octubre. Su mam\u00e1, Yadira, agradece cada oraci\u00f3n. \U0001f64f",
    [
        ("NAME", "Brayan Escamilla"),
        ("GEO", "Crookston"),
        ("DATE", "17 de octubre"),
        ("NAME", "Yadira"),
    ],
    note="Child patient, home town, date of the fire, mother. The weekday is not a date.",
)

# ---------------------------------------------------------------- statistic

# 129
n(
    "en",
    "statistic",
    "By the numbers, 2025 \U0001f681: 1,214 air transports, 318 farm injuries, 41 grain-bin "
    "entrapments, 9 Turtle Mountain elders over 100 served by our telehealth program. Thank "
    "you to every crew that flew through the weather.",
    "Aggregates; 'elders over 100' is a population age.",
)

# 130
n(
    "en",
    "statistic",
    "North Dakota has one of the highest farm fatality rates in the country. Our trauma "
    "registry shows 62% of tractor rollovers we treated involved tractors without ROPS. "
    "#FarmSafetyWeek",
    "Statistic.",
)

# 131
n(
    "es",
    "statistic",
    "En 2025 nuestros int\u00e9rpretes atendieron 48,000 consultas: 31% en somal\u00ed, 22% en nepal\u00ed, "
    "18% en espa\u00f1ol, 11% en suajili. \u00a1Gracias por hacer que cada paciente entienda su "
    "atenci\u00f3n! \U0001f30d",
    "Statistic.",
)

# 132
p(
    "en",
    "statistic",
    "Fun stat: our oldest patient this year was 106 and our youngest weighed 1 lb 3 oz. "
    "Everyone in between got the same coffee. \u2615",
    [("AGE", "106")],
    note="A specific age over 89 of one (unnamed) patient is AGE.",
)

# 133
p(
    "en",
    "statistic",
    "Census check: 1,204 admissions in January, 37 frostbite amputations, and one record \u2014 "
    "98-year-old Clarence Folkedahl of Hillsboro, who drove himself in through the Jan. 9 "
    "storm with chest pain 'because the ambulance crew shouldn't have to be out in that.' "
    "\U0001f644\u2764\ufe0f",
    [
        ("AGE", "98-year-old"),
        ("NAME", "Clarence Folkedahl"),
        ("GEO", "Hillsboro"),
        ("DATE", "Jan. 9"),
    ],
    note="Age, name, home town; the storm date is his admission date. January as the census "
    "month is not his.",
)

# 134
n(
    "en",
    "statistic",
    "Statistically, February is our busiest month for slip-and-fall injuries. 1 in 3 adults "
    "over 65 falls each year. Wear cleats, salt the steps, and let the grandkids shovel. "
    "\U0001f9c2",
    "Statistic; population age.",
)

# 135
n(
    "en",
    "statistic",
    "Since our Williston clinic opened in 2013, we've treated 9,400 oil-field workers for "
    "injuries; the most common are hand and finger crush injuries (38%). Gloves on, hands "
    "clear. #Bakken",
    "Statistic.",
)

# 136
p(
    "en",
    "statistic",
    "Quick stat: in the last 5 years we've cared for 212 sugar-beet harvest workers. One of "
    "them, Evaristo Lugo, 67, now drives up every harvest from Mercedes, Texas, just to bring "
    "the night shift tamales. \U0001f604",
    [
        ("NAME", "Evaristo Lugo"),
        ("GEO", "Mercedes"),
    ],
    note="One named patient and his home city (Mercedes, also a first name). Age 67 and "
    "Texas are not labelled.",
)

# 137
n(
    "en",
    "statistic",
    "Our Ojibwe patient navigator program served 1,850 families from Turtle Mountain and "
    "Spirit Lake last year \u2014 and cut missed appointments by 40%. Miigwech to our navigators! "
    "\U0001fab6",
    "Population geography, not tied to a patient.",
)

# 138
n(
    "en",
    "statistic",
    "Did you know? 1 in 5 of our ICU beds was filled by a blizzard-related injury during the "
    "week of Jan. 6\u201312. Stay home when they say stay home. \U0001f6ab\U0001f697",
    "Aggregate dates, not any patient's.",
)

# ---------------------------------------------------------------- recruitment

# 139
n(
    "en",
    "recruitment",
    "Now hiring: travel RNs for our Williston clinic \U0001f6e2\ufe0f Sign-on bonus $15,000, housing "
    "stipend, and the best sunsets in the Bakken. Apply at nprmc.org/careers or call (701) "
    "555-0190.",
    "Recruitment, hospital URL and number.",
)

# 140
n(
    "es",
    "recruitment",
    "\u00bfEs biling\u00fce? \u00a1Buscamos int\u00e9rpretes m\u00e9dicos de espa\u00f1ol, somal\u00ed y nepal\u00ed! "
    "Capacitaci\u00f3n pagada. Env\u00ede su curr\u00edculum a empleos@nprmc.org \U0001f4e9",
    "Recruitment and the hospital's e-mail.",
)

# 141
n(
    "en",
    "recruitment",
    "Love hockey? Love nursing? Our Grand Forks ED is hiring nights \u2014 and the UND rink is 4 "
    "minutes from the ambulance bay. \U0001f3d2 #NurseJobs",
    "Recruitment.",
)

# 142
p(
    "en",
    "recruitment",
    "'You saved my life, so I came back to save somebody else's.' \u2764\ufe0f Former trauma patient "
    "Tyrese Olawale, who we met after the I-29 pileup on 2/3/2019, starts our CNA program "
    "Monday. Want to join him? Classes start monthly.",
    [
        ("NAME", "Tyrese Olawale"),
        ("GEO", "I-29"),
        ("DATE", "2/3/2019"),
    ],
    note="Former patient, road and date of his crash.",
)

# 143
n(
    "en",
    "recruitment",
    "Our CNA class of 22 graduated today! \U0001f393 Special shoutout to Hawa, Dil, Ngoy and "
    "Brittany \u2014 4 languages, 1 team. Now hiring for our next cohort.",
    "Graduating staff's first names.",
)

# 144
p(
    "en",
    "recruitment",
    "Why do I work here? Because of patients like Mr. Gustafson in room 320, who taught me to "
    "tie flies between his dialysis runs. \u2014Jenna, RN, 3 North. We're hiring: "
    "nprmc.org/careers",
    [
        ("NAME", "Gustafson"),
        ("OTHER_ID", "room 320"),
    ],
    note="A named patient and his room inside a recruiting post; the nurse is not labelled.",
)

# 145
n(
    "en",
    "recruitment",
    "Seeking a part-time farm safety educator to visit FFA chapters across the Red River "
    "Valley. Bonus points if you've ever climbed a grain leg. \U0001f33e Apply by March 31.",
    "A deadline is not a patient date.",
)

# 146
n(
    "es",
    "recruitment",
    "\u00a1\u00danase a nuestro equipo en la cl\u00ednica de Williston! Buscamos asistentes m\u00e9dicos "
    "biling\u00fces. Horario flexible y beneficios completos. Llame al (701) 555-0190.",
    "Recruitment and the hospital's number.",
)

# 147
p(
    "en",
    "recruitment",
    "Our travel nurses say the best part of Grand Forks isn't the hockey \u2014 it's patients like "
    "Ruby Whitetail, 104, who calls every new nurse 'my girl' and sends them home with a jar "
    "of chokecherry jelly. Come meet her: we're hiring. \U0001f352",
    [
        ("NAME", "Ruby Whitetail"),
        ("AGE", "104"),
    ],
    note="A named patient aged 104 used in a recruiting post.",
)

# 148
n(
    "en",
    "recruitment",
    "New grad residency info session: Tuesday, Nov. 18, 6 p.m., Zoom. Ask our nurses anything "
    "(yes, including 'how cold is it really'). Register: nprmc.org/residency",
    "Event date and hospital URL.",
)

# ---------------------------------------------------------------- crisis_update

# 149
n(
    "en",
    "crisis_update",
    "\u26a0\ufe0f BLIZZARD UPDATE: Both campuses are OPEN. Outpatient clinics in Grand Forks are closed "
    "today. If you have an appointment, we will call you to reschedule. Emergency departments "
    "are fully staffed. Do not travel. \U0001f4de (701) 555-0100",
    "Operational update and the main line.",
)

# 150
n(
    "en",
    "crisis_update",
    "Flood update: the Red River is expected to crest at 37 feet in Fargo on April 8. Our main "
    "campus is protected by the city's permanent flood wall; all services continue. "
    "Volunteers sandbagging at the Fargodome: thank you! \U0001f499",
    "Flood forecast date; volunteers unnamed.",
)

# 151
p(
    "en",
    "crisis_update",
    "UPDATE 4:15 PM: We have received 6 patients from the bus crash on Highway 18 near Hoople. "
    "At the family's request we can confirm that the driver, Gary Lunde of Hoople, is in "
    "serious condition. No other names will be released.",
    [
        ("GEO", "Highway 18"),
        ("GEO", "Hoople", "*"),
        ("NAME", "Gary Lunde"),
    ],
    note="Road and town of the crash, named patient, his home town.",
)

# 152
n(
    "en",
    "crisis_update",
    "Phone outage: our main line (701) 555-0100 is down. Please use (701) 555-0110 for the "
    "Grand Forks campus or the nurse line (701) 555-0123. If this is an emergency, call 911.",
    "Only the hospital's own numbers.",
)

# 153
p(
    "en",
    "crisis_update",
    "\u26a0\ufe0f CODE PINK LIFTED \u26a0\ufe0f THE INFANT REPORTED MISSING FROM 2 SOUTH AT 10:20 WAS FOUND SAFE "
    "WITH HER GRANDMOTHER IN THE PARKING RAMP. BABY GIRL KHADIJA IS BACK WITH MOM. THANK YOU TO "
    "FARGO PD.",
    [("NAME", "KHADIJA")],
    note="ALL-CAPS name of the infant patient; unit and time are not identifiers.",
)

# 154
n(
    "es",
    "crisis_update",
    "\u26a0\ufe0f AVISO: Por la tormenta de nieve, las cl\u00ednicas de Fargo y Grand Forks abrir\u00e1n a las "
    "10 a.m. Si su cita es antes, le llamaremos. Para emergencias, llame al 911. L\u00ednea de "
    "enfermer\u00eda: (701) 555-0123.",
    "Storm update with the hospital's line.",
)

# 155
p(
    "en",
    "crisis_update",
    "Families of workers injured in this morning's well-site explosion near Keene: our family "
    "liaison is at (701) 555-0100. We can confirm that Darnell Hughes and Jesse Twobears have "
    "been flown to Fargo and are in surgery. Jesse's wife, Kimberly: we have your number "
    "(701-555-0171) but the line is busy.",
    [
        ("GEO", "Keene"),
        ("NAME", "Darnell Hughes"),
        ("NAME", "Jesse Twobears"),
        ("NAME", "Jesse", "*"),
        ("NAME", "Kimberly"),
        ("PHONE", "701-555-0171"),
    ],
    note="Injury town, two patients, a wife and her number beside the hospital's line.",
)

# 156
n(
    "en",
    "crisis_update",
    "Visitor restrictions update: due to high flu and RSV activity, visitors must be 14 or "
    "older and limited to 2 per patient. Thanks for helping us protect our littlest and "
    "oldest patients. \U0001f637",
    "Policy update.",
)

# 157
n(
    "en",
    "crisis_update",
    "Statement regarding the Grand Forks campus power outage on Dec. 14: backup generators "
    "engaged within 8 seconds; no patient care was interrupted. We thank Nodak Electric crews "
    "for working through -30\u00b0F.",
    "Date of a hospital incident, not of a patient.",
)

# 158
p(
    "en",
    "crisis_update",
    "Update: the 17-year-old Devils Lake hockey player hurt in the rink roof collapse is in "
    "stable condition. His parents, Travis and Andrea Feist, thank everyone for the prayers "
    "and ask for privacy while Nolan recovers.",
    [
        ("GEO", "Devils Lake"),
        ("NAME", "Travis"),
        ("NAME", "Andrea Feist"),
        ("NAME", "Nolan"),
    ],
    note="Home town, parents and the patient's first name.",
)

# 159
n(
    "en",
    "crisis_update",
    "We are aware of a post circulating with a photo of a patient chart from our facility. The "
    "image is fake. We never post patient information, and we've reported the account. "
    "Questions: privacy@nprmc.org",
    "No patient named; the photo is not of a patient.",
)

# 160
n(
    "en",
    "crisis_update",
    "Road report for staff \U0001f6a7: I-94 closed Fargo to Jamestown, I-29 closed north of Grand "
    "Forks. Call your manager before you leave. Hotel rooms are available in the Fargo campus "
    "tower \u2014 call staffing at (701) 555-0190.",
    "Road closures not tied to a patient.",
)

# ---------------------------------------------------------------- research

# 161
n(
    "en",
    "research",
    "New study from our Rural Trauma Institute: farm injuries in the Red River Valley rose 14% "
    "during the 2024 harvest, with the sharpest rise among workers over 60. Full paper in the "
    "Journal of Agromedicine. \U0001f4c4",
    "Research aggregate.",
)

# 162
n(
    "en",
    "research",
    "We're enrolling! Our asthma study is looking for kids ages 6\u201314 from Somali, Bhutanese and "
    "Congolese families in Fargo-Moorhead. Participants get free air purifiers. Info: "
    "research@nprmc.org",
    "Recruitment of a population; hospital e-mail.",
)

# 163
p(
    "en",
    "research",
    "Meet the first patient in our CAR-T trial in North Dakota: Gerald 'Jerry' Nordquist, a "
    "retired Minot AFB mechanic, got his cells back on 10/10. 'Ten-ten, easy to remember,' he "
    "says.",
    [
        ("NAME", "Gerald 'Jerry' Nordquist"),
        ("DATE", "10/10"),
        ("DATE", "Ten-ten"),
    ],
    note="Name with nickname; infusion date written twice. The former employer is not labelled.",
)

# 164
n(
    "es",
    "research",
    "\u00bfSab\u00eda que el fr\u00edo extremo aumenta el riesgo de infarto? Nuestro equipo de cardiolog\u00eda "
    "public\u00f3 un estudio con 3,000 pacientes de Dakota del Norte. Leer m\u00e1s: "
    "nprmc.org/investigacion",
    "Research aggregate.",
)

# 165
n(
    "en",
    "research",
    "Congratulations to Dr. Halvor Strand and Dr. Nasra Egal, whose work on telehealth for "
    "Turtle Mountain elders just won a $2.1M NIH grant! \U0001f389 The study will follow 400 adults "
    "over 75 for five years.",
    "Researchers are staff; population ages.",
)

# 166
p(
    "en",
    "research",
    "Research participant spotlight \U0001f9ec Kanchi Mongar, 47, joined our Bhutanese diabetes "
    "genetics study in 2022. Her participant ID (BHU-0117) is on the poster in the atrium \u2014 "
    "she asked us to put her name next to it. 'My daughter Sabitri will read it someday,' she "
    "says.",
    [
        ("NAME", "Kanchi Mongar"),
        ("OTHER_ID", "BHU-0117"),
        ("NAME", "Sabitri"),
    ],
    note="Participant's name, study ID, daughter. Age 47 and the year are not labelled.",
)

# 167
n(
    "en",
    "research",
    "Research shows ice-fishing houses are a top source of CO poisoning in ND. Our toxicology "
    "team tested 80 houses on Devils Lake: 1 in 4 had dangerous CO levels. \U0001f3a3",
    "Study site, not a patient's home.",
)

# 168
p(
    "es",
    "research",
    "Gracias a Fidelina Ortega, de 93 a\u00f1os, la primera participante latina en nuestro estudio "
    "de memoria y envejecimiento. Su hija Maricruz la acompa\u00f1a a cada visita desde "
    "Breckenridge. \U0001f9e0",
    [
        ("NAME", "Fidelina Ortega"),
        ("AGE", "93"),
        ("NAME", "Maricruz"),
        ("GEO", "Breckenridge"),
    ],
    note="Participant-patient aged 93, daughter, home town.",
)

# 169
n(
    "en",
    "research",
    "New research on blizzard-related cardiac arrests: shoveling heavy snow raised the risk "
    "3-fold in men over 50 in our 10-year review. Published this week. #SnowShovelingSafety",
    "Research aggregate.",
)

# 170
n(
    "en",
    "research",
    "Our biobank now holds samples from 12,000 North Dakotans. Every sample is de-identified: "
    "no names, no birthdays, no addresses. Learn how your privacy is protected at "
    "nprmc.org/biobank.",
    "Aggregate; hospital URL.",
)

# ---------------------------------------------------------------- public_figure

# 171
n(
    "en",
    "public_figure",
    "Thank you, Governor Dana Rasmussen, for touring our Williston clinic today and talking "
    "with our oil-field trauma team about rural EMS funding. \U0001f3db\ufe0f",
    "Official's visit.",
)

# 172
n(
    "en",
    "public_figure",
    "The Fighting Hawks came to visit! \U0001f3d2 Goalie Anders Kjellberg and captain Mason Dupuis "
    "spent the afternoon signing pucks on our pediatric floor. (No, they wouldn't tell us the "
    "power-play strategy.)",
    "Visiting athletes.",
)

# 173
p(
    "en",
    "public_figure",
    "Get well soon, Coach! \U0001f3d2 Longtime Grand Forks Central hockey coach Dick Sundby had "
    "bypass surgery with our cardiac team on Jan. 15 and is already asking when he can go back "
    "behind the bench. His wife Carol says 'not this season.'",
    [
        ("NAME", "Dick Sundby"),
        ("DATE", "Jan. 15"),
        ("NAME", "Carol"),
    ],
    note="A local public figure as our patient: name, surgery date, wife. The school he "
    "coaches at is his employer.",
)

# 174
n(
    "en",
    "public_figure",
    "Two-time Olympic gold medalist and Grand Forks native Brit Halsey read 'Hockey Night in "
    "Fargo' to our NICU families today \U0001f947 and then did a very serious lap of the nurses' "
    "station in skates.",
    "Visiting athlete; her home town is not a patient's.",
)

# 175
n(
    "es",
    "public_figure",
    "\u00a1Visita especial! El lanzador de los RedHawks, Elvis Carrasquel, visit\u00f3 hoy a los ni\u00f1os "
    "de pediatr\u00eda y les regal\u00f3 gorras. \u00a1Gracias, Elvis! \u26be",
    "Visiting athlete.",
)

# 176
p(
    "en",
    "public_figure",
    "When country star Jody Raine heard that her biggest fan, Marlys Vik, 91, was stuck in our "
    "ICU during her Fargo tour stop, she showed up with a guitar. Marlys sang harmony. \U0001f3b8",
    [
        ("NAME", "Marlys Vik"),
        ("NAME", "Marlys", "*"),
        ("AGE", "91"),
    ],
    note="Patient and her age; the visiting singer is not labelled.",
)

# 177
n(
    "en",
    "public_figure",
    "On this day in 1957, bandleader Ole Ringsrud played a benefit dance in Fargo that paid for "
    "our first iron lung. \U0001f3ba The lung is now in our lobby museum.",
    "Historical public figure; a bare year.",
)

# 178
p(
    "en",
    "public_figure",
    "State Sen. Mark Bauer stopped by 4 West today \u2014 not for a photo op, but to thank the "
    "nurses who cared for his mother, Irene Bauer, 95, after her stroke on Easter Sunday.",
    [
        ("NAME", "Mark Bauer"),
        ("NAME", "Irene Bauer"),
        ("AGE", "95"),
        ("DATE", "Easter Sunday"),
    ],
    note="The senator is a patient's relative; his mother, her age and the holiday of her "
    "stroke. 'photo op' is not a photo.",
)

# 179
n(
    "en",
    "public_figure",
    "Our Bobby Sather Cancer Center turns 20 this year! Named for the Fargo-born NHL defenseman "
    "who died of melanoma in 1999, the center has treated 41,000 patients. \U0001f397\ufe0f",
    "A building named for a public figure who is not presented as our patient.",
)

# 180
p(
    "es",
    "public_figure",
    "El cantante norte\u00f1o Chuy Villalobos visit\u00f3 a su fan n\u00famero uno, Daniela Rosales, de 12 "
    "a\u00f1os, en la unidad de quemados. Daniela lleva aqu\u00ed desde el 8 de agosto. \u00a1Gracias, "
    "Chuy! \U0001f3a4",
    [
        ("NAME", "Daniela Rosales"),
        ("NAME", "Daniela", "*"),
        ("DATE", "8 de agosto"),
    ],
    note="Patient and admission date; the singer is not labelled.",
)

# 181
n(
    "en",
    "public_figure",
    "Congratulations to the NDSU Bison on another national title! \U0001f9ac Our sports medicine "
    "team is proud to care for your athletes all season long.",
    "Team congratulations.",
)

# 182
n(
    "en",
    "public_figure",
    "Bishop Thomas Reinholt blessed our new Grand Forks chapel on Sunday, joined by Pastor "
    "Sigrid Lee of First Lutheran and Imam Abdirizak Hersi. Three faiths, one prayer for "
    "healing. \U0001f64f",
    "Clergy at a hospital event.",
)

# 182b
n(
    "en",
    "public_figure",
    "Happy 100th birthday to WWII flight nurse and North Dakota Aviation Hall of Famer Alma "
    "Sletten, who trained at our Grand Forks school of nursing in 1945! She's celebrating at "
    "home in Minot with her family \u2014 we sent a cake. Questions about our nursing archive? "
    "Fax HIM at (701) 555-0198.",
    "A public figure's birthday: she is not presented as our patient, so her age over 89 "
    "and home town are not labelled; the fax is the hospital's.",
)

# ---------------------------------------------------------------- eponymous_condition

# 183
n(
    "en",
    "eponymous_condition",
    "Parkinson's Awareness Month \U0001f337 Our Movement Disorders Clinic offers free Rock Steady "
    "Boxing classes in Fargo and Grand Forks for people with Parkinson's disease. Call (701) "
    "555-0100 to sign up.",
    "Eponym and awareness month.",
)

# 184
n(
    "en",
    "eponymous_condition",
    "What is Guillain-Barr\u00e9 syndrome? A rare condition where the immune system attacks the "
    "nerves, sometimes after a stomach bug or flu. Tingling in feet that moves up? See a "
    "doctor fast. \U0001f9e0",
    "Eponym.",
)

# 185
n(
    "en",
    "eponymous_condition",
    "Down syndrome isn't a disease to fight \u2014 it's part of who someone is. \U0001f49b\U0001f499 Happy "
    "World Down Syndrome Day (March 21) from our Developmental Pediatrics team! Rock your "
    "socks!",
    "Eponym and awareness day.",
)

# 186
p(
    "en",
    "eponymous_condition",
    "Meet Addison 'Addie' Brandt, 8, of Wahpeton \u2014 Crohn's warrior, junior curler, and our "
    "Crohn's & Colitis Walk ambassador. Addie was diagnosed on 12/12 last year and says she's "
    "'done being quiet about poop.' \U0001f602 #AddieStrong",
    [
        ("NAME", "Addison 'Addie' Brandt"),
        ("NAME", "Addie", "*"),
        ("GEO", "Wahpeton"),
        ("DATE", "12/12"),
        ("NAME", "#AddieStrong"),
    ],
    note="Name with nickname (Addison is also an eponym), home town, diagnosis date, name "
    "hashtag. Crohn's is not labelled.",
)

# 187
n(
    "en",
    "eponymous_condition",
    "Hashimoto's? Graves'? Addison's? Three thyroid and adrenal conditions named after doctors "
    "\u2014 and all treatable. Our endocrinology team explains the difference in this week's blog: "
    "nprmc.org/blog",
    "Eponyms only.",
)

# 188
p(
    "es",
    "eponymous_condition",
    "Don Ferm\u00edn Ybarra, de Moorhead, vive con la enfermedad de Huntington desde hace 10 a\u00f1os. "
    "El 7 de julio, d\u00eda en que le diagnosticaron, sus hijos Julio y Araceli organizaron una "
    "carrera de 5K para nuestra cl\u00ednica. \u00a1Gracias, familia Ybarra!",
    [
        ("NAME", "Ferm\u00edn Ybarra"),
        ("NAME", "Ybarra", "*"),
        ("GEO", "Moorhead"),
        ("DATE", "7 de julio"),
        ("NAME", "Julio"),
        ("NAME", "Araceli"),
    ],
    note="Patient, home town, diagnosis anniversary, sons (Julio is also a month). "
    "Huntington is an eponym.",
)

# 189
n(
    "en",
    "eponymous_condition",
    "Raynaud's + North Dakota winters = a rough combo \U0001f976. If your fingers turn white then "
    "blue in the cold, try heated gloves and talk to your doctor. Fun fact: Maurice Raynaud "
    "described it in 1862.",
    "Eponym and the historical physician.",
)

# 190
p(
    "en",
    "eponymous_condition",
    "Lou Gehrig's disease took his voice, but not his sense of humor: Roger Eide, a Portland, "
    "N.D., seed dealer, 'spoke' to our ALS clinic team through his eye-gaze tablet on his "
    "last visit. 'Tell the Twins fans Lou was a Yankee, but I'm a Twin.' His wife Darla asked "
    "us to share his words.",
    [
        ("NAME", "Roger Eide"),
        ("GEO", "Portland"),
        ("NAME", "Darla"),
    ],
    note="Patient, home town (Portland, N.D.), wife. Lou Gehrig is an eponym and a public "
    "figure; N.D. is a state.",
)

# 191
n(
    "en",
    "eponymous_condition",
    "Alzheimer's caregivers, you are not alone \U0001f49c Our free support group meets the 2nd "
    "Tuesday of every month at the Fargo campus chapel, 6 p.m. Interpreters available in "
    "Somali, Nepali and Spanish.",
    "Eponym and a recurring meeting.",
)

# 192
n(
    "es",
    "eponymous_condition",
    "Junio es el Mes de la Concientizaci\u00f3n sobre el Alzheimer y el Cerebro. \U0001f9e0 S\u00edntomas "
    "tempranos: olvidar conversaciones recientes, perderse en lugares conocidos. Hable con su "
    "m\u00e9dico.",
    "Eponym and awareness month.",
)

# 193
p(
    "en",
    "eponymous_condition",
    "Eleven-year-old Bikash Tamang, one of our Tourette clinic kids, has a black belt as of "
    "Saturday. \U0001f94b His sensei, our own child psychologist Dr. Lena Fjeld, says he's the "
    "hardest-working kid in her dojo. His dad Dil Bahadur cried. (So did we.) #BikashBlackBelt",
    [
        ("NAME", "Bikash Tamang"),
        ("NAME", "Dil Bahadur"),
        ("NAME", "#BikashBlackBelt"),
    ],
    note="Patient, father, name hashtag. Tourette is an eponym; Dr. Fjeld is staff.",
)

# 194
n(
    "en",
    "eponymous_condition",
    "Apgar scores, Braxton Hicks, Montgomery glands... pregnancy is full of words named after "
    "people! \U0001f930 Our OB team will answer your questions live Thursday at noon.",
    "Eponyms only.",
)

# ---------------------------------------------------------------- sponsor

# 195
n(
    "en",
    "sponsor",
    "Huge thanks to Red River Farmers Co-op for sponsoring 500 grain-bin rescue tubes for "
    "rural fire departments across North Dakota! \U0001f33e\U0001f692 #FarmSafety",
    "Sponsor.",
)

# 196
n(
    "en",
    "sponsor",
    "This year's Radiothon is brought to you by Prairie State Bank and KNDR 1100 \u2014 and YOU. "
    "Tune in Dec. 4\u20135 and call (701) 555-0145 to give. \U0001f4fb",
    "Sponsors, event dates, the foundation's number.",
)

# 197
p(
    "en",
    "sponsor",
    "The Lindqvist Family Foundation has pledged $250,000 for our pediatric sedation suite. "
    "The gift honors Anna Lindqvist, who was treated here for leukemia in 2015 and is now "
    "studying nursing at NDSU. Her parents, Per and Karin, still bake for our staff every "
    "Christmas.",
    [
        ("NAME", "Lindqvist", 1),
        ("NAME", "Anna Lindqvist"),
        ("NAME", "Per"),
        ("NAME", "Karin"),
    ],
    note="Foundation of a former patient's parents: family surname, patient, parents (Per "
    "is also a word). NDSU and Christmas are not identifiers.",
)

# 198
n(
    "en",
    "sponsor",
    "Our Hockey Fights Cancer night was sponsored by Dakota Carriers, Inc. and the Grand Forks "
    "Kiwanis Club. \U0001f3d2\U0001f49c Together we raised $48,220 for the Family Lodge.",
    "Sponsors.",
)

# 199
p(
    "en",
    "sponsor",
    "Sponsor thank-you \U0001f64c Hagen's Hardware of Carrington is covering the cost of 1,000 CO "
    "detectors for families this winter. Owner Bud Hagen says it's personal: his "
    "granddaughter Ellie spent two nights on our PICU after a CO leak on Thanksgiving.",
    [
        ("NAME", "Hagen", 1),
        ("GEO", "Carrington"),
        ("NAME", "Bud Hagen"),
        ("NAME", "Ellie"),
        ("DATE", "Thanksgiving"),
    ],
    note="The sponsor is a patient's grandfather: his surname in the store name, his town, "
    "his name, the patient and the holiday of her poisoning.",
)

# 200
n(
    "en",
    "sponsor",
    "A cold thank-you (literally) to the Moorhead Youth Hockey Association, whose Squirt A team "
    "collected 2,000 pairs of mittens for our refugee health clinic \U0001f9e4.",
    "Sponsor.",
)

# 201
n(
    "es",
    "sponsor",
    "Patrocinador del mes: Transportes N\u00fa\u00f1ez e Hijos, de Grand Forks, que don\u00f3 el transporte "
    "para nuestras ferias de salud rurales. \u00a1Gracias, familia N\u00fa\u00f1ez!",
    "A donor family, not patients.",
)

# 202
p(
    "en",
    "sponsor",
    "Thanks to the Fargo Force for sponsoring tonight's Teddy Bear Toss! \U0001f9f8 Every bear goes "
    "to kids on our peds floor \u2014 and the first one goes to superfan Liam Oyelaran in room "
    "5127, who can't make it to the game this year.",
    [
        ("NAME", "Liam Oyelaran"),
        ("OTHER_ID", "room 5127"),
    ],
    note="Patient and his room in a sponsor post.",
)

# 203
n(
    "en",
    "sponsor",
    "Gold sponsors of the Snowflake Gala: Northern Grain Elevators, Valley Lutheran Homes, "
    "Dakota Oilfield Services and Dr. and Mrs. Peter Vangsness. Thank you! \u2744\ufe0f\u2728",
    "Sponsors and private donors.",
)

# 204
n(
    "en",
    "sponsor",
    "The Turtle Mountain Band of Chippewa Indians donated a new mobile dental unit to our "
    "Belcourt outreach program. Miigwech! \U0001f9b7\U0001f690",
    "A tribal nation as donor; the outreach site is the hospital's.",
)

# ---------------------------------------------------------------- hospital_contact

# 205
p(
    "en",
    "hospital_contact",
    "Found in the ER waiting room after a patient was discharged last night: a North Dakota "
    "driver's license, #HAU-48-2291, for Brynn Haugen, 2207 Elm St, West Fargo. Claim it at "
    "the Security desk with ID \u2014 or Brynn, call us at (701) 555-0100.",
    [
        ("LICENSE", "HAU-48-2291"),
        ("NAME", "Brynn Haugen"),
        ("NAME", "Brynn", "*"),
        ("GEO", "2207 Elm St"),
        ("GEO", "West Fargo"),
    ],
    note="Licence number, name, street and city beside the hospital's main line.",
)

# 206
n(
    "en",
    "hospital_contact",
    "Questions about your bill? Billing: (701) 555-0150. Medical records: (701) 555-0198 (fax) "
    "or records@nprmc.org. Main Fargo campus: 4500 Red River Parkway, Fargo, ND 58122.",
    "The hospital's own contacts and address.",
)

# 207
n(
    "en",
    "hospital_contact",
    "Our Grand Forks campus has moved its outpatient entrance to the north side while we build "
    "\U0001f3d7\ufe0f \u2014 1350 Columbia Road, Grand Forks, ND 58201. Parking in Ramp B is free for "
    "patients. Info: (701) 555-0110.",
    "The hospital's address and number.",
)

# 208
n(
    "es",
    "hospital_contact",
    "\u00bfNecesita un int\u00e9rprete? Llame a Servicios de Int\u00e9rpretes: (701) 555-0177. S\u00edganos en "
    "@NPRMC y en Facebook: Northern Plains Regional Medical Center. \U0001f4ac",
    "The hospital's number and handle.",
)

# 209
p(
    "en",
    "hospital_contact",
    "If you found a brown leather wallet in the Fargo ED waiting area Sunday, it belongs to a "
    "patient, Donald Ostlie. Please drop it at Security or call the family directly at (218) "
    "555-0117. Our main line is (701) 555-0100.",
    [
        ("NAME", "Donald Ostlie"),
        ("PHONE", "(218) 555-0117"),
    ],
    note="Patient and the family's phone next to the hospital's.",
)

# 210
n(
    "en",
    "hospital_contact",
    "Media inquiries: (701) 555-0162 or media@nprmc.org. For after-hours requests, page the PR "
    "on-call through the operator at (701) 555-0100. Please do not call our units directly.",
    "Hospital contacts.",
)

# 211
p(
    "en",
    "hospital_contact",
    "To everyone asking how to send messages to the Yusuf family after last week's apartment "
    "fire in Moorhead: they've asked that cards and messages go to yusuffamilyfund@outlook.com "
    "rather than our unit phones. Thank you for respecting their privacy. \U0001f64f",
    [
        ("NAME", "Yusuf"),
        ("GEO", "Moorhead"),
        ("EMAIL", "yusuffamilyfund@outlook.com"),
    ],
    note="Family surname, town of the fire (their home), the family's e-mail.",
)

# 212
n(
    "en",
    "hospital_contact",
    "New: Williston Outreach Clinic now open Saturdays 8\u2013noon! 310 Dakota Parkway, Williston, "
    "ND 58801. Walk-ins welcome. (701) 555-0188.",
    "The hospital's own clinic address and number.",
)

# 213
n(
    "en",
    "hospital_contact",
    "We're on Instagram and X as @NPRMC \u2014 our Foundation posts at @NPRMCFoundation and our "
    "Grand Forks campus at @NPRMC_GF. Beware of fake accounts asking for donations! \U0001f6ab",
    "The hospital's handles.",
)

# 214
p(
    "en",
    "hospital_contact",
    "Lots of you have asked how Kenji is doing after the snowmobile crash on Lake Ashtabula "
    "\U0001f499 His family is posting updates at @kenjis_comeback \u2014 please follow there instead "
    "of calling 5 West. Our nurse line is (701) 555-0123 for your own health questions.",
    [
        ("NAME", "Kenji"),
        ("GEO", "Lake Ashtabula"),
        ("OTHER_ID", "@kenjis_comeback"),
    ],
    note="Patient, the lake of his crash, the family's handle beside the nurse line.",
)

# 215
n(
    "es",
    "hospital_contact",
    "Direcci\u00f3n del campus de Fargo: 4500 Red River Parkway, Fargo, ND 58122. Estacionamiento "
    "gratis en la rampa A. L\u00ednea de enfermer\u00eda en espa\u00f1ol las 24 horas: (701) 555-0123.",
    "The hospital's address and line.",
)

# 216
n(
    "en",
    "hospital_contact",
    "Patient portal down? Call the MyPlains help desk at (701) 555-0150, option 2, or email "
    "portalhelp@nprmc.org. We'll never ask for your password. \U0001f510",
    "Hospital contacts.",
)

# ---------------------------------------------------------------- campaign_hashtag

# 217
n(
    "en",
    "campaign_hashtag",
    "#NPRMCStrong isn't just a hashtag \u2014 it's 4,800 people who showed up during the blizzard. "
    "\U0001f499\u2744\ufe0f #HealthcareHeroes #NDStrong",
    "Campaign hashtags.",
)

# 218
n(
    "en",
    "campaign_hashtag",
    "This Giving Tuesday, help us hit $100K for farm-safety kits! Every $25 buys a grain-bin "
    "rescue harness. \U0001f33e #HarvestHope #GiveND nprmcfoundation.org/give",
    "Campaign hashtags and the foundation URL.",
)

# 219
p(
    "en",
    "campaign_hashtag",
    "The #PlainsPlunge raised $31K for pediatric oncology \U0001f976\U0001f3ca and our top fundraising "
    "team was #TeamTeagan \u2014 led by 7-year-old Teagan's grandpa, Dale Skarphol, who jumped in "
    "the Woodlawn Park pond at -12\u00b0F. #ColdForACause",
    [
        ("NAME", "#TeamTeagan"),
        ("NAME", "Teagan"),
        ("NAME", "Dale Skarphol"),
    ],
    note="Patient name hashtag among campaign hashtags, the patient and her grandfather. The "
    "plunge venue is an event site.",
)

# 220
n(
    "en",
    "campaign_hashtag",
    "Rock your mocs today for #NativeAmericanHeritageMonth \U0001fab6 Our Turtle Mountain and Spirit "
    "Lake navigators are wearing theirs \u2014 share yours with #RockYourMocs!",
    "Campaign hashtags.",
)

# 221
p(
    "es",
    "campaign_hashtag",
    "Usa el hashtag #FuerzaAlexa para enviarle mensajes a nuestra peque\u00f1a guerrera de 6 a\u00f1os, "
    "que est\u00e1 en el 5 Oeste desde el 30 de junio. \u00a1Sus pap\u00e1s leen cada mensaje en voz alta! "
    "\U0001f4aa\U0001f496",
    [
        ("NAME", "#FuerzaAlexa"),
        ("DATE", "30 de junio"),
    ],
    note="Name only in the hashtag; admission date. The unit is not an identifier.",
)

# 222
n(
    "en",
    "campaign_hashtag",
    "#GrainBinSafety week! Share a photo of your lockout tags and tag @NPRMC for a chance to "
    "win a rescue harness for your local fire department. \U0001f512",
    "Campaign; the photo is of equipment.",
)

# 223
n(
    "en",
    "campaign_hashtag",
    "#BlizzardBaby trend is real: births jumped 22% nine months after the March storm \U0001f605 "
    "Coincidence? Our OBs have thoughts. #NPRMCFamilies",
    "Campaign hashtags and aggregate.",
)

# 224
p(
    "en",
    "campaign_hashtag",
    "#hunterstrong \U0001f4aa the whole town of Lisbon turned out in orange today for hunter "
    "halvorson, who's been in our burn unit since the grain dryer fire on 10/28. his sister "
    "maddie made the shirts.",
    [
        ("NAME", "#hunterstrong"),
        ("GEO", "Lisbon"),
        ("NAME", "hunter halvorson"),
        ("DATE", "10/28"),
        ("NAME", "maddie"),
    ],
    note="Lower-case name hashtag and name (a common noun), home town (also a foreign "
    "capital), injury date, sister.",
)

# 225
n(
    "en",
    "campaign_hashtag",
    "Take the #LefseChallenge! \U0001f954 Roll your best round, post it, and donate $5 to our Meals "
    "on Wheels program. Our CEO Dr. Karla Ness is already on round 14. #NorwegianAndProud",
    "Campaign; the CEO is staff.",
)

# 226
p(
    "en",
    "campaign_hashtag",
    "Thank you for 10,000 shares of #HopeForHaile \U0001f64f Haile Tesfaye, 16, from the Eritrean "
    "community in Grand Forks, is still waiting for a kidney. Registry info: nprmc.org/donor. "
    "#DonateLife",
    [
        ("NAME", "#HopeForHaile"),
        ("NAME", "Haile Tesfaye"),
        ("GEO", "Grand Forks"),
    ],
    note="Name hashtag, name, home city. #DonateLife is a campaign tag.",
)

# 227
n(
    "es",
    "campaign_hashtag",
    "#Vac\u00fanateND \U0001f489 Vacunas gratis contra la gripe para trabajadores agr\u00edcolas todos los "
    "s\u00e1bados de octubre en la cl\u00ednica m\u00f3vil. \u00a1Traiga a su familia! #SaludDelCampo",
    "Campaign hashtags.",
)

# 228
n(
    "en",
    "campaign_hashtag",
    "#ThankANurse \U0001f490 Tag the nurse who changed your life. We'll read every one. (Please don't "
    "share patient details \u2014 just the love!)",
    "Campaign hashtag.",
)

# ---------------------------------------------------------------- anonymous_story

# 229
n(
    "en",
    "anonymous_story",
    "A 19-year-old roughneck came into our Williston clinic last month with a cut he'd been "
    "ignoring for a week. It was infected to the bone. He's OK \u2014 but please: clean it, cover "
    "it, and come see us. \U0001fa79",
    "Anonymous; age under 90 and the hospital's clinic.",
)

# 230
n(
    "en",
    "anonymous_story",
    "One of our Somali grandmothers has been teaching our night nurses to make shaah (spiced "
    "tea). She won't let us say her name, but she will let us say: the cardamom is the "
    "secret. \u2615",
    "Anonymous.",
)

# 231
p(
    "en",
    "anonymous_story",
    "The patient in room 214 asked us to post this: 'To whoever shoveled my car out of Ramp C "
    "while I was in surgery \u2014 you restored my faith in Fargo. Coffee's on me.' \u2615\u2744\ufe0f",
    [("OTHER_ID", "room 214")],
    note="A room number tied to a patient is an identifier.",
)

# 232
n(
    "es",
    "anonymous_story",
    "Una abuelita de m\u00e1s de 90 a\u00f1os nos dijo hoy: 'En mi pueblo no hab\u00eda hospital; aqu\u00ed me "
    "tratan como reina.' No quiso dar su nombre, pero s\u00ed nos dio un abrazo. \U0001f451",
    "Anonymous; 'm\u00e1s de 90' is the 90+ aggregate, not a specific age.",
)

# 233
p(
    "en",
    "anonymous_story",
    "Overheard on 6 East: a 102-year-old retired rural mail carrier telling a med student that "
    "the blizzard of 1941 was 'worse than whatever you kids call a polar vortex.' He's probably "
    "right. \U0001f328\ufe0f",
    [("AGE", "102-year-old")],
    note="Unnamed patient with a specific age over 89; 1941 is a bare year.",
)

# 234
n(
    "en",
    "anonymous_story",
    "A dad drove 3 hours from the reservation through a whiteout so his son could make his "
    "chemo appointment. When he got here, he apologized for being 10 minutes late. We're not "
    "crying, you are. \U0001f499",
    "Anonymous; unnamed place.",
)

# 235
p(
    "es",
    "anonymous_story",
    "Un beb\u00e9 nacido en la ambulancia en la carretera 2 el pasado 25 de enero ya cumpli\u00f3 un a\u00f1o "
    "\u2014 sus pap\u00e1s nos mandaron una foto soplando su velita. \U0001f56f\ufe0f \u00a1Gracias por acordarse de "
    "nosotros!",
    [
        ("GEO", "carretera 2"),
        ("DATE", "25 de enero"),
    ],
    note="Road of the birth and birth date of an unnamed baby. The photo was sent privately, "
    "not attached, so no PHOTO.",
)

# 236
n(
    "en",
    "anonymous_story",
    "A woman in her 90s was brought in from a farmhouse outside town after the power went out "
    "for 3 days. She'd kept warm with 14 quilts and a lot of stubbornness. She's recovering. "
    "Check on your neighbors. \U0001f3da\ufe0f",
    "Anonymous; a decade range and an unnamed town.",
)

# 237
p(
    "en",
    "anonymous_story",
    "A grain hauler from Pekin walked into our ED on his own two feet after a bin collapse "
    "pinned him for an hour. He won't let us use his name (his words: 'I'm not a hero, I'm a "
    "Lutheran'), but Pekin \u2014 he's OK.",
    [("GEO", "Pekin", "*")],
    note="Nameless patient with his home town (also an old name of a foreign capital).",
)

# 238
n(
    "en",
    "anonymous_story",
    "Last night a snowplow driver found a man stuck in a ditch near the Canadian border and "
    "followed the ambulance all 90 miles to our ED to make sure he made it. Some heroes drive "
    "plows. \U0001f69c\u2764\ufe0f",
    "Anonymous; '90 miles' is a distance, not an age.",
)

if __name__ == "__main__":
    S.main("phi_dev56_source")
