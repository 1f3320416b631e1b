"""Blind development set d40 for the PHI scanner: tests/data/phi_dev40.jsonl.

Organisation: Great Lakes Henry Health, Detroit and Dearborn, Michigan (phi_dev40_org.json):
Henry Main on Woodward Avenue in Detroit, the Henry Dearborn hospital on Michigan Avenue, the
Hamtramck Family Health Center on Joseph Campau and the Southwest Detroit clinic on West Vernor;
seven (313) 555-01xx numbers (switchboard, nurse line, Dearborn, Hamtramck, Spanish line,
media/family line, ROI fax), the domains glhenryhealth.org and glhhfoundation.org and the handles
@GLHenryHealth, @GLHenryDearborn, @GLHHFoundation and @GLHenrySalud.
Focus: Arab American (Dearborn, Southend, Yemeni), Chaldean, Black Detroit, Polish (Hamtramck),
Bangladeshi (Hamtramck) and Mexican (Southwest Detroit, Delray, Mexicantown) families; auto
workers and their plants; winter storms, ice and blizzards; Ramadan, Eid, Paczki Day and other
holidays; Tigers, Lions and Red Wings players and officials who are patients next to ones who only
visit. Hard cases: names that are words, months or places (Hope, Faith, Precious, June, May,
April, Warren, Washington, Islam, Berry, Sugar, Trinidad, Abril), nicknames and initials,
lower-case and ALL-CAPS names, chart, HL7 and "Surname, Given" names, name hashtags, relatives in
passing, ages over 89 in every form next to ages 89 and under and to counts ("97 days", "96 for
frostbite"), dates in every form, families' numbers next to the hospital's, pasted bed boards,
tickets, emails and chats, anonymous stories and statistics, eponymous conditions, campaign tags.
Language mix: 240 posts, 200 English and 40 Spanish; 120 patient-specific, 120 not
(English 100/100, Spanish 20/20).
Labelling decisions taken in this set (where the rules leave room):
- Weekdays next to a date and leading articles stay out of DATE spans: "Tuesday, Jan. 9" ->
  "Jan. 9", "the 3rd of March" -> "3rd of March", "the 27th night of Ramadan" -> "27th night of
  Ramadan", "un 2 de febrero" -> "2 de febrero".
- Ramadan and Eid follow the holiday and month-alone rules: the month or day of a patient's own
  event is DATE ("stroke in Ramadan", "born on Eid al-Fitr", a child spending Eid as an
  inpatient); Ramadan and Eid as everyone's season (greetings, hours, tips, drives, birth counts)
  are not. Paczki Day / Fat Tuesday, Opening Day, All Saints' Day, Cinco de Mayo, Nochebuena, Día
  de Muertos and Día de la Candelaria are treated the same way.
- Chart-shorthand ages glued to a sex letter are labelled as the whole token ("93F", "101F");
  separate unit tokens are left out ("90 y/o" -> "90", "93 yo" -> "93"); spelled and stylised
  ages are the age phrase only ("9-0", "1-0-0", "95.º", "One hundred three", "Noventa y dos",
  "ninety-first", "nonagenarian", "centenarian").
- Staff, volunteers, officials, athletes and other public figures are labelled when they are
  themselves the patient in the post (name, age, dates) and when they are named as a patient's
  relative (an ED tech whose father is the patient, a catcher whose dad had surgery); they are not
  labelled when only working, visiting, donating, or speaking of a condition they disclosed
  publicly and that is not described as treated here. A staff member with a condition who is not
  described as our patient is not labelled. A donor introduced as a grateful patient is labelled.
- Kinship words and honorifics are not part of NAME (Jiddo, Babcia, Dziadek, Abba, Auntie, tía,
  abuelito, Hajja, Apa, Pani, Mother, Deacon, don, doña, Sr., sra.), nor are size words used with
  a nickname ("Big Quise" -> "Quise", "Big Ray Simmons" -> "Ray Simmons").
- Employers, plants, schools, clubs, churches, restaurants and venues are never GEO, even when
  named after a place (Warren Truck, Dearborn Assembly, Dearborn Truck, Jefferson North, Cody
  High, Coney Island); a place word inside them is neither NAME nor GEO (declared with ok= where
  the same word is also the patient's name or city).
- A city that hosts one of our sites is GEO when it is the patient's or family's place (Dearborn,
  Hamtramck, Detroit) and not when it names our site ("our Hamtramck clinic", "our Dearborn
  hospital"). Generic directions ("east side") are not GEO; named neighbourhoods (Brightmoor,
  Southend, Springwells, Delray, Mexicantown, Southwest Detroit, Pilsen) are; the road or freeway
  of a patient's crash or fall is GEO ("I-94", "I-696", "I-75", "Lodge" in "the Lodge").
- A post about one specific unnamed patient is patient-specific when it carries that patient's
  own Safe Harbor element (age over 89, date of the event); anonymous posts carry none.
- Room and bed ids keep their keyword in every spelling ("Rm 412-A", "rm 1204", "Bed 23", "bed
  6W-14", "habitación 422"); operating-room numbers on an OR schedule, units, floors and
  ambulances are not labelled.
- Help-desk and facilities ticket numbers are the hospital's own ids and are not labelled; a
  patient's encounter number, portal user name and a family's social handle are OTHER_ID; a
  family's fundraising link is URL; a family business fax is FAX.
- Initials used for a patient are labelled as written, with their periods ("A.J.", "B").
- A hashtag containing a patient's name is one NAME span even when it also carries an age
  ("#Viola100") or is all capitals ("#WELCOMEHOMEWALDEK").
- HL7 names and dates are labelled in their coded form ("BAZZI^HASSAN^M", "19560419").
- A full date of birth with its year is one DATE; bare years are never labelled and no bare birth
  year of a patient over 89 appears. A research participant's enrolment date is a DATE.
- Insurance member and Medicaid ids are HEALTH_PLAN; "Acct#" values are ACCOUNT.
- Each post is judged alone: a surname that belongs to a sponsor, staff member or official in one
  post may be a patient's in another.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev40.jsonl"), os.path.join(HERE, "phi_dev40_org.json"), "d40")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "discharge",
    "After 41 days on 6 West, Deshawn Pettaway went home to Brightmoor on Tuesday, Jan. 9. His mom "
    "Tanisha says the first stop is Coney Island for a chili dog. 💙 #HenryStrong",
    [("NAME", "Deshawn Pettaway"), ("GEO", "Brightmoor"), ("DATE", "Jan. 9"), ("NAME", "Tanisha")],
    note=(
        "Patient's name, his neighbourhood (Brightmoor) and discharge date (the weekday is not "
        "part of the span); his mother's name. 6 West is a unit, 'Coney Island' is a restaurant, "
        "#HenryStrong is a campaign tag."
    ),
)

# 2
n(
    "en",
    "staff_spotlight",
    "Meet Hope Okafor, RN, charge nurse on our Dearborn ICU for 19 years. Hope speaks Arabic, Igbo "
    "and a little Polish, and yes, she will tell you which paczki bakery is best. #NursesWeek",
    "A staff nurse in her working role; 'Hope' is her name, not a patient's.",
)

# 3
p(
    "en",
    "milestone_birthday",
    'Happy 100th birthday to Mrs. Stanisława "Stasia" Nowicki of Hamtramck! Stasia was born on '
    "Paczki Day and says that explains everything. Our Hamtramck clinic team brought her a dozen. "
    "🎂",
    [
        ("AGE", "100th"),
        ("NAME", 'Stanisława "Stasia" Nowicki'),
        ("NAME", "Stasia", "*"),
        ("GEO", "Hamtramck", 1),
        ("DATE", "Paczki Day"),
    ],
    note=(
        "Age 100 (ordinal), full name with quoted nickname as one span and the nickname again, her "
        "city (first Hamtramck); the second Hamtramck names our clinic, not GEO. Born on Paczki "
        "Day: a named day on which her birth fell."
    ),
    ok=("Hamtramck",),
)

# 4
n(
    "en",
    "health_tip",
    "Iftar tip for our patients with diabetes: break the fast with water and a date or two, not a "
    "whole plate of sambousek. Talk to your care team before Ramadan starts; call our nurse line "
    "at (313) 555-0147 any time.",
    "General advice; 'a date' is the fruit, Ramadan is not tied to any patient, the number is our "
    "nurse line.",
)

# 5
p(
    "en",
    "pasted_record",
    "BED BOARD 4N 0600 | Rm 412-A HAMMOUD, Fatima 93F CHF, dtr Zeinab 313-555-0186 | Rm 412-B open "
    "| Rm 414 KOWALCZYK, Edward 78M s/p fall | DO NOT POST",
    [
        ("OTHER_ID", "Rm 412-A"),
        ("NAME", "HAMMOUD, Fatima"),
        ("AGE", "93F"),
        ("NAME", "Zeinab"),
        ("PHONE", "313-555-0186"),
        ("OTHER_ID", "Rm 414"),
        ("NAME", "KOWALCZYK, Edward"),
    ],
    note=(
        "Bed board: occupied rooms with keyword, chart-style names, '93F' is age 93 in chart "
        "shorthand (whole token), daughter's name and number. Rm 412-B is empty; 78M is under 90; "
        "4N is a unit."
    ),
)

# 6
p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Ximena Guadalupe Torres! Nació el 12 de diciembre, día de la Virgen de "
    "Guadalupe, en nuestra sala de partos del suroeste de Detroit. Sus papás, Karla y Édgar, están "
    "felices. 🌹",
    [
        ("NAME", "Ximena Guadalupe Torres"),
        ("DATE", "12 de diciembre"),
        ("DATE", "día de la Virgen de Guadalupe"),
        ("NAME", "Karla"),
        ("NAME", "Édgar"),
    ],
    note=(
        "Nombre de la bebé, fecha de nacimiento escrita dos veces (fecha y fiesta), nombres de los "
        "padres. La sala de partos es nuestra."
    ),
)

# 7
n(
    "en",
    "statistic",
    "In 2024 our Hamtramck Family Health Center saw patients who speak 31 languages at home — "
    "Bengali, Arabic, Polish, Bosnian and Ukrainian topped the list. 1 in 4 visits used an "
    "interpreter.",
    "Aggregate statistic about a clinic's population; no individual.",
)

# 8
p(
    "en",
    "public_figure",
    "Lions fans: left tackle Marquise Dobbins asked us to share that his knee surgery here on Dec. "
    "18 went well, and he thanks the team on our Sports Medicine floor. See you in training camp, "
    "Big Quise! 🦁",
    [("NAME", "Marquise Dobbins"), ("DATE", "Dec. 18"), ("NAME", "Quise")],
    note=(
        "A public figure who is our patient: his name, surgery date and nickname ('Big' is a "
        "descriptive word, not part of the span)."
    ),
)

# 9
n(
    "en",
    "public_figure",
    "Tigers outfielder Ramón Estrella stopped by our pediatric floor with signed caps and spent an "
    "hour playing Mario Kart with the kids. Thanks for the visit, Ramón! ⚾ #GreatLakesHeroes",
    "A ballplayer visiting, not a patient; the children are not identified.",
)

# 10
p(
    "en",
    "birth_announcement",
    "Eid Mubarak from our Dearborn Birth Center! Baby Amal arrived on the first morning of Eid "
    "al-Fitr, 7 lb 2 oz, to proud parents Ali and Rima Bazzi of Dearborn Heights. 🌙",
    [
        ("NAME", "Amal"),
        ("DATE", "Eid al-Fitr"),
        ("NAME", "Ali"),
        ("NAME", "Rima Bazzi"),
        ("GEO", "Dearborn Heights"),
    ],
    note=(
        "Newborn's name, birth on Eid al-Fitr (holiday of the birth), parents' names and their "
        "city. 'Eid Mubarak' is a greeting; the Dearborn Birth Center is our site."
    ),
)

# 11
n(
    "en",
    "anonymous_story",
    "A grandfather came to our Dearborn ER during the storm last week, worried more about his "
    "neighbor than himself. By morning our team had checked on both. Stories like this are why we "
    "do this work.",
    "Anonymous patient, relative time only, our site named.",
)

# 12
n(
    "es",
    "health_tip",
    "Consejo de invierno: nunca use la estufa o el horno para calentar su casa. El monóxido de "
    "carbono no tiene olor. Si alguien se siente mareado, salgan todos y llamen al 911. Línea de "
    "enfermería: (313) 555-0147.",
    "Consejo general; nuestra línea.",
)

# 13
p(
    "en",
    "thank_you",
    "Thank you, Kassab family! Sarah, Fadi and little Mariam Kassab dropped off 200 cups of chai "
    "for the night shift after Mariam's heart surgery on March 3. We love you too. ❤️",
    [
        ("NAME", "Mariam Kassab"),
        ("NAME", "Kassab", "*"),
        ("NAME", "Sarah"),
        ("NAME", "Fadi"),
        ("NAME", "Mariam", "*"),
        ("DATE", "March 3"),
    ],
    note=(
        "Patient Mariam (full name and possessive), her family surname and parents' names, and her "
        "surgery date. 'little' is not part of the span."
    ),
)

# 14
n(
    "en",
    "eponymous_condition",
    "November is #AlzheimersAwareness month. Our memory clinic in Dearborn offers free screenings "
    "in Arabic and English on Saturdays. Call (313) 555-0118 to book.",
    "Eponymous condition in an awareness hashtag; our clinic and number.",
)

# 15
p(
    "en",
    "memorial",
    'We are heartbroken to share that Bogdan "Bob" Wróblewski, our patient and friend for 22 '
    "years, passed away on All Saints' Day. Bob put together Mustangs at Dearborn Assembly for 34 "
    "years. Wieczny odpoczynek, Bob.",
    [("NAME", 'Bogdan "Bob" Wróblewski'), ("NAME", "Bob", "*"), ("DATE", "All Saints' Day")],
    note=(
        "Patient's name with nickname and the nickname alone; he died on All Saints' Day (holiday "
        "as date of death). 'Dearborn Assembly' is his employer's plant, not his geography."
    ),
)

# 16
n(
    "en",
    "hospital_contact",
    "Our Hamtramck Family Health Center has moved to 9800 Joseph Campau Avenue, Hamtramck, MI "
    "48212 (across from the library). Same phone: (313) 555-0162. Bengali, Arabic and Polish "
    "interpreters on site.",
    "Our own address, ZIP and phone number.",
)

# 17
p(
    "en",
    "patient_story",
    "When floodwater filled their basement in Dearborn's Southend, 8-year-old Noor Alsaidi's "
    "nebulizer went under too. Our respiratory team got her a new one the same night. Today Noor "
    "is back at school. #NoorStrong",
    [
        ("GEO", "Dearborn"),
        ("GEO", "Southend"),
        ("NAME", "Noor Alsaidi"),
        ("NAME", "Noor", "*"),
        ("NAME", "#NoorStrong"),
    ],
    note=(
        "The family's city and neighbourhood, the girl's name, first name again and her name "
        "hashtag. Age 8 is under 90."
    ),
)

# 18
p(
    "es",
    "milestone_birthday",
    '¡Feliz cumpleaños número 100 a doña Refugio "Cuca" Villalobos! Celebró en el piso 3 Oeste '
    "con mariachi, pan dulce y sus 14 nietos. Nació en Michoacán un 2 de febrero, Día de la "
    "Candelaria. 🎂",
    [
        ("AGE", "100"),
        ("NAME", 'Refugio "Cuca" Villalobos'),
        ("DATE", "2 de febrero"),
        ("DATE", "Día de la Candelaria"),
    ],
    note=(
        "Edad 100, nombre con apodo ('doña' excluido), fecha de nacimiento escrita dos veces. "
        "Michoacán es un estado."
    ),
)

# 19
n(
    "en",
    "recruitment",
    "Now hiring: Arabic- and Bengali-speaking patient navigators at our Dearborn and Hamtramck "
    "sites. Full-time, union, tuition help. Apply at glhenryhealth.org/careers or DM "
    "@GLHenryHealth.",
    "Job ad; our sites, domain and handle.",
)

# 20
p(
    "en",
    "pasted_record",
    "---------- Forwarded message ---------\nFrom: Rasha Yono <rashayono77@gmail.com>\nSubject: my "
    "father Sabri Yono MRN 30417725\nHe is in room 611 since Sunday, can someone call me at "
    "248-555-0131? He turned 91 last month.",
    [
        ("NAME", "Rasha Yono"),
        ("EMAIL", "rashayono77@gmail.com"),
        ("NAME", "Sabri Yono"),
        ("MRN", "30417725"),
        ("OTHER_ID", "room 611"),
        ("PHONE", "248-555-0131"),
        ("AGE", "91"),
    ],
    note=(
        "Forwarded email: the daughter's name, email and phone; the patient's name, MRN, room and "
        "age 91. 'Sunday' and 'last month' are relative."
    ),
)

# 21
n(
    "en",
    "crisis_update",
    "WINTER STORM UPDATE: Our Dearborn hospital and Woodward campus are open and running on normal "
    "power. Outpatient clinics are closed today, Jan. 12. If you lose heat at home and rely on "
    "oxygen, call 911 or come to our ER.",
    "Operational update; Jan. 12 is the date of a hospital closure, not a patient's.",
)

# 22
p(
    "en",
    "discharge",
    "Going home in style! Lupe Cervantes, 94, rode out of 5 West in her Tigers jersey after "
    "beating pneumonia. Her grandson Tavo drove up from Lincoln Park to bring her home to "
    "Mexicantown. 🐯",
    [
        ("NAME", "Lupe Cervantes"),
        ("AGE", "94"),
        ("NAME", "Tavo"),
        ("GEO", "Lincoln Park"),
        ("GEO", "Mexicantown"),
    ],
    note="Patient's name and age 94, her grandson's name and city, her neighbourhood.",
)

# 23
n(
    "en",
    "event",
    "Join us Sunday, April 6 at Clark Park for our free Salud en el Parque health fair: blood "
    "pressure checks, flu shots and tamales. Spanish-language line: (313) 555-0173.",
    "Event date and venue; our Spanish line.",
)

# 24
n(
    "es",
    "event",
    "Feria de salud en el parque Clark: sábado 10 de mayo, de 10 a 2. Presión arterial, vacunas "
    "contra la gripe y consultas gratis en español. ¡Traiga a toda la familia! Info: (313) "
    "555-0173.",
    "Fecha y lugar de un evento.",
)

# 25
p(
    "en",
    "campaign_hashtag",
    "Tomorrow is #GivingTuesday and this year we're raising funds for the pediatric cancer unit in "
    "honor of #JourneyStrong — Journey Mitchell, 6, rang the bell on 8 North last spring. Every "
    "dollar helps families like hers.",
    [("NAME", "#JourneyStrong"), ("NAME", "Journey Mitchell")],
    note=(
        "A name hashtag and the patient's name ('Journey' is an ordinary word used as a name). "
        "#GivingTuesday is a campaign; 'last spring' is not a date element."
    ),
)

# 26
n(
    "en",
    "campaign_hashtag",
    "Detroit, you showed up. #HenryStrong raised $418,000 for the Dearborn NICU in 48 hours. Thank "
    "you to every family, union local and corner store that gave. #DetroitVsEverybody",
    "Campaign hashtags and a fundraising total.",
)

# 27
p(
    "en",
    "pasted_record",
    "INC0048821 | Portal lockout | User: amira.chowdhury93 | Caller: patient's husband Rafiq "
    "Chowdhury 313-555-0154 | Last login from IP 68.43.210.7 | Acct# 7700418823 | reset pw, "
    "verified DOB 02/14/1988",
    [
        ("OTHER_ID", "amira.chowdhury93"),
        ("NAME", "Rafiq Chowdhury"),
        ("PHONE", "313-555-0154"),
        ("IP", "68.43.210.7"),
        ("ACCOUNT", "7700418823"),
        ("DATE", "02/14/1988"),
    ],
    note=(
        "IT ticket: the patient's portal user name, her husband's name and phone, her login IP, "
        "account number and date of birth. The incident number is the help desk's own id."
    ),
)

# 28
n(
    "en",
    "research",
    "New from our cardiology team in the Journal of Arab American Health: among 1,214 "
    "Dearborn-area adults, those who fasted during Ramadan had no rise in cardiac events. Read "
    "more at glhenryhealth.org/research.",
    "Study result about a population.",
)

# 29
p(
    "en",
    "staff_spotlight",
    "Staff spotlight with a twist: our own ED tech Khalil Farhat spent the long weekend on the "
    "other side of the stretcher after his appendix burst on Nov. 26. Khalil is back on nights and "
    "says the Jell-O is better than he remembered.",
    [("NAME", "Khalil Farhat"), ("NAME", "Khalil", "*"), ("DATE", "Nov. 26")],
    note="A staff member who was himself our patient: his name and the date of his emergency.",
)

# 30
p(
    "es",
    "pasted_record",
    "NOTA (no publicar): Pte. HERNÁNDEZ LÓPEZ, Juan Carlos, 45 a., exp. 50873316, ingresó 14/01 "
    "por quemaduras en el trabajo. Vive en calle Lawndale, 48210. Esposa Maricela: 313-555-0179.",
    [
        ("NAME", "HERNÁNDEZ LÓPEZ, Juan Carlos"),
        ("MRN", "50873316"),
        ("DATE", "14/01"),
        ("GEO", "calle Lawndale"),
        ("GEO", "48210"),
        ("NAME", "Maricela"),
        ("PHONE", "313-555-0179"),
    ],
    note=(
        "Nombre en formato de expediente, número de expediente, fecha de ingreso, calle y código "
        "postal, esposa y su teléfono. 45 años no se marca."
    ),
)

# 31
n(
    "en",
    "staff_spotlight",
    "Volunteer spotlight: Marian Zielinski turns 92 this week and still runs the gift cart at our "
    "Hamtramck clinic every Tuesday. Sto lat, Marian! 🎉",
    "A volunteer's age and name; volunteers are not patients here.",
)

# 32
p(
    "en",
    "milestone_birthday",
    "Our 7 North family threw a party for Mr. Clarence Whitfield, who turned ninety-seven on "
    'Sunday. A Motown man to the end, he asked for "My Girl" and danced with his daughter '
    "Loretta. 🎶",
    [("NAME", "Clarence Whitfield"), ("AGE", "ninety-seven"), ("NAME", "Loretta")],
    note="Inpatient's name, age in words, daughter's name. 'My Girl' is a song title.",
)

# 33
n(
    "en",
    "health_tip",
    "Shoveling heart attacks are real. If you're over 55, have heart disease or smoke, let someone "
    "else clear the snow, push don't lift, and take breaks. Chest pain? Call 911.",
    "General advice; population age.",
)

# 34
p(
    "en",
    "eponymous_condition",
    "Meet Ibrahim Saleh, 14, of Dearborn: diagnosed with Crohn's disease last fall, he just scored "
    "his first varsity goal for his high school. Ibrahim's message to other kids with Crohn's: "
    "eat, rest, play.",
    [("NAME", "Ibrahim Saleh"), ("NAME", "Ibrahim", "*"), ("GEO", "Dearborn")],
    note="Patient's name and city; Crohn's is an eponymous condition, not a name.",
)

# 35
n(
    "en",
    "eponymous_condition",
    "Graves' disease, Hashimoto's, Addison's — our endocrinology team explains the thyroid and "
    "adrenal conditions named after people in a new video series in English, Arabic and Spanish. "
    "Watch at glhenryhealth.org/endo.",
    "Eponymous conditions only.",
)

# 36
n(
    "es",
    "statistic",
    "En 2024, nuestra clínica del suroeste de Detroit atendió a 18,400 pacientes; el 72% prefirió "
    "recibir atención en español. ¡Gracias por su confianza! 💚",
    "Estadística de población.",
)

# 37
p(
    "en",
    "pasted_record",
    "PT: PIOTROWSKI, HALINA M  DOB: 03/22/1931  MRN: 22981054  Adm 1/4  Dx: hip fx after fall on "
    "ice, Conant St. Son Jerzy (POA) 586-555-0128. Pt is 93 yo, Polish-speaking.",
    [
        ("NAME", "PIOTROWSKI, HALINA M"),
        ("DATE", "03/22/1931"),
        ("MRN", "22981054"),
        ("DATE", "1/4"),
        ("GEO", "Conant St"),
        ("NAME", "Jerzy"),
        ("PHONE", "586-555-0128"),
        ("AGE", "93"),
    ],
    note=(
        "Chart line: name, full DOB, MRN, admission date, street of the fall, son's name and "
        "phone, age 93 ('yo' is a separate token)."
    ),
)

# 38
n(
    "en",
    "statistic",
    "By the numbers, 2024: 3,862 babies born across our hospitals, 412 of them in our Dearborn "
    "NICU, and 19 patients who celebrated a 100th birthday with us. Detroit grows strong.",
    "Counts; '100th birthday' describes a group, not one patient.",
)

# 39
p(
    "en",
    "birth_announcement",
    "First baby of the new year at our Woodward campus! Welcome, King Amari Jefferson, born at "
    "12:04 a.m. on January 1 to Shantel and Marcus of Detroit's east side. #NewYearBaby",
    [
        ("NAME", "King Amari Jefferson"),
        ("DATE", "January 1"),
        ("NAME", "Shantel"),
        ("NAME", "Marcus"),
        ("GEO", "Detroit"),
    ],
    note=(
        "Newborn's name ('King' is his given name), birth date, parents, the family's city. 'east "
        "side' is a generic direction, not a named neighbourhood."
    ),
)

# 40
n(
    "en",
    "birth_announcement",
    "Surprise delivery! Early this morning a baby girl decided she couldn't wait and was born in "
    "the back seat of a minivan in our Dearborn ER drive-through. Mom and baby are doing great. 🚗👶",
    "Anonymous birth, relative time, our site.",
)

# 41
p(
    "en",
    "thank_you",
    "To the 5 North nurses from the Rahman family: thank you for caring for our Abba, Mohammed "
    "Abdur Rahman, through his stroke in Ramadan. You let us pray by his bed. — Shapla, Tanvir and "
    "Nasrin",
    [
        ("NAME", "Rahman", 1),
        ("NAME", "Mohammed Abdur Rahman"),
        ("DATE", "Ramadan"),
        ("NAME", "Shapla"),
        ("NAME", "Tanvir"),
        ("NAME", "Nasrin"),
    ],
    note=(
        "Family surname, the patient's name, the month his stroke fell in (Ramadan, a month "
        "alone), his children's names. 'Abba' is a kinship word."
    ),
)

# 42
p(
    "es",
    "memorial",
    "Con mucho dolor despedimos a don Anselmo Barajas, paciente de nuestra clínica de diálisis por "
    "9 años, quien falleció el Día de Muertos, a los 91 años. Su esposa Chayo y sus hijos "
    "agradecen sus oraciones. 🕯️",
    [("NAME", "Anselmo Barajas"), ("DATE", "Día de Muertos"), ("AGE", "91"), ("NAME", "Chayo")],
    note="Nombre ('don' excluido), murió en Día de Muertos, edad 91, nombre de la esposa.",
)

# 43
n(
    "en",
    "sponsor",
    "Huge thanks to UAW Local 600 and the Ford Motor Company Fund for sponsoring free flu shots at "
    "the Rouge plant gates this fall. 2,300 shots in three weeks! 💪",
    "Sponsors and a count.",
)

# 44
p(
    "en",
    "memorial",
    "Rest in power, Ms. Odessa Crump. Ms. Odessa was our longest-serving dialysis patient and sang "
    "gospel every Tuesday. She was 93. Our hearts are with her grandson Terrence and the Crump "
    "family.",
    [
        ("NAME", "Odessa Crump"),
        ("NAME", "Odessa", "*"),
        ("NAME", "Crump", "*"),
        ("AGE", "93"),
        ("NAME", "Terrence"),
    ],
    note="Patient's name, first name, family surname, age at death 93, grandson's name.",
)

# 45
n(
    "en",
    "memorial",
    "Today we remember Dr. Yusuf Hamdan, who founded our Dearborn cardiology program in 1986 and "
    "trained hundreds of residents. He passed away peacefully on Feb. 2 at 91. Allah yerhamo, Dr. "
    "Hamdan.",
    "A staff physician's memorial; his age and date of death are not a patient's.",
)

# 46
p(
    "en",
    "crisis_update",
    "Update on the I-94 pileup: we received 11 patients overnight. With his family's permission we "
    "can share that Dearborn Truck worker Tomasz Lis, 52, is in fair condition and asking for his "
    "Red Wings hat.",
    [("GEO", "I-94"), ("NAME", "Tomasz Lis")],
    note=(
        "The road of the patient's crash and his name. 'Dearborn Truck' is his plant (employer), "
        "age 52 is under 90."
    ),
)

# 47
n(
    "en",
    "crisis_update",
    "I-94 is closed in both directions near Telegraph after a multi-car crash. Our Dearborn ER is "
    "ready. Please avoid the area and do not come to the ER to look for loved ones — call (313) "
    "555-0118 for family information.",
    "Traffic news with no patient named; our number.",
)

# 48
n(
    "es",
    "crisis_update",
    "AVISO: Por la tormenta de nieve, la clínica de Vernor está cerrada hoy, 13 de enero. Las "
    "salas de emergencia están abiertas. Si necesita oxígeno y no tiene luz, llame al 911.",
    "Fecha de un cierre del hospital, no de un paciente.",
)

# 49
p(
    "en",
    "patient_story",
    "Warren Pulaski spent 31 years on the line at Warren Truck, so when his heart gave out, his "
    "union brothers packed our waiting room. Warren is home in Warren now, cardiac rehab twice a "
    "week. #UAWStrong",
    [("NAME", "Warren Pulaski"), ("NAME", "Warren", 3), ("GEO", "Warren", 4)],
    note=(
        "Patient's name, his first name again, and his home city (also Warren). 'Warren Truck' is "
        "his plant, neither NAME nor GEO."
    ),
    ok=("Warren",),
)

# 50
n(
    "en",
    "staff_spotlight",
    "Meet Dr. April Monroe, our new chief of emergency medicine. Dr. Monroe grew up in Jackson, "
    "trained at Wayne State and has worked every snowstorm since 2009. Welcome back to Detroit, "
    "Dr. April!",
    "A physician's own name and hometown; staff are not labelled.",
)

# 51
p(
    "en",
    "milestone_birthday",
    'It\'s a big 9-0 for our favorite Lions superfan, Mr. Leon "Tank" Hollis! Tank has had season '
    "tickets since Barry was a rookie and celebrated on our cardiac floor with Honolulu Blue "
    "cupcakes. 💙🦁",
    [("AGE", "9-0"), ("NAME", 'Leon "Tank" Hollis'), ("NAME", "Tank", "*")],
    note=(
        "Age 90 written as '9-0', patient's name with nickname, nickname again. 'Barry' is a "
        "famous player, not labelled."
    ),
)

# 52
n(
    "en",
    "event",
    "Paczki Day is Tuesday! Our Hamtramck clinic will be at the corner of Joseph Campau and Caniff "
    "from 7–11 a.m. with free blood pressure checks to go with your custard-filled breakfast.",
    "Event day and location; no patient.",
)

# 53
p(
    "en",
    "pasted_record",
    "Handoff note (do not post!!) — Rm 508: Mercedes Ybarra, 90 y/o F, admitted 2/11 from "
    "Springwells w/ UTI, confused overnight. Daughter Rosario at bedside, cell (313) 555-0194, "
    "speaks Spanish only.",
    [
        ("OTHER_ID", "Rm 508"),
        ("NAME", "Mercedes Ybarra"),
        ("AGE", "90"),
        ("DATE", "2/11"),
        ("GEO", "Springwells"),
        ("NAME", "Rosario"),
        ("PHONE", "(313) 555-0194"),
    ],
    note="Handoff: room, name, age 90, admission date, neighbourhood, daughter's name and cell.",
)

# 54
p(
    "es",
    "discharge",
    "¡Se va a casa! Después de 3 semanas en terapia intensiva, Maribel Fuentes, de 17 años, sale "
    "hoy del hospital. Su mamá, Socorro, dice que lo primero es un plato de menudo. ¡Échale ganas, "
    "Maribel! #FuerzaMaribel",
    [
        ("NAME", "Maribel Fuentes"),
        ("NAME", "Maribel", "*"),
        ("NAME", "Socorro"),
        ("NAME", "#FuerzaMaribel"),
    ],
    note=(
        "Nombre de la paciente, de su mamá (Socorro es también una palabra) y hashtag con su "
        "nombre."
    ),
)

# 55
n(
    "en",
    "hospital_contact",
    "Need records? Our Release of Information office is at 4400 Woodward Avenue, Detroit, MI "
    "48201, 2nd floor. Fax requests to (313) 555-0190 or call (313) 555-0100 and ask for ROI.",
    "Our address, fax and main number.",
)

# 56
p(
    "en",
    "discharge",
    "Home for the holidays! After 97 days in our NICU, twins Jannat and Jamila Hossain went home "
    "to Hamtramck on Dec. 22. Mom Ruksana says they already rule the house. 👶👶",
    [
        ("NAME", "Jannat"),
        ("NAME", "Jamila Hossain"),
        ("GEO", "Hamtramck"),
        ("DATE", "Dec. 22"),
        ("NAME", "Ruksana"),
    ],
    note=(
        "Twins' names, home city, discharge date, mother's name. '97 days' is a length of stay, "
        "not an age."
    ),
)

# 57
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back this week — now 6 feet tall and starting pre-med at Wayne "
    "State. He told our nurses he wants to work here someday. We'll save him a locker. 🥹",
    "Anonymous former patient.",
)

# 58
p(
    "en",
    "public_figure",
    "Get well soon, Councilwoman Denise Barrow! The councilwoman asked us to let her constituents "
    "know she's recovering well after her gallbladder surgery here on Friday and will be back at "
    "City Council soon.",
    [("NAME", "Denise Barrow")],
    note="An official who is our patient: her name. 'Friday' is a weekday.",
)

# 59
n(
    "en",
    "public_figure",
    "State Rep. Hassan Beydoun cut the ribbon on our new dialysis unit in Dearborn today. Thank "
    "you for fighting for kidney care in our community, Rep. Beydoun!",
    "An official at a hospital event, not a patient.",
)

# 60
n(
    "es",
    "hospital_contact",
    "¿Tiene preguntas sobre su factura? Llame a (313) 555-0100, opción 3, de lunes a viernes. "
    "También puede visitarnos en 5600 West Vernor Highway, Detroit, MI 48209. Hablamos español.",
    "Nuestro número y dirección.",
)

# 61
p(
    "en",
    "thank_you",
    "A thank-you card we'll frame: \"To Nurse Joy and Nurse Dominic — you saved my Dziadek. Love, "
    "Zosia (age 7).\" Zosia's grandpa, Kazimierz Mazur, is home on Holbrook and already back to "
    "feeding the pigeons.",
    [("NAME", "Zosia", "*"), ("NAME", "Kazimierz Mazur"), ("GEO", "Holbrook")],
    note=(
        "The patient's granddaughter, the patient's name and his street. Joy and Dominic are "
        "nurses; 'Dziadek' is a kinship word."
    ),
)

# 62
n(
    "en",
    "thank_you",
    "Thank you to the Chaldean Community Foundation and Sterling Heights' St. Thomas parish for "
    "500 winter coats for our patients' kids. And to Deacon Nabil — the hot cocoa was a nice "
    "touch. ☕",
    "Donors and a deacon; no patient.",
)

# 63
p(
    "en",
    "pasted_record",
    "ED TRACK BOARD 02:14 | Bed 22: JARBO, NADER 67M chest pain, trop pending | Bed 23: SHAMOUN, "
    "Violet 101F weakness, ?UTI, lives w/ niece Janan in Sterling Heights | Bed 24: cleaning",
    [
        ("OTHER_ID", "Bed 22"),
        ("NAME", "JARBO, NADER"),
        ("OTHER_ID", "Bed 23"),
        ("NAME", "SHAMOUN, Violet"),
        ("AGE", "101F"),
        ("NAME", "Janan"),
        ("GEO", "Sterling Heights"),
    ],
    note=(
        "Track board: beds of two patients, chart names, '101F' age 101 (whole token), niece's "
        "name and their city. 67M is under 90; Bed 24 has no patient."
    ),
)

# 64
n(
    "en",
    "health_tip",
    "Cold snap this week: if your car won't start, don't run it in the garage to warm up. Carbon "
    "monoxide is silent. Get a CO detector, and if someone feels dizzy or sick, get everyone "
    "outside and call 911.",
    "General advice.",
)

# 65
p(
    "en",
    "patient_story",
    "Meet Precious Gaines. In October a drunk driver hit her car on Seven Mile at Greenfield. Four "
    "surgeries later, Precious walked across the stage at her nursing pinning ceremony. We're so "
    "proud. 🎓",
    [
        ("NAME", "Precious Gaines"),
        ("NAME", "Precious", "*"),
        ("DATE", "October"),
        ("GEO", "Seven Mile"),
        ("GEO", "Greenfield"),
    ],
    note="Patient's name, month of her injury, the roads of her crash.",
)

# 66
p(
    "es",
    "thank_you",
    'Gracias de parte de la familia Olvera: "Al equipo del 6 Oeste, gracias por cuidar a mi papá, '
    'Leobardo, después de su accidente en la I-75 el 8 de marzo." — Fabiola Olvera. ¡Nos alegra '
    "que esté en casa!",
    [
        ("NAME", "Fabiola Olvera"),
        ("NAME", "Olvera", "*"),
        ("NAME", "Leobardo"),
        ("GEO", "I-75"),
        ("DATE", "8 de marzo"),
    ],
    note=(
        "Apellido de la familia, nombre del paciente, carretera y fecha del accidente, nombre de "
        "la hija."
    ),
)

# 67
n(
    "en",
    "statistic",
    "Our trauma center treated 214 pedestrians hit by cars in Detroit last year — most after dark, "
    "most on roads with no crosswalk for a quarter mile. Wear something bright and cross at "
    "corners.",
    "Aggregate count.",
)

# 68
p(
    "en",
    "birth_announcement",
    "She's here! 🎉 Welcome Hana Marie Shammami, born on Valentine's Day at 6:41 a.m., 8 lb even. "
    "Big brother Elias has already asked if she can come to his hockey game. #HelloHana",
    [
        ("NAME", "Hana Marie Shammami"),
        ("DATE", "Valentine's Day"),
        ("NAME", "Elias"),
        ("NAME", "#HelloHana"),
    ],
    note="Newborn's name, born on a holiday, brother's name, name hashtag.",
)

# 69
n(
    "en",
    "recruitment",
    "Were you a patient here as a kid? So were a lot of our nurses. We're hiring new grad RNs for "
    "our Woodward and Dearborn campuses — sign-on bonus, paid residency, and we'll teach you to "
    "love night shift.",
    "Job ad; no one identified.",
)

# 70
p(
    "en",
    "memorial",
    'Detroit lost a legend. Mr. Willie "Sugar" Banks, who played trumpet at Baker\'s Keyboard '
    "Lounge for 50 years, died in our hospice unit on Saturday, surrounded by music. Sugar was 96. "
    "Play on, Sugar. 🎺",
    [("NAME", 'Willie "Sugar" Banks'), ("NAME", "Sugar", "*"), ("AGE", "96")],
    note=(
        "Patient's name and nickname ('Sugar' is an ordinary word) and age 96 at death. The club "
        "is his workplace."
    ),
)

# 71
n(
    "en",
    "memorial",
    "Every February we light candles in our chapel for the patients we lost in the past year. This "
    "year's service is Feb. 9 at 4 p.m. at the Woodward campus chapel. All families welcome.",
    "Date of a hospital service; no individual.",
)

# 72
n(
    "es",
    "anonymous_story",
    "Un abuelito llegó a nuestra sala de emergencias sin poder hablar inglés. Nuestra intérprete "
    "Marisela se quedó con él toda la noche. Ya está en casa con su familia. Así cuidamos. 💚",
    "Paciente anónimo; la intérprete es personal.",
)

# 73
p(
    "en",
    "eponymous_condition",
    "Bell's palsy at 19, Guillain-Barré at 23, and now a marathon finisher: our patient Grant "
    "Kowalski crossed the Detroit Free Press Marathon finish line with our neurology team "
    "cheering. #GoGrant",
    [("NAME", "Grant Kowalski"), ("NAME", "#GoGrant")],
    note="Patient's name and name hashtag; the conditions are eponyms; ages under 90.",
)

# 74
n(
    "en",
    "eponymous_condition",
    "Down syndrome isn't a diagnosis to fear. Our Down Syndrome Clinic in Dearborn sees 300 kids "
    "and adults a year, from newborns to a 71-year-old who still bowls every Friday. World Down "
    "Syndrome Day is March 21. 🧦",
    "Eponymous condition, awareness day, an anonymous patient under 90.",
)

# 75
p(
    "en",
    "campaign_hashtag",
    "Our whole 4 West team is wearing purple today for #PurpleForPiotr — Piotr Zając, 11, is "
    "fighting leukemia and loves the Red Wings and pierogi, in that order. Stay strong, buddy! 💜",
    [("NAME", "#PurpleForPiotr"), ("NAME", "Piotr Zając")],
    note="Name hashtag and the patient's name.",
)

# 76
n(
    "en",
    "campaign_hashtag",
    "Ramadan Kareem from all of us at Great Lakes Henry Health! 🌙 Our cafeterias have suhoor boxes "
    "from 3–5 a.m. for staff and families who are fasting. #RamadanKareem #HenryStrong",
    "Greeting and campaign hashtags.",
)

# 77
p(
    "en",
    "hospital_contact",
    "@sam_hussein_dbn So sorry to hear about your mom's wait, Sam. Please DM us her name and date "
    "of birth, or call our patient relations line at (313) 555-0100 ext. 4. We want to make this "
    "right.",
    [("OTHER_ID", "@sam_hussein_dbn"), ("NAME", "Sam")],
    note="Reply to a patient's son: his social handle and first name. Our number is not labelled.",
)

# 78
p(
    "es",
    "pasted_record",
    "[captura de WhatsApp] Tía Lety: ya pasaron a Brandon a la habitación 422 🙏 su mamá Yadira "
    "llega a las 5. mi cel por si acaso 313 555 0114",
    [
        ("NAME", "Lety"),
        ("NAME", "Brandon"),
        ("OTHER_ID", "habitación 422"),
        ("NAME", "Yadira"),
        ("PHONE", "313 555 0114"),
    ],
    note=(
        "Tía del paciente ('Tía' excluido), nombre del paciente, habitación, mamá y teléfono de la "
        "tía."
    ),
)

# 79
n(
    "en",
    "hospital_contact",
    "Questions about a bill? Our billing team speaks English, Arabic, Spanish, Bengali and Polish. "
    "Call (313) 555-0100, option 3, Monday–Friday 8–6, or message us at glhenryhealth.org/billing.",
    "Our number and domain.",
)

# 80
p(
    "en",
    "pasted_record",
    "Pre-auth fax cover — Pt: Reggie Tolliver  DOB 07/30/1959  BCBSM ID XYP884512937  Procedure: L "
    "knee TKA  Ret. Chrysler, Jefferson North Assembly, cell 313.555.0167",
    [
        ("NAME", "Reggie Tolliver"),
        ("DATE", "07/30/1959"),
        ("HEALTH_PLAN", "XYP884512937"),
        ("PHONE", "313.555.0167"),
    ],
    note=(
        "Name, DOB, insurance member id, cell. The retiree's former plant is an employer, not GEO."
    ),
)

# 81
n(
    "en",
    "research",
    "Our Hamtramck clinic is part of a new NIH study on hepatitis B in Bangladeshi and Yemeni "
    "American families. Free testing, results in your language. Info: (313) 555-0162.",
    "Study of population groups; our number.",
)

# 82
p(
    "en",
    "research",
    "Thank you to Adel Mansour, our 500th participant in the Dearborn Heart Study! Adel, a retired "
    "Ford engineer from Dearborn Heights, enrolled on Jan. 17 — his 40th wedding anniversary with "
    "his wife Samira. ❤️",
    [
        ("NAME", "Adel Mansour"),
        ("NAME", "Adel", "*"),
        ("GEO", "Dearborn Heights"),
        ("DATE", "Jan. 17"),
        ("NAME", "Samira"),
    ],
    note=(
        "A study participant: name, city, enrolment date, wife's name. The study name contains "
        "'Dearborn' and is not GEO; '500th' and '40th' are not ages."
    ),
)

# 83
n(
    "en",
    "sponsor",
    "This year's Henry Hearts Gala is presented by DTE Foundation, Yono Brothers Markets and "
    "Al-Ameer. Thank you, Yono family, for 20 years of support. Tickets: glhhfoundation.org/gala",
    "Sponsors, including a sponsoring family; not patients.",
)

# 84
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Buscamos enfermeras, asistentes médicos y promotores de salud bilingües "
    "para nuestra clínica de Vernor. Solicite en glhenryhealth.org/careers o escríbanos a "
    "@GLHenrySalud.",
    "Anuncio de empleo; nuestro dominio y cuenta.",
)

# 85
p(
    "en",
    "sponsor",
    "The new family lounge on 8 North is a gift from Dearborn businessman Hussein Fawaz in memory "
    "of his daughter Layla, who spent her last summer with our pediatric oncology team. We miss "
    "you, Layla. 💛",
    [("GEO", "Dearborn"), ("NAME", "Hussein Fawaz"), ("NAME", "Layla", "*")],
    note=(
        "The donor is introduced as a patient's father, so his name and city are labelled; the "
        "patient's name."
    ),
)

# 86
n(
    "en",
    "sponsor",
    "Our new Fawaz Family Pavilion in Dearborn opens Monday — 48 private pediatric rooms, a prayer "
    "room and a rooftop garden. Come see it at our open house, 2–5 p.m.",
    "A family naming a building is not labelled.",
)

# 87
p(
    "en",
    "discharge",
    'He\'s going home!! After a gunshot wound on Christmas Eve and 6 weeks with us, Jaylen "JJ" '
    "Moore walked out of Henry Main on his own two feet. JJ, your mama Keisha says dinner's at 6. "
    "🙏",
    [
        ("DATE", "Christmas Eve"),
        ("NAME", 'Jaylen "JJ" Moore'),
        ("NAME", "JJ", "*"),
        ("NAME", "Keisha"),
    ],
    note=(
        "Injury on Christmas Eve, patient's name and nickname, mother's name. Henry Main is our "
        "site."
    ),
)

# 88
n(
    "en",
    "anonymous_story",
    "A young dad walked into our ER last month holding his son, who had swallowed a button "
    "battery. Twelve minutes later the battery was out. Keep batteries locked up. 🔋",
    "Anonymous patient and relative time.",
)

# 89
p(
    "en",
    "patient_story",
    "Our ED tech Rami Nassar never expected to see his own father, Ghassan, come through our doors "
    "by ambulance. Three stents later, Ghassan is home in Dearborn, and Rami is back on shift. "
    "Family is everything.",
    [("NAME", "Rami Nassar"), ("NAME", "Rami", "*"), ("NAME", "Ghassan", "*"), ("GEO", "Dearborn")],
    note=(
        "The patient Ghassan and his home city; his son is staff but named here as the patient's "
        "relative, so labelled."
    ),
)

# 90
p(
    "es",
    "patient_story",
    'Conozcan a Pedro "Perico" Zamudio, trabajador de la planta de Ford por 28 años. En octubre '
    "sufrió un infarto en la línea de ensamblaje. Hoy Perico camina 2 millas diarias por su barrio "
    "en Southwest Detroit. 💪",
    [
        ("NAME", 'Pedro "Perico" Zamudio'),
        ("NAME", "Perico", "*"),
        ("DATE", "octubre"),
        ("GEO", "Southwest Detroit"),
    ],
    note="Nombre y apodo, mes del infarto, su barrio.",
)

# 91
n(
    "en",
    "staff_spotlight",
    "Say hi to Father Grzegorz, our Polish-speaking chaplain, and Imam Jawad, who leads Friday "
    "prayers in our Dearborn chapel. Both are on call 24/7 for patients and families of every "
    "faith.",
    "Chaplains in their role.",
)

# 92
p(
    "en",
    "milestone_birthday",
    "One hundred three candles (okay, three — fire code!) for Mrs. Dolores Rivera, who celebrated "
    "on 3 West today. She came to Southwest Detroit from Jalisco in 1946 and still makes the best "
    "tamales on Bagley. Feliz cumpleaños, doña Lola!",
    [
        ("AGE", "One hundred three"),
        ("NAME", "Dolores Rivera"),
        ("GEO", "Southwest Detroit"),
        ("GEO", "Bagley"),
        ("NAME", "Lola"),
    ],
    note=(
        "Age 103 in words, inpatient's name and nickname ('doña' excluded), her neighbourhood and "
        "street. Jalisco is a state; 1946 a bare year."
    ),
)

# 93
n(
    "en",
    "health_tip",
    "Fasting for Ramadan with kidney disease, diabetes or on blood thinners? Book a pre-Ramadan "
    "visit with your doctor. Our Dearborn pharmacists can adjust dose timing around suhoor and "
    "iftar.",
    "General advice.",
)

# 94
p(
    "en",
    "pasted_record",
    "Hi comms team — can we post this? 'Huge thanks to Dr. Patel for saving my husband Delbert!!' "
    "— from Ruby Chatman, ruby.chatman@yahoo.com, 248-555-0149. Delbert was in 3 South room 318 "
    "last week.",
    [
        ("NAME", "Delbert", "*"),
        ("NAME", "Ruby Chatman"),
        ("EMAIL", "ruby.chatman@yahoo.com"),
        ("PHONE", "248-555-0149"),
        ("OTHER_ID", "room 318"),
    ],
    note="Patient's name and room; his wife's name, email and phone. Dr. Patel is staff.",
)

# 95
n(
    "en",
    "pasted_record",
    "FACILITIES TICKET #88213 — Conf Rm 4B (Woodward campus) projector won't connect, town hall at "
    "2 pm. Contact: Brenda Skiba x4471. Pls also fix thermostat in the 6 West break room.",
    "Facilities ticket about a conference room; the contact is staff.",
)

# 96
n(
    "es",
    "health_tip",
    "Durante el Ramadán o la Cuaresma, si usted tiene diabetes y ayuna, hable con su médico antes. "
    "Revise su azúcar aunque esté ayunando. Llame a nuestra línea en español: (313) 555-0173.",
    "Consejo general.",
)

# 97
p(
    "en",
    "birth_announcement",
    "Snow day, C-section day! When the ice storm knocked out power in Hamtramck, Shirin Akter's "
    "labor started anyway. EMS Medic 12 got her to us on Jan. 25, and baby Rayhan arrived 40 "
    "minutes later. ❄️👶",
    [("GEO", "Hamtramck"), ("NAME", "Shirin Akter"), ("DATE", "Jan. 25"), ("NAME", "Rayhan")],
    note=(
        "Mother's city, her name, the admission/birth date, the baby's name. Medic 12 is an "
        "ambulance."
    ),
)

# 98
n(
    "en",
    "crisis_update",
    "Power is restored at our Hamtramck Family Health Center. Clinics reopen tomorrow at 8 a.m. If "
    "your appointment was canceled during the ice storm, we'll call you to reschedule — no need to "
    "call us.",
    "Operational update.",
)

# 99
p(
    "en",
    "thank_you",
    'A note from the Zielinski family that made our day: "Thank you for taking care of Babcia '
    'Wanda after her fall on Caniff Street. You treated her like your own grandmother." — '
    "Agnieszka, Michał and Kuba",
    [
        ("NAME", "Zielinski"),
        ("NAME", "Wanda"),
        ("GEO", "Caniff Street"),
        ("NAME", "Agnieszka"),
        ("NAME", "Michał"),
        ("NAME", "Kuba"),
    ],
    note=(
        "Family surname, patient's name ('Babcia' is a kinship word), street of her fall, "
        "relatives."
    ),
)

# 100
n(
    "en",
    "recruitment",
    "Join our Community Health Worker team! We're hiring bilingual CHWs from Southwest Detroit, "
    "Dearborn and Hamtramck who know their neighbors. Apply by Feb. 28 at "
    "glhenryhealth.org/careers.",
    "Job ad; places describe the hiring area.",
)

# 101
p(
    "en",
    "memorial",
    "Every Eid, Hajja Khadija Beydoun brought baklava to our dialysis nurses. She passed away on "
    "the 27th night of Ramadan, at 98, with her sons beside her. We will miss her stories about "
    "coming to the Southend in 1952.",
    [
        ("NAME", "Khadija Beydoun"),
        ("DATE", "27th night of Ramadan"),
        ("AGE", "98"),
        ("GEO", "Southend"),
    ],
    note=(
        "Patient's name ('Hajja' is an honorific), the date of death as a night of Ramadan, age "
        "98, her neighbourhood. 'Every Eid' is not her event; 1952 is a bare year."
    ),
)

# 102
p(
    "es",
    "milestone_birthday",
    "¡Noventa y dos años y sigue bailando! Feliz cumpleaños a doña Esperanza Mireles, paciente de "
    "nuestra clínica de cardiología, que celebró con su hija Lucha y un pastel de tres leches. 🎉",
    [("AGE", "Noventa y dos"), ("NAME", "Esperanza Mireles"), ("NAME", "Lucha")],
    note="Edad 92 en palabras, nombre de la paciente y de su hija (nombres que son palabras).",
)

# 103
n(
    "en",
    "statistic",
    "Heat + diabetes = danger. Last summer our ERs saw 1 in 3 heat-related visits from adults 65 "
    "and older, and several over 90. Check on older neighbors, especially in homes without AC.",
    "Population ages, not a patient's.",
)

# 104
p(
    "en",
    "discharge",
    "Going home with a new heart! Darnell Whitaker, a Tigers usher for 30 years, got his "
    "transplant here on Opening Day — March 28. The Tigers sent a jersey with his name on the "
    "back. See you at Comerica, Darnell! ⚾",
    [
        ("NAME", "Darnell Whitaker"),
        ("NAME", "Darnell", "*"),
        ("DATE", "Opening Day"),
        ("DATE", "March 28"),
    ],
    note=(
        "Patient's name; his transplant date written twice (Opening Day and March 28), both "
        "labelled."
    ),
)

# 105
n(
    "en",
    "public_figure",
    "Former Lions linebacker Terrell Goins, who has spoken publicly about his own ALS diagnosis, "
    "will headline our ALS walk on Belle Isle on Sept. 14. Register: glhhfoundation.org/walk.",
    "A public figure's self-disclosed condition, not treated here; event date.",
)

# 106
p(
    "en",
    "public_figure",
    "Tigers pitcher Joaquín Salas was treated at our Dearborn ER after being hit by a line drive "
    "Tuesday night. With Joaquín's permission: CT scan normal, concussion protocol underway. Thank "
    "you for the well wishes.",
    [("NAME", "Joaquín Salas"), ("NAME", "Joaquín", "*")],
    note="A ballplayer who is our patient; weekday not labelled.",
)

# 107
n(
    "en",
    "event",
    "Eid al-Adha blood drive! Donate at our Dearborn hospital June 17–18 and get a free Eid gift "
    "bag. Sponsored with the Islamic Center of America. Book: glhenryhealth.org/give",
    "Hospital event dates.",
)

# 108
n(
    "es",
    "event",
    "Posada navideña en la clínica de Vernor: jueves 19 de diciembre, 5 p.m. Tamales, piñata y "
    "vacunas para toda la familia. ¡Los esperamos! 🎄",
    "Fecha de un evento.",
)

# 109
p(
    "en",
    "pasted_record",
    "text from unit clerk: hey can someone call lupita ramirez's mom back at 313 555 0153?? lupita "
    "(rm 217) was asking for her teddy and mom's stuck in traffic in the snow",
    [
        ("NAME", "lupita ramirez"),
        ("NAME", "lupita", "*"),
        ("PHONE", "313 555 0153"),
        ("OTHER_ID", "rm 217"),
    ],
    note="Lower-case patient name, her mother's number, her room.",
)

# 110
n(
    "en",
    "health_tip",
    "Black History Month reminder: Black adults in Michigan are 60% more likely to have high blood "
    "pressure. Free checks at all our sites through February, no appointment needed. "
    "#KnowYourNumbers",
    "Population statistic and campaign tag.",
)

# 111
p(
    "en",
    "campaign_hashtag",
    "🦁 #OnePride #LionsForLevi — our own Levi Okonkwo, 9, watched the playoff game from 8 North in "
    "his Dobbins jersey and called every play before it happened.",
    [("NAME", "#LionsForLevi"), ("NAME", "Levi Okonkwo")],
    note=(
        "Name hashtag and patient's name; #OnePride is a campaign; 'Dobbins' names a player's "
        "jersey."
    ),
)

# 112
n(
    "en",
    "campaign_hashtag",
    "It's #GoRedForWomen day! Our heart team is at Eastern Market with free cholesterol checks "
    "from 9–1. Wear red and tag us @GLHenryHealth.",
    "Campaign and our handle.",
)

# 113
p(
    "en",
    "milestone_birthday",
    "Happy birthday to Jiddo Hanna Najor, who turned 95 this morning on our Dearborn rehab floor! "
    "He asked for a tambourine, a cup of Turkish coffee and a call to his sister Wardia in "
    "Baghdad. 🎂",
    [("NAME", "Hanna Najor"), ("AGE", "95"), ("NAME", "Wardia"), ("GEO", "Baghdad")],
    note=(
        "Patient's name ('Jiddo' is a kinship word), age 95, his sister's name and her foreign "
        "city."
    ),
)

# 114
p(
    "es",
    "birth_announcement",
    "¡Nacieron en Nochebuena! Los gemelos Mateo y Matías Jiménez llegaron a las 11:50 p.m. en "
    "nuestro hospital de Dearborn. Su papá, Rogelio, trabaja en la planta de Rouge y llegó justo a "
    "tiempo. 👶👶",
    [("DATE", "Nochebuena"), ("NAME", "Mateo"), ("NAME", "Matías Jiménez"), ("NAME", "Rogelio")],
    note=(
        "Nacimiento en Nochebuena, nombres de los gemelos y del papá. Dearborn es nuestro "
        "hospital; la planta es su empleo."
    ),
)

# 115
n(
    "en",
    "staff_spotlight",
    "Our Dearborn rehab team just hit 10,000 therapy sessions in Arabic. Shoutout to PTs Hiba, "
    "Rami and Luis, and to interpreter Nadia, who has worked here since she was 19.",
    "Staff names; a count.",
)

# 116
p(
    "en",
    "pasted_record",
    "Triage: Pt Jesús Morales Ochoa, 34M, forklift injury at work 11/3, lives on W. Vernor near "
    "Livernois, ZIP 48210. No insurance. Wife Araceli: (313) 555-0172. Interpreter: Spanish.",
    [
        ("NAME", "Jesús Morales Ochoa"),
        ("DATE", "11/3"),
        ("GEO", "W. Vernor"),
        ("GEO", "Livernois"),
        ("GEO", "48210"),
        ("NAME", "Araceli"),
        ("PHONE", "(313) 555-0172"),
    ],
    note=(
        "Name, injury date, home street, cross street and ZIP, wife's name and phone. 34M is under "
        "90."
    ),
)

# 117
n(
    "en",
    "hospital_contact",
    "¿Habla español? Our Southwest Detroit clinic at 5600 West Vernor Highway has bilingual "
    "doctors, nurses and pharmacists. Walk-ins welcome, 8–8 weekdays. Call (313) 555-0173.",
    "Our address and number.",
)

# 118
p(
    "en",
    "anonymous_story",
    "A 102-year-old great-grandmother walked out of our Dearborn hospital on her own on Nov. 4 "
    "after hip surgery, and told our surgeons she'd be back to dance at her great-grandson's "
    "wedding.",
    [("AGE", "102-year-old"), ("DATE", "Nov. 4")],
    note=(
        "Unnamed, but one specific patient's age over 89 and discharge date are Safe Harbor "
        "identifiers, so they are labelled."
    ),
)

# 119
n(
    "en",
    "anonymous_story",
    "One of our patients in his 80s asked our nurses to teach him to video call his grandkids in "
    "Bangladesh. Now he calls every night at 9 — and our nurses get a wave too. 📱",
    "Anonymous patient in his 80s; a country.",
)

# 120
n(
    "es",
    "statistic",
    "Cada año, más de 300 niños del suroeste de Detroit llegan a nuestra sala de emergencias por "
    "asma. Pregunte por nuestro programa gratuito de visitas a domicilio. 🫁",
    "Estadística de población.",
)

# 121
p(
    "en",
    "patient_story",
    'BIG SHOUTOUT TO MS. BERNICE "BUNNY" TATE!!! 6 MONTHS AGO SHE COULDN\'T WALK AFTER HER STROKE '
    "AND TODAY SHE WALKED THE HALLWAY ON 5 SOUTH IN HER CHURCH HAT. BUNNY, YOU INSPIRE US!!",
    [("NAME", 'BERNICE "BUNNY" TATE'), ("NAME", "BUNNY", "*")],
    note="All-caps patient name with nickname, and the nickname again.",
)

# 122
n(
    "en",
    "research",
    "Our winter-storm study is out: ER visits for falls on ice rose 41% in the 48 hours after each "
    "storm, and the biggest jump was in adults over 90. Salt your steps, wear grippers, and check "
    "on elders.",
    "Population ages in a study.",
)

# 123
p(
    "en",
    "discharge",
    "Discharged to home, with her family's OK to share: Zofia Dąbrowska, 92, is back in Hamtramck "
    "after 18 days with pneumonia. Her son Janusz promises the pierogi are already boiling.",
    [("NAME", "Zofia Dąbrowska"), ("AGE", "92"), ("GEO", "Hamtramck"), ("NAME", "Janusz")],
    note="Name, age 92, city, son's name; '18 days' is a stay, not an age.",
)

# 124
n(
    "en",
    "event",
    "Bangladeshi New Year health fair! Join our Hamtramck team April 14 for Pohela Boishakh at the "
    "Conant Street festival — free diabetes screening, henna and mishti. Bengali-speaking staff on "
    "site.",
    "Event date and venue.",
)

# 125
p(
    "en",
    "pasted_record",
    "Clinic msg: pt Sylvester Hargrove (MRN 11827364) called re: pacemaker alert. Device: "
    "Medtronic Azure, SN PJN604218H. Lives alone, 4411 Chalmers St, Detroit 48215. Niece Tamika "
    "checks on him.",
    [
        ("NAME", "Sylvester Hargrove"),
        ("MRN", "11827364"),
        ("DEVICE", "PJN604218H"),
        ("GEO", "4411 Chalmers St"),
        ("GEO", "Detroit"),
        ("GEO", "48215"),
        ("NAME", "Tamika"),
    ],
    note="Name, MRN, device serial, street address, city, ZIP, niece's name.",
)

# 126
p(
    "es",
    "pasted_record",
    "Registro: Nombre: Rosalinda Paz Ortega | Fecha de nac.: 5 de mayo de 1978 | Seguro: Medicaid "
    "0036154298 | Dirección: 2240 Junction St, Detroit | Tel. 313-555-0196 | Correo: "
    "rosipaz78@hotmail.com",
    [
        ("NAME", "Rosalinda Paz Ortega"),
        ("DATE", "5 de mayo de 1978"),
        ("HEALTH_PLAN", "0036154298"),
        ("GEO", "2240 Junction St"),
        ("GEO", "Detroit"),
        ("PHONE", "313-555-0196"),
        ("EMAIL", "rosipaz78@hotmail.com"),
    ],
    note="Nombre, fecha de nacimiento, número de Medicaid, dirección, ciudad, teléfono y correo.",
)

# 127
n(
    "en",
    "eponymous_condition",
    "Parkinson's dance class is back! Every Wednesday at 2 in the Woodward campus gym, led by our "
    "physical therapist Dorota. Bring a partner or come solo — Motown playlist guaranteed.",
    "Eponymous condition; a staff member.",
)

# 128
p(
    "en",
    "thank_you",
    "'Mr. B' says thank you to the 6 West night crew. He can't have his name on social media (he's "
    "a very private man), but he wants the world to know you got him through COVID at 91.",
    [("NAME", "B"), ("AGE", "91")],
    note="An initial used for the patient is NAME; his age 91.",
)

# 129
n(
    "en",
    "statistic",
    "In 2024 our interpreters handled 96,400 calls in 52 languages. Top five: Arabic, Spanish, "
    "Bengali, Polish and Neo-Aramaic (Sureth), spoken by many of our Chaldean families.",
    "Aggregate numbers.",
)

# 130
p(
    "en",
    "memorial",
    "Fly high, Tariq. 💔 Tariq Abdullah, 17, a Cody High point guard, died on Jan. 30 after the "
    "crash on Schaefer. His family asks you to share #TariqsLegacy and drive sober. We are with "
    "you, Abdullah family.",
    [
        ("NAME", "Tariq Abdullah"),
        ("NAME", "Tariq", "*"),
        ("DATE", "Jan. 30"),
        ("GEO", "Schaefer"),
        ("NAME", "#TariqsLegacy"),
        ("NAME", "Abdullah", "*"),
    ],
    note=(
        "Name, date of death, road of the crash, name hashtag, family surname. The school is an "
        "institution, not GEO."
    ),
)

# 131
n(
    "en",
    "anonymous_story",
    "A Chaldean grandmother who speaks only Sureth spent a week on our cardiac floor. Our "
    "interpreter taught the nurses three words: 'shlama' (hello), 'basima' (thank you) and 'ya'ni' "
    "(well...). She left smiling.",
    "Anonymous patient; 'basima' is a word here, not a name.",
)

# 132
n(
    "es",
    "anonymous_story",
    "Una mamá nos escribió: 'Mi hijo nació prematuro y ustedes me explicaron todo en español.' Hoy "
    "ese bebé tiene 5 años y quiere ser doctor. Mensajes como este nos llenan el corazón.",
    "Paciente anónimo.",
)

# 133
p(
    "en",
    "patient_story",
    "June Kaminski was born in June, married in June and, on June 3, got her new knee here. 'It's "
    "my lucky month,' she said. June is already back to bowling at the Polish Falcons hall.",
    [
        ("NAME", "June Kaminski"),
        ("DATE", "June", 2),
        ("DATE", "June", 3),
        ("DATE", "June 3"),
        ("NAME", "June", 5),
    ],
    note=(
        "The name June and the month June: her name twice, the months of her birth and marriage "
        "and her surgery date."
    ),
)

# 134
n(
    "en",
    "staff_spotlight",
    "Staff spotlight: respiratory therapist Summer Grant-Haddad ran the Turkey Trot in full PPE to "
    "raise money for our asthma van. Summer, you're a legend (and very sweaty). 🦃",
    "A staff member.",
)

# 135
p(
    "en",
    "pasted_record",
    "EMS run sheet excerpt: MVC, Ford Edge plate DLH 4417, driver Marisol Peña, 28, MI DL P500 412 "
    "889 201, restrained. Crash at Michigan Ave & Wyoming. Passenger (son Mateo, 4) to peds.",
    [
        ("VEHICLE", "DLH 4417"),
        ("NAME", "Marisol Peña"),
        ("LICENSE", "P500 412 889 201"),
        ("GEO", "Michigan Ave"),
        ("GEO", "Wyoming"),
        ("NAME", "Mateo"),
    ],
    note=(
        "Plate, driver's name and licence, crash intersection (Wyoming is an avenue here), son's "
        "name."
    ),
)

# 136
n(
    "en",
    "crisis_update",
    "Road closure alert: Michigan Ave is closed at our Dearborn hospital for water main repairs "
    "through Friday. ER access is from Greenfield Rd; follow the orange signs. Visitor parking "
    "moved to Lot C.",
    "Roads around our own site.",
)

# 137
p(
    "en",
    "birth_announcement",
    'Born on Cinco de Mayo in our Southwest Detroit birthing suite: Guadalupe "Lupita" Sandoval, '
    "6 lb 11 oz! Dad Ernesto is already shopping for a tiny Tigers jersey. ¡Bienvenida, Lupita!",
    [
        ("DATE", "Cinco de Mayo"),
        ("NAME", 'Guadalupe "Lupita" Sandoval'),
        ("NAME", "Lupita", "*"),
        ("NAME", "Ernesto"),
    ],
    note=(
        "Born on a named day, baby's name and nickname, father's name; the birthing suite is ours."
    ),
)

# 138
p(
    "es",
    "public_figure",
    "El jardinero de los Tigres, Ramón Estrella, pidió que compartiéramos que su cirugía de hombro "
    "aquí el 22 de octubre salió muy bien. ¡Gracias, Ramón, por confiar en nosotros! ⚾",
    [("NAME", "Ramón Estrella"), ("NAME", "Ramón", "*"), ("DATE", "22 de octubre")],
    note="Un pelotero que es nuestro paciente: nombre y fecha de cirugía.",
)

# 139
n(
    "en",
    "health_tip",
    "Detroit winter tip: keep a 'go bag' in the car — blanket, water, charger, and a list of your "
    "meds and doctors. If you're on dialysis, keep your clinic number with you. Ours: (313) "
    "555-0100.",
    "General advice; our number.",
)

# 140
p(
    "en",
    "thank_you",
    "shoutout to the nurses on 7 north who took care of my granny ernestine hollins, you all "
    "treated her like family. she went home friday and is already bossing us around lol — tasha",
    [("NAME", "ernestine hollins"), ("NAME", "tasha")],
    note="Lower-case names of the patient and her granddaughter; 'friday' is a weekday.",
)

# 141
n(
    "en",
    "thank_you",
    "Thank you to the Dearborn Fire Department for the 300 Ramadan iftar meals you delivered to "
    "our night-shift teams. From our ER to your firehouse: shukran!",
    "Donors; no patient.",
)

# 142
p(
    "en",
    "pasted_record",
    "Pls update the white board: MRN 40021986 moved from rm 1120 to rm 1204, fall precautions. "
    "Family requests no visitors except wife Gloria.",
    [("MRN", "40021986"), ("OTHER_ID", "rm 1120"), ("OTHER_ID", "rm 1204"), ("NAME", "Gloria")],
    note="A bare MRN, two rooms of the patient, his wife's name.",
)

# 143
n(
    "en",
    "recruitment",
    "Auto workers, ever thought about a second career in health care? Our Surgical Tech program "
    "partners with UAW to train laid-off workers — paid training, 12 months, jobs waiting. Info "
    "session Thursday at the Local 600 hall.",
    "Job ad.",
)

# 144
n(
    "es",
    "public_figure",
    "La cantante detroitense Marisol Vega visitó a los niños del piso 8 Norte y les cantó 'Cielito "
    "Lindo'. ¡Gracias por tanta alegría, Marisol! 🎤",
    "Una figura pública de visita.",
)

# 145
p(
    "en",
    "patient_story",
    "Meet Faith Sterling, 12, of Highland Park. After her bone marrow transplant in May, Faith's "
    "sister Destiny (her donor!) was the first person she hugged. Faith and Destiny — your names "
    "say it all.",
    [
        ("NAME", "Faith Sterling"),
        ("NAME", "Faith", "*"),
        ("GEO", "Highland Park"),
        ("DATE", "May"),
        ("NAME", "Destiny", "*"),
    ],
    note="Patient's name (both words ordinary), city, month of transplant, sister's name.",
)

# 146
n(
    "en",
    "event",
    "Faith & Health Sunday: our nurses will be at 40 Detroit churches and mosques this weekend "
    "with free blood pressure checks and flu shots. Find a site near you: glhenryhealth.org/faith",
    "Event; 'Faith' is a word here.",
)

# 147
p(
    "en",
    "milestone_birthday",
    "Our Dearborn dialysis family sang Happy Birthday to Mr. Arthur Lee Dukes on his ninety-first "
    "birthday. He's been coming three times a week for 11 years and never misses a Lions score "
    "update. 🏈",
    [("NAME", "Arthur Lee Dukes"), ("AGE", "ninety-first")],
    note="Patient's name and ordinal age in words.",
)

# 148
n(
    "en",
    "staff_spotlight",
    "Meet Mildred Jablonski, 94, our longest-serving volunteer. She has knitted 3,000 NICU hats "
    "since 1989 and says she'll stop 'when the yarn runs out.' Thank you, Mildred! 🧶",
    "A volunteer's age over 89 is not labelled.",
)

# 149
p(
    "en",
    "crisis_update",
    "Storm update: the family of Marek Wójcik, 71, of Hamtramck, has asked us to share that he is "
    "stable after being found in his car on Holbrook during Saturday's blizzard. Please check on "
    "your neighbors.",
    [("NAME", "Marek Wójcik"), ("GEO", "Hamtramck"), ("GEO", "Holbrook")],
    note="Patient's name, city and the street where he was found.",
)

# 150
p(
    "es",
    "discharge",
    "Alta médica 15/02: Sr. Gilberto Anaya, 93 años, regresa a su casa en Delray con su nieta "
    "Itzel. Gracias al equipo de neumología por su paciencia (y por aguantar sus chistes). 😄",
    [
        ("DATE", "15/02"),
        ("NAME", "Gilberto Anaya"),
        ("AGE", "93"),
        ("GEO", "Delray"),
        ("NAME", "Itzel"),
    ],
    note="Fecha de alta (día/mes), nombre, edad 93, barrio, nieta.",
)

# 151
n(
    "en",
    "crisis_update",
    "Boil-water advisory update: our Dearborn hospital is using bottled water for drinking and "
    "cooking until the city lifts the advisory. All surgeries and appointments continue as "
    "scheduled.",
    "Operational update.",
)

# 152
p(
    "en",
    "pasted_record",
    "OR schedule 1/16 (internal) — 0730 Rm 3: HADDAD, Youssef  (knee scope) | 0900 Rm 3: BERRY, "
    "Ali  57M lap chole | 1100 Rm 4: GRAY, Autumn  8F T&A",
    [
        ("DATE", "1/16"),
        ("NAME", "HADDAD, Youssef"),
        ("NAME", "BERRY, Ali"),
        ("NAME", "GRAY, Autumn"),
    ],
    note=(
        "Surgery date of the listed patients and their chart names (Berry, Gray, Autumn are "
        "words). Operating rooms are hospital rooms, not patient rooms."
    ),
)

# 153
n(
    "en",
    "research",
    "Our neurologists are recruiting for a Huntington's disease trial and a Tourette syndrome "
    "study. Both offer interpreters in Arabic and Bengali. Learn more: glhenryhealth.org/trials or "
    "(313) 555-0100.",
    "Eponymous conditions in a research notice.",
)

# 154
p(
    "en",
    "patient_story",
    "Tigers catcher Danny Ruiz spent Father's Day with us — not at the ballpark — because his dad, "
    "Efraín Ruiz, had bypass surgery that morning. Efraín is doing great and told Danny to go hit "
    "a homer.",
    [
        ("NAME", "Danny Ruiz"),
        ("NAME", "Danny", "*"),
        ("DATE", "Father's Day"),
        ("NAME", "Efraín Ruiz"),
        ("NAME", "Efraín", "*"),
    ],
    note=(
        "The patient Efraín and his surgery on Father's Day; his son is a public figure but is "
        "named as the patient's relative, so labelled."
    ),
)

# 155
n(
    "en",
    "public_figure",
    "Ever wonder why we're 'Henry'? Our founders named the hospital in 1915 for the auto workers "
    "of the Henry Ford era who built this city. 110 years later, we still care for the people who "
    "make Detroit run.",
    "A historical figure.",
)

# 156
n(
    "es",
    "hospital_contact",
    "Si su familiar está hospitalizado y necesita un intérprete, pídalo sin costo. Llame a la "
    "línea en español (313) 555-0173 o pregunte en la recepción de 4400 Woodward Avenue.",
    "Nuestro número y dirección.",
)

# 157
p(
    "en",
    "eponymous_condition",
    "Kawasaki disease is rare, but Nasir Uddin's parents knew the signs: fever, red eyes, cracked "
    "lips. Nasir, 3, got treatment within hours on 9/14 and his heart is healthy. Know the signs. "
    "#KawasakiAwareness",
    [("NAME", "Nasir Uddin"), ("NAME", "Nasir", "*"), ("DATE", "9/14")],
    note="Patient's name and treatment date; Kawasaki is an eponym and the hashtag a campaign.",
)

# 158
n(
    "en",
    "anonymous_story",
    "Last week, a patient told our Bengali interpreter it was the first time in 20 years a doctor "
    "had explained his medicines in his own language. That's why our interpreters matter. "
    "#LanguageAccess",
    "Anonymous patient.",
)

# 159
p(
    "en",
    "hospital_contact",
    "@DetroitDeb313 We can't discuss patients here, but we've passed your message about your "
    "brother Curtis to our patient advocate. She'll call you at the number you shared "
    "(313-555-0183) today, or reach her at (313) 555-0100.",
    [("OTHER_ID", "@DetroitDeb313"), ("NAME", "Curtis"), ("PHONE", "313-555-0183")],
    note=(
        "The patient's sister's handle and number, the patient's name; our own number is not "
        "labelled."
    ),
)

# 160
n(
    "en",
    "hospital_contact",
    "Looking for a loved one after the I-96 crash? Please don't post their name here. Call our "
    "family information line, (313) 555-0129, or come to the ER family room at our Woodward "
    "campus.",
    "Our family line; no patient.",
)

# 161
p(
    "en",
    "memorial",
    "We join the Chaldean community in mourning Nabil Kallabat, 64, a beloved patient of our "
    "cancer center, who died on Good Friday. Nabil's wife Suhad and daughters Mary and Rita thank "
    "our nurses for their prayers.",
    [
        ("NAME", "Nabil Kallabat"),
        ("NAME", "Nabil", "*"),
        ("DATE", "Good Friday"),
        ("NAME", "Suhad"),
        ("NAME", "Mary"),
        ("NAME", "Rita"),
    ],
    note="Patient's name, death on Good Friday, wife's and daughters' names.",
)

# 162
p(
    "es",
    "memorial",
    "Hoy recordamos a Diego Armando Solís, de 19 años, quien perdió la vida tras un choque en la "
    "calle Vernor el 1.º de enero. Su familia pide que compartan #DiegoPorSiempre y no manejen "
    "tomados. 🕊️",
    [
        ("NAME", "Diego Armando Solís"),
        ("GEO", "calle Vernor"),
        ("DATE", "1.º de enero"),
        ("NAME", "#DiegoPorSiempre"),
    ],
    note="Nombre, calle del choque, fecha de muerte, hashtag con su nombre.",
)

# 163
n(
    "en",
    "event",
    "Lions Draft Day watch party for patients and families on 8 North, April 24 at 8 p.m. Blue "
    "Jell-O, face paint and a surprise guest from the Pride. 🦁",
    "Hospital event date.",
)

# 164
p(
    "en",
    "pasted_record",
    "FW: can we share? -> 'Please help the Kowalczyk family after Dad's crash on I-696: "
    "gofundme.com/f/help-stan-kowalczyk. Stan is at Henry Main in the ICU.' — posted by his "
    "daughter @kasia.kowalczyk",
    [
        ("NAME", "Kowalczyk", "*"),
        ("GEO", "I-696"),
        ("URL", "gofundme.com/f/help-stan-kowalczyk"),
        ("NAME", "Stan"),
        ("OTHER_ID", "@kasia.kowalczyk"),
    ],
    note=(
        "Family surname, road of the crash, the family's fundraising URL, patient's name, "
        "daughter's handle."
    ),
)

# 165
n(
    "en",
    "sponsor",
    "Thank you, Detroit Lions Foundation, for funding 2 new 'Pride Vans' that will bring "
    "mammograms and blood pressure checks to neighborhoods across Detroit and Dearborn. 🦁💙",
    "Sponsor.",
)

# 166
p(
    "en",
    "discharge",
    "Back home to Livonia: Teodor Nowak, age 90 and a Packard retiree, was discharged 12/30 after "
    "his pacemaker placement. He asked us to thank 'the girls in the white shoes' — our transport "
    "team.",
    [("GEO", "Livonia"), ("NAME", "Teodor Nowak"), ("AGE", "90"), ("DATE", "12/30")],
    note="City, name, age 90, discharge date; the plant he retired from is an employer.",
)

# 167
n(
    "en",
    "statistic",
    "Detroit is aging: the number of Michiganders 90 and older is up 30% in ten years. Our "
    "geriatrics clinic now sees patients from 65 to 106. Call (313) 555-0100 to make an "
    "appointment.",
    "Population age range, not one patient.",
)

# 168
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Chagas, el síndrome de Down, el mal de Parkinson: muchas condiciones llevan "
    "nombre de persona. Pregúntele a su médico qué significa su diagnóstico. Tenemos folletos en "
    "español.",
    "Epónimos.",
)

# 169
p(
    "en",
    "patient_story",
    "Our Hamtramck clinic's first Bengali-language diabetes class graduate: Nazma Begum, who lost "
    "14 kg and brought her A1c from 10.2 to 6.8. Her husband Shafiqul now cooks with less oil. "
    "Bravo, Nazma Apa!",
    [("NAME", "Nazma Begum"), ("NAME", "Nazma", "*"), ("NAME", "Shafiqul")],
    note="Patient's name ('Apa' is an honorific) and husband's name; the clinic is ours.",
)

# 170
n(
    "en",
    "health_tip",
    "Roza rakhchen? If you have diabetes and are fasting this Ramadan, check your sugar even while "
    "fasting — it does not break the fast. Ask for our Bengali handout at the Hamtramck clinic.",
    "General advice.",
)

# 171
p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST, MR. EARL WASHINGTON! 🎉 The retired Ford mechanic celebrated with the whole 4 "
    "South team today and told us the secret is 'grits and minding your business.'",
    [("AGE", "101ST"), ("NAME", "EARL WASHINGTON")],
    note="All-caps ordinal age and name ('Washington' is also a place).",
)

# 172
n(
    "en",
    "public_figure",
    "Lions QB Jordan Cole surprised the kids at our Hamtramck Family Health Center's flu clinic "
    "today, handing out stickers and holding hands for the scared ones. 💉🦁 #OnePride",
    "A public figure visiting; the children are not identified.",
)

# 173
p(
    "en",
    "pasted_record",
    "PLEASE DELETE — screenshot of registration: Name: Saeed Al-Hakim | SSN 371-44-8026 | DOB "
    "12/05/1962 | Addr 7120 Miller Rd, Dearborn MI 48120 | Emergency contact: Huda (wife) "
    "313-555-0115, fax 313-555-0116 (family store)",
    [
        ("NAME", "Saeed Al-Hakim"),
        ("SSN", "371-44-8026"),
        ("DATE", "12/05/1962"),
        ("GEO", "7120 Miller Rd"),
        ("GEO", "Dearborn"),
        ("GEO", "48120"),
        ("NAME", "Huda"),
        ("PHONE", "313-555-0115"),
        ("FAX", "313-555-0116"),
    ],
    note=(
        "Registration: name, SSN, DOB, street, city, ZIP, wife's name, phone and the family's fax."
    ),
)

# 174
p(
    "es",
    "patient_story",
    "la pequeña valentina cruz, de 4 años, ya no tiene miedo a las agujas 💉 después de 30 días en "
    "el piso 8 Norte por leucemia, hoy le hicieron una fiesta con sus primos Kevin y Danna. "
    "#TodosConValentina",
    [
        ("NAME", "valentina cruz"),
        ("NAME", "Kevin"),
        ("NAME", "Danna"),
        ("NAME", "#TodosConValentina"),
    ],
    note="Nombre en minúsculas ('la pequeña' excluido), primos, hashtag con su nombre.",
)

# 175
n(
    "en",
    "health_tip",
    "Tigers Opening Day is a Detroit holiday, and our ER knows it. Pace the beers, hydrate, wear "
    "sunscreen, and if you're tailgating in the cold, watch out for frostbite. Go Tigers! 🐯",
    "General advice; holiday not tied to a patient.",
)

# 176
p(
    "en",
    "birth_announcement",
    "welcome to the world, baby Zayd Jaber ✨ born 3/1 at our Dearborn birth center to Maryam & "
    "Omar. his big sisters Lina & Dunya named him after their jiddo. #ZaydJaber",
    [
        ("NAME", "Zayd Jaber"),
        ("DATE", "3/1"),
        ("NAME", "Maryam"),
        ("NAME", "Omar"),
        ("NAME", "Lina"),
        ("NAME", "Dunya"),
        ("NAME", "#ZaydJaber"),
    ],
    note="Baby's name, birth date, parents and sisters, name hashtag.",
)

# 177
n(
    "en",
    "birth_announcement",
    "Our Dearborn Birth Center welcomed 41 babies during Ramadan this year, including 3 sets of "
    "twins! Congratulations to all our new families. 🌙👶",
    "Count of births; Ramadan not tied to one patient.",
)

# 178
p(
    "en",
    "sponsor",
    "Thank you, Mr. Gordon Pryor! A grateful patient of our cancer center, Mr. Pryor donated "
    "$50,000 to our lung screening van after his own early-stage diagnosis in 2022.",
    [("NAME", "Gordon Pryor"), ("NAME", "Pryor", "*")],
    note="A donor who is himself our patient; bare year not labelled.",
)

# 179
n(
    "en",
    "event",
    "Polish Day at Comerica Park is June 8 and our Hamtramck clinic will be at the gate with free "
    "sunscreen, water and skin checks. Na zdrowie! ⚾",
    "Event date and venue.",
)

# 180
n(
    "es",
    "research",
    "Estudio nuevo: las familias del suroeste de Detroit que recibieron visitas de promotoras de "
    "salud tuvieron 40% menos visitas a emergencias por asma. Gracias a las 260 familias "
    "participantes.",
    "Resultados de un estudio.",
)

# 181
p(
    "en",
    "patient_story",
    "Everybody at Jefferson North called Otis Ellison 'Pops.' Last week our stroke team had the "
    "clot out 38 minutes after he hit the door. Pops says he's taking the grandbabies fishing when "
    "it warms up.",
    [("NAME", "Otis Ellison"), ("NAME", "Pops", "*")],
    note="Patient's name and nickname; Jefferson North is his plant.",
)

# 182
n(
    "en",
    "staff_spotlight",
    "Meet our new Dearborn ER director, Dr. Layla Haddad-Berry, who grew up on Warren Avenue and "
    "did her residency right here. Her advice for winter: 'Salt is cheaper than a hip fracture.'",
    "A physician's own name and childhood street.",
)

# 183
p(
    "en",
    "pasted_record",
    "ADT^A01 | PID|||66310427^^^GLHH||BAZZI^HASSAN^M||19560419|M|||5826 Kendal "
    "St^^Dearborn^MI^48128||(313)555-0138",
    [
        ("MRN", "66310427"),
        ("NAME", "BAZZI^HASSAN^M"),
        ("DATE", "19560419"),
        ("GEO", "5826 Kendal St"),
        ("GEO", "Dearborn"),
        ("GEO", "48128"),
        ("PHONE", "(313)555-0138"),
    ],
    note="HL7 admit message: MRN, name, DOB, street, city, ZIP, phone.",
)

# 184
n(
    "en",
    "health_tip",
    "Flu shots: no appointment at 15500 Michigan Avenue, Dearborn, MI 48126, or 9800 Joseph Campau "
    "Avenue, Hamtramck. Bring your insurance card; no card, no problem.",
    "Our own addresses.",
)

# 185
p(
    "en",
    "patient_story",
    "In August, Rosa Elena Quintero's kidneys failed. Her brother Rigoberto drove in from Pilsen "
    "in Chicago to give her one of his. Last week they walked the hallways of 6 West together, "
    "both scars healing.",
    [
        ("DATE", "August"),
        ("NAME", "Rosa Elena Quintero"),
        ("NAME", "Rigoberto"),
        ("GEO", "Pilsen"),
        ("GEO", "Chicago"),
    ],
    note="Month of kidney failure, patient's name, her brother's name, neighbourhood and city.",
)

# 186
p(
    "es",
    "thank_you",
    "Mensaje de la familia Ochoa: 'Gracias por cuidar a mi abuelito Trinidad en la habitación 302. "
    "Si las enfermeras quieren visitarlo, llámenme al 313-555-0133.' — Nayeli. Para agradecer a "
    "nuestro personal, llame al (313) 555-0173.",
    [
        ("NAME", "Ochoa"),
        ("NAME", "Trinidad"),
        ("OTHER_ID", "habitación 302"),
        ("PHONE", "313-555-0133"),
        ("NAME", "Nayeli"),
    ],
    note=(
        "Apellido, nombre del paciente (también un lugar), habitación, teléfono y nombre de la "
        "nieta; nuestro número no se marca."
    ),
)

# 187
n(
    "en",
    "eponymous_condition",
    "ALS is still called Lou Gehrig's disease, 85 years after the Yankees star's diagnosis. Our "
    "ALS clinic now cares for 180 Michigan patients and families. Walk with us on Sept. 14: "
    "glhhfoundation.org/walk",
    "Eponym of a historical figure; event date.",
)

# 188
p(
    "en",
    "recruitment",
    "Full circle: NICU nurse Aaliyah Brooks was born at 26 weeks in our own NICU on Oct. 2, 1998 — "
    "and this month she started caring for the tiniest babies in the same unit. Want to join her? "
    "We're hiring NICU RNs: glhenryhealth.org/careers",
    [("NAME", "Aaliyah Brooks"), ("DATE", "Oct. 2, 1998")],
    note="A nurse who was our NICU patient: her name and birth date with its year.",
)

# 189
n(
    "en",
    "campaign_hashtag",
    "#GivingTuesday is here! Every gift to the GLHH Foundation today is matched up to $100,000 by "
    "our board. Give at glhhfoundation.org — and share why you give with #HenryGives.",
    "Campaign hashtags.",
)

# 190
p(
    "en",
    "patient_story",
    "Eid in the hospital isn't easy, so 4 West threw a party. Yousef Almasmari, 10, got henna, new "
    "clothes from his aunt Amina and a video call with his grandparents in Sana'a. #PrayForYousef "
    "🌙",
    [
        ("DATE", "Eid"),
        ("NAME", "Yousef Almasmari"),
        ("NAME", "Amina"),
        ("GEO", "Sana'a"),
        ("NAME", "#PrayForYousef"),
    ],
    note=(
        "The holiday he spent as an inpatient, his name, his aunt, his grandparents' foreign city, "
        "name hashtag."
    ),
)

# 191
n(
    "en",
    "statistic",
    "Our Ramadan blood drive collected 1,140 units — the most ever in Dearborn. Thank you to every "
    "donor who gave after iftar. Next drive: Eid al-Adha.",
    "Count; holidays not tied to patients.",
)

# 192
n(
    "es",
    "staff_spotlight",
    "Conozcan a la Dra. Dolores Paz, pediatra de nuestra clínica de Vernor desde hace 20 años. "
    "Nació en Delray, habla español y náhuatl, y dice que el mejor remedio es un abrazo. 💚",
    "Personal del hospital.",
)

# 193
p(
    "en",
    "discharge",
    "#WELCOMEHOMEWALDEK 🇵🇱 After a cardiac arrest at his Hamtramck bakery on Fat Tuesday, "
    'Władysław "Waldek" Nowicki is home! Six weeks, one defibrillator and a lot of paczki later. '
    "Dzięki, 5 South!",
    [
        ("NAME", "#WELCOMEHOMEWALDEK"),
        ("GEO", "Hamtramck"),
        ("DATE", "Fat Tuesday"),
        ("NAME", 'Władysław "Waldek" Nowicki'),
    ],
    note="All-caps name hashtag, city where the arrest happened, its date (Fat Tuesday), his name.",
)

# 194
n(
    "en",
    "crisis_update",
    "Ice storm, day 2: our generator-powered warming center at the Hamtramck clinic is open until "
    "midnight. Oxygen users can charge concentrators here. Pets welcome in carriers. 🧊",
    "Operational update.",
)

# 195
p(
    "en",
    "pasted_record",
    "[screenshot] Auntie Pearl: Baby the hospital said Dre is in room 734, they moved him from the "
    "ER. His mama Charlene on her way. Call me 313-555-0106",
    [
        ("NAME", "Pearl"),
        ("NAME", "Dre"),
        ("OTHER_ID", "room 734"),
        ("NAME", "Charlene"),
        ("PHONE", "313-555-0106"),
    ],
    note=(
        "Patient's aunt ('Auntie' is a kinship word), patient's nickname, room, mother, aunt's "
        "phone."
    ),
)

# 196
n(
    "en",
    "hospital_contact",
    "Patient portal help: log in at mychart.glhenryhealth.org or call (313) 555-0100, option 5. "
    "We'll never ask for your password by phone, text or DM. 🔒",
    "Our domain and number.",
)

# 197
p(
    "en",
    "milestone_birthday",
    "Our newest nonagenarian! Mrs. Estelle Pruitt celebrated on 3 North today with her church "
    "choir from Second Ebenezer singing outside her door. Happy birthday, Mother Pruitt! 🎶",
    [("AGE", "nonagenarian"), ("NAME", "Estelle Pruitt"), ("NAME", "Pruitt", "*")],
    note="'nonagenarian' states an age over 89; the patient's name ('Mother' is a church title).",
)

# 198
p(
    "es",
    "pasted_record",
    "mensaje del 911 reenviado: señora de 90 años, sra. refugia gallegos, caída en su casa, 1645 "
    "bagley st, detroit. hija ofelia al 313-555-0121",
    [
        ("AGE", "90"),
        ("NAME", "refugia gallegos"),
        ("GEO", "1645 bagley st"),
        ("GEO", "detroit"),
        ("NAME", "ofelia"),
        ("PHONE", "313-555-0121"),
    ],
    note="Edad 90, nombre en minúsculas, dirección, ciudad, hija y su teléfono.",
)

# 199
n(
    "en",
    "eponymous_condition",
    "Hodgkin lymphoma, Wilms tumor, Ewing sarcoma: some childhood cancers carry a doctor's name. "
    "Our pediatric oncology team treats all three. September is Childhood Cancer Awareness Month. "
    "🎗️",
    "Eponyms and an awareness month.",
)

# 200
p(
    "en",
    "memorial",
    "Forever in our hearts: Deacon Thaddeus Morrow, a patient of our heart failure clinic for 12 "
    "years, went home to glory on the morning of Sunday, the 3rd of March. He was 89 and never "
    "missed a Pistons game.",
    [("NAME", "Thaddeus Morrow"), ("DATE", "3rd of March")],
    note=(
        "Name ('Deacon' is a title), date of death (weekday and article excluded). Age 89 is not "
        "labelled."
    ),
)

# 201
n(
    "en",
    "memorial",
    "We mourn our colleague Kamal Chowdhury, a respiratory therapist at our Hamtramck clinic for "
    "17 years, who died Jan. 5. Kamal taught half our staff to make proper cha. Our prayers are "
    "with his family.",
    "A staff member's memorial.",
)

# 202
p(
    "en",
    "eponymous_condition",
    "Tourette's didn't stop Malik Henderson from doing stand-up at the Comedy Castle. Malik, 16, a "
    "patient at our neurology clinic since he was 7, wants other kids to know: tics are not a "
    "punchline. #TicsAndTalent",
    [("NAME", "Malik Henderson"), ("NAME", "Malik", "*")],
    note="Patient's name; Tourette's is an eponym, the venue is not his geography.",
)

# 203
n(
    "en",
    "statistic",
    "Since our Hamtramck clinic opened, childhood vaccination rates in the 48212 ZIP code rose "
    "from 61% to 88%. Thank you, parents, imams, priests and teachers.",
    "Population statistic; our own ZIP.",
)

# 204
n(
    "es",
    "crisis_update",
    "Actualización: ya hay luz en nuestra clínica de Hamtramck y en la de Vernor. Las citas "
    "canceladas por la tormenta se reprogramarán; nosotros le llamaremos. Gracias por su "
    "paciencia.",
    "Actualización operativa.",
)

# 205
p(
    "en",
    "patient_story",
    "Pictured: Mariam Shallal, 19, and her mom Nadia on the day Mariam rang the bell — her last "
    "chemo on 10/17. Mariam starts nursing school this winter. 🔔",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Mariam Shallal"),
        ("NAME", "Mariam", "*"),
        ("NAME", "Nadia"),
        ("DATE", "10/17"),
    ],
    note="The photo shows the patient; her name, mother's name, last-chemo date.",
)

# 206
n(
    "en",
    "event",
    "Photo recap: our Eid festival at Ford Field drew 2,000 neighbors for free screenings, face "
    "painting and a henna booth. Thanks to our 140 staff volunteers! 📸",
    "A crowd photo; no patient.",
)

# 207
p(
    "en",
    "thank_you",
    "In this photo: trauma nurse Ashley Kerr with Big Ray Simmons, who came back to thank her one "
    "year after his crash on the Lodge. Ray brought his famous rib tips. 🍖",
    [("PHOTO", "photo"), ("NAME", "Ray Simmons"), ("NAME", "Ray", "*"), ("GEO", "Lodge")],
    note=(
        "The photo shows the former patient; his name ('Big' excluded) and the freeway of his "
        "crash. The nurse is staff."
    ),
)

# 208
n(
    "en",
    "campaign_hashtag",
    "Our nurses wore Honolulu Blue for Playoff Friday! #OnePride #HenryStrong 💙 (Photo: 7 North "
    "day shift.)",
    "Photo of staff; campaign tags.",
)

# 209
p(
    "en",
    "pasted_record",
    "Referral — NAME: ISLAM, Rokeya  AGE: 90  Medicaid ID 0049872213  Lang: Bengali (Sylheti)  "
    "Address: 2915 Carpenter Ave, Hamtramck  Grandson Arif Islam (interpreter) "
    "arif.islam.hmk@gmail.com",
    [
        ("NAME", "ISLAM, Rokeya"),
        ("AGE", "90"),
        ("HEALTH_PLAN", "0049872213"),
        ("GEO", "2915 Carpenter Ave"),
        ("GEO", "Hamtramck"),
        ("NAME", "Arif Islam"),
        ("EMAIL", "arif.islam.hmk@gmail.com"),
    ],
    note=(
        "Referral: name (Islam is a surname), age 90, Medicaid id, address, grandson's name and "
        "email."
    ),
)

# 210
p(
    "es",
    "milestone_birthday",
    "¡Feliz 95.º cumpleaños, don Chencho! Inocencio Rangel celebró en nuestra unidad de "
    "rehabilitación con su bisnieta Abril, que le llevó sus tamales favoritos. 🎂",
    [("AGE", "95.º"), ("NAME", "Chencho"), ("NAME", "Inocencio Rangel"), ("NAME", "Abril")],
    note="Edad ordinal 95, apodo y nombre, bisnieta (Abril es también un mes).",
)

# 211
n(
    "en",
    "research",
    "Published: Sylheti-speaking patients who got diabetes education in their own language had A1c "
    "levels 1.1 points lower after a year. Thanks to the 312 Hamtramck families who took part. 📊",
    "Study results.",
)

# 212
p(
    "en",
    "public_figure",
    "Red Wings legend Stan Mikulski, 91, asked us to say thanks to Detroit for the cards and "
    "prayers. He's recovering on our cardiac floor after a heart attack on Saturday and 'already "
    "arguing about the power play.'",
    [("NAME", "Stan Mikulski"), ("AGE", "91")],
    note="A public figure who is our patient: his name and age 91.",
)

# 213
n(
    "en",
    "public_figure",
    "Big thanks to Lions defensive end Marcus 'Sack Daddy' Oyelaran for reading 'The Snowy Day' to "
    "our pediatric patients on 8 North today. The kids voted: 10/10 reading voice. 📚",
    "A visiting player; '10/10' is a score.",
)

# 214
p(
    "en",
    "milestone_birthday",
    "Celebrating a true Detroit centenarian: Mrs. Viola Fountain, born on the Fourth of July, "
    "still does her own hair and reads the Free Press every morning on our rehab floor. #Viola100 "
    "🇺🇸",
    [
        ("GEO", "Detroit"),
        ("AGE", "centenarian"),
        ("NAME", "Viola Fountain"),
        ("DATE", "Fourth of July"),
        ("NAME", "#Viola100"),
    ],
    note=(
        "Her city, 'centenarian', name, birthday on a holiday, and a name hashtag (one NAME span)."
    ),
)

# 215
n(
    "en",
    "recruitment",
    "Retired from the plant and bored? Our volunteer program needs drivers, greeters and cuddlers "
    "(babies only). Volunteers range in age from 16 to 93! Sign up: glhenryhealth.org/volunteer",
    "Volunteers' ages are not labelled.",
)

# 216
n(
    "es",
    "health_tip",
    "¿Sabía que los hombres latinos tienen más riesgo de diabetes? Hágase la prueba gratis en "
    "cualquier clínica de Great Lakes Henry Health. Más información: glhenryhealth.org/salud",
    "Consejo general.",
)

# 217
p(
    "en",
    "discharge",
    "¡Vámonos a casa! Baby Santiago Luna went home to Delray on 2/2 after 60 days in our NICU, "
    "wearing the mini sombrero his tía Yesenia sewed. Gracias to every nurse who held him. 💚",
    [("NAME", "Santiago Luna"), ("GEO", "Delray"), ("DATE", "2/2"), ("NAME", "Yesenia")],
    note="Baby's name, neighbourhood, discharge date, aunt's name ('tía' excluded).",
)

# 218
n(
    "en",
    "anonymous_story",
    "A new mom told us she was scared to come in because of her immigration status. Our social "
    "worker sat with her for an hour. Everyone is welcome here. Everyone. 💚",
    "Anonymous patient.",
)

# 219
p(
    "en",
    "pasted_record",
    "From: Fr. Ayad Hanna <frayad@stjosephchaldean.org>  To: pastoral care  Re: parishioner "
    "Georgette Zora, Rm 915, age 97 — family (son Raad, 586-555-0141) asks for communion Sunday.",
    [
        ("NAME", "Georgette Zora"),
        ("OTHER_ID", "Rm 915"),
        ("AGE", "97"),
        ("NAME", "Raad"),
        ("PHONE", "586-555-0141"),
    ],
    note=(
        "Patient's name, room, age 97, son's name and phone. The priest and his parish email are "
        "not the patient's."
    ),
)

# 220
n(
    "en",
    "hospital_contact",
    "Chaplain on call 24/7: Catholic, Chaldean, Orthodox, Muslim, Protestant, Jewish and more. Ask "
    "your nurse or call (313) 555-0100 and ask for Spiritual Care.",
    "Our number.",
)

# 221
p(
    "en",
    "patient_story",
    "May Haddad was a school lunch lady for 35 years. When her hip broke in April, her former "
    "students — now doctors and nurses here — lined up to visit. May says she still remembers who "
    "skipped vegetables.",
    [("NAME", "May Haddad"), ("NAME", "May", "*"), ("DATE", "April")],
    note="Patient's name (a month name) and the month of her fracture.",
)

# 222
p(
    "es",
    "campaign_hashtag",
    '#FuerzaLupe 💛 Nuestra compañera de la clínica de Vernor, la enfermera Guadalupe "Lupe" '
    "Arreola, está internada en el piso 5 con COVID. Su familia agradece sus oraciones. ¡Te "
    "esperamos pronto, Lupe!",
    [("NAME", "#FuerzaLupe"), ("NAME", 'Guadalupe "Lupe" Arreola'), ("NAME", "Lupe", "*")],
    note="Una enfermera que es paciente: hashtag con su nombre, nombre y apodo.",
)

# 223
n(
    "en",
    "health_tip",
    "May is Stroke Awareness Month. Remember BE FAST: Balance, Eyes, Face, Arms, Speech, Time to "
    "call 911. Our stroke team can remove a clot in under an hour. Don't wait.",
    "Awareness month.",
)

# 224
p(
    "en",
    "birth_announcement",
    "Cześć, Aurora! 👶 Aurora Grabowski arrived on the 19th of November, our 1,000th baby born at "
    "the Woodward campus this year. Parents Ola and Bartek say she already has Dziadek wrapped "
    "around her finger.",
    [
        ("NAME", "Aurora Grabowski"),
        ("NAME", "Aurora", "*"),
        ("DATE", "19th of November"),
        ("NAME", "Ola"),
        ("NAME", "Bartek"),
    ],
    note="Baby's name, birth date, parents; '1,000th' is a count, 'Dziadek' a kinship word.",
)

# 225
n(
    "en",
    "event",
    "Eid al-Fitr hours: our Dearborn and Hamtramck clinics close at noon on the first day of Eid. "
    "Our ERs are open 24/7, and our nurse line is always on: (313) 555-0147. Eid Mubarak!",
    "Holiday hours; our number.",
)

# 226
p(
    "en",
    "thank_you",
    "Our longtime volunteer Doris Kaczmarek spent two weeks as our patient this winter after a "
    "fall on her icy steps in Hamtramck. She's home now and says the gift cart better be stocked "
    "when she's back. Doris, we miss you!",
    [("NAME", "Doris Kaczmarek"), ("NAME", "Doris", "*"), ("GEO", "Hamtramck")],
    note="A volunteer who was our patient: her name and the city of her fall.",
)

# 227
n(
    "en",
    "staff_spotlight",
    "Meet Simon Patros, who has Down syndrome and just started in our Dearborn cafeteria. His "
    "coworkers say he's the reason the lunch line smiles. Welcome to the team, Simon! "
    "#InclusionWorks",
    "A new employee, not described as a patient; Down syndrome is an eponym.",
)

# 228
n(
    "es",
    "campaign_hashtag",
    "#SaludEnFamilia: este mes, lleve a sus hijos a su vacuna de los 4 años y participe en la rifa "
    "de una bicicleta. Válido en todas nuestras clínicas. 🚲",
    "Hashtag de campaña.",
)

# 229
p(
    "en",
    "pasted_record",
    "Pls post on the unit board, not FB: 'Happy 90th to Mr. A.J. in bed 6W-14!' — encounter "
    "9004417732. Fam bringing kanafeh at 3.",
    [("AGE", "90th"), ("NAME", "A.J."), ("OTHER_ID", "bed 6W-14"), ("OTHER_ID", "9004417732")],
    note="Age 90, the patient's initials, his bed and encounter number.",
)

# 230
n(
    "en",
    "statistic",
    "Winter 2024 by the numbers: 1,480 ER visits for falls on ice, 212 for carbon monoxide, 96 for "
    "frostbite and 31 for snowblower hand injuries. Please be careful out there, Detroit. ❄️",
    "Counts; '96' is not an age.",
)

# 231
p(
    "en",
    "campaign_hashtag",
    "This month's #HenryHero is 7-year-old Kamila Ruiz-Garcia, who raised $2,400 for our burn unit "
    "after her own stay last spring. Her lemonade stand on Junction St outsold the ice cream "
    "truck. #KamilaCares",
    [("NAME", "Kamila Ruiz-Garcia"), ("GEO", "Junction St"), ("NAME", "#KamilaCares")],
    note=(
        "Former patient's name, the street of her stand (her block), her name hashtag; #HenryHero "
        "is a campaign."
    ),
)

# 232
n(
    "en",
    "anonymous_story",
    "Today a retired autoworker who's been coming to our heart clinic for 20 years brought his "
    "cardiologist a hand-built model of the 1967 Mustang he helped assemble. It's on display in "
    "our lobby. 🚗",
    "Anonymous patient; bare year.",
)

# 233
p(
    "en",
    "milestone_birthday",
    "The big 1-0-0! Mrs. Pauline Okrzesik turned 100 on Christmas Day, and the 4 West nurses "
    "brought her a Santa hat and a pączek. Sto lat, Pani Paulina!",
    [
        ("AGE", "1-0-0"),
        ("NAME", "Pauline Okrzesik"),
        ("AGE", "100"),
        ("DATE", "Christmas Day"),
        ("NAME", "Paulina"),
    ],
    note=(
        "Age 100 twice, name and Polish form of her name ('Pani' is an honorific), birthday on "
        "Christmas Day."
    ),
)

# 234
p(
    "es",
    "patient_story",
    "En julio, Jacinto Ledesma cayó de un andamio en Dearborn. Su esposa, Alba, y sus tres hijas "
    "no se separaron de él en 40 días. Hoy Jacinto volvió a trabajar, y dice que ahora usa arnés "
    "siempre. 🦺",
    [
        ("DATE", "julio"),
        ("NAME", "Jacinto Ledesma"),
        ("NAME", "Jacinto", "*"),
        ("GEO", "Dearborn"),
        ("NAME", "Alba"),
    ],
    note="Mes de la caída, nombre, ciudad donde se cayó, esposa (Alba es también una palabra).",
)

# 235
n(
    "en",
    "sponsor",
    "A big dziękujemy to the Polish American Congress and the Hamtramck Lions Club for donating "
    "2,000 pairs of winter gloves to our outreach vans. Cold hands, warm hearts.",
    "Sponsors.",
)

# 236
p(
    "en",
    "patient_story",
    'On Tuesday, Feb. 6, Cornelius "Neil" Lattimore, 58, collapsed shoveling snow outside his '
    "home on Fenkell. His neighbor, a Detroit firefighter, did CPR until Medic 31 arrived. Neil is "
    "home and sends thanks.",
    [
        ("DATE", "Feb. 6"),
        ("NAME", 'Cornelius "Neil" Lattimore'),
        ("NAME", "Neil", "*"),
        ("GEO", "Fenkell"),
    ],
    note="Date of the arrest (weekday excluded), name and nickname, his street.",
)

# 237
n(
    "en",
    "crisis_update",
    "UPDATE 6 a.m.: All Great Lakes Henry Health hospitals are open and safe after last night's "
    "storm. Staff who can't get in safely: stay home and call your manager. Patients: check "
    "glhenryhealth.org/status for clinic closures.",
    "Operational update.",
)

# 238
p(
    "en",
    "discharge",
    "Discharge of the week: Mr. Kowal, Henryk — yes, he insisted we write it like his Army papers "
    "— went home to Hamtramck at ninety-nine years young. Walker, oxygen, and a fresh box of "
    "Kowalski kielbasa.",
    [("NAME", "Kowal, Henryk"), ("GEO", "Hamtramck"), ("AGE", "ninety-nine")],
    note="'Surname, Given' name, home city, age 99 in words. 'Kowalski' is a sausage brand.",
)

# 239
n(
    "en",
    "public_figure",
    "Black History Month: in 1939 Dr. Charles Drew developed the methods that made blood banks "
    "possible. Honor his legacy — donate blood at any of our sites this month. 🩸",
    "A historical figure.",
)

# 240
n(
    "es",
    "sponsor",
    "Gracias a Panadería La Estrella y a la Cámara de Comercio Hispana de Michigan por patrocinar "
    "nuestra feria de salud. ¡Juntos cuidamos a nuestra comunidad! 💚",
    "Patrocinadores.",
)

if __name__ == "__main__":
    S.main("phi_dev40_source")
