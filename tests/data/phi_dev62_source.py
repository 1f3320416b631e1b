"""Blind development set d62 for the PHI scanner: tests/data/phi_dev62.jsonl.

Organisation: Kingsbridge and Brooklyn Shore Hospitals, New York City (phi_dev62_org.json):
a Washington Heights campus (620 Fort Washington Avenue), a Coney Island campus (2900 Surf
Avenue) and the Borough Park Family Health Center (5020 New Utrecht Avenue); nine 555-01xx
lines, kbshospitals.org and kingsbridgeshore.org, four handles.
Focus: Dominican families in Washington Heights and Inwood, Haitian and Jamaican families in
Flatbush, Orthodox Jewish families in Borough Park, Russian-speaking families in Brighton
Beach; Hebrew, Yiddish, Russian (patronymics, diminutives) and Haitian names; subway lines and
stations, streets, buildings and apartments, bodegas as employers, heat waves and blackouts.
Hard cases: names that are words or places (Brooklyn, Israel, Faith, Grace, Royal, Consuelo,
Dulce, Bienvenido, Devon, Corona, Amsterdam; 'Royal', 'Paz', 'consuelo' also as plain words), a neighbourhood that shares the hospital's
name (Kingsbridge) and one that shares a country's (Jamaica, Queens); names only in hashtags;
lower-case and ALL-CAPS names; chart-style "LAST, FIRST"; initials; nicknames (Ti Lou, Big
Mike, Chichí); hyphenated and double surnames; Hebrew prayer names; relatives in passing,
including relatives over 90 and donors who are a patient's children; staff, volunteers and a
public figure who are patients, next to the same kinds of people who are not; dates as numbers,
ordinals, a day of the month alone, Spanish and Hebrew-calendar dates, holidays that are the
patient's day; ages over 89 in digits, words, ordinals, "91yo", "centenaria", "nonagenarian";
family phones sharing seven digits with the hospital's lines; MRNs, encounter, wristband, ED box,
room and bed numbers, plates, VIN, pacemaker serial, portal user names, an IP address. Hard
negatives: staff and doctors (some with eponym or place surnames), volunteers over 90, staff
members' own relatives, donors naming buildings, visiting and historical figures, eponymous
conditions, awareness days, event dates, population ages, ZIP codes as service areas, campaign
hashtags shaped like name hashtags (#LuzParaTodos, #PrayForUptown), the same room number used as
a classroom, and the hospital's own phones, addresses and domains.
Language mix: 240 posts, 140 English and 100 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Subway: a station or stop named as where the patient lives, hangs out or was hurt is GEO
  (station name only: "Dyckman St", "Church Av", "Kings Highway", "191 St"); subway lines and
  bus routes ("the A", "Q train", "2 train", "M100") are never GEO. Stations named as directions
  to the hospital or in service alerts are not labelled.
- Addresses: a street with house number and/or apartment is one GEO span as written
  ("53rd st apt 2R", "4-B del 560 W 180th St", "apto. 5C de la 3875 de Broadway"); an apartment
  written apart from its street is its own GEO span with its keyword ("apartment 6F"); a named
  apartment building or public-housing development where the patient lives is GEO ("Dyckman
  Houses", "Seaside Towers, Building 3"); each street of an intersection is its own GEO span;
  "la Amsterdam", "la Nagle" (street by its name alone) -> the name. The street of a
  patient's church is GEO; the church's name is not labelled. Boroughs are counties: GEO when
  tied to the patient ("Queens", "Bronx").
- Employers (holdout decision): a bodega, deli, colmado or school that employs the patient is
  NAME, as the proper name is written ("Hermanos Peralta" without the lower-case word
  "colmado"; "Colmado Fafa", "La Esquina Deli" when it is part of the name); its street is
  GEO. A bodega that is only a sponsor or landmark is not labelled. Coworkers, bystanders and
  good Samaritans are neither patients nor relatives and are not labelled.
- Kinship and honorific words in any language are outside NAME (Bubby, Zeidy, Baba, Dedushka,
  Manmi, Mamá, Papá, Abuela, Aunty, Granny, Grandpa, Miss, Mme., Reb, Rav, Rabbi, don, doña,
  Mother as a church title). A size word that is part of the nickname itself stays inside:
  Haitian "Ti" ("Ti Lou", "Ti Jo") and "BIG MIKE"; descriptive words the writer adds ("little",
  "baby", "la pequeña", "EL PEQUEÑO") stay outside.
- A Hebrew prayer name "X ben Y" is one NAME span; Russian name + patronymic (+ surname) is one
  span; plural family surnames are labelled as written ("Schwartzes").
- A staff member, volunteer or public figure who is described as a patient is labelled like any
  patient; when the patient is a staff member's relative, the staff member is labelled as the
  patient's relative. Staff members' relatives who are not our patients are never labelled.
- Ages over 89 of a patient's relatives (great-grandparents, mothers) are AGE, like the
  relative's other identifiers. Decade ranges ("in her 90s") are not AGE. "centenaria",
  "centenario" (= 100th birthday) and "nonagenarian" are AGE; a whole hyphenated age phrase is
  one token ("one-hundred-and-one-year-old"); "99 and a half" -> "99"; "102 candles" -> "102".
- Dates: Hebrew-calendar dates and Jewish holidays are DATE when they are the patient's day
  ("14 Adar", "3 Iyar", "erev Shavuos", "second day of Rosh Hashanah", a yahrzeit); the whole
  holiday expression is the span. Appointment, biopsy and service dates of the patient are DATE.
  "el día 5" -> "día 5"; "el pasado 15" -> "15"; "el 1ro de este mes" -> "1ro"; "the 9th" ->
  "9th". A public event's date (blackout, parade) is DATE only when it is also the patient's
  birth/injury day. Seasons and weekdays are not dates.
- Vehicles, plates and fax numbers are labelled only when they belong to the patient or family
  (a hit-and-run driver's plate is not). A pacemaker serial is DEVICE; a patient's own IP
  address in an audit log is IP; an ED "Box 9" is OTHER_ID with its keyword like a bed; a
  wristband and an encounter number are OTHER_ID (value only); a historia clínica (HC) number
  is MRN; a Medicaid CIN / Medicare MBI is HEALTH_PLAN; a Zelle phone is PHONE.
- A photo or video that is not attached to the post itself (on TikTok, on her phone, in an
  earlier post) is not PHOTO.
- The hospital's own clinics and units, wherever they are ("our Inwood clinic", "our Borough
  Park dialysis unit", "Coney Island campus"), are not GEO even in patient posts.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev62.jsonl"), os.path.join(HERE, "phi_dev62_org.json"), "d62")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Meet Yaniel 💙 At 7, he's already the fastest kid on Sherman Avenue, and after his heart surgery on March 4 he's back racing his cousins down to the Dyckman St stop. Thank you to the Pediatric Cardiology team at our Washington Heights campus! #FuerzaYaniel",
    [
        ("NAME", "Yaniel"),
        ("GEO", "Sherman Avenue"),
        ("DATE", "March 4"),
        ("GEO", "Dyckman St"),
        ("NAME", "#FuerzaYaniel"),
    ],
    note="Yaniel and his name hashtag; his street and the subway stop he runs to (GEO); surgery date. The Washington Heights campus is the hospital's, not GEO; age 7 is not an identifier.",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Staff spotlight: Nurse Manager Yocasta Peña, RN, has worked nights on 6 North for 22 years. Born and raised in Inwood, she still takes the A train in every shift. ¡Gracias, Yocasta! #KBSProud",
    "Staff member: her name and home neighbourhood are not labelled; 6 North is a unit.",
)

# 3
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 100 a doña Altagracia Rosario! 🎂 Nació el 21 de enero en Moca y lleva 60 años viviendo en la calle 175. Sus nietos le cantaron 'Cumpleaños feliz' en la habitación 614. #KBSFamilia",
    [
        ("AGE", "100"),
        ("NAME", "Altagracia Rosario"),
        ("DATE", "21 de enero"),
        ("GEO", "Moca"),
        ("GEO", "calle 175"),
        ("OTHER_ID", "habitación 614"),
    ],
    note="Age 100, name without doña, birth date, foreign home town, home street, room with keyword. '60 años' is a duration.",
)

# 4
n(
    "es",
    "health_tip",
    "🔥 Alerta de calor en NYC hasta el jueves 18 de julio. Si vives en un quinto piso sin aire, visita un centro de enfriamiento: llama al 311. Adultos mayores de 90 años y bebés son los más vulnerables. Info: kbshospitals.org/calor",
    "Public heat alert date, population age 'mayores de 90 años', city line 311 and the hospital's domain.",
)

# 5
p(
    "en",
    "thank_you",
    "To the family of Mr. Feivel Gottlieb (97) of Borough Park: thank you for the babka and the beautiful letter. Reb Feivel, the whole 4 West team misses your jokes already.",
    [("NAME", "Feivel Gottlieb"), ("NAME", "Feivel", "*"), ("AGE", "97"), ("GEO", "Borough Park")],
    note="Patient named with honorifics Mr. and Reb excluded; age 97; home neighbourhood. 4 West is a unit.",
)

# 6
n(
    "en",
    "public_figure",
    "We were honored to welcome Assemblymember Julio Tavárez to our Washington Heights campus today to talk about heat-emergency funding for uptown families. 🏥",
    "Visiting public figure; the campus is the hospital's.",
)

# 7
p(
    "en",
    "birth_announcement",
    "First baby of the Fourth of July at our Coney Island campus! Welcome, Brooklyn Rose Abramov, 7 lb 2 oz, born at 12:04 a.m. Mom Sveta and dad Misha say she already loves fireworks 🎆 #ShoreBabies",
    [
        ("DATE", "Fourth of July"),
        ("NAME", "Brooklyn Rose Abramov"),
        ("NAME", "Sveta"),
        ("NAME", "Misha"),
    ],
    note="Holiday that is the birth date; baby whose first name is a borough; parents' Russian diminutives. Time of birth and weight are not identifiers; the campus is not GEO.",
)

# 8
n(
    "en",
    "event",
    "Join us Saturday, August 10, at Asser Levy Park for our free Family Health Day: blood pressure checks, car-seat fittings, and Russian, Spanish, Yiddish and Haitian Creole interpreters on site. 10am–2pm.",
    "Hospital event date and venue; the park is named after a historical figure.",
)

# 9
p(
    "es",
    "discharge",
    "¡A casa! 🏠 Después de 51 días en la UCIN, la pequeña Genesis Milagros se fue hoy con sus papás a Inwood. Nació el 2 de mayo con apenas 1 libra y 9 onzas. ¡Nuestra guerrera! #NICUGrad #FuerzaGenesis",
    [
        ("NAME", "Genesis Milagros"),
        ("GEO", "Inwood"),
        ("DATE", "2 de mayo"),
        ("NAME", "#FuerzaGenesis"),
    ],
    note="Baby's names (both ordinary words) without 'la pequeña'; home neighbourhood; birth date; name hashtag. #NICUGrad is generic; 51 días is a duration.",
)

# 10
n(
    "es",
    "eponymous_condition",
    "Este mes hablamos del Parkinson con el Dr. Iván Mercedes, neurólogo de nuestro campus de Washington Heights. ¿Temblores, rigidez, lentitud? Consulte: (212) 555-0140.",
    "Eponymous condition, a doctor whose surname is a first name, the hospital's main line.",
)

# 11
p(
    "en",
    "pasted_record",
    "Pt: KHAIMOV, YEVGENIYA  DOB 02/11/1941  MRN KB-7730418  Rm 5W-22B  Dx: CHF exac. Family (son Arkady) at bedside, cb 347-555-0186",
    [
        ("NAME", "KHAIMOV, YEVGENIYA"),
        ("DATE", "02/11/1941"),
        ("MRN", "KB-7730418"),
        ("OTHER_ID", "Rm 5W-22B"),
        ("NAME", "Arkady"),
        ("PHONE", "347-555-0186"),
    ],
    note="Chart line pasted by mistake: LAST, FIRST name, DOB with its year, MRN value, room with keyword, son's name and call-back number.",
)

# 12
n(
    "en",
    "crisis_update",
    "UPDATE 9:40pm: Con Ed reports power restored to most of Washington Heights and Inwood. Our Fort Washington Ave campus stayed on generator power all night and no patients were moved. ED open. Non-emergencies: (212) 555-0140.",
    "Blackout update: neighbourhoods as service areas, the hospital's street and number.",
)

# 13
p(
    "en",
    "memorial",
    "We lost a legend. Miss Ivy Campbell, 102, volunteered in our gift shop for 30 years before she became our patient this spring. She passed peacefully on the 9th with her grandson Delroy holding her hand. Walk good, Miss Ivy. 🕊️",
    [
        ("NAME", "Ivy Campbell"),
        ("NAME", "Ivy", "*"),
        ("AGE", "102"),
        ("DATE", "9th"),
        ("NAME", "Delroy"),
    ],
    note="A volunteer who became a patient is labelled as a patient; 'Miss' is an honorific; day of month alone is the death date; season not a date.",
)

# 14
n(
    "en",
    "staff_spotlight",
    "Meet Sol Birnbaum, 93, our longest-serving volunteer! Every Tuesday since 1988 he's pushed the book cart through the Coney Island campus. 'Keeps me young,' he says. Want to join him? Call our volunteer office at (212) 555-0144. #VolunteerWeek",
    "Volunteer over 90: his name and age are not a patient's; the number is the hospital's volunteer office.",
)

# 15
p(
    "es",
    "patient_story",
    "Don Radhamés trabajó 40 años en el colmado Hermanos Peralta de la calle 181. Hoy, tras su trasplante de riñón, volvió a saludar a los clientes. 'Kingsbridge me devolvió la vida', dice. ❤️",
    [("NAME", "Radhamés"), ("NAME", "Hermanos Peralta"), ("GEO", "calle 181")],
    note="Patient's first name without 'Don'; his employer (a bodega) is NAME and its street is GEO. Kingsbridge here is the hospital.",
)

# 16
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Enfermeras/os bilingües (español/inglés) para el turno de noche en nuestro campus de Coney Island. Diferencial de 15%. Aplica en kingsbridgeshore.org/empleos o escribe a empleos@kbshospitals.org",
    "Recruitment with the hospital's domains and e-mail.",
)

# 17
p(
    "en",
    "discharge",
    "going home day for our bubby Chana Perl!! 94 and she beat COVID AND a broken hip in the same month. her grandkids made a sign on 13th Avenue that says WELCOME HOME BUBBY 💐",
    [("NAME", "Chana Perl"), ("AGE", "94"), ("GEO", "13th Avenue")],
    note="Yiddish kinship word 'bubby' is not part of the name; age 94; the street where the family lives. 'the same month' is relative.",
)

# 18
n(
    "en",
    "anonymous_story",
    "A patient in her 90s told our chaplain yesterday that she'd survived the '77 blackout, Hurricane Sandy and three husbands, and she wasn't about to let a heat wave beat her. She went home today. 💪 #ShoreStrong",
    "Anonymous: an age range (in her 90s) is not an exact age; historical events and a campaign hashtag.",
)

# 19
p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Rocío! 🌸 Nació el Día de las Madres, 12 de mayo, en nuestra sala de partos de Coney Island. Su mamá, Yamilet, dice que es el mejor regalo que ha recibido. 📸 En la foto: Rocío con su abuela Mercedes.",
    [
        ("NAME", "Rocío", "*"),
        ("DATE", "Día de las Madres"),
        ("DATE", "12 de mayo"),
        ("NAME", "Yamilet"),
        ("PHOTO", "En la foto"),
        ("NAME", "Mercedes"),
    ],
    note="Baby, mother and grandmother; the birth day named twice (holiday and date); the photo shows the baby. The delivery room is the hospital's.",
)

# 20
n(
    "es",
    "sponsor",
    "Gracias a la Fundación Familia Mirabal por donar 200 aires acondicionados a pacientes mayores de Washington Heights antes de la ola de calor. 💙 #FuerzaKingsbridge",
    "Donor family naming a foundation; patients as a population; campaign hashtag.",
)

# 21
p(
    "en",
    "patient_story",
    "Shalom has been coming to our sickle cell clinic since he was 3. Today he turned 18, and he came in not for a transfusion but to register as a blood donor. Happy birthday, Shalom — the 22nd of August will never be just another day for us. 🩸",
    [("NAME", "Shalom", "*"), ("DATE", "22nd of August")],
    note="A first name that is also a word; his birthday written as an ordinal date.",
)

# 22
n(
    "en",
    "health_tip",
    "Sickle cell warriors: heat and dehydration can trigger a crisis. Drink water, stay in the shade, and know your nearest cooling center. Our Hematology clinic: (718) 555-0150. #SickleCellAwareness Month is September.",
    "Health tip, hospital number, awareness month.",
)

# 23
p(
    "en",
    "thank_you",
    "The 5 West nurses want to say it loud: we are SO proud of you, champ. Walking out on your own two feet 47 days after the crash on the Belt Parkway. #TeamDesmond 💚",
    [("GEO", "Belt Parkway"), ("NAME", "#TeamDesmond")],
    note="The patient is named only in the hashtag; the road of his crash is GEO. 47 days is a duration.",
)

# 24
n(
    "en",
    "campaign_hashtag",
    "This #GivingTuesday, help us fill the NICU with cuddle blankets knit by our volunteers. Every $25 = one blanket. Give at kbshospitals.org/give #TeamShore #HopeForHeights",
    "Campaign hashtags shaped like name hashtags; the hospital's domain.",
)

# 25
p(
    "es",
    "memorial",
    "Hoy despedimos a Lucien 'Ti Lou' Baptiste, de Flatbush, paciente de diálisis de nuestro campus de Coney Island por 11 años. Falleció el 3 de febrero, el mismo día que cumplía años su nieta Wideline. Descanse en paz, Ti Lou. 🕯️",
    [
        ("NAME", "Lucien 'Ti Lou' Baptiste"),
        ("NAME", "Ti Lou", "*"),
        ("GEO", "Flatbush"),
        ("DATE", "3 de febrero"),
        ("NAME", "Wideline"),
    ],
    note="Full name with Haitian nickname as one span; the nickname again ('Ti' is part of the nickname); home neighbourhood; death date; granddaughter.",
)

# 26
n(
    "es",
    "event",
    "📅 Feria de salud en Dyckman: sábado 14 de septiembre, 11am–3pm, frente al parque Highbridge. Vacunas contra la gripe, presión arterial y orientación sobre Medicaid. ¡Trae a tu abuela!",
    "Event date and venue.",
)

# 27
p(
    "en",
    "pasted_record",
    "Hi, this is Jean-Robert Pierre-Louis's daughter. Papa's MyChart login is jrpl1949 and it keeps locking him out, can someone call me at 718-555-0162? His appt is 10/15 at the Surf Ave clinic. Thx — Fabiola",
    [
        ("NAME", "Jean-Robert Pierre-Louis"),
        ("OTHER_ID", "jrpl1949"),
        ("PHONE", "718-555-0162"),
        ("DATE", "10/15"),
        ("NAME", "Fabiola"),
    ],
    note="Portal message pasted by mistake: hyphenated names, portal user name, the daughter's phone (a 718 number that is not the hospital's), appointment date, daughter's name.",
)

# 28
n(
    "en",
    "research",
    "New from our Brighton Beach cardiology team: among 1,204 Russian-speaking adults over 65, only 38% knew the warning signs of stroke. Dr. Olga Vinokur presents the findings at the AHA meeting on November 17. 📊",
    "Research statistics, a doctor and a conference date.",
)

# 29
p(
    "en",
    "milestone_birthday",
    "Happy 90th, Grandpa Lev! 🎉 Lev Rabinovich was born on Victory Day — May 9 — and he still walks the boardwalk from Brighton 6th Street every morning. His physical therapy team on 3 South threw him a party.",
    [
        ("AGE", "90th"),
        ("NAME", "Lev Rabinovich"),
        ("NAME", "Lev", "*"),
        ("DATE", "Victory Day"),
        ("DATE", "May 9"),
        ("GEO", "Brighton 6th Street"),
    ],
    note="Ordinal age; name with 'Grandpa' excluded; birthday named twice (holiday and date); home street.",
)

# 30
n(
    "en",
    "public_figure",
    "#OnThisDay: Rose Schneiderman, who grew up on the Lower East Side, fought for safer workplaces after the Triangle fire of March 25, 1911. Workplace safety is health care. 🧵",
    "Historical figure and historical date.",
)

# 31
p(
    "es",
    "pasted_record",
    "Enviado por error: Paciente SANTANA DE LA CRUZ, MARÍA ALTAGRACIA — HC 00-44-81-27 — cama 3, Urgencias. Hija: Yokasta, tel. (646) 555-0177. Seguro: Fidelis Care ID FC9930172. Ingreso: 8/7.",
    [
        ("NAME", "SANTANA DE LA CRUZ, MARÍA ALTAGRACIA"),
        ("MRN", "00-44-81-27"),
        ("OTHER_ID", "cama 3"),
        ("NAME", "Yokasta"),
        ("PHONE", "(646) 555-0177"),
        ("HEALTH_PLAN", "FC9930172"),
        ("DATE", "8/7"),
    ],
    note="Chart line with double surname; historia clínica number is MRN; bed with keyword; daughter and her phone; plan member id; admission date.",
)

# 32
n(
    "es",
    "statistic",
    "En 2023 atendimos 14.862 partos entre nuestros dos campus. El bebé número 10.000 del año llegó en pleno verano. ¡Gracias, familias de Brooklyn y del Alto Manhattan! 👶",
    "Statistics; a season is not a date; boroughs as service areas.",
)

# 33
p(
    "en",
    "birth_announcement",
    "Twins on the 29th of February?! 🍀🍀 Meet Tzvi and Tova Halberstam, our first Leap Day babies at the Coney Island campus. Mazel tov to the whole Halberstam family of Borough Park!",
    [
        ("DATE", "29th of February"),
        ("NAME", "Tzvi"),
        ("NAME", "Tova Halberstam"),
        ("NAME", "Halberstam", "*"),
        ("DATE", "Leap Day"),
        ("GEO", "Borough Park"),
    ],
    note="Birth date written twice (date and Leap Day); twins' names; family surname; home neighbourhood.",
)

# 34
n(
    "en",
    "hospital_contact",
    "Heads up: our Coney Island campus main line is (718) 555-0150, and Maternity/NICU is (718) 555-0153. Patient Relations for both campuses: (212) 555-0146. Mail: 2900 Surf Avenue, Brooklyn, NY 11224.",
    "The hospital's own numbers and address.",
)

# 35
p(
    "en",
    "patient_story",
    "Israel Ventura, 16, got hit by a car on Nagle Avenue in June. Doctors at our Washington Heights campus told his mom, Dilcia, he might never pitch again. Last night he threw the first pitch at the Dyckman League opener. ⚾ #IsraelStrong",
    [
        ("NAME", "Israel Ventura"),
        ("GEO", "Nagle Avenue"),
        ("DATE", "June"),
        ("NAME", "Dilcia"),
        ("NAME", "#IsraelStrong"),
    ],
    note="A first name that is a country; street of the injury; month of the injury; mother; name hashtag. The league is not an identifier.",
)

# 36
n(
    "en",
    "eponymous_condition",
    "Tay-Sachs, Gaucher, Canavan: our Borough Park Family Health Center offers free carrier screening for couples planning a family. Call (718) 555-0157 to book. #GeneticScreening",
    "Eponymous conditions; the hospital's clinic and number.",
)

# 37
p(
    "es",
    "thank_you",
    "Querida familia Jean-Baptiste: gracias por el griot y el pikliz que trajeron al 7 Este para celebrar que Mackenson ya respira sin ventilador. ¡Mèsi anpil! 🇭🇹",
    [("NAME", "Jean-Baptiste"), ("NAME", "Mackenson")],
    note="Family surname (hyphenated) and the patient's Haitian first name; 7 Este is a unit.",
)

# 38
n(
    "es",
    "staff_spotlight",
    "Conozcan a Dieudonné Charles, técnico respiratorio, nacido en Jacmel y vecino de Flatbush desde hace 20 años. Habla kreyòl, francés, español e inglés. ¡Gracias por todo, Dieudonné! #OrgulloKBS",
    "Staff member's name, birthplace and neighbourhood are not labelled.",
)

# 39
p(
    "en",
    "discharge",
    "Baby Menachem Mendel Katz is going home! 🍼 After 38 days in our NICU, his parents Rivky and Shmuly can finally take him back to 47th Street. Updates from the family at katzfamilyupdates@gmail.com — and the NICU team can still be reached at (718) 555-0153.",
    [
        ("NAME", "Menachem Mendel Katz"),
        ("NAME", "Rivky"),
        ("NAME", "Shmuly"),
        ("GEO", "47th Street"),
        ("EMAIL", "katzfamilyupdates@gmail.com"),
    ],
    note="Baby and parents (Yiddish diminutives); home street; family e-mail. The NICU number is the hospital's.",
)

# 40
n(
    "en",
    "anonymous_story",
    "Last night a baby decided she couldn't wait and arrived in the back of a cab at our ambulance bay. Our ED team got to the curb in 90 seconds. Mom and baby are doing great. 🚕👶",
    "Anonymous birth at the hospital's own ambulance bay; '90 seconds' is not an age.",
)

# 41
p(
    "es",
    "milestone_birthday",
    "¡Noventa y cinco velitas para Mamá Tina! 🎂 Doña Celestina Grullón celebró su cumpleaños en la sala de diálisis con merengue de Johnny Ventura y bizcocho dominicano. ¡Que cumpla muchos más!",
    [("AGE", "Noventa y cinco"), ("NAME", "Tina"), ("NAME", "Celestina Grullón")],
    note="Age in words; nickname after the kinship word 'Mamá'; full name without 'Doña'. The singer is a public figure.",
)

# 42
n(
    "es",
    "public_figure",
    "¡Qué visita! El pelotero dominicano Rafael 'Fello' Mieses pasó por la sala de pediatría de Washington Heights a firmar pelotas y tomarse fotos con el personal. ⚾",
    "Visiting public figure with a nickname; photos with staff are not patient photos.",
)

# 43
p(
    "en",
    "patient_story",
    "shoutout to our girl nadia from flatbush who rang the chemo bell today!!! 🔔 your dad's steel pan playing had the whole infusion center dancing. see you at the 5k, nadia!!",
    [("NAME", "nadia", "*"), ("GEO", "flatbush")],
    note="Lower-case name and neighbourhood, labelled as written.",
)

# 44
n(
    "en",
    "statistic",
    "Heat by the numbers: in July our two EDs treated 412 heat-related illnesses. 61% were adults over 65; 9 were over 90. Check on your neighbors. #BeatTheHeatNYC",
    "Population statistics: 'over 90' describes a group, July is not a patient's date.",
)

# 45
p(
    "es",
    "birth_announcement",
    "Durante el apagón del 13 de julio, con el hospital en generador, nació Luz Estrella Hidalgo. 💡 Sus papás, de la avenida St. Nicholas, dicen que su nombre no podía ser otro. #ApagónNYC",
    [("DATE", "13 de julio"), ("NAME", "Luz Estrella Hidalgo"), ("GEO", "avenida St. Nicholas")],
    note="The blackout date is the baby's birth date; names that are words; the parents' street.",
)

# 46
n(
    "es",
    "crisis_update",
    "⚡ Apagón en el Alto Manhattan: nuestro campus de Washington Heights funciona con generadores. Urgencias abierta. Si dependes de oxígeno en casa y no tienes luz, llama al 911. Línea en español: (212) 555-0148. #LuzParaTodos",
    "Crisis update; #LuzParaTodos is a campaign hashtag even though Luz is a first name; hospital line and 911.",
)

# 47
p(
    "en",
    "thank_you",
    "Huge thanks to Shanice's family for the Jamaican patties for the whole ICU 🇯🇲 Follow her recovery at @shanice_rises — and keep those prayers coming from Church Ave!",
    [("NAME", "Shanice"), ("OTHER_ID", "@shanice_rises"), ("GEO", "Church Ave")],
    note="Patient's first name; the family's social handle is OTHER_ID; the street the family prays from.",
)

# 48
n(
    "en",
    "staff_spotlight",
    "Dr. Samuel Brighton, our new chief of Emergency Medicine at the Coney Island campus, grew up three blocks from the Cyclone. Welcome home, Dr. Brighton! 🎢",
    "Doctor whose surname is a neighbourhood name; staff are not labelled.",
)

# 49
p(
    "en",
    "pasted_record",
    "TRANSFER NOTE — BLUM, HERSHEL — 91yo M — from Bklyn Shore ED to 4W rm 418 — wife ESTHER BLUM (HCP) 917-555-0131 — Medicare # 1EG4-TE5-MK73",
    [
        ("NAME", "BLUM, HERSHEL"),
        ("AGE", "91yo"),
        ("OTHER_ID", "rm 418"),
        ("NAME", "ESTHER BLUM"),
        ("PHONE", "917-555-0131"),
        ("HEALTH_PLAN", "1EG4-TE5-MK73"),
    ],
    note="All-caps chart line: name, age token '91yo', room with keyword, wife's name and phone, Medicare id.",
)

# 50
n(
    "en",
    "event",
    "Save the date: Oct 6 is our Shore to Heights 5K! 🏃 Start line at the Coney Island boardwalk, sponsored by Nathan's. Register at kingsbridgeshore.org/5k",
    "Event date and venue, sponsor, hospital domain.",
)

# 51
p(
    "es",
    "discharge",
    "Después de 3 meses en rehabilitación, Yadira Polanco-Frías regresa a su apartamento en Dyckman Houses. 💜 Su esposo Bienvenido y sus tres hijos la esperaban con globos. ¡Bienvenida a casa, Yadira!",
    [
        ("NAME", "Yadira Polanco-Frías"),
        ("NAME", "Yadira", "*"),
        ("GEO", "Dyckman Houses"),
        ("NAME", "Bienvenido"),
    ],
    note="Hyphenated surname; public-housing development where she lives is GEO; husband named Bienvenido (the word 'Bienvenida' is not a name).",
)

# 52
n(
    "es",
    "anonymous_story",
    "Una paciente de 88 años nos dijo hoy: 'Yo llegué a Nueva York en el 62 y nunca había visto un calor así'. Por favor, visiten a sus vecinos mayores. 🥵",
    "Anonymous; age 88 is not over 89; 'el 62' is a bare year.",
)

# 53
p(
    "en",
    "memorial",
    "Today, 14 Adar, marks one year since we lost Rabbi Shloime Feldman, a patient of our Borough Park dialysis unit for a decade. His family is sponsoring a kiddush in his memory. Yehi zichro baruch.",
    [("DATE", "14 Adar"), ("NAME", "Shloime Feldman")],
    note="Hebrew-calendar date of the death (yahrzeit) is DATE; name without 'Rabbi'. The Borough Park unit is the hospital's, not his home.",
)

# 54
n(
    "en",
    "eponymous_condition",
    "Down syndrome isn't a diagnosis to fear. Join Dr. Faigy Landau and our Down Syndrome Clinic for a family picnic on World Down Syndrome Day, March 21. 💛💙",
    "Eponymous condition, a doctor, an awareness day.",
)

# 55
p(
    "es",
    "patient_story",
    "Ayuden a la familia de Keiry, de 9 años, que perdió todo en el incendio del edificio de la calle 204 el 3 de noviembre. Keiry sigue en nuestra unidad de quemados. GoFundMe: gofundme.com/f/ayuda-para-keiry",
    [
        ("NAME", "Keiry", "*"),
        ("GEO", "calle 204"),
        ("DATE", "3 de noviembre"),
        ("URL", "gofundme.com/f/ayuda-para-keiry"),
    ],
    note="Child's name; the street of the fire at her home; injury date; the family's fundraiser URL.",
)

# 56
n(
    "es",
    "eponymous_condition",
    "¿Sabías? La enfermedad de Chagas, el síndrome de Guillain-Barré y la enfermedad de Lyme tienen nombre de persona. Si tienes dudas, habla con tu médico de cabecera. 🩺",
    "Eponymous conditions only.",
)

# 57
p(
    "en",
    "milestone_birthday",
    "Brighton Beach's own accordion king, Boris Zelenko, turned 100 on our 3 South rehab unit on Sunday 🎶 The man who played every wedding on the boardwalk since 1979 played one more for the nurses. Happy birthday, Boris!",
    [("GEO", "Brighton Beach"), ("NAME", "Boris Zelenko"), ("NAME", "Boris", "*"), ("AGE", "100")],
    note="A local public figure who is a patient is labelled; his neighbourhood; age 100. Sunday and 1979 are not labelled.",
)

# 58
n(
    "en",
    "public_figure",
    "Thank you, Rabbi Mendel Schwartz and the Bikur Cholim volunteers of Borough Park, for delivering 300 Shabbos meals to patients' families this week. 🕯️🕯️",
    "Community leader and volunteers; families as a group.",
)

# 59
p(
    "es",
    "thank_you",
    "Gracias a 'Chichí' por las habichuelas con dulce para todo el piso 5 ❤️ Ya te extrañamos, pero qué alegría verte salir caminando.",
    [("NAME", "Chichí")],
    note="A discharged patient known only by a quoted nickname (without the quotes). 'piso 5' is a floor, not a room.",
)

# 60
n(
    "es",
    "campaign_hashtag",
    "Este Mes de la Herencia Hispana celebramos a nuestras comunidades. Comparte tu historia con #OrgulloDominicano y #SomosKingsbridge. 🇩🇴🇵🇷🇲🇽",
    "Heritage month and campaign hashtags.",
)

# 61
p(
    "en",
    "patient_story",
    "Mr. C has lived in apartment 6F of the same Ocean Parkway building for 58 years, and on Tuesday he asked our PT team to teach him the stairs one more time so he could go home to it. He climbed all six flights. 🏆",
    [("NAME", "C"), ("GEO", "apartment 6F"), ("GEO", "Ocean Parkway")],
    note="Patient referred to by an initial; his apartment (written apart from the street, keyword included) and his street are GEO. Tuesday and 58 years are not labelled.",
)

# 62
n(
    "en",
    "staff_spotlight",
    "Our ED charge nurse Marlene Joseph just became a grandmother! 👶 Her daughter delivered at another hospital upstate, but we're claiming baby Kaylee as an honorary Shore baby. Congrats, Marlene!",
    "A staff member's own family (daughter and granddaughter) is never labelled; they are not our patients.",
)

# 63
p(
    "es",
    "thank_you",
    "Gracias a todo el equipo de la UCI por cuidar a mi papá, Ramón Antonio Liriano, desde el 28/02 hasta el 15/03. Si alguien del equipo quiere escribirnos: lirianofamilia@hotmail.com 🙏 — Publicamos este mensaje con permiso de la familia.",
    [
        ("NAME", "Ramón Antonio Liriano"),
        ("DATE", "28/02"),
        ("DATE", "15/03"),
        ("EMAIL", "lirianofamilia@hotmail.com"),
    ],
    note="A family's thank-you shared by the hospital: patient's full name, admission and discharge dates (day/month), family e-mail.",
)

# 64
n(
    "es",
    "health_tip",
    "🚇 ¿Vienes en tren? Nuestro campus de Washington Heights queda a dos cuadras de la estación de la calle 168 (trenes A, C y 1). Si usas silla de ruedas, usa el ascensor de la salida de Fort Washington.",
    "Directions to the hospital: the station and street are the hospital's surroundings, not a patient's.",
)

# 65
p(
    "en",
    "patient_story",
    "PLEASE SHARE: police are still looking for the driver of a dark gray sedan, NY plate KLM-4471, that hit 14-year-old Dovid Gross on 16th Ave & 50th St in Borough Park on Thursday. Dovid is recovering at our Coney Island campus. Any info: 911.",
    [
        ("NAME", "Dovid Gross"),
        ("NAME", "Dovid", "*"),
        ("GEO", "16th Ave"),
        ("GEO", "50th St"),
        ("GEO", "Borough Park"),
    ],
    note="Patient's name; the intersection of the crash (each street one span) and neighbourhood. The plate belongs to the other driver's car, not to the patient or family, so it is not labelled.",
)

# 66
n(
    "en",
    "crisis_update",
    "SUBWAY ALERT: No A trains between 168 St and Inwood–207 St this weekend. Patients coming to the Washington Heights campus for dialysis can request our free shuttle: (212) 555-0140, option 4.",
    "Service change for all patients; stations as public places; hospital number.",
)

# 67
p(
    "en",
    "patient_story",
    "A little shout-out from our Device Clinic: Mrs. Odette Lafleur of Canarsie came in for her pacemaker check and brought her phone to show us a video of herself dancing kompa at her granddaughter's wedding. Device SN PJN448812H is running perfectly — and so is she! 💃",
    [("NAME", "Odette Lafleur"), ("GEO", "Canarsie"), ("DEVICE", "PJN448812H")],
    note="Patient's name without Mrs., her neighbourhood, pacemaker serial number. The video is shown on her phone, not attached to the post, so no PHOTO.",
)

# 68
n(
    "en",
    "sponsor",
    "A heartfelt thank-you to Yakov and Raizy Friedman, whose gift of $2 million will build the Friedman Family Pediatric Emergency Center at our Coney Island campus. Groundbreaking: April 28. 🏗️",
    "Donors who name a building; groundbreaking is a hospital event date.",
)

# 69
p(
    "es",
    "milestone_birthday",
    "feliz primer cumpleaños a nuestro guerrerito 💙 hace un año, el 1ro de agosto, llegó a la UCIN con 26 semanas. hoy corre (bueno, gatea) por toda la casa en la calle Academy. #TeamJandiel #UCINKingsbridge",
    [("DATE", "1ro de agosto"), ("GEO", "calle Academy"), ("NAME", "#TeamJandiel")],
    note="Baby named only in a hashtag; birth date with Spanish ordinal; home street. #UCINKingsbridge is a campaign hashtag.",
)

# 70
n(
    "es",
    "anonymous_story",
    "Un bebé de 26 semanas, 780 gramos, y hoy sale de la UCIN con 2 kilos. 💙 Así trabaja nuestro equipo de neonatología en Coney Island. #NICUGrad",
    "Anonymous NICU story: weights and gestational age are not identifiers; Coney Island is the hospital's campus.",
)

# 71
p(
    "en",
    "pasted_record",
    "[draft — do not post] Billing dispute: MOREAU-CHARLES, Guerline, acct# 88-20417-3, SSN 112-58-6621, DOS 1/3–1/9. Husband Wilner called from 347.555.0119 re: Medicaid denial.",
    [
        ("NAME", "MOREAU-CHARLES, Guerline"),
        ("ACCOUNT", "88-20417-3"),
        ("SSN", "112-58-6621"),
        ("DATE", "1/3"),
        ("DATE", "1/9"),
        ("NAME", "Wilner"),
        ("PHONE", "347.555.0119"),
    ],
    note="Billing draft posted by mistake: chart-style hyphenated name, account and SSN values, dates of service (each end of the range), husband's name and dotted phone.",
)

# 72
n(
    "en",
    "recruitment",
    "We're hiring Yiddish- and Russian-speaking patient navigators for our Borough Park Family Health Center (5020 New Utrecht Avenue). Apply: kingsbridgeshore.org/careers or call (718) 555-0157.",
    "Recruitment: the hospital's clinic address, domain and number.",
)

# 73
p(
    "es",
    "memorial",
    "Nuestro querido Papá Cheo se nos fue en Nochebuena, rodeado de sus 11 nietos. José 'Cheo' Almonte fue paciente de nuestra clínica de diabetes desde que abrimos. Los domingos jugaba dominó frente al colmado de la calle 190 con St. Nicholas. Paz a su alma. 🕊️",
    [
        ("NAME", "Cheo", "*"),
        ("DATE", "Nochebuena"),
        ("NAME", "José 'Cheo' Almonte"),
        ("GEO", "calle 190"),
        ("GEO", "St. Nicholas"),
    ],
    note="Nickname after kinship word 'Papá'; full name with quoted nickname as one span; death on Christmas Eve; the corner where he played (each street one span). 'Paz' is a word here, not a name.",
)

# 74
n(
    "es",
    "staff_spotlight",
    "¡Felicidades a la Dra. Dolores Santos, nombrada Médica del Año! Nació en Santiago de los Caballeros y lleva 25 años cuidando a las familias del Alto Manhattan. 👏",
    "Doctor's name (a word-name) and birthplace: staff are not labelled.",
)

# 75
p(
    "en",
    "milestone_birthday",
    "Happy 1st birthday Ezra!!! NICU grad, 6/6 🎈",
    [("NAME", "Ezra"), ("DATE", "6/6")],
    note="Short post: first name and birth date.",
)

# 76
n(
    "en",
    "health_tip",
    "Flu shots are in. Walk-ins welcome, Mon–Fri, both campuses. 💉",
    "Short health tip.",
)

# 77
p(
    "en",
    "patient_story",
    "Big up Aunty Pearl's nephew Kemar, who carried her from the Church Av station to our ED when the heat took her down on the platform. Pearl Whyte, 92, is resting comfortably and asking for her hat. 👒",
    [
        ("NAME", "Pearl", "*"),
        ("NAME", "Kemar"),
        ("GEO", "Church Av"),
        ("NAME", "Pearl Whyte"),
        ("AGE", "92"),
    ],
    note="Patient named after 'Aunty' (kinship word excluded) and in full; her nephew; the station where she collapsed; age 92.",
)

# 78
n(
    "en",
    "public_figure",
    "Mary Seacole, the Jamaican nurse who cared for soldiers in the Crimean War, was born in Kingston in 1805. This Black History Month, our nurses honor her legacy. 🇯🇲",
    "Historical figure and her birthplace.",
)

# 79
p(
    "es",
    "discharge",
    "Así se despidió Lyudmila Petrovna Orlova de nuestro equipo de cardiología: con pirozhki y un poema de Pushkin. Cumple 93 el próximo 1 de septiembre y promete volver solo para visitarnos. 🌻",
    [("NAME", "Lyudmila Petrovna Orlova"), ("AGE", "93"), ("DATE", "1 de septiembre")],
    note="Russian name with patronymic as one span; the age she will turn (over 89); her birthday. Pushkin is a historical figure.",
)

# 80
n(
    "es",
    "research",
    "Nuevo estudio de Kingsbridge: de 600 familias dominicanas en Inwood y Washington Heights, el 42% tiene al menos un familiar con diabetes. La investigadora principal, Dra. Yohanna Castillo, presenta los resultados el 5 de diciembre.",
    "Research on a population; researcher; presentation date.",
)

# 81
p(
    "en",
    "birth_announcement",
    "Her name, Merveille, means 'marvel' in French, and honestly? Nothing fits better. Born at 24 weeks on New Year's Eve, our smallest Haitian-American NICU grad ever went home to Flatbush today with mom Nadège. ✨",
    [("NAME", "Merveille"), ("DATE", "New Year's Eve"), ("GEO", "Flatbush"), ("NAME", "Nadège")],
    note="A first name that is a French word; birth on a holiday; home neighbourhood; mother.",
)

# 82
n(
    "en",
    "eponymous_condition",
    "Today is World Alzheimer's Day. Caring for a parent with dementia in a fifth-floor walk-up? Our caregiver support group meets every Wednesday at 2900 Surf Avenue, Room 3B. 💜",
    "Awareness day, eponymous condition; the meeting room is in the hospital.",
)

# 83
p(
    "en",
    "pasted_record",
    "Pls fax the discharge papers for Nikolai GUREVICH (DOB 7/30/1950) to his son Arkasha's office, fax 718-555-0194. Daughter Alla will pick up the CD from Radiology.",
    [
        ("NAME", "Nikolai GUREVICH"),
        ("DATE", "7/30/1950"),
        ("NAME", "Arkasha"),
        ("FAX", "718-555-0194"),
        ("NAME", "Alla"),
    ],
    note="Internal request posted by mistake: mixed-case name, DOB, son's diminutive and his office fax, daughter.",
)

# 84
n(
    "en",
    "campaign_hashtag",
    "Show us how you #BeatTheHeat! Tag @KBSHospitals with your best cooling-center selfie and use #HeightsStrong #ShoreStrong. 🧊",
    "Campaign hashtags and the hospital's handle.",
)

# 85
p(
    "es",
    "discharge",
    "¡¡¡SALIÓ!!! 🎉 DESPUÉS DE 112 DÍAS, EL PEQUEÑO ELIEZER SALE DE LA UCIN HACIA SU CASA EN BOROUGH PARK. NACIÓ EL 9 DE ENERO PESANDO 1 LIBRA. ¡MAZAL TOV, FAMILIA ROTTENBERG!",
    [("NAME", "ELIEZER"), ("GEO", "BOROUGH PARK"), ("DATE", "9 DE ENERO"), ("NAME", "ROTTENBERG")],
    note="All caps: baby's name without 'EL PEQUEÑO', home neighbourhood, birth date, family surname.",
)

# 86
n(
    "es",
    "crisis_update",
    "🌡️ ACTUALIZACIÓN: El sistema de aire acondicionado del 4to piso del campus de Coney Island ya funciona. Gracias por su paciencia. Pacientes y visitantes: (718) 555-0150.",
    "Facilities update; hospital floor and number.",
)

# 87
p(
    "en",
    "birth_announcement",
    "When Faith's water broke on the Q train at Kings Highway, a stranger named Oleg gave her his seat and called her husband. Baby Grace arrived 40 minutes later at our Coney Island campus. Faith, Grace and dad Marcus say thank you, Oleg! 💛",
    [("NAME", "Faith", "*"), ("GEO", "Kings Highway"), ("NAME", "Grace", "*"), ("NAME", "Marcus")],
    note="Mother (patient), baby and father have word-names; the station where labour began is GEO. The stranger Oleg is neither patient nor relative; the Q line is not GEO.",
)

# 88
n(
    "en",
    "anonymous_story",
    "A good Samaritan on the Q train helped a mom in labor get to us in time this week. If you're out there, we'd love to thank you! DM us. 🚇",
    "Anonymous: no name, date or place of the patient (a subway line is not GEO).",
)

# 89
p(
    "es",
    "milestone_birthday",
    "🎂 ¡Abuela Fefa cumple 101 años hoy, 3-oct! La reina de la calle Audubon celebró con su bizcocho de guayaba en el piso 7. Sus bisnietos mandan besos desde Santo Domingo. #Fefa101",
    [
        ("NAME", "Fefa"),
        ("AGE", "101"),
        ("DATE", "3-oct"),
        ("GEO", "calle Audubon"),
        ("GEO", "Santo Domingo"),
        ("NAME", "#Fefa101"),
    ],
    note="Nickname after 'Abuela'; age 101; abbreviated Spanish date; home street; the city where her great-grandchildren live; name hashtag. 'piso 7' is a floor.",
)

# 90
n(
    "es",
    "public_figure",
    "El alcalde visitó hoy el centro de enfriamiento de nuestro campus de Washington Heights y conversó con voluntarios mayores, incluida doña Olga, de 91 años, que reparte agua desde 2010. 💧",
    "Public figure visit; a volunteer's name and age over 90 are not a patient's.",
)

# 91
p(
    "en",
    "patient_story",
    "Some news from our own family: our beloved transporter Wendell Bailey, 'Smoove' to everyone on 5 West, was a patient with us this month after his stroke on the 2 train. He went home to East Flatbush yesterday and says he'll be back pushing wheelchairs before we know it.",
    [("NAME", "Wendell Bailey"), ("NAME", "Smoove"), ("GEO", "East Flatbush")],
    note="A staff member who was a patient is labelled: name, nickname, home neighbourhood. The 2 line is not GEO.",
)

# 92
n(
    "en",
    "staff_spotlight",
    "Happy retirement to Dr. Arthur Goldfarb, 91, who delivered more than 9,000 babies at our Coney Island campus over 60 years — including two of our current OB nurses! 👶🎉",
    "Doctor aged 91: staff ages are not labelled.",
)

# 93
p(
    "en",
    "patient_story",
    "Please keep davening for Yehuda Leib ben Sarah 🙏 The Borough Park bochur hurt in the Sept. 14 scaffolding collapse on 13th Ave is out of surgery. #RefuahShleimahYehudaLeib",
    [
        ("NAME", "Yehuda Leib ben Sarah"),
        ("GEO", "Borough Park"),
        ("DATE", "Sept. 14"),
        ("GEO", "13th Ave"),
        ("NAME", "#RefuahShleimahYehudaLeib"),
    ],
    note="Hebrew prayer name (with mother's name) as one span; home neighbourhood; injury date and street; name hashtag.",
)

# 94
n(
    "en",
    "health_tip",
    "Shabbos in a heat wave: keep the blech off in the hottest rooms, check on elderly neighbors before candle lighting, and know that saving a life comes first (pikuach nefesh). Our Borough Park Family Health Center: (718) 555-0157.",
    "Health tip with the hospital's clinic number.",
)

# 95
p(
    "es",
    "patient_story",
    "La familia de Manmi Yvrose nos pide compartir: si conociste a Yvrose Dorvil en la iglesia de la avenida Nostrand, puedes dejarle mensajes por WhatsApp al +1 929 555 0108. Ella está en la habitación 309 y le encanta escuchar himnos. 🙏",
    [
        ("NAME", "Yvrose", "*"),
        ("NAME", "Yvrose Dorvil"),
        ("GEO", "avenida Nostrand"),
        ("PHONE", "+1 929 555 0108"),
        ("OTHER_ID", "habitación 309"),
    ],
    note="Haitian kinship word 'Manmi' excluded; full name; the street of her church; family WhatsApp number; room with keyword.",
)

# 96
n(
    "es",
    "event",
    "Este domingo 22 de junio, Día del Padre, nuestro equipo estará en Dyckman y Broadway tomando la presión gratis a todos los papás. 👨‍👧",
    "Event date (a holiday that is no patient's event) and venue.",
)

# 97
p(
    "en",
    "memorial",
    "REST IN POWER, BIG MIKE. MICHAEL 'BIG MIKE' DELACRUZ, THE VOICE OF UPTOWN STREETBALL, PASSED ON 11/02 AFTER A LONG FIGHT WITH KIDNEY DISEASE. OUR LOVE TO HIS WIFE MARISOL AND SON MIGUELITO.",
    [
        ("NAME", "BIG MIKE", "*"),
        ("NAME", "MICHAEL 'BIG MIKE' DELACRUZ"),
        ("DATE", "11/02"),
        ("NAME", "MARISOL"),
        ("NAME", "MIGUELITO"),
    ],
    note="All caps: nickname (BIG is part of the nickname), full name with nickname, death date, wife and son.",
)

# 98
n(
    "en",
    "crisis_update",
    "We are aware of a post circulating about a patient's death in our ED during last night's blackout. To protect patient privacy we cannot comment on any individual. Our generators worked as designed. Questions: (212) 555-0146.",
    "No identifier of the patient; hospital Patient Relations number.",
)

# 99
p(
    "en",
    "birth_announcement",
    "mazel tov to the Schwartzes on baby #7!! little Chaya Suri was born erev Shavuos, right on time, and is already home on 53rd st apt 2R with her 6 big brothers 😂💕",
    [
        ("NAME", "Schwartzes"),
        ("NAME", "Chaya Suri"),
        ("DATE", "erev Shavuos"),
        ("GEO", "53rd st apt 2R"),
    ],
    note="Plural family surname as written; double first name without 'little'; holiday eve as birth date; street with apartment as one span.",
)

# 100
n(
    "en",
    "research",
    "Our Coney Island campus is enrolling adults 18+ with type 2 diabetes in a study of Russian-language text-message coaching. Compensation provided. Info: (718) 555-0150 or research@kbshospitals.org. IRB #2024-0117.",
    "Study recruitment; the IRB protocol number is not a patient's.",
)

# 101
p(
    "es",
    "patient_story",
    "Doña Mercedes nos dijo que su nieto Joel la trajo a Urgencias el día 5 'porque no quería ir, pero él es más terco que yo'. Hoy sale caminando. ¡Gracias por confiar en nosotros, familia Paulino! 💙",
    [("NAME", "Mercedes"), ("NAME", "Joel"), ("DATE", "día 5"), ("NAME", "Paulino")],
    note="Patient's first name without 'Doña'; grandson; day of month alone is the admission date; family surname.",
)

# 102
p(
    "es",
    "patient_story",
    "Un señor de 94 años vino caminando desde la calle 190 hasta nuestra sala de emergencias en plena ola de calor. Está bien, pero por favor: si tienes más de 65, no salgas entre 11am y 4pm.",
    [("AGE", "94"), ("GEO", "calle 190")],
    note="Unnamed patient, but his age over 89 and the street he walked from are identifiers. 'más de 65' is a population.",
)

# 103
n(
    "es",
    "anonymous_story",
    "Una bisabuela llegó ayer a Urgencias deshidratada tras tres días sin luz en su edificio. Hoy ya come y hace chistes. Revisen a sus vecinos mayores. 🙏",
    "Anonymous: no age, date or place of the patient; 'ayer' is relative.",
)

# 104
p(
    "en",
    "patient_story",
    "Flatbush dancehall legend Junior 'Ranking Jr' Grant wants everyone to know he's fine 😎 He spent two nights with us after fainting at the Labor Day parade on Eastern Parkway, and his daughter Tanisha has been running his IG @rankingjr_official all week.",
    [
        ("GEO", "Flatbush"),
        ("NAME", "Junior 'Ranking Jr' Grant"),
        ("DATE", "Labor Day"),
        ("GEO", "Eastern Parkway"),
        ("NAME", "Tanisha"),
        ("OTHER_ID", "@rankingjr_official"),
    ],
    note="A public figure who is a patient: name with stage name, his neighbourhood, the holiday of his collapse, the street where it happened, his daughter, his social handle.",
)

# 105
n(
    "en",
    "public_figure",
    "Thank you to the West Indian Day Parade organizers for hosting our cooling tent on Eastern Parkway this Labor Day! We handed out 4,000 bottles of water. 🇯🇲🇭🇹🇹🇹",
    "Public event, its date and venue.",
)

# 106
p(
    "en",
    "discharge",
    "Discharge day for Ana Luisa Tavárez Rodríguez!! She came to us on 1/17 with a collapsed lung and leaves today with a new nickname from the 8 East nurses: 'Lulú.' Her husband Fausto brought flowers from their block on Wadsworth Avenue. 💐",
    [
        ("NAME", "Ana Luisa Tavárez Rodríguez"),
        ("DATE", "1/17"),
        ("NAME", "Lulú"),
        ("NAME", "Fausto"),
        ("GEO", "Wadsworth Avenue"),
    ],
    note="Double first name and double surname; admission date; nickname; husband; home street.",
)

# 107
n(
    "en",
    "staff_spotlight",
    "8 East nurse Lourdes Rodríguez-Peña just finished her DNP while working nights and raising twins in Inwood. We're so proud, Dr. Rodríguez-Peña! 🎓",
    "Staff member with hyphenated surname; her home and children are not labelled.",
)

# 108
p(
    "es",
    "patient_story",
    "Gracias, Samuel, por donar médula ósea a tu hermano Eliseo. 💙 Y gracias a su mamá, doña Eusebia, que con 91 años vino en la guagua desde Corona a cada cita. Eliseo ya está en remisión.",
    [
        ("NAME", "Samuel"),
        ("NAME", "Eliseo", "*"),
        ("NAME", "Eusebia"),
        ("AGE", "91"),
        ("GEO", "Corona"),
    ],
    note="Patient, his brother (donor) and mother; the mother's age over 89 is AGE (relative); the family's neighbourhood Corona (also a word).",
)

# 109
n(
    "es",
    "sponsor",
    "Gracias a Supermercados Bravo y a la Liga de Béisbol de Dyckman por los 500 abanicos donados a pacientes mayores. 🌬️ #VeranoSeguro",
    "Sponsors; patients as a group.",
)

# 110
p(
    "en",
    "pasted_record",
    "oops wrong window — Patient portal audit: user trev.morrison88 (TREVOR MORRISON) logged in from 24.187.33.201 at 02:14, viewed results for MRN 0099-2817. Sorry all, deleting.",
    [
        ("OTHER_ID", "trev.morrison88"),
        ("NAME", "TREVOR MORRISON"),
        ("IP", "24.187.33.201"),
        ("MRN", "0099-2817"),
    ],
    note="Audit log pasted by mistake: portal user name, all-caps name, the patient's IP address, MRN value.",
)

# 111
n(
    "en",
    "hospital_contact",
    "Medical records requests: call (212) 555-0140 and ask for extension 2, or email records@kbshospitals.org. Please don't post personal information in the comments! 🔒",
    "Hospital number and e-mail.",
)

# 112
p(
    "en",
    "patient_story",
    "Zeidy Berel is 99 and a half and wants everyone to know it 😄 He fell on the ice outside shul on the 3rd, and his great-grandson Yanky has been visiting bed 14 every day since with a thermos of cholent.",
    [("NAME", "Berel"), ("AGE", "99"), ("DATE", "3rd"), ("NAME", "Yanky"), ("OTHER_ID", "bed 14")],
    note="Yiddish kinship word 'Zeidy' excluded; age 99; day of month of the fall; great-grandson; bed with keyword.",
)

# 113
n(
    "en",
    "statistic",
    "In the 2019 blackout, 72,000 Con Ed customers lost power on the West Side. This summer we've added backup power for 40 home-oxygen patients. Register: (212) 555-0140.",
    "Statistics and a bare year.",
)

# 114
p(
    "es",
    "patient_story",
    "jajaja miren a Yeyo bailando bachata con la fisioterapeuta 😂 hace 3 semanas no podia ni pararse despues del accidente en la estacion 191 St. fuerza mi hermano!! (foto con permiso de su familia)",
    [("NAME", "Yeyo"), ("GEO", "191 St"), ("PHOTO", "foto")],
    note="Nickname; the station of his accident; the attached photo shows him. 'mi hermano' is affectionate, not a relative.",
)

# 115
n(
    "es",
    "campaign_hashtag",
    "#FuerzaDominicana #OrgulloQuisqueyano 🇩🇴 Feliz Día de la Independencia Dominicana, 27 de febrero, a todo nuestro personal y comunidad.",
    "Campaign hashtags; a national holiday that is no patient's event.",
)

# 116
p(
    "en",
    "birth_announcement",
    "Born on Christmas morning and named for her great-grandmother: welcome, Noelle Ann-Marie Brown! 🎄 Mom Kadeen says Granny Noelle, 96, back in Mandeville, cried on FaceTime.",
    [
        ("DATE", "Christmas"),
        ("NAME", "Noelle Ann-Marie Brown"),
        ("NAME", "Noelle", "*"),
        ("NAME", "Kadeen"),
        ("AGE", "96"),
        ("GEO", "Mandeville"),
    ],
    note="Holiday birth; baby's hyphenated middle name; mother; great-grandmother's name, age over 89 and foreign home town (relative).",
)

# 117
n(
    "en",
    "public_figure",
    "Fun fact for #NationalHistoryDay: Dr. Abraham Jacobi, the father of American pediatrics, practiced in New York in the 1800s. Our Jacobi Award for pediatric nursing goes this year to RN Tamar Weiss! 🏅",
    "Historical figure, award named after him, staff winner.",
)

# 118
p(
    "es",
    "pasted_record",
    "Texto copiado por error del chat: 'Hola, soy la esposa de Rafael Encarnación. Perdió la licencia en la ambulancia, el número es 123 456 789, ¿la encontraron? Estamos en el 4-B del 560 W 180th St.' — Atención al Paciente.",
    [("NAME", "Rafael Encarnación"), ("LICENSE", "123 456 789"), ("GEO", "4-B del 560 W 180th St")],
    note="Chat message pasted by mistake: patient's name, driver's licence number, home address with apartment as one span.",
)

# 119
n(
    "es",
    "recruitment",
    "¿Hablas ruso, criollo haitiano o yídish? Buscamos intérpretes médicos para ambos campus. Escríbenos: interpretes@kingsbridgeshore.org o llama al (212) 555-0146.",
    "Recruitment with hospital e-mail and number.",
)

# 120
p(
    "en",
    "birth_announcement",
    "Purim twins! 🎭 Esther and Mordechai Gold arrived on Purim (14 Adar) at our Coney Island campus — because what else could their parents, Moshe and Leah, possibly name them?",
    [
        ("DATE", "Purim", "*"),
        ("NAME", "Esther"),
        ("NAME", "Mordechai Gold"),
        ("DATE", "14 Adar"),
        ("NAME", "Moshe"),
        ("NAME", "Leah"),
    ],
    note="Holiday birth date named three ways (Purim twice and the Hebrew date); babies named after the Purim story's figures; parents.",
)

# 121
p(
    "en",
    "thank_you",
    "To the family in Room 512 who sang Haitian hymns every night at 9: the whole floor looked forward to it. Mèsi, and go home safe. 🎶",
    [("OTHER_ID", "Room 512")],
    note="No name, but the patient's room number (with keyword) identifies the family.",
)

# 122
n(
    "en",
    "event",
    "Reminder: the Diabetes Prevention class moves to Room 512 of the Coney Island campus starting Jan. 9. Free, in English and Russian. Register: (718) 555-0150.",
    "Room 512 here is a classroom, not a patient's room; event date; hospital number.",
)

# 123
p(
    "en",
    "memorial",
    "The Kaplan family has donated 40 recliners to our oncology infusion center in memory of their father, Irving Kaplan, who spent his final weeks with us last winter. Irving sold pickles on Brighton Beach Avenue for half a century. Thank you, Ruthie, Sam and Debbie. 💐",
    [
        ("NAME", "Irving Kaplan"),
        ("NAME", "Kaplan", "*"),
        ("NAME", "Irving", "*"),
        ("GEO", "Brighton Beach Avenue"),
        ("NAME", "Ruthie"),
        ("NAME", "Sam"),
        ("NAME", "Debbie"),
    ],
    note="Donors introduced as a patient's children are relatives and labelled; the patient and the street where he worked. 'last winter' is a season.",
)

# 124
n(
    "en",
    "sponsor",
    "Thank you to the Rosenthal family for 25 years of support of the Rosenthal Pavilion at our Washington Heights campus! Join us for the anniversary gala on May 15.",
    "Donor family naming a building; event date.",
)

# 125
p(
    "es",
    "milestone_birthday",
    "Querido J.R.: el equipo de la UCI Pediátrica te manda un abrazo gigante por tu cumple, el 30 de marzo. ¡Nadie decora la cama 22B como tú! 🦖",
    [("NAME", "J.R."), ("DATE", "30 de marzo"), ("OTHER_ID", "cama 22B")],
    note="Patient by initials; birthday; bed with keyword.",
)

# 126
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Hodgkin, la parálisis de Bell y el síndrome de Tourette: esta semana nuestros neurólogos responden sus preguntas en vivo. Jueves, 7pm, en Facebook. 🧠",
    "Eponymous conditions and an event time.",
)

# 127
p(
    "en",
    "patient_story",
    "update from the trauma team: the 19-yr-old rider from the Coney Island Ave crash is awake and talking. his mom asked us to share that his bike (VIN JKAZXCE17KA012345) was stolen from the scene — if you see it, call her at 929-555-0173.",
    [("GEO", "Coney Island Ave"), ("VEHICLE", "JKAZXCE17KA012345"), ("PHONE", "929-555-0173")],
    note="Unnamed patient, but the road of his crash, his own motorcycle's VIN and his mother's phone are identifiers. Age 19 is not.",
)

# 128
n(
    "en",
    "statistic",
    "Motorcycle season is here. Last year our trauma team treated 212 riders; 70% weren't wearing a DOT-approved helmet. Gear up. 🏍️",
    "Statistics only.",
)

# 129
p(
    "es",
    "patient_story",
    "¡Ti Jo ya camina! 🎉 Joseph-Emmanuel Saint-Fleur, de 6 años, llegó a Urgencias el 19 de enero con quemaduras tras el incendio en su edificio de la avenida Flatbush. Su tía Marie-Carmelle le trajo su peluche favorito. #FòsTiJo",
    [
        ("NAME", "Ti Jo"),
        ("NAME", "Joseph-Emmanuel Saint-Fleur"),
        ("DATE", "19 de enero"),
        ("GEO", "avenida Flatbush"),
        ("NAME", "Marie-Carmelle"),
        ("NAME", "#FòsTiJo"),
    ],
    note="Haitian nickname with 'Ti'; hyphenated names; injury date; street of his home; aunt; Kreyòl name hashtag.",
)

# 130
n(
    "es",
    "staff_spotlight",
    "Conozcan a Marie-Ange Pierre-Louis, enfermera de la UCIN de Coney Island desde 1998, madrina de más de 300 'graduados' y la mejor cantante del turno de noche. 🎤 #EnfermerasKBS",
    "Staff nurse with hyphenated names; NICU graduates as a group.",
)

# 131
p(
    "en",
    "patient_story",
    "Day 30. Still fighting. Still smiling. #PrayForMoishy 💙",
    [("NAME", "#PrayForMoishy")],
    note="The patient is named only in the hashtag. 'Day 30' is a duration.",
)

# 132
n(
    "en",
    "campaign_hashtag",
    "#PrayForUptown trended last night. Thank you to every first responder who worked the fire. Families seeking information: call Patient Relations at (212) 555-0146.",
    "A campaign hashtag shaped like a prayer-name hashtag; no patient identified; hospital number.",
)

# 133
p(
    "en",
    "discharge",
    "Our favorite nonagenarian, Dedushka Grisha, finished cardiac rehab today 🏅 Grigory Livshits did every session on the treadmill while reciting Yesenin from memory. His wife Fira, 89, coached from the chair.",
    [("AGE", "nonagenarian"), ("NAME", "Grisha"), ("NAME", "Grigory Livshits"), ("NAME", "Fira")],
    note="'nonagenarian' states an age over 89; Russian kinship word excluded; diminutive and full name; wife's name (her age 89 is not over 89). Yesenin is a historical poet.",
)

# 134
n(
    "en",
    "staff_spotlight",
    "Our CMO Dr. Anita Rao's grandmother turns 100 this week in Hyderabad, and the whole 9th floor signed a card! 🎂 Happy birthday, Nani!",
    "A staff member's own relative: not a patient; her age and city are not labelled.",
)

# 135
p(
    "es",
    "milestone_birthday",
    "Nuestra paciente centenaria, doña Consuelo Vargas, nació un Día de Reyes y hoy lo celebró con su rosca y sus bisnietos en la sala 4 Oeste. ¡Consuelo, eres nuestro consuelo! 👑",
    [
        ("AGE", "centenaria"),
        ("NAME", "Consuelo Vargas"),
        ("NAME", "Consuelo", "*"),
        ("DATE", "Día de Reyes"),
    ],
    note="'centenaria' states her age; name that is also a word (lower-case 'consuelo' is the word); born on Three Kings Day. 4 Oeste is a unit.",
)

# 136
n(
    "es",
    "public_figure",
    "Celia Cruz nació un 21 de octubre en La Habana. Hoy, en su honor, nuestra clínica de Inwood pone salsa en la sala de espera. ¡Azúcar! 💃",
    "Public figure's birth date and city; the hospital's clinic.",
)

# 137
p(
    "en",
    "thank_you",
    "Mrs. Hyacinth Clarke's family asked us to pass on: cards and messages can go to her son Devon at devon.clarke.fam@yahoo.com or 347-555-0153. (Please note: 347, not our NICU line, (718) 555-0153!)",
    [
        ("NAME", "Hyacinth Clarke"),
        ("NAME", "Devon"),
        ("EMAIL", "devon.clarke.fam@yahoo.com"),
        ("PHONE", "347-555-0153"),
    ],
    note="Patient and son (a name that is also a place); the son's e-mail and phone, which shares its last seven digits with the hospital's NICU line (not labelled).",
)

# 138
n(
    "en",
    "hospital_contact",
    "New address alert 📍 The Borough Park Family Health Center moved! Find us at 5020 New Utrecht Avenue, Brooklyn, NY 11219 — same phone: (718) 555-0157.",
    "Hospital address and number.",
)

# 139
p(
    "es",
    "pasted_record",
    "URG-COPIA: Pte. NÚÑEZ DE PEÑA, Altagracia M. | Pulsera 7734120 | Medicaid CIN AB12345C | Box 9 | Acompañante: nieto Starlin (917) 555-0190 | Llegó 02-ago 03:40",
    [
        ("NAME", "NÚÑEZ DE PEÑA, Altagracia M."),
        ("OTHER_ID", "7734120"),
        ("HEALTH_PLAN", "AB12345C"),
        ("OTHER_ID", "Box 9"),
        ("NAME", "Starlin"),
        ("PHONE", "(917) 555-0190"),
        ("DATE", "02-ago"),
    ],
    note="ED board line pasted by mistake: chart-style double surname with initial, wristband value, Medicaid id, ED box with keyword, grandson and his phone, arrival date (the time is not labelled).",
)

# 140
n(
    "es",
    "health_tip",
    "Si tu abuela vive en un sexto piso sin ascensor y se va la luz, ten un plan: agua, linterna, lista de medicinas y el número de su médico. Y llama al 911 si hay emergencia. 🔦",
    "Generic health tip.",
)

# 141
p(
    "en",
    "milestone_birthday",
    "HAPPY 104TH BIRTHDAY TO OUR QUEEN, MISS GLORIA ST. JUSTE!!! 👑 THE 6 EAST TEAM LOVES YOU!!!",
    [("AGE", "104TH"), ("NAME", "GLORIA ST. JUSTE")],
    note="All caps: ordinal age; name with a 'St.' surname, 'MISS' excluded.",
)

# 142
n(
    "en",
    "statistic",
    "Did you know? NYC is home to more than 60,000 residents aged 90 and older. Our geriatrics team sees over 1,500 of them every year across both campuses. 💙",
    "Population age and statistics.",
)

# 143
p(
    "en",
    "birth_announcement",
    "Born on Haitian Independence Day, Jan. 1st, baby Woodley came hungry — just in time for soup joumou! 🇭🇹 Dad Frantz brought a thermos for the nurses. Welcome to the world, Woodley!",
    [
        ("DATE", "Haitian Independence Day"),
        ("DATE", "Jan. 1st"),
        ("NAME", "Woodley", "*"),
        ("NAME", "Frantz"),
    ],
    note="Birth day written twice (holiday and date); baby and father.",
)

# 144
n(
    "en",
    "event",
    "Soup joumou for everyone! 🎃 Join our Haitian Heritage Committee on January 1 in the Coney Island campus cafeteria to celebrate Haitian Independence Day. All staff welcome.",
    "Holiday and event date that are no patient's event.",
)

# 145
p(
    "es",
    "patient_story",
    "A la familia de don Aníbal: encontramos su carro, una Toyota Sienna gris con placa HZK 7712, en el garaje de visitantes. Pueden recogerlo en Seguridad. Don Aníbal sigue estable en el 5 Oeste.",
    [("NAME", "Aníbal", "*"), ("VEHICLE", "HZK 7712")],
    note="Patient's first name (without don) and his own car's plate. 5 Oeste is a unit.",
)

# 146
n(
    "es",
    "crisis_update",
    "Garaje de visitantes del campus de Washington Heights cerrado mañana por mantenimiento. Use el estacionamiento de la avenida Fort Washington. Dudas: (212) 555-0140.",
    "Hospital facilities; hospital's street and number.",
)

# 147
p(
    "en",
    "discharge",
    "Shloimy Weiss (5) went home from our Pediatric ICU today, just in time for his upsherin — he was born 3 Iyar and his mom Gitty says the haircut is happening 'no matter what.' 💇‍♂️",
    [("NAME", "Shloimy Weiss"), ("DATE", "3 Iyar"), ("NAME", "Gitty")],
    note="Yiddish diminutive and surname; Hebrew-calendar birth date; mother. Age 5 is not labelled.",
)

# 148
n(
    "en",
    "eponymous_condition",
    "June is Men's Health Month. Prostate, colon, Lou Gehrig's disease (ALS) awareness... and yes, that includes you, Papi, Zeidy and Dedushka. Book a checkup: (212) 555-0140 or (718) 555-0150.",
    "Awareness month, eponymous disease; kinship words addressed to everyone; hospital numbers.",
)

# 149
p(
    "es",
    "birth_announcement",
    "Ángel llegó al mundo la madrugada del 25 de diciembre en nuestra sala de partos. 👼 ¿Qué otro nombre le iban a poner? Felicidades a Yunior y Massiel, sus papás, de la calle Vermilyea.",
    [
        ("NAME", "Ángel"),
        ("DATE", "25 de diciembre"),
        ("NAME", "Yunior"),
        ("NAME", "Massiel"),
        ("GEO", "calle Vermilyea"),
    ],
    note="Baby's word-name; Christmas birth date; parents; home street.",
)

# 150
n(
    "es",
    "event",
    "🎄 Este 24 de diciembre, la capilla del campus de Washington Heights ofrecerá una misa de Nochebuena a las 7pm para pacientes, familias y personal.",
    "Hospital event on a holiday that is no patient's event.",
)

# 151
p(
    "en",
    "patient_story",
    "Errol Thompson of Kingsbridge in the Bronx had a heart attack behind the wheel of his M100 bus on Broadway. He pulled over safely and came straight to our Kingsbridge Hospital ED. From Kingsbridge to Kingsbridge 💙 — welcome home, Errol!",
    [
        ("NAME", "Errol Thompson"),
        ("NAME", "Errol", "*"),
        ("GEO", "Kingsbridge", 1),
        ("GEO", "Bronx"),
        ("GEO", "Broadway"),
        ("GEO", "Kingsbridge", 3),
    ],
    note="His home neighbourhood shares the hospital's name: the 1st and 3rd 'Kingsbridge' are his neighbourhood (GEO), the 2nd and 4th the hospital. His borough (a county) and the road of the event are GEO; the bus route is not.",
    ok=("Kingsbridge",),
)

# 152
n(
    "en",
    "staff_spotlight",
    "Meet Kingsbridge Hospital's night-shift security lead, Officer Tyrone Mills, who has walked every floor of our Washington Heights campus 1,000 times this year. His secret? Sneakers and Sam Cooke. 🎶",
    "Staff member and a public figure.",
)

# 153
p(
    "es",
    "patient_story",
    "Para los que preguntan por Keila: su mamá publica noticias en instagram.com/fuerza_keila_2024. Keila sigue en la UCI de Coney Island y el jueves cumple 15. 🌷 #FuerzaKeila",
    [("NAME", "Keila", "*"), ("URL", "instagram.com/fuerza_keila_2024"), ("NAME", "#FuerzaKeila")],
    note="Patient's name and name hashtag; the family's Instagram URL. Age 15 and 'el jueves' are not labelled; the ICU is the hospital's.",
)

# 154
n(
    "es",
    "statistic",
    "El 12% de nuestros partos en 2023 fueron de mamás mayores de 40 años. Si estás planeando, habla con tu ginecóloga. 🤰",
    "Statistics; population age.",
)

# 155
p(
    "en",
    "patient_story",
    "Thank you to Mayra Báez-Tejada, whose son Christopher donated his kidney to her on Mother's Day. 'He gave me life back the way I gave it to him,' she told our transplant team. Mayra and Chris are both home in Inwood. 💚",
    [
        ("NAME", "Mayra Báez-Tejada"),
        ("NAME", "Mayra", "*"),
        ("NAME", "Christopher"),
        ("DATE", "Mother's Day"),
        ("NAME", "Chris"),
        ("GEO", "Inwood"),
    ],
    note="Patient with hyphenated surname; her son (also a patient) full and short name; the holiday of the surgery; home neighbourhood.",
)

# 156
n(
    "en",
    "research",
    "Our transplant program performed 84 living-donor kidney transplants last year, 31 of them between parents and children. Thinking of donating? kbshospitals.org/transplant",
    "Statistics and the hospital's domain.",
)

# 157
p(
    "en",
    "patient_story",
    "The Perlstein family of 18th Avenue is lending out Zisha's wheelchair and bath bench now that he's walking again after rehab on our 3 South unit. Call Zisha's wife Brachie at 718-555-0125 if you need them. 💪",
    [
        ("NAME", "Perlstein"),
        ("GEO", "18th Avenue"),
        ("NAME", "Zisha", "*"),
        ("NAME", "Brachie"),
        ("PHONE", "718-555-0125"),
    ],
    note="Family surname and street; patient's Yiddish name; wife and her phone (a 718 number that is not the hospital's).",
)

# 158
n(
    "en",
    "health_tip",
    "Borough Park: a gemach for medical equipment can save your family hundreds. Our social workers keep a list — ask at the Family Health Center front desk or call (718) 555-0157.",
    "Community tip; hospital number.",
)

# 159
p(
    "es",
    "milestone_birthday",
    "Feliz 98 cumpleaños, don Julio! 🎉 Julio César Batista, paciente de nuestra clínica de memoria, celebró el pasado 15 con su hija Dulce y una orquesta típica en la calle 163.",
    [
        ("AGE", "98"),
        ("NAME", "Julio César Batista"),
        ("NAME", "Julio", "*"),
        ("DATE", "15"),
        ("NAME", "Dulce"),
        ("GEO", "calle 163"),
    ],
    note="Age 98; name that is also a month (capitalised name only); birthday as a day of month alone; daughter with a word-name; home street.",
)

# 160
n(
    "es",
    "staff_spotlight",
    "¡Nuestra voluntaria más querida, doña Carmen Reyes, cumplió 100 años! Desde 1995 teje gorritos para los bebés de la UCIN de Washington Heights. Gracias, doña Carmen. 🧶",
    "A centenarian volunteer, not a patient: name and age not labelled.",
)

# 161
p(
    "en",
    "discharge",
    "Baba Zina (Zinaida Kogan) wants Brighton Beach to know she's home from the hospital and taking visitors — and yes, she will ask if you've eaten. Her grandson posts her recipes at @babazina_cooks 🥟",
    [
        ("NAME", "Zina"),
        ("NAME", "Zinaida Kogan"),
        ("GEO", "Brighton Beach"),
        ("OTHER_ID", "@babazina_cooks"),
    ],
    note="Russian kinship word 'Baba' excluded; diminutive and full name; home neighbourhood; the family's social handle.",
)

# 162
n(
    "en",
    "public_figure",
    "Thank you to the Brighton Beach choir 'Kalinka' for singing to our patients and staff on 3 South this afternoon! 🎶",
    "Visiting performers; patients as a group.",
)

# 163
p(
    "en",
    "pasted_record",
    "hey team, please remove the pic I posted — you can see the whiteboard behind the baby: 'KOVALENKO, baby girl — born 11/21 — mom Oksana — rm 1102-W'. sorry!!!",
    [("NAME", "KOVALENKO"), ("DATE", "11/21"), ("NAME", "Oksana"), ("OTHER_ID", "rm 1102-W")],
    note="The apology repeats the whiteboard: surname, birth date, mother, room. The photo is not attached to this post, so no PHOTO.",
)

# 164
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back today — all 6 feet of him — to start his residency with us. From 2 lbs to Dr. ___. Full circle. 🥹",
    "Anonymous former patient, now staff; no identifier.",
)

# 165
p(
    "es",
    "discharge",
    "El merenguero Tony Vargas, nacido en Baní y vecino de Inwood, fue dado de alta hoy tras su cirugía del 28 de junio. Dice que ya está ensayando. 🎺",
    [("NAME", "Tony Vargas"), ("GEO", "Baní"), ("GEO", "Inwood"), ("DATE", "28 de junio")],
    note="A musician (public figure) who is a patient: name, foreign home town, neighbourhood, surgery date.",
)

# 166
n(
    "es",
    "public_figure",
    "Gracias a los músicos del Conjunto Típico Cibaeño por tocar en el lobby de Washington Heights para pacientes y familias este Día de las Madres. 🪗",
    "Visiting musicians; a holiday that is no patient's event.",
)

# 167
p(
    "en",
    "thank_you",
    "a nurse's note 🩺: to my patient bernice on 6E — you came in on the 4th swearing you'd be dancing at your grandson's wedding by summer. keep that promise!! — Jo, RN",
    [("NAME", "bernice"), ("DATE", "4th")],
    note="Lower-case patient name; admission day of month. 'summer' is a season; Jo is the nurse.",
)

# 168
n(
    "en",
    "staff_spotlight",
    "Nurses Week spotlight: Jo Ann Mercado, RN, 6 East, 30 years at Kingsbridge. Her patients call her 'Mama Jo.' Ours too. 💐",
    "Staff member and her nickname.",
)

# 169
p(
    "es",
    "patient_story",
    "La familia Abreu nos pide compartir: Darwin, de 22 años, sigue en coma tras la caída del andamio en la calle 176 con Audubon. Donaciones por Zelle al 646-555-0114 o en gofundme.com/f/darwin-abreu. 🙏",
    [
        ("NAME", "Abreu"),
        ("NAME", "Darwin"),
        ("GEO", "calle 176"),
        ("GEO", "Audubon"),
        ("PHONE", "646-555-0114"),
        ("URL", "gofundme.com/f/darwin-abreu"),
    ],
    note="Family surname; patient's name (also a historical figure's); corner of his fall (each street one span); family's Zelle phone and fundraiser URL.",
)

# 170
n(
    "es",
    "eponymous_condition",
    "El síndrome de Down, el Alzheimer y el Parkinson no definen a nadie. Este mes compartimos historias de esperanza — con permiso de cada familia. #SinEtiquetas",
    "Eponymous conditions; campaign hashtag.",
)

# 171
p(
    "en",
    "patient_story",
    "Mr. Lascelles Morgan moved from Jamaica to Jamaica — Kingston, then Jamaica, Queens — and now, at 90, he's our oldest heart-valve patient ever. He heads home to 168th Street, Jamaica, this week. 🇯🇲❤️",
    [
        ("NAME", "Lascelles Morgan"),
        ("GEO", "Jamaica", 2),
        ("GEO", "Kingston"),
        ("GEO", "Jamaica", 3),
        ("GEO", "Queens"),
        ("AGE", "90"),
        ("GEO", "168th Street"),
        ("GEO", "Jamaica", 4),
    ],
    note="The first 'Jamaica' is the country (not GEO); the others are the Queens neighbourhood where he lives (GEO), as are his former city Kingston and the borough/county Queens; age 90; home street.",
    ok=("Jamaica",),
)

# 172
n(
    "en",
    "public_figure",
    "On this day in 1962, Jamaica became independent. Happy Independence Day to our Jamaican staff, patients and neighbors from Flatbush to Jamaica, Queens! 🇯🇲",
    "Historical date; neighbourhoods as communities, not a patient's.",
)

# 173
p(
    "en",
    "patient_story",
    "Meet Aviva, 8, who has Crohn's and a very loud opinion about hospital Jell-O. She taught our GI fellows the 'Aviva scale' for rating pudding and goes home to Midwood tomorrow. 🍮",
    [("NAME", "Aviva", "*"), ("GEO", "Midwood")],
    note="Patient's name (twice); home neighbourhood. Crohn's is an eponym.",
)

# 174
n(
    "en",
    "eponymous_condition",
    "Crohn's & Colitis Awareness Week starts Dec 1. Our IBD nurse navigator, Aviva Stern, RN, will host a Q&A on IG Live Thursday. 💜",
    "Eponymous condition, awareness week date, a staff nurse named Aviva.",
)

# 175
p(
    "es",
    "pasted_record",
    "Nota interna publicada por error: el celular de la hija de la paciente Yocelyn Tejeda (hab. 418) es (347) 555-0148 — NO el (212) 555-0148, que es nuestra línea en español.",
    [("NAME", "Yocelyn Tejeda"), ("OTHER_ID", "hab. 418"), ("PHONE", "(347) 555-0148")],
    note="Patient's name, abbreviated room with keyword, daughter's phone; the hospital's line with the same last seven digits is not labelled.",
)

# 176
n(
    "es",
    "hospital_contact",
    "📞 ¿Necesitas un intérprete? Llama a nuestra línea en español, (212) 555-0148, o a Relaciones con el Paciente, (212) 555-0146. Para Coney Island: (718) 555-0150.",
    "Hospital numbers only.",
)

# 177
p(
    "en",
    "milestone_birthday",
    "102 candles, one wish: 'more curry goat.' 🎂 Happy 102nd to Mother Daphne Reid, church mother at Bethel Tabernacle on Linden Blvd and a patient on our 6 East unit since the 12th. Her daughter Claudette (79!) organized the party.",
    [
        ("AGE", "102"),
        ("AGE", "102nd"),
        ("NAME", "Daphne Reid"),
        ("GEO", "Linden Blvd"),
        ("DATE", "12th"),
        ("NAME", "Claudette"),
    ],
    note="Age written twice (candles and ordinal); church title 'Mother' excluded; the street of her church; admission day of month; daughter (aged 79, not labelled).",
)

# 178
n(
    "en",
    "staff_spotlight",
    "Shout-out to our Pastoral Care team — Rev. Marjorie Henry, Rabbi Eli Stern, Father Luis Ortega and Imam Yusuf Diallo — who made 4,112 patient visits last year. 🙏",
    "Chaplains (staff) and a statistic.",
)

# 179
p(
    "es",
    "thank_you",
    "muchas gracias a la dra y enfermeras del 7mo piso x cuidar a mi mami Nereida Almánzar!!! ya esta en casa en la Amsterdam con su novela y su cafecito ☕ (publicado por la familia, compartido por @KBSHospitales)",
    [("NAME", "Nereida Almánzar"), ("GEO", "Amsterdam")],
    note="Family post shared by the hospital: patient's name; 'la Amsterdam' is Amsterdam Avenue, her home street (also a foreign city's name). The hospital's handle is not labelled.",
)

# 180
n(
    "es",
    "campaign_hashtag",
    "Tu historia importa. Comparte cómo te cuidamos con #MiHistoriaKBS y #GraciasEnfermeras — sin datos personales, por favor. 💙",
    "Campaign hashtags.",
)

# 181
p(
    "en",
    "patient_story",
    "Three summers ago, Wilfredo 'Fello' Díaz collapsed behind the counter of La Esquina Deli on Dyckman Street during the worst heat wave in a decade. His coworker Ramón did CPR until EMS arrived. Today, after two years of rehab, a new heart valve and more sancocho than his doctors approved, Fello is back at the register — and he wanted us to share his message: learn CPR, drink water, and if your bodega's AC is broken, tell the owner. 🇩🇴❤️ Free CPR classes every first Saturday at our Washington Heights campus: kbshospitals.org/cpr",
    [
        ("NAME", "Wilfredo 'Fello' Díaz"),
        ("NAME", "Fello", "*"),
        ("NAME", "La Esquina Deli"),
        ("GEO", "Dyckman Street"),
    ],
    note="Long story: name with quoted nickname, nickname again, his employer (a bodega) is NAME, its street is GEO. The coworker who did CPR is neither patient nor relative; 'Three summers ago' is relative.",
)

# 182
n(
    "en",
    "crisis_update",
    "HEAT EMERGENCY UPDATE (Day 3): Both EDs remain open. Cooling centers near our campuses: Fort Washington Library branch, Coney Island Library, and the Brighton Beach senior center on Neptune Ave. If you rely on electric medical equipment and lose power, call 911. Anyone with chest pain, confusion or a temp over 103°F needs care NOW. Patient Relations: (212) 555-0146. Spanish line: (212) 555-0148. Stay cool, stay together. 💙",
    "Crisis update: public cooling centers, hospital numbers, 911; 103°F is a temperature.",
)

# 183
p(
    "es",
    "discharge",
    "Dos de los nuestros, un gran día: la técnica de cuidado al paciente Yolanda Frías se llevó hoy a casa a su mamá, doña Fela Frías, de 91 años, tras un mes en el 8 Este por neumonía. 'Lo mejor de trabajar aquí fue saber quién cuidaba a Mami', dice Yolanda. 💙",
    [("NAME", "Yolanda Frías"), ("NAME", "Yolanda", "*"), ("NAME", "Fela Frías"), ("AGE", "91")],
    note="The patient is a staff member's mother: the patient's name and age, and the staff member as the patient's relative, are labelled.",
)

# 184
n(
    "en",
    "staff_spotlight",
    "Happy Father's Day from the 5 West team! Swipe to see our nurses' dads — including Dr. Petrov's father Ivan, 92, who still fixes every radio in Brighton Beach. 📻",
    "Staff members' own fathers (not patients): name, age and neighbourhood are not labelled; photos of staff families are not PHOTO.",
)

# 185
p(
    "es",
    "milestone_birthday",
    "Hoy celebramos el centenario de don Bienvenido Ureña 🎉 Nació un 8 de marzo, Día de la Mujer — 'por eso me llevo tan bien con ellas', dice. Paciente de nuestra clínica de Inwood desde 1992.",
    [
        ("AGE", "centenario"),
        ("NAME", "Bienvenido Ureña"),
        ("DATE", "8 de marzo"),
        ("DATE", "Día de la Mujer"),
    ],
    note="'su centenario' states an age of 100; name (Bienvenido, also a word); birthday written twice. The Inwood clinic is the hospital's; 1992 is a bare year.",
)

# 186
n(
    "es",
    "research",
    "Investigadores de Kingsbridge encontraron que los vecindarios con menos árboles, como partes de Inwood y Washington Heights, registran hasta 4 °C más en olas de calor. Estudio publicado el 2 de agosto en la revista Salud Urbana.",
    "Research on neighbourhoods; publication date.",
)

# 187
p(
    "en",
    "birth_announcement",
    "Shana tova from the Labor & Delivery team to the Teitelbaum family, whose son Avrumi was born on the second day of Rosh Hashanah — right as the shofar sounded at their shul on 48th Street. 🍎🍯",
    [
        ("NAME", "Teitelbaum"),
        ("NAME", "Avrumi"),
        ("DATE", "second day of Rosh Hashanah"),
        ("GEO", "48th Street"),
    ],
    note="Family surname and baby; the holiday of the birth (whole expression); the street of the family's synagogue.",
)

# 188
n(
    "en",
    "event",
    "Clinic hours: our Borough Park Family Health Center will close early for Rosh Hashanah on Sept. 22 and reopen Sept. 25. Emergencies: call 911 or visit either ED. Shana tova! 🍎",
    "Holiday schedule dates, not a patient's.",
)

# 189
p(
    "en",
    "milestone_birthday",
    "Royal treatment for Royal! 👑 Our littlest Jamaican-American patient, Royal Campbell-Ennis, turns one today on the NICU reunion stage after starting life at 1 lb 4 oz on 7/19. Dad Omari says he's already a Yankees fan.",
    [("NAME", "Royal", 2), ("NAME", "Royal Campbell-Ennis"), ("DATE", "7/19"), ("NAME", "Omari")],
    note="The first 'Royal' is a word, the second and third are the baby's name; hyphenated surname; birth date; father.",
    ok=("Royal",),
)

# 190
n(
    "en",
    "campaign_hashtag",
    "Royal blue for #WorldPrematurityDay 💙 our NICU lights up the Coney Island campus on November 17. Share your #NICUGrad photos with #KBSMiracles!",
    "Awareness day and campaign hashtags; 'Royal' is a colour here.",
)

# 191
p(
    "es",
    "pasted_record",
    "PERDÓN, BORREN ESTO: PACIENTE RODRÍGUEZ ALMONTE, KELVIN — SEG. SOCIAL 231-44-9087 — F. NAC. 14/05/1987 — DIR. 1590 RIVERSIDE DR APT 6H — CUENTA 40-77812.",
    [
        ("NAME", "RODRÍGUEZ ALMONTE, KELVIN"),
        ("SSN", "231-44-9087"),
        ("DATE", "14/05/1987"),
        ("GEO", "1590 RIVERSIDE DR APT 6H"),
        ("ACCOUNT", "40-77812"),
    ],
    note="All-caps record: chart-style double surname, SSN, birth date, home address with apartment, account number.",
)

# 192
n(
    "es",
    "recruitment",
    "¿Eres técnico de farmacia y hablas español o ruso? Únete al equipo de Brooklyn Shore en Coney Island. Feria de empleo: 9 de octubre, 2900 Surf Avenue, de 10am a 2pm. 💊",
    "Job fair date and the hospital's address.",
)

# 193
p(
    "en",
    "anonymous_story",
    "A one-hundred-and-one-year-old great-grandmother from Sheepshead Bay just became the oldest patient ever to get a TAVR at our Coney Island campus. Her advice to the team: 'Don't rush, I've waited this long.' 😂",
    [("AGE", "one-hundred-and-one-year-old"), ("GEO", "Sheepshead Bay")],
    note="Unnamed patient, but her age over 89 (in words, one hyphenated token) and her neighbourhood are identifiers.",
)

# 194
n(
    "en",
    "anonymous_story",
    "An 89-year-old patient asked our cardiology fellow if he was old enough to shave. Then she asked for his grandmother's phone number. 😂 #HeartTeam",
    "Anonymous; age 89 is not over 89.",
)

# 195
p(
    "es",
    "patient_story",
    "Gracias a todos por las oraciones. Seguimos de pie. 🙏 #OracionesPorNayeli #UCIPediátrica",
    [("NAME", "#OracionesPorNayeli")],
    note="The patient is named only in a hashtag; #UCIPediátrica is a unit.",
)

# 196
n(
    "es",
    "campaign_hashtag",
    "Gracias por unirse a #OracionesPorNuestrosHéroes: nuestros paramédicos trabajaron 36 horas seguidas durante el apagón. 💙🚑",
    "Campaign hashtag shaped like a name hashtag; staff.",
)

# 197
p(
    "en",
    "patient_story",
    "Yes, Mrs. Dorothy Graves was treated for Graves' disease here, and yes, she thinks it's hilarious. 😂 After her thyroid surgery on Nov. 3rd, the 96-year-old from Bay Ridge told us: 'At my age, you take your fame where you can.'",
    [
        ("NAME", "Dorothy Graves"),
        ("DATE", "Nov. 3rd"),
        ("AGE", "96-year-old"),
        ("GEO", "Bay Ridge"),
    ],
    note="Patient's surname equals an eponym (the eponym is not labelled); surgery date; age token; neighbourhood.",
)

# 198
n(
    "en",
    "eponymous_condition",
    "Hashimoto's, Graves' disease, Addison's: our endocrinology team explains the eponyms behind thyroid and adrenal conditions in this week's #AskTheDoc. Dr. Irina Addison hosts — no relation! 😄",
    "Eponymous conditions; a doctor whose surname is an eponym.",
)

# 199
p(
    "en",
    "thank_you",
    "From the family of Valentina Tereshkova-Blum (no, not that one! 🚀): thank you to the ICU team who cared for our mother after her stroke on April 12 — Cosmonautics Day, of all days. Messages: tereshkova.blum.family@gmail.com",
    [
        ("NAME", "Valentina Tereshkova-Blum"),
        ("DATE", "April 12"),
        ("DATE", "Cosmonautics Day"),
        ("EMAIL", "tereshkova.blum.family@gmail.com"),
    ],
    note="A patient whose name echoes a public figure; the day of her stroke written twice; family e-mail.",
)

# 200
n(
    "en",
    "public_figure",
    "Happy Cosmonautics Day! 🚀 On April 12, 1961, Yuri Gagarin became the first human in space. Our Brighton Beach interpreters made this cake for the staff lounge.",
    "Public figure and historical date.",
)

# 201
p(
    "es",
    "discharge",
    "Mèsi, gracias, thank you: así despidió Rosemène Jean-Pierre al equipo de diálisis. Desde el 1ro de este mes ya no necesita máquina. Su hermano Jacquelin vino desde Puerto Príncipe para verla.",
    [
        ("NAME", "Rosemène Jean-Pierre"),
        ("DATE", "1ro"),
        ("NAME", "Jacquelin"),
        ("GEO", "Puerto Príncipe"),
    ],
    note="Haitian patient; day of month alone (her last dialysis); brother and the city he came from.",
)

# 202
n(
    "es",
    "health_tip",
    "¿Diálisis y ola de calor? No te saltes tu sesión, limita los líquidos como te indicó tu médico y llama a tu centro si hay apagón. Unidad de diálisis de Coney Island: (718) 555-0150.",
    "Health tip; hospital number.",
)

# 203
n(
    "es",
    "anonymous_story",
    "¡¡BIENVENIDOS A CASA!!! 🎉 Hoy se fueron 4 graduados de la UCIN. (de parte de todo el equipo)",
    "Anonymous NICU graduates; no identifier.",
)

# 204
n(
    "es",
    "hospital_contact",
    "Tiempos de espera de Urgencias, en vivo: kbshospitals.org/er ⏱️",
    "Hospital domain only.",
)

# 205
p(
    "es",
    "pasted_record",
    "mensaje del portal (publicado por error): 'buenas, soy yesenia la nieta de doña Quisqueya Marte, su usuario es qmarte42 y no puede ver los resultados de la biopsia del 9 de abril. mi cel 646 555 0131. gracias'",
    [
        ("NAME", "yesenia"),
        ("NAME", "Quisqueya Marte"),
        ("OTHER_ID", "qmarte42"),
        ("DATE", "9 de abril"),
        ("PHONE", "646 555 0131"),
    ],
    note="Portal message: lower-case granddaughter's name; patient's name (Quisqueya is also a name for the Dominican Republic); portal user name; biopsy date; phone.",
)

# 206
n(
    "es",
    "public_figure",
    "Hoy, 26 de enero, recordamos a Juan Pablo Duarte, padre de la patria dominicana. Nuestra comunidad de Washington Heights lleva su nombre en el corazón... y en la avenida. 🇩🇴",
    "Historical figure and his day; a community.",
)

# 207
p(
    "en",
    "thank_you",
    "Miss Beverley Grant asked us to share her thanks after her hip replacement — and her new email, since her old one bounced: bevgrant.flatbush@outlook.com. (Our staff use @kbshospitals.org addresses only; we will never ask for your info by DM.)",
    [("NAME", "Beverley Grant"), ("EMAIL", "bevgrant.flatbush@outlook.com")],
    note="Patient's name and her e-mail; the hospital's domain is not labelled.",
)

# 208
n(
    "en",
    "hospital_contact",
    "PSA: scammers are calling families pretending to be from our billing office. We will never ask for payment by gift card. Real numbers: (212) 555-0140 and (718) 555-0150. Email ends in @kbshospitals.org or @kingsbridgeshore.org.",
    "Hospital numbers and domains.",
)

# 209
p(
    "es",
    "discharge",
    "🎓 ¡Graduación de la UCIN! Hoy celebramos a Sofía Valentina y Mateo Alejandro Guzmán, gemelos que nacieron a las 25 semanas el 14 de febrero — sí, Día de San Valentín — y pasaron 97 días con nosotros. Papá Luis Miguel dice que ahora duermen menos que en la UCIN, y mamá Yuleisy dice que no se queja. Abuela Ramona viajó desde Santiago para llevarlos a casa en Inwood. ¡Gracias, equipo!",
    [
        ("NAME", "Sofía Valentina"),
        ("NAME", "Mateo Alejandro Guzmán"),
        ("DATE", "14 de febrero"),
        ("DATE", "Día de San Valentín"),
        ("NAME", "Luis Miguel"),
        ("NAME", "Yuleisy"),
        ("NAME", "Ramona"),
        ("GEO", "Santiago"),
        ("GEO", "Inwood"),
    ],
    note="Twins, parents and grandmother (kinship words excluded); birth date written twice; grandmother's city; home neighbourhood. 97 días is a duration.",
)

# 210
n(
    "es",
    "event",
    "🩸 Colecta de sangre este 14 de febrero en el campus de Washington Heights. ¡Regala vida este Día de San Valentín! Cita: kbshospitals.org/sangre",
    "Event date and holiday; hospital domain.",
)

# 211
p(
    "en",
    "pasted_record",
    "copied from Epic by mistake, pls delete: ENC# 4410-228-09 / MRN 0 0 7 7 1 2 9 4 / PT: o'brien-achebe, chiamaka / adm 12/26 / nok: husband Tunde 718 555 0136",
    [
        ("OTHER_ID", "4410-228-09"),
        ("MRN", "0 0 7 7 1 2 9 4"),
        ("NAME", "o'brien-achebe, chiamaka"),
        ("DATE", "12/26"),
        ("NAME", "Tunde"),
        ("PHONE", "718 555 0136"),
    ],
    note="Encounter number (value only), spaced-out MRN, lower-case chart-style name, admission date, husband and his phone.",
)

# 212
n(
    "en",
    "research",
    "Our ED researchers found that during the July heat wave, ambulance arrivals from Brighton Beach and Coney Island rose 38%. Read the study: kingsbridgeshore.org/research/heat",
    "Research statistics; neighbourhoods as areas; hospital domain.",
)

# 213
p(
    "en",
    "thank_you",
    "To the family from 11226 who left a thank-you card and a whole pan of diri ak djon djon at the 5 West desk: we don't know your last name, but Dieula's nurses will never forget you. 💛",
    [("GEO", "11226"), ("NAME", "Dieula")],
    note="The family's ZIP code and the patient's first name.",
)

# 214
n(
    "en",
    "event",
    "Free AC units for seniors in ZIP codes 11224, 11235 and 10040 — apply through NYC's Cooling Assistance Benefit before Aug. 30. Our social workers can help: (718) 555-0150.",
    "ZIP codes as service areas (one is the hospital's own); a program deadline.",
)

# 215
p(
    "es",
    "thank_you",
    "Al equipo de Urgencias: gracias por salvar a mi papá, Julio 'Fafa' Cepeda, el del Colmado Fafa en la Nagle. — publicado con permiso de su hija, Yahaira.",
    [
        ("NAME", "Julio 'Fafa' Cepeda"),
        ("NAME", "Colmado Fafa"),
        ("GEO", "Nagle"),
        ("NAME", "Yahaira"),
    ],
    note="Patient's name with nickname; his business (employer) is NAME and its street ('la Nagle') is GEO; daughter.",
)

# 216
n(
    "es",
    "sponsor",
    "Gracias al Colmado La Nueva Fe de la calle 207 por donar 300 botellas de agua para nuestra fila de vacunación. ¡Así es Inwood! 💧",
    "A sponsoring bodega and its street are not a patient's employer or home.",
)

# 217
p(
    "en",
    "milestone_birthday",
    "Please join us in wishing Semyon Abramovich Gorelik a happy ninety-eighth! 🎖️ The WWII veteran from Brighton 3rd Street has been with our rehab team since May 9 and marched (slowly) down the hall today to his granddaughter Masha's accordion.",
    [
        ("NAME", "Semyon Abramovich Gorelik"),
        ("AGE", "ninety-eighth"),
        ("GEO", "Brighton 3rd Street"),
        ("DATE", "May 9"),
        ("NAME", "Masha"),
    ],
    note="Name with patronymic; ordinal age in words; home street; admission date; granddaughter.",
)

# 218
n(
    "en",
    "public_figure",
    "On Victory Day, May 9, we honor the WWII veterans of Brighton Beach. Our Coney Island campus will host a concert in the lobby at 11am — all veterans and families welcome. 🎖️",
    "Holiday and event, veterans as a group.",
)

# 219
p(
    "es",
    "memorial",
    "Compartimos, con permiso, el mensaje de su mamá: 'se nos fue nuestro angelito 💔 gracias por cuidarlo esos 4 meses. descansa en paz mi niño, te amamos.' #JusticiaParaJaden #AngelJadenRamírez",
    [("NAME", "#JusticiaParaJaden"), ("NAME", "#AngelJadenRamírez")],
    note="The child is named only in two hashtags; '4 meses' is a duration.",
)

# 220
n(
    "es",
    "anonymous_story",
    "Hoy nuestra unidad de cuidados paliativos acompañó a 3 familias en la despedida de sus seres queridos. Gracias a nuestros capellanes y voluntarios por estar presentes. 🕯️",
    "Anonymous families.",
)

# 221
p(
    "en",
    "patient_story",
    "Gobble gobble 🦃 Frieda Adler spent Thanksgiving with us after a fall in the lobby of Seaside Towers, Building 3 — and still beat the 3 South team at rummikub. Her son Lenny brought pie for everyone.",
    [
        ("NAME", "Frieda Adler"),
        ("DATE", "Thanksgiving"),
        ("GEO", "Seaside Towers, Building 3"),
        ("NAME", "Lenny"),
    ],
    note="Patient; the holiday of her hospital stay; her apartment building (name and building number, one span); her son.",
)

# 222
n(
    "en",
    "health_tip",
    "Most falls happen at home. Night lights, grab bars, no loose rugs — and ask about our free home-safety visits for Coney Island and Brighton Beach seniors: (718) 555-0150. #FallsPreventionWeek",
    "Health tip; neighbourhoods as service areas.",
)

# 223
p(
    "en",
    "patient_story",
    "Many of you have asked about Rav Dovber Halpern's recovery. The family is posting updates at caringbridge.org/visit/dovberhalpern — please respect their privacy and don't call the unit. Refuah shleimah! 🙏",
    [("NAME", "Dovber Halpern"), ("URL", "caringbridge.org/visit/dovberhalpern")],
    note="Patient's name without the title 'Rav'; the family's update page URL.",
)

# 224
n(
    "en",
    "public_figure",
    "Thank you to the Bobover Rebbe's gabbai and the Hatzolah volunteers of Borough Park for the Chanukah menorah-lighting in our lobby. 🕎",
    "Community figures and volunteers; holiday event.",
)

# 225
p(
    "es",
    "pasted_record",
    "Hoja de referencia (subida por error): Paciente: Marisela Ovalle Cruz — F.N. 03/09/1958 — Fax de la familia: (718) 555-0107 — Correo: mari.ovalle58@gmail.com — Dx: DM2.",
    [
        ("NAME", "Marisela Ovalle Cruz"),
        ("DATE", "03/09/1958"),
        ("FAX", "(718) 555-0107"),
        ("EMAIL", "mari.ovalle58@gmail.com"),
    ],
    note="Referral sheet: name with double surname, birth date, the family's fax (a 718 number, not the hospital's), e-mail.",
)

# 226
n(
    "es",
    "health_tip",
    "Diabetes tipo 2: camina 30 minutos al día, cambia el refresco por agua y revisa tus pies todas las noches. Clases gratis en español cada martes en Washington Heights. 🥗",
    "Health tip.",
)

# 227
p(
    "en",
    "patient_story",
    "Little Avi Mandelbaum rang the bell today after his last round of chemo 🔔 and the first person he FaceTimed was his great-grandfather Shimon, 95, in Jerusalem.",
    [("NAME", "Avi Mandelbaum"), ("NAME", "Shimon"), ("AGE", "95"), ("GEO", "Jerusalem")],
    note="Patient without 'Little'; great-grandfather's name, age over 89 and foreign city (relative).",
)

# 228
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease can look like a simple fever and rash. Know the signs — and ask about our pediatric cardiology clinic at the Washington Heights campus. #KawasakiDiseaseAwarenessDay Jan 26",
    "Eponymous condition and awareness day.",
)

# 229
p(
    "es",
    "patient_story",
    "Don Bartolo se cayó el Viernes Santo subiendo las escaleras de su edificio en la calle Post y hoy, a sus 93 añitos, ya sube los escalones de fisioterapia sin ayuda. ¡Qué ejemplo, don Bartolo! 💪",
    [("NAME", "Bartolo", "*"), ("DATE", "Viernes Santo"), ("GEO", "calle Post"), ("AGE", "93")],
    note="Patient's name without 'don'; holiday of his fall; home street (also a word); age 93.",
)

# 230
n(
    "es",
    "event",
    "Horario de Semana Santa: la clínica de Inwood cierra el Viernes Santo y reabre el lunes. Urgencias siempre abierta en Washington Heights. ✝️",
    "Holiday schedule; the hospital's clinic.",
)

# 231
p(
    "es",
    "patient_story",
    "La concejal Rosa Feliz nos pidió agradecer públicamente al equipo de cardiología de Kingsbridge: ingresó el 2/9 con dolor de pecho y ya está en su casa en Hamilton Heights. 'Cuiden su corazón', dice. ❤️",
    [("NAME", "Rosa Feliz"), ("DATE", "2/9"), ("GEO", "Hamilton Heights")],
    note="A public figure who is a patient: name (a word-surname), admission date, home neighbourhood.",
)

# 232
n(
    "es",
    "public_figure",
    "La concejal Rosa Feliz acompañó hoy a nuestras enfermeras en la inauguración del nuevo centro de enfriamiento del campus de Washington Heights. Abierto de 10am a 8pm durante alertas de calor. 🧊",
    "The same public figure visiting, not as a patient.",
)

# 233
p(
    "es",
    "discharge",
    "Nuestro campeón de la sala 6 Este se va a casa. 🏆 Te vamos a extrañar, FRANKELLY. #FRANKELLYFUERTE",
    [("NAME", "FRANKELLY"), ("NAME", "#FRANKELLYFUERTE")],
    note="All-caps name and all-caps name hashtag; 6 Este is a unit.",
)

# 234
n(
    "es",
    "campaign_hashtag",
    "#FuerteComoElRoble 🌳 es nuestra campaña para sembrar 100 árboles en Washington Heights este otoño. Únete el 19 de octubre en el parque J. Hood Wright.",
    "Campaign hashtag, event date and venue.",
)

# 235
p(
    "en",
    "discharge",
    "Mme. Anne-Rose Théodore taught French at Erasmus Hall for 41 years. Last week, at 97, she taught our ICU nurses how to say 'you're doing it wrong' in three languages. She went home to Flatbush on 3/3. Bon retour, madame! 🌺",
    [
        ("NAME", "Anne-Rose Théodore"),
        ("NAME", "Erasmus Hall"),
        ("AGE", "97"),
        ("GEO", "Flatbush"),
        ("DATE", "3/3"),
    ],
    note="Name without 'Mme.'; her (former) employer, a school, is NAME; age 97; home neighbourhood; discharge date.",
)

# 236
n(
    "en",
    "staff_spotlight",
    "Erasmus Hall students volunteered 600 hours at our Coney Island campus this year! Thank you, Ms. Nadine Toussaint, for leading the club. 📚",
    "Student volunteers and their teacher; the school is not a patient's employer here.",
)

# 237
p(
    "en",
    "birth_announcement",
    "TWIN ALERT 👶👶 Leah and Rachel Azoulay, born on the 31st, are the New Year's Eve babies of our Coney Island campus! Mom Sarit is from Haifa and dad Yoni from Bensonhurst, so the family's debating falafel vs. cannoli. 🎉",
    [
        ("NAME", "Leah"),
        ("NAME", "Rachel Azoulay"),
        ("DATE", "31st"),
        ("DATE", "New Year's Eve"),
        ("NAME", "Sarit"),
        ("GEO", "Haifa"),
        ("NAME", "Yoni"),
        ("GEO", "Bensonhurst"),
    ],
    note="Twins; birth day of month alone and the holiday; parents and their home towns (foreign city and neighbourhood).",
)

# 238
n(
    "en",
    "statistic",
    "New Year's Eve by the numbers: 9 babies, 42 ED visits for fireworks injuries, 0 days off for our amazing night shift. 🎆 Happy New Year from Kingsbridge and Brooklyn Shore!",
    "Anonymous statistics on a holiday.",
)

# 239
p(
    "es",
    "discharge",
    "¡Yoselin ya sale de alta! 💃 Su hermana la grabó bailando en el pasillo y el video ya tiene 2 millones de vistas en TikTok (@yoselin.baila). Vuelve a su apto. 5C de la 3875 de Broadway.",
    [
        ("NAME", "Yoselin"),
        ("OTHER_ID", "@yoselin.baila"),
        ("GEO", "apto. 5C de la 3875 de Broadway"),
    ],
    note="Patient's name; her social handle; home address with apartment (one span). The video is on TikTok, not attached, so no PHOTO.",
)

# 240
n(
    "es",
    "crisis_update",
    "Por la ola de calor, el campus de Coney Island abre su auditorio como centro de enfriamiento hasta el domingo. Trae tus medicinas y tu identificación. Info: (718) 555-0150. #VeranoSeguro",
    "Crisis update; hospital number.",
)

if __name__ == "__main__":
    S.main("phi_dev62_source")
