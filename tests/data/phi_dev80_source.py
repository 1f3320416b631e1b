"""Blind development set d80 for the PHI scanner: tests/data/phi_dev80.jsonl.

Organisation: Archway Unity Health (phi_dev80_org.json), a fictional three-site system: Archway
Unity Medical Center - Midtown (4400 Confluence Parkway, St. Louis, MO 63108: Burn Center, Sickle
Cell Center, NICU), Archway Unity South - Bevo (5150 Morganford Commons Drive, St. Louis, MO 63109)
and Archway Unity East (900 Eads Landing Boulevard, East St. Louis, IL 62201); ten 555-01xx
numbers, archwayunity.org / archwayunityfoundation.org / myarchway.org, four handles.
Focus: Bosnian families of Bevo Mill (Hodžić, Begić, Mehmedović, Ćatić, Šabić, with and without
diacritics), Black families of North St. Louis and East St. Louis, Italian families of The Hill,
Mexican and Salvadoran families of Cherokee Street; gun violence survivors, sickle cell, the burn
unit, Cardinals and Blues fans; Ramadan / Ramazan, Bajram, Eid, Đurđevdan, Nevruz, St. Joseph's Day,
Día de la Virgen, Día de Reyes, Día de los Muertos, Juneteenth.
Hard cases: ages over 89 as digits, words (English, Spanish, Bosnian "Stotinu"), ordinals,
"turned 100", "in his 90s", "92yo", "91F", "90 y.o.", nonagenarian / centenarian / centenaria;
person-tied dates in numeric, written, day-alone, holiday and feast-day, religious-month and
Spanish forms, often written twice; names that are words or places (Nada, Luz, hope, Destiny,
Memphis, Paris, Kingston, Zaire, Peanut, Doc, Milagro), lower-case and ALL-CAPS names, initials,
nicknames, hyphenated and double surnames, names only in hashtags or handles, relatives, employers,
home towns abroad, streets, ZIPs; pasted chart lines, bed and census boards, crib cards, portal
messages, fax sheets, a billing chat, a valet ticket and a help-desk ticket with MRN, phone, fax,
e-mail, account, plan, SSN, device, licence, plate, IP and URL values.
Hard negatives: staff and doctors with and without titles (some sharing patients' names,
nicknames and surnames), volunteers and donors over 89 with their birthdays, staff members' own
relatives, public and historical figures of the region (Musial, Berra, Garagiola, Chuck Berry,
Miles Davis, Joyner-Kersee, Katherine Dunham, Óscar Romero), eponymous conditions, awareness days
and months, event dates on the same holidays as patients' events, population ages, statistics,
anonymous twins of patient stories, campaign hashtags, a sponsor that is elsewhere an employer,
and the hospital's own phones (several written forms), addresses, domains and handles.
Language mix: 240 posts, 200 English and 40 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Employers are NAME (holdout rule), also public employers and their abbreviation ("East St. Louis
  Fire Department", "ESLFD") and businesses named after places ("Sarajevo Pekara", "Tower Grove
  Auto Parts"); the street or neighbourhood where the patient or a parent works is GEO ("Gravois",
  "Natural Bridge", "Shaw Avenue", "The Hill", "cherokee").
- "St. Louis" and "East St. Louis" are GEO when they say where the patient lives or settled; as
  campus names or the hospital's city they are not.
- The place of a patient's injury is GEO: street, park, road, interstate. An intersection is one
  span ("Arsenal and Grand"); an interstate and its cross street are two ("I-55", "Loughborough").
  Birthplaces and home towns abroad or in other states are GEO at city level (Bratunac, Foča,
  Mound Bayou, Cairo, Santa Ana, Jerez, Fresnillo); countries and states never.
- A religious month in which the patient's event happened is a date element like "in March"
  ("spent most of Ramadan" -> "Ramadan"); "the first day of Ramazan" names one day and is labelled
  as "first day of Ramazan". Holidays on which the event fell are DATE with the holiday's name as
  written ("Ramazanski Bajram", "Kurban Bajram", "Bajram" from "Bajram morning", "Eid",
  "Đurđevdan", "Nevruz", "CHRISTMAS DAY", "easter sunday", "Ash Wednesday", "Holy Saturday",
  "Jueves Santo", "día de la Virgen de Guadalupe", "4TH OF JULY"...).
- "Opening Day" (the Cardinals' home opener) is DATE when the patient's event fell on it: it names
  one day of the year like a holiday.
- A nickname that names the birth date ("our littlest Valentine", born 2/14) is labelled DATE
  "Valentine", like "our Pi Day baby".
- Holiday greetings ("Bajram Mubarek", "Eid Mubarak") are not dates; a second mention of the same
  holiday about a later occasion ("this Mother's Day? He's taking his mom to brunch") is left
  unlabelled (ok=).
- Appointment, follow-up, results, specimen-collection, dose-change and hospital-pass dates of a
  patient are DATE. A day of the month alone is labelled as its ordinal ("the 14th" -> "14th").
  Times that look like dates (ARR 0214, 0612, 0840) are never labelled.
- Ages: "in his 90s" -> "90s"; "92yo" and "91F" (age glued to a sex letter) are one token;
  "90 y.o." -> "90"; Bosnian "Stotinu godina" -> "Stotinu"; a patient's relative's age over 89 is
  AGE ("nana Mevlida, 93"). Numbers over 89 that are not ages ("100th hydroxyurea refill",
  "97 days later", plate "BLUES 91") are not labelled.
- Initials keep their periods ("H.", "A.J.", "HADZIC, F.", "g. russo"); one-letter nicknames are
  NAME ("X", "Z & Z").
- Kinship words used as forms of address are not part of a name (nana, nena, dedo, nonna, nonno,
  mama, tata): "'Nena Hana'" -> "Hana", "mama pearl" -> "pearl"; a hashtag that joins a kinship
  word and a name is one NAME span ("#DedaSafetStrong"). Titles (Mother in a church, Doña, don,
  Captain, Rahmetli) are excluded.
- The article of a Spanish nickname is excluded ("'El Flaco'" -> "Flaco"); "LIL" in "LIL ROD" is
  part of the nickname; a Bosnian vocative ("Ibrahime") is NAME.
- When a patient's name is also used in the same post as a word or a place ("Nada means 'hope'",
  "Sunčica means 'little sun'", "has never been to Memphis"), that use is left unlabelled (ok=).
  A hashtag that puns on the patient's name ("#DestinyFulfilled") is a name hashtag.
- The patient's or a relative's own social handle is OTHER_ID; team handles (@Cardinals,
  @StLouisBlues) and commenters not identified as patients or relatives are not labelled.
- OTHER_ID also covers a valet ticket number, a help-desk ticket number, a wristband number and an
  encounter (CSN) number tied to a patient; a portal user name is OTHER_ID even inside a
  hospital-domain reset link, while the link itself (hospital domain) is not labelled.
- A guarantor parent's SSN, a cousin's driver's licence and the family car's plate are labelled as
  relatives' identifiers. Photos of boards, labels and whiteboards are not PHOTO.
- A patient's church, parish, school, university and sports team are not identifiers.
- Unnamed patients become patient-specific through one identifier: an age over 89 and a
  neighbourhood ("A 97-year-old grandmother from Bevo Mill"), an intersection and day of injury,
  or a relative's name ("To Mr. Leon Whitmore, who slept beside his wife's bed").
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev80.jsonl"), os.path.join(HERE, "phi_dev80_org.json"), "d80")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "milestone_birthday",
    "Sretan rođendan, Nana Hajra! 🎂 Hajra Mehmedović turned 100 on Saturday, and the 6 West team "
    "threw a party worthy of a centenarian: burek from her granddaughter Amela, a Cardinals cap from "
    "her great-grandson Dino, and a card signed by everyone on the unit. Hajra came to St. Louis from "
    "Bratunac in 1997 and has lived on Gravois ever since. Stotinu godina! #ArchwayUnity",
    [
        ("NAME", "Hajra Mehmedović"),
        ("NAME", "Hajra", "*"),
        ("AGE", "100"),
        ("AGE", "centenarian"),
        ("NAME", "Amela"),
        ("NAME", "Dino"),
        ("GEO", "St. Louis"),
        ("GEO", "Bratunac"),
        ("GEO", "Gravois"),
        ("AGE", "Stotinu"),
    ],
    note="centenarian patient; 'Nana' is a kinship word, not part of the name; Bosnian 'Stotinu "
    "godina' (a hundred years) is an age over 89; St. Louis is where she lives; weekday and bare year "
    "not labelled",
)

# 2
n(
    "en",
    "milestone_birthday",
    "Happy 94th birthday to Marguerite “Margie” Colombo, who has volunteered at our Midtown gift shop "
    "every Tuesday since 1989! Margie grew up on The Hill, still walks to Mass at St. Ambrose, and says "
    "the secret is 'red sauce and minding your own business.' Stop by and wish her well — her party is "
    "today at 2 p.m. in the Confluence Room, 4400 Confluence Parkway. 🎉",
    "a volunteer's age over 89, birthday and neighbourhood: volunteers are never labelled",
)

# 3
p(
    "en",
    "patient_story",
    "Two years ago Keshawn Harris was shot twice walking home from his job at Tower Grove Auto Parts. "
    "Last week Keshawn — 'Shawn' to everybody on Cote Brilliante — walked across the stage at Vashon "
    "High. His mom, Tamika, cried the whole ceremony. We're so proud of you, Shawn. #KeshawnStrong "
    "#EndGunViolence",
    [
        ("NAME", "Keshawn Harris"),
        ("NAME", "Keshawn", "*"),
        ("NAME", "Shawn", "*"),
        ("NAME", "Tower Grove Auto Parts"),
        ("GEO", "Cote Brilliante"),
        ("NAME", "Tamika"),
        ("NAME", "#KeshawnStrong"),
    ],
    note="gun violence survivor; employer (Tower Grove Auto Parts) is NAME; his street is GEO; the "
    "school name is not an identifier; #EndGunViolence is a campaign hashtag",
)

# 4
n(
    "en",
    "public_figure",
    "Happy birthday to East St. Louis's own Jackie Joyner-Kersee (born March 3)! Six Olympic medals, "
    "and she has always been open about living with asthma. Her story is why our East campus pediatric "
    "asthma clinic runs free spirometry screenings every first Saturday. Info: (618) 555-0145. #EastSide",
    "public figure's birthday and home town; hospital phone",
)

# 5
p(
    "en",
    "birth_announcement",
    "Bajram Mubarek! 🌙 Little Emina Begić arrived at 4:12 a.m. on the first morning of Ramazanski "
    "Bajram — 7 lb 3 oz of pure joy. Mama Selma and tata Emir say she's the sweetest present their "
    "family in Bevo Mill has ever gotten. Dobro došla, Emina!",
    [
        ("NAME", "Emina Begić"),
        ("NAME", "Emina", "*"),
        ("DATE", "Ramazanski Bajram"),
        ("NAME", "Selma"),
        ("NAME", "Emir"),
        ("GEO", "Bevo Mill"),
    ],
    note="born on Ramazanski Bajram (DATE); the greeting 'Bajram Mubarek' is not a date; time of birth "
    "not labelled; mama/tata are kinship words",
)

# 6
n(
    "en",
    "event",
    "Eid Mubarak from all of us at Archway Unity! 🌙 Our Bevo clinic (5150 Morganford Commons Drive) "
    "will close early on Eid al-Fitr and reopen the next morning at 8. Need a nurse after hours? Call "
    "314.555.0190. Bosnian and Arabic interpreters: 314-555-0178. #EidMubarak",
    "holiday hours; hospital address and phones",
)

# 7
p(
    "en",
    "patient_story",
    "When Deja Whitfield was 6 she spent her birthday in a pain crisis on 7 North. This year — her 21st "
    "— she spent it running the Sickle Cell 5K with our hematology team. 'I used to count the ceiling "
    "tiles in room 714,' she told us. Now she's studying nursing at Harris-Stowe. 💛 Deja, you inspire "
    "us. #SickleCellStrong",
    [
        ("NAME", "Deja Whitfield"),
        ("NAME", "Deja", "*"),
        ("OTHER_ID", "room 714"),
    ],
    note="sickle cell patient named; her former room number is OTHER_ID; ages under 90 and the "
    "university are not identifiers",
)

# 8
n(
    "en",
    "anonymous_story",
    "One of our sickle cell warriors spent her 6th birthday on 7 North years ago. Last weekend she ran "
    "our Sickle Cell 5K alongside the nurses who cared for her — and beat most of them. 💛 She asked us "
    "not to share her name, but she wanted every kid in a pain crisis tonight to know: it gets better. "
    "#SickleCellStrong",
    "anonymous patient: an age under 90, a hospital unit and a relative time identify no one",
)

# 9
p(
    "en",
    "pasted_record",
    "pls disregard 🙈 wrong window — BOYD, LAVELL A   MRN 00719264   DOB 09/19/2003   Dx HbSS w/ VOC   "
    "f/u Dr. Okafor heme clinic   mother (Tamara) cell 314-555-0126",
    [
        ("NAME", "BOYD, LAVELL A"),
        ("MRN", "00719264"),
        ("DATE", "09/19/2003"),
        ("NAME", "Tamara"),
        ("PHONE", "314-555-0126"),
    ],
    note="pasted chart line; the doctor is staff",
)

# 10
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Ifeoma Okafor, director of our Sickle Cell Center! Dr. Okafor grew up in Lagos, trained at "
    "Howard, and has run our adult transition clinic since 2016. Her favorite part of the job? 'Watching "
    "my 12-year-olds become 25-year-olds who run their own appointments.' Appointments: (314) 555-0123. "
    "#StaffSpotlight",
    "staff member, her home city and patients' ages in general",
)

# 11
p(
    "en",
    "memorial",
    "Rest easy, Sal. Salvatore 'Sally Boy' Cusumano, who ran the bocce courts behind his house on "
    "Marconi Avenue for 50 years, died peacefully on our palliative unit on March 19 — St. Joseph's Day, "
    "the feast he never missed. His daughters Rosemarie and Gina asked us to share that his St. Joseph's "
    "table will still go up this year. Riposa in pace.",
    [
        ("NAME", "Sal"),
        ("NAME", "Salvatore 'Sally Boy' Cusumano"),
        ("GEO", "Marconi Avenue"),
        ("DATE", "March 19"),
        ("DATE", "St. Joseph's Day"),
        ("NAME", "Rosemarie"),
        ("NAME", "Gina"),
    ],
    note="date of death written twice (March 19, St. Joseph's Day): both labelled; 'his St. Joseph's "
    "table' names the custom, not the date",
)

# 12
n(
    "en",
    "public_figure",
    "Yogi Berra and Joe Garagiola grew up across the street from each other on Elizabeth Avenue on The "
    "Hill. This Saturday we're screening for Parkinson's and Alzheimer's warning signs at the St. Ambrose "
    "parish hall, 9 a.m. to noon — bring your questions (and your nonna). Free. Questions: 314-555-0100 "
    "ext. 4. #TheHillSTL",
    "public figures and their street; eponymous conditions; event",
)

# 13
p(
    "en",
    "thank_you",
    "A thank-you note we got this week, shared with permission: 'To the burn unit nurses — you saved my "
    "son Ángel after the fire on Cherokee Street. He turned 9 in your unit on December 12, Día de la "
    "Virgen, and you brought him a cake with a Cardinals logo. We will never forget. — Marisol Rivas.' "
    "❤️🔥",
    [
        ("NAME", "Ángel"),
        ("GEO", "Cherokee Street"),
        ("DATE", "December 12"),
        ("DATE", "Día de la Virgen"),
        ("NAME", "Marisol Rivas"),
    ],
    note="birthday spent in hospital written twice (December 12, Día de la Virgen); street of the fire "
    "is GEO; age 9 not labelled",
)

# 14
n(
    "en",
    "event",
    "¡Nos vemos en Cherokee Street! Our mobile health van will be at the Cinco de Mayo festival on "
    "Cherokee this Sunday, May 5 — blood pressure checks, flu shots, and burn-safety tips for kitchens "
    "and food trucks. Find us near Jefferson Ave. Info: 314-555-0178 (español). @ArchwaySaludSTL",
    "event date and venue; hospital phone and handle",
)

# 15
p(
    "en",
    "pasted_record",
    "BURN ICU 0700 BOARD — Bed 1 MAYS, DeANDRE 24M GSW/flash burn L arm NPO | Bed 2 ZEREGA, CARMELA "
    "91F scald 18% TBSA, dtr Lucia 636-555-0152 | Bed 3 open",
    [
        ("OTHER_ID", "Bed 1"),
        ("NAME", "MAYS, DeANDRE"),
        ("OTHER_ID", "Bed 2"),
        ("NAME", "ZEREGA, CARMELA"),
        ("AGE", "91F"),
        ("NAME", "Lucia"),
        ("PHONE", "636-555-0152"),
    ],
    note="bed board posted by mistake; '91F' is one token (age + sex letter), labelled whole; 24M is "
    "under 90; the empty bed 3 is tied to no patient; 0700 is a time",
)

# 16
n(
    "en",
    "crisis_update",
    "UPDATE 11:40 p.m.: Our Midtown Emergency Department is caring for several people injured in "
    "tonight's shooting. We will not release names or conditions. Families looking for a loved one: "
    "please call our family line, (314) 555-0100, option 2, or come to the Family Center at the Euclid "
    "entrance. Please keep the ambulance bay clear.",
    "crisis update without any patient identifier; hospital phone and entrance",
)

# 17
p(
    "en",
    "patient_story",
    "throwback to the day jaylen woods walked out of our burn unit after 61 days 🔥➡️💪 jay was burned "
    "pulling his little sister nia out of their house fire on harney ave back on january 8th. he's back "
    "on the court at sumner now. proud of u jay!! #jaylenwoods",
    [
        ("NAME", "jaylen woods"),
        ("NAME", "jay", "*"),
        ("NAME", "nia"),
        ("GEO", "harney ave"),
        ("DATE", "january 8th"),
        ("NAME", "#jaylenwoods"),
    ],
    note="all lower case: names, street and date labelled as written; '61 days' not labelled; the "
    "school is not an identifier",
)

# 18
n(
    "en",
    "staff_spotlight",
    "shoutout to our burn tech jay kowalski who just hit 20 years with archway unity 🔥 jay has trained "
    "basically every nurse on the unit and makes the best toasted ravioli at every potluck. love you "
    "jay!! #staffspotlight",
    "lower-case staff name",
)

# 19
p(
    "en",
    "discharge",
    "Going home day for Mirza Kovacevic! 🏠 Mirza, 34, came to us on July 4 with burns to both hands "
    "from a grill flare-up at a family picnic in Carondelet Park. Six weeks, two grafts, and a lot of "
    "occupational therapy later, he's heading back to his job at Bosnia Express Auto on Gravois. His "
    "wife Ajla brought cevapi for the whole unit. Hvala, Mirza!",
    [
        ("NAME", "Mirza Kovacevic"),
        ("NAME", "Mirza", "*"),
        ("DATE", "July 4"),
        ("GEO", "Carondelet Park"),
        ("NAME", "Bosnia Express Auto"),
        ("GEO", "Gravois"),
        ("NAME", "Ajla"),
    ],
    note="Bosnian surname without diacritics; place of injury and employer's street are GEO; employer "
    "is NAME",
)

# 20
n(
    "en",
    "health_tip",
    "Grilling this Fourth of July? Our burn surgeons treated 37 grill and firework injuries last July "
    "alone. Keep kids 3 feet from the grill, never add lighter fluid to hot coals, and run a burn under "
    "cool (not icy) water for 20 minutes. Burn Center: (314) 555-0111. 🇺🇸🔥",
    "holiday tip and statistic, no patient",
)

# 21
p(
    "es",
    "patient_story",
    "¡Felicidades, José Santos! 🎉 Después de 3 meses en nuestra unidad de quemados, José Santos "
    "Portillo regresó a su casa en Cherokee Street el 2 de noviembre, Día de los Muertos. 'Mi mamá, doña "
    "Reina, dice que fue un milagro de mi abuelo', nos contó. Nació en Santa Ana, El Salvador, y trabaja "
    "en la panadería La Guanaca. ¡Fuerza, Santos! #FuerzaSantos",
    [
        ("NAME", "José Santos", 1),
        ("NAME", "José Santos Portillo"),
        ("NAME", "Santos", "*"),
        ("GEO", "Cherokee Street"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de los Muertos"),
        ("NAME", "Reina"),
        ("GEO", "Santa Ana"),
        ("NAME", "La Guanaca"),
        ("NAME", "#FuerzaSantos"),
    ],
    note="discharge date written twice; Santa Ana is a city (GEO) even though it looks like a name; "
    "the bakery is his employer (NAME); El Salvador is a country",
)

# 22
n(
    "es",
    "event",
    "Este 2 de noviembre, Día de los Muertos, nuestro equipo de cuidados paliativos pondrá un altar en "
    "el vestíbulo de Archway Unity Midtown para recordar a todos los pacientes que perdimos este año. "
    "Traiga una foto o una flor de cempasúchil. Informes en español: (314) 555-0178.",
    "event date; patients only as a group",
)

# 23
p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST BIRTHDAY MOTHER HATTIE BELL CRENSHAW!!! 🎉🙏 BORN ON CHRISTMAS DAY IN MOUND BAYOU, "
    "RAISED 9 CHILDREN IN THE VILLE, SANG IN THE CHOIR AT ANTIOCH FOR 70 YEARS. OUR DIALYSIS TEAM "
    "CELEBRATED WITH HER THIS MORNING. ONE HUNDRED AND ONE YEARS OF GRACE!",
    [
        ("AGE", "101ST"),
        ("NAME", "HATTIE BELL CRENSHAW"),
        ("DATE", "CHRISTMAS DAY"),
        ("GEO", "MOUND BAYOU"),
        ("GEO", "THE VILLE"),
        ("AGE", "ONE HUNDRED AND ONE"),
    ],
    note="ALL CAPS; 'MOTHER' is a church title; born on Christmas Day (DATE); birthplace town and "
    "neighbourhood GEO; the church is not an identifier",
)

# 24
n(
    "en",
    "sponsor",
    "Happy 97th birthday to Mr. Ernest Tolliver, who has given to our Homer G. Phillips Nursing "
    "Scholarship every year since it began! Mr. Tolliver trained as an orderly at Homer G. Phillips "
    "Hospital in The Ville in 1949 and never stopped believing in it. He celebrates on March 2 with his "
    "church family — thank you, sir. 🎓 archwayunityfoundation.org/phillips",
    "donor aged over 89 with his birthday; a historic hospital named after a person; foundation domain",
)

# 25
p(
    "en",
    "patient_story",
    "Our patient Gino Berra (no relation to Yogi, he'll tell you, 'but I can hit better') got the "
    "surprise of his life in room 422 when Fredbird showed up with a signed Ozzie Smith card. Gino, 93, "
    "has held Cardinals season tickets since 1967 and broke his hip on Opening Day — the first home "
    "opener he's missed in 56 years. So Fredbird brought the ballpark to him. ⚾ #STLCards",
    [
        ("NAME", "Gino Berra"),
        ("NAME", "Gino", "*"),
        ("OTHER_ID", "room 422"),
        ("AGE", "93"),
        ("DATE", "Opening Day"),
    ],
    note="injured on Opening Day: labelled as a named day (see docstring); Yogi, Ozzie Smith and the "
    "mascot are not patients",
)

# 26
n(
    "en",
    "public_figure",
    "Stan Musial would have turned 100 on November 21, 2020, and we still talk about the day Stan the Man "
    "visited our pediatric ward in 1963 with a harmonica in his pocket. Which Cardinals legend would you "
    "want to see walk through our doors? ⚾ #TBT",
    "public figure's age and birthday",
)

# 27
p(
    "en",
    "thank_you",
    "@ms_tee_314 thank you for the kind words about our 5 North nurses 💙 We'd love to feature your dad, "
    "Mr. Clarence, in our Patient Stories series! We'll reach out at tee.tolliver@gmail.com like you "
    "asked. — Archway Unity Social Team",
    [
        ("OTHER_ID", "@ms_tee_314"),
        ("NAME", "Clarence"),
        ("EMAIL", "tee.tolliver@gmail.com"),
    ],
    note="reply to a patient's daughter: her handle (OTHER_ID) and e-mail, the patient's first name",
)

# 28
n(
    "en",
    "hospital_contact",
    "@stlmom_of3 Great question! Flu shots are walk-in at all three campuses through March — no "
    "appointment needed. Questions? patientexperience@archwayunity.org or 314-555-0100. Please don't "
    "post personal health details here 💙",
    "reply to a member of the public asking a general question; hospital e-mail and phone",
)

# 29
p(
    "es",
    "pasted_record",
    "Mensaje de MyArchway (pegado por error): 'De: lupita.ramirez.stl@yahoo.com — Usuario: lupitar82 — "
    "Hola, soy la mamá de Xóchitl Ramírez, fecha de nacimiento 03/02/2016, expediente 6630118. ¿Pueden "
    "cambiar su cita de hematología del 14 de agosto? Mi celular es 314-555-0147. Gracias.'",
    [
        ("EMAIL", "lupita.ramirez.stl@yahoo.com"),
        ("OTHER_ID", "lupitar82"),
        ("NAME", "Xóchitl Ramírez"),
        ("DATE", "03/02/2016"),
        ("MRN", "6630118"),
        ("DATE", "14 de agosto"),
        ("PHONE", "314-555-0147"),
    ],
    note="portal message: mother's e-mail, portal user name (OTHER_ID), the child's appointment date",
)

# 30
n(
    "es",
    "health_tip",
    "Septiembre es el Mes de Concientización sobre la Anemia Falciforme. 1 de cada 13 bebés "
    "afroamericanos nace con el rasgo falciforme, y también afecta a familias latinas. Pregunte por la "
    "prueba gratuita en nuestra clínica: (314) 555-0123 o visite archwayunity.org/falciforme.",
    "awareness month and statistic",
)

# 31
p(
    "en",
    "pasted_record",
    "Sorry all — this fax cover was in the scanner tray when we snapped the picture for our Nurses Week "
    "post. FAX COVER · Archway Unity Burn Center · fax (314) 555-0112 · Re: PURICELLI, VINCENZO · DOB "
    "11/02/1947 · MRN 3318820 · Acct 99120045 · Plan: Medicare 1EG4-TE5-MK72 · Home (314) 555-0161 · "
    "Pt requests copies faxed to his shop: 314-555-0163 · 2 pages",
    [
        ("NAME", "PURICELLI, VINCENZO"),
        ("DATE", "11/02/1947"),
        ("MRN", "3318820"),
        ("ACCOUNT", "99120045"),
        ("HEALTH_PLAN", "1EG4-TE5-MK72"),
        ("PHONE", "(314) 555-0161"),
        ("FAX", "314-555-0163"),
    ],
    note="fax cover: the hospital's fax is not labelled, the patient's shop fax is FAX; Medicare MBI is "
    "HEALTH_PLAN",
)

# 32
n(
    "en",
    "hospital_contact",
    "Reminder for clinic staff: use the NEW burn center fax cover (link on the intranet). Our fax is "
    "(314) 555-0112, our referral line is 314.555.0111, and records requests go to "
    "records@archwayunity.org. Never post a completed cover sheet — blank template only! 📠",
    "hospital fax, phone and e-mail only",
)

# 33
p(
    "en",
    "memorial",
    "We lost Terrell 'T-Money' Sims on Juneteenth. He was 19, a Sumner grad, and the kid who made every "
    "nurse on 4 East laugh during his three admissions. His grandmother, Mrs. Odell Sims, asked us to "
    "say his name: Terrell. Say it with us. 🕊️ #JusticeForTerrell #WearOrange",
    [
        ("NAME", "Terrell 'T-Money' Sims"),
        ("DATE", "Juneteenth"),
        ("NAME", "Odell Sims"),
        ("NAME", "Terrell", 2),
        ("NAME", "#JusticeForTerrell"),
    ],
    note="died on Juneteenth (holiday = DATE); name hashtag; #WearOrange is a campaign",
)

# 34
n(
    "en",
    "event",
    "Wear Orange weekend is June 7–9. Our violence intervention team at the East St. Louis campus has "
    "walked beside 412 survivors of gun violence since 2019. Join us Saturday at 10 a.m. at 900 Eads "
    "Landing Boulevard for a survivor-led walk. 🧡 #WearOrange #EndGunViolence @ArchwayUnityEast",
    "awareness event date, statistic, hospital address and handle",
)

# 35
p(
    "en",
    "patient_story",
    "From our Cardiac Rehab family: after his heart attack on the loading dock at Sorrento Salumi (yes, "
    "the salami place!), Frank MAZZOLA swore he'd never climb the steps at St. Ambrose again. This "
    "morning he did 40 minutes on the treadmill. His wife Dolores made cannoli for the staff and his "
    "granddaughter Bella made a sign: 'NONNO IS BACK.' 💪🇮🇹",
    [
        ("NAME", "Sorrento Salumi"),
        ("NAME", "Frank MAZZOLA"),
        ("NAME", "Dolores"),
        ("NAME", "Bella"),
    ],
    note="employer is NAME; ALL-CAPS surname; 'NONNO' is a kinship word; the parish is not an identifier",
)

# 36
n(
    "en",
    "staff_spotlight",
    "Our cardiac rehab nurse Gina Oldani learned about heart health at her nonno Pietro's kitchen table "
    "on The Hill — he walked to Mass every day and lived to 96. 'He taught me to make gnocchi and to "
    "never skip my walk,' Gina says. Thank you for 15 years, Gina! ❤️ #NursesWeek",
    "a staff member and her own grandfather (not a patient), even with an age over 89",
)

# 37
p(
    "en",
    "birth_announcement",
    "NICU GRAD ALERT 🎓👶 Baby Kingston Harper was born at 25 weeks on 2/14 — our littlest Valentine — "
    "weighing 1 lb 9 oz. 97 days later he's going home to Walnut Park with mom Brooklyn and big sister "
    "Paris. Kingston, you've got the whole NICU in your corner! #NICUgrad #KingstonHarper",
    [
        ("NAME", "Kingston Harper"),
        ("NAME", "Kingston", "*"),
        ("DATE", "2/14"),
        ("DATE", "Valentine"),
        ("GEO", "Walnut Park"),
        ("NAME", "Brooklyn"),
        ("NAME", "Paris"),
        ("NAME", "#KingstonHarper"),
    ],
    note="birth date written twice ('2/14', 'our littlest Valentine'); '97 days' is a duration, not an "
    "age; names that are places (Kingston, Brooklyn, Paris)",
)

# 38
n(
    "en",
    "anonymous_story",
    "Last week our NICU sent home the smallest baby in our hospital's history — born at 22 weeks, 14 "
    "ounces, now a feisty 5 pounds. Mom asked us to keep it anonymous, but she wanted every NICU parent "
    "to know: it's a marathon, and you're not running it alone. 💕 #NICUAwarenessMonth",
    "anonymous NICU story: relative time and weights only",
)

# 39
p(
    "en",
    "crisis_update",
    "UPDATE: With her family's permission, we can share that 8-year-old Aaliyah Brooks, injured by a "
    "stray bullet Sunday on Genevieve Avenue, is now in fair condition in our pediatric ICU. Her father, "
    "Marcus Brooks, thanks the neighbors who applied pressure until EMS arrived. Media inquiries: (314) "
    "555-0134. Please respect the family's privacy.",
    [
        ("NAME", "Aaliyah Brooks"),
        ("GEO", "Genevieve Avenue"),
        ("NAME", "Marcus Brooks"),
    ],
    note="crisis update that names the patient; the street of the shooting is GEO; weekday not labelled",
)

# 40
n(
    "en",
    "crisis_update",
    "We are aware of reports circulating on social media naming a child hurt in Sunday's shooting. "
    "Archway Unity does not confirm names or conditions of patients without family consent. Please do "
    "not share unverified names. Media: 314-555-0134 · media@archwayunity.org",
    "crisis statement with no patient identifier",
)

# 41
p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Guadalupe Itzel! 🌹 Nació el 12 de diciembre, día de la Virgen de Guadalupe, "
    "en nuestro campus de Midtown. Sus papás, Yesenia Carranza y Juan Carlos Paz, dicen que el nombre ya "
    "estaba decidido desde hace nueve meses. ¡Felicidades a toda la familia Paz-Carranza!",
    [
        ("NAME", "Guadalupe Itzel"),
        ("DATE", "12 de diciembre"),
        ("DATE", "día de la Virgen de Guadalupe"),
        ("NAME", "Yesenia Carranza"),
        ("NAME", "Juan Carlos Paz"),
        ("NAME", "Paz-Carranza"),
    ],
    note="birth date written twice; 'Guadalupe' inside the feast name is part of the DATE span",
)

# 42
n(
    "es",
    "event",
    "Este 12 de diciembre, día de la Virgen de Guadalupe, nuestra capilla de Midtown tendrá una misa en "
    "español a las 6 p.m. con el padre Rubén Ayala. Todos son bienvenidos: pacientes, familias y "
    "personal. 🌹",
    "feast-day event; the chaplain is staff",
)

# 43
p(
    "en",
    "patient_story",
    "A patient in his 90s from Dutchtown told our ER nurses tonight that he's survived 'Sarajevo, a "
    "tornado, and the 1982 Cardinals bullpen,' so a broken wrist wasn't going to stop him. He's already "
    "asking when he can get back to his tomato garden. 🍅 Tough as they come.",
    [
        ("AGE", "90s"),
        ("GEO", "Dutchtown"),
        ("GEO", "Sarajevo"),
    ],
    note="unnamed patient with an age over 89 ('in his 90s' -> '90s') and his neighbourhood; Sarajevo is "
    "the city he lived through",
)

# 44
n(
    "en",
    "statistic",
    "Did you know? Adults 90 and older are the fastest-growing age group in St. Louis City. Our geriatric "
    "ER at Midtown has special mattresses, reading glasses, and volunteers who sit with patients in their "
    "90s so no one waits alone. Learn more: archwayunity.org/geriatric-er",
    "population ages over 89, not a patient's",
)

# 45
p(
    "en",
    "pasted_record",
    "(deleted in 4 min but screenshots exist) ED TRIAGE: JENKINS, MARCUS 'BAM'  MRN 5510294  GSW R THIGH  "
    "ARR 0214 VIA PRIVATE VEH — BLK IMPALA MO PLATE KD7 L4M, DRIVER (COUSIN) ANDRE JENKINS DL M440228193  "
    "CONTACT 314-555-0173",
    [
        ("NAME", "JENKINS, MARCUS 'BAM'"),
        ("MRN", "5510294"),
        ("VEHICLE", "KD7 L4M"),
        ("NAME", "ANDRE JENKINS"),
        ("LICENSE", "M440228193"),
        ("PHONE", "314-555-0173"),
    ],
    note="triage line: plate of the car that brought him, the cousin's licence (a relative's); 'ARR 0214' "
    "is an arrival time, not a date",
)

# 46
n(
    "en",
    "research",
    "New from our Trauma Research Unit: among 1,128 gunshot survivors treated at Archway Unity between "
    "2018 and 2023, those enrolled in our hospital-based violence intervention program were 41% less "
    "likely to be reinjured. Full paper in JAMA Surgery; lead author Dr. Renée Baptiste. 📄",
    "research statistic; the author is staff",
)

# 47
p(
    "en",
    "thank_you",
    "Hvala from the Hodžić family! 🌙 Amra Hodžić spent most of Ramadan on 6 West after her stroke, and "
    "our nurses made sure she had her iftar tray the minute the sun went down. Her son Edin wrote: 'You "
    "treated my mother like your own majka.' Amra is now home in Affton and back to making pita for the "
    "whole street.",
    [
        ("NAME", "Amra Hodžić"),
        ("NAME", "Hodžić", "*"),
        ("NAME", "Amra", "*"),
        ("DATE", "Ramadan"),
        ("NAME", "Edin"),
        ("GEO", "Affton"),
    ],
    note="the month of her admission (Ramadan) is a date element, like 'in March'",
)

# 48
n(
    "en",
    "event",
    "Ramadan Mubarak! 🌙 During Ramadan our cafeterias at all three campuses will offer iftar boxes at "
    "sunset and suhoor grab-and-go from 4 a.m. Our chaplain, Imam Senad Hasanović, is available for "
    "patients and families — call (314) 555-0100 and ask for Spiritual Care.",
    "holiday services; the imam is staff",
)

# 49
p(
    "en",
    "patient_story",
    "Big shoutout to @lilkiki_warrior who just finished her 100th hydroxyurea refill with our pharmacy "
    "team 💊💪 Kiki, you're a legend. Follow her journey — she's raising money for the Sickle Cell 5K! "
    "#KikiStrong",
    [
        ("OTHER_ID", "@lilkiki_warrior"),
        ("NAME", "Kiki"),
        ("NAME", "#KikiStrong"),
    ],
    note="patient's handle (OTHER_ID), nickname and name hashtag; '100th' counts refills, not an age",
)

# 50
n(
    "en",
    "campaign_hashtag",
    "Every warrior deserves a cheering section. 💛 Our #SickleCellStrong and #WarriorWednesday posts this "
    "month are all about the hydroxyurea research happening at our Sickle Cell Center. Follow "
    "@ArchwayUnity for weekly updates, and tag a warrior you love (with their permission!).",
    "campaign hashtags and the hospital's handle",
)

# 51
p(
    "es",
    "thank_you",
    "gracias a todo el equipo de la unidad de quemados por cuidar a mi hijo mateo hernández cruz 🙏 se "
    "quemó el 16 de septiembre con aceite en la cocina del restaurante donde trabajo en cherokee. ya está "
    "en casa en la calle iowa. dios los bendiga — su mamá, rosa",
    [
        ("NAME", "mateo hernández cruz"),
        ("DATE", "16 de septiembre"),
        ("GEO", "cherokee"),
        ("GEO", "calle iowa"),
        ("NAME", "rosa"),
    ],
    note="lower-case family comment shared by the hospital; 'rosa' is the mother's name; the unnamed "
    "restaurant is the mother's workplace, located on Cherokee",
)

# 52
n(
    "es",
    "staff_spotlight",
    "¡Conozcan a Rosa Elena Villaseñor, enfermera de nuestra unidad de quemados desde 2009! Rosa nació en "
    "Zacatecas, llegó a St. Louis a los 19 años y hoy entrena a todo el personal en el cuidado de "
    "quemaduras en niños. 'Cada familia que llega asustada me recuerda a la mía', dice. ¡Gracias, Rosa! 🔥💙",
    "staff member and her origin",
)

# 53
p(
    "en",
    "pasted_record",
    "Posting error, removed: 'MyArchway Secure Message — From: Selma Delić (proxy for son Haris Delić, "
    "DOB 07/30/2011) — selma.delic.stl@gmail.com — Haris's port site is red again, can Dr. Okafor see "
    "him before the 28th? — sent from 198.51.100.47'",
    [
        ("NAME", "Selma Delić"),
        ("NAME", "Haris Delić"),
        ("NAME", "Haris", "*"),
        ("DATE", "07/30/2011"),
        ("EMAIL", "selma.delic.stl@gmail.com"),
        ("DATE", "28th"),
        ("IP", "198.51.100.47"),
    ],
    note="portal message: the day of the requested visit ('the 28th') is a date element; sender IP",
)

# 54
n(
    "en",
    "hospital_contact",
    "Need us? ☎️ Main: (314) 555-0100 · East St. Louis campus: 1-618-555-0145 · Bevo/South campus: "
    "314.555.0156 · Nurse line 24/7: 314-555-0190 · Interpreters (Bosanski / Español): 555-0178 ext. 2 · "
    "Foundation: (314) 555-0167. Find all three campuses at archwayunity.org/locations.",
    "the hospital's own numbers in several forms",
)

# 55
p(
    "en",
    "milestone_birthday",
    "Ninety-four years young! 🎂 Doña Reina Alvarado celebrated her birthday on our rehab unit yesterday, "
    "surrounded by four generations — including great-granddaughter Marisol, who drove in from Kansas "
    "City with pupusas from her shop. Doña Reina says the secret to ninety-four years is 'café, frijoles "
    "y no preocuparse.'",
    [
        ("AGE", "Ninety-four"),
        ("NAME", "Reina Alvarado"),
        ("NAME", "Reina", "*"),
        ("NAME", "Marisol"),
        ("GEO", "Kansas City"),
        ("AGE", "ninety-four"),
    ],
    note="age in words twice; 'Doña' is a title; a relative's home city is GEO",
)

# 56
n(
    "en",
    "staff_spotlight",
    "Ninety-one and still pushing the book cart! 📚 Our volunteer Dorothy Mae Jefferson has delivered "
    "library books to patients at the East St. Louis campus every Wednesday for 22 years. She grew up a "
    "few blocks from Katherine Dunham's dance school and still does her stretches every morning. Want to "
    "volunteer? (618) 555-0145, ext. 3.",
    "a volunteer's age over 89; a historical figure",
)

# 57
p(
    "en",
    "discharge",
    "He's home! 🏠 After 23 days in our burn ICU, Lavell Boyd is back in 63115 with his grandmother and "
    "his dog, Bruno. Lavell was hurt when a space heater caught fire in their Baden duplex on New Year's "
    "Eve. His PT team says he's already doing push-ups. #LavellStrong",
    [
        ("NAME", "Lavell Boyd"),
        ("NAME", "Lavell", "*"),
        ("GEO", "63115"),
        ("GEO", "Baden"),
        ("DATE", "New Year's Eve"),
        ("NAME", "#LavellStrong"),
    ],
    note="ZIP and neighbourhood; injured on New Year's Eve; the dog's name is not labelled",
)

# 58
n(
    "en",
    "health_tip",
    "Space heaters cause 1 in 3 home heating fires. Last winter our burn center treated 18 space-heater "
    "burns between Thanksgiving and Valentine's Day. Keep them 3 feet from beds and curtains, plug "
    "directly into the wall, and never leave one on overnight. Burn Center: 314-555-0111 🔥",
    "holidays that are not a patient's event; statistic",
)

# 59
p(
    "en",
    "patient_story",
    "Mr. H. was one of our first burn patients after the 1994 warehouse fire, and he came back this week "
    "to donate his collection of Blues jerseys to our pediatric playroom. 'The nurses here gave me back "
    "my hands,' he told us. Mr. H. says Brett Hull still owes him a handshake. 🏒 #LGB",
    [
        ("NAME", "H.", "*"),
    ],
    note="a patient's initial is NAME (period included); bare year; Brett Hull is a public figure",
)

# 60
n(
    "en",
    "public_figure",
    "Bob Plager spent 50+ years with the Blues, and he never passed up a chance to visit the kids on our "
    "pediatric floor. On what would have been his birthday, the Blues alumni are reading stories in our "
    "playroom — thank you for keeping Bob's tradition alive! 🏒💙 #LGB",
    "public figure",
)

# 61
p(
    "en",
    "pasted_record",
    "OOPS — the specimen label in our 'meet the lab team' picture was readable. SMAJIC, AMELA  F  DOB "
    "08/30/1979  MRN 6620431  CSN 1180042279  COLL 06/03 0840  CBC/CMP. The picture has been replaced. "
    "Sorry, Amela.",
    [
        ("NAME", "SMAJIC, AMELA"),
        ("DATE", "08/30/1979"),
        ("MRN", "6620431"),
        ("OTHER_ID", "1180042279"),
        ("DATE", "06/03"),
        ("NAME", "Amela"),
    ],
    note="specimen label: encounter number (CSN) is OTHER_ID, the collection date is a date tied to the "
    "patient; 0840 is a time; the picture shows a label, not the patient",
)

# 62
n(
    "en",
    "staff_spotlight",
    "Meet the night lab team at Midtown! 🧪 Amela Husković, Tony Garavaglia and Dee Washington run about "
    "1,400 specimens a night. Amela's tip: label at the bedside, every single time. #LabWeek",
    "staff names (one shares a first name with patients elsewhere)",
)

# 63
p(
    "en",
    "patient_story",
    "10 years ago tonight a drive-by on Kingshighway put a 7-year-old in our trauma bay. Tonight she's a "
    "freshman at Mizzou studying pre-med, and she came back to thank the team. 💙 Proud of you, Destiny. "
    "#DestinyFulfilled",
    [
        ("GEO", "Kingshighway"),
        ("NAME", "Destiny"),
        ("NAME", "#DestinyFulfilled"),
    ],
    note="a name that is also a word; the hashtag plays on her name, so it is a name hashtag; the road "
    "of the shooting is GEO; the university is not an identifier",
)

# 64
n(
    "en",
    "campaign_hashtag",
    "Hope. Faith. Justice. 🧡 This #WearOrange weekend, our violence intervention specialists — many of "
    "them survivors themselves — are hosting a Hope & Healing circle at the East campus. Every story "
    "shared stays in the room. Saturday, June 8, 1 p.m., 900 Eads Landing Boulevard. #HopeAndHealing",
    "virtue words that are also first names; campaign hashtags; event date and hospital address",
)

# 65
p(
    "en",
    "pasted_record",
    "Reposting without the image 🙏 (the whiteboard behind our device clinic nurses showed: 'Rm 518 — "
    'Oldani, Giuseppina "Josie" — PPM interrogation — Medtronic SN RNB608221H — dtr Carla cell '
    "636-555-0185'). Josie, we're so sorry.",
    [
        ("OTHER_ID", "Rm 518"),
        ("NAME", 'Oldani, Giuseppina "Josie"'),
        ("NAME", "Josie", "*"),
        ("DEVICE", "RNB608221H"),
        ("NAME", "Carla"),
        ("PHONE", "636-555-0185"),
    ],
    note="whiteboard in a staff photo: room, pacemaker serial (DEVICE), daughter's name and phone",
)

# 66
n(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for pitchers. 🦾 Our sports medicine team repairs UCL injuries in high "
    "school catchers, softball players and even a few weekend bowlers. Dr. Luis Arreguín explains why "
    "rest beats rushing back, Thursday at 6 p.m. on our Facebook Live. #TommyJohn",
    "eponymous procedure named after a public figure; staff doctor",
)

# 67
p(
    "en",
    "memorial",
    "rest in power big mike 🕊️ michael 'big mike' tolbert fought for 41 days after he was shot outside "
    "his barbershop on west florissant. the whole 4 east family loved his stories about the 1985 "
    "cardinals. prayers to his wife keisha and his boys. #BIGMIKEFOREVER",
    [
        ("NAME", "big mike", 1),
        ("NAME", "michael 'big mike' tolbert"),
        ("GEO", "west florissant"),
        ("NAME", "keisha"),
        ("NAME", "#BIGMIKEFOREVER"),
    ],
    note="lower-case names and street; ALL-CAPS name hashtag; '41 days' and the bare year not labelled",
)

# 68
n(
    "en",
    "memorial",
    "Our hearts are heavy. Nurse Michael 'Mikey' Tolliver, who worked nights in our trauma bay for 31 "
    "years, passed away on October 3. Mikey trained half the ER nurses in this city. Visitation Friday at "
    "the Berean chapel, 4–7 p.m. Rest easy, Mikey. 🕊️",
    "memorial of a staff member: his name, nickname and date of death are not patient identifiers",
)

# 69
p(
    "en",
    "milestone_birthday",
    "92yo and still beat our PT at dominoes 😂 Mr. Otis Franklin from The Ville has been with our cardiac "
    "rehab program since his 80s, and today he celebrated his birthday — Aug. 9 — with a win. Happy "
    "birthday, Mr. Otis!",
    [
        ("AGE", "92yo"),
        ("NAME", "Otis Franklin"),
        ("NAME", "Otis", "*"),
        ("GEO", "The Ville"),
        ("DATE", "Aug. 9"),
    ],
    note="'92yo' is one token; 'his 80s' is under 90",
)

# 70
n(
    "en",
    "anonymous_story",
    "Our oldest marathon finisher this year was an 84-year-old cardiac rehab grad, and our youngest was "
    "19. Whatever your age, our cardiac rehab team can help you get moving again. Referral line: "
    "314-555-0100 ext. 7. 🏃",
    "anonymous patients with ages under 90",
)

# 71
p(
    "es",
    "pasted_record",
    "Se publicó por error la hoja de fax: 'ENVÍO DE FAX — Archway Unity Salud — Para: familia Menjívar, "
    "fax (314) 555-0128 — Paciente: Jonathan Menjívar Guevara — F. nac.: 21/06/2009 — Nº expediente: "
    "7740215 — Medicaid MO: 10448823 — Cita: 3 de julio, Clínica de Quemaduras.' Ya fue eliminada.",
    [
        ("NAME", "Jonathan Menjívar Guevara"),
        ("NAME", "Menjívar", "*"),
        ("FAX", "(314) 555-0128"),
        ("DATE", "21/06/2009"),
        ("MRN", "7740215"),
        ("HEALTH_PLAN", "10448823"),
        ("DATE", "3 de julio"),
    ],
    note="fax sheet addressed to the family's fax; Medicaid number is HEALTH_PLAN; appointment date",
)

# 72
n(
    "es",
    "hospital_contact",
    "¿Necesita enviar documentos a nuestra Clínica de Quemaduras? Nuestro fax es (314) 555-0112 y el "
    "teléfono es 314-555-0111. Para solicitar su expediente escriba a records@archwayunity.org. Nunca "
    "comparta su número de expediente en redes sociales. 📠",
    "hospital fax, phone and e-mail",
)

# 73
p(
    "en",
    "patient_story",
    "If you've had a cannoli on Shaw Avenue, you've probably met 'Peanut.' Concetta 'Peanut' Ribaudo, who "
    "has run the counter at her family's bakery since she was 14, came to our burn unit on Holy Saturday "
    "after a fryer accident. Today she's home, and she sent the whole 3 North team a tray of zeppole for "
    "St. Joseph's Day. Grazie, Peanut! 🥐",
    [
        ("GEO", "Shaw Avenue"),
        ("NAME", "Concetta 'Peanut' Ribaudo"),
        ("NAME", "Peanut", "*"),
        ("DATE", "Holy Saturday"),
    ],
    note="nickname that is a word; injured on Holy Saturday (DATE); the bakery's street is GEO; St. "
    "Joseph's Day here is only when she sent pastries, not her event",
)

# 74
n(
    "en",
    "event",
    "Buon San Giuseppe! 🍋 On March 19 our Hill neighbors open their St. Joseph's Day tables, and our "
    "nutrition team will be at the St. Ambrose table with heart-healthy tips (yes, you can still have one "
    "zeppola). Bread, fava beans and blessings for all. #TheHillSTL",
    "feast day and event date, no patient",
)

# 75
p(
    "en",
    "pasted_record",
    "Taking this down — our 'quiet night on 6 West' photo showed the census board: Rm 601 HADZIC, F. 96 | "
    "Rm 602 OMEROVIC, DZ. | Rm 603 ŠABIĆ, HARIS | Rm 604 CRENSHAW, W. We have reached out to the "
    "families.",
    [
        ("OTHER_ID", "Rm 601"),
        ("NAME", "HADZIC, F."),
        ("AGE", "96"),
        ("OTHER_ID", "Rm 602"),
        ("NAME", "OMEROVIC, DZ."),
        ("OTHER_ID", "Rm 603"),
        ("NAME", "ŠABIĆ, HARIS"),
        ("OTHER_ID", "Rm 604"),
        ("NAME", "CRENSHAW, W."),
    ],
    note="census board in a photo (the photo shows a board, not patients: no PHOTO span); initials keep "
    "their period",
)

# 76
n(
    "en",
    "staff_spotlight",
    "Found our old 2019 staffing board in storage! 😂 '6 West nights: HASANOVIC D. (charge), MOORE T., "
    "GARAVAGLIA A., float: BEGOVIC S.' Some of these legends still work here — tag them! "
    "#ThrowbackThursday",
    "a board of staff names in chart-like format",
)

# 77
p(
    "en",
    "thank_you",
    "Big thanks to the crew at Gateway Tire & Brake on Natural Bridge, who raised $3,200 for their "
    "coworker DeAndre Mays while he healed in our burn unit. DeAndre's mom, Lorraine, says the card they "
    "all signed is taped above his bed at home. 🙏",
    [
        ("NAME", "Gateway Tire & Brake"),
        ("GEO", "Natural Bridge"),
        ("NAME", "DeAndre Mays"),
        ("NAME", "DeAndre", "*"),
        ("NAME", "Lorraine"),
    ],
    note="the patient's employer (NAME) and its street (GEO)",
)

# 78
n(
    "en",
    "sponsor",
    "Big thanks to Gateway Tire & Brake on Natural Bridge for sponsoring this year's Burn Camp! 🔥⛺ Owner "
    "Reggie Hollins and his team raised $3,200 so 40 kids who are burn survivors can spend a week at the "
    "lake. Sponsor info: archwayunityfoundation.org/burncamp",
    "a sponsor business and its owner; campers only as a group",
)

# 79
p(
    "en",
    "birth_announcement",
    "Our Labor & Delivery team had a busy 4th 🎆 — including the Mujić family's third boy, little Tarik, "
    "who arrived just as the fireworks started over the Arch. Dad Adnan says big brothers Emir and Faris "
    "are already arguing over who gets to teach Tarik to ride a bike in Gravois Park.",
    [
        ("DATE", "4th"),
        ("NAME", "Mujić"),
        ("NAME", "Tarik", "*"),
        ("NAME", "Adnan"),
        ("NAME", "Emir"),
        ("NAME", "Faris"),
        ("GEO", "Gravois Park"),
    ],
    note="day of birth written as a bare ordinal ('the 4th'); family neighbourhood",
)

# 80
n(
    "en",
    "health_tip",
    "Happy 4th from Archway Unity! 🎆 Our burn and trauma teams are on duty all night. If you're lighting "
    "fireworks: keep a bucket of water close, never relight a dud, and keep kids well back. Poison "
    "Control: 1-800-222-1222. Emergency: 911.",
    "holiday greeting and national lines",
)

# 81
p(
    "en",
    "patient_story",
    "Some stories stop you in your tracks. 💛\n\n"
    "Fata Begović was born in a village outside Foča on Đurđevdan — St. George's Day, May 6. She survived "
    "two wars, buried a husband and a son, and came to St. Louis in 1998 with her grandson Nermin and a "
    "single suitcase. Last month this 102-year-old came to our South campus with pneumonia. Our "
    "Bosnian-speaking nurses sang her sevdalinke at night, and on Friday she walked out on Nermin's arm.\n\n"
    "'Bog vas sve poživio,' she told us — God grant you all long lives. Fata, the same to you. 🌷",
    [
        ("NAME", "Fata Begović"),
        ("NAME", "Fata", "*"),
        ("GEO", "Foča"),
        ("DATE", "Đurđevdan"),
        ("DATE", "St. George's Day"),
        ("DATE", "May 6"),
        ("GEO", "St. Louis"),
        ("NAME", "Nermin", "*"),
        ("AGE", "102-year-old"),
    ],
    note="birthday written three ways (Đurđevdan, St. George's Day, May 6); long Facebook post",
)

# 82
n(
    "en",
    "event",
    "On May 6 our Bosnian community celebrates Đurđevdan, and this year the Bosnian Chamber of Commerce "
    "is hosting a free health fair in Bevo Mill on that day. Our South campus nurses will do blood "
    "pressure and A1C checks. Dođite! 🌷 Info: 314-555-0156.",
    "feast day and community event",
)

# 83
p(
    "en",
    "pasted_record",
    "Removed — a screenshot from our parking office ended up in this post: 'Valet ticket 4471 — Pt: Aida "
    "Husić, 5 North — Vehicle: silver Camry, IL plate DK 44187 — Driver's license IL H242-5518-3091 — "
    "Contact: aida.husic@outlook.com / 618-555-0133.' We apologize to the family.",
    [
        ("OTHER_ID", "4471"),
        ("NAME", "Aida Husić"),
        ("VEHICLE", "DK 44187"),
        ("LICENSE", "H242-5518-3091"),
        ("EMAIL", "aida.husic@outlook.com"),
        ("PHONE", "618-555-0133"),
    ],
    note="valet ticket number tied to the patient is OTHER_ID; plate and licence values only",
)

# 84
n(
    "en",
    "hospital_contact",
    "Parking update 🚗 The Confluence Parkway garage at Midtown is closed for repairs through Friday. Free "
    "valet at the main entrance, 4400 Confluence Pkwy. East St. Louis campus parking is unchanged. "
    "Questions: 314-555-0100, option 5.",
    "hospital address (abbreviated) and phone",
)

# 85
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a Kevin Alexander Guevara Ortiz, 'El Flaco', quien falleció el 24 de "
    "diciembre, Nochebuena, después de pelear 12 días por su vida. Kevin tenía 17 años y soñaba con jugar "
    "fútbol para Saint Louis CITY SC. Sus padres, don Efraín y doña Milagro, agradecen las oraciones de la "
    "comunidad de Cherokee. #JusticiaParaKevin",
    [
        ("NAME", "Kevin Alexander Guevara Ortiz"),
        ("NAME", "Flaco"),
        ("DATE", "24 de diciembre"),
        ("DATE", "Nochebuena"),
        ("NAME", "Kevin", "*"),
        ("NAME", "Efraín"),
        ("NAME", "Milagro"),
        ("GEO", "Cherokee"),
        ("NAME", "#JusticiaParaKevin"),
    ],
    note="nickname without its article ('El Flaco' -> 'Flaco'); date of death written twice; 'Milagro' "
    "is a name that is a word",
)

# 86
n(
    "es",
    "public_figure",
    "San Óscar Romero, arzobispo de San Salvador, fue asesinado el 24 de marzo de 1980 mientras celebraba "
    "misa. Este domingo, la comunidad salvadoreña de Cherokee Street lo recordará con una misa y nuestro "
    "equipo ofrecerá pruebas de presión arterial gratis. 🕊️",
    "historical figure and his date; community event",
)

# 87
p(
    "en",
    "patient_story",
    "When Mr. Clarence Tolliver had his stroke at Sunday dinner in Penrose, his granddaughter Imani knew "
    "every letter of BE FAST. This week Clarence, 91, threw out the first pitch at our stroke survivors' "
    "picnic, with Imani catching. ⚾ #BEFAST",
    [
        ("NAME", "Clarence Tolliver"),
        ("NAME", "Clarence", "*"),
        ("GEO", "Penrose"),
        ("NAME", "Imani", "*"),
        ("AGE", "91"),
    ],
    note="neighbourhood and granddaughter; #BEFAST is a campaign hashtag",
)

# 88
n(
    "en",
    "event",
    "BE FAST: Balance, Eyes, Face, Arms, Speech, Time. 🧠 May is Stroke Awareness Month, and our stroke "
    "team is teaching BE FAST at every Cardinals home game in May at the Archway Unity booth near section "
    "150. Stop by! #BEFAST",
    "awareness month and event",
)

# 89
p(
    "en",
    "pasted_record",
    "A screenshot from a billing chat was attached to our 'meet Patient Financial Services' post. It "
    "showed: 'Guarantor: Zlatan Alić · SSN 987-65-4321 · Patient: Lejla Alić (daughter) · Acct 30018874 · "
    "Plan: Anthem BCBS ID XKB882104417 · Phone (314) 555-0102.' Post deleted; the family has been notified.",
    [
        ("NAME", "Zlatan Alić"),
        ("SSN", "987-65-4321"),
        ("NAME", "Lejla Alić"),
        ("ACCOUNT", "30018874"),
        ("HEALTH_PLAN", "XKB882104417"),
        ("PHONE", "(314) 555-0102"),
    ],
    note="the guarantor is the patient's father: his SSN is a relative's identifier",
)

# 90
n(
    "en",
    "recruitment",
    "We're hiring bilingual patient financial counselors! 💼 Bosnian, Spanish or Arabic a plus. $22–$28/hr, "
    "full benefits, tuition help. Apply at archwayunity.org/careers or call our recruiter, Sanela "
    "Mujanović, at (314) 555-0100 ext. 2210. #NowHiring",
    "recruitment; the recruiter is staff",
)

# 91
p(
    "en",
    "birth_announcement",
    "From 1 lb 6 oz to NICU graduate! 🎓 Nia Joy Coleman was born on the 9th of September at just 24 "
    "weeks. On Thanksgiving morning she went home to her big brothers in Jennings, wearing a tiny Blues "
    "onesie from our nurses. #NICUgrad #NiaJoy",
    [
        ("NAME", "Nia Joy Coleman"),
        ("DATE", "9th of September"),
        ("DATE", "Thanksgiving"),
        ("GEO", "Jennings"),
        ("NAME", "#NiaJoy"),
    ],
    note="birth date in words; discharged on Thanksgiving ('Thanksgiving morning' -> 'Thanksgiving')",
)

# 92
n(
    "en",
    "event",
    "This Thanksgiving, 31 families will spend the holiday in our NICU. Our volunteers are cooking them a "
    "full turkey dinner, and the St. Louis Blues are dropping off onesies. Want to help? Donate a meal at "
    "archwayunityfoundation.org/nicu. 🦃💙",
    "holiday event; families only as a count",
)

# 93
p(
    "en",
    "birth_announcement",
    "Nada means 'hope' in Bosnian, and our NICU nurses say the name fits. Baby Nada Salihović was born 11 "
    "weeks early at our South campus during the January ice storm, and on Bajram she finally went home to "
    "Bevo with mom Sanela and dad Kenan. Dobrodošla kući, Nada! 💕",
    [
        ("NAME", "Nada Salihović"),
        ("NAME", "Nada", 3),
        ("DATE", "January"),
        ("DATE", "Bajram"),
        ("GEO", "Bevo"),
        ("NAME", "Sanela"),
        ("NAME", "Kenan"),
    ],
    note="the first 'Nada' is the word, not the patient (ok=); the month of birth and the holiday of "
    "discharge are dates",
    ok=("Nada",),
)

# 94
n(
    "en",
    "hospital_contact",
    "'Nada' means hope in Bosnian and 'nothing' in Spanish — and at Archway Unity, there's nada we won't "
    "do to get you an interpreter. 🗣️ Free, 24/7, in Bosnian, Spanish, Arabic, Swahili and 140 more "
    "languages. Just ask, or call 314-555-0178.",
    "a first name used only as a word; hospital phone",
)

# 95
p(
    "en",
    "thank_you",
    "A letter we'll be framing: 'Dear 4 West — my father, Angelo Pastorino, spent his 90th birthday in "
    "your care on Columbus Day. You sang to him in Italian (badly, he says) and he cried. If anyone wants "
    "the recipe for the sugo you kept asking about, write me at lucia.ferrara56@att.net. With love from "
    "Wilson Avenue, Lucia.'",
    [
        ("NAME", "Angelo Pastorino"),
        ("AGE", "90th"),
        ("DATE", "Columbus Day"),
        ("EMAIL", "lucia.ferrara56@att.net"),
        ("GEO", "Wilson Avenue"),
        ("NAME", "Lucia"),
    ],
    note="birthday fell on Columbus Day; the daughter's e-mail and street",
)

# 96
n(
    "en",
    "event",
    "Happy Italian Heritage Month! 🇮🇹 The first Italian immigrants on The Hill came to work the clay mines "
    "in the 1880s. Dr. Anthony Ruggeri, our chief of cardiology and a Hill kid himself, is hosting a free "
    "heart-health talk on Columbus Day at 6 p.m. in the St. Ambrose hall.",
    "history, staff doctor, event on a holiday",
)

# 97
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 100, doña Dolores Villalobos! 🎂 Nuestra paciente centenaria nació un 15 de "
    "agosto en Jerez, Zacatecas, y celebró en nuestra unidad de rehabilitación con mariachi, pastel de "
    "tres leches y sus 23 bisnietos. Su hija Carmen nos dijo: 'Mi mamá dice que los 100 años se llegan con "
    "chile y oración.'",
    [
        ("AGE", "100", "*"),
        ("NAME", "Dolores Villalobos"),
        ("AGE", "centenaria"),
        ("DATE", "15 de agosto"),
        ("GEO", "Jerez"),
        ("NAME", "Carmen"),
    ],
    note="age twice plus 'centenaria'; birthplace city (Zacatecas is a state)",
)

# 98
n(
    "es",
    "statistic",
    "¿Sabía que en Missouri viven más de 15,000 personas mayores de 90 años? Nuestro programa Abuelitos "
    "Activos ofrece ejercicio, bingo y chequeos de presión cada jueves en el campus Sur. Inscripciones: "
    "314-555-0156. 👵👴",
    "population age over 89",
)

# 99
p(
    "en",
    "milestone_birthday",
    "Happy birthday to our warrior Jada Marie Coleman-Rhodes! 💛 Jada was born on June 19 — Juneteenth AND "
    "World Sickle Cell Day, which she says makes her 'officially the main character.' She spent a lot of "
    "birthdays on our 7 North unit, so this year our hematology nurses brought the party to her house in "
    "Ferguson. #JadaTurns16",
    [
        ("NAME", "Jada Marie Coleman-Rhodes"),
        ("NAME", "Jada", "*"),
        ("DATE", "June 19"),
        ("DATE", "Juneteenth"),
        ("DATE", "World Sickle Cell Day"),
        ("GEO", "Ferguson"),
        ("NAME", "#JadaTurns16"),
    ],
    note="birthday written three ways (date, holiday, awareness day)",
)

# 100
n(
    "en",
    "event",
    "June 19 is World Sickle Cell Day and Juneteenth. 💛 This year we're marking both with a free "
    "community cookout at Fairground Park: sickle cell trait testing, blood drive, and Dr. Ifeoma Okafor "
    "answering questions on the grill line. 11 a.m.–3 p.m. #WorldSickleCellDay",
    "awareness day and holiday as event dates",
)

# 101
p(
    "en",
    "pasted_record",
    "this screenshot got shared to our story by mistake (sorry!!): 'hey its shonda, dquan's mom. can the "
    "PT lady call me at 314 555 0109 before thursday? also his new insurance is MO HealthNet 10993374.'",
    [
        ("NAME", "shonda"),
        ("NAME", "dquan"),
        ("PHONE", "314 555 0109"),
        ("HEALTH_PLAN", "10993374"),
    ],
    note="lower-case names in a pasted text message; Medicaid number",
)

# 102
n(
    "en",
    "anonymous_story",
    "A mom texted our PT team last week: 'he walked to the mailbox by himself today.' Six months ago her "
    "son couldn't sit up after a gunshot injury. 💙 Our trauma recovery team works with survivors for as "
    "long as it takes. (618) 555-0145 ext. 220.",
    "anonymous story with relative times only",
)

# 103
p(
    "en",
    "patient_story",
    "Elvedin Karić was 6 when his family fled Prijedor. Thirty years later, he's the one who donated a "
    "kidney to his father, Safet, on our transplant unit — on the first day of Kurban Bajram, a holiday "
    "about sacrifice. Both are home in Lemay now, and Elvedin's nana Mevlida, 93, has already fed them "
    "both far too much. 🫘 #GiftOfLife",
    [
        ("NAME", "Elvedin Karić"),
        ("NAME", "Elvedin", "*"),
        ("GEO", "Prijedor"),
        ("NAME", "Safet"),
        ("DATE", "Kurban Bajram"),
        ("GEO", "Lemay"),
        ("NAME", "Mevlida"),
        ("AGE", "93"),
    ],
    note="donor and recipient are both patients; surgery on Kurban Bajram; the grandmother's age over 89 "
    "is a relative's identifier (AGE)",
)

# 104
n(
    "en",
    "staff_spotlight",
    "Bajram Mubarek! 🌙 Dr. Damir Hasanović, our transplant surgeon, spent this Kurban Bajram the way he "
    "always does: on call, with his 95-year-old nana's baklava in the staff lounge. Thank you to every "
    "team member working through the holiday. 💚",
    "a staff member and his own grandmother's age",
)

# 105
p(
    "en",
    "patient_story",
    "Update on Captain Ray Whitfield of the East St. Louis Fire Department, burned Tuesday fighting the "
    "warehouse fire on Missouri Avenue: his family tells us he is awake, joking, and asking about the "
    "Blues score. Thank you for the prayers. His wife, Sharon, asks that cards be sent to the ESLFD "
    "firehouse, not the hospital. 🚒",
    [
        ("NAME", "Ray Whitfield"),
        ("NAME", "East St. Louis Fire Department"),
        ("GEO", "Missouri Avenue"),
        ("NAME", "Sharon"),
        ("NAME", "ESLFD"),
    ],
    note="employer named twice (full name and abbreviation, both NAME); a street named after a state is "
    "GEO; 'Captain' is a title",
)

# 106
n(
    "en",
    "event",
    "Thank you to the East St. Louis Fire Department for training our East campus staff on burn-injury "
    "triage this week! 🚒 Chief Jerome Banks and his crew ran three drills in our parking lot. Burn "
    "Awareness Week starts Feb. 4 — learn more at archwayunity.org/burn.",
    "a fire department as a partner, not as a patient's employer; awareness week",
)

# 107
p(
    "en",
    "thank_you",
    "Pictured: Xavier 'X' Dunbar, 11, with the burn unit nurses who made him an honorary member of the "
    "team after 52 days. X was burned in a kitchen fire in his family's apartment on Goodfellow Boulevard "
    "on Halloween night. His grandma Pearline says he wants to be a nurse now. 📸 shared with family "
    "permission",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Xavier 'X' Dunbar"),
        ("NAME", "X", "*"),
        ("GEO", "Goodfellow Boulevard"),
        ("DATE", "Halloween"),
        ("NAME", "Pearline"),
    ],
    note="the attached photo shows the patient (PHOTO cue 'Pictured'); one-letter nickname",
)

# 108
n(
    "en",
    "staff_spotlight",
    "Pictured: our burn unit nurses Keisha Lomax, Ana Guerrero and Brandon Yates in their Halloween best — "
    "the Cardinals' 1982 World Series infield. 🎃⚾ Our patients voted them best costume on the floor. "
    "#BurnUnit",
    "photo of staff; holiday not tied to a patient",
)

# 109
p(
    "es",
    "thank_you",
    "Respondiendo a un comentario: Señora Guevara, ya le pasamos su mensaje a la trabajadora social de su "
    "hijo Jonathan. Ella la llamará hoy al 314-555-0154 como usted pidió. No comparta más datos médicos "
    "aquí, por favor. 💙",
    [
        ("NAME", "Guevara"),
        ("NAME", "Jonathan"),
        ("PHONE", "314-555-0154"),
    ],
    note="reply naming the patient's mother, the patient and her phone",
)

# 110
n(
    "es",
    "hospital_contact",
    "@marielos_stl ¡Hola! Para hablar con un trabajador social en español llame al (314) 555-0178 o "
    "escriba a salud@archwayunity.org. Por su privacidad, no publique datos médicos en los comentarios. 💙",
    "reply to a member of the public who is not identified as a patient; hospital contacts",
)

# 111
p(
    "en",
    "pasted_record",
    "Found taped inside a donated book cart and posted to our lost-and-found page by mistake: 'DISCHARGE — "
    "BECIROVIC, ALMA — MRN 4458170 — Insulin pump Tandem t:slim SN 90417733 — f/u Endo 10/22 — Call "
    "314-555-0165 (husband Adis) with questions.' If this is yours, please call 314-555-0100.",
    [
        ("NAME", "BECIROVIC, ALMA"),
        ("MRN", "4458170"),
        ("DEVICE", "90417733"),
        ("DATE", "10/22"),
        ("PHONE", "314-555-0165"),
        ("NAME", "Adis"),
    ],
    note="insulin pump serial (DEVICE), follow-up date, husband's phone; the hospital number is not labelled",
)

# 112
n(
    "en",
    "hospital_contact",
    "Lost & found at our East St. Louis campus: one pair of reading glasses, a Blues beanie, and a rosary "
    "were turned in this week. Call security at (618) 555-0145, ext. 0 to claim. Items are held 30 days.",
    "hospital phone with extension",
)

# 113
p(
    "en",
    "milestone_birthday",
    "HAPPY 100TH BIRTHDAY, MS. ODESSA PETTIFORD!!! 🎉 SHE WAS BORN ON THE 4TH OF JULY AND HAS LIVED ON THE "
    "SAME BLOCK OF LEXINGTON AVENUE SINCE 1952. OUR HOME HEALTH NURSES SAY SHE STILL BEATS THEM AT SPADES. "
    "TURNING 100 NEVER LOOKED SO GOOD.",
    [
        ("AGE", "100TH"),
        ("NAME", "ODESSA PETTIFORD"),
        ("DATE", "4TH OF JULY"),
        ("GEO", "LEXINGTON AVENUE"),
        ("AGE", "100"),
    ],
    note="ALL CAPS; ordinal and plain age; birthday on the 4th of July",
)

# 114
n(
    "en",
    "event",
    "HAPPY 100TH BIRTHDAY TO US! 🎉 OUR MIDTOWN CAMPUS OPENED ITS DOORS ON JULY 4, 1925 AS A 40-BED "
    "HOSPITAL. ONE HUNDRED YEARS, THREE CAMPUSES, AND MORE THAN 2 MILLION PATIENTS LATER, WE'RE STILL HERE "
    "FOR ST. LOUIS. #ARCHWAY100",
    "the hospital's own age and founding date",
)

# 115
p(
    "en",
    "discharge",
    "najbolji pacijent ikad 💚 our 5 north crew is gonna miss this guy. sretan put kući, dedo! "
    "#DedaSafetStrong",
    [
        ("NAME", "#DedaSafetStrong"),
    ],
    note="the patient's name appears only in the hashtag; 'dedo' (grandpa) is a kinship word",
)

# 116
n(
    "en",
    "campaign_hashtag",
    "Sretan Bajram i svima koji slave! 💚 #ArchwayStrong #BevoStrong — our South campus team is proud to "
    "serve the Bosnian community of St. Louis. Bosnian-speaking nurses available 24/7: 314-555-0178.",
    "holiday greeting and campaign hashtags (one with a neighbourhood name)",
)

# 117
p(
    "en",
    "pasted_record",
    "Please delete — this is from a referral form, not the event flyer: 'Pt: Vukovic, Dragana · 94 y/o F · "
    "Addr: 4117 Itaska St, St. Louis 63116 · NOK: son Boris Vuković 314-555-0181 · Medicare MBI "
    "8TW4-JN2-QQ15 · Allergies: PCN'",
    [
        ("NAME", "Vukovic, Dragana"),
        ("AGE", "94"),
        ("GEO", "4117 Itaska St"),
        ("GEO", "St. Louis"),
        ("GEO", "63116"),
        ("NAME", "Boris Vuković"),
        ("PHONE", "314-555-0181"),
        ("HEALTH_PLAN", "8TW4-JN2-QQ15"),
    ],
    note="referral form: home address split into street, city and ZIP",
)

# 118
n(
    "en",
    "event",
    "FREE flu & COVID shots for seniors 65+ 💉 Saturday, Oct. 12, 9–1 at our South campus, 5150 Morganford "
    "Commons Drive (enter off Itaska St). Bosnian & Spanish interpreters on site. Questions: 314.555.0156. "
    "Walk-ins welcome!",
    "event at the hospital's address and entrance",
)

# 119
p(
    "en",
    "discharge",
    "Double the joy! 👶👶 Twins Zaire and Zuri Whitfield-Lomax, born October 31st at 29 weeks, are finally "
    "home in Pine Lawn after 68 days in our NICU. Mom Ebony says they're already Blues fans. Happy "
    "homecoming, Z & Z!",
    [
        ("NAME", "Zaire"),
        ("NAME", "Zuri Whitfield-Lomax"),
        ("DATE", "October 31st"),
        ("GEO", "Pine Lawn"),
        ("NAME", "Ebony"),
        ("NAME", "Z", "*"),
    ],
    note="a name that is a country (Zaire); initials 'Z & Z'",
)

# 120
n(
    "en",
    "statistic",
    "By the numbers 📊 Last year our NICU cared for 612 babies, including 41 sets of twins and 3 sets of "
    "triplets. Our smallest baby weighed 14 ounces; our longest stay was 168 days. Every one of them went "
    "home with a hand-knit hat from our volunteers. #NICUAwarenessMonth",
    "statistics",
)

# 121
p(
    "es",
    "discharge",
    "¡Nuestro campeón Lupito ya se va a casa! 🏆 José Guadalupe 'Lupito' Ramírez Flores, de 7 años, llegó a "
    "la unidad de quemados el 6 de enero, Día de Reyes, después de quemarse con un comal. Hoy regresa a su "
    "casa en la calle Chippewa con su abuela Chayo y un yeso firmado por todas las enfermeras.",
    [
        ("NAME", "José Guadalupe 'Lupito' Ramírez Flores"),
        ("NAME", "Lupito", "*"),
        ("DATE", "6 de enero"),
        ("DATE", "Día de Reyes"),
        ("GEO", "calle Chippewa"),
        ("NAME", "Chayo"),
    ],
    note="double surname with a nickname inside; admission date written twice",
)

# 122
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Kawasaki es la causa más común de enfermedad cardíaca adquirida en niños. Si su hijo "
    "tiene fiebre por más de 5 días, ojos rojos y labios agrietados, consulte a su pediatra. Línea de "
    "enfermería 24/7: 314-555-0190.",
    "eponymous condition; health tip",
)

# 123
p(
    "es",
    "pasted_record",
    "[Publicado por error] Mensaje del portal: 'Soy Marisol Guevara, mamá de Brandon Alexis Guevara "
    "(expediente 8820331, nacido el 30 de abril de 2014). Mi correo nuevo es marisolguevara.sv@gmail.com y "
    "mi teléfono es 314-555-0169. ¿Ya están los resultados de su electroforesis de hemoglobina?'",
    [
        ("NAME", "Marisol Guevara"),
        ("NAME", "Brandon Alexis Guevara"),
        ("MRN", "8820331"),
        ("DATE", "30 de abril de 2014"),
        ("EMAIL", "marisolguevara.sv@gmail.com"),
        ("PHONE", "314-555-0169"),
    ],
    note="portal message; date of birth with attached year",
)

# 124
n(
    "es",
    "staff_spotlight",
    "Conozcan a la Dra. Marisol Echeverría, nuestra nueva hematóloga pediátrica. Nació en San Miguel, El "
    "Salvador, estudió en Saint Louis University y habla español, inglés y un poquito de bosnio. 'Mis "
    "pacientes me enseñan todos los días', dice. Citas: (314) 555-0123.",
    "staff doctor and her home town",
)

# 125
p(
    "es",
    "birth_announcement",
    "¡El mejor regalo del Día de las Madres! 💐 Sofía Chávez Mendoza nació el 10 de mayo a las 6:02 a.m. en "
    "nuestro campus de Midtown. Su mamá, Xóchitl, y su papá, Iván, ya la llevaron a casa en Marine Villa. "
    "¡Bienvenida, Sofi!",
    [
        ("DATE", "Día de las Madres"),
        ("NAME", "Sofía Chávez Mendoza"),
        ("DATE", "10 de mayo"),
        ("NAME", "Xóchitl"),
        ("NAME", "Iván"),
        ("GEO", "Marine Villa"),
        ("NAME", "Sofi"),
    ],
    note="born on Mexican Mother's Day, written twice; the hour is not labelled",
)

# 126
n(
    "es",
    "event",
    "Este 10 de mayo, Día de las Madres, todas las mamás que visiten a un paciente en nuestros tres campus "
    "recibirán una flor y un café gratis en la cafetería. ¡Felicidades a todas las mamás de St. Louis y "
    "East St. Louis! 💐",
    "holiday event",
)

# 127
p(
    "es",
    "memorial",
    "hoy despedimos con mucho cariño a doña Rosario 'Chayito' Alvarado de Portillo, quien falleció en paz el "
    "3 de febrero rodeada de sus hijos. Chayito vendía tamales en Cherokee Street desde 1994 y siempre traía "
    "unos para el turno de noche. Descanse en paz. 🕯️",
    [
        ("NAME", "Rosario 'Chayito' Alvarado de Portillo"),
        ("NAME", "Chayito", "*"),
        ("DATE", "3 de febrero"),
        ("GEO", "Cherokee Street"),
    ],
    note="married surname with 'de'; where she worked is GEO",
)

# 128
n(
    "es",
    "memorial",
    "Con tristeza compartimos que nuestro compañero Arturo 'Tito' Menchaca, técnico de radiología durante "
    "27 años, falleció el 3 de marzo. Tito siempre tenía una broma y un café para todos. El velorio será el "
    "viernes en la funeraria de la calle Cherokee. 🕯️",
    "memorial of a staff member",
)

# 129
p(
    "es",
    "thank_you",
    "Gracias, @familia_carranza_stl, por compartir la historia de la pequeña Valentina y su enfermera "
    "favorita el día que salió de la UCIN. ¡Nos llenó el corazón! 💕",
    [
        ("OTHER_ID", "@familia_carranza_stl"),
        ("NAME", "Valentina"),
    ],
    note="the family's handle is OTHER_ID; 'la pequeña' is not part of the name",
)

# 130
n(
    "es",
    "campaign_hashtag",
    "#FuerzaCherokee 💪 Gracias a todos los negocios de Cherokee Street que donaron comida para las familias "
    "de la unidad de quemados esta semana. ¡Juntos somos más fuertes! #ArchwayUnidos @ArchwaySaludSTL",
    "campaign hashtag built on a street name; donors; hospital handle",
)

# 131
p(
    "en",
    "milestone_birthday",
    "Look who got a visit from the @Cardinals mascot! 🐦 Our friend @Big_Bev_STL (Beverly to her nurses on "
    "4 West) turned 96 on Friday and hasn't missed a game on the radio since 1946. Happy birthday, Bev! ⚾",
    [
        ("OTHER_ID", "@Big_Bev_STL"),
        ("NAME", "Beverly"),
        ("AGE", "96"),
        ("NAME", "Bev"),
    ],
    note="patient's own handle (OTHER_ID); the team's handle is not labelled",
)

# 132
n(
    "en",
    "public_figure",
    "Red Schoendienst played, coached and managed for the Cardinals across seven decades and lived to 95. 💪 "
    "Want to stay active into your 90s? Our Healthy Aging program at the South campus offers free balance "
    "classes every Tuesday. Call 314-555-0156. ⚾ #HealthyAging",
    "public figure's age; population ages",
)

# 133
p(
    "en",
    "pasted_record",
    "Security update (edited): The black Tahoe with Illinois plate BLUES 91 parked in the ambulance bay "
    "belongs to a patient's family and has been moved. We've removed the earlier version of this post that "
    "named the patient, Roman Kovač, in Room 5W-14. Thank you for your patience.",
    [
        ("VEHICLE", "BLUES 91"),
        ("NAME", "Roman Kovač"),
        ("OTHER_ID", "Room 5W-14"),
    ],
    note="the edit still carries the name and room; the family's vanity plate is VEHICLE (its '91' is "
    "not an age)",
)

# 134
n(
    "en",
    "hospital_contact",
    "Security update: a silver minivan was blocking the ambulance bay at our East St. Louis campus this "
    "afternoon and has been towed. Please park in Lot B, off Eads Landing Boulevard. Questions: (618) "
    "555-0145. Thank you for keeping the bay clear for emergencies. 🚑",
    "no plate, no patient; hospital lot and phone",
)

# 135
p(
    "en",
    "patient_story",
    "Three years ago Devontae 'Tae' Robinson was shot on State Street in East St. Louis. Today Tae "
    "graduated from our violence intervention program's first mentorship cohort — and he cuts hair at "
    "Fresh Cutz on Bond Avenue, where he hires other survivors. 'They didn't just fix my leg,' he says. 🧡 "
    "#TaeTheMentor",
    [
        ("NAME", "Devontae 'Tae' Robinson"),
        ("NAME", "Tae", "*"),
        ("GEO", "State Street"),
        ("GEO", "East St. Louis"),
        ("NAME", "Fresh Cutz"),
        ("GEO", "Bond Avenue"),
        ("NAME", "#TaeTheMentor"),
    ],
    note="street and city of the shooting; employer and its street",
)

# 136
n(
    "en",
    "recruitment",
    "Our violence intervention specialists are credible messengers — many of them survivors themselves, "
    "like our team lead Marlon 'Smoke' Daniels, who was shot on State Street in 2009 and has spent 10 years "
    "helping others heal. Join the team: archwayunity.org/careers. 🧡",
    "a staff member's own story (nickname, street): staff are never labelled",
)

# 137
p(
    "en",
    "discharge",
    "Sunčica means 'little sun,' and little Sunčica Ahmetović has been the sunshine of our NICU for 74 "
    "days. ☀️ Born March 21 — Nevruz — she's going home to Bevo Mill today with mama Merima. Sretno, "
    "Sunčica!",
    [
        ("NAME", "Sunčica Ahmetović"),
        ("NAME", "Sunčica", 3),
        ("DATE", "March 21"),
        ("DATE", "Nevruz"),
        ("GEO", "Bevo Mill"),
        ("NAME", "Merima"),
    ],
    note="the first 'Sunčica' is the word (ok=); birth date written twice (March 21, Nevruz)",
    ok=("Sunčica",),
)

# 138
n(
    "en",
    "event",
    "March is Kidney Month and March 14 is World Kidney Day. 💧 Our South campus is offering free kidney "
    "screenings in Bosnian, Spanish and English all month. Diabetes and high blood pressure are the top "
    "causes of kidney failure — know your numbers. Book: 314-555-0156.",
    "awareness month and day",
)

# 139
p(
    "en",
    "pasted_record",
    "We accidentally posted an internal security alert: 'Unusual MyArchway login for patient account of "
    "TOLBERT, KEISHA (MRN 2207716) from IP 203.0.113.88 — user name ktolbert_stl — verify with pt at "
    "314-555-0176 or keisha.t.tolbert@icloud.com.' The alert has been removed and the patient contacted.",
    [
        ("NAME", "TOLBERT, KEISHA"),
        ("MRN", "2207716"),
        ("IP", "203.0.113.88"),
        ("OTHER_ID", "ktolbert_stl"),
        ("PHONE", "314-555-0176"),
        ("EMAIL", "keisha.t.tolbert@icloud.com"),
    ],
    note="security alert: login IP, portal user name",
)

# 140
n(
    "en",
    "hospital_contact",
    "Phishing alert 🎣 Archway Unity will never text you asking for your MyArchway password. Real messages "
    "come only from @archwayunity.org or myarchway.org. Suspicious message? Forward it to "
    "security@archwayunity.org or call 314-555-0100 option 9.",
    "hospital domains and e-mail",
)

# 141
p(
    "en",
    "patient_story",
    "'I'm not dying before the Blues win another Cup,' said Carmela DiGregorio-Puricelli, 95, when she "
    "arrived in our ED on Ash Wednesday. Carmela, you were right. She's home on Daggett Avenue, watching "
    "every game with her son Vince and a plate of toasted ravioli. 🏒💙",
    [
        ("NAME", "Carmela DiGregorio-Puricelli"),
        ("NAME", "Carmela", "*"),
        ("AGE", "95"),
        ("DATE", "Ash Wednesday"),
        ("GEO", "Daggett Avenue"),
        ("NAME", "Vince"),
    ],
    note="hyphenated surname; Ash Wednesday is a named holiday (DATE), unlike a plain weekday",
)

# 142
n(
    "en",
    "health_tip",
    "Ash Wednesday reminder from our pharmacy team 💊 If you're fasting for Lent (or Ramadan, or any "
    "religious fast) and take medicine for diabetes, blood pressure or seizures, talk to your doctor first. "
    "Our pharmacists can help you time your doses: 314-555-0100 ext. 3.",
    "holidays not tied to a patient",
)

# 143
p(
    "en",
    "patient_story",
    "So many of you have asked how to help the Hernández family after the Cherokee Street apartment fire. "
    "Their official fundraiser, set up by Ana's sister Lorena, is gofundme.com/f/hernandez-family-fire-stl "
    "— please give only through that link. Ana and her daughters remain in our burn unit. ❤️‍🔥",
    [
        ("NAME", "Hernández"),
        ("GEO", "Cherokee Street"),
        ("NAME", "Ana", "*"),
        ("NAME", "Lorena"),
        ("URL", "gofundme.com/f/hernandez-family-fire-stl"),
    ],
    note="the family's fundraiser URL; street of the fire",
)

# 144
n(
    "en",
    "crisis_update",
    "Beware of fake fundraisers! 🚩 After last week's apartment fire, several unofficial pages popped up "
    "using our logo. Archway Unity only raises money through archwayunityfoundation.org, and we will never "
    "ask you to Venmo a nurse. Questions: (314) 555-0167.",
    "no patient; the foundation's domain",
)

# 145
p(
    "en",
    "discharge",
    "Our favorite nonagenarian is going home! 🎉 Mrs. Hadžić — 'Nena Hana' to the entire 3 North staff — "
    "finished her last dressing change today and insisted on walking to the car. Her grandson Amir promises "
    "she'll stop cooking on the gas stove. Maybe. 😅",
    [
        ("AGE", "nonagenarian"),
        ("NAME", "Hadžić"),
        ("NAME", "Hana"),
        ("NAME", "Amir"),
    ],
    note="'nonagenarian' states an age over 89; 'Nena' (grandma) is a kinship word, not part of the name",
)

# 146
n(
    "en",
    "staff_spotlight",
    "Every unit has a 'nena.' On 3 North, it's charge nurse Hana Osmanović, who has worked nights here for "
    "33 years and still brings homemade pita every Friday. She turns 70 next month — and no, she's not "
    "retiring. 💚 #NursesWeek",
    "staff nurse",
)

# 147
p(
    "en",
    "patient_story",
    "on the 14th our trauma team got a 16 y/o with a gunshot wound to the chest. today he walked out on his "
    "own. his mom wanted everyone to know his name: jermaine. 🧡 that's the post.",
    [
        ("DATE", "14th"),
        ("NAME", "jermaine"),
    ],
    note="day of the month alone is the day of his injury; lower-case name",
)

# 148
n(
    "en",
    "event",
    "On the 14th of every month, our trauma survivors' group meets in the East campus chapel. 6 p.m., "
    "dinner provided, no sign-up needed. Survivors and families welcome. 🧡 (618) 555-0145 ext. 220",
    "a recurring event day, not a patient's date",
)

# 149
p(
    "en",
    "milestone_birthday",
    "He turned 100 on Tuesday and celebrated with a Budweiser and a Cardinals game on the big screen in our "
    "rehab gym. 🍺⚾ Happy birthday, Mr. Ambrose Colombo of Marconi Avenue — Navy veteran, retired "
    "bricklayer, and the best storyteller on 2 South.",
    [
        ("AGE", "100"),
        ("NAME", "Ambrose Colombo"),
        ("GEO", "Marconi Avenue"),
    ],
    note="'turned 100'; weekday not labelled",
)

# 150
n(
    "en",
    "public_figure",
    "Chuck Berry was born in St. Louis on October 18, 1926, and played Blueberry Hill until he was nearly "
    "90. 🎸 This Saturday our cardiac rehab grads are dancing to his music at our Heart Walk in Forest "
    "Park. Register: archwayunity.org/heartwalk. #JohnnyBGoode",
    "public figure's birth date and age",
)

# 151
p(
    "en",
    "pasted_record",
    "Removed: a photo of our new ambulance bay whiteboard included a handoff note — 'Medic 12 → EC: KARIĆ, "
    "EDIN 58M, MVC on I-55 at Loughborough, DOB 1/09/1966, wife Senada 314-555-0183, Wristband 00928311.' "
    "We've reshot the photo.",
    [
        ("NAME", "KARIĆ, EDIN"),
        ("GEO", "I-55"),
        ("GEO", "Loughborough"),
        ("DATE", "1/09/1966"),
        ("NAME", "Senada"),
        ("PHONE", "314-555-0183"),
        ("OTHER_ID", "00928311"),
    ],
    note="road of the crash and cross street are GEO; wristband number OTHER_ID; ambulance unit not "
    "labelled",
)

# 152
n(
    "en",
    "event",
    "Happy EMS Week! 🚑 Thank you to Medic 12, Medic 7 and every crew that brings patients to our doors. "
    "Breakfast for EMS is on us Thursday, 6–10 a.m., at the Midtown ambulance bay, 4400 Confluence "
    "Parkway. #EMSWeek",
    "ambulance units and the hospital's address",
)

# 153
p(
    "en",
    "patient_story",
    "Meet Dženan BEGIĆ, the night baker at Sarajevo Pekara on Gravois who came to our ED in July with chest "
    "pain he 'thought was heartburn.' It was a heart attack. His daughter Lejla, who drove him in, is the "
    "hero of this story. Dženan is back at the ovens — and now on a statin. 🥐❤️ #KnowTheSigns",
    [
        ("NAME", "Dženan BEGIĆ"),
        ("NAME", "Dženan", "*"),
        ("NAME", "Sarajevo Pekara"),
        ("GEO", "Gravois"),
        ("DATE", "July"),
        ("NAME", "Lejla"),
    ],
    note="employer named after a city is NAME; month of admission is a date element",
)

# 154
n(
    "en",
    "health_tip",
    "Heart attack symptoms in women can look like heartburn, jaw pain or fatigue. ❤️ Our cardiologist Dr. "
    "Selma Begić explains the signs in Bosnian and English on Facebook Live, Thursday at 7 p.m. "
    "#KnowTheSigns #GoRedForWomen",
    "staff doctor with a Bosnian surname",
)

# 155
p(
    "en",
    "pasted_record",
    "Our 'Happy Monday from 2 South!' photo showed the whiteboard birthday list: 'B-DAYS THIS WEEK: Bed 4 "
    "Mrs. Zerega 99 (Tues 2/11) · Bed 9 Mr. Pagano 90 (2/13)'. Photo removed; happy birthday, both of you.",
    [
        ("OTHER_ID", "Bed 4"),
        ("NAME", "Zerega"),
        ("AGE", "99"),
        ("DATE", "2/11"),
        ("OTHER_ID", "Bed 9"),
        ("NAME", "Pagano"),
        ("AGE", "90"),
        ("DATE", "2/13"),
    ],
    note="two patients on a whiteboard: beds, surnames, ages over 89 and birthdays",
)

# 156
n(
    "en",
    "staff_spotlight",
    "Volunteer birthdays this month 🎂: Dolores 'Dodie' Pagano (gift shop, turning 91 on 2/11!), Mr. "
    "Walter Hayes (information desk, 2/19), and Lupe Santillán (NICU cuddler, 2/27). Thank you for "
    "everything you give us!",
    "volunteers' ages and birthdays",
)

# 157
p(
    "en",
    "anonymous_story",
    "A 97-year-old grandmother from Bevo Mill walked into our South campus ED on her own this morning, asked "
    "for a Bosnian interpreter, and told the triage nurse she was fine — she'd just 'had a small stroke, "
    "nothing to worry about.' She was right about the stroke. Thanks to the clot-busting drug and her quick "
    "thinking, she's already asking for coffee. ☕ #BEFAST",
    [
        ("AGE", "97-year-old"),
        ("GEO", "Bevo Mill"),
    ],
    note="unnamed, but an age over 89 and her neighbourhood make it patient-specific",
)

# 158
n(
    "en",
    "anonymous_story",
    "A grandmother walked into our South campus ED this morning, asked for a Bosnian interpreter, and "
    "calmly told triage she'd 'had a small stroke.' She had. Because she came in fast, our team could give "
    "her the clot-busting drug, and she's already asking for coffee. ☕ Know the signs: #BEFAST",
    "the same story with no age and no place: no identifier",
)

# 159
p(
    "en",
    "thank_you",
    "Thank you @stlbluesgirl_jas for the sweetest post about your month on our sickle cell unit 💛 We're "
    "honored to be part of your story — see you at the Sickle Cell 5K! #SickleCellStrong",
    [
        ("OTHER_ID", "@stlbluesgirl_jas"),
    ],
    note="the patient appears only through her handle",
)

# 160
n(
    "en",
    "public_figure",
    "Thank you @StLouisBlues for visiting our pediatric floor today! 🏒 Our patients got autographs, our "
    "nurses got selfies, and Louie got lost in the elevator twice. #LGB",
    "team handle and mascot",
)

# 161
p(
    "es",
    "patient_story",
    "Hace un año, Brayan Portillo recibió un disparo en el Parque Benton mientras jugaba fútbol. Hoy, con su "
    "prótesis nueva, volvió a la cancha con su equipo, los Halcones. 'El 11 de mayo renací', dice Brayan. "
    "¡Sigue adelante, campeón! ⚽ #FuerzaBrayan",
    [
        ("NAME", "Brayan Portillo"),
        ("NAME", "Brayan", "*"),
        ("GEO", "Parque Benton"),
        ("DATE", "11 de mayo"),
        ("NAME", "#FuerzaBrayan"),
    ],
    note="park where he was shot is GEO; the team name is not an identifier",
)

# 162
n(
    "es",
    "event",
    "¡Felicidades a Saint Louis CITY SC por su nueva temporada! ⚽ Nuestro equipo de medicina deportiva "
    "estará en el estadio este sábado 1 de marzo con pruebas gratuitas de presión arterial. Más "
    "información: archwayunity.org/deportes.",
    "event date",
)

# 163
p(
    "es",
    "pasted_record",
    "Etiqueta de farmacia visible en la foto del 'Día del Farmacéutico' (ya borrada): 'HERNÁNDEZ CRUZ, "
    "MATEO — Exp. 5509127 — F. nac. 02/11/2010 — Hidroxiurea 500 mg — Tel. 314-555-0187 — Dr. Okafor'. "
    "Disculpe, familia Hernández.",
    [
        ("NAME", "HERNÁNDEZ CRUZ, MATEO"),
        ("MRN", "5509127"),
        ("DATE", "02/11/2010"),
        ("PHONE", "314-555-0187"),
        ("NAME", "Hernández"),
    ],
    note="pharmacy label in a photo (the photo shows a label, not the patient)",
)

# 164
n(
    "es",
    "staff_spotlight",
    "¡Feliz Día del Farmacéutico! 💊 Gracias a nuestros 48 farmacéuticos, y en especial a la Dra. Lucía "
    "Cárdenas, que atiende en español en nuestra farmacia de Midtown. Recuerde: puede pedir sus etiquetas "
    "en español. (314) 555-0100, opción 3.",
    "staff pharmacist",
)

# 165
p(
    "es",
    "milestone_birthday",
    "¡Noventa y dos años y sigue bailando cumbia! 💃 Feliz cumpleaños a doña Mercedes Paz, paciente de "
    "nuestro programa de diálisis en el campus Sur, quien celebró el sábado con sus nietas Reina y Abigail. "
    "Doña Meche, ¡que cumpla muchos más!",
    [
        ("AGE", "Noventa y dos"),
        ("NAME", "Mercedes Paz"),
        ("NAME", "Reina"),
        ("NAME", "Abigail"),
        ("NAME", "Meche"),
    ],
    note="age in Spanish words (unit word 'años' excluded); nickname Meche",
)

# 166
n(
    "es",
    "staff_spotlight",
    "¡Noventa y un años y sigue tejiendo gorritos para la UCIN! 🧶 Gracias a nuestra voluntaria doña "
    "Eufemia Santillán, que este mes entregó su gorrito número 5,000. Si quiere tejer con ella, llame al "
    "314-555-0167.",
    "volunteer aged over 89",
)

# 167
p(
    "es",
    "patient_story",
    "Don Eusebio Flores llegó de Fresnillo hace 40 años para trabajar en las cocinas de The Hill. Después de "
    "su trasplante de riñón el pasado 20 de noviembre, hoy regresó a su trabajo en Trattoria Bellaluna. Su "
    "esposa, Guadalupe, dice que ahora sí come sin sal. 🫘",
    [
        ("NAME", "Eusebio Flores"),
        ("GEO", "Fresnillo"),
        ("GEO", "The Hill"),
        ("DATE", "20 de noviembre"),
        ("NAME", "Trattoria Bellaluna"),
        ("NAME", "Guadalupe"),
    ],
    note="home town abroad; neighbourhood where he works; surgery date; employer",
)

# 168
n(
    "es",
    "event",
    "El 20 de noviembre México celebra el aniversario de la Revolución. En nuestro campus de Midtown, el "
    "grupo de pacientes trasplantados de habla hispana se reúne ese día a las 5 p.m. ¡Todos son "
    "bienvenidos! Informes: 314.555.0178.",
    "national holiday and support group meeting",
)

# 169
p(
    "es",
    "discharge",
    "¡Luz ya ve la luz del sol! 🌞 Después de 40 días en nuestra unidad de quemados, Luz María Ayala regresó "
    "a su casa en Fox Park. Su esposo, Rigoberto, y sus hijos la esperaban con mariachi en la puerta. ¡Te "
    "queremos, Luz!",
    [
        ("NAME", "Luz María Ayala"),
        ("NAME", "Luz", "*"),
        ("GEO", "Fox Park"),
        ("NAME", "Rigoberto"),
    ],
    note="a name that is a word ('luz' in lower case is the word and is not labelled)",
)

# 170
n(
    "es",
    "staff_spotlight",
    "La luz al final del túnel: nuestra unidad de quemados cumple 50 años. 🕯️ Desde 1975 hemos atendido a "
    "más de 20,000 pacientes. Gracias a la Dra. Luz Elena Ortega, nuestra primera directora latina, por "
    "guiarnos durante 18 años.",
    "anniversary; staff doctor named Luz",
)

# 171
p(
    "en",
    "pasted_record",
    "Removing this photo from our NICU Awareness Month album — the crib card was readable: 'Baby Girl "
    "Lomax · DOB 11/17 · 0612 · 1 lb 14 oz · Mom: Tiana Lomax · MRN 9931046 · 📞 618-555-0196.' We're "
    "sorry, Lomax family.",
    [
        ("NAME", "Tiana Lomax"),
        ("NAME", "Lomax", "*"),
        ("DATE", "11/17"),
        ("MRN", "9931046"),
        ("PHONE", "618-555-0196"),
    ],
    note="crib card: 0612 is the time of birth; 'Baby Girl' is descriptive",
)

# 172
n(
    "en",
    "event",
    "September is NICU Awareness Month 💜 Our NICU families have made 1,200 crib cards into a quilt that now "
    "hangs outside Unit 3 East. Names were covered with hearts at the families' request. Come see it — "
    "visiting hours 8 a.m.–8 p.m.",
    "awareness month; no names",
)

# 173
p(
    "en",
    "milestone_birthday",
    "Balloons, cannoli and a Stan Musial bobblehead: that's how our cardiac rehab team marked Mr. Gaetano "
    "'Guy' Zerega's ninety-fifth birthday on the 3rd. Guy still drives himself to rehab from Elizabeth "
    "Avenue — 'Yogi's street,' he reminds everyone. 🎈",
    [
        ("NAME", "Gaetano 'Guy' Zerega"),
        ("NAME", "Guy", "*"),
        ("AGE", "ninety-fifth"),
        ("DATE", "3rd"),
        ("GEO", "Elizabeth Avenue"),
    ],
    note="ordinal age in words; day of month alone; public figures not labelled",
)

# 174
n(
    "en",
    "eponymous_condition",
    "Lou Gehrig's disease (ALS) affects about 30,000 Americans. 💙 Our ALS clinic at Midtown is one of only "
    "three in Missouri with a full multidisciplinary team. Join our Walk to Defeat ALS team on Sept. 21 in "
    "Forest Park! archwayunity.org/als",
    "eponymous disease; event date",
)

# 175
p(
    "en",
    "milestone_birthday",
    "Happy 18th birthday, Amina Mehmedović-Turner! 🎂 Amina was born on October 2 with sickle cell disease, "
    "one of the first babies our hematology team diagnosed through newborn screening. Today she told her "
    "care team she wants to be a genetic counselor. Her dad, Jamal Turner, and mom, Azra, are beaming. 💛",
    [
        ("NAME", "Amina Mehmedović-Turner"),
        ("NAME", "Amina", "*"),
        ("DATE", "October 2"),
        ("NAME", "Jamal Turner"),
        ("NAME", "Azra"),
    ],
    note="hyphenated surname; parents' names",
)

# 176
n(
    "en",
    "health_tip",
    "Our hematology nurse Azra Mehmedović says sickle cell isn't 'only' anyone's disease — it's seen in "
    "families from Africa, the Mediterranean, the Middle East and Latin America. 💛 Free sickle cell trait "
    "testing at all three campuses this September. 314-555-0123.",
    "staff nurse; populations",
)

# 177
p(
    "en",
    "pasted_record",
    "Correction: our flu-season post accidentally included a line from a census export — 'WOODS, CHERYL · "
    "DOB 12/01/1961 · Rm 5N-502 · Influenza A' — it has been removed. Ms. Woods is doing well. We apologize.",
    [
        ("NAME", "WOODS, CHERYL"),
        ("DATE", "12/01/1961"),
        ("OTHER_ID", "Rm 5N-502"),
        ("NAME", "Woods"),
    ],
    note="the correction repeats the surname",
)

# 178
n(
    "en",
    "statistic",
    "Flu update 🤧 Our three campuses admitted 214 patients with influenza A this month — 62% of them over "
    "65. It's not too late for a flu shot: walk in at any Archway Unity pharmacy or call 314-555-0190.",
    "statistic",
)

# 179
p(
    "en",
    "memorial",
    "FLY HIGH, LIL ROD 🕊️⚾ RODNEY 'LIL ROD' JENKINS-BELL, 14, LOVED THE CARDINALS, HIS LITTLE SISTER "
    "JOURNEE, AND EVERY NURSE ON 7 NORTH. HE GAINED HIS WINGS ON AUGUST 30 AFTER A LONG FIGHT WITH SICKLE "
    "CELL DISEASE. #LILRODFOREVER",
    [
        ("NAME", "LIL ROD", 1),
        ("NAME", "RODNEY 'LIL ROD' JENKINS-BELL"),
        ("NAME", "JOURNEE"),
        ("DATE", "AUGUST 30"),
        ("NAME", "#LILRODFOREVER"),
    ],
    note="ALL CAPS memorial; nickname with 'LIL' is part of the nickname",
)

# 180
n(
    "en",
    "campaign_hashtag",
    "SEPTEMBER IS SICKLE CELL AWARENESS MONTH 💛 100,000 AMERICANS LIVE WITH SCD. OUR SICKLE CELL CENTER HAS "
    "CARED FOR MORE THAN 2,300 OF THEM SINCE 1978. FREE TRAIT TESTING ALL MONTH — CALL (314) 555-0123. "
    "#SICKLECELLSTRONG",
    "ALL-CAPS awareness post and campaign hashtag",
)

# 181
p(
    "en",
    "pasted_record",
    "Oops — this was meant for our inbox, not our page: 'Hi, I'm Emina Hadžiahmetović's sister. Emina (DOB "
    "05/27/1990, MRN 3390574) is in room 611 and wants to know if she can leave for Eid prayers on the "
    "16th. Please email me at dzenana.h.stl@hotmail.com. — Dženana'",
    [
        ("NAME", "Emina Hadžiahmetović"),
        ("NAME", "Emina", "*"),
        ("DATE", "05/27/1990"),
        ("MRN", "3390574"),
        ("OTHER_ID", "room 611"),
        ("DATE", "Eid"),
        ("DATE", "16th"),
        ("EMAIL", "dzenana.h.stl@hotmail.com"),
        ("NAME", "Dženana"),
    ],
    note="the day of the requested pass is named twice (Eid, the 16th): both DATE",
)

# 182
n(
    "en",
    "event",
    "Eid prayers on campus 🌙 Our Midtown interfaith chapel will host Eid al-Adha prayers at 8 a.m. on the "
    "first day of Eid, led by Imam Senad Hasanović. Patients who'd like to attend should ask their nurse; "
    "family members are welcome. #EidMubarak",
    "holiday service; staff imam",
)

# 183
p(
    "en",
    "patient_story",
    "Meet Marcus 'Doc' Whitlow, 34, from the 62205 in East St. Louis, who has lived with sickle cell his "
    "whole life and just finished his first year of medical school at SIU. 'I spent so much time with my "
    "doctors, I figured I'd join them,' says Doc, a patient at our East campus Sickle Cell Clinic since he "
    "was 2. 🩺💛",
    [
        ("NAME", "Marcus 'Doc' Whitlow"),
        ("NAME", "Doc", "*"),
        ("GEO", "62205"),
        ("GEO", "East St. Louis"),
    ],
    note="nickname that is a word; ZIP and city of residence",
)

# 184
n(
    "en",
    "staff_spotlight",
    "Everyone on 7 North calls him 'Doc,' but Terrance Hollins is actually our unit clerk — and the reason "
    "every sickle cell patient gets a warm blanket within five minutes of arriving. 35 years and counting. "
    "Thank you, Doc! 💛 #HospitalWeek",
    "staff nickname",
)

# 185
p(
    "en",
    "milestone_birthday",
    "mama pearl turned one hundred on easter sunday and this whole dialysis unit showed up in our sunday "
    "best 💐 ms. pearl odom has been coming to our east campus three times a week for 11 years. she says "
    "the secret is 'jesus, greens, and minding my blood pressure.' 🙏",
    [
        ("NAME", "pearl odom"),
        ("NAME", "pearl", "*"),
        ("AGE", "one hundred"),
        ("DATE", "easter sunday"),
    ],
    note="all lower case; 'mama' is a kinship word; birthday on Easter Sunday",
)

# 186
n(
    "en",
    "event",
    "Happy Easter from Archway Unity! 🐣 Our chaplains will bring Easter lilies to every patient room on "
    "Sunday, and the East campus dialysis unit is open regular hours. Nurse line: 314-555-0190.",
    "holiday greeting and hours",
)

# 187
p(
    "en",
    "patient_story",
    "Update from our Burn Center: Tony 'Tank' Lombardo, the Hill firefighter hurt in Tuesday's two-alarm "
    "blaze on Southwest Avenue, is out of the ICU. Tank wants to thank the crew at his firehouse, his wife "
    "Maria, and 'whoever keeps sneaking me Imo's.' 🚒🍕",
    [
        ("NAME", "Tony 'Tank' Lombardo"),
        ("NAME", "Tank", "*"),
        ("GEO", "Southwest Avenue"),
        ("NAME", "Maria"),
    ],
    note="street of the fire where he was hurt; a pizza chain is not an identifier",
)

# 188
n(
    "en",
    "public_figure",
    "Today we remember the St. Louis firefighters who died in the line of duty, including Captain Benjamin "
    "Polson, killed in a vacant building fire in 2021. 🚒 Our Burn Center team will join the memorial walk "
    "at Soldiers Memorial at 10 a.m. #NeverForget",
    "public figure; memorial event",
)

# 189
p(
    "en",
    "memorial",
    "A note from a family we won't forget: 'Our tata, Ibrahim Hodžić, spent his last days on your palliative "
    "unit watching the Cardinals with nurse Tony. He died on Bajram morning, exactly as he wanted, with all "
    "of us around him. If you ever need anything from the Hodžić family, write to us at "
    "hodzic.family.stl@gmail.com.' Počivao u miru, Ibrahime. 🌙",
    [
        ("NAME", "Ibrahim Hodžić"),
        ("NAME", "Hodžić", "*"),
        ("DATE", "Bajram"),
        ("EMAIL", "hodzic.family.stl@gmail.com"),
        ("NAME", "Ibrahime"),
    ],
    note="'Bajram morning' -> 'Bajram'; Bosnian vocative 'Ibrahime' is NAME; nurse Tony is staff",
)

# 190
n(
    "en",
    "statistic",
    "Palliative care isn't giving up. 💛 Last year our palliative team supported 1,840 patients and "
    "families across three campuses, in 11 languages, with chaplains from Catholic, Baptist, Muslim and "
    "Jewish traditions. Ask for a consult: 314-555-0100 ext. 6.",
    "statistic",
)

# 191
p(
    "en",
    "patient_story",
    "hope is 6, loves the Blues, and spent her birthday in our burn unit after a pot of boiling water "
    "tipped over on thanksgiving day. today she rang the bell and gave every nurse a sticker. go get 'em, "
    "hope 💙🏒",
    [
        ("NAME", "hope", "*"),
        ("DATE", "thanksgiving day"),
    ],
    note="lower-case first name that is a word; injured on Thanksgiving Day",
)

# 192
n(
    "en",
    "health_tip",
    "hope looks like a 6-year-old ringing the discharge bell. 💙 Our Burn Center sees 300 children a year, "
    "most of them scald burns from kitchens. Turn pot handles in, keep hot drinks out of reach, and test "
    "bath water. Questions: 314-555-0111.",
    "'hope' as a word; anonymous child; statistic",
)

# 193
p(
    "en",
    "memorial",
    "Replying to comments: Yes, the balloon release for Jamal 'JJ' Jefferson is this Saturday at 2 p.m. JJ "
    "would have turned 30 on 9/27. His mother, Ms. Bernice Jefferson, asks that everyone wear yellow for "
    "sickle cell. 💛🎈",
    [
        ("NAME", "Jamal 'JJ' Jefferson"),
        ("NAME", "JJ", "*"),
        ("DATE", "9/27"),
        ("NAME", "Bernice Jefferson"),
    ],
    note="a deceased patient's birthday; his mother's name",
)

# 194
n(
    "en",
    "event",
    "Join us Saturday at Fairground Park for our Sickle Cell Walk & Cookout 💛 We'll honor the warriors "
    "we've lost this year by reading their names — families who'd like a loved one included can call "
    "314-555-0123. 10 a.m., rain or shine.",
    "event; no one named",
)

# 195
p(
    "es",
    "thank_you",
    "Respuesta a comentario: Con gusto, señora Rivas. Ya hablamos con el Dr. Villaseñor y la cita de "
    "seguimiento de Ángel quedó para el 9 de octubre. Si necesita cambiarla, le escribimos por WhatsApp al "
    "+1 314-555-0192. 💙",
    [
        ("NAME", "Rivas"),
        ("NAME", "Ángel"),
        ("DATE", "9 de octubre"),
        ("PHONE", "+1 314-555-0192"),
    ],
    note="reply: mother's surname, patient's name, appointment date, mother's WhatsApp number",
)

# 196
n(
    "es",
    "hospital_contact",
    "¿Preguntas sobre su cita? Llámenos al (314) 555-0178, o al 1-314-555-0100 y marque 2 para español. En "
    "East St. Louis: 618.555.0145. También puede escribir a citas@archwayunity.org. ¡Estamos para servirle! 💙",
    "hospital numbers in several forms",
)

# 197
p(
    "es",
    "memorial",
    "Hoy recordamos a Itzel Mendoza Cruz, de 19 años, paciente de nuestra clínica de anemia falciforme "
    "desde niña, quien falleció el Jueves Santo. Sus hermanos Omar y Yadira nos pidieron compartir su frase "
    "favorita: 'Hoy duele, mañana bailo.' 💛",
    [
        ("NAME", "Itzel Mendoza Cruz"),
        ("DATE", "Jueves Santo"),
        ("NAME", "Omar"),
        ("NAME", "Yadira"),
    ],
    note="died on Holy Thursday (DATE)",
)

# 198
n(
    "es",
    "event",
    "Horario de Semana Santa 🌿 El Jueves Santo y el Viernes Santo nuestras clínicas cerrarán a las 2 p.m. "
    "La sala de emergencias de los tres campus está abierta 24 horas. Línea de enfermería: 314-555-0190.",
    "holiday hours",
)

# 199
p(
    "en",
    "patient_story",
    "Memphis Carter has never been to Memphis, but he's been to our Burn Camp five summers in a row. 🏕️ "
    "This year, at 17, Memphis came back as a junior counselor — the first camper in our history to do it. "
    "He was burned in a car fire on Interstate 70 when he was 4. So proud of you, Memphis. 🔥💙",
    [
        ("NAME", "Memphis Carter"),
        ("NAME", "Memphis", 3),
        ("NAME", "Memphis", 4),
        ("GEO", "Interstate 70"),
    ],
    note="a name that is a city: the second 'Memphis' is the city, not tied to him (ok=); road of the crash",
    ok=("Memphis",),
)

# 200
n(
    "en",
    "event",
    "From Memphis to Milwaukee, burn survivors are coming to St. Louis for a national burn survivors' "
    "conference this fall. 🔥 Our burn team is presenting on scar care and on peer support for teens. Learn "
    "more: archwayunity.org/burn.",
    "cities not tied to anyone; event",
)

# 201
p(
    "en",
    "patient_story",
    "Five years ago, on Mother's Day, Tamara Givens got the call every mom fears: her son Jalen had been "
    "shot outside the Walgreens on Goodfellow.\n\n"
    "He spent 19 days in our trauma ICU. Tamara slept in the family lounge every one of them.\n\n"
    "Today Jalen is 23, a certified welder at Arch City Fabrication, and a volunteer with our violence "
    "intervention program. And this Mother's Day? He's taking his mom to brunch. 🧡\n\n"
    "'I tell every young man I meet: the hospital can fix your body, but you have to choose what comes "
    "next.' — Jalen Givens\n\n"
    "#JalenGivens #MothersDay",
    [
        ("DATE", "Mother's Day", 1),
        ("NAME", "Tamara Givens"),
        ("NAME", "Tamara", "*"),
        ("NAME", "Jalen Givens"),
        ("NAME", "Jalen", "*"),
        ("GEO", "Goodfellow"),
        ("NAME", "Arch City Fabrication"),
        ("NAME", "#JalenGivens"),
    ],
    note="the first Mother's Day is the day he was shot (DATE); 'this Mother's Day' is a later brunch "
    "(ok=); #MothersDay is a campaign hashtag; employer NAME",
    ok=("Mother's Day",),
)

# 202
n(
    "en",
    "event",
    "Happy Mother's Day to the moms of our trauma survivors — and to the nurses, techs and doctors who are "
    "moms themselves. 🧡 Free brunch for all moms visiting a patient today at all three cafeterias. "
    "#MothersDay",
    "holiday greeting",
)

# 203
p(
    "en",
    "pasted_record",
    "TAKEN DOWN: A TRANSFER FAX SHOWED UP IN THE BACKGROUND OF OUR 'NEW TRANSPORT TEAM' PHOTO: 'TRANSFER REQ "
    "— FROM ARCHWAY UNITY EAST TO MIDTOWN BURN — PT: GUERRERO ORTIZ, ALEJANDRA — DOB 02/29/1988 — MRN "
    "1127749 — ADM 03/01 — INS: MERIDIAN IL MEDICAID ID 660192837 — FAMILY CELL 618 555 0198.'",
    [
        ("NAME", "GUERRERO ORTIZ, ALEJANDRA"),
        ("DATE", "02/29/1988"),
        ("MRN", "1127749"),
        ("DATE", "03/01"),
        ("HEALTH_PLAN", "660192837"),
        ("PHONE", "618 555 0198"),
    ],
    note="ALL CAPS transfer fax; admission date; Medicaid ID",
)

# 204
n(
    "en",
    "staff_spotlight",
    "Meet our new critical-care transport team! 🚑 Flight nurses Dana Whitfield and Luis Ortega, paramedic "
    "Sam Kovačević and driver Earl 'Big E' Washington move patients between our East St. Louis and Midtown "
    "campuses 24/7. Welcome aboard!",
    "staff names, one with a nickname",
)

# 205
p(
    "en",
    "pasted_record",
    "We accidentally shared a screenshot from our MyArchway help desk: 'Ticket 55120 — User: bellarossi77 — "
    "Name: Isabella Rossi — Issue: can't open results from 04/12 — Link sent: "
    "myarchway.org/reset?u=bellarossi77 — Last login IP 192.0.2.146.' Removed within minutes.",
    [
        ("OTHER_ID", "55120"),
        ("OTHER_ID", "bellarossi77", "*"),
        ("NAME", "Isabella Rossi"),
        ("DATE", "04/12"),
        ("IP", "192.0.2.146"),
    ],
    note="help-desk ticket number and portal user name are OTHER_ID (also inside the hospital-domain "
    "link, which is itself not labelled); results date",
)

# 206
n(
    "en",
    "hospital_contact",
    "MyArchway tip 💡 Forgot your password? Go to myarchway.org, tap 'Forgot password,' and we'll text a "
    "code to the number on file. Our help desk (314-555-0100, option 8) will never ask for your password or "
    "your full Social Security number.",
    "hospital portal domain and phone",
)

# 207
p(
    "en",
    "patient_story",
    "Sickle cell warrior and Cardinals superfan Kiara Love threw out the first pitch on 4/8 — her 12th "
    "birthday! ⚾💛 Kiara's been treated at our Sickle Cell Center since she was 3 months old. Her grandma "
    "Gloria made the trip from Cahokia Heights to cheer her on.",
    [
        ("NAME", "Kiara Love"),
        ("NAME", "Kiara", "*"),
        ("DATE", "4/8"),
        ("NAME", "Gloria"),
        ("GEO", "Cahokia Heights"),
    ],
    note="surname that is a word; birthday; grandmother's town",
)

# 208
n(
    "en",
    "public_figure",
    "Thank you to Cardinals legend Ozzie Smith for throwing out the first pitch at our Sickle Cell Awareness "
    "Night on Sept. 12! ⚾ The Wizard signed 200 baseballs for kids in our Sickle Cell Center.",
    "public figure; event date",
)

# 209
p(
    "en",
    "discharge",
    "Home sweet home! 🏡 After a rollover on Route 3 near Sauget in March, Miguel Ángel Santos-Reyes spent "
    "five weeks with our trauma team. He's recovering at his sister Araceli's house in Granite City. "
    "'Gracias a todos,' says Miguel, who wants to be back at his job at Midwest Pallet by fall.",
    [
        ("GEO", "Route 3"),
        ("GEO", "Sauget"),
        ("DATE", "March"),
        ("NAME", "Miguel Ángel Santos-Reyes"),
        ("NAME", "Miguel", "*"),
        ("NAME", "Araceli"),
        ("GEO", "Granite City"),
        ("NAME", "Midwest Pallet"),
    ],
    note="road and town of the crash; month of the crash; employer; 'by fall' is a season",
)

# 210
n(
    "en",
    "health_tip",
    "Route 3 and I-64 saw 46 serious crashes in the Metro East last year. 🚗 Our East campus trauma team "
    "asks: buckle up, put the phone down, and slow down in work zones. National Work Zone Awareness Week "
    "starts April 14.",
    "roads as statistics, not tied to a patient",
)

# 211
p(
    "en",
    "pasted_record",
    "Our newsletter went out with the wrong attachment. 😞 If you received it, please delete it. It "
    "contained a discharge note: 'Patient: Nermin Ćatić · MRN 8014452 · DOB 12/24/1971 · Discharged 1/03 to "
    "home, 4310 Bates St · Follow-up: email nermin.catic71@gmail.com'. We are contacting Mr. Ćatić directly.",
    [
        ("NAME", "Nermin Ćatić"),
        ("NAME", "Ćatić", "*"),
        ("MRN", "8014452"),
        ("DATE", "12/24/1971"),
        ("DATE", "1/03"),
        ("GEO", "4310 Bates St"),
        ("EMAIL", "nermin.catic71@gmail.com"),
    ],
    note="discharge note: DOB, discharge date, home street with number",
)

# 212
n(
    "en",
    "sponsor",
    "Thank you to the Mehmedović family for their gift of $2 million to build the Mehmedović Family "
    "Pavilion at our South campus! 💚 Founders of Bevo Bakery & Co., Hasan and Fikreta Mehmedović came to "
    "St. Louis in 1996 with nothing. The pavilion will house our new Bosnian-language geriatric clinic. "
    "archwayunityfoundation.org/pavilion",
    "donors and a building named after them",
)

# 213
p(
    "en",
    "patient_story",
    "Shoutout to A.J. on 7 North, who turned his hospital room into a full recording studio this week 🎧 His "
    "first track, 'Crisis Mode,' is about living with sickle cell, and honestly? It slaps. Stream it when he "
    "drops it, y'all. 💛",
    [
        ("NAME", "A.J."),
    ],
    note="patient known only by initials (periods included)",
)

# 214
n(
    "en",
    "staff_spotlight",
    "Shoutout to our unit secretary T.J. Bradford on 7 North, who built a music studio in our teen lounge 🎧 "
    "Patients can now record their own tracks on Tuesdays and Thursdays. Donations of headphones welcome at "
    "the Foundation office: (314) 555-0167.",
    "staff initials",
)

# 215
p(
    "en",
    "patient_story",
    "Nothing but love for #TeamTonio 💪⚾ Our little slugger rang the bell on 6 South today after finishing "
    "chemo for Hodgkin lymphoma — and the Cardinals sent a signed bat. Antonio, your nonna Rosa says the next "
    "home run is for her. 🇮🇹",
    [
        ("NAME", "#TeamTonio"),
        ("NAME", "Antonio"),
        ("NAME", "Rosa"),
    ],
    note="name hashtag with a nickname; eponymous lymphoma not labelled; 'nonna' is a kinship word",
)

# 216
n(
    "en",
    "eponymous_condition",
    "September is Blood Cancer Awareness Month. Hodgkin lymphoma is one of the most curable cancers in teens "
    "and young adults — more than 9 in 10 survive. Our Adolescent & Young Adult Cancer Program at Midtown "
    "has its own lounge, music studio and game nights. 🎸 archwayunity.org/aya",
    "eponymous condition; statistic",
)

# 217
p(
    "en",
    "pasted_record",
    "Deleting in 3…2…1 — wrong tab! 'MyArchway message from Brianna Holloway (proxy: grandmother Vivian "
    "Holloway, vivianholloway52@yahoo.com): Bri's hydroxyurea dose changed on 5/16 and the pharmacy still "
    "has the old one. Her MRN is 6071183. Please call 314-555-0158.'",
    [
        ("NAME", "Brianna Holloway"),
        ("NAME", "Vivian Holloway"),
        ("EMAIL", "vivianholloway52@yahoo.com"),
        ("NAME", "Bri"),
        ("DATE", "5/16"),
        ("MRN", "6071183"),
        ("PHONE", "314-555-0158"),
    ],
    note="proxy portal message; date of a dose change is a date tied to the patient",
)

# 218
n(
    "en",
    "hospital_contact",
    "Using MyArchway for a child or parent? Set up proxy access so messages come from the right account. 📱 "
    "Need help? Our proxy team answers at proxyhelp@archwayunity.org or 314-555-0100 option 8, "
    "Monday–Friday 8–5.",
    "hospital e-mail and phone",
)

# 219
p(
    "en",
    "thank_you",
    "To Mr. Leon Whitmore, who slept in a recliner beside his wife's bed on 5 West for 38 nights and learned "
    "every nurse's name: the whole unit is cheering for your first night back home together. 💛",
    [
        ("NAME", "Leon Whitmore"),
    ],
    note="the patient is unnamed but her husband is named: a relative's name makes it patient-specific",
)

# 220
n(
    "en",
    "staff_spotlight",
    "To Mr. Leon Barksdale, husband of our 5 West nurse manager Denise Barksdale, who has brought donuts to "
    "the night shift every Friday for 15 years: the unit finally got you a plaque. 🍩💛",
    "a staff member's own husband",
)

# 221
p(
    "en",
    "patient_story",
    "A man in his 40s is recovering in our trauma ICU after a hit-and-run at Arsenal and Grand on the 22nd. "
    "His family is asking the driver to come forward; if you saw anything, please contact police. 🙏",
    [
        ("GEO", "Arsenal and Grand"),
        ("DATE", "22nd"),
    ],
    note="unnamed patient under 90, but the intersection and day of his injury are identifiers",
)

# 222
n(
    "en",
    "hospital_contact",
    "Traffic alert: Grand Blvd is closed between Arsenal and Chouteau for water main repairs. Ambulances are "
    "being rerouted; our ED is open. Patients with appointments at Midtown: use the Confluence Parkway "
    "entrance.",
    "road closure near the hospital; no patient",
)

# 223
p(
    "en",
    "pasted_record",
    "Accidentally posted to our 'volunteer orientation' album: a completed ED registration form. 'Name: "
    "Ahmed Mujkić · DOB 01/14/1979 · MRN 7712093 · DL IL M221-6604-7719 · Employer: Riverbend Steel · "
    "Email: ahmed.mujkic@yahoo.com · Emergency contact: brother Almir 314-555-0107'. Removed, and Mr. "
    "Mujkić has been informed.",
    [
        ("NAME", "Ahmed Mujkić"),
        ("NAME", "Mujkić", "*"),
        ("DATE", "01/14/1979"),
        ("MRN", "7712093"),
        ("LICENSE", "M221-6604-7719"),
        ("NAME", "Riverbend Steel"),
        ("EMAIL", "ahmed.mujkic@yahoo.com"),
        ("NAME", "Almir"),
        ("PHONE", "314-555-0107"),
    ],
    note="registration form: licence, employer, brother",
)

# 224
n(
    "en",
    "event",
    "Volunteer orientation is Saturday, 9 a.m., Confluence Room at Midtown (4400 Confluence Parkway). 🙋 "
    "Bring a photo ID; we'll take your badge picture. Questions? volunteer@archwayunity.org or (314) "
    "555-0100 ext. 5.",
    "event at the hospital address",
)

# 225
p(
    "en",
    "milestone_birthday",
    "NINETY YEARS YOUNG!!! 🎉 Our dialysis family at the East campus celebrated Mr. Willie 'Pop' Gaines "
    "this morning. Pop was born in April in Cairo, Illinois, moved to East St. Louis in 1956, and worked 41 "
    "years at the Alton & Southern rail yard. Happy birthday, Pop! 🚂",
    [
        ("AGE", "NINETY"),
        ("NAME", "Willie 'Pop' Gaines"),
        ("NAME", "Pop", "*"),
        ("DATE", "April"),
        ("GEO", "Cairo"),
        ("GEO", "East St. Louis"),
        ("NAME", "Alton & Southern"),
    ],
    note="ALL-CAPS age word; birth month; a birthplace that is also a foreign capital; employer",
)

# 226
n(
    "en",
    "public_figure",
    "Miles Davis was born in Alton, Illinois, in 1926 and grew up in East St. Louis, where he got his first "
    "trumpet at 13. 🎺 This month our East campus is hosting a free music therapy series in his honor. "
    "#MilesDavis",
    "historical figure's birthplace, home town and a hashtag of his name",
)

# 227
p(
    "en",
    "memorial",
    "🕊️ Our longtime dialysis patient Hasan Mustafić passed away peacefully on July 11 — the same date on "
    "which he lost his father and brothers in Srebrenica. He asked that his story be told. His daughters "
    "Edina and Alma were with him. Rahmetli Hasan, počivao u miru.",
    [
        ("NAME", "Hasan Mustafić"),
        ("NAME", "Hasan", "*"),
        ("DATE", "July 11"),
        ("GEO", "Srebrenica"),
        ("NAME", "Edina"),
        ("NAME", "Alma"),
    ],
    note="date of death (also a public memorial day); his home town; 'Rahmetli' (the late) is a title",
)

# 228
n(
    "en",
    "event",
    "July 11 is Srebrenica Memorial Day. 🕊️ Our South campus will lower its flag and hold a moment of "
    "silence at noon, and our chaplains and Bosnian-speaking counselors are available to anyone for whom "
    "this day is heavy. 314-555-0178. #Srebrenica",
    "public memorial day",
)

# 229
p(
    "en",
    "birth_announcement",
    "Santa came early to room 3E-12! 🎅 Baby Noelle Washington-Price was born on Christmas Eve at 28 weeks, "
    "and today, six weeks later, her mom Keyana finally got to hold her without a single wire. 💚 #NICU",
    [
        ("OTHER_ID", "room 3E-12"),
        ("NAME", "Noelle Washington-Price"),
        ("DATE", "Christmas Eve"),
        ("NAME", "Keyana"),
    ],
    note="room number; born on Christmas Eve",
)

# 230
n(
    "en",
    "event",
    "Every baby born at Archway Unity on Christmas Eve and Christmas Day goes home in a knitted stocking "
    "made by our volunteer Knit Wits club. 🎄 This year that's 19 stockings across our three campuses. Thank "
    "you, Knit Wits!",
    "holidays as a tradition for all babies, none identified",
)

# 231
p(
    "en",
    "sponsor",
    "Thank you to Dragan and Mirela Kovačević for donating 40 iPads to our pediatric burn unit in honor of "
    "their son Luka, who spent 62 days with us after a gas explosion in their Bevo Mill home last winter. "
    "Luka is now 9 and 'very good at Mario Kart,' say the nurses. 💙 @ArchwayBurnCtr",
    [
        ("NAME", "Dragan"),
        ("NAME", "Mirela Kovačević"),
        ("NAME", "Luka", "*"),
        ("GEO", "Bevo Mill"),
    ],
    note="donors introduced as a patient's parents are labelled; 'last winter' is a season",
)

# 232
n(
    "en",
    "sponsor",
    "Thank you to the Bevo Mill Rotary Club for donating 40 iPads to our pediatric burn unit! 💙 Rotary "
    "president Mirela Kovač dropped them off with a cart full of chargers and Mario Kart. @ArchwayBurnCtr",
    "a donor organization and its president",
)

# 233
p(
    "en",
    "pasted_record",
    "FAX posted in error and removed: 'Referral — Pt: Marquis Lowery, 15 — DOB 03/08/2009 — MRN 4410376 — "
    "Mother: Tasha Lowery, tasha.lowery@gmail.com, 618-555-0124 — Address: 1420 N 45th St, East St. Louis, "
    "IL 62204 — Plan: IL Medicaid 552019374' — sent to our Sickle Cell Center fax by a clinic in Centreville.",
    [
        ("NAME", "Marquis Lowery"),
        ("DATE", "03/08/2009"),
        ("MRN", "4410376"),
        ("NAME", "Tasha Lowery"),
        ("EMAIL", "tasha.lowery@gmail.com"),
        ("PHONE", "618-555-0124"),
        ("GEO", "1420 N 45th St"),
        ("GEO", "East St. Louis"),
        ("GEO", "62204"),
        ("HEALTH_PLAN", "552019374"),
    ],
    note="referral fax: home address (street, city, ZIP); the referring clinic's town is not the patient's",
)

# 234
n(
    "en",
    "hospital_contact",
    "Referring a patient to our Sickle Cell Center? Fax (314) 555-0112 or send through EpicCare Link. Our "
    "East St. Louis clinic at 900 Eads Landing Boulevard, East St. Louis, IL 62201 sees patients from "
    "across the Metro East. 📠 Questions: (618) 555-0145.",
    "hospital fax, address and ZIP",
)

# 235
p(
    "en",
    "thank_you",
    "@kenyattaj We're so glad your aunt Lillian enjoyed the gospel choir! Room 508 requested an encore, so "
    "they'll be back Sunday. 🎶",
    [
        ("OTHER_ID", "@kenyattaj"),
        ("NAME", "Lillian"),
        ("OTHER_ID", "Room 508"),
    ],
    note="reply to a relative: her handle, the patient's name and room",
)

# 236
n(
    "en",
    "event",
    "The Greater Mount Carmel Gospel Choir is singing on every floor of our Midtown campus this Sunday at 2 "
    "p.m. 🎶 Director Rev. Calvin Odom says requests are welcome — just ask your nurse. #SundaySounds",
    "event; choir director",
)

# 237
p(
    "en",
    "pasted_record",
    "pls remove from story: 'pt in rm 412 is mr. g. russo, 90 y.o., fall at home on daggett, son tony at "
    "636-555-0115, mrn 2290871.'",
    [
        ("OTHER_ID", "rm 412"),
        ("NAME", "g. russo"),
        ("AGE", "90"),
        ("GEO", "daggett"),
        ("NAME", "tony"),
        ("PHONE", "636-555-0115"),
        ("MRN", "2290871"),
    ],
    note="lower-case chart line; '90 y.o.' -> '90'",
)

# 238
n(
    "en",
    "health_tip",
    "fun fact from our geriatrics team: 1 in 5 falls in adults over 90 happens in the bathroom. grab bars, "
    "night lights, non-slip mats. that's it. that's the tip. 🛁 questions? 314-555-0190",
    "population age over 89",
)

# 239
p(
    "en",
    "pasted_record",
    "Wrong account! This was a direct message to us, not a post: 'Selam, moja mama Šefika Omerović (MRN "
    "5573301) has her cardiology appointment on the 1st but that's the first day of Ramazan. Can we move "
    "it? Email me: ajla.omerovic.stl@gmail.com. Hvala, Ajla.'",
    [
        ("NAME", "Šefika Omerović"),
        ("MRN", "5573301"),
        ("DATE", "1st"),
        ("DATE", "first day of Ramazan"),
        ("EMAIL", "ajla.omerovic.stl@gmail.com"),
        ("NAME", "Ajla"),
    ],
    note="appointment day written twice (the 1st, first day of Ramazan); daughter's e-mail",
)

# 240
n(
    "en",
    "health_tip",
    "Fasting for Ramazan with sickle cell disease or diabetes? 🌙 Talk with your care team before the first "
    "day of Ramazan. Our Sickle Cell Center and South campus diabetes educators offer fasting plans in "
    "Bosnian and English: (314) 555-0123.",
    "religious month not tied to a patient",
)

if __name__ == "__main__":
    S.main("phi_dev80_source")
