"""Blind development set d63 for the PHI scanner: tests/data/phi_dev63.jsonl.

Organisation: Black Belt Regional Medical Center, Selma, Alabama (main campus 1500
Riverbend Parkway, Wellness Center and Foundation 212 Water Avenue) with an Albany Clinic
at 410 Dawson Road, Albany, Georgia; ten 555-01xx lines, two domains, four handles
(phi_dev63_org.json). None of them is ever labelled.
Focus: Black church families and farmers of the Alabama Black Belt and south-west Georgia
(Mother, Deacon, Sister, Big Mama as titles; Essie, Odell, Queen, Precious, Lovie,
Cornelius), family reunions and homecomings, tornadoes and floods, civil-rights history;
Spanish posts about Guatemalan (Q'anjob'al, Mam, K'iche') and Mexican poultry-plant
workers and their families.
Hard cases: names that are words, places or holidays (Hope, Joy, Faith, Precious, Queen,
Major, Prince King, Sugar, Lucky, Easter, Deacon, Selma, Georgia Camden, Marion
Montgomery, Cleveland, Catherine, Dolores, Luz, Paz, Socorro, Milagros, Domingo);
nicknames and names only in hashtags; lower-case and ALL-CAPS names; chart-style
"LAST, FIRST"; initials (Mr. C, J.W.); double, hyphenated and Maya surnames; relatives
named in passing; patients who are staff, volunteers or public figures; staff
introduced as a patient's relative; employers; dates as numbers, ordinals, a day of the
month alone, words, Spanish dates and holidays that were the patient's day; ages over 89
as digits, words, ordinals, "94yo", "101-year-old", centenarian/centenaria; family
phones, e-mails, handles, URLs next to the hospital's own; MRN, account, wristband,
encounter, badge, room/bed, plate, pacemaker serial, IP, SSN. Hard negatives: staff and
doctors (Dr. Odell Queen, Dr. Hope King, Deacon Boykin), volunteers over 90, staff
members' own families, donors and sponsors (including a patient's employer as sponsor),
visiting officials, civil-rights figures (Amelia Boynton Robinson, John Lewis, Jimmie Lee
Jackson, Coretta Scott King, Rosa Parks, Marie Foster, Fannie Lou Hamer), eponymous
conditions, awareness days, feast days and event dates, statistics, campaign hashtags
that look like name hashtags, anonymous stories ("a patient in her 90s"), and near-twin
pairs where one identifier makes the difference.
Language mix: 240 posts, 160 English and 80 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Church and family titles (Mother, Deacon, Sister, Big Mama, Big Daddy, Miss, Rev.,
  Sheriff, don, doña, sra.) are honorifics outside the NAME span; "big mama" used alone
  is a family title, not a name. A specific nickname (Peanut, Bubba, Tootie, Sugar,
  Chuy, Huracán) is NAME. Where Deacon is a given name it is a name.
- Generational suffixes belong to the NAME span ("Cornelius III", "Cornelius Jr.",
  "Lyles Jr, Cornelious").
- Staff, volunteers and public figures who are themselves the patient are labelled like
  any patient; a staff member introduced as a patient's son or daughter is labelled as
  that relative. Otherwise staff, volunteers (even over 90), their own families,
  sponsors and visiting officials are not labelled.
- The patient's employer (the poultry plant's company) is NAME; the same company as a
  sponsor is not.
- GEO is labelled when the place tells where the patient or family lives or where the
  patient's own event happened: home, the town of their home church or school (also
  inside the school's name, "Orrville Elementary"), the road, plant town or roadside of
  an injury or birth, the town of their family reunion or funeral. Selma and Albany are
  GEO only when they are the patient's home, not when they only say where the hospital
  is. Places a group of unnamed patients came from, and community campaign hashtags
  (#WilcoxCountyStrong), are not GEO. Guatemalan departments (Huehuetenango) and Mexican
  states (Puebla, Chiapas) are state level and not GEO; their towns are. "condado de
  Dougherty" keeps "condado de", as "calle Elm" keeps "calle".
- A public day (Bloody Sunday, March 7, 1965; a tornado's date) is DATE when the post
  ties it to the patient's own life, with both of its names labelled; holidays the
  patient only hopes for ("back by Christmas") and greetings ("Merry Christmas") are
  not. "el día 5" is labelled "día 5". A month alone tied to the patient is labelled.
- "centenario" (her hundredth birthday) is AGE like "centenaria"; "in her 90s",
  "patients over 90", "90 or older" and "our nonagenarians" are populations or decades,
  not ages. A name hashtag that contains an age (#OraLeeTurns90) is one NAME span.
- The last four digits of an SSN are SSN; an employee badge number is OTHER_ID, value
  only.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev63.jsonl"), os.path.join(HERE, "phi_dev63_org.json"), "d63")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Mother Essie Pettaway has led the first hymn at Greater Mt. Pilgrim for 61 years, and on Sunday she was back in her pew, six weeks after her bypass here on 9/22. Thank you, Mother Pettaway, for letting us share your story. 🙏🏾 #BlackBeltStrong",
    [("NAME", "Essie Pettaway"), ("NAME", "Pettaway", "*"), ("DATE", "9/22")],
    note="patient's name (the church title 'Mother' is not part of the span) and surgery date; the church is not an identifier, Sunday is a weekday, #BlackBeltStrong is a campaign tag",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Meet Deacon Cornelius Haygood, RN — 30 years on our med-surg floor, Sunday school teacher at Brown Chapel, and the man who knows every patient's favorite hymn. Happy retirement, Deacon! Call (334) 555-0100 to leave him a note.",
    "a retiring nurse (staff); the number is the hospital switchboard",
)

# 3
p(
    "es",
    "patient_story",
    "Don Baltazar Pascual Diego llegó de Soloma, Huehuetenango, hace 12 años para trabajar en la planta de Pollos del Sur. El 3 de marzo se cortó la mano en la línea de deshuese y hoy, después de dos cirugías, ya puede cerrar el puño. ¡Fuerza, don Baltazar! 💪",
    [
        ("NAME", "Baltazar Pascual Diego"),
        ("NAME", "Baltazar", "*"),
        ("GEO", "Soloma"),
        ("NAME", "Pollos del Sur"),
        ("DATE", "3 de marzo"),
    ],
    note="patient's name (don excluded), home town Soloma (Huehuetenango is a department, state level, not GEO), employer Pollos del Sur is NAME, injury date",
)

# 4
n(
    "es",
    "health_tip",
    "Trabajadores de las plantas avícolas: si el frío de la línea les entumece las manos, no lo ignoren. Nuestra clínica de Albany atiende sin cita los sábados. Llame al 229-555-0163 (hablamos español). #SaludEnLaPlanta",
    "advice to a population of workers; the hospital's Albany clinic and its number",
)

# 5
p(
    "en",
    "milestone_birthday",
    "Happy 101ST birthday to Mrs. Queen Esther Lyles!!! She was born on the Fourth of July and still says the fireworks are for her 🎆 Our 3 West nurses threw her a party in room 314 this morning.",
    [
        ("AGE", "101ST"),
        ("NAME", "Queen Esther Lyles"),
        ("DATE", "Fourth of July"),
        ("OTHER_ID", "room 314"),
    ],
    note="age over 89 with its attached suffix, patient's name (Queen is her first name), birthday written as a holiday, her room; 3 West is a unit",
)

# 6
n(
    "en",
    "public_figure",
    "58 years ago, Amelia Boynton Robinson was beaten on the Edmund Pettus Bridge and carried to Good Samaritan Hospital. We honor her, and every foot soldier who crossed on March 7, 1965. #BloodySunday #SelmaJubilee",
    "historical figure and a public historical date; no patient of ours",
)

# 7
p(
    "en",
    "pasted_record",
    "PT NAME: HOLLOMAN, ODELL T   DOB: 02/11/1944   MRN# 0047-2291   ADM 10/03 via ED, tornado debris lac L forearm   RM 2E-18   PCP Dr. Ruffin   -- sorry y'all, wrong window, please disregard",
    [
        ("NAME", "HOLLOMAN, ODELL T"),
        ("DATE", "02/11/1944"),
        ("MRN", "0047-2291"),
        ("DATE", "10/03"),
        ("OTHER_ID", "RM 2E-18"),
    ],
    note="pasted chart line: chart-style name, DOB, MRN value, admission date, room with its keyword; the physician is staff",
)

# 8
n(
    "en",
    "crisis_update",
    "TORNADO UPDATE 9:40 PM: We have received 14 patients from the Orrville and Sardis areas. Our ED is on diversion for non-critical cases. Families looking for loved ones: call the reunification line at 334-555-0112, not the main switchboard. Please stay off Highway 22.",
    "a count of unnamed patients; the communities describe a group of fourteen, not one patient; hospital line",
)

# 9
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Precious Amari Tubbs! Born 12/25 at 3:12 a.m., 7 lb 2 oz — the best Christmas present Mom Kendra and Dad Marcus could ask for. 🎄👶🏾",
    [
        ("NAME", "Precious Amari Tubbs"),
        ("DATE", "12/25"),
        ("DATE", "Christmas"),
        ("NAME", "Kendra"),
        ("NAME", "Marcus"),
    ],
    note="baby's name, birth date in numbers and again as the holiday it fell on, parents' first names; the hour and weight are not identifiers",
)

# 10
n(
    "en",
    "campaign_hashtag",
    "Every baby who leaves our NICU gets a hand-knit cap from the Dallas County Quilters. Share your NICU grad's photo with #PreciousCargoBBRMC and #LittleFightersOfTheBlackBelt!",
    "campaign hashtags ('Precious' is a word here, not a patient); a volunteer group",
)

# 11
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Milagros! 🎉 Nació el 12 de diciembre, día de la Virgen de Guadalupe, y sus papás, Rosario y Juan Carlos, dicen que no hay otro nombre posible. 6 libras de puro amor. 💕",
    [
        ("NAME", "Milagros"),
        ("DATE", "12 de diciembre"),
        ("DATE", "día de la Virgen de Guadalupe"),
        ("NAME", "Rosario"),
        ("NAME", "Juan Carlos"),
    ],
    note="baby's name, birth date written twice (number and feast day), parents' names",
)

# 12
n(
    "es",
    "staff_spotlight",
    "Conozcan a Esperanza Ixcoy, intérprete de q'anjob'al y español en nuestra clínica de Albany. Llegó de Guatemala en 2009 y hoy ayuda a cientos de familias de las plantas avícolas a entender a sus médicos. ¡Gracias, Esperanza!",
    "an interpreter on staff; her origin is hers, not a patient's",
)

# 13
p(
    "en",
    "thank_you",
    "A big thank-you card came in from the family of Mr. Cornelius \"Bubba\" Hardaway of Uniontown: 'Y'all treated Daddy like a king on 4 North.' Bubba, we miss your jokes already! 👑",
    [("NAME", 'Cornelius "Bubba" Hardaway'), ("NAME", "Bubba", "*"), ("GEO", "Uniontown")],
    note="patient's name with quoted nickname, nickname again, home town; 'Daddy' is a kinship word, 4 North a unit",
)

# 14
n(
    "en",
    "eponymous_condition",
    "Rock Steady Boxing for people living with Parkinson's returns Tuesdays at 10 at the Wellness Center, 212 Water Avenue. Coach Darnell Witherspoon says no experience needed, just gloves and grit. 🥊 334-555-0131",
    "eponymous condition, a class coach (staff), the hospital's address and number",
)

# 15
p(
    "en",
    "memorial",
    "We lost a legend. Lovie Mae Tate, 97, who sold fried fish from her stand on Broad Street for fifty years, passed peacefully with us on Saturday surrounded by her children. Rest easy, Miss Lovie. 🕊️",
    [("NAME", "Lovie Mae Tate"), ("AGE", "97"), ("NAME", "Lovie", "*"), ("GEO", "Broad Street")],
    note="patient's name, age over 89, the street of her business; Saturday is a weekday",
)

# 16
n(
    "en",
    "anonymous_story",
    "Last night one of our ICU nurses sat with a patient in her 90s who had no family left, and sang to her until morning. That's who we are. ❤️ #BlackBeltStrong",
    "anonymous patient; 'in her 90s' is a decade, not an age",
)

# 17
p(
    "es",
    "discharge",
    "¡Alta! Después de 19 días en la UCI por COVID, Consuelo Tzoc Xiloj regresa a su casa en Selma con sus hijos. Sus compañeros de la planta de Marengo Poultry le hicieron un cartel gigante. 🎈",
    [("NAME", "Consuelo Tzoc Xiloj"), ("GEO", "Selma"), ("NAME", "Marengo Poultry")],
    note="patient's name, her home town (also the hospital's city, but here it is where she lives), employer",
)

# 18
n(
    "es",
    "event",
    "Feria de salud para trabajadores avícolas: sábado 14 de junio, 9 a.m.–1 p.m., en el estacionamiento de la clínica de Albany (410 Dawson Road). Vacunas, presión arterial, glucosa. Traigan a la familia. 📞 229-555-0163",
    "event date, the clinic's own address and number",
)

# 19
p(
    "en",
    "patient_story",
    "shoutout to odell from our cardiac rehab crew — 80 years old and he just did 30 mins on the treadmill like it was nothing. his granddaughter keisha says he's been practicing at home in marion junction lol 🏃🏾‍♂️",
    [("NAME", "odell"), ("NAME", "keisha"), ("GEO", "marion junction")],
    note="lower-case patient and relative names, lower-case home community; age 80 is not labelled",
)

# 20
n(
    "en",
    "public_figure",
    "Honored to welcome Mayor Dorothy Moorer-Gaines to our Selma campus today to tour the new rural maternal health wing. Thank you for fighting for Black Belt moms! 🙌🏾",
    "visiting public figure; the hospital's campus",
)

# 21
p(
    "en",
    "discharge",
    "Ten days after the Jan. 12 tornado took the roof off his house on County Road 37, Mr. Major Lee Spencer walked out our front doors today. Major, you earned that rank! 🎖️ #WilcoxCountyStrong",
    [
        ("DATE", "Jan. 12"),
        ("GEO", "County Road 37"),
        ("NAME", "Major Lee Spencer"),
        ("NAME", "Major", "*"),
    ],
    note="injury date (the tornado that hurt him), his road, his name (Major is a first name here); the community campaign tag is not GEO",
)

# 22
n(
    "en",
    "crisis_update",
    "Our Albany clinic at 410 Dawson Road is closed today due to storm damage. Patients with appointments will be called. For urgent needs, go to the Selma ED at 1500 Riverbend Parkway or call 911.",
    "the hospital's own addresses and a national line",
)

# 23
p(
    "es",
    "memorial",
    "Con mucho dolor despedimos a Socorro Méndez Cruz, de Tehuacán, Puebla, quien falleció el 2 de noviembre, Día de Muertos, rodeada de sus hijas. Trabajó 22 años en la planta de Alabama Farmstead. Descanse en paz, doña Socorro. 🕯️",
    [
        ("NAME", "Socorro Méndez Cruz"),
        ("NAME", "Socorro", "*"),
        ("GEO", "Tehuacán"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
        ("NAME", "Alabama Farmstead"),
    ],
    note="patient's name, home city (Puebla is a state), date of death twice (number and holiday), employer",
)

# 24
n(
    "es",
    "eponymous_condition",
    "¿Sabía que la enfermedad de Chagas puede causar problemas del corazón años después de la infección? Si creció en zonas rurales de Guatemala o México, pregunte a su médico por la prueba. Es sencilla y confidencial. #CorazónSano",
    "eponymous disease and general advice",
)

# 25
p(
    "en",
    "thank_you",
    "Mr. C. wanted everyone on 5 West to know he's home, he's eating his wife's pound cake, and he's never complaining about hospital jello again. We love you, Mr. C! 🍰",
    [("NAME", "C", "*")],
    note="initial used as the patient's name, twice",
)

# 26
n(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to Mrs. Ola Mae Witherspoon — mother of our own Dr. Lucius Witherspoon, chief of surgery! She taught school in Perry County for 40 years. The whole OR team signed her card. 🎂",
    "a staff member's own mother, not a patient: her age and county are not labelled",
)

# 27
p(
    "en",
    "patient_story",
    "Round 4 of chemo DONE ✅ and she rang that bell so loud they heard it in the cafeteria. Keep going, baby girl! #PrayForPeaches #BlackBeltStrong",
    [("NAME", "#PrayForPeaches")],
    note="patient named only by a nickname hashtag; #BlackBeltStrong is a campaign tag",
)

# 28
n(
    "en",
    "campaign_hashtag",
    "Join #TeamHope this Saturday for the Black Belt Cancer Walk! Registration opens at 7 a.m. at Bloch Park. Every step funds free mammograms for uninsured women. #HopeLivesHere",
    "campaign hashtags built on the word hope; event venue",
)

# 29
p(
    "en",
    "pasted_record",
    "[Portal msg] From: stallworthfam334@gmail.com — Hi this is Denise, Ms. Ora Lee Stallworth daughter, her acct # 88120447 still shows a balance from the 6/18 visit, can someone call me back at 334-555-0192? Thank you",
    [
        ("EMAIL", "stallworthfam334@gmail.com"),
        ("NAME", "Denise"),
        ("NAME", "Ora Lee Stallworth"),
        ("ACCOUNT", "88120447"),
        ("DATE", "6/18"),
        ("PHONE", "334-555-0192"),
    ],
    note="portal message pasted by mistake: relative's e-mail, name and phone, patient's name, account number, visit date",
)

# 30
n(
    "en",
    "hospital_contact",
    "Questions about your bill? Our financial counselors are here M–F 8–5. Call 334.555.0118 or email billing@bbrmc.org. Never share your account number in comments or DMs — we'll never ask for it here. 🔒",
    "the hospital's billing number and e-mail",
)

# 31
p(
    "es",
    "pasted_record",
    "Paciente: GÓMEZ LÓPEZ, MARÍA DE LA LUZ — Fecha nac. 15/09/1988 — Expediente 55-301-778 — Seguro: Medicaid ID 503917724 — Hab. 214, cama 2. Intérprete: mam. ⚠️ Perdón, esto no era para publicar.",
    [
        ("NAME", "GÓMEZ LÓPEZ, MARÍA DE LA LUZ"),
        ("DATE", "15/09/1988"),
        ("MRN", "55-301-778"),
        ("HEALTH_PLAN", "503917724"),
        ("OTHER_ID", "Hab. 214"),
        ("OTHER_ID", "cama 2"),
    ],
    note="pasted chart line: chart-style double-surname name, DOB, record number, Medicaid ID, room and bed with keywords",
)

# 32
n(
    "es",
    "statistic",
    "En 2023 atendimos a 1.284 trabajadores de plantas avícolas en nuestra clínica de Albany: 41% por lesiones de mano y muñeca, 18% por problemas respiratorios. Su salud importa. #SaludEnLaPlanta",
    "aggregate statistics",
)

# 33
p(
    "en",
    "milestone_birthday",
    "Ninety-three candles was a fire hazard, so Mr. Freeman Rudolph got one big one instead 🕯️😂 Happy birthday from your dialysis family, Mr. Freeman! See you Monday.",
    [("AGE", "Ninety-three"), ("NAME", "Freeman Rudolph"), ("NAME", "Freeman", "*")],
    note="age over 89 in words, patient's name; Monday is a weekday",
)

# 34
n(
    "en",
    "health_tip",
    "Family reunion season is here! Before you hit the road to Grandma's, check your meds, pack your sunscreen and stay hydrated. Our pharmacy can sync your refills: 334-555-0100. #ReunionReady",
    "general advice; hospital number",
)

# 35
p(
    "en",
    "crisis_update",
    "UPDATE: The two children hurt when the storm hit Beloit Road are stable. Their grandmother, Mrs. Willie Mae Hatcher, asked us to thank the firefighters and everyone praying for Jaylen and Jordyn.",
    [
        ("GEO", "Beloit Road"),
        ("NAME", "Willie Mae Hatcher"),
        ("NAME", "Jaylen"),
        ("NAME", "Jordyn"),
    ],
    note="the road where the patients were hurt, the grandmother's name, the children's names",
)

# 36
n(
    "en",
    "public_figure",
    "Albany, Georgia gave the world Ray Charles, who lost his sight as a young child. January is Glaucoma Awareness Month — get your eyes checked at our Albany Clinic. 229-555-0163",
    "historical public figure, awareness month, the clinic's number",
)

# 37
p(
    "es",
    "thank_you",
    "Gracias a la familia Pascual Mateo por las tortillas y el pepián que trajeron al 4 Norte para celebrar que Andrés ya camina otra vez. ¡Nos hicieron llorar! 🇬🇹❤️",
    [("NAME", "Pascual Mateo"), ("NAME", "Andrés")],
    note="family surnames and the patient's first name; 4 Norte is a unit",
)

# 38
n(
    "es",
    "recruitment",
    "¿Habla q'anjob'al, mam o k'iche'? Buscamos intérpretes médicos para Selma y Albany. Pago competitivo y capacitación incluida. Solicite en careers.blackbeltregional.org o llame al 334-555-0147.",
    "recruitment; the hospital's domain and number",
)

# 39
p(
    "en",
    "discharge",
    "QUEEN IS HOME!!! After 41 days in our NICU, little Queen Nevaeh Rembert went home to Camden with her big brothers Tre and Dontavious. Crying happy tears over here. 👑💜 #NICUGrad",
    [
        ("NAME", "QUEEN"),
        ("NAME", "Queen Nevaeh Rembert"),
        ("GEO", "Camden"),
        ("NAME", "Tre"),
        ("NAME", "Dontavious"),
    ],
    note="baby's name in capitals and in full ('little' excluded), home town, brothers' names; the stay length is not an identifier",
)

# 40
n(
    "en",
    "anonymous_story",
    "A grandmother in her 90s told our chaplain she marched from Selma to Montgomery in '65 and 'this hospital is the reason I'm still here to tell it.' We don't take that lightly. #SelmaJubilee",
    "anonymous; a decade is not an age, the march route is history, '65 a bare year",
)

# 41
p(
    "en",
    "staff_spotlight",
    "Our own charge nurse Precious Jemison, RN, is back on 3 West after her hip replacement on March 18 — and yes, she's already bossing everybody around. Welcome back, Precious! 💙",
    [("NAME", "Precious Jemison"), ("DATE", "March 18"), ("NAME", "Precious", "*")],
    note="a staff member who was our patient: her name and surgery date are labelled",
)

# 42
n(
    "en",
    "staff_spotlight",
    "Nurse Practitioner Queen Ellis-Tubbs just finished her 1,000th home visit in Lowndes and Wilcox counties. She drives 300 miles a week so our farm families don't have to. 🚗 #RuralHealthHeroes",
    "staff member; counties she serves, a visit count",
)

# 43
p(
    "es",
    "patient_story",
    "Domingo vino a urgencias un domingo, claro 😄. Se cayó de un andamio en Leesburg el 8 de agosto y hoy, con su yeso firmado por todo el piso, se despide de nosotros. ¡Suerte, Domingo!",
    [("NAME", "Domingo", "*"), ("GEO", "Leesburg"), ("DATE", "8 de agosto")],
    note="patient's first name (also the word for Sunday, which is not labelled in lower case), place and date of the fall",
)

# 44
n(
    "es",
    "eponymous_condition",
    "El síndrome de Down no define a nadie. Este 21 de marzo, Día Mundial del Síndrome de Down, use calcetines disparejos y comparta su foto con #CalcetinesDisparejos. 🧦",
    "eponymous condition, awareness day",
)

# 45
p(
    "en",
    "pasted_record",
    "Security note pasted to the wrong page 🤦: 'Pt Cornelius Ware, rm 512, pacemaker serial PMX4471928, vehicle blue F-150 AL tag 47B 2K9 left in ED bay — son Kelvin to pick up keys, cell 334-555-0174.'",
    [
        ("NAME", "Cornelius Ware"),
        ("OTHER_ID", "rm 512"),
        ("DEVICE", "PMX4471928"),
        ("VEHICLE", "47B 2K9"),
        ("NAME", "Kelvin"),
        ("PHONE", "334-555-0174"),
    ],
    note="patient's name, room, pacemaker serial, plate, son's name and cell",
)

# 46
n(
    "en",
    "research",
    "Our study with Tuskegee University on high blood pressure among Black Belt farmers is enrolling adults 40–75 in Dallas, Perry and Marengo counties. $50 gift card per visit. Info: research@blackbeltregional.org",
    "research recruitment of a population; hospital e-mail",
)

# 47
p(
    "en",
    "memorial",
    "Rest in power, Big Mama Eula Pettway of Gee's Bend. Her quilts hang in museums; her pound cake showed up in our break room every time a grandbaby was born here. She left us on the 14th, at 98.",
    [("NAME", "Eula Pettway"), ("GEO", "Gee's Bend"), ("DATE", "14th"), ("AGE", "98")],
    note="patient's name ('Big Mama' is a family title), home community, day of the month of her death, age over 89",
)

# 48
n(
    "en",
    "memorial",
    "Our hearts are heavy. Lovie Knight served meals in our cafeteria for 44 years and knew every doctor's coffee order by heart. Visitation is Friday at Tabernacle Baptist. Rest easy, Miss Lovie. 🕊️",
    "memorial for a staff member; nothing says she was a patient",
)

# 49
p(
    "es",
    "birth_announcement",
    "¡Gemelos en Selma! 👶👶 Ángel y Esperanza Pérez Tomás nacieron la madrugada del 1 de enero, los primeros bebés del año en el Black Belt Regional. Papá Lucas salió corriendo del turno de noche y llegó justo a tiempo.",
    [
        ("NAME", "Ángel"),
        ("NAME", "Esperanza Pérez Tomás"),
        ("DATE", "1 de enero"),
        ("NAME", "Lucas"),
    ],
    note="the twins' names, birth date, father's name; Selma is where the hospital is, not their home",
)

# 50
n(
    "es",
    "campaign_hashtag",
    "Este mes celebramos a nuestras enfermeras con #GraciasEnfermera. Cuéntenos en los comentarios quién los cuidó — ¡pero sin datos médicos, por favor! 🙏",
    "campaign hashtag",
)

# 51
p(
    "en",
    "anonymous_story",
    "94yo farmer rode out Sunday's tornado in his bathtub on Pleasant Hill Road and walked away with a cut on his scalp. He told our ED staff he's 'been through worse — I marched in '65.' Sir, we believe you. 🙌🏾",
    [("AGE", "94yo"), ("GEO", "Pleasant Hill Road")],
    note="unnamed patient but his age over 89 and his road identify him",
)

# 52
n(
    "en",
    "statistic",
    "Dallas County has one of the highest rates of diabetes in Alabama: 1 in 5 adults. Our free A1C checks are every 2nd Tuesday at the Wellness Center. 212 Water Avenue, Selma. #KnowYourNumbers",
    "population statistic, hospital address",
)

# 53
p(
    "es",
    "discharge",
    "ya se fue a casa doña lupita!! 3 semanas con nosotros despues de la quemadura en la planta de Leesburg. su hija nos dejo su cel por si alguien quiere mandarle saludos: 229-555-0148 ❤️",
    [("NAME", "lupita"), ("GEO", "Leesburg"), ("PHONE", "229-555-0148")],
    note="lower-case nickname, town where she was injured, daughter's cell",
)

# 54
n(
    "es",
    "crisis_update",
    "Aviso: por el tornado, la clínica de Albany está cerrada hoy. Si trabaja en las plantas y se lastimó limpiando escombros, venga a urgencias en Selma (1500 Riverbend Pkwy) o llame al 911. Intérpretes 24 horas: 334-555-0147.",
    "closure notice; hospital address and numbers",
)

# 55
p(
    "en",
    "thank_you",
    "The Rembert family wanted to say thank you to Dr. Alston and the whole L&D team. If you'd like to send them a card, they asked us to share remberts4queen@yahoo.com — and if you'd like to support our NICU, foundation@bbrmc.org. 💜",
    [("NAME", "Rembert"), ("EMAIL", "remberts4queen@yahoo.com")],
    note="family surname and the family's e-mail; the doctor and the foundation e-mail are not labelled",
)

# 56
n(
    "en",
    "public_figure",
    "'Get in good trouble.' Today we remember Congressman John Lewis, who was beaten on the Edmund Pettus Bridge and treated in Selma that day. His courage still walks these halls. #GoodTrouble",
    "historical figure, even though he was treated in Selma",
)

# 57
p(
    "en",
    "birth_announcement",
    "She came on Easter Sunday, so her great-grandmother named her Easter, after herself. Welcome, Easter Jolene McCall! 🐣 Great-grandma Easter was the first to hold her.",
    [("DATE", "Easter Sunday"), ("NAME", "Easter Jolene McCall"), ("NAME", "Easter", "*")],
    note="birth day as a holiday, the baby's name (also Easter), the great-grandmother's name",
)

# 58
n(
    "en",
    "health_tip",
    "Heat index 108 in Selma today. Farmers and plant workers: water every 15 minutes, shade breaks, and know the signs of heat stroke. Confusion or no sweating = call 911. 🌡️",
    "weather advice",
)

# 59
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 100 a doña Amparo Baltazar! Llegó de Jacaltenango a cuidar a sus bisnietos y hoy celebra su centenario con mariachi en la sala de diálisis. 🎉",
    [("AGE", "100"), ("NAME", "Amparo Baltazar"), ("GEO", "Jacaltenango"), ("AGE", "centenario")],
    note="age over 89, name, home town abroad, 'centenario' (her hundredth birthday) states the age too",
)

# 60
n(
    "es",
    "public_figure",
    "Hoy recordamos a César Chávez, que luchó por la salud y la dignidad de los trabajadores del campo. En su honor, vacunas gratis para trabajadores agrícolas este 31 de marzo en Albany. 229-555-0163",
    "historical figure, event date, clinic number",
)

# 61
p(
    "en",
    "patient_story",
    "Marion Montgomery, 96, of Marion, Alabama, says the secret to a long life is collard greens and minding your own business. She's recovering from pneumonia with us and is already winning at bid whist. 🃏",
    [("NAME", "Marion Montgomery"), ("AGE", "96"), ("GEO", "Marion", 2)],
    note="patient's name (first name and surname are also place names), age over 89, home town Marion; Alabama is a state",
)

# 62
n(
    "en",
    "public_figure",
    "On this day in 1965, Dr. Martin Luther King Jr. led marchers out of Brown Chapel AME. This MLK Day, our Selma campus will close non-urgent clinics so staff can serve at the Day of Service. ✊🏾",
    "historical figure, a public holiday that is nobody's patient event",
)

# 63
p(
    "en",
    "thank_you",
    "Shout out to Mr. Prince King, who brought a whole truckload of sweet potatoes from his farm in Safford for the nurses who took care of him in January. Mr. King, you are royalty around here. 🍠👑",
    [("NAME", "Prince King"), ("NAME", "King", "*"), ("GEO", "Safford"), ("DATE", "January")],
    note="patient's name (both parts are ordinary words), the community of his farm, the month of his stay",
)

# 64
n(
    "en",
    "staff_spotlight",
    "Meet Miss Classie Hunter, 94, our longest-serving volunteer! She's folded baby blankets in the Women's Center every Tuesday since 1988. Want to join her? Call 334-555-0131. 💕",
    "a volunteer: her age over 89 is not a patient's age",
)

# 65
p(
    "es",
    "patient_story",
    "Dolores tenía muchos dolores, pero nunca dejó de sonreír. 😅 Hoy nuestra paciente Dolores Quino Ajanel cumple un mes sin diálisis después de su trasplante del 5 de abril. ¡Su hija Luz nos trajo tamales!",
    [
        ("NAME", "Dolores Quino Ajanel"),
        ("NAME", "Dolores", "*"),
        ("DATE", "5 de abril"),
        ("NAME", "Luz"),
    ],
    note="patient's name (the lower-case common noun 'dolores' is not), transplant date, daughter's name",
)

# 66
n(
    "es",
    "sponsor",
    "Gracias a Pollos del Sur por donar 500 kits de primeros auxilios para sus trabajadores y sus familias. Juntos cuidamos a quienes alimentan al país. 🐔❤️",
    "a company as sponsor, not as a patient's employer",
)

# 67
p(
    "en",
    "pasted_record",
    "IT ticket accidentally posted: 'Portal user lovebug_odessa locked out after 5 attempts from IP 72.14.201.88. Pt: Odessa Bell-Hatcher, DOB 07/30/1951. Reset pw and call pt at 229-555-0139.'",
    [
        ("OTHER_ID", "lovebug_odessa"),
        ("IP", "72.14.201.88"),
        ("NAME", "Odessa Bell-Hatcher"),
        ("DATE", "07/30/1951"),
        ("PHONE", "229-555-0139"),
    ],
    note="portal user name, the patient's IP address, hyphenated name, DOB, phone",
)

# 68
n(
    "en",
    "event",
    "Homecoming at the Albany Clinic! Saturday, Oct. 5, 10–2: free flu shots, blood pressure checks, gospel choir and a fish fry. 410 Dawson Road. Bring the grandbabies. 🐟🎶 @BBRMC_Albany",
    "event date and venue, the clinic's address and handle",
)

# 69
p(
    "en",
    "memorial",
    "Deacon Cleophus Moorer was 19 when he marched on Bloody Sunday, March 7, 1965, and he never stopped marching. He went home to glory from our hospice unit on Tuesday, at 78. Thank you, Deacon, for letting us care for you.",
    [("NAME", "Cleophus Moorer"), ("DATE", "Bloody Sunday"), ("DATE", "March 7, 1965")],
    note="patient's name (Deacon is a title); the public day, written twice, is labelled because the post ties it to this patient's own life; ages 19 and 78 are not over 89",
)

# 70
n(
    "en",
    "public_figure",
    "In February 1965, Jimmie Lee Jackson was shot by a state trooper in Marion and died eight days later at Good Samaritan Hospital in Selma. His death sparked the march to Montgomery. We remember. 🕯️",
    "historical figure, even though he died in a hospital; historical places and dates",
)

# 71
p(
    "es",
    "pasted_record",
    "Formulario de intérprete subido por error: Nombre: Pedro Pablo Tomás Mateo. Licencia de conducir AL 8823114. Últimos 4 del seguro social: 4471. Contacto de emergencia: su esposa Juana, 334-555-0166.",
    [
        ("NAME", "Pedro Pablo Tomás Mateo"),
        ("LICENSE", "8823114"),
        ("SSN", "4471"),
        ("NAME", "Juana"),
        ("PHONE", "334-555-0166"),
    ],
    note="patient's name, driver's licence number, last four digits of the SSN, wife's name and phone",
)

# 72
n(
    "es",
    "hospital_contact",
    "¿Necesita intérprete? Es gratis. Pídalo al hacer su cita: 334-555-0147, o escríbanos por mensaje a @BBRMCenEspanol. También puede escribir a interpretes@blackbeltregional.org.",
    "the hospital's number, handle and e-mail",
)

# 73
p(
    "en",
    "discharge",
    'Our littlest Peanut is going HOME 🥜💚 Born at 26 weeks on the 3rd of May, Kamari "Peanut" Whitsett-Lyles graduated from the NICU today weighing 5 lbs. Mama Shanice, you did that!',
    [
        ("NAME", 'Kamari "Peanut" Whitsett-Lyles'),
        ("NAME", "Peanut", "*"),
        ("DATE", "3rd of May"),
        ("NAME", "Shanice"),
    ],
    note="nickname, full hyphenated name with nickname, birth date, mother's name; gestational age and weight are not identifiers",
)

# 74
n(
    "en",
    "recruitment",
    "NOW HIRING: CNAs, RNs and respiratory therapists for our Selma and Albany locations. Sign-on bonus up to $10,000. Grow where you're planted. 🌱 Apply at blackbeltregional.org/careers",
    "recruitment; hospital domain",
)

# 75
p(
    "en",
    "milestone_birthday",
    'Sister Ophelia Dansby celebrated her 102nd birthday on 2 North yesterday with her church family from Mt. Zion AME in Lowndesboro. She requested one thing: "Amazing Grace," all six verses. 🎶',
    [("NAME", "Ophelia Dansby"), ("AGE", "102nd"), ("GEO", "Lowndesboro")],
    note="patient's name (Sister is a church title), age over 89, the town of her home church; 2 North is a unit, yesterday is relative",
)

# 76
n(
    "en",
    "eponymous_condition",
    "Bell's palsy, Graves' disease, Hashimoto's, Addison's — conditions named after doctors can sound scary. Our endocrinology team at the Albany Clinic explains them in plain words every first Thursday on Facebook Live.",
    "eponymous conditions",
)

# 77
p(
    "en",
    "public_figure",
    "Albany's own gospel legend Rev. Lucius \"Sweet Lou\" Harmon wanted y'all to know he's resting well after his stroke and will be back in the pulpit at Shiloh before long. He sends love and asks for prayers. 🙏🏾 #PrayersForSweetLou",
    [("GEO", "Albany"), ("NAME", 'Lucius "Sweet Lou" Harmon'), ("NAME", "#PrayersForSweetLou")],
    note="a public figure who is our patient: his name, nickname hashtag and home city are labelled",
)

# 78
n(
    "en",
    "anonymous_story",
    "Last night a baby decided she couldn't wait and arrived in the back seat of a pickup in our ER parking lot. Mom and baby are doing great. Shout out to Security Officer Dre Tolbert, who caught her! 🚙👶",
    "anonymous birth on the hospital's own lot; the officer is staff",
)

# 79
p(
    "es",
    "memorial",
    "Descanse en paz, Don Tomás Baltazar Domingo. A sus noventa y cinco años seguía cuidando su milpa detrás de la casa en la calle Lamar, en Albany. Falleció en Nochebuena, como él quería: con toda su familia. 🕯️",
    [
        ("NAME", "Tomás Baltazar Domingo"),
        ("AGE", "noventa y cinco"),
        ("GEO", "calle Lamar"),
        ("GEO", "Albany"),
        ("DATE", "Nochebuena"),
    ],
    note="patient's name, age over 89 in words, his street and city (his home, not the clinic), date of death as a holiday",
)

# 80
n(
    "es",
    "research",
    "Nuevo estudio: ¿Cómo afecta el frío de las plantas procesadoras a las manos? Buscamos 200 trabajadores de 18 a 60 años en Albany y Selma. Confidencial. Más información: investigacion@bbrmc.org",
    "research recruitment; hospital e-mail",
)

# 81
p(
    "en",
    "thank_you",
    "y'all our hearts are FULL. little josiah's mom made us a thank-you card with his first steps after his leg surgery drawn in crayon 🥹 follow his journey @josiahwalks_again and send him some love!",
    [("NAME", "josiah"), ("OTHER_ID", "@josiahwalks_again")],
    note="lower-case first name, the family's social handle",
)

# 82
n(
    "en",
    "sponsor",
    "Thank you to the Pettaway Family Foundation for the new 3D mammography unit at our Selma campus! Naming the Women's Center lobby for Mrs. Hattie Pettaway, a Selma schoolteacher for 40 years. 💗",
    "donor family and the person a lobby is named for; not patients",
)

# 83
p(
    "en",
    "pasted_record",
    "Oops — this was meant for our fax queue, not Facebook: 'Release records for RUFFIN-McCALL, JOHNNIE B (MRN 2291004) to daughter at FAX 334-555-0197; send ins card copy, BCBS-AL member ZXH889120443.' Deleting shortly.",
    [
        ("NAME", "RUFFIN-McCALL, JOHNNIE B"),
        ("MRN", "2291004"),
        ("FAX", "334-555-0197"),
        ("HEALTH_PLAN", "ZXH889120443"),
    ],
    note="chart-style hyphenated name, MRN, the daughter's fax, insurance member id",
)

# 84
n(
    "en",
    "crisis_update",
    "BOIL WATER NOTICE for Selma: our hospital has its own backup supply and all services are running normally. Visitors, please use bottled water from the lobby stations. Updates at blackbeltregional.org/storm",
    "crisis update; hospital domain",
)

# 85
p(
    "es",
    "discharge",
    "¡Se va a casa! En la foto: Cruz Ajanel con sus enfermeras del 3 Oeste el día de su alta. Llegó el 28 de julio con quemaduras graves de la planta de Camilla y hoy sale caminando. 🙌",
    [("PHOTO", "En la foto"), ("NAME", "Cruz Ajanel"), ("DATE", "28 de julio"), ("GEO", "Camilla")],
    note="the photo shows the patient, his name, admission date, the town where he was burned",
)

# 86
n(
    "es",
    "event",
    "Misa de sanación y bendición de los trabajadores avícolas este domingo 12 de octubre a las 11 en la parroquia San Juan, Albany. Habrá chequeos de presión después de misa. ⛪",
    "event date and venue",
)

# 87
p(
    "en",
    "patient_story",
    "Hope Pritchett came to us on Valentine's Day with a heart that needed fixing, and today Hope is headed home to Demopolis with a new valve and a lot of hope. Her sisters Joy and Faith were right there. ❤️",
    [
        ("NAME", "Hope Pritchett"),
        ("NAME", "Hope", "*"),
        ("DATE", "Valentine's Day"),
        ("GEO", "Demopolis"),
        ("NAME", "Joy"),
        ("NAME", "Faith"),
    ],
    note="patient's name (and the lower-case word hope, which is not), admission on a holiday, home town, sisters' names",
)

# 88
n(
    "en",
    "campaign_hashtag",
    "#FaithOverFear isn't just a hashtag for our chaplains. Join Chaplain Ruby Bishop for a prayer walk around the Selma campus Wednesday at noon. All faiths welcome. 🙏🏽",
    "campaign hashtag, a chaplain on staff",
)

# 89
p(
    "en",
    "birth_announcement",
    "Welcome, baby Selma Joy Hardaway! 🌸 Mom Tiara says she named her after the city where her grandmother marched — and where Selma was born on 8/8 at 8:08 a.m. We can't make this up. ✨",
    [("NAME", "Selma Joy Hardaway"), ("NAME", "Selma", "*"), ("NAME", "Tiara"), ("DATE", "8/8")],
    note="baby's name (Selma is her name here, not the city), mother's name, birth date",
)

# 90
n(
    "en",
    "statistic",
    "In 2024 we delivered 1,106 babies, including 31 sets of twins and one set of triplets. 🍼 Our NICU graduated 212 little fighters. Thank you, Black Belt families, for trusting us.",
    "aggregate statistics",
)

# 91
p(
    "en",
    "patient_story",
    "Peanut farmer Earnest Ray Sumbry of Dougherty County lost two fingers to a combine on Oct. 3rd. Today he's shelling peanuts again in our hand therapy gym in Albany. Earnest is living proof you don't quit. 🥜",
    [
        ("NAME", "Earnest Ray Sumbry"),
        ("NAME", "Earnest", "*"),
        ("GEO", "Dougherty County"),
        ("DATE", "Oct. 3rd"),
    ],
    note="patient's name, home county, injury date; Albany is where our gym is, not his home; 'Peanut' is a crop here",
)

# 92
n(
    "en",
    "health_tip",
    "Working the fields this fall? Tractor rollovers are the #1 cause of farm deaths. Use your ROPS and seat belt every time. 🚜 Questions? Our rural health line: 334-555-0112.",
    "safety advice; hospital number",
)

# 93
p(
    "es",
    "thank_you",
    "gracias chepe y familia por los tamales 🫔 el 4 norte los extraña!! su hija nos pidió compartir su página para ayudar con los gastos: facebook.com/AyudaParaChepeXicay",
    [("NAME", "chepe"), ("URL", "facebook.com/AyudaParaChepeXicay")],
    note="lower-case nickname, the family's fundraising page",
)

# 94
n(
    "es",
    "staff_spotlight",
    "La Dra. Guadalupe Rosales, pediatra de nuestra clínica de Albany, cumple 10 años cuidando a los hijos de las familias avícolas. ¡Gracias, doctora Lupita! 👩🏽‍⚕️",
    "a physician on staff and her nickname",
)

# 95
p(
    "en",
    "memorial",
    "IN LOVING MEMORY OF CORNELIUS 'NEAL' DEJARNETTE, JUNE 2 — NOV 18. A FARMER, A DEACON, A FATHER OF NINE. THANK YOU FOR TRUSTING OUR HOSPICE TEAM WITH HIS LAST DAYS. — THE DEJARNETTE FAMILY",
    [
        ("NAME", "CORNELIUS 'NEAL' DEJARNETTE"),
        ("NAME", "DEJARNETTE", "*"),
        ("DATE", "JUNE 2"),
        ("DATE", "NOV 18"),
    ],
    note="all-caps name with nickname, family surname, birth and death dates",
)

# 96
n(
    "en",
    "public_figure",
    "In 1961, the Albany Movement filled the jails of Albany, Georgia, and the Freedom Singers carried its songs across the country. We'll honor organizer Charles Sherrod at our Black History Month sing-along, Feb. 20 at noon, Albany Clinic. 🎶",
    "history, a historical figure, event date",
)

# 97
p(
    "en",
    "discharge",
    "Home by the holidays! 🎄 Mr. Odell Gaddis (93 and still driving his tractor, don't tell his doctor) was discharged after his fall on Thanksgiving. Happy holidays, Mr. Odell!",
    [("NAME", "Odell Gaddis"), ("NAME", "Odell", "*"), ("AGE", "93"), ("DATE", "Thanksgiving")],
    note="patient's name, age over 89, the holiday he fell on; 'the holidays' in general are not a date",
)

# 98
n(
    "en",
    "event",
    "Celebrate Juneteenth with us! June 19, free health screenings and a cookout at the Wellness Center, 212 Water Avenue. Live music from the Selma Sound Gospel Choir. 🎉",
    "holiday event, hospital address",
)

# 99
p(
    "es",
    "birth_announcement",
    "nació Jacinto 💙 el día 5 a las 4:40 de la mañana, en plena tormenta. su papá Gaspar dice que de apodo le va a decir 'Huracán' jaja. bienvenido al mundo, chiquito!",
    [("NAME", "Jacinto"), ("DATE", "día 5"), ("NAME", "Gaspar"), ("NAME", "Huracán")],
    note="baby's name, day of the month of birth, father's name, the baby's nickname",
)

# 100
n(
    "es",
    "health_tip",
    "Este 10 de mayo, Día de las Madres, regálele a mamá una cita para su mamografía. 💗 Clínica de Albany: 229-555-0163. Sin seguro, sin problema.",
    "a holiday that is nobody's patient event; clinic number",
)

# 101
p(
    "en",
    "patient_story",
    "Our favorite volunteer is on the OTHER side of the bed this week 😅 Miss Classie, we're praying for a quick recovery from your gallbladder surgery. The Tuesday blanket crew misses you! 💕",
    [("NAME", "Classie")],
    note="a volunteer who is now our patient: her name is labelled",
)

# 102
n(
    "en",
    "staff_spotlight",
    "Welcome Dr. Hope King, our new OB-GYN at the Albany Clinic! Dr. King grew up in Camilla, trained at Morehouse, and came home to serve. Appointments: 229-555-0163. 👩🏾‍⚕️",
    "a new physician (staff) and her home town",
)

# 103
p(
    "en",
    "patient_story",
    "When Mr. Wash Pritchett came to the ED with chest pain, his wife of 62 years, Sugar, rode along in the ambulance and told the paramedics how to drive. He's recovering in CCU bed 4 and she hasn't left his side. ❤️",
    [("NAME", "Wash Pritchett"), ("NAME", "Sugar"), ("OTHER_ID", "bed 4")],
    note="patient's name, wife's nickname, his bed number; CCU is a unit",
)

# 104
n(
    "en",
    "statistic",
    "Fun fact: the number of patients over 90 we care for has doubled since 2015. Our geriatric team loves our nonagenarians — and they love telling us how to do our jobs. 😄",
    "population ages, not one patient's",
)

# 105
p(
    "es",
    "crisis_update",
    "Actualización: la familia Xicay Pascual, cuya casa en la calle Broad de Uniontown fue destruida por el tornado del 14 de marzo, agradece las oraciones. El pequeño Mateo sigue estable en la UCI pediátrica.",
    [
        ("NAME", "Xicay Pascual"),
        ("GEO", "calle Broad"),
        ("GEO", "Uniontown"),
        ("DATE", "14 de marzo"),
        ("NAME", "Mateo"),
    ],
    note="family surnames, their street and town, the date the patient was hurt, the child's name",
)

# 106
n(
    "es",
    "crisis_update",
    "Tras el tornado del 14 de marzo, atendimos a 23 personas en urgencias, 9 de ellas trabajadores de la planta de Uniontown. Gracias a los intérpretes voluntarios que llegaron de madrugada. 💙",
    "counts of unnamed patients; a public disaster date and place not tied to any one patient",
)

# 107
p(
    "en",
    "thank_you",
    "Look who came back to visit the ICU nurses with a pound cake! 🍰 Six months ago we weren't sure. Today she's walking, talking and fussing. #LovieStrong #MiracleOnTheFourthFloor",
    [("NAME", "#LovieStrong")],
    note="patient named only in a hashtag; the other hashtag is a campaign",
)

# 108
n(
    "en",
    "campaign_hashtag",
    "#QueenOfHearts is back! Every February we honor the women who keep our cardiac unit running. Nominate a nurse, tech or housekeeper who deserves a crown. 👑❤️",
    "campaign hashtag that looks like a name",
)

# 109
p(
    "en",
    "pasted_record",
    "Draft caption (DO NOT POST): 'Proud of Ms. Annie Ruth Caffey, admitted 4/2 w/ DKA, dc'd 4/9 to her daughter's home at 1418 Franklin St, Orrville 36767.' Ok who hit share 😬",
    [
        ("NAME", "Annie Ruth Caffey"),
        ("DATE", "4/2"),
        ("DATE", "4/9"),
        ("GEO", "1418 Franklin St"),
        ("GEO", "Orrville"),
        ("GEO", "36767"),
    ],
    note="patient's name, admission and discharge dates, the address she was discharged to (street with number, town, ZIP)",
)

# 110
n(
    "en",
    "hospital_contact",
    "Storm season reminder: save our numbers! Main: 334-555-0100 • Family info line: 334-555-0112 • Albany Clinic: 229-555-0163 • Media: 334-555-0189. Follow @BlackBeltRMC for live updates.",
    "the hospital's own numbers and handle",
)

# 111
p(
    "es",
    "milestone_birthday",
    "¡Mi abuelita cumple 90 añitos!, nos escribió Marisol desde la sala de espera. Doña Concepción, de Santa Eulalia, está con nosotros por una neumonía, pero hoy hubo pastel de tres leches en la habitación 207. 🎂",
    [
        ("AGE", "90"),
        ("NAME", "Marisol"),
        ("NAME", "Concepción"),
        ("GEO", "Santa Eulalia"),
        ("OTHER_ID", "habitación 207"),
    ],
    note="age over 89, the granddaughter's name, patient's name, home town, room",
)

# 112
n(
    "es",
    "anonymous_story",
    "Una abuelita de 86 años nos contó que cruzó la frontera a pie en 1979 y que nunca había estado en un hospital. Ayer salió de alta con una sonrisa. Historias como la suya nos inspiran. 💛",
    "anonymous; age 86 is not over 89, 1979 a bare year",
)

# 113
p(
    "en",
    "patient_story",
    "Cornelius 'Neil' Pough, 17, a linebacker for Southside High, was hurt when his truck left Old Orrville Road on Friday night. He's awake, asking for his phone, and wants everybody to know he'll be back for the homecoming game. 🏈",
    [("NAME", "Cornelius 'Neil' Pough"), ("GEO", "Old Orrville Road")],
    note="patient's name with nickname, the road of his crash; the school is not an identifier, age 17 is not labelled",
)

# 114
n(
    "en",
    "research",
    "New from our research team: Black women in rural Alabama wait an average of 41 days longer for a breast cancer diagnosis. Read the study in the Journal of Rural Health and see what we're doing about it. 📊",
    "research findings about a population",
)

# 115
p(
    "en",
    "memorial",
    'Our pharmacy family is grieving Lorenzo "Zo" Abernathy, who worked our night shift for 22 years and fought his cancer on our own 4 North until the very end on February 11. Zo, the coffee\'s still on for you. ☕',
    [("NAME", 'Lorenzo "Zo" Abernathy'), ("NAME", "Zo", "*"), ("DATE", "February 11")],
    note="a staff member who was our patient: name, nickname, date of death",
)

# 116
n(
    "en",
    "memorial",
    "Rest in peace, Dr. Roosevelt Tubbs (1941–2024), who opened Selma's first Black-owned family practice and later served 18 years on our medical staff. Thousands of babies in Dallas County came into the world in his hands.",
    "a former physician (staff, public figure); bare years",
)

# 117
p(
    "es",
    "thank_you",
    "La familia Ramírez-Ochoa nos mandó esta carta: 'Gracias por cuidar a nuestro papá Eusebio después del accidente en la planta de Southern Hens. Los de Selma son ángeles.' ¡Gracias a ustedes! 🙏",
    [("NAME", "Ramírez-Ochoa"), ("NAME", "Eusebio"), ("NAME", "Southern Hens")],
    note="hyphenated family surname, patient's name, his employer; 'los de Selma' is the hospital",
)

# 118
n(
    "es",
    "recruitment",
    "¿Trabaja en la planta y quiere ser enfermero? Nuestro programa Puente paga sus clases de CNA en Wallace Community College. Información: 334-555-0147 o puente@bbrmc.org. ¡Sí se puede! 💪",
    "recruitment; hospital number and e-mail",
)

# 119
p(
    "en",
    "birth_announcement",
    "Born on MLK Day, and his parents didn't have to think twice: welcome, Martin Luther Daniels! 🕊️ Mom Keyonna and Dad Terrance say he's already got a lot to say.",
    [
        ("DATE", "MLK Day"),
        ("NAME", "Martin Luther Daniels"),
        ("NAME", "Keyonna"),
        ("NAME", "Terrance"),
    ],
    note="birth date as a holiday, baby's name (not the historical figure), parents' names",
)

# 120
n(
    "en",
    "eponymous_condition",
    "ALS, also called Lou Gehrig's disease, affects about 30,000 Americans. Our ALS support group meets the 3rd Thursday of every month in the Wellness Center. Caregivers welcome. 💙",
    "eponymous condition, event schedule",
)

# 121
p(
    "en",
    "sponsor",
    "In memory of her husband Deacon Alfred Shamburger, who spent his last days in our ICU, Mrs. Geneva Shamburger gave $25,000 to build a family sleep room on 3 East. 'So nobody has to sleep in a chair like I did.' Thank you, Mrs. Geneva. 💙",
    [("NAME", "Alfred Shamburger"), ("NAME", "Geneva Shamburger"), ("NAME", "Geneva", "*")],
    note="the donor is introduced as a patient's widow, so both names are labelled; 3 East is a unit",
)

# 122
n(
    "en",
    "sponsor",
    "Huge thanks to Alabama River Cotton Gin and the Selma Rotary Club for sponsoring 200 car seats for new moms this year! 🚗👶 Presented by Rotary president Cornelius Hatcher.",
    "sponsors and a sponsor's officer",
)

# 123
p(
    "en",
    "patient_story",
    "Pictured: Ruby Pearl Hatcher, who beat breast cancer twice, ringing our bell with her great-grandson Lucky on her hip. Ruby says she's got a family reunion in Hayneville to get to. 🔔",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Ruby Pearl Hatcher"),
        ("NAME", "Ruby", "*"),
        ("NAME", "Lucky"),
        ("GEO", "Hayneville"),
    ],
    note="the photo shows the patient; her name, her great-grandson's name (an ordinary word), the town of her family's reunion",
)

# 124
n(
    "en",
    "health_tip",
    "Family reunion tip 🍗: potato salad and deviled eggs shouldn't sit out more than 2 hours — 1 hour if it's over 90 degrees outside. Keep it cold, keep it covered. #FoodSafety",
    "food safety advice; 90 is a temperature",
)

# 125
p(
    "en",
    "pasted_record",
    "copy/paste fail, ignore: pt jackson, essie m — wristband 0009-4417-23 — enc# E2291-5512 — bed 7B — NOK grandson cornelius jackson 229-555-0121 (do NOT call main line 229-555-0163)",
    [
        ("NAME", "jackson, essie m"),
        ("OTHER_ID", "0009-4417-23"),
        ("OTHER_ID", "E2291-5512"),
        ("OTHER_ID", "bed 7B"),
        ("NAME", "cornelius jackson"),
        ("PHONE", "229-555-0121"),
    ],
    note="lower-case chart-style name, wristband and encounter numbers, bed, grandson's name and phone; the clinic's main line is not labelled",
)

# 126
n(
    "en",
    "public_figure",
    "Thank you to Selma native and WNBA champion Kiara Dunlap for reading to kids in our pediatric clinic today! 📚🏀 #ReadAcrossTheBlackBelt",
    "visiting public figure; her home town is hers",
)

# 127
p(
    "en",
    "milestone_birthday",
    "Our newest centenarian! Mr. Booker T. Odom turned one hundred on the 9th, right here in our rehab unit, and told the mayor he'd like his cake now please. 🎂 Happy birthday, Mr. Booker!",
    [
        ("AGE", "centenarian"),
        ("NAME", "Booker T. Odom"),
        ("NAME", "Booker", "*"),
        ("AGE", "one hundred"),
        ("DATE", "9th"),
    ],
    note="'centenarian' and 'one hundred' state his age, patient's name, his birthday as a day of the month",
)

# 128
n(
    "en",
    "eponymous_condition",
    "November is National Alzheimer's Disease Awareness Month. If Mama keeps repeating the same story at Thanksgiving dinner, it may be time to talk to her doctor. Our memory clinic: 334-555-0100.",
    "eponymous condition, awareness month, a generic 'Mama'",
)

# 129
p(
    "en",
    "thank_you",
    "The Deacon board at Mt. Calvary sent over 40 plates of fried chicken to say thank you for taking care of Deacon Willie 'Tootie' Grimes after his heart attack on Labor Day. Y'all are too good to us. 🍗",
    [("NAME", "Willie 'Tootie' Grimes"), ("DATE", "Labor Day")],
    note="patient's name with nickname (Deacon is a title), the holiday of his heart attack",
)

# 130
n(
    "en",
    "recruitment",
    "Got time and a big heart? Our volunteers range from 16 to 92 years young! Greeters, rockers for the NICU, chaplain helpers. Call Volunteer Services: 334-555-0131. 💛",
    "volunteers' ages, not a patient's",
)

# 131
p(
    "en",
    "patient_story",
    "Every moment with Precious Ware is precious. She's spending her 16th birthday on 6 North fighting a sickle cell crisis, and the queen of our pediatric floor still made sure every nurse got a hug. #PrayersForPrecious",
    [("NAME", "Precious Ware"), ("NAME", "#PrayersForPrecious")],
    note="patient's name and name hashtag; the lower-case words precious and queen are not names; age 16 is not labelled",
)

# 132
n(
    "en",
    "health_tip",
    "September is Sickle Cell Awareness Month. 1 in 13 Black babies is born with sickle cell trait. Know your status — free screening at the Wellness Center every Thursday in September. 🩸",
    "awareness month, statistics",
)

# 133
p(
    "es",
    "pasted_record",
    "Mensaje del portal pegado aquí por error: 'Soy Rosa Mateo, hija de la paciente Juana Pedro Diego (exp. #GT-884120). Mi mamá tiene cita el 03/11 en Albany pero no entiende inglés. Llámenme al 229-555-0154, no al 229-555-0163.'",
    [
        ("NAME", "Rosa Mateo"),
        ("NAME", "Juana Pedro Diego"),
        ("MRN", "GT-884120"),
        ("DATE", "03/11"),
        ("PHONE", "229-555-0154"),
    ],
    note="daughter's name, patient's name, record number, appointment date, daughter's phone; the clinic number is not labelled",
)

# 134
n(
    "es",
    "health_tip",
    "Si usted trabaja en la línea de evisceración y tiene dolor en la muñeca por las noches, podría ser síndrome del túnel carpiano. No espere: clínica de Albany, lunes a sábado. 229-555-0163.",
    "advice to workers; clinic number",
)

# 135
p(
    "en",
    "discharge",
    "J.W. is headed home to Sardis after 3 weeks with us, and he made sure to remind every nurse on 4 North that he's 'ninety-one, not dead.' 😂 Take it easy, J.W.!",
    [("NAME", "J.W.", "*"), ("GEO", "Sardis"), ("AGE", "ninety-one")],
    note="initials used as the patient's name, home town, age over 89 in words",
)

# 136
n(
    "en",
    "anonymous_story",
    "A farmer in his 80s walked into our Albany Clinic last week because his granddaughter made him promise. His blood pressure was 210/120. Go get checked. Do it for the grandbabies. 🩺",
    "anonymous patient; a decade under 90",
)

# 137
p(
    "en",
    "memorial",
    "The Lyles-Dansby family reunion had an empty chair this year for Big Daddy, Odell Lyles, who passed in our care on April 30. Thank you for inviting our hospice nurses to the fish fry in Catherine. 💙",
    [("NAME", "Lyles-Dansby"), ("NAME", "Odell Lyles"), ("DATE", "April 30"), ("GEO", "Catherine")],
    note="family surname, patient's name ('Big Daddy' is a family title), date of death, the community of the family reunion (Catherine is a town here)",
)

# 138
n(
    "en",
    "event",
    "Planning a homecoming or family reunion in Perry or Dallas County this summer? Our mobile health van can come by with free blood pressure and sugar checks. Book it: 334-555-0131.",
    "service offer; counties are a service area",
)

# 139
p(
    "es",
    "memorial",
    "Nuestra centenaria favorita, doña Paz Xicay, nos dejó ayer rodeada de sus 40 nietos. Nació en San Pedro Soloma y llegó a Albany a los 80 para estar con su familia. Que descanse en paz. 🕊️",
    [("AGE", "centenaria"), ("NAME", "Paz Xicay"), ("GEO", "San Pedro Soloma"), ("GEO", "Albany")],
    note="'centenaria' states her age, her name (the lower-case word paz is not), birthplace, the city she lived in; age 80 is not labelled",
)

# 140
n(
    "es",
    "staff_spotlight",
    "Doña Socorro Villatoro tiene 91 años y lleva 20 como voluntaria en nuestra capilla, rezando el rosario con las familias. ¡Gracias, doña Socorro! Si quiere ser voluntario, llame al 334-555-0131.",
    "a volunteer over 90: not a patient",
)

# 141
p(
    "en",
    "crisis_update",
    "update on the Pettway family from Boykin: mom is out of surgery and the twins Amir and Amari are upstairs in peds, bruised but ok. their church in Gee's Bend is collecting clothes — call Sister Pettway's cousin at 334-555-0183.",
    [
        ("NAME", "Pettway", "*"),
        ("GEO", "Boykin"),
        ("NAME", "Amir"),
        ("NAME", "Amari"),
        ("GEO", "Gee's Bend"),
        ("PHONE", "334-555-0183"),
    ],
    note="family surname, home community, the twins' names, the town of their church, a relative's phone",
)

# 142
n(
    "en",
    "crisis_update",
    "ALL ELECTIVE SURGERIES CANCELED FRIDAY DUE TO SEVERE WEATHER. IF YOUR SURGERY IS AFFECTED WE WILL CALL YOU. QUESTIONS: 334-555-0100. STAY SAFE BLACK BELT. 🌪️",
    "operational notice; hospital number",
)

# 143
p(
    "en",
    "patient_story",
    "Day 12 in the PICU and #TeamCornelius is still going strong 💪🏾 Thank you to Orrville Elementary for the 300 get-well cards! Cornelius, your classmates miss you.",
    [("NAME", "#TeamCornelius"), ("NAME", "Cornelius", "*"), ("GEO", "Orrville")],
    note="name hashtag and first name; the school's name is not an identifier but its town tells where he lives",
)

# 144
n(
    "en",
    "staff_spotlight",
    "Happy Doctors' Day to Dr. Odell Queen, who has delivered more than 4,000 babies in Dallas County since 1989! 👶 Fun fact: he delivered two of his own nurses. 💐",
    "a physician (staff)",
)

# 145
p(
    "en",
    "pasted_record",
    "Screenshot caption by mistake: 'Ambulance to 4471 County Rd 12, Minter — pt Lovie Caldwell, 91 y/o F, fall, on Eliquis. Son Dexter meeting at ED.' #oops",
    [
        ("GEO", "4471 County Rd 12"),
        ("GEO", "Minter"),
        ("NAME", "Lovie Caldwell"),
        ("AGE", "91"),
        ("NAME", "Dexter"),
    ],
    note="home address and town, patient's name, age over 89, son's name",
)

# 146
n(
    "en",
    "public_figure",
    "'I'm sick and tired of being sick and tired.' — Fannie Lou Hamer, who was sterilized without her consent in 1961. This Women's History Month, we recommit to informed consent for every Black Belt woman. 💜",
    "historical figure, a bare year",
)

# 147
p(
    "es",
    "discharge",
    "¡DE ALTA! Francisco Diego Pascual, de Barillas, deja hoy la cama 12 de la UCI después del accidente del 9 de enero en la carretera 80. Su primo Andrés dice: ¡gracias a todos! 🚑",
    [
        ("NAME", "Francisco Diego Pascual"),
        ("GEO", "Barillas"),
        ("OTHER_ID", "cama 12"),
        ("DATE", "9 de enero"),
        ("GEO", "carretera 80"),
        ("NAME", "Andrés"),
    ],
    note="patient's name, home town, bed, date and road of the crash, cousin's name",
)

# 148
n(
    "es",
    "event",
    "El 15 de septiembre celebramos la Independencia de Centroamérica con una feria de salud en la clínica de Albany: marimba, vacunas y pruebas de diabetes. ¡Los esperamos! 🇬🇹🇭🇳🇸🇻",
    "a national holiday and an event",
)

# 149
p(
    "en",
    "birth_announcement",
    "Baby girl Lovie Queen Moorer couldn't wait — she arrived on the shoulder of Highway 80 near Benton at 2 a.m. on the 22nd, delivered by her daddy Cornell with our dispatcher on speakerphone. 🚗💨",
    [
        ("NAME", "Lovie Queen Moorer"),
        ("GEO", "Highway 80"),
        ("GEO", "Benton"),
        ("DATE", "22nd"),
        ("NAME", "Cornell"),
    ],
    note="baby's name, the road and community where she was born, day of the month, father's name",
)

# 150
n(
    "en",
    "staff_spotlight",
    "Shout out to dispatcher Lavonne Tubbs, who has talked 23 dads through roadside deliveries in her career. When you call 911 in Dallas County, you want her on the line. 📞👶",
    "staff member; a national line",
)

# 151
p(
    "en",
    "thank_you",
    "FROM THE FAMILY OF QUEEN ESTHER BOYKIN: THANK YOU 5 WEST!!! If anyone would like to send Mama a card at home, our email is boykinfamilyreunion@gmail.com. (For the hospital foundation: giving@bbrmc.org)",
    [("NAME", "QUEEN ESTHER BOYKIN"), ("EMAIL", "boykinfamilyreunion@gmail.com")],
    note="all-caps patient name, the family's e-mail; the foundation e-mail is the hospital's",
)

# 152
n(
    "en",
    "health_tip",
    "don't let the heat win y'all 🥵 if you're cutting grass at noon in August, you're doing it wrong. early morning, lots of water, and check on your elderly neighbors. #BlackBeltSummer",
    "general advice",
)

# 153
p(
    "en",
    "patient_story",
    "Our chief of surgery, Dr. Lucius Witherspoon, wants to thank the ICU team for caring for his mother, Ola Mae, after her stroke on Mother's Day. She's home in Uniontown and bossing him around again. 💐",
    [
        ("NAME", "Lucius Witherspoon"),
        ("NAME", "Ola Mae"),
        ("DATE", "Mother's Day"),
        ("GEO", "Uniontown"),
    ],
    note="a staff member introduced as the patient's son is labelled as her relative; her name, the holiday of her stroke, home town",
)

# 154
n(
    "en",
    "anonymous_story",
    "One of our respiratory therapists drove through the storm at 3 a.m. to bring a ventilator battery to a patient's home out in the county. That's Black Belt Regional. 🌩️ #BlackBeltStrong",
    "anonymous patient, no place given",
)

# 155
p(
    "es",
    "patient_story",
    "Nuestro Chuy ya está en terapia física después de la caída en la planta de Dixie Broilers. ¡Vamos, campeón! Sus compañeros del turno B juntaron dinero para su familia. #FuerzaChuy",
    [("NAME", "Chuy"), ("NAME", "Dixie Broilers"), ("NAME", "#FuerzaChuy")],
    note="nickname, employer, name hashtag",
)

# 156
n(
    "es",
    "public_figure",
    "Hoy recordamos a Rigoberta Menchú, Premio Nobel de la Paz 1992, que dio voz a los pueblos mayas de Guatemala. Muchas de nuestras familias comparten su idioma y su historia. 🇬🇹",
    "public figure",
)

# 157
p(
    "en",
    "patient_story",
    "Cornelius and Lovie Tubbs lost everything in the Wilcox County tornado, but they didn't lose each other. Both are recovering on our 3rd floor. Their grandson set up gofundme.com/f/rebuild-for-papa-and-lovie if you'd like to help. 🏠",
    [
        ("NAME", "Cornelius"),
        ("NAME", "Lovie Tubbs"),
        ("GEO", "Wilcox County"),
        ("URL", "gofundme.com/f/rebuild-for-papa-and-lovie"),
    ],
    note="the two patients' names, the county where their home was destroyed, the family's fundraiser URL",
)

# 158
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease, Wilms tumor, Tourette syndrome: our pediatric specialists at the Albany Clinic treat conditions with long names and short patients. 😄 Referrals: fax 229-555-0170.",
    "eponymous conditions; the clinic's fax",
)

# 159
p(
    "en",
    "public_figure",
    "Dallas County Sheriff Cornelius 'Big C' Mayweather thanks everyone for the prayers after his knee replacement on 11/14. He'll be back in uniform by Christmas — his words, not his surgeon's. 😂",
    [("NAME", "Cornelius 'Big C' Mayweather"), ("DATE", "11/14")],
    note="a public figure who is our patient: name and surgery date; Christmas is a hoped-for return, not an event that happened to him",
)

# 160
n(
    "en",
    "public_figure",
    "Thank you Dallas County Sheriff's Office and Deputy Lucius Grimes for escorting our blood supply truck through the flooded roads last night. 🚓🩸",
    "public officials helping the hospital",
)

# 161
p(
    "es",
    "birth_announcement",
    "¡Ya nació la princesa de la familia Hernández Cruz! Guadalupe Itzel llegó el primero de noviembre, Día de Todos los Santos, con 7 libras. Mamá Yesenia es de Acatlán de Osorio y papá de Chiapas. 👑",
    [
        ("NAME", "Hernández Cruz"),
        ("NAME", "Guadalupe Itzel"),
        ("DATE", "primero de noviembre"),
        ("DATE", "Día de Todos los Santos"),
        ("NAME", "Yesenia"),
        ("GEO", "Acatlán de Osorio"),
    ],
    note="family surnames, baby's name, birth date twice, mother's name and home town; Chiapas is a state",
)

# 162
n(
    "es",
    "statistic",
    "1 de cada 3 adultos hispanos en Georgia tiene presión alta y no lo sabe. Mídasela gratis este sábado en la clínica de Albany, 410 Dawson Road. ❤️",
    "statistic; clinic address",
)

# 163
p(
    "en",
    "discharge",
    "Miss Essie finally went home today, y'all!!! 🎉🎉",
    [("NAME", "Essie")],
    note="patient's first name",
)

# 164
n(
    "en",
    "health_tip",
    "Wash your hands. Cover your cough. Love your neighbor. 🧼",
    "general advice",
)

# 165
p(
    "es",
    "discharge",
    "Feliz regreso a casa, don Odilio 🙏 Lo vamos a extrañar.",
    [("NAME", "Odilio")],
    note="patient's first name",
)

# 166
n(
    "es",
    "health_tip",
    "Vacúnese contra la gripe. Es gratis. Es rápido. Es por su familia. 💉",
    "general advice",
)

# 167
p(
    "en",
    "patient_story",
    "Miss Classie Hunter, our 94-year-old volunteer, is now our patient on 2 North after a fall at home in Selmont. She asked us to tell y'all the Tuesday blankets are NOT to be folded wrong while she's out. 😤💕",
    [("NAME", "Classie Hunter"), ("AGE", "94-year-old"), ("GEO", "Selmont")],
    note="a volunteer who is now a patient: name, age over 89, home community",
)

# 168
n(
    "en",
    "research",
    "Want to live to 100? Our Healthy Aging study is following 400 Black Belt adults over 90 to learn their secrets. Early finding: almost all of them still garden. 🌱 Learn more at blackbeltregional.org/aging",
    "population ages; hospital domain",
)

# 169
p(
    "en",
    "patient_story",
    "Shout out to Georgia Camden, who drove herself to our Albany Clinic with a broken wrist because 'the peanuts weren't going to pick themselves.' Georgia, please let somebody else drive next time. 🥜",
    [("NAME", "Georgia Camden"), ("NAME", "Georgia", "*")],
    note="patient's name (a state and a town as a person's name)",
)

# 170
n(
    "en",
    "hospital_contact",
    "Our Albany Clinic has moved! Same great care at our new home: 410 Dawson Road, Albany, GA 31707. Phone 229-555-0163 • Fax 229-555-0170. 📍",
    "the clinic's address, phone and fax",
)

# 171
p(
    "es",
    "pasted_record",
    "Nota de seguridad publicada por error: 'Camioneta gris con placas de Georgia RTX 4412 en el área de urgencias, pertenece al paciente Mateo Ramos Juárez (hab. 318). Su hermana Inés viene por ella.'",
    [
        ("VEHICLE", "RTX 4412"),
        ("NAME", "Mateo Ramos Juárez"),
        ("OTHER_ID", "hab. 318"),
        ("NAME", "Inés"),
    ],
    note="plate, patient's name, room, sister's name; Georgia is a state",
)

# 172
n(
    "es",
    "campaign_hashtag",
    "#MamásFuertes es nuestra campaña para que cada embarazada del Black Belt tenga control prenatal. Compártala con quien la necesite. 🤰 334-555-0158",
    "campaign hashtag; hospital number",
)

# 173
p(
    "en",
    "memorial",
    "We said goodbye to Deacon Amos Sanders just three days shy of his 99th birthday. He prayed over every nurse on 3 East before their shift changes. Services Saturday at his home church, Greater Ebenezer in Minter. 🕊️",
    [("NAME", "Amos Sanders"), ("AGE", "99th"), ("GEO", "Minter")],
    note="patient's name, an ordinal age over 89 (he was 98, about to be 99), the town of his home church",
)

# 174
n(
    "en",
    "public_figure",
    "Today we remember Marie Foster, the Selma dental hygienist who taught neighbors to pass the voter literacy test, and who marched on Bloody Sunday at 48. 🕊️ #WomenOfSelma",
    "historical figure and a public historical day",
)

# 175
p(
    "en",
    "crisis_update",
    "big mama's house on Cordele Road in Sylvester is gone but big mama is ALIVE 🙏🏾 thank you to the Albany Clinic team for stitching her up — from all of us, the Wiggins grandkids",
    [("GEO", "Cordele Road"), ("GEO", "Sylvester"), ("NAME", "Wiggins")],
    note="patient's road and town, the family surname; 'big mama' is a family title, not a name",
)

# 176
n(
    "en",
    "campaign_hashtag",
    "#BigMamaKnowsBest: share the health advice your grandmother swore by (castor oil? 🙃) and our doctors will tell you which ones actually work. Best answer wins a Black Belt Regional tumbler!",
    "campaign hashtag",
)

# 177
p(
    "es",
    "pasted_record",
    "Por favor no compartan: 'JUÁREZ ORTIZ, Hermelinda — 97 años — ingreso 22/02 — dx neumonía — familiar: nieta Karla 334-555-0179.' Ya avisamos al equipo.",
    [
        ("NAME", "JUÁREZ ORTIZ, Hermelinda"),
        ("AGE", "97"),
        ("DATE", "22/02"),
        ("NAME", "Karla"),
        ("PHONE", "334-555-0179"),
    ],
    note="chart-style name, age over 89, admission date, granddaughter's name and phone",
)

# 178
n(
    "es",
    "eponymous_condition",
    "¿Tiene temblor en las manos? No siempre es Parkinson. Puede ser temblor esencial. Nuestra neuróloga, la Dra. Marta Ixchel Cuc, atiende en español en Albany los jueves. 229-555-0163",
    "eponymous condition, a physician on staff",
)

# 179
p(
    "en",
    "anonymous_story",
    "To whoever is in room 221: your grandkids taped a 'We love you Pop-Pop' banner on the window outside and the whole 2nd floor is crying. ❤️",
    [("OTHER_ID", "room 221")],
    note="no name, but the room number points to one patient",
)

# 180
n(
    "en",
    "anonymous_story",
    "The 2nd floor is crying happy tears today: a patient's grandkids taped a giant 'WE LOVE YOU' banner outside her window. Never underestimate the power of poster board. 🥹",
    "anonymous patient; a floor is not a room",
)

# 181
p(
    "en",
    "patient_story",
    "Y'all, meet Mother Lucille \"Cille\" Dansby-Pritchett. She came to our ED on Nov. 2nd when her sugar dropped during choir rehearsal at Greater St. Paul in Uniontown, and she's been the light of 4 North ever since. She's 90, sharp as a tack, and has given three nurses her pound cake recipe (minus one secret). Daughter Bernice brings collards every Sunday after service. Grandson Marquis drives down from Birmingham every evening to read her the paper, and great-grandbaby Nevaeh FaceTimes her every morning. Mother Cille, we'll miss you when you go home Friday! 💜",
    [
        ("NAME", 'Lucille "Cille" Dansby-Pritchett'),
        ("NAME", "Cille", "*"),
        ("DATE", "Nov. 2nd"),
        ("GEO", "Uniontown"),
        ("AGE", "90"),
        ("NAME", "Bernice"),
        ("NAME", "Marquis"),
        ("GEO", "Birmingham"),
        ("NAME", "Nevaeh"),
    ],
    note="name with nickname and double surname (Mother is a title), admission date, the town of her home church, age 90, relatives' names and the grandson's city; Friday is a weekday",
)

# 182
n(
    "en",
    "event",
    "This weekend Selma welcomes thousands for the Bridge Crossing Jubilee. Our team will run first-aid tents at the foot of the Edmund Pettus Bridge and at Brown Chapel from 8 a.m. Saturday, March 2, through Sunday evening. Drink water, wear comfortable shoes, and if you're 90 or older and planning to cross, let a volunteer walk with you — we'll have wheelchairs and shade tents ready. Please keep 911 for true emergencies. Lost a family member? Call 334-555-0112. Media: 334-555-0189. ✊🏾 #SelmaJubilee",
    "public event, its date and venues; '90 or older' is a population; national line and hospital numbers",
)

# 183
p(
    "en",
    "birth_announcement",
    "Joy to the world! 🎄 Our littlest Christmas Eve baby, Joy Simmons, went home today with her parents, Brianna and DeShawn. Merry Christmas, Joy! 💚",
    [
        ("DATE", "Christmas Eve"),
        ("NAME", "Joy Simmons"),
        ("NAME", "Joy", 3),
        ("NAME", "Brianna"),
        ("NAME", "DeShawn"),
    ],
    note="birth date as a holiday, baby's name, parents' names; the carol's 'Joy' and the 'Merry Christmas' greeting are not labelled",
    ok=("Joy",),
)

# 184
n(
    "en",
    "staff_spotlight",
    "Congratulations to our ED nurse Keondra Tolbert and her husband Marcus on the birth of their son! 💙 (He arrived at another hospital, because Keondra says she's not about to let her coworkers see her like that. 😂)",
    "a staff member's own family, born elsewhere: not our patient",
)

# 185
p(
    "en",
    "patient_story",
    "Living with Crohn's didn't stop Jalen Sewell from signing with Alabama State on Wednesday! We've been his care team since he was 9. So proud of you, Jalen. 🏀 #JalenSigns",
    [("NAME", "Jalen Sewell"), ("NAME", "Jalen", "*"), ("NAME", "#JalenSigns")],
    note="patient's name and a hashtag containing it; Crohn's is an eponym, Wednesday a weekday, the university not a place",
)

# 186
n(
    "en",
    "eponymous_condition",
    "Crohn's and ulcerative colitis affect 3 million Americans. Our GI clinic now offers infusion appointments on Saturdays in Selma. Ask your doctor for a referral. #IBDAwareness",
    "eponymous condition, statistics",
)

# 187
p(
    "en",
    "pasted_record",
    "pls delete 🙏 wrong acct — 'Lyles Jr, Cornelious (sp?) dob 1/1/1960 acct 00-77412-9 ins BCBS pt lives w/ sister Precious on Lapsley St, Selma'",
    [
        ("NAME", "Lyles Jr, Cornelious"),
        ("DATE", "1/1/1960"),
        ("ACCOUNT", "00-77412-9"),
        ("NAME", "Precious"),
        ("GEO", "Lapsley St"),
        ("GEO", "Selma"),
    ],
    note="chart-style misspelt name with suffix, DOB, account number, sister's name, home street and city",
)

# 188
n(
    "en",
    "public_figure",
    "Coretta Scott King was born in Marion, Alabama, just up the road from us, on April 27, 1927. Today we honor her legacy of service with a free women's health day at our Perry County outreach site. 💜",
    "historical figure: her birthplace and birth date are not a patient's",
)

# 189
p(
    "en",
    "anonymous_story",
    "The 101-year-old gentleman from 36759 who was rescued from his flooded home on Tuesday is warm, dry and asking for grits. Thank you, first responders. 🙏🏾",
    [("AGE", "101-year-old"), ("GEO", "36759")],
    note="unnamed, but his age over 89 and home ZIP identify him",
)

# 190
n(
    "en",
    "anonymous_story",
    "The gentleman rescued from the floodwaters on Tuesday is warm, dry and asking for grits. Thank you to every first responder who worked through the night. 🙏🏾",
    "anonymous patient; a weekday is not a date",
)

# 191
p(
    "en",
    "memorial",
    "Sharing with permission from @buckjr_jemison: 'rip to my granddaddy Cornelius \"Buck\" Jemison 💔 thank y'all at black belt regional for taking care of him his last week. he'd want everybody at the Jemison homecoming this summer to eat a plate for him.'",
    [
        ("OTHER_ID", "@buckjr_jemison"),
        ("NAME", 'Cornelius "Buck" Jemison'),
        ("NAME", "Jemison", "*"),
    ],
    note="grandson's handle, patient's name with nickname, family surname; 'this summer' is a season, the lower-case hospital name is ours",
)

# 192
n(
    "en",
    "public_figure",
    "Today in 1952, Dr. Ezekiel Moorer opened the first hospital in Dallas County to admit Black patients through the front door. He'd be 120 this year. We stand on his shoulders. 🏥",
    "historical figure; his age is not a patient's",
)

# 193
p(
    "en",
    "milestone_birthday",
    "shoutout to the whole Hardaway-Tubbs crew who showed up 30 deep to sing happy birthday to their granny on 3 West 😭🎶 she said this was her best 95th yet #grannyhardawaytubbs",
    [("NAME", "Hardaway-Tubbs"), ("AGE", "95th"), ("NAME", "#grannyhardawaytubbs")],
    note="hyphenated family surname, age over 89 as an ordinal, lower-case hashtag containing the surname",
)

# 194
n(
    "en",
    "campaign_hashtag",
    "#GrannyApproved: our cafeteria's new sweet potato pie recipe passed the taste test with the Dallas County Senior Center. 🥧 Available every Friday. Proceeds support Meals on Wheels.",
    "campaign hashtag; an organisation",
)

# 195
p(
    "en",
    "discharge",
    "Welcome home, little Cornelius III! 💙 Born on the 1st at 31 weeks, he's finally home in East Selma with his mom Ashanti and a very proud Cornelius Jr.",
    [
        ("NAME", "Cornelius III"),
        ("DATE", "1st"),
        ("GEO", "East Selma"),
        ("NAME", "Ashanti"),
        ("NAME", "Cornelius Jr."),
    ],
    note="baby's name with generational suffix, day of the month of birth, home neighbourhood, parents' names",
)

# 196
n(
    "en",
    "statistic",
    "Born too soon: Alabama has one of the nation's highest preterm birth rates. Our NICU in Selma cared for 212 preemies last year, some as small as 1 lb 2 oz. 💜 November is Prematurity Awareness Month.",
    "statistics, awareness month",
)

# 197
p(
    "en",
    "thank_you",
    "Our volunteer coordinator Regina Haygood wants to thank 5 West for the care her daddy, Deacon Cleveland Haygood, got after his fall in June. 'Y'all treated him like family — because he is.' 💛",
    [("NAME", "Regina Haygood"), ("NAME", "Cleveland Haygood"), ("DATE", "June")],
    note="a staff member introduced as the patient's daughter is labelled as his relative; patient's name (Cleveland is his first name), month of his fall",
)

# 198
n(
    "en",
    "milestone_birthday",
    "Happy 97th birthday to Mr. Thaddeus Rembert, who has greeted visitors at our main entrance every Monday for 25 years! 🎂 He says the secret is 'show up and smile.' Come by and wish him well.",
    "a volunteer's birthday and age, not a patient's",
)

# 199
p(
    "en",
    "hospital_contact",
    "PSA from Sister Hattie Grimes' daughter, shared at her request: Mama is in ICU and can't take calls. Please stop calling the hospital switchboard (334-555-0100) — text me at 334-555-0195 instead. 🙏🏾",
    [("NAME", "Hattie Grimes"), ("PHONE", "334-555-0195")],
    note="patient's name (possessive apostrophe excluded), daughter's phone; the switchboard is ours",
)

# 200
n(
    "en",
    "hospital_contact",
    "Need a copy of your records? Medical Records: +1 (334) 555-0100 ext. 4, fax 229-555-0170 for the Albany Clinic, or request through the portal at my.blackbeltregional.org. Please don't post personal info here. 🔒",
    "the hospital's numbers and portal domain",
)

# 201
p(
    "en",
    "patient_story",
    "Mr. Odell Whitsett, the peach man from Hope Hull, was pulled from his overturned truck on the twenty-first of June. His grandson says the truck (plate 2B 41M7) can be replaced — Granddaddy can't. He's upstairs healing. 🍑",
    [
        ("NAME", "Odell Whitsett"),
        ("GEO", "Hope Hull"),
        ("DATE", "twenty-first of June"),
        ("VEHICLE", "2B 41M7"),
    ],
    note="patient's name, home community (Hope Hull is a place), crash date in words, his plate",
)

# 202
n(
    "en",
    "event",
    "Black Belt Farmers' Market health day: Saturday June 21, 7–11 a.m., Selma Riverfront. Free blood pressure checks, fresh peaches, and our dietitians will show you how to make a healthier cobbler. 🍑",
    "event date and venue",
)

# 203
p(
    "en",
    "pasted_record",
    "Accidental paste from the registration desk, now deleted: 'WIGGINS, PRECIOUS L / SSN 421-55-0193 / DOB 11/30/1962 / Rm 2W22 / guarantor: Otis Wiggins (husband)'",
    [
        ("NAME", "WIGGINS, PRECIOUS L"),
        ("SSN", "421-55-0193"),
        ("DATE", "11/30/1962"),
        ("OTHER_ID", "Rm 2W22"),
        ("NAME", "Otis Wiggins"),
    ],
    note="chart-style name, SSN, DOB, room, husband's name",
)

# 204
n(
    "en",
    "research",
    "For 40 years, the U.S. Public Health Service Syphilis Study at Tuskegee withheld treatment from 600 Black men in Macon County. Trust is earned. Our research ethics board now includes 5 community members. Ask us anything.",
    "history of a study population; no individual",
)

# 205
p(
    "en",
    "birth_announcement",
    "Baby Deacon Amari Boykin, 8 lb 1 oz, born 02/14 — our first Valentine's baby of the year! ❤️ His great-granddad, a real deacon, was in the waiting room praying the whole time.",
    [("NAME", "Deacon Amari Boykin"), ("DATE", "02/14"), ("DATE", "Valentine's")],
    note="baby's name (Deacon is his first name), birth date in numbers and as the holiday; lower-case deacon is a church office",
)

# 206
n(
    "en",
    "staff_spotlight",
    "Big congratulations to Deacon Boykin — no, not a church deacon, that's really his name! — our new director of environmental services. 25 years keeping Selma's hospital spotless. 🧹✨",
    "staff member whose first name is Deacon",
)

# 207
p(
    "en",
    "patient_story",
    "praying for lil odell in room 9 😢🙏🏾",
    [("NAME", "odell"), ("OTHER_ID", "room 9")],
    note="lower-case name ('lil' excluded) and room",
)

# 208
n(
    "en",
    "event",
    "Flu shots today, 9–4, main lobby. No appointment. 💉 #BlackBeltStrong",
    "event",
)

# 209
p(
    "en",
    "patient_story",
    "Thank you, Mrs. Lovie Grimes, for signing your photo release on Oct. 9 so we could share your 40-lb weight-loss journey! 🎉 Questions for Lovie? She said to email her at loviegrimes.walks@gmail.com. Media: media@blackbeltregional.org",
    [
        ("NAME", "Lovie Grimes"),
        ("NAME", "Lovie", "*"),
        ("DATE", "Oct. 9"),
        ("EMAIL", "loviegrimes.walks@gmail.com"),
    ],
    note="patient's name, release-signing date, her e-mail; the media e-mail is the hospital's",
)

# 210
n(
    "en",
    "anonymous_story",
    "A patient in her 90s taught our whole rehab gym to line dance on Friday. The Electric Slide will never be the same. 💃🏾 #RehabRocks",
    "anonymous; a decade is not an age",
)

# 211
p(
    "en",
    "milestone_birthday",
    "Ninety years of gospel, gardening and good sense 🌻 Happy birthday to our dialysis patient Ora Lee Caffey! #OraLeeTurns90",
    [("AGE", "Ninety"), ("NAME", "Ora Lee Caffey"), ("NAME", "#OraLeeTurns90")],
    note="age 90 in words, patient's name, name hashtag (one span, age included)",
)

# 212
n(
    "en",
    "public_figure",
    "Rosa Parks was arrested in Montgomery on Dec. 1, 1955. Fifty miles from here, a seamstress changed the world. Today, our shuttle buses to the Selma campus are free for every rider. 🚌",
    "historical figure and date",
)

# 213
p(
    "en",
    "patient_story",
    "Prayers up for Mr. Cornealius Sumbry (yes, that's how his momma spelled it 😄) who's recovering from surgery on 4 North. His sister Queen and brother Cleveland have been here every day since the 3rd.",
    [("NAME", "Cornealius Sumbry"), ("NAME", "Queen"), ("NAME", "Cleveland"), ("DATE", "3rd")],
    note="unusually spelt name, siblings' names (both ordinary words or places), day of the month of admission",
)

# 214
n(
    "en",
    "recruitment",
    "Be the reason somebody's grandmother gets home. #TeamBlackBelt is hiring CNAs, phlebotomists, unit secretaries and a full-time chaplain. Apply today at blackbeltregional.org/careers. 💼",
    "recruitment; campaign hashtag; hospital domain",
)

# 215
p(
    "es",
    "birth_announcement",
    "¡Nació el Día del Niño! 🎈 Mateo Alexander Chun Pú llegó el 30 de abril a las 6:15 p.m. Su mamá, Elvira, trabaja en el turno de noche y su papá Rigoberto ya le compró sus botitas de vaquero. 🤠",
    [
        ("DATE", "Día del Niño"),
        ("NAME", "Mateo Alexander Chun Pú"),
        ("DATE", "30 de abril"),
        ("NAME", "Elvira"),
        ("NAME", "Rigoberto"),
    ],
    note="birth date as a holiday and as a date, baby's name, parents' names",
)

# 216
n(
    "es",
    "eponymous_condition",
    "El síndrome de Guillain-Barré es raro, pero puede aparecer después de una infección intestinal. Si siente debilidad que sube por las piernas, vaya a urgencias de inmediato. ☎️ 911",
    "eponymous condition; national line",
)

# 217
p(
    "es",
    "thank_you",
    "la familia de la sra. ixcoy nos pidió compartir su correo para quien quiera mandar tarjetas: familiaixcoy.selma@gmail.com 💌 ella sigue en recuperación en el 3er piso.",
    [("NAME", "ixcoy"), ("EMAIL", "familiaixcoy.selma@gmail.com")],
    note="lower-case surname (sra. excluded), the family's e-mail; a floor is not a room",
)

# 218
n(
    "es",
    "staff_spotlight",
    "La enfermera Milagros Tzul cumplió 15 años en nuestra UCI. Llegó de Totonicapán sin hablar inglés y hoy enseña a las nuevas enfermeras. ¡Felicidades, Milagros! 🎉",
    "a nurse (staff) and her home town",
)

# 219
p(
    "es",
    "milestone_birthday",
    "¡FELICIDADES, DON ARNULFO! 🎉 HOY CUMPLE 92 AÑOS Y LO CELEBRAMOS CON MARIACHI EN LA HABITACIÓN 410. ¡QUE VIVA EL ABUELO MÁS ALEGRE DEL 4 NORTE!",
    [("NAME", "ARNULFO"), ("AGE", "92"), ("OTHER_ID", "HABITACIÓN 410")],
    note="all-caps name, age over 89, room; 4 Norte is a unit",
)

# 220
n(
    "es",
    "event",
    "Este 12 de diciembre, día de la Virgen de Guadalupe, habrá mañanitas y chocolate caliente en la capilla del hospital a las 6 a.m. Todos son bienvenidos. 🌹",
    "a feast day that is nobody's patient event",
)

# 221
p(
    "es",
    "patient_story",
    "Don Emeterio Cux llegó en enero con una infección en el pie por no usar las botas de la planta. Hoy camina sin bastón. Su esposa, doña Felipa, le manda saludos a toda la familia en Momostenango. 👣",
    [("NAME", "Emeterio Cux"), ("DATE", "enero"), ("NAME", "Felipa"), ("GEO", "Momostenango")],
    note="patient's name, month of admission, wife's name, the family's town",
)

# 222
n(
    "es",
    "health_tip",
    "Botas de seguridad, guantes y lentes: no son opcionales en la planta. Si su empleador no se los da, tiene derecho a pedirlos. Más información: 334-555-0147. 👢🧤",
    "advice; hospital number",
)

# 223
p(
    "es",
    "thank_you",
    "Agradecemos a la familia Sic Tum por la cena para el turno de noche. Su papá, don Lorenzo, ingresó el 1.º de mayo y hoy vuelve a casa. Si quieren felicitarlo, su hija Ana dejó su número: 334-555-0138. 🌮",
    [
        ("NAME", "Sic Tum"),
        ("NAME", "Lorenzo"),
        ("DATE", "1.º de mayo"),
        ("NAME", "Ana"),
        ("PHONE", "334-555-0138"),
    ],
    note="family surnames, patient's name, admission date, daughter's name and phone",
)

# 224
n(
    "es",
    "campaign_hashtag",
    "#VivaLaVida es el lema de nuestra campaña de donación de órganos este mes. Un donante puede salvar hasta 8 vidas. Regístrese en la licencia de conducir. 💚",
    "campaign hashtag",
)

# 225
p(
    "es",
    "discharge",
    "Después de 3 meses, Rosendo Mendoza Calmo vuelve a Todos Santos Cuchumatán para recuperarse con su mamá. Si desea ayudar con el pasaje: gofundme.com/f/rosendo-regresa-a-casa 🙏",
    [
        ("NAME", "Rosendo Mendoza Calmo"),
        ("GEO", "Todos Santos Cuchumatán"),
        ("URL", "gofundme.com/f/rosendo-regresa-a-casa"),
    ],
    note="patient's name, home town (not the holiday), fundraiser URL",
)

# 226
n(
    "es",
    "crisis_update",
    "Alerta de calor: índice de 110 °F en Selma y Albany. Si trabaja afuera o en la planta y siente mareo o calambres, descanse, tome agua y avise a su supervisor. Emergencias: 911.",
    "weather alert",
)

# 227
p(
    "es",
    "milestone_birthday",
    "Valentina, nuestra campeona con síndrome de Down, cumplió 6 años el 2 de febrero, Día de la Candelaria, y lo celebró con tamales en la sala de pediatría. ¡Felicidades, Vale! 🎀",
    [
        ("NAME", "Valentina"),
        ("DATE", "2 de febrero"),
        ("DATE", "Día de la Candelaria"),
        ("NAME", "Vale"),
    ],
    note="patient's name and nickname, birthday twice (date and feast day); Down syndrome is an eponym",
)

# 228
n(
    "es",
    "public_figure",
    "Gracias al cónsul de Guatemala en Atlanta, Sr. Edgar Tax Pérez, por visitar nuestra clínica de Albany y traer el consulado móvil. ¡Más de 300 familias atendidas! 🇬🇹",
    "visiting public official",
)

# 229
p(
    "es",
    "pasted_record",
    "Publicado por error, ya borrado: 'Paciente: Yeni Marisol Ajcot, 19 años, trabajadora de Alabama Farmstead, gafete #44817, amputación parcial dedo índice der., 07/06.'",
    [
        ("NAME", "Yeni Marisol Ajcot"),
        ("NAME", "Alabama Farmstead"),
        ("OTHER_ID", "44817"),
        ("DATE", "07/06"),
    ],
    note="patient's name, employer, employee badge number (value only), injury date; age 19 is not labelled",
)

# 230
n(
    "es",
    "sponsor",
    "Gracias a Alabama Farmstead por patrocinar nuestra feria de salud: 400 trabajadores recibieron vacunas y exámenes gratis. 🐔💉",
    "a company as sponsor, not a patient's employer",
)

# 231
p(
    "es",
    "anonymous_story",
    "Una abuelita de ciento dos años llegó ayer a urgencias con su bisnieta… ¡y salió caminando! 💪 Dice que el secreto es el atol de elote.",
    [("AGE", "ciento dos")],
    note="unnamed, but her age over 89 is an identifier",
)

# 232
n(
    "es",
    "anonymous_story",
    "Una abuelita llegó ayer a urgencias con su bisnieta… ¡y salió caminando! 💪 Dice que el secreto es el atol de elote y rezar todos los días.",
    "anonymous; no identifier",
)

# 233
p(
    "es",
    "patient_story",
    "Don Jesús 'Chucho' Barrios, de San Juan Bautista Cuicatlán, ya está despierto en la cama 5. Su hijo Efraín viajó desde Texas para estar con él. ¡Ánimo, Chucho! 🙏",
    [
        ("NAME", "Jesús 'Chucho' Barrios"),
        ("NAME", "Chucho", "*"),
        ("GEO", "San Juan Bautista Cuicatlán"),
        ("OTHER_ID", "cama 5"),
        ("NAME", "Efraín"),
    ],
    note="name with nickname, home town, bed, son's name; Texas is a state",
)

# 234
n(
    "es",
    "research",
    "Investigadores de Black Belt Regional y la Universidad de Auburn estudiarán la exposición al amoníaco en 300 trabajadores de plantas avícolas. Participación voluntaria y confidencial. 📋 investigacion@bbrmc.org",
    "research on a population",
)

# 235
p(
    "es",
    "milestone_birthday",
    "La señora Dominga Pascual cumplió años el 10 de mayo, Día de las Madres, aquí en el 2 Norte. Sus hijos le trajeron mariachi y flores. 🌹 ¡Feliz cumpleaños, doña Dominga!",
    [
        ("NAME", "Dominga Pascual"),
        ("NAME", "Dominga", "*"),
        ("DATE", "10 de mayo"),
        ("DATE", "Día de las Madres"),
    ],
    note="patient's name, birthday twice (date and holiday)",
)

# 236
n(
    "es",
    "hospital_contact",
    "¿Tiene preguntas sobre su factura? Llame al 334-555-0118 y pida un consejero en español, o escriba a facturacion@bbrmc.org. Nunca publique su número de cuenta aquí. 🔒",
    "hospital number and e-mail",
)

# 237
p(
    "es",
    "patient_story",
    "El Jueves Santo, Marvin Tomás Ajú se quemó las manos en la freidora de la planta en el condado de Dougherty. Hoy, tres semanas después, nos mandó esta foto tocando la guitarra. 🎸",
    [
        ("DATE", "Jueves Santo"),
        ("NAME", "Marvin Tomás Ajú"),
        ("GEO", "condado de Dougherty"),
        ("PHOTO", "foto"),
    ],
    note="injury date as a holy day, patient's name, county of the injury, the photo shows him",
)

# 238
n(
    "es",
    "event",
    "Horario de Semana Santa: la clínica de Albany cerrará el Jueves y Viernes Santo. Urgencias en Selma abierto 24 horas, 1500 Riverbend Parkway. ¡Felices pascuas! ✝️",
    "holiday hours; hospital address",
)

# 239
p(
    "es",
    "patient_story",
    "mucha fuerza para la niña camila en la uci 🙏🙏",
    [("NAME", "camila")],
    note="lower-case first name ('la niña' excluded)",
)

# 240
n(
    "es",
    "hospital_contact",
    "¿Sabía que tenemos intérpretes de mam y q'anjob'al las 24 horas? Pídalos al 334-555-0147. 🗣️",
    "service notice; hospital number",
)

if __name__ == "__main__":
    S.main("phi_dev63_source")
