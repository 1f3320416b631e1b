"""Blind development set d61 for the PHI scanner: tests/data/phi_dev61.jsonl.

Organisation: North Star Family Health (phi_dev61_org.json), a fictional family
health system with a Minneapolis campus (2900 Bloomington Avenue), a St. Paul
campus (640 University Avenue West) and an East Side clinic (455 Arcade Street);
main lines, Hmong / Somali / Spanish / Karen interpreter lines, a nurse line, a
behavioral health line, a foundation line and media relations, all 555-01xx;
domains northstarfamilyhealth.org and nsfhfoundation.org; handles @NorthStarFH,
@NorthStarFamilyHealth, @NSFH_Kids, @nsfhfoundation.
Focus: Somali, Hmong, Karen, Ojibwe, Ecuadorian and Mexican families of the Twin
Cities: Hmong clan surnames and two-part given names, Somali three-part names,
Karen honorific prefixes, Ojibwe names and reservations, Kichwa and double
Spanish surnames; winter, ice and lake injuries, ice fishing and fish houses,
snowmobiles, the State Fair, interpreter lines.
Hard cases: given names that are ordinary words (Hope, Winter, Said, Her,
Segundo, Luz, Socorro, Refugio, Dale, Pa, True, Storm); surnames that are words
or pronouns (Her, Goodsky, Thunder, Lee); names only in hashtags; lower-case,
ALL-CAPS and "LAST, FIRST" chart names; initials; nicknames; Somali and Hmong
relatives in passing; a staff nurse, a volunteer and a staff member's child who
are themselves patients; reservations, lakes, refugee camps and foreign towns;
holidays that are the patient's day (Eid al-Fitr, Hmong New Year, Día de la
Virgen, Christmas Eve); day of month alone; ages over 89 as digits, words,
ordinals, "94yo", "centenaria"; family phones (including 555-01xx numbers that
are not the hospital's) and e-mails next to the hospital's own; MRNs, encounter
numbers, beds, snowmobile registrations, fishing licences, device serials and
portal user names. Hard negatives: staff with the same Hmong/Somali names as
patients, a 94-year-old volunteer, donors and family foundations, visiting public
figures, historical figures, eponymous conditions (Raynaud, Kawasaki, Guillain-
Barré...), awareness days, event dates at lakes and parks, statistics, campaign
hashtags that look like name hashtags (#AskNookomis, #TeamHope), anonymous
stories ("a patient in her 90s"), and the hospital's own numbers and addresses.
Language mix: 240 posts, 170 English and 70 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Honorific and kinship prefixes are not part of a NAME span: Karen "Saw" / "Naw" /
  "Thra", Somali "Hooyo" / "Ayeeyo" / "Mama", Hmong "Niam Tais" / "Txiv" / "Pog",
  Ojibwe "Nokomis" / "Mishoomis", English Grandma / Mr. / Mrs. / Sgt. / Coach,
  Spanish don / doña / Sra. / abuelita.
- Hmong clan names used for a patient's family ("the Xiong clan", "tsev neeg
  Vang") are family surnames: NAME.
- A reservation or tribal community named as where the patient or family lives
  or comes from is GEO; the span is the name as written, with "Reservation" when
  it is written as part of the name ("White Earth Reservation"). Tribal nation /
  band names used as an affiliation or an ethnicity ("Ojibwe", "Anishinaabe",
  "Red Lake Nation citizen") are not GEO. The same for refugee camps and foreign
  towns of origin (Dadaab, Ban Vinai, Mae La, Azogues, Tlapa): GEO; countries,
  Mexican and Ecuadorian states / provinces (Michoacán, Guerrero, Azuay) are not.
- The lake, river or trail where the patient's accident happened is GEO, as the
  road of a crash is. Lakes and parks that are event venues are not.
- The State Fair is an event, not geography: never GEO; the date of a patient's
  injury there is DATE.
- Decade ranges and open ranges for a patient ("in her 90s", "in his 90s",
  "noventa y tantos", "más de 90 años") are the aggregate Safe Harbor category, not
  AGE. An exact age over 89 is AGE even when the patient is unnamed
  (the holdout decision), and the post is then patient-specific.
- A staff member, volunteer or public figure who is the patient in the post is
  labelled like any patient; a staff member introduced as the parent of a patient
  is a patient's relative and is labelled. Staff acting as staff are never labelled,
  even in the same post.
- A patient's employer is NAME (the holdout decision).
- Holidays and festivals on which the patient's event happened (Eid al-Fitr, Hmong
  New Year, Día de la Virgen de Guadalupe, Christmas Eve, Día de los Difuntos) are
  DATE; the same festivals as hospital events or greetings are not.
- A family's social handle and a portal user name are OTHER_ID; a fundraising or
  CaringBridge page of a patient is URL.
- A snowmobile / ATV registration or boat number is VEHICLE; a fishing licence or
  fish-house licence tag number is LICENSE; an implant or pump serial is DEVICE.
- A clinic-visit, device-check, follow-up or return-to-work date of a patient is DATE
  (a date element tied to the patient).
- Another form of the same day is DATE too ("Dec. 21, the longest night of the year";
  "Leap day ... 2/29"; "the 27th night of Ramadan"); "opening day" (of the Fair) is a
  relative expression and is not labelled. Bare years ("in 2004", "(2011–2025)") are
  never labelled.
- Spanish day of month alone: "el día 5" -> "día 5" (the article is left out, like
  "el" before "5 de mayo").
- In a patient's post, identifiers of people who are neither patients nor relatives
  (the other driver's plate, staff, interpreters) stay unlabelled.
- The hospital's own clinics, units (5 West, 4 North, 5 Oeste), campuses and
  neighbourhood clinic names ("our Cedar-Riverside clinic") are not GEO even in a
  patient's post; community centres, schools and mosques are not identifiers (unless
  the school is the patient's employer: a coach's school is NAME), but the
  neighbourhood or town that tells where the patient lives is GEO.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev61.jsonl"), os.path.join(HERE, "phi_dev61_org.json"), "d61")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Tou Lor was ice fishing on Mille Lacs with his dad Neng when the ice gave way on January 9. Forty minutes in 33-degree water. Today he walked out of 5 West on his own two feet. 🧊💪 #TouStrong #NorthStarStrong",
    [
        ("NAME", "Tou Lor"),
        ("NAME", "Neng"),
        ("GEO", "Mille Lacs"),
        ("DATE", "January 9"),
        ("NAME", "#TouStrong"),
    ],
    note="patient Tou Lor and his father Neng; the lake of the accident is GEO; the injury date; #TouStrong is a name hashtag, #NorthStarStrong is the campaign; 5 West is a unit",
)

# 2
n(
    "en",
    "health_tip",
    "Ice is never 100% safe. 4 inches for walking, 5-7 for a snowmobile, 8-12 for a car. Check ice reports before you head out to Mille Lacs or Lake of the Woods this weekend. #IceSafety",
    "general ice-safety tip; lakes named as destinations for everyone, no patient",
)

# 3
p(
    "es",
    "discharge",
    "¡Se va a casa! Después de 51 días en la UCIN, la pequeña Luz Quishpe Tenesaca sale hoy con su mamá, Rosa, y su papá, Segundo. Nació el 2 de noviembre, Día de los Difuntos, con apenas 26 semanas. Sus abuelos en Azogues ya la esperan por videollamada 💛",
    [
        ("NAME", "Luz Quishpe Tenesaca"),
        ("NAME", "Rosa"),
        ("NAME", "Segundo"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de los Difuntos"),
        ("GEO", "Azogues"),
    ],
    note="baby with a Kichwa double surname; parents Rosa and Segundo (an ordinary word used as a name); birth date written twice (date and holiday); grandparents' Ecuadorian town is family GEO",
)

# 4
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Pa Houa Xiong, our new family medicine physician at the St. Paul campus. She grew up in Frogtown, speaks Hmong and English, and says her grandmother's herb garden is why she went into medicine. Welcome, Dr. Xiong! 🌿",
    "staff physician with a Hmong name; her own neighbourhood and grandmother are a staff member's, not a patient's",
)

# 5
p(
    "en",
    "pasted_record",
    "VANG, PA HOUA  DOB 03/14/1957  MRN 0048-2213  Rm 612-B  Dx: CHF exacerbation  f/u w/ Dr. Moua 2 wks",
    [
        ("NAME", "VANG, PA HOUA"),
        ("DATE", "03/14/1957"),
        ("MRN", "0048-2213"),
        ("OTHER_ID", "Rm 612-B"),
    ],
    note="chart line pasted by mistake: LAST, FIRST name, DOB, MRN, room with keyword; Dr. Moua is staff",
)

# 6
n(
    "en",
    "event",
    "Hmong New Year health fair at the St. Paul campus, Saturday Nov. 23, 10am–3pm. Free flu shots, blood pressure checks, and Hmong-speaking nurses. Questions? Call our Hmong line at 612-555-0142.",
    "hospital event date and the hospital's Hmong interpreter line",
)

# 7
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to Grandma Hawo! 🎉 Hawo Abdi Warsame came to Minnesota from Dadaab in 2004 and has been a patient at our Cedar-Riverside clinic ever since. Her great-grandkids brought enough sambusas for the whole floor.",
    [("AGE", "100th"), ("NAME", "Hawo Abdi Warsame"), ("NAME", "Hawo", "*"), ("GEO", "Dadaab")],
    note="age over 89 as an ordinal; Somali three-part name; refugee camp of origin is GEO; the bare year is not labelled; our Cedar-Riverside clinic is the hospital's own",
)

# 8
n(
    "en",
    "public_figure",
    "Thank you to Rep. Ilhan Omar for visiting our Somali health navigators today and talking about vaccine access in Cedar-Riverside. 🙏",
    "visiting public figure; the neighbourhood is a community, not a patient's home",
)

# 9
p(
    "en",
    "thank_you",
    "to the family of mr. chue yang in room 418: thank you for the egg rolls and the kindness. 4 North will miss you all. —night shift",
    [("NAME", "chue yang"), ("OTHER_ID", "room 418")],
    note="lower-case patient name; room number with keyword; 4 North is a unit",
)

# 10
n(
    "en",
    "eponymous_condition",
    "February is Raynaud's awareness month. If your fingers turn white or blue in the cold, you're not being dramatic. Mittens > gloves, and talk to your provider. #MinnesotaWinter",
    "eponymous condition and an awareness month",
)

# 11
p(
    "es",
    "memorial",
    "Con profundo cariño despedimos a don Refugio Ramírez-Ortega, quien falleció el 14 de enero rodeado de su familia. Don Cuco, como le decían todos en West St. Paul, fue paciente de nuestra clínica de diálisis por 9 años. Descanse en paz.",
    [
        ("NAME", "Refugio Ramírez-Ortega"),
        ("NAME", "Cuco"),
        ("DATE", "14 de enero"),
        ("GEO", "West St. Paul"),
    ],
    note="hyphenated surname, given name that is a word, nickname; date of death; his city",
)

# 12
n(
    "es",
    "hospital_contact",
    "¿Sabía que tiene derecho a un intérprete gratis? Llame a nuestra línea en español: 612-555-0144, de lunes a viernes, 8 a.m. a 6 p.m. #NorthStarStrong",
    "the hospital's Spanish line and hours",
)

# 13
p(
    "en",
    "birth_announcement",
    "🎆 Our first baby of the year, Winter Kingbird, arrived January 1 at 12:04 a.m., 7 lb 2 oz. Mom Shania and dad Travis drove down from Red Lake ahead of the storm. It was -22°F outside, so yes, the name fits. ❄️",
    [
        ("NAME", "Winter Kingbird"),
        ("DATE", "January 1"),
        ("NAME", "Shania"),
        ("NAME", "Travis"),
        ("GEO", "Red Lake"),
    ],
    note="given name that is a season word; birth date; parents; the reservation they came from is family GEO; the hour is not a date",
)

# 14
n(
    "en",
    "anonymous_story",
    "A patient in her 90s told our chaplain yesterday that she crossed a river into Thailand on a bamboo raft with three kids on her back. She wanted us to know she's still tougher than the snow. We believe her. 💜",
    "anonymous patient; 'in her 90s' is the aggregate 90+ category, not an exact age; a country is not GEO",
)

# 15
p(
    "en",
    "patient_story",
    "Nimco was 6 when a space heater tipped over in their apartment on Riverside Ave. Three surgeries later she's back at the Brian Coyle Center after-school program and teaching our burn team Somali. Mahadsanid, Nimco! #NimcoNation",
    [("NAME", "Nimco", "*"), ("GEO", "Riverside Ave"), ("NAME", "#NimcoNation")],
    note="patient first name and name hashtag; the family's street; a community centre named after a historical figure is not an identifier",
)

# 16
n(
    "en",
    "recruitment",
    "We're hiring! Hmong, Somali, Karen and Spanish medical interpreters, full- and part-time, Minneapolis and St. Paul. $2,000 sign-on bonus. Apply at northstarfamilyhealth.org/careers",
    "recruitment; the hospital's own domain",
)

# 17
p(
    "es",
    "thank_you",
    "Compartimos este mensaje de una familia: 'Gracias, equipo de la UCI 🙏 Mi esposo Wilson Pillajo llegó el 28 de diciembre después del accidente en la 35W y hoy ya me reconoce. Si alguien quiere mandarle tarjetas, mi correo es mayra.pillajo83@gmail.com. — Mayra'",
    [
        ("NAME", "Wilson Pillajo"),
        ("DATE", "28 de diciembre"),
        ("GEO", "35W"),
        ("EMAIL", "mayra.pillajo83@gmail.com"),
        ("NAME", "Mayra"),
    ],
    note="patient, admission date, road of the crash, the wife's e-mail and name",
)

# 18
n(
    "en",
    "statistic",
    "In 2024 our interpreters handled 41,812 visits in 23 languages. Top five: Spanish, Somali, Hmong, Karen, Oromo. Thank you, interpreter team! 🗣️",
    "aggregate statistic",
)

# 19
p(
    "en",
    "discharge",
    "BAO IS GOING HOME!!! 🎈 After 112 days in our NICU, Bao Xiong graduated today. Born at 24 weeks on the 3rd of August, weighing 1 lb 6 oz. Mom Mai Nou and dad Kou, we will miss you. #BaoBreaksOut",
    [
        ("NAME", "BAO"),
        ("NAME", "Bao Xiong"),
        ("DATE", "3rd of August"),
        ("NAME", "Mai Nou"),
        ("NAME", "Kou"),
        ("NAME", "#BaoBreaksOut"),
    ],
    note="all-caps and mixed-case name, ordinal birth date, parents with Hmong given names, name hashtag",
)

# 20
n(
    "en",
    "campaign_hashtag",
    "This Giving Tuesday, help us fill #HopeForEveryHeart: every $25 buys a warm winter kit for a family leaving the hospital. Give at nsfhfoundation.org or call 612-555-0170. 🧤",
    "campaign hashtag; the foundation's domain and line",
)

# 21
p(
    "en",
    "pasted_record",
    "Portal msg (pls delete): Hi this is Ayaan Hersi's mom, she is still vomiting since the 12th, can Dr. Osman call me at 612-555-3318? her MRN is 7710459",
    [("NAME", "Ayaan Hersi"), ("DATE", "12th"), ("PHONE", "612-555-3318"), ("MRN", "7710459")],
    note="portal message pasted by mistake: patient name (possessive excluded), day of month alone, the mother's phone, MRN; Dr. Osman is staff",
)

# 22
n(
    "es",
    "event",
    "Feria de salud para la comunidad latina este sábado 15 de marzo en nuestro campus de Minneapolis, 2900 Bloomington Avenue. Vacunas, presión arterial y consultas en español. ¡Los esperamos!",
    "event date and the hospital's own address",
)

# 23
p(
    "en",
    "memorial",
    "We are heartbroken to share that Migizi Stillday, 17, of Ponemah, passed away on March 2 after a long fight with leukemia. He taught half of our peds floor how to bead. Miigwech for letting us walk beside you, Migizi. #MigiziForever",
    [
        ("NAME", "Migizi Stillday"),
        ("NAME", "Migizi", "*"),
        ("GEO", "Ponemah"),
        ("DATE", "March 2"),
        ("NAME", "#MigiziForever"),
    ],
    note="Ojibwe name, home community, date of death, name hashtag; age 17 is not labelled",
)

# 24
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease has nothing to do with your snowmobile. It's a rare illness in young kids that causes fever, rash and red eyes, and it can affect the heart. Fever for 5+ days? Call our nurse line: 651-555-0188.",
    "eponymous condition; the hospital's nurse line",
)

# 25
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 95, doña Socorro! 🎂 Hoy, 8 de marzo, Día de la Mujer, nuestra paciente más querida de la clínica de St. Paul celebra con mariachi. ¡Que viva doña Socorro Gutiérrez!",
    [
        ("AGE", "95"),
        ("NAME", "Socorro Gutiérrez"),
        ("NAME", "Socorro", "*"),
        ("DATE", "8 de marzo"),
        ("DATE", "Día de la Mujer"),
    ],
    note="age over 89; name that is a word; birthday written as a date and as the holiday; the clinic is the hospital's",
)

# 26
n(
    "en",
    "staff_spotlight",
    "Meet Marlys, 94, our longest-serving volunteer. She's folded warm blankets at the St. Paul campus every Tuesday since 1986 and says the secret is 'coffee and minding your own business.' 💙",
    "a volunteer's name and age over 89 are not a patient's",
)

# 27
p(
    "en",
    "patient_story",
    "Our own ER charge nurse Fartun Ali spent Christmas Eve on the other side of the curtain this year after a fall on the ice outside her home in Eden Prairie. She's back at work as of Monday, cane and all. Welcome back, Fartun! 🩷",
    [
        ("NAME", "Fartun Ali"),
        ("NAME", "Fartun", "*"),
        ("DATE", "Christmas Eve"),
        ("GEO", "Eden Prairie"),
    ],
    note="a staff nurse who was herself the patient; holiday that is her injury/admission day; her home city",
)

# 28
n(
    "en",
    "crisis_update",
    "UPDATE 6:40 a.m.: Due to the blizzard, all St. Paul clinics open at 10 a.m. today. The Minneapolis ED is open 24/7. Need a ride? Call 612-555-0100. Stay safe, North Star. ❄️",
    "operational update; the hospital's main line",
)

# 29
p(
    "en",
    "thank_you",
    "Shoutout to the Thao family for dropping off 200 egg rolls for night shift 🥟 Grandpa Ger was with us for 3 weeks after his stroke and says we're 'the good kind of nosy.' Get well, Ger!",
    [("NAME", "Thao"), ("NAME", "Ger", "*")],
    note="family surname and the patient's given name",
)

# 30
n(
    "en",
    "research",
    "New from our Community Health Research team: Hmong adults in our Twin Cities clinics had type 2 diabetes rates 1.8x the state average in 2019–2023 visit data. Study led by Dr. Chee Vue and Dr. Sarah Lindqvist. Link in bio.",
    "research on a population; the investigators are staff",
)

# 31
p(
    "es",
    "pasted_record",
    "Paciente: TENESACA GUAMÁN, MARÍA DOLORES  F. nac.: 22/06/1989  Exp. 00-5582-41  Cama 7  Seguro: MA ID 09934127  Tel. casa 763-555-2109",
    [
        ("NAME", "TENESACA GUAMÁN, MARÍA DOLORES"),
        ("DATE", "22/06/1989"),
        ("MRN", "00-5582-41"),
        ("OTHER_ID", "Cama 7"),
        ("HEALTH_PLAN", "09934127"),
        ("PHONE", "763-555-2109"),
    ],
    note="pasted chart header: double surname LAST, FIRST; DOB; expediente number; bed; Medical Assistance ID; home phone",
)

# 32
n(
    "es",
    "anonymous_story",
    "Un papá nos escribió anoche: 'Llegamos sin hablar inglés y salimos con un bebé sano y con la sensación de que alguien nos entendió.' Gracias a nuestras intérpretes ❤️ #NorthStarStrong",
    "anonymous family message; no identifier",
)

# 33
p(
    "en",
    "patient_story",
    "'I told them I'm 91, not dead.' — Ruth Goodsky, who beat our 30-something PT on the hallway walk this morning. Ruth grew up on the White Earth Reservation and has outlived three snowblowers. 😂",
    [
        ("AGE", "91"),
        ("NAME", "Ruth Goodsky"),
        ("NAME", "Ruth", "*"),
        ("GEO", "White Earth Reservation"),
    ],
    note="age over 89 in a quote; surname that is a word; the reservation she comes from",
)

# 34
n(
    "en",
    "public_figure",
    "Huge thanks to Suni Lee for stopping by our peds unit today! The kids had so many questions about the balance beam. St. Paul's own 🥇 #HmongPride",
    "visiting public figure",
)

# 35
p(
    "en",
    "birth_announcement",
    "Eid Mubarak from Labor & Delivery! 🌙 Baby Abdirahman arrived on Eid al-Fitr morning to mom Hodan and dad Said. Big sister Ayaan already has opinions.",
    [
        ("NAME", "Abdirahman"),
        ("DATE", "Eid al-Fitr"),
        ("NAME", "Hodan"),
        ("NAME", "Said"),
        ("NAME", "Ayaan"),
    ],
    note="baby born on the holiday; parents (Said is also an English word) and sister; the greeting 'Eid Mubarak' is not the birth date",
)

# 36
n(
    "en",
    "eponymous_condition",
    "Guillain-Barré syndrome is rare, but if tingling and weakness start in your feet and climb, get seen today. Our neurology clinic sees patients in Hmong, Somali and Spanish with interpreters.",
    "eponymous condition",
)

# 37
p(
    "es",
    "patient_story",
    'Jesús "Chuy" Morales, de 9 años, se fracturó el brazo en la Feria Estatal el 29 de agosto. Hoy Chuy regresó a su escuela en Shakopee con un yeso firmado por todo el equipo de ortopedia 🤙',
    [
        ("NAME", 'Jesús "Chuy" Morales'),
        ("NAME", "Chuy", "*"),
        ("DATE", "29 de agosto"),
        ("GEO", "Shakopee"),
    ],
    note="name with nickname; injury date at the State Fair (the Fair is not GEO); the school's town tells where he lives",
)

# 38
n(
    "es",
    "sponsor",
    "Gracias a la Fundación Familia Lor y a Supermercado El Guanaco por donar 500 chamarras de invierno para las familias de nuestra clínica pediátrica. 🧥",
    "donors: a family foundation and a store",
)

# 39
p(
    "en",
    "discharge",
    "Going home on his 99th birthday 🎂 Mr. Yia Her was admitted with pneumonia on January 30 and told every nurse he'd be home for his party. He kept his word. Nyob zoo, Mr. Her!",
    [("AGE", "99th"), ("NAME", "Yia Her"), ("NAME", "Her", "*"), ("DATE", "January 30")],
    note="Hmong surname Her (also a pronoun); age over 89 as an ordinal; admission date",
)

# 40
n(
    "en",
    "health_tip",
    "Carbon monoxide poisoning spikes every January in Minnesota: ice houses, generators, cars warming up in closed garages. Put a CO detector in your fish house. Symptoms? Call Poison Control, 1-800-222-1222, or 911.",
    "tip; national lines",
)

# 41
p(
    "en",
    "patient_story",
    "Dale Beaulieu of Kelliher went through the ice on Upper Red Lake on Feb. 11 and spent 9 days with us. He's home now and would like his tackle box back: if you towed a red Polaris with registration 31877-TR, please call his daughter Renee at 218-555-4410.",
    [
        ("NAME", "Dale Beaulieu"),
        ("GEO", "Kelliher"),
        ("GEO", "Upper Red Lake"),
        ("DATE", "Feb. 11"),
        ("VEHICLE", "31877-TR"),
        ("NAME", "Renee"),
        ("PHONE", "218-555-4410"),
    ],
    note="home town, lake of the accident, injury date, snowmobile registration, daughter's name and phone",
)

# 42
n(
    "en",
    "staff_spotlight",
    "Nurse spotlight: Hodan Yusuf, RN, has worked nights in our Mother-Baby unit for 12 years. She's caught 3 babies in the elevator. Her advice for new nurses: 'Eat the sambusa when it's offered.' 🥟",
    "staff nurse sharing a common Somali given name with patients",
)

# 43
p(
    "en",
    "thank_you",
    "@prayers4ayaan thank you for the update!! the whole 6th floor is cheering. see you at clinic on the 19th 💕",
    [("OTHER_ID", "@prayers4ayaan"), ("DATE", "19th")],
    note="a family's social handle; the patient's clinic date as a day of month",
)

# 44
n(
    "en",
    "anonymous_story",
    "Last night a dad carried his daughter 3 blocks through the snow to our ED because the bus wasn't running. She's okay. He's a hero. That's it, that's the post.",
    "anonymous story; relative time only",
)

# 45
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Guadalupe! 🌹 Nació el 12 de diciembre, día de la Virgen de Guadalupe, en nuestro campus de St. Paul. Sus papás, Araceli y Eduardo Tlatelpa, dicen que no había otro nombre posible.",
    [
        ("NAME", "Guadalupe", 1),
        ("DATE", "12 de diciembre"),
        ("DATE", "día de la Virgen de Guadalupe"),
        ("NAME", "Araceli"),
        ("NAME", "Eduardo Tlatelpa"),
    ],
    note="baby named for the holiday she was born on: both date expressions are DATE (the second contains the name of the Virgin, not the baby); parents",
)

# 46
n(
    "es",
    "eponymous_condition",
    "El síndrome de Down no define a nadie. Este 21 de marzo, Día Mundial del Síndrome de Down, celebramos a las familias de nuestro programa de desarrollo infantil. #DíaMundialDelSíndromeDeDown",
    "eponymous condition; awareness day",
)

# 47
p(
    "en",
    "crisis_update",
    "UPDATE: Two people were brought to our Minneapolis ED after the house fire on E. 24th Street this morning. A 92-year-old woman is in critical condition; her grandson, 19, is stable. We'll share updates as the family allows.",
    [("GEO", "E. 24th Street"), ("AGE", "92-year-old")],
    note="unnamed patients, but the street of their home and an exact age over 89 identify them",
)

# 48
n(
    "en",
    "crisis_update",
    "Our St. Paul campus is on generator power after the ice storm knocked out lines on University Avenue. All patients are safe. Please use the Dale Street entrance; 651-555-0101 for questions.",
    "hospital operations; Dale Street entrance is the hospital's own, not a patient's name",
)

# 49
p(
    "en",
    "patient_story",
    "Meet Paw Htoo! 🌟 At 7 she fell through thin ice on Lake Phalen chasing a runaway sled. Her brother Saw Eh Doh pulled her out. Both Karen, both fearless, both now ice-safety experts. Pictured: Paw Htoo and Eh Doh with their certificates. #IceSafety",
    [
        ("NAME", "Paw Htoo", "*"),
        ("GEO", "Lake Phalen"),
        ("NAME", "Eh Doh", "*"),
        ("PHOTO", "Pictured"),
    ],
    note="Karen names; the honorific 'Saw' is not part of the span; lake of the accident; photo cue",
)

# 50
n(
    "en",
    "event",
    "Join us Sept. 14 for the Lake Phalen Family Walk & Health Fair! Hmong, Karen and Somali food trucks, free glucose screening, and our #IceSafety booth (yes, in September). Register: northstarfamilyhealth.org/walk",
    "event date and venue",
)

# 51
p(
    "en",
    "pasted_record",
    "Encounter 88213047 | Pt: Abdullahi M. Farah | DOB 1/1/1960 | Adm 02/05 | Dispo: home w/ son Mustafa (651) 555-7740 | Interp: Somali, line 612-555-0143",
    [
        ("OTHER_ID", "88213047"),
        ("NAME", "Abdullahi M. Farah"),
        ("DATE", "1/1/1960"),
        ("DATE", "02/05"),
        ("NAME", "Mustafa"),
        ("PHONE", "(651) 555-7740"),
    ],
    note="encounter number, name with initial, DOB, admission date, son and his phone; the interpreter line is the hospital's",
)

# 52
n(
    "en",
    "public_figure",
    "#NativeAmericanHeritageMonth: In 1890, Dr. Charles Eastman (Ohiyesa), a Dakota man born in Minnesota, became one of the first Native American physicians. His story still inspires our residents.",
    "historical figure",
)

# 53
p(
    "en",
    "milestone_birthday",
    "HAPPY BIRTHDAY KHADIJA!!! 🎂 our favorite dialysis patient turns 8 today and brought cupcakes for the whole unit. #KhadijaTurns8",
    [("NAME", "KHADIJA"), ("NAME", "#KhadijaTurns8")],
    note="all-caps name and name hashtag; 'today' and age 8 are not labelled",
)

# 54
n(
    "en",
    "statistic",
    "Our trauma team treated 38 ice and cold-water injuries last season; 11 involved vehicles on the ice. Average patient age: 41. Stay off the ice until it's 12 inches for your truck. #IceSafety",
    "aggregate statistics",
)

# 55
p(
    "es",
    "thank_you",
    "Queremos agradecer a la familia Chimbo-Guamán por la cena que trajeron al 5 Oeste. Su abuelita, doña Mercedes, cumplió 90 años aquí con nosotros el 3 de abril y nunca olvidaremos su risa. 💐",
    [("NAME", "Chimbo-Guamán"), ("NAME", "Mercedes"), ("AGE", "90"), ("DATE", "3 de abril")],
    note="family surname; patient's given name; age over 89; birthday date; 5 Oeste is a unit",
)

# 56
n(
    "es",
    "staff_spotlight",
    "Conozcan a Rocío Mendoza, nuestra intérprete médica de español y kichwa. Creció en Otavalo y lleva 10 años con North Star. 'Cada paciente merece entender su propio diagnóstico.'",
    "staff interpreter and her own home town",
)

# 57
p(
    "en",
    "patient_story",
    "Our ortho team put 14 screws in one very brave snowboarder's leg last week. He wants everyone to know it was worth it. #SendItSamir 🏂",
    [("NAME", "#SendItSamir")],
    note="the patient's name appears only in a hashtag",
)

# 58
n(
    "en",
    "campaign_hashtag",
    "#AskNookomis is back! Our elders' wisdom series, week 3: 'Wear a hat, your head lets out all the heat.' What did your grandma tell you about winter? 👵❄️",
    "campaign hashtag; Nookomis means grandmother, not a person",
)

# 59
p(
    "en",
    "thank_you",
    "Fish house fire on Lake Minnetonka Jan. 18 → 2nd-degree burns → 10 days in our burn unit → home for his granddaughter's hockey tournament. Thanks for the cookies, Len & Marcy Ostrowski! 🏒",
    [("GEO", "Lake Minnetonka"), ("DATE", "Jan. 18"), ("NAME", "Len"), ("NAME", "Marcy Ostrowski")],
    note="lake of the accident, injury date, patient and wife",
)

# 60
n(
    "en",
    "health_tip",
    "Seasonal affective disorder is real, and it's not a Minnesota personality trait. Light boxes, vitamin D, daylight walks. Talk to us: behavioral health line 612-555-0160.",
    "tip; the hospital's behavioral health line",
)
# 61
p(
    "en",
    "pasted_record",
    "FYI from IT (posted to the wrong channel, sorry): portal user kxiong88 locked after 5 failed logins from 73.42.118.209. Pt: XIONG, KIA / guarantor acct 4401-22987 / DOB 11-02-1988",
    [
        ("OTHER_ID", "kxiong88"),
        ("IP", "73.42.118.209"),
        ("NAME", "XIONG, KIA"),
        ("ACCOUNT", "4401-22987"),
        ("DATE", "11-02-1988"),
    ],
    note="portal user name, the patient's IP address, LAST, FIRST name, account number, DOB",
)

# 62
n(
    "en",
    "staff_spotlight",
    "Say nyob zoo to Tou Vang, our new overnight Hmong interpreter! Tou was born in Ban Vinai refugee camp, came to St. Paul at 9, and now helps families through the hardest nights of their lives. 💜",
    "staff interpreter; his own birthplace is a staff member's, not a patient's",
)

# 63
p(
    "en",
    "milestone_birthday",
    "Ninety-three candles is a fire hazard, so we went with one big one 🕯️ Happy birthday, Niam Tais Youa Chang! Born on the 2nd of February in Long Tieng, she has been coming to our East Side clinic since it opened.",
    [
        ("AGE", "Ninety-three"),
        ("NAME", "Youa Chang"),
        ("DATE", "2nd of February"),
        ("GEO", "Long Tieng"),
    ],
    note="age over 89 in words; 'Niam Tais' (grandmother) is a kinship title, not part of the name; birthday; foreign town of birth",
)

# 64
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back to visit today: 6 years old, missing both front teeth, and still bossing around the nurses who kept her alive. 💗",
    "anonymous former patient; age under 90 and 'today' are not identifiers",
)

# 65
p(
    "en",
    "patient_story",
    "Our favorite TV weatherman Greg Lindahl is recovering on 5 West after a heart attack while shoveling his driveway in Woodbury during the Jan. 12 storm. He asked us to remind you: lift with your legs, and call 911 for chest pain. Get well, Greg! ❤️",
    [("NAME", "Greg Lindahl"), ("NAME", "Greg", "*"), ("GEO", "Woodbury"), ("DATE", "Jan. 12")],
    note="a public figure who is himself the patient: name, home city, the day of his heart attack",
)

# 66
n(
    "en",
    "public_figure",
    "Thank you to the Wild's Jonas Brodeur for skating with our peds patients at the Phalen rink today! ⛸️ 40 kids, zero broken bones.",
    "visiting athlete; patients anonymous",
)

# 67
p(
    "en",
    "birth_announcement",
    "Nyob Zoo Xyoo Tshiab! 🎊 Baby Nkauj Hlub Vang was born during Hmong New Year, on Nov. 29, to Pa and Tong Vang of Frogtown. Her name means 'lovely girl' and she is exactly that.",
    [
        ("NAME", "Nkauj Hlub Vang"),
        ("DATE", "Hmong New Year"),
        ("DATE", "Nov. 29"),
        ("NAME", "Pa"),
        ("NAME", "Tong Vang"),
        ("GEO", "Frogtown"),
    ],
    note="Hmong two-part given name; birth during the festival and its date; parents (Pa is also a word); neighbourhood; the greeting is not a date",
)

# 68
n(
    "en",
    "event",
    "Hmong New Year at the St. Paul RiverCentre, Nov. 28–30: stop by our booth for free blood-pressure checks and meet our Hmong-speaking cardiologist, Dr. Kou Her. 🎊",
    "event dates and venue; the cardiologist is staff",
)

# 69
p(
    "en",
    "pasted_record",
    "Device check 3/3: Medtronic ICD SN PZM604871H, battery 6.1 yrs. Pt Fadumo Jama, cb 612-555-0187, next remote transmission 6/3.",
    [
        ("DATE", "3/3"),
        ("DEVICE", "PZM604871H"),
        ("NAME", "Fadumo Jama"),
        ("PHONE", "612-555-0187"),
        ("DATE", "6/3"),
    ],
    note="dates of service, implant serial, patient name, her call-back number (a 555-01xx number that is not the hospital's)",
)

# 70
n(
    "en",
    "hospital_contact",
    "Need a Somali interpreter? Call 612-555-0143. Karen? 651-555-0156. Hmong? 612-555-0142. Spanish? 612-555-0144. Free, 24/7, for every patient and family. Save this post. 📌",
    "the hospital's interpreter lines",
)

# 71
p(
    "en",
    "patient_story",
    "Abdirizak has driven the 5 bus for Metro Transit for 19 years. On Dec. 3 he had a heart attack at the end of his shift; his regulars have since sent 40 get-well cards. He goes home tomorrow. ❤️🚌",
    [("NAME", "Abdirizak"), ("NAME", "Metro Transit"), ("DATE", "Dec. 3")],
    note="patient's given name, his employer (NAME by the holdout decision), the date of his heart attack",
)

# 72
n(
    "en",
    "sponsor",
    "Thank you, Xiong Family Foundation! Your $50,000 gift opens the new Pa Chia Xiong Family Room on 4 North, named for the founder's late mother. 💜",
    "donor foundation and a room named for a donor's relative who is not introduced as a patient",
)

# 73
p(
    "en",
    "memorial",
    "In loving memory of Storm Thunder (2011–2025) 🪶 Storm grew up in Little Earth, fought cystic fibrosis with more jokes than any of us could keep up with, and left us on the morning of Oct. 4. Mino-bimaadizin, Storm.",
    [
        ("NAME", "Storm Thunder"),
        ("NAME", "Storm", "*"),
        ("GEO", "Little Earth"),
        ("DATE", "Oct. 4"),
    ],
    note="given name and surname that are ordinary words; his neighbourhood; date of death; bare years are not labelled",
)

# 74
n(
    "en",
    "health_tip",
    "Frostbite can set in within 10 minutes at -25°F. Cover every inch of skin at the bus stop, keep kids' mittens dry, and if fingers stay white and numb, come in. #MinnesotaWinter",
    "tip",
)

# 75
p(
    "en",
    "discharge",
    "Our respiratory therapist Ka Lia Moua finally got to take her own son home! Little Fue spent 23 days in our PICU with RSV and is now back to terrorizing the family cat, Dumpling. 🐱",
    [("NAME", "Ka Lia Moua"), ("NAME", "Fue")],
    note="a staff member introduced as the parent of a patient is a relative and labelled; the cat's name is not",
)

# 76
n(
    "en",
    "staff_spotlight",
    "Happy retirement to Dr. Jim Lindgren, who delivered about 4,000 babies in 31 years, including a few of our current nurses! Jim, enjoy the cabin on Leech Lake. 🎣",
    "retiring staff physician and his own cabin",
)

# 77
p(
    "en",
    "patient_story",
    "Mr. K.M., 96, walked 3 laps of 6 West today with his walker and a Twins cap. Two weeks ago he couldn't sit up. PT goals: crushed. 💪",
    [("NAME", "K.M."), ("AGE", "96")],
    note="patient initials and age over 89; 6 West is a unit",
)

# 78
n(
    "en",
    "anonymous_story",
    "Overheard on Mother-Baby: 'In Somali we say a child brings its own blessing.' Every family here brings something. Thank you for trusting us. 💛",
    "anonymous",
)

# 79
p(
    "en",
    "patient_story",
    "Niigaan Jourdain, 15, of Nett Lake, got tangled in a net under the ice of Pelican Lake on Jan. 27 until his cousin Waase cut him free. He's home after a week in our PICU and says the walleye were worth it (they were not). 🐟",
    [
        ("NAME", "Niigaan Jourdain"),
        ("GEO", "Nett Lake"),
        ("GEO", "Pelican Lake"),
        ("DATE", "Jan. 27"),
        ("NAME", "Waase"),
    ],
    note="Ojibwe names; home community; lake of the accident; injury date; cousin",
)

# 80
n(
    "en",
    "research",
    "Can a text reminder in Hmong, Somali or Karen cut missed appointments? Our 2025 pilot with 1,240 families says yes: no-shows dropped from 22% to 13%. Full results out next month.",
    "research statistics",
)

# 81
p(
    "en",
    "thank_you",
    "The family of Ka Ying Lor has set up a page to help with her rehab after the crash on Highway 61: gofundme.com/f/kayinglor-rehab. Follow her recovery on IG @kayingstrong. We're cheering from 5 West! 💙",
    [
        ("NAME", "Ka Ying Lor"),
        ("GEO", "Highway 61"),
        ("URL", "gofundme.com/f/kayinglor-rehab"),
        ("OTHER_ID", "@kayingstrong"),
    ],
    note="patient name, road of the crash, fundraising URL, family social handle",
)

# 82
n(
    "en",
    "eponymous_condition",
    "Hashimoto's thyroiditis is the most common cause of an underactive thyroid. Tired all winter? It might not just be the dark. Ask for a simple blood test.",
    "eponymous condition",
)

# 83
p(
    "en",
    "pasted_record",
    "Re: records request from pt's daughter, fax back to her at 952-555-6621 — HERSI, SAHRA A. / SSN 472-81-0093 / MA# 00918345 / DOS 10/21",
    [
        ("FAX", "952-555-6621"),
        ("NAME", "HERSI, SAHRA A."),
        ("SSN", "472-81-0093"),
        ("HEALTH_PLAN", "00918345"),
        ("DATE", "10/21"),
    ],
    note="the daughter's fax, LAST, FIRST name with initial, SSN, Medical Assistance number, date of service",
)

# 84
n(
    "en",
    "crisis_update",
    "Our Minneapolis ED is seeing a high volume of cold injuries tonight. If it isn't an emergency, call our 24/7 nurse line at 651-555-0188. Please check on elderly neighbors, especially anyone over 90 living alone. 🥶",
    "operations; 'over 90' is a population age",
)

# 85
p(
    "en",
    "milestone_birthday",
    'Remember "Peanut"? Born at 1 lb 4 oz on Thanksgiving, our tiniest NICU graduate just turned one! 🥜 Peanut\'s mom, Naw Kaw Htoo Paw, says she now bosses around all her cousins in Roseville.',
    [
        ("NAME", "Peanut", "*"),
        ("DATE", "Thanksgiving"),
        ("NAME", "Kaw Htoo Paw"),
        ("GEO", "Roseville"),
    ],
    note="quoted nickname used as the name; birth on a holiday; Karen mother's name without the honorific Naw; family's city",
)

# 86
n(
    "en",
    "event",
    "Kids' Ice Fishing Derby, Feb. 8, Lake Nokomis! Free hot cocoa, ice-cleat fitting, and a visit from Northy the Loon, our mascot. 🐟❄️",
    "event date and venue; mascot",
)

# 87
p(
    "en",
    "patient_story",
    "UPDATE ON OUR FRIEND MR. ABSHIR: HE IS OFF THE VENTILATOR!!! Admitted on the 4th with COVID pneumonia, today he asked for tea and for his grandson Liban. 🙌",
    [("NAME", "ABSHIR"), ("DATE", "4th"), ("NAME", "Liban")],
    note="all-caps name, admission day of month alone, grandson",
)

# 88
n(
    "en",
    "campaign_hashtag",
    "#TeamHope is 500 strong! Thank you to every runner in Saturday's Polar Dash for the North Star cancer center. Next year: 1,000. 🏃‍♀️❄️",
    "campaign hashtag that looks like a name hashtag",
)

# 89
p(
    "en",
    "thank_you",
    "Hooyo Faadumo's family asked us to share: 'Thank you 4 North for caring for our mother, Faadumo Ali Nuur, from Feb 3 to Feb 17. Anyone from the mosque who wants to visit her at home, call her son Hassan at 612-555-0119.'",
    [
        ("NAME", "Faadumo Ali Nuur"),
        ("NAME", "Faadumo", "*"),
        ("DATE", "Feb 3"),
        ("DATE", "Feb 17"),
        ("NAME", "Hassan"),
        ("PHONE", "612-555-0119"),
    ],
    note="Somali name (Hooyo is a kinship title), admission and discharge dates, son and his phone (a 555-01xx number that is not the hospital's)",
)

# 90
n(
    "en",
    "statistic",
    "Did you know? 1 in 4 patients at our East Side clinic prefers a language other than English. Top 3: Hmong, Karen, Spanish. 455 Arcade Street, open 7 days.",
    "statistic; the hospital's address",
)

# 91
p(
    "en",
    "patient_story",
    "Hope is 4, loves Paw Patrol, and got a new kidney on Valentine's Day from her uncle Pheng. Both are doing great. Hope and Pheng, you are the bravest pair we know. ❤️ #HopeAndPheng",
    [
        ("NAME", "Hope", "*"),
        ("DATE", "Valentine's Day"),
        ("NAME", "Pheng", "*"),
        ("NAME", "#HopeAndPheng"),
    ],
    note="a given name that is a word; transplant on a holiday; the uncle donor is a relative; name hashtag",
)

# 92
n(
    "en",
    "public_figure",
    "Today we honor Dr. Martin Luther King Jr. Our clinics are closed Monday, Jan. 20; the ED at 2900 Bloomington Avenue is always open.",
    "historical figure; closure date; the hospital's address",
)

# 93
p(
    "en",
    "discharge",
    "94yo grandpa from our Karen community went home today after hip surgery, carried out by 3 grandsons like a king 👑 His words: 'Ta blut!' (thank you)",
    [("AGE", "94yo")],
    note="unnamed patient with an exact age over 89 written as one token",
)

# 94
n(
    "en",
    "anonymous_story",
    "A grandma who is 89 taught our whole unit to make Somali tea today. Eighty-nine years of practice shows. ☕",
    "anonymous; an age of 89 is not an identifier",
)

# 95
p(
    "en",
    "pasted_record",
    "Security incident draft (DO NOT POST): pt LEE, MAI SEE, 34F, struck in the Arcade St. ramp at 0710. Pt MN DL X533-118-270-446. Husband Cheng Lee, 651-555-2290, on his way. Other vehicle plate GHK 219, driver not a patient, uninjured.",
    [
        ("NAME", "LEE, MAI SEE"),
        ("LICENSE", "X533-118-270-446"),
        ("NAME", "Cheng Lee"),
        ("PHONE", "651-555-2290"),
    ],
    note="patient name, her driver's licence, husband's name and phone; the other driver's plate is not a patient's; the hospital's ramp is not GEO",
)

# 96
n(
    "en",
    "health_tip",
    "Heading to the State Fair? Hydrate, sunscreen, and know where the first-aid stations are. Heat exhaustion in a Pronto Pup line is still heat exhaustion. 🌭☀️",
    "tip",
)

# 97
p(
    "en",
    "memorial",
    "Rest easy, Pog Yer. 🕊️ Yer Moua Thao, a patient of our East Side clinic for 30 years, passed on Sunday at 88. Her granddaughter Maiv told us she was the first woman in her village to learn to read.",
    [("NAME", "Yer Moua Thao"), ("NAME", "Yer", "*"), ("NAME", "Maiv")],
    note="Hmong name (Pog is a kinship title); granddaughter; age 88 and a weekday are not labelled",
)

# 98
n(
    "en",
    "staff_spotlight",
    "Meet our NICU's newest lactation consultant, Hawa Abdi! She speaks Somali, Arabic and Swahili and has 4 kids of her own. Hawa says the best part of the job: 'the first latch.'",
    "staff member",
)

# 99
p(
    "en",
    "patient_story",
    "Brooklyn from Brooklyn Park (yes, really) got her cast off today! The sledding hill won round one, Brooklyn won round two. 🛷",
    [("GEO", "Brooklyn Park"), ("NAME", "Brooklyn", "*")],
    note="a given name that is also part of her home city's name",
)

# 100
n(
    "en",
    "eponymous_condition",
    "Bell's palsy causes sudden drooping on one side of the face. So can a stroke. Don't guess: call 911.",
    "eponymous condition; national line",
)

# 101
p(
    "es",
    "patient_story",
    "¡Lupita ya camina! 🦵 María Guadalupe Hernández Soto, de 7 años, se cayó en el hielo frente a su casa en la calle Cesar Chavez el 2 de enero y se fracturó la cadera. Hoy dio sus primeros pasos sin andadera.",
    [
        ("NAME", "Lupita"),
        ("NAME", "María Guadalupe Hernández Soto"),
        ("GEO", "calle Cesar Chavez"),
        ("DATE", "2 de enero"),
    ],
    note="nickname and full double-surname name; her street (named after a public figure); injury date",
)

# 102
n(
    "es",
    "health_tip",
    "El frío extremo puede causar congelación en menos de 10 minutos. Cubra la cara, las manos y las orejas de sus hijos antes de ir a la parada del autobús. ❄️ Dudas: 651-555-0188.",
    "consejo; la línea de enfermería del hospital",
)

# 103
p(
    "es",
    "memorial",
    "Hoy despedimos a don Segundo Guamán Pichisaca (†19 de febrero), de Cuenca, Ecuador, quien vivió sus últimos años en Minneapolis junto a su hija Blanca. Que descanse en paz. 🕯️",
    [
        ("NAME", "Segundo Guamán Pichisaca"),
        ("DATE", "19 de febrero"),
        ("GEO", "Cuenca"),
        ("GEO", "Minneapolis"),
        ("NAME", "Blanca"),
    ],
    note="double surname; date of death; foreign home town and his US city; daughter (a name that is a word); Ecuador is a country",
)

# 104
n(
    "es",
    "event",
    "Posada navideña en la clínica del East Side: 455 Arcade Street, 14 de diciembre, 5 p.m. Tamales, piñata y vacunas contra la gripe. 🎄",
    "fecha del evento; dirección del hospital",
)

# 105
p(
    "es",
    "patient_story",
    "Doña Cruz cumplió noventa y dos años en nuestro piso de rehabilitación y bailó cumbia con su andadera 💃 Su nieta Karla grabó el video 👇 ¡Qué energía, doña Cruz!",
    [("NAME", "Cruz", "*"), ("AGE", "noventa y dos"), ("NAME", "Karla"), ("PHOTO", "video")],
    note="name that is a word; age over 89 in words; granddaughter; the attached video shows the patient",
)

# 106
n(
    "es",
    "staff_spotlight",
    "Felicidades a la Dra. Esperanza Quispe, nuestra nueva jefa de pediatría, nacida en Riobamba y formada en la Universidad de Minnesota. ¡Bienvenida!",
    "personal médico; su ciudad natal no es de un paciente",
)

# 107
p(
    "es",
    "birth_announcement",
    "¡Llegó Santiago! 👶 Nació el 16 de septiembre, Día de la Independencia de México, a las 3:15 a.m. Su papá, Rigoberto Xochipa, dice que tendrá que celebrar doble. Felicidades a la familia Xochipa Tecpa de Worthington 🇲🇽",
    [
        ("NAME", "Santiago"),
        ("DATE", "16 de septiembre"),
        ("DATE", "Día de la Independencia de México"),
        ("NAME", "Rigoberto Xochipa"),
        ("NAME", "Xochipa Tecpa"),
        ("GEO", "Worthington"),
    ],
    note="baby, birth date and the holiday it fell on, father, double family surname, home town",
)

# 108
n(
    "es",
    "public_figure",
    "Hoy, 31 de marzo, Día de César Chávez, recordamos su lucha por la salud y la dignidad de los trabajadores del campo. ✊",
    "figura histórica; día conmemorativo",
)

# 109
p(
    "es",
    "pasted_record",
    "Nota de enfermería (no publicar): Sra. Ana Lucía Tenemaza, hab. 514, alta prevista 3/12, llamar a esposo Wilmer al 612-555-8823 para transporte. Intérprete: línea en español 612-555-0144.",
    [
        ("NAME", "Ana Lucía Tenemaza"),
        ("OTHER_ID", "hab. 514"),
        ("DATE", "3/12"),
        ("NAME", "Wilmer"),
        ("PHONE", "612-555-8823"),
    ],
    note="nota pegada por error: nombre, habitación con su palabra clave, fecha de alta, esposo y su teléfono; la línea en español es del hospital",
)

# 110
n(
    "es",
    "anonymous_story",
    "Una abuelita de noventa y tantos años nos enseñó hoy a hacer colada morada. Dice que la receta tiene 'más años que Minnesota'. 💜",
    "anónimo; 'noventa y tantos' es la categoría agregada de 90+, no una edad exacta",
)

# 111
p(
    "es",
    "thank_you",
    "Mensaje de la familia Yupanqui: 'Gracias al equipo de quemados por cuidar a nuestro hijo Kevin desde el incendio del Día de Reyes, 6 de enero. Para donaciones: yupanqui.familia@outlook.com.' 🙏",
    [
        ("NAME", "Yupanqui"),
        ("NAME", "Kevin"),
        ("DATE", "Día de Reyes"),
        ("DATE", "6 de enero"),
        ("EMAIL", "yupanqui.familia@outlook.com"),
    ],
    note="apellido familiar, paciente, fecha de la lesión escrita dos veces, correo de la familia",
)

# 112
n(
    "es",
    "eponymous_condition",
    "¿Su hijo tiene fiebre por más de 5 días, ojos rojos y labios agrietados? Podría ser la enfermedad de Kawasaki. Llame a su pediatra hoy.",
    "enfermedad epónima",
)

# 113
p(
    "es",
    "patient_story",
    "Hace un año, Marisol Cuji llegó de Quito con un corazón que apenas funcionaba. El 11 de junio recibió su trasplante aquí. Hoy corrió su primera carrera de 5K 🏃‍♀️ #FuerzaMarisol",
    [
        ("NAME", "Marisol Cuji"),
        ("GEO", "Quito"),
        ("DATE", "11 de junio"),
        ("NAME", "#FuerzaMarisol"),
    ],
    note="nombre, ciudad extranjera de origen, fecha del trasplante, hashtag con su nombre",
)

# 114
n(
    "es",
    "event",
    "Clases de natación gratis para niños este verano en el lago Nokomis, de junio a agosto. Inscripciones: northstarfamilyhealth.org/nadar 🏊",
    "evento; dominio del hospital",
)

# 115
p(
    "es",
    "discharge",
    "¡Nuestra paciente centenaria se fue a casa! 🎉 Doña Amparo celebró sus 101 años el domingo con tamales y hoy regresó a su casa en Richfield.",
    [("AGE", "centenaria"), ("NAME", "Amparo"), ("AGE", "101"), ("GEO", "Richfield")],
    note="'centenaria' and 101 are ages over 89; name that is a word; her city",
)

# 116
n(
    "es",
    "recruitment",
    "¿Habla español y le apasiona la salud? Buscamos promotores de salud comunitarios en Minneapolis y St. Paul. Salario desde $24/hora. Aplique en northstarfamilyhealth.org/empleos",
    "reclutamiento",
)

# 117
p(
    "es",
    "patient_story",
    "Toda la UCI pediátrica está con Paz 💛 Paz Villalobos, de 4 años, sigue luchando después del accidente del 23 de diciembre en la carretera 52. #PazSeQueda",
    [
        ("NAME", "Paz Villalobos"),
        ("NAME", "Paz", "*"),
        ("DATE", "23 de diciembre"),
        ("GEO", "carretera 52"),
        ("NAME", "#PazSeQueda"),
    ],
    note="nombre que es palabra, fecha del accidente, carretera del accidente, hashtag con su nombre",
)

# 118
n(
    "es",
    "crisis_update",
    "AVISO: Por la tormenta de nieve, la clínica del East Side cierra hoy a las 2 p.m. Urgencias en Minneapolis y St. Paul siguen abiertas. Línea de enfermería 24/7: 651-555-0188.",
    "aviso operativo",
)

# 119
p(
    "es",
    "thank_you",
    "Gracias a la señora Dolores Chalco por el pan de muerto que trajo para todo el piso en memoria de su esposo Efraín, nuestro paciente de diálisis, que falleció el Día de Muertos del año pasado. 🕯️",
    [("NAME", "Dolores Chalco"), ("NAME", "Efraín"), ("DATE", "Día de Muertos")],
    note="esposa del paciente, paciente fallecido, fecha de muerte como día festivo",
)

# 120
n(
    "es",
    "campaign_hashtag",
    "#AbrigaUnCorazón: esta Navidad, done una chamarra para los niños de nuestra clínica. 612-555-0170 o nsfhfoundation.org 🧥",
    "campaña; línea y dominio de la fundación",
)
# 121
p(
    "en",
    "patient_story",
    "keep fighting, true 💙 the whole PICU is in your corner. #truestrong",
    [("NAME", "true"), ("NAME", "#truestrong")],
    note="lower-case Hmong given name True that is an ordinary word, and a lower-case name hashtag",
)

# 122
p(
    "en",
    "pasted_record",
    "Pt: ABDI-NOOR, HAMDI / Bed 12 / Allergies: PCN / NOK: Abdi Noor (father) 612-555-6093 / preferred lang: Somali (line 612-555-0143)",
    [
        ("NAME", "ABDI-NOOR, HAMDI"),
        ("OTHER_ID", "Bed 12"),
        ("NAME", "Abdi Noor"),
        ("PHONE", "612-555-6093"),
    ],
    note="hyphenated LAST, FIRST name, bed, next of kin and his phone; the interpreter line is the hospital's",
)

# 123
p(
    "en",
    "patient_story",
    "So proud of jingle dress dancer Aubrey Morningstar, 12, of Cass Lake, who danced at the Mille Lacs powwow just 6 weeks after her appendix burst on the 4th of July! 🎆",
    [("NAME", "Aubrey Morningstar"), ("GEO", "Cass Lake"), ("DATE", "4th of July")],
    note="home community; holiday that is the day of her emergency; the powwow venue is an event, not GEO",
)

# 124
p(
    "en",
    "patient_story",
    "Our volunteer Arlene, 91, usually pushes the book cart on 4 North. This week she was in bed 7 after a fall on her icy steps in Falcon Heights. She's already asked when she can come back. 📚",
    [("NAME", "Arlene"), ("AGE", "91"), ("OTHER_ID", "bed 7"), ("GEO", "Falcon Heights")],
    note="a volunteer who is herself the patient: name, age over 89, bed, home city",
)

# 125
p(
    "en",
    "discharge",
    "The Ibrahim twins, Hibo and Hodan, are going home to Willmar after 74 days! Born March 3rd at 27 weeks, home June 15th. Their dad Warsame sang Somali lullabies to every baby in the NICU. 🎶",
    [
        ("NAME", "Ibrahim"),
        ("NAME", "Hibo"),
        ("NAME", "Hodan"),
        ("GEO", "Willmar"),
        ("DATE", "March 3rd"),
        ("DATE", "June 15th"),
        ("NAME", "Warsame"),
    ],
    note="family surname, twins, home town, birth and discharge dates, father",
)

# 126
p(
    "en",
    "thank_you",
    "To whoever is in room 220 playing qeej music at 6am: the night shift loves you. Please never stop. 🎶",
    [("OTHER_ID", "room 220")],
    note="an unnamed patient identified by a room number",
)

# 127
p(
    "en",
    "milestone_birthday",
    'Mishoomis Joseph "Joe" Fairbanks turns 104 today! 🎉 Joe was born on Leech Lake, served in Korea, and still ice fishes every winter from his fish house (license tag FH-44027) with his great-grandson Ozhaawashko.',
    [
        ("NAME", 'Joseph "Joe" Fairbanks'),
        ("NAME", "Joe", "*"),
        ("AGE", "104"),
        ("GEO", "Leech Lake"),
        ("LICENSE", "FH-44027"),
        ("NAME", "Ozhaawashko"),
    ],
    note="name with nickname (Mishoomis is a kinship title), age over 89, reservation of birth, fish-house licence tag, great-grandson",
)

# 128
p(
    "en",
    "pasted_record",
    "@khouxiong72 we're so sorry! Please don't post your date of birth (7/8/1972) here. We'll call you at the number on file. For portal help: 612-555-0100.",
    [("OTHER_ID", "@khouxiong72"), ("DATE", "7/8/1972")],
    note="public reply repeating a patient's DOB; the patient's handle; the hospital's main line",
)

# 129
p(
    "en",
    "milestone_birthday",
    "Happy 1st birthday, Austin! Born at 25 weeks on the 9th, our Austin now weighs more than the pumpkin his dad Kong grew in their Roseville garden. 🎃",
    [("NAME", "Austin", "*"), ("DATE", "9th"), ("NAME", "Kong"), ("GEO", "Roseville")],
    note="a name that is a city name; birth day of month alone; father; home city",
)

# 130
p(
    "en",
    "thank_you",
    "Thank you to Mrs. Pa Nhia Yang for the hand-stitched paj ntaub she made for the nurses who cared for her husband on 4 North this winter. It now hangs by our nurses' station. 🧵",
    [("NAME", "Pa Nhia Yang")],
    note="the wife of an unnamed patient is a relative; season is not a date",
)

# 131
p(
    "en",
    "patient_story",
    "Congrats to Jefferson Lema, 19, who finished his GED 3 months after losing two fingers to frostbite on a night shift at Twin Cities Pallet. We're so proud of you! 🎓",
    [("NAME", "Jefferson Lema"), ("NAME", "Twin Cities Pallet")],
    note="patient and his employer (NAME by the holdout decision); age 19 is not labelled",
)

# 132
p(
    "en",
    "discharge",
    "Update on Aiden (the Midway kid): he's home in Bloomington as of Tuesday! Fractured pelvis on 8/30, walking 9 days later. The State Fair can keep its Slingshot. 🎢",
    [("NAME", "Aiden"), ("GEO", "Bloomington"), ("DATE", "8/30")],
    note="name, home city (not the hospital's Bloomington Avenue), injury date; the Fair is not GEO; weekday not labelled",
)

# 133
p(
    "en",
    "crisis_update",
    "Update on the Highway 10 rollover in Anoka County: the 3 patients we received are stable. The driver, 90, remains in our ICU. Thank you to the first responders.",
    [("GEO", "Highway 10"), ("GEO", "Anoka County"), ("AGE", "90")],
    note="road and county of the crash; exact age over 89 of an unnamed patient",
)

# 134
p(
    "en",
    "milestone_birthday",
    "Yesterday Ayeeyo Xaawo Maxamed celebrated her ninety-ninth birthday on 5 West, with her daughter Sahra on speakerphone from Nairobi and a cake the size of a car tire. 🎂",
    [("NAME", "Xaawo Maxamed"), ("AGE", "ninety-ninth"), ("NAME", "Sahra"), ("GEO", "Nairobi")],
    note="Somali spelling of the name (Ayeeyo is a kinship title), ordinal age in words, daughter and her foreign city",
)

# 135
p(
    "en",
    "discharge",
    "welcome home, kou 🏠 34 days, 2 surgeries, 1 very stubborn snowmobiler. #welcomehomekou",
    [("NAME", "kou"), ("NAME", "#welcomehomekou")],
    note="lower-case name and lower-case name hashtag",
)

# 136
p(
    "en",
    "patient_story",
    "Six years ago, Saw Htoo Moo Say came to St. Paul from Mae La camp with his wife Naw Ku Paw and three kids. On Dec. 21, the longest night of the year, he slipped on black ice outside his job in Roseville and broke both wrists. He couldn't work, couldn't hold his newborn, couldn't sign his name. Today, after 8 weeks of OT with our Karen-speaking therapist Eh Kaw, he signed his own discharge papers. Ta blut, Htoo Moo! See you at your check-up on March 4. 🙌",
    [
        ("NAME", "Htoo Moo Say"),
        ("NAME", "Htoo Moo", "*"),
        ("GEO", "St. Paul"),
        ("GEO", "Mae La"),
        ("NAME", "Ku Paw"),
        ("DATE", "Dec. 21"),
        ("DATE", "longest night of the year"),
        ("GEO", "Roseville"),
        ("DATE", "March 4"),
    ],
    note="Karen names without the honorifics Saw/Naw; his city, refugee camp, place of the fall; injury date written twice; follow-up date; the therapist is staff",
)

# 137
p(
    "en",
    "patient_story",
    "Follow Ayaan's journey at caringbridge.org/site/ayaanstrong 💛",
    [("NAME", "Ayaan"), ("URL", "caringbridge.org/site/ayaanstrong")],
    note="short post: name and CaringBridge URL",
)

# 138
p(
    "en",
    "birth_announcement",
    "WE HAVE TRIPLETS!!! 👶👶👶 Born FEB 14TH to Mai Yer & Chong Lor. Names coming soon (they're still arguing). #LorTriplets",
    [("DATE", "FEB 14TH"), ("NAME", "Mai Yer"), ("NAME", "Chong Lor"), ("NAME", "#LorTriplets")],
    note="all-caps birth date, parents, family-name hashtag",
)

# 139
p(
    "en",
    "thank_you",
    "Mr. and Mrs. Tapia-Núñez drove 3 hours from Worthington in a blizzard for their son's follow-up. Dr. Nguyen says Emiliano's heart looks perfect. 💓",
    [("NAME", "Tapia-Núñez"), ("GEO", "Worthington"), ("NAME", "Emiliano")],
    note="parents' hyphenated surname, home town, patient; Dr. Nguyen is staff",
)

# 140
p(
    "en",
    "pasted_record",
    "Found in the parking ramp: a baby's ID bracelet reading 'GIRL LY 09/22 WB 4471-2208'. If it's yours, call Mother-Baby at 612-555-0100.",
    [("NAME", "LY"), ("DATE", "09/22"), ("OTHER_ID", "4471-2208")],
    note="newborn band: surname (GIRL is descriptive), birth date, wristband number; the hospital's line",
)

# 141
p(
    "en",
    "milestone_birthday",
    "Ninety-one years old and still beading! 📿 Nokomis Bernice Whitebird of Onigum finished this pair of moccasins during her dialysis sessions with us. Chi-miigwech for sharing your gift.",
    [("AGE", "Ninety-one"), ("NAME", "Bernice Whitebird"), ("GEO", "Onigum")],
    note="age in words, Ojibwe elder (Nokomis is a kinship title, not Lake Nokomis), home community",
)

# 142
n(
    "en",
    "eponymous_condition",
    "Crohn's & Colitis Awareness Week is Dec 1–7. Belly pain for weeks is not 'just stress.' Our GI clinic has Somali and Hmong interpreters on site.",
    "eponymous condition; awareness week dates",
)

# 143
n(
    "en",
    "staff_spotlight",
    "Meet Dr. True Vang, our new orthopedic surgeon at the St. Paul campus! True grew up ice fishing on White Bear Lake and has fixed more snowmobile wrists than he can count. 🦴",
    "staff surgeon whose name is a word; his own childhood lake",
)

# 144
n(
    "en",
    "staff_spotlight",
    "97yo Dolores 'Dee' Hanson has knitted 3,000 hats for our NICU babies since 2009. Volunteer of the Year, every year. 🧶",
    "a volunteer's age over 89 and name are not a patient's",
)

# 145
n(
    "en",
    "sponsor",
    "The Abdullahi Family Cardiac Wing opens Monday! Thank you to the Abdullahi family and Cedar Trucking for a gift that brings cardiac rehab to the East Side. ❤️",
    "donor family that names a wing, not introduced as a patient's relatives",
)

# 146
n(
    "en",
    "public_figure",
    "On July 22, Hmong-Lao Veterans Day, we honor the soldiers of the Secret War and the legacy of Gen. Vang Pao. Thank you to the veterans we serve. 🇺🇸",
    "commemorative day; historical figure; veterans as a group",
)

# 147
n(
    "en",
    "statistic",
    "Three kids fell through the ice on the same bay last winter. Every one of them survived because someone nearby had a rope. Keep a throw rope in your truck. #IceSafety",
    "anonymous aggregate; no identifier",
)

# 148
n(
    "en",
    "recruitment",
    "Somali-speaking RNs wanted! Nights and weekends at our Minneapolis campus, $10K sign-on. Questions? Hodan in HR: hr@northstarfamilyhealth.org",
    "recruitment; a staff member's first name and the hospital's e-mail",
)

# 149
n(
    "en",
    "event",
    "Eid al-Adha open house at our Cedar-Riverside clinic, June 7, 2–6 p.m.: henna, sambusa, blood-pressure checks and family photos. Eid Mubarak! 🌙",
    "hospital event on a holiday; no patient",
)

# 150
n(
    "en",
    "anonymous_story",
    "A dad in our waiting room knitted a hat for every baby born during the blizzard. We never got his name. If you know him, tell him thank you. 🧶",
    "anonymous relative, no name; no identifier",
)

# 151
n(
    "en",
    "statistic",
    "We cared for 212 patients aged 90 and older last year. The oldest? We'll never tell. 😉",
    "population age",
)

# 152
n(
    "en",
    "campaign_hashtag",
    "Auntie says: get your flu shot before Thanksgiving, not after. 💉 Share your own #AuntieSays tip and tag @NorthStarFH!",
    "campaign hashtag with a kinship word; the hospital's handle",
)

# 153
n(
    "en",
    "crisis_update",
    "Police activity near Franklin & Bloomington. Our Minneapolis campus is on a precautionary lockdown; patients and staff are safe. Use the 28th Street entrance only. Updates here.",
    "street names describe the hospital's surroundings, not a patient",
)

# 154
n(
    "en",
    "hospital_contact",
    "Our St. Paul Birth Center has moved to 640 University Avenue West, 3rd floor. Free parking in the Dale Street ramp. Tours: 651-555-0101. 🍼",
    "the hospital's address, ramp and line",
)

# 155
n(
    "en",
    "staff_spotlight",
    "Shoutout to Karen interpreter Naw Paw Lah Htoo, who worked a double during the ice storm so no family went without her. Ta blut, Paw Lah! 💐",
    "staff interpreter with a Karen honorific",
)

# 156
n(
    "en",
    "research",
    "Our diabetes prevention study with clinics at Red Lake and Leech Lake enrolled 640 Anishinaabe adults. Year-one results: average A1c down 0.4. Chi-miigwech to every participant.",
    "research sites and a population, no patient",
)

# 157
n(
    "en",
    "public_figure",
    "Thank you, Mayor Linda Okafor, for joining our nurses on the winter coat drive this morning! 🧥",
    "public figure",
)

# 158
n(
    "en",
    "eponymous_condition",
    "Parkinson's support group in Hmong, every 2nd Tuesday, 1 p.m., East Side clinic. Caregivers welcome. Questions: 612-555-0142.",
    "eponymous condition; the hospital's Hmong line",
)

# 159
n(
    "en",
    "event",
    "Polar Plunge for pediatric cancer, Saturday Feb. 22 at Bde Maka Ska! Our ER team will be jumping in (and standing by). 🥶",
    "event date and venue",
)

# 160
n(
    "en",
    "anonymous_story",
    "To the man who shoveled our entire East Side parking lot at 5 a.m. and left before we could thank him: we see you. ❄️",
    "anonymous good Samaritan",
)

# 161
n(
    "en",
    "health_tip",
    "You have the right to a free medical interpreter at every visit, in person or by phone. Don't let your kids interpret for you; they're kids. 🗣️",
    "tip",
)

# 162
n(
    "en",
    "anonymous_story",
    "A 6-year-old asked our MRI tech if the scanner was a spaceship. It is now. 🚀",
    "anonymous child; age under 90",
)

# 163
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 100 a doña Rosario Quizhpi! 🎂 Nació un 7 de octubre en Biblián y hoy lo celebró en nuestro piso 4 Norte con sus 23 nietos.",
    [("AGE", "100"), ("NAME", "Rosario Quizhpi"), ("DATE", "7 de octubre"), ("GEO", "Biblián")],
    note="edad mayor de 89, nombre que también es ciudad, fecha de nacimiento, pueblo natal; 4 Norte es una unidad",
)

# 164
p(
    "es",
    "pasted_record",
    "Correo reenviado por error: 'Hola, soy Yesenia Caguana, mamá de Brandon (exp. NS-4419082). No puedo entrar al portal con mi usuario ycaguana22. Mi número es 952-555-0148.'",
    [
        ("NAME", "Yesenia Caguana"),
        ("NAME", "Brandon"),
        ("MRN", "NS-4419082"),
        ("OTHER_ID", "ycaguana22"),
        ("PHONE", "952-555-0148"),
    ],
    note="madre y paciente, expediente, usuario del portal, teléfono de la familia (555-01xx pero no del hospital)",
)

# 165
p(
    "es",
    "birth_announcement",
    "muchas felicidades a la familia hernández por su nueva bebé, ximena 🎀 nació el 1 de mayo a las 4:02 am, ¡día del trabajo, y ella ya trabajó duro!",
    [("NAME", "hernández"), ("NAME", "ximena"), ("DATE", "1 de mayo"), ("DATE", "día del trabajo")],
    note="nombres en minúsculas; fecha de nacimiento escrita también como el día festivo",
)

# 166
p(
    "es",
    "patient_story",
    "Don Aurelio Tenesaca pescaba en el lago Waconia cuando el hielo cedió el 8 de febrero. Hoy, después de 12 días en cuidados intensivos, volvió a casa en Chaska con su esposa, doña Luz.",
    [
        ("NAME", "Aurelio Tenesaca"),
        ("GEO", "lago Waconia"),
        ("DATE", "8 de febrero"),
        ("GEO", "Chaska"),
        ("NAME", "Luz"),
    ],
    note="lago del accidente, fecha, ciudad, esposa con nombre que es palabra",
)

# 167
p(
    "es",
    "patient_story",
    "Nuestra enfermera de urgencias, Yadira Pérez, nos pidió compartir: su hijo Mateo, de 10 años, ya salió de la UCI después del choque en la I-94 del 17 de noviembre. Gracias por tantas oraciones. 🙏",
    [("NAME", "Yadira Pérez"), ("NAME", "Mateo"), ("GEO", "I-94"), ("DATE", "17 de noviembre")],
    note="una enfermera presentada como madre del paciente es familiar y se etiqueta; carretera y fecha del choque",
)

# 168
p(
    "es",
    "birth_announcement",
    "¡El primer bebé del año en nuestro campus de St. Paul se llama Emiliano Quishpe! Nació el primero de enero a las 12:31 a.m. y pesó 3.4 kilos. 🎉",
    [("NAME", "Emiliano Quishpe"), ("DATE", "primero de enero")],
    note="nombre y fecha de nacimiento en palabras; el campus es del hospital",
)

# 169
p(
    "es",
    "patient_story",
    "Un señor de 97 años de la comunidad ecuatoriana nos pidió música de pasillo durante su diálisis. Hoy todo el piso canta 'El aguacate'. 🎶",
    [("AGE", "97")],
    note="paciente sin nombre con edad exacta mayor de 89",
)

# 170
p(
    "es",
    "patient_story",
    "Todo el equipo de la UCIN con el guerrero más pequeño 💪 #VamosMatías",
    [("NAME", "#VamosMatías")],
    note="el nombre solo aparece en el hashtag",
)

# 171
n(
    "es",
    "health_tip",
    "Nunca use una parrilla o un generador dentro de la casa o del garaje. El monóxido de carbono no tiene olor. ¿Síntomas? Llame al Centro de Toxicología, 1-800-222-1222, o al 911.",
    "consejo; líneas nacionales",
)

# 172
n(
    "es",
    "staff_spotlight",
    "Conozcan al Dr. Jesús Cruz, nuestro nuevo pediatra en la clínica del East Side. Nació en Puebla, le encanta el fútbol y atiende a sus pacientes en español y en inglés. ⚽",
    "médico del personal; su ciudad natal no es de un paciente",
)

# 173
n(
    "es",
    "event",
    "Altar de Día de Muertos en el vestíbulo del campus de Minneapolis del 28 de octubre al 2 de noviembre. Traiga una foto de su ser querido para la ofrenda. 🌼",
    "evento; el día festivo y la foto no son de un paciente",
)

# 174
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Chagas puede vivir en el cuerpo por años sin síntomas. Si creció en zonas rurales de México o Centroamérica, pregunte por la prueba. 🩺",
    "enfermedad epónima; países y regiones",
)

# 175
n(
    "es",
    "statistic",
    "El 18% de nuestros pacientes prefiere atención en español, y el 3% en kichwa o k'iche'. ¡Gracias a nuestro equipo de intérpretes!",
    "estadística",
)

# 176
n(
    "es",
    "public_figure",
    "¡Gracias a la cantante Ximena Robles por visitar a los niños de pediatría y cantar 'Cielito lindo' con ellos! 🎤",
    "figura pública de visita",
)

# 177
n(
    "es",
    "anonymous_story",
    "Una mamá nos dijo hoy: 'Aquí nadie me hizo sentir que mi inglés era un problema.' Eso es lo que queremos ser. 💛",
    "anónimo",
)

# 178
n(
    "es",
    "recruitment",
    "¿Habla kichwa o k'iche'? Buscamos intérpretes médicos de tiempo parcial. Capacitación pagada. Más información: 612-555-0144.",
    "reclutamiento; línea del hospital",
)

# 179
n(
    "es",
    "campaign_hashtag",
    "Esta temporada, #ConLuzDeEsperanza: cada donación de $20 ilumina la sala de espera de pediatría con libros en español. nsfhfoundation.org",
    "hashtag de campaña con palabras que también son nombres",
)

# 180
n(
    "es",
    "crisis_update",
    "Debido al frío extremo, el transporte gratuito a citas se suspende el lunes 20 de enero. Si tiene una cita, llame al 612-555-0144 para cambiarla.",
    "fecha operativa del hospital",
)
# 181
p(
    "en",
    "pasted_record",
    "pls call back re: DUALE, ABDIWALI  MRN#004-882-13  adm 2/9  rm 5W-508  wife Hamdi 763-555-0166",
    [
        ("NAME", "DUALE, ABDIWALI"),
        ("MRN", "004-882-13"),
        ("DATE", "2/9"),
        ("OTHER_ID", "rm 5W-508"),
        ("NAME", "Hamdi"),
        ("PHONE", "763-555-0166"),
    ],
    note="LAST, FIRST; MRN glued to its label; admission date; room with keyword; wife and her phone (555-01xx, not the hospital's)",
)

# 182
p(
    "en",
    "patient_story",
    "#prayersforwaabanang 🪶 the family asks for tobacco ties and good thoughts, not visits, for now.",
    [("NAME", "#prayersforwaabanang")],
    note="an Ojibwe name only inside a lower-case hashtag",
)

# 183
p(
    "en",
    "patient_story",
    "Sgt. Cha Vue (Army, ret.) came in on the 23rd with frostbite after his truck died on County Road 8 outside Forest Lake. His grandson Tswv walked 2 miles for help. Both are okay. 🇺🇸",
    [
        ("NAME", "Cha Vue"),
        ("DATE", "23rd"),
        ("GEO", "County Road 8"),
        ("GEO", "Forest Lake"),
        ("NAME", "Tswv"),
    ],
    note="title Sgt. excluded; day of month alone; road and town where he was stranded; his grandson",
)

# 184
p(
    "en",
    "patient_story",
    "Shoutout to the Fairgrounds EMS crew who got Theo Sandoval, 8, to us within 15 minutes of his allergic reaction to a cheese curd on opening day. Theo says he's switching to corn dogs. 🌽",
    [("NAME", "Theo Sandoval"), ("NAME", "Theo", "*")],
    note="name; 'opening day' is a relative expression, the Fair is not GEO",
)

# 185
p(
    "en",
    "discharge",
    "Ayaan and Abdikarim Hussein waited eleven years for this baby. Yusuf Abdikarim Hussein arrived on the 27th night of Ramadan, which his grandmother Asli calls a blessing all by itself, at 33 weeks and 4 lb 1 oz. After 3 weeks in our NICU, where his dad broke his fast every evening with our night nurses (the dates were excellent), Yusuf goes home to Eden Prairie today. His big cousins in Rochester have already planned his first Eid outfit. Mahadsanid for letting us be part of your story. 🌙💚",
    [
        ("NAME", "Ayaan"),
        ("NAME", "Yusuf Abdikarim Hussein"),
        ("NAME", "Abdikarim Hussein", "*"),
        ("NAME", "Yusuf", "*"),
        ("DATE", "27th night of Ramadan"),
        ("NAME", "Asli"),
        ("GEO", "Eden Prairie"),
        ("GEO", "Rochester"),
    ],
    note="parents, baby's Somali three-part name, birth on a named night of Ramadan, grandmother, home city, relatives' city; 'first Eid' is a future event",
)

# 186
p(
    "en",
    "patient_story",
    "The Xiong clan filled our whole surgery waiting room this morning (we counted 61) for Txiv Cher Xiong's hip replacement. 🙏 He's awake and asking for his reading glasses.",
    [("NAME", "Cher Xiong"), ("NAME", "Xiong", "*")],
    note="clan name of the patient's family; Txiv is a kinship/respect title",
)

# 187
p(
    "en",
    "pasted_record",
    "Wrong tab, sorry! 'Ship to: Chao Moua, 1187 Payne Ave, St. Paul MN 55130 — Rx: albuterol HFA, rush'",
    [("NAME", "Chao Moua"), ("GEO", "1187 Payne Ave"), ("GEO", "St. Paul"), ("GEO", "55130")],
    note="shipping label pasted by mistake: name, street with house number, city, ZIP",
)

# 188
p(
    "en",
    "pasted_record",
    "Referral: Pt Eh Ywa Htoo, DOB 2019-04-11, for hearing eval. Mom Naw Pe Say speaks Sgaw Karen; please use the Karen line, 651-555-0156.",
    [("NAME", "Eh Ywa Htoo"), ("DATE", "2019-04-11"), ("NAME", "Pe Say")],
    note="Karen names (Naw excluded), ISO date of birth; the Karen line is the hospital's",
)

# 189
p(
    "en",
    "thank_you",
    "Thank you, Lor family, for the beautiful story cloth! Anyone who wants to send a note to our nurses can email stories@northstarfamilyhealth.org. (Pa Kou, we got yours at palor.kou@gmail.com and cried.)",
    [("NAME", "Lor"), ("NAME", "Pa Kou"), ("EMAIL", "palor.kou@gmail.com")],
    note="family surname, a relative's name and personal e-mail next to the hospital's own e-mail",
)

# 190
p(
    "en",
    "milestone_birthday",
    "Two years ago today, Martin Luther Ochieng was born in our Mother-Baby unit on MLK Day. His mom Grace says the name was never in doubt. Happy birthday, Martin! 🎈",
    [
        ("NAME", "Martin Luther Ochieng"),
        ("NAME", "Martin", "*"),
        ("DATE", "MLK Day"),
        ("NAME", "Grace"),
    ],
    note="a patient named after a historical figure; born on a holiday; mother's name is a word",
)

# 191
p(
    "en",
    "pasted_record",
    "Prior auth pending: UCare ID 300482117-01, pt Moo Khu, DOB 05.30.2014, power wheelchair SN WX-22819-K.",
    [
        ("HEALTH_PLAN", "300482117-01"),
        ("NAME", "Moo Khu"),
        ("DATE", "05.30.2014"),
        ("DEVICE", "WX-22819-K"),
    ],
    note="health plan member ID, Karen name, dotted DOB, device serial",
)

# 192
p(
    "en",
    "discharge",
    "Sunny days ahead for Sunny Littlewolf, who beat frostbite on 8 of 10 fingers and goes home to Cloquet today. ☀️",
    [("NAME", "Sunny Littlewolf"), ("GEO", "Cloquet")],
    note="the first 'Sunny' is an adjective; home town",
)

# 193
p(
    "en",
    "memorial",
    "Rest in power, Mama Hodo. Hodo Warsame Jama, our longtime dialysis patient, ran the best sambusa stand at the State Fair for 20 years. She passed at home on Saturday, Feb. 1, surrounded by her 9 children.",
    [("NAME", "Hodo Warsame Jama"), ("NAME", "Hodo", "*"), ("DATE", "Feb. 1")],
    note="Somali name; date of death (the weekday is not labelled); the Fair is not GEO",
)

# 194
p(
    "en",
    "birth_announcement",
    "Touchdown! 🏈 Baby Tomás arrived on Super Bowl Sunday in the 4th quarter. Dad Héctor Lozano missed the whole game and says it was worth it.",
    [("NAME", "Tomás"), ("DATE", "Super Bowl Sunday"), ("NAME", "Héctor Lozano")],
    note="birth on a named day; father",
)

# 195
p(
    "en",
    "patient_story",
    "Coach Yang is back on the sideline! 🏀 Coach Fong Yang of Harding High spent New Year's Day in our cardiac ICU and was at practice by the 20th. His players have never run so many laps.",
    [
        ("NAME", "Fong Yang"),
        ("NAME", "Yang", "*"),
        ("NAME", "Harding High"),
        ("DATE", "New Year's Day"),
        ("DATE", "20th"),
    ],
    note="title Coach excluded; the school he works for is his employer (NAME); admission on a holiday; day of month alone",
)

# 196
p(
    "en",
    "anonymous_story",
    "To the patient in ED bed 4 on the night of the 14th: your wedding ring is safe with Security. Call 612-555-0100 and ask for the lost & found. 💍",
    [("OTHER_ID", "bed 4"), ("DATE", "14th")],
    note="unnamed patient identified by a bed number and a day of month; the hospital's line",
)

# 197
p(
    "en",
    "patient_story",
    "Found after the Feb. 2 rescue on Lake Vermilion: a wallet with a fishing license (#M-99182-40) belonging to our patient, Gerald Boshey. Gerald, it's at the ED desk! 🎣",
    [
        ("DATE", "Feb. 2"),
        ("GEO", "Lake Vermilion"),
        ("LICENSE", "M-99182-40"),
        ("NAME", "Gerald Boshey"),
        ("NAME", "Gerald", "*"),
    ],
    note="date and lake of the accident, fishing licence number, name",
)

# 198
p(
    "en",
    "patient_story",
    "Thra Law Eh Soe had a stroke in March during Sunday service and could not speak a word of Karen or English. Last week he preached again. 🙏 Ta blut to our speech therapy team.",
    [("NAME", "Law Eh Soe"), ("DATE", "March")],
    note="Karen name without the honorific Thra; a month alone tied to the patient",
)

# 199
p(
    "en",
    "pasted_record",
    "CLOUD, VERNON R.  94 y/o M  adm 12/26  hypothermia, found in vehicle nr Ponsford",
    [("NAME", "CLOUD, VERNON R."), ("AGE", "94"), ("DATE", "12/26"), ("GEO", "Ponsford")],
    note="surname that is a word, age over 89, admission date, where he was found",
)

# 200
p(
    "en",
    "patient_story",
    "Ayaan's big sister has been posting her chemo journey on TikTok @ayaan.vs.leukemia. Go show her some love 💗",
    [("NAME", "Ayaan"), ("OTHER_ID", "@ayaan.vs.leukemia")],
    note="patient name and the family's social handle",
)

# 201
p(
    "en",
    "patient_story",
    "#PRAYFORMAIKA 🙏 Mai Ka is 6, she has a long road ahead, and she has the whole Lor and Vang clans behind her.",
    [("NAME", "#PRAYFORMAIKA"), ("NAME", "Mai Ka"), ("NAME", "Lor"), ("NAME", "Vang")],
    note="all-caps name hashtag; Hmong two-part name; the family's clan names",
)

# 202
p(
    "en",
    "birth_announcement",
    "Leap day baby! 🐸 Born 2/29 to Kia and Pheng Her of Maplewood, little Tswj will only get a real birthday every 4 years.",
    [
        ("DATE", "Leap day"),
        ("DATE", "2/29"),
        ("NAME", "Kia"),
        ("NAME", "Pheng Her"),
        ("NAME", "Tswj"),
        ("GEO", "Maplewood"),
    ],
    note="birth date written twice; parents; home city; baby",
)

# 203
n(
    "en",
    "eponymous_condition",
    "Addison's disease can cause fatigue, salt cravings and dark patches of skin. It's rare, it's treatable, and it's easy to miss. Ask your provider.",
    "eponymous condition that is also a given name",
)

# 204
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Amanda Kingbird, family physician, Red Lake Nation citizen, and the reason our Little Earth outreach clinic now opens on Saturdays. 🪶",
    "staff physician; her affiliation and the hospital's outreach clinic",
)

# 205
n(
    "en",
    "statistic",
    "In January our ED treated 74 frostbite cases. 9 of those patients were over 90, and 22 were under 18. Check on your neighbors. 🧤",
    "aggregate statistics; population ages",
)

# 206
n(
    "en",
    "public_figure",
    "Hubert H. Humphrey said the moral test of government is how it treats those in the dawn of life, the twilight of life, and the shadows of life. Our founders took that personally.",
    "historical figure",
)

# 207
n(
    "en",
    "event",
    "Find our first-aid tent at the Hmong Freedom Fest, July 5–6, McMurray Field. Sunscreen is free, and so are the blood-pressure checks. ☀️",
    "event dates and venue",
)

# 208
n(
    "en",
    "sponsor",
    "Thank you to the Vang Family Foundation and Sun Foods for 400 Thanksgiving turkeys for our East Side families! 🦃",
    "donors",
)

# 209
n(
    "en",
    "staff_spotlight",
    "Our oldest employee, Esther, turned 90 this week and still works Tuesdays in the gift shop. Happy birthday, Esther! 🎂",
    "an employee's age over 89 is not a patient's",
)

# 210
n(
    "en",
    "anonymous_story",
    "Someone's grandpa left a very fine fur hat in the ED waiting room. Lost & found: 612-555-0100. 🧢",
    "anonymous; the hospital's line",
)

# 211
n(
    "en",
    "crisis_update",
    "A water main break on Lake Street has closed our Bloomington Avenue entrance. Use the 28th Street doors. All appointments are running on time.",
    "streets around the hospital, not a patient's",
)

# 212
n(
    "en",
    "research",
    "Our Safe Sleep study with 300 Somali and Karen families found that 91% kept using the baby boxes after 6 months. Thank you to our community researchers!",
    "research statistics; 91% is not an age",
)

# 213
n(
    "en",
    "health_tip",
    "Snowmobile season is here. Minnesota requires a safety certificate for riders born after 1976. Helmets, no alcohol, and stay off lakes after dark. 🛷",
    "tip; a population birth year",
)

# 214
n(
    "en",
    "campaign_hashtag",
    "Our cartoon nurse Kou is back with a new #KouKnows video about RSV! Watch it in Hmong and English at northstarfamilyhealth.org/kou",
    "a cartoon character's name in a campaign hashtag; the video is not of a patient",
)

# 215
n(
    "en",
    "recruitment",
    "Now hiring: an Ojibwe-speaking patient navigator for our Little Earth outreach clinic. Apply at northstarfamilyhealth.org/careers. Miigwech!",
    "recruitment; the hospital's own clinic",
)

# 216
n(
    "en",
    "anonymous_story",
    "A man in his 90s drove himself 40 miles through a snowstorm to our ED with a broken hip. We have questions. He has no regrets.",
    "anonymous; a decade range is the aggregate category",
)

# 217
n(
    "en",
    "hospital_contact",
    "Media inquiries: 612-555-0199 or media@northstarfamilyhealth.org. For patient updates, families should call the unit directly.",
    "the hospital's media line and e-mail",
)

# 218
n(
    "en",
    "eponymous_condition",
    "What's an Apgar score? Named for Dr. Virginia Apgar, it's a quick check of a newborn at 1 and 5 minutes after birth. A 7 is great. So is a 9.",
    "eponym and historical figure",
)

# 219
n(
    "en",
    "event",
    "July 1 is Somali Independence Day! Our mobile clinic will be at the Cedar-Riverside festival with free diabetes screening. 🇸🇴",
    "awareness/holiday event",
)

# 220
n(
    "en",
    "staff_spotlight",
    "Congrats to nurse Luz Ortega on 25 years in our NICU! She's held more than 6,000 babies and remembers every one of their parents' names. 💐",
    "staff nurse whose name is a word",
)

# 221
n(
    "en",
    "anonymous_story",
    "Every Friday a grandpa brings homemade tamales to his wife's dialysis nurses. Every. Single. Friday. 🫔",
    "anonymous; weekdays are not dates",
)

# 222
n(
    "en",
    "public_figure",
    "Crunch the Wolf stopped by pediatrics with the Timberwolves dance team today! 🐺 Thank you for the high-fives.",
    "mascot and team visit",
)

# 223
p(
    "es",
    "pasted_record",
    "Fwd: resultados de Brayan Pillco Naula, F.N. 14-09-2016, seguro MinnesotaCare 7720194455, mamá Jessica Naula 651-555-0133, correo jnaula16@hotmail.com",
    [
        ("NAME", "Brayan Pillco Naula"),
        ("DATE", "14-09-2016"),
        ("HEALTH_PLAN", "7720194455"),
        ("NAME", "Jessica Naula"),
        ("PHONE", "651-555-0133"),
        ("EMAIL", "jnaula16@hotmail.com"),
    ],
    note="nombre con doble apellido, fecha de nacimiento, número de seguro, madre, su teléfono (555-01xx que no es del hospital) y correo",
)

# 224
p(
    "es",
    "memorial",
    "Descanse en paz, Chelo. 🕊️ Consuelo 'Chelo' Ríos Maldonado, de Tlapa, Guerrero, paciente de nuestra clínica por 15 años, falleció el 3 de mayo, Día de la Santa Cruz.",
    [
        ("NAME", "Consuelo 'Chelo' Ríos Maldonado"),
        ("NAME", "Chelo", "*"),
        ("GEO", "Tlapa"),
        ("DATE", "3 de mayo"),
        ("DATE", "Día de la Santa Cruz"),
    ],
    note="nombre con apodo, pueblo de origen (Guerrero es un estado), fecha de muerte escrita dos veces",
)

# 225
p(
    "es",
    "discharge",
    "Don Fidel Quito Guamán volvió hoy a su casa en Minneapolis después de caer de un techo el 2 de octubre mientras trabajaba para Tecpa Roofing. ¡Fuerza, don Fidel!",
    [
        ("NAME", "Fidel Quito Guamán"),
        ("NAME", "Fidel", "*"),
        ("GEO", "Minneapolis"),
        ("DATE", "2 de octubre"),
        ("NAME", "Tecpa Roofing"),
    ],
    note="apellido que también es una ciudad; su ciudad; fecha del accidente; su empleador (NAME)",
)

# 226
p(
    "es",
    "milestone_birthday",
    "¡90 primaveras! 🌸 Feliz cumpleaños, abuelita Esperanza Chuqui.",
    [("AGE", "90"), ("NAME", "Esperanza Chuqui")],
    note="edad de 90 y nombre; 'abuelita' no es parte del nombre",
)

# 227
p(
    "es",
    "thank_you",
    "Gracias a todos los que siguen la recuperación de Dayanna en @fuerza_dayanna 💪 Hoy ya come solita.",
    [("NAME", "Dayanna"), ("OTHER_ID", "@fuerza_dayanna")],
    note="nombre y cuenta de redes de la familia",
)

# 228
p(
    "es",
    "milestone_birthday",
    "¡¡¡FELICIDADES A DON JUAN CARLOS MOROCHO POR SUS 96 AÑOS!!! 🎉 Todo el piso de diálisis le cantó Las Mañanitas.",
    [("NAME", "JUAN CARLOS MOROCHO"), ("AGE", "96")],
    note="nombre en mayúsculas y edad mayor de 89",
)

# 229
p(
    "es",
    "thank_you",
    "Al paciente de la habitación 312 que nos enseñó a bailar sanjuanito: ¡lo vamos a extrañar! 💃",
    [("OTHER_ID", "habitación 312")],
    note="paciente sin nombre identificado por su habitación",
)

# 230
p(
    "es",
    "discharge",
    "Jhon Sisalima nació el día 5 a las 30 semanas; hoy sale de la UCIN con sus papás. ¡A casa, campeón! 🏠",
    [("NAME", "Jhon Sisalima"), ("DATE", "día 5")],
    note="nombre y día del mes solo",
)

# 231
p(
    "es",
    "patient_story",
    "Si usted vio el accidente del 12 de marzo en la calle Lake y la avenida Bloomington, la familia de Germán Saquicela pide que llame a su hija Mayra al 612-555-4098. Información médica: 612-555-0144.",
    [
        ("DATE", "12 de marzo"),
        ("GEO", "calle Lake"),
        ("GEO", "avenida Bloomington"),
        ("NAME", "Germán Saquicela"),
        ("NAME", "Mayra"),
        ("PHONE", "612-555-4098"),
    ],
    note="fecha y calles del accidente (aunque una sea la avenida del hospital), paciente, hija y su teléfono; la línea en español es del hospital",
)

# 232
n(
    "es",
    "health_tip",
    "Antes de pescar en el hielo: 4 pulgadas para caminar, 8 a 12 para un carro. Lleve picos de hielo y una cuerda, y nunca vaya solo. 🎣",
    "consejo",
)

# 233
n(
    "es",
    "staff_spotlight",
    "Doña Carmen, nuestra voluntaria de 92 años, lleva 20 años tejiendo gorritos para la UCIN. ¡Gracias, doña Carmen! 🧶",
    "la edad y el nombre de una voluntaria no son de un paciente",
)

# 234
n(
    "es",
    "event",
    "Este 12 de diciembre, Día de la Virgen de Guadalupe, tendremos vacunas gratis después de la misa en la parroquia del West Side. 🌹",
    "evento en un día festivo que no es de un paciente",
)

# 235
n(
    "es",
    "eponymous_condition",
    "El mal de Parkinson no es solo temblor: también puede causar rigidez, caídas y tristeza. Grupo de apoyo en español el primer jueves de cada mes.",
    "enfermedad epónima",
)

# 236
n(
    "es",
    "statistic",
    "1 de cada 3 adultos latinos en nuestras clínicas tiene prediabetes. La buena noticia: se puede revertir. Pregúntenos. 🥗",
    "estadística",
)

# 237
n(
    "es",
    "public_figure",
    "Celebramos a Dolores Huerta, que nos recordó que la salud también es justicia. ¡Sí se puede! ✊",
    "figura pública; nombre que también es palabra",
)

# 238
n(
    "es",
    "anonymous_story",
    "Una paciente de más de 90 años nos pidió que le pusiéramos un pasillo ecuatoriano en su última sesión de diálisis. Nadie pudo contener las lágrimas. 🎶",
    "anónimo; 'más de 90 años' es la categoría agregada, no una edad exacta",
)

# 239
n(
    "es",
    "hospital_contact",
    "¡Nuestra clínica del East Side, 455 Arcade Street, ahora abre los sábados de 9 a 1! Citas: 651-555-0101.",
    "dirección y teléfono del hospital",
)

# 240
n(
    "es",
    "campaign_hashtag",
    "Las abuelas siempre tienen razón: #MamáSabe que la vacuna contra la gripe protege a toda la familia. Comparta su consejo. 💉",
    "hashtag de campaña",
)

if __name__ == "__main__":
    S.main("phi_dev61_source")
