"""Blind development set d44 for the PHI scanner: tests/data/phi_dev44.jsonl.

Organisation: Casco Bay Medical Center (phi_dev44_org.json): Portland main campus
(1450 Fore River Parkway), Lewiston campus (300 Canal Street), Clínica del Puerto on
the Portland waterfront (75 Commercial Street) for Central American farm and
seafood-plant workers, and a Peaks Island outreach clinic; seven hospital numbers
(switchboard, Lewiston, clínica, family/media line, nurse line, HIM fax, foundation),
domains cascobaymc.org / mychart.cascobaymc.org, handles @CascoBayMed,
@CBMC_Lewiston, @ClinicaDelPuertoME.
Focus: lobstermen and fishing injuries, Franco-American (Acadian) families and French
nicknames, Somali and Congolese families in Lewiston, mill towns, ice storms,
snowmobile crashes, Red Sox and minor-league players, island centenarians; Spanish
posts from the clínica (blueberry harvest, seafood plants, docks).
Hard cases: names that are words, months or places (Hope/Espoir, June, April, Summer,
Augusta, Camden, Bay, Hunter, Dolores, Luz, Santos, Paz, Patience, Bienvenu, Tax),
nicknames in quotes and French nicknames (Ti-Paul, Ti-Jean, Pop, Boo, Mado, Moose),
initials (Mr. K, Ms. B, J.R.), lower-case and chart-style names, names only in
hashtags, relatives named in passing, patients who are staff, volunteers, a mayor,
an Olympian and ballplayers; dates as numbers, ordinals, a day of the month alone,
Spanish dates, holidays that are the patient's day (Bastille Day, Patriots' Day,
Nochebuena, Eid al-Adha, Semana Santa...); ages over 89 in digits, words, French,
ordinals and chart shorthand (91yo, 99F); family phones, faxes and e-mails next to
the hospital's own; MRNs, plan ids, DPI, lobster licences, boat registrations, a VIN,
a pump serial, a portal user name, an IP. Hard negatives: staff and volunteers with
names, titles, ages over 89 and families; donors and foundations named for families;
sponsors; visiting athletes and officials; historical figures; eponymous conditions
(Parkinson's, Lou Gehrig's, Raynaud's, Turner, Bell's palsy, Chagas...); awareness
days and event dates; statistics with population ages; campaign and pet hashtags;
anonymous stories ("a woman in her 90s", "an 89-year-old").
Language mix: 240 posts, 180 English and 60 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- A patient's employer (plant, cannery, co-op, fleet, employer's town) is never
  labelled, nor is the patient's job or the boat's name. A lobster licence number is
  LICENSE; a boat's state registration and a snowmobile VIN are VEHICLE; a Guatemalan
  DPI (national id) is OTHER_ID; an insulin-pump or pacemaker serial is DEVICE.
- A person who is (or was) a patient is labelled even when they are staff, a
  volunteer, a chaplain, a mayor, an athlete or an Olympian; a public figure, pastor
  or donor introduced as a patient's relative is labelled too. The same people in
  posts where they are not patients or relatives are never labelled.
- The place of the patient's injury (road, interstate, snowmobile trail such as
  "ITS 89", lake, field town, the agency named after that town) is GEO, like the
  road of a crash. Relatives' home towns and foreign cities (and refugee camps) are
  GEO; states, countries and Guatemalan departments are not. The place of a
  multi-casualty incident in a crisis update that names no patient is not labelled.
  The school team's town ("Yarmouth Clippers") is GEO as the patient's town. The
  hospital's island clinic, entrances and event venues are never GEO.
- Ages: a specific age over 89 of an unnamed patient is AGE (the post becomes
  patient-specific); age ranges ("in her 90s", "más de 90 años", "90+", "aged 90 and
  older") are not labelled. A patient's relative's age over 89 is AGE. A chart token
  keeps its suffix ("91yo", "99F"); an age in French words ("Quatre-vingt-dix-sept")
  is AGE. Ages of volunteers and staff are never labelled, even over 89.
- Kinship words used as forms of address (Mémère, Pépère, hooyo, nana, abuelita)
  are not part of a name, like titles.
- Dates: a funeral/services date of the patient is DATE; a death anniversary written
  as today's date ("Hoy, 2 de noviembre") is DATE; "last April" for the month of the
  injury labels "April"; a habitual month ("every August") is not labelled; Semana
  Santa spent in hospital is DATE; a holiday the patient only nearly shared
  ("Doce minutos más y era bebé de Navidad") and greetings ("Merry Christmas") are
  not labelled; a follow-up appointment date is DATE.
- ED bay codes next to a patient ("T4") and rooms/beds are OTHER_ID with the keyword.
- A misspelled variant of the patient's name ("Dufort") is NAME; a family's
  fundraiser URL is URL even when no name is written in the post.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev44.jsonl"), os.path.join(HERE, "phi_dev44_org.json"), "d44")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Ice storm of '98 survivor, snowmobile crash survivor, and now... knee replacement grad 😂 Ti-Paul Thibodeau of Lisbon Falls says he's 'too stubborn to stay down.' New knee installed Dec. 2, back on the ice by spring if his surgeon says so. #LewistonProud",
    [
        ("NAME", "Ti-Paul Thibodeau"),
        ("GEO", "Lisbon Falls"),
        ("DATE", "Dec. 2"),
    ],
    note="Patient's French nickname and surname, home town and surgery date; '98 is a bare year, spring a season, #LewistonProud a campaign tag.",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Staff spotlight ✨ Meet Colette Pelletier, RN, who has worked nights on 5 West for 31 years. Born in Madawaska, fluent in French, and the person every new grad calls at 3 a.m. Colette's pépère was a woods boss up in the Allagash. Thank you, Colette! #CascoBayNurses",
    "A nurse, her birthplace and her own grandfather: staff and staff family are never labelled.",
)

# 3
p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Esperanza! 🎉 Nació el 3 de febrero a las 4:12 a.m. en el Centro Médico Casco Bay, pesando 3.2 kg. Sus papás, Wilmer y Rosa Ixcoy, trabajan en una planta de mariscos. Y como dice su abuela: la esperanza nunca se pierde. 💙",
    [
        ("NAME", "Esperanza"),
        ("DATE", "3 de febrero"),
        ("NAME", "Wilmer"),
        ("NAME", "Rosa Ixcoy"),
    ],
    note="Baby's name (also a word; the lower-case noun is not her name), birth date, parents' names; the employer is not labelled.",
)

# 4
n(
    "es",
    "health_tip",
    "🦞 Trabajadores de la planta: el frío y la humedad aumentan el riesgo de infección por cortes con conchas y espinas de pescado. Lávese bien, use guantes y si la herida se pone roja y caliente, llame a la Clínica del Puerto: (207) 555-0163. Atendemos sin cita los martes y jueves.",
    "General advice with the clinic's own number and weekday hours.",
)

# 5
p(
    "en",
    "pasted_record",
    "DRAFT do not post — pt: LEVESQUE, ARMAND R / DOB 11/02/1931 / MRN CB-0077 4512 / 3 South, rm 318-B. 'Mr. Levesque wants to thank the whole floor for the maple candy.'",
    [
        ("NAME", "LEVESQUE, ARMAND R"),
        ("DATE", "11/02/1931"),
        ("MRN", "CB-0077 4512"),
        ("OTHER_ID", "rm 318-B"),
        ("NAME", "Levesque"),
    ],
    note="Pasted chart line: chart-style name, DOB, MRN with letters and a space, room; the unit 3 South is not labelled.",
)

# 6
n(
    "en",
    "event",
    "Join us Saturday, May 17 for the Casco Bay Lobster Crawl 5K on the Eastern Prom! 🦞 Proceeds support the Trauma Survivors Network. Register at cascobaymc.org/crawl. Race-day check-in at 7:30 a.m.",
    "Hospital event date, venue and the hospital's own domain.",
)

# 7
p(
    "en",
    "milestone_birthday",
    "Happy 100th, Alma! 🎂 Alma Soucy took the 7:15 ferry from Peaks Island this morning for her cardiology check and the whole clinic sang. She was born on Bastille Day and says the fireworks are still for her. #IslandLife",
    [
        ("AGE", "100th"),
        ("NAME", "Alma", 1),
        ("NAME", "Alma Soucy"),
        ("GEO", "Peaks Island"),
        ("DATE", "Bastille Day"),
    ],
    note="Centenarian's ordinal age, name, home island, and a holiday that is her birthday.",
)

# 8
n(
    "en",
    "eponymous_condition",
    "April is Parkinson's Awareness Month. Our movement-disorders team in Lewiston runs a free Rock Steady Boxing class every Thursday — punches thrown at Parkinson's, not at each other. Questions? (207) 555-0142.",
    "Eponymous condition, awareness month, hospital campus and number.",
)

# 9
p(
    "en",
    "discharge",
    "GOING HOME!!! 🚤 After 19 days with us, sternman Dakota Ouellette heads back to Vinalhaven. He caught his arm in a hauler on Oct. 3 and told every nurse the lobsters were worth it. Fair winds, Dakota!",
    [
        ("NAME", "Dakota Ouellette"),
        ("NAME", "Dakota", 2),
        ("GEO", "Vinalhaven"),
        ("DATE", "Oct. 3"),
    ],
    note="Name that is also a place, home island town, injury date.",
)

# 10
n(
    "es",
    "statistic",
    "En 2024 atendimos a 1,412 pacientes en la Clínica del Puerto; el 38% trabaja en plantas de mariscos y el 22% en la cosecha de arándanos. Gracias a nuestras promotoras de salud por llegar a cada campamento. 💚",
    "Aggregate statistics only.",
)

# 11
p(
    "en",
    "eponymous_condition",
    "A huge thank-you to Hodan Warsame and her daughters, who cooked sambusa for the entire 4 North night shift after Hodan's surgery for Crohn's. We're still dreaming about them 😍 #LewistonStrong",
    [
        ("NAME", "Hodan Warsame"),
        ("NAME", "Hodan", 2),
    ],
    note="Patient's name twice (once possessive); the eponymous condition, unit and campaign tag are not labelled.",
)

# 12
n(
    "en",
    "public_figure",
    "Big thanks to Portland Sea Dogs pitcher Nate Brodeur and the team mascot Slugger for visiting the pediatric floor today ⚾️ Nate signed 60 baseballs and lost every game of Uno. #SeaDogsCare",
    "A visiting ballplayer and a mascot, not patients.",
)

# 13
p(
    "es",
    "discharge",
    "¡Alta! Don Santos Pérez Chávez regresa a casa después de la amputación del dedo que se lastimó en la máquina de la planta de langosta el 12 de noviembre. Todo el equipo de la clínica le desea pronta recuperación. 🙏",
    [
        ("NAME", "Santos Pérez Chávez"),
        ("DATE", "12 de noviembre"),
    ],
    note="Patient's name (first name also a word), injury date; the employer is not labelled.",
)

# 14
n(
    "en",
    "health_tip",
    "Ice storm tip ❄️: never run a generator in the garage or mudroom. Every winter we treat carbon monoxide poisoning from exactly that. CO detector beeping + headache = get outside and call 911.",
    "Safety tip; 911 is a national line.",
)

# 15
p(
    "en",
    "memorial",
    "We are heartbroken. Rev. Étienne 'Pop' Gagnon, a volunteer chaplain at our Lewiston campus for 22 years, died in our care on Sunday. Pop grew up in Little Canada, spoke French before English, and blessed every snowplow driver who came through the ED. Services will be held Feb. 8. 🕯️",
    [
        ("NAME", "Étienne 'Pop' Gagnon"),
        ("NAME", "Pop", 2),
        ("GEO", "Little Canada"),
        ("DATE", "Feb. 8"),
    ],
    note="A volunteer who died as our patient: name with nickname, his neighbourhood, his services date; Sunday is a weekday, the campus is the hospital's.",
)

# 16
n(
    "en",
    "research",
    "New from our Center for Outcomes Research: lobstermen who wore PFDs were 4x less likely to die after going overboard (Maine data, 2015–2023). Read the paper by Dr. Ingrid Sørensen and colleagues at cascobaymc.org/research. 🛟",
    "Research finding, staff author, hospital domain.",
)

# 17
p(
    "en",
    "patient_story",
    "Snowmobile crash on the ITS 89 trail near Rangeley, two broken femurs, one very determined 16-year-old. Today Brayden walked the length of the rehab gym. His mom Nicole says he's already asking about next winter 🙄😂 #BraydenBounceBack",
    [
        ("GEO", "ITS 89"),
        ("GEO", "Rangeley"),
        ("NAME", "Brayden"),
        ("NAME", "Nicole"),
        ("NAME", "#BraydenBounceBack"),
    ],
    note="Trail and town of the crash, patient and mother's names, name hashtag; 89 is a trail number, 16 an age under 90.",
)

# 18
n(
    "es",
    "event",
    "📅 Feria de salud gratuita el domingo 7 de septiembre en el estacionamiento de la Clínica del Puerto, 75 Commercial Street. Vacunas contra la gripe, presión arterial y revisión de la vista. ¡Traiga a su familia! Info: (207) 555-0163.",
    "Event date, the clinic's own address and number.",
)

# 19
p(
    "en",
    "pasted_record",
    "rm 412 nowak — 2 units PRBC hung 0340, family (daughter Krystyna) @ 207-555-0139 wants call before rounds",
    [
        ("OTHER_ID", "rm 412"),
        ("NAME", "nowak"),
        ("NAME", "Krystyna"),
        ("PHONE", "207-555-0139"),
    ],
    note="Pasted handoff: room, lower-case surname, daughter's name and phone; 0340 is a time.",
)

# 20
n(
    "en",
    "campaign_hashtag",
    "Every ornament on the lobby tree was made by a kid on our pediatric floor 🎄 Share your own with #CascoBayJoy and we'll hang it up through Dec. 31! #TreesOfHope",
    "Campaign hashtags and an event deadline.",
)

# 21
p(
    "en",
    "milestone_birthday",
    "Ninety-eight candles was a fire hazard, so Rita Cyr got nine 😂🎂 Happy birthday from all of us on 6 East, Rita! Her son Gerard drove down from Fort Kent with a tourtière.",
    [
        ("AGE", "Ninety-eight"),
        ("NAME", "Rita Cyr"),
        ("NAME", "Rita", 2),
        ("NAME", "Gerard"),
        ("GEO", "Fort Kent"),
    ],
    note="Age over 89 in words, patient's name, son's name and home town.",
)

# 22
n(
    "en",
    "anonymous_story",
    "A woman in her 90s came into our Lewiston ED last night after slipping on black ice while feeding her chickens. Her first question: 'Who's going to feed the hens?' Our charge nurse called a neighbor. Small-town nursing at its best. ❤️",
    "Unnamed patient, an age range only ('in her 90s'), a relative time, the hospital's own ED.",
)

# 23
p(
    "es",
    "thank_you",
    "Gracias a doña Luz Marina Tzul por las tortillas y el atol que trajo a la clínica para celebrar que su esposo, don Aurelio, ya puede volver a trabajar en el muelle. ¡Nos consienten demasiado! 🌽",
    [
        ("NAME", "Luz Marina Tzul"),
        ("NAME", "Aurelio"),
    ],
    note="Patient's wife (first name also a word) and the patient's first name.",
)

# 24
n(
    "es",
    "staff_spotlight",
    "Conozcan a Yesenia Mazariegos, promotora de salud de la Clínica del Puerto 👩🏽‍⚕️. Llegó de Quetzaltenango hace 15 años, trabajó en la planta de sardinas y hoy visita los campamentos de arándanos cada agosto para tomar la presión. ¡Gracias, Yesenia!",
    "A staff health promoter and her home town: staff are never labelled.",
)

# 25
p(
    "en",
    "patient_story",
    "Meet Espoir (his name means 'hope' in French) 💛 He was 11 when his family arrived in Lewiston from Kinshasa via Kampala. Last spring he needed a kidney transplant; on June 19 he got one. Today he's the goalie for his middle-school team. #EspoirStrong",
    [
        ("NAME", "Espoir"),
        ("GEO", "Lewiston"),
        ("GEO", "Kinshasa"),
        ("GEO", "Kampala"),
        ("DATE", "June 19"),
        ("NAME", "#EspoirStrong"),
    ],
    note="Name that is a word, home city and foreign cities, transplant date, name hashtag; 'Last spring' is a season.",
)

# 26
n(
    "en",
    "eponymous_condition",
    "Why do we call it Lou Gehrig's disease? The Yankees first baseman was diagnosed with ALS in 1939. Today our ALS clinic in Portland sees patients from every county in Maine. Join our walk on June 8. #ALSAwareness",
    "Eponym and public figure, hospital clinic, event date.",
)

# 27
p(
    "en",
    "crisis_update",
    "ICE STORM UPDATE 4:40pm: Lewiston campus is on generator power, all patients safe. Family of the patient transferred from Turner by LifeFlight — your dad is in the ICU, please call (207) 555-0142 and ask for the charge nurse. We could not reach you at 207-555-0127.",
    [
        ("GEO", "Turner"),
        ("PHONE", "207-555-0127"),
    ],
    note="Unnamed patient's home town and the family's phone, next to the hospital's own number.",
)

# 28
n(
    "en",
    "statistic",
    "By the numbers, 2024 ❄️ 212 snowmobile injuries treated across our two campuses; 61% happened after dark; 1 in 3 riders had been drinking. Ride sober, ride slow, stay on marked trails.",
    "Aggregate statistics.",
)

# 29
p(
    "en",
    "public_figure",
    "Former Red Sox reliever Danny 'Big Cat' Marchand — yes, THAT Big Cat — finished cardiac rehab with us this week and gave our team a signed ball from the '86 clubhouse. Thanks for trusting us with your heart, Danny! ❤️⚾",
    [
        ("NAME", "Danny 'Big Cat' Marchand"),
        ("NAME", "Big Cat", 2),
        ("NAME", "Danny", 2),
    ],
    note="A former ballplayer who is our patient: name with nickname, repeated; '86 is a bare year.",
)

# 30
n(
    "en",
    "public_figure",
    "Thank you to Senator Marguerite Daigle for touring our new Lewiston behavioral-health unit today and listening to our peer-support specialists. Pictured: the senator with our CNO, Sam Abdi.",
    "A visiting official and a staff member; the photo shows no patient.",
)

# 31
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 91, doña Socorro! 🎉 La abuelita más alegre de la clínica llegó hoy con su nieto Kevin para su chequeo de diabetes y nos contó que nació un 15 de septiembre, Día de la Independencia 🇬🇹",
    [
        ("AGE", "91"),
        ("NAME", "Socorro"),
        ("NAME", "Kevin"),
        ("DATE", "15 de septiembre"),
        ("DATE", "Día de la Independencia"),
    ],
    note="Age over 89, patient's name, grandson's name, birth date written twice (date and holiday).",
)

# 32
n(
    "es",
    "anonymous_story",
    "Un trabajador de la cosecha de arándanos llegó anoche con un golpe de calor severo. Gracias a sus compañeros que lo trajeron a tiempo, hoy está estable. Recuerden: agua cada 15 minutos, sombra y descanso. 💧",
    "Unnamed worker, relative time only.",
)

# 33
p(
    "en",
    "birth_announcement",
    "A Patriots' Day baby! 🎉 Little Liberty Bouchard arrived at 6:02 a.m. while half of New England was watching the marathon. 7 lb 3 oz, and already louder than the Fenway crowd. Congrats to Jess and Marc of Biddeford!",
    [
        ("DATE", "Patriots' Day"),
        ("NAME", "Liberty Bouchard"),
        ("NAME", "Jess"),
        ("NAME", "Marc"),
        ("GEO", "Biddeford"),
    ],
    note="Holiday that is the birth date, baby's name (a word), parents' names and town.",
)

# 34
n(
    "en",
    "sponsor",
    "Huge thanks to Harbor Fish Co-op and Cote Family Ford for sponsoring this year's Winter Warm-Up coat drive 🧥 Together they donated 400 coats for patients leaving our EDs in the cold. #CascoBayCares",
    "Sponsors (one with a family name in it) and a campaign tag.",
)

# 35
p(
    "en",
    "pasted_record",
    "Fwd from unit clerk: Pt Boisvert, Madeleine ('Mado') DOB 03-14-27 — age 97 — Chebeague Isl. — ins. Anthem ID YRP884210377 — son Richard cell 207 555 0152. PLEASE remove before posting the pic!!",
    [
        ("NAME", "Boisvert, Madeleine"),
        ("NAME", "Mado"),
        ("DATE", "03-14-27"),
        ("AGE", "97"),
        ("GEO", "Chebeague Isl."),
        ("HEALTH_PLAN", "YRP884210377"),
        ("NAME", "Richard"),
        ("PHONE", "207 555 0152"),
    ],
    note="Forwarded chart line: name, French nickname, DOB, age over 89, island, plan id, son's name and phone; the pic is not said to show her.",
)

# 36
n(
    "en",
    "recruitment",
    "Now hiring: RNs for our Lewiston ED, night shift, $15K sign-on bonus 💸 Bilingual in Somali, French, Lingala or Spanish? Even better. Apply at cascobaymc.org/careers or call HR at (207) 555-0100 ext. 4.",
    "Recruitment with hospital domain and number.",
)

# 37
p(
    "en",
    "discharge",
    "Mr. K is heading home to Long Island (the Casco Bay one, not NY 😄) after 6 weeks on our trauma unit. He asked us to share one thing: 'Wear the float coat.' 🛟",
    [
        ("NAME", "K"),
        ("GEO", "Long Island"),
    ],
    note="Patient's initial and home island.",
)

# 38
n(
    "es",
    "recruitment",
    "¿Habla español y k'iche' o mam? 🗣️ Buscamos intérpretes médicos para la Clínica del Puerto y para el hospital en Portland. Tiempo completo, beneficios y capacitación pagada. Aplique en cascobaymc.org/empleos.",
    "Recruitment; languages and the hospital's own city and domain.",
)

# 39
p(
    "en",
    "memorial",
    "The 4 North family lit a candle tonight for our sweet boy who fought so hard. Fly high, buddy. 🕊️💙 #FlyHighBaraka",
    [
        ("NAME", "#FlyHighBaraka"),
    ],
    note="The patient's name appears only in the hashtag.",
)

# 40
n(
    "en",
    "hospital_contact",
    "Reminder: our Lewiston campus main entrance at 300 Canal Street is closed for repaving Mon–Wed. Use the Oxford Street entrance. Questions: (207) 555-0142 or @CBMC_Lewiston.",
    "Hospital's own address, entrance, number and handle.",
)

# 41
p(
    "en",
    "thank_you",
    "From one of our own 💙 Housekeeper Faadumo Hassan spent March in our ICU with COVID pneumonia, and she's back at work today. Faadumo says thank you to the 'nurses who sang in Somali to me' (they were using a translation app, we admit). Welcome back, Faadumo!",
    [
        ("NAME", "Faadumo Hassan"),
        ("NAME", "Faadumo", "*"),
        ("DATE", "March"),
    ],
    note="A staff member who was our patient: name repeated and the month of her admission.",
)

# 42
n(
    "en",
    "crisis_update",
    "⚠️ Code Orange lifted. The Route 196 crash this morning brought 7 patients to our Lewiston ED; all have been treated or transferred. Families looking for loved ones: call (207) 555-0177. Thank you to Lisbon Fire and Androscoggin County EMS.",
    "Multi-casualty update naming no patient; the incident road is public news, not tied to one patient.",
)

# 43
p(
    "es",
    "pasted_record",
    "PACIENTE: GARCÍA LÓPEZ, MARVIN A. — Fecha de nac.: 22/07/1998 — No. expediente 0045-221-9 — Tel. esposa (Yoselin) 207.555.0148 — Dirección: 14 Sheridan St apt 2, Portland. Cita de seguimiento: 3 de marzo.",
    [
        ("NAME", "GARCÍA LÓPEZ, MARVIN A."),
        ("DATE", "22/07/1998"),
        ("MRN", "0045-221-9"),
        ("NAME", "Yoselin"),
        ("PHONE", "207.555.0148"),
        ("GEO", "14 Sheridan St apt 2"),
        ("GEO", "Portland"),
        ("DATE", "3 de marzo"),
    ],
    note="Pasted record: chart name, DOB, record number, wife's name and phone, street address and city, follow-up date.",
)

# 44
n(
    "es",
    "eponymous_condition",
    "El síndrome de Down no es una enfermedad: es una condición genética descrita por el médico John Langdon Down en 1866. Este 21 de marzo, Día Mundial del Síndrome de Down, ¡use calcetines disparejos! 🧦 #DíaMundialSíndromeDeDown",
    "Eponym, historical physician and awareness day.",
)

# 45
p(
    "en",
    "birth_announcement",
    "Augusta has arrived! 👶 Born Nov. 28 to Kelsey and Tom Pratt of Augusta — yes, they named her after their hometown. 8 lb 1 oz of pure Maine. Photo: Augusta meeting big brother Wyatt. 💕",
    [
        ("NAME", "Augusta", 1),
        ("DATE", "Nov. 28"),
        ("NAME", "Kelsey"),
        ("NAME", "Tom Pratt"),
        ("GEO", "Augusta", 2),
        ("PHOTO", "Photo"),
        ("NAME", "Augusta", 3),
        ("NAME", "Wyatt"),
    ],
    note="The same word is the baby's name (1st, 3rd) and the family's city (2nd); birth date, parents, brother, photo cue.",
)

# 46
n(
    "en",
    "staff_spotlight",
    "Say bonjour to Dr. Aline Bérubé-Nadeau, our new chief of emergency medicine! Raised in Frenchville, trained in Montréal, and a former sternwoman on her uncle's boat out of Stonington. Dr. Bérubé-Nadeau starts July 1. Bienvenue! 🦞",
    "New physician, her home towns and start date: staff details are not labelled.",
)

# 47
p(
    "en",
    "patient_story",
    "'Forty-one years hauling and I never went over till this one.' Captain Royce Alley of Beals went into 46° water on January 4 when his boot caught a trap line. His sternman hauled him out. Royce spent 9 days with us and he's got a message: wear your PFD. #LobsterStrong",
    [
        ("NAME", "Royce Alley"),
        ("NAME", "Royce", 2),
        ("GEO", "Beals"),
        ("DATE", "January 4"),
    ],
    note="Lobsterman's name, town and injury date; the title and the campaign tag are not labelled.",
)

# 48
n(
    "en",
    "event",
    "🎭 Franco-American Heritage Night at the Lewiston campus cafeteria, Friday June 20, 5–7pm: tourtière, ployes, fiddle music and a talk on the 1923 mill strikes. Free for patients, families and staff. Merci to the Franco Center for co-hosting!",
    "Event date and venue.",
)

# 49
p(
    "es",
    "patient_story",
    "Hace un año, Jesús Pascual llegó a nuestra clínica con un dolor de pecho que él creía era 'cansancio'. Era un infarto. Hoy, después de su cateterismo del 9 de enero y de meses de rehabilitación, volvió a jugar fútbol con sus compañeros de la planta. Su mamá le mandó bendiciones desde San Pedro Soloma. ⚽❤️",
    [
        ("NAME", "Jesús Pascual"),
        ("DATE", "9 de enero"),
        ("GEO", "San Pedro Soloma"),
    ],
    note="Patient's name, procedure date, mother's foreign town.",
)

# 50
n(
    "es",
    "health_tip",
    "¿Sabía que las manos de los trabajadores de la langosta pueden sufrir pinchazos infectados? Si una cortada le duele más cada día, o ve una línea roja subiendo por el brazo, venga el mismo día. No espere al fin de semana. Atención en español: (207) 555-0163.",
    "Health advice with the clinic's number.",
)

# 51
p(
    "en",
    "milestone_birthday",
    "Shout-out to our oldest dialysis patient, who turns 102 today 🎂 She's been coming to the Lewiston unit three times a week since 2009 and still beats the techs at cribbage. Happy birthday, Mrs. Théberge!",
    [
        ("AGE", "102"),
        ("NAME", "Théberge"),
    ],
    note="Age over 89 and surname after a title; 2009 is a bare year, 'today' a relative expression.",
)

# 52
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back to visit yesterday — now a 6-foot high school senior headed to Maine Maritime Academy. He was 1 lb 14 oz when he was born here. Some days this job is all right. 🥲",
    "Unnamed former patient; a future school is not an identifier.",
)

# 53
p(
    "en",
    "thank_you",
    "Thank you to everyone who sent cards for Gaston after his ice-fishing accident on Sebago! His wife Lorraine asked us to share: if you want to send more, email lorraine.gaston.cards@gmail.com — please don't call the unit. 😊 Cards can also be dropped at the 1450 Fore River Parkway info desk.",
    [
        ("NAME", "Gaston"),
        ("GEO", "Sebago"),
        ("NAME", "Lorraine"),
        ("EMAIL", "lorraine.gaston.cards@gmail.com"),
    ],
    note="Patient's name, lake of the accident, wife's name and e-mail; the hospital's address is not labelled.",
)

# 54
n(
    "en",
    "hospital_contact",
    "Looking for a patient? Our information desk at 1450 Fore River Pkwy can help 24/7 at (207) 555-0100. For the Lewiston campus, (207) 555-0142. Media inquiries: media@cascobaymc.org. We can't share patient information on social media — thanks for understanding. 💙",
    "Hospital's own address, numbers and e-mail.",
)

# 55
p(
    "es",
    "birth_announcement",
    "🎄 ¡El regalo más bonito de Nochebuena! Nació Emanuel, hijo de Dilcia y Óscar, a las 11:48 p.m. del 24 de diciembre. ¡Doce minutos más y era bebé de Navidad! 😄",
    [
        ("DATE", "Nochebuena"),
        ("NAME", "Emanuel"),
        ("NAME", "Dilcia"),
        ("NAME", "Óscar"),
        ("DATE", "24 de diciembre"),
    ],
    note="Birth on Christmas Eve written as holiday and date, baby and parents; Navidad is the day he missed, not labelled.",
)

# 56
n(
    "es",
    "sponsor",
    "Gracias a Mariscos del Norte y a la familia Bernal, dueños de la Panadería La Ceiba, por donar 300 kits de invierno (gorros, guantes y calcetines) para los trabajadores que atendemos. 🧤❤️ #InviernoSeguro",
    "Donor business and donor family, not patients.",
)

# 57
p(
    "en",
    "discharge",
    "Baby Ayaan came home from our NICU on Eid al-Adha — best gift her family could ask for, says her dad Abdirahman. 🌙 After 71 days and two surgeries, she's 5 lbs of pure sass. Eid Mubarak to all who celebrate!",
    [
        ("NAME", "Ayaan"),
        ("DATE", "Eid al-Adha"),
        ("NAME", "Abdirahman"),
    ],
    note="Baby's name, discharge on a holiday, father's name; the greeting is not a date.",
)

# 58
n(
    "en",
    "research",
    "Our Lewiston team is enrolling adults 18+ with type 2 diabetes who fast during Ramadan for a study on safe medication timing. Study coordinator: Ahmed Nur, ahmed.nur@cascobaymc.org. Compensation provided. IRB #2024-0311.",
    "Study recruitment: staff name and hospital e-mail, protocol number.",
)

# 59
p(
    "en",
    "pasted_record",
    "PLS REMOVE — IMPLANT LOG: PT DUBOIS, ROLAND — MEDTRONIC PACER SN PJN774215H — IMPLANTED 9/17 — RM 5E-22 — F/U CLINIC 10/1",
    [
        ("NAME", "DUBOIS, ROLAND"),
        ("DEVICE", "PJN774215H"),
        ("DATE", "9/17"),
        ("OTHER_ID", "RM 5E-22"),
        ("DATE", "10/1"),
    ],
    note="ALL-CAPS implant log: name, device serial, implant and follow-up dates, room.",
)

# 60
n(
    "en",
    "campaign_hashtag",
    "#BeatTheBlackIce challenge: post a pic of your sanded driveway and tag @CascoBayMed. Every post = $1 from our partners to the Falls Prevention Fund. ❄️🧂",
    "Campaign hashtag and the hospital's handle.",
)

# 61
p(
    "en",
    "public_figure",
    "Portland Sea Dogs infielder Luis Armando Rosales (#7) was discharged today after his appendectomy on Tuesday. His mom Yaneris flew up from Santo Domingo to keep an eye on him. He promised to hit one out for the 3 West nurses. ⚾🙏",
    [
        ("NAME", "Luis Armando Rosales"),
        ("NAME", "Yaneris"),
        ("GEO", "Santo Domingo"),
    ],
    note="A ballplayer who is our patient, his mother and her city; jersey number and weekday are not labelled.",
)

# 62
n(
    "en",
    "public_figure",
    "Fun fact Friday: our Dorothea Dix Pavilion is named for the 19th-century reformer who toured Maine jails and almshouses in 1843 to document conditions for the mentally ill. Her report changed how this state cared for people. 📜",
    "Historical figure naming a building.",
)

# 63
p(
    "es",
    "memorial",
    "Con mucha tristeza despedimos a don Fermín Cux, trabajador de los arándanos por 25 veranos y paciente de nuestra clínica. Falleció el 2 de agosto. Su hija Marleny nos pidió compartir: 'Gracias por tratarlo como familia.' Descanse en paz, don Fermín. 🕊️",
    [
        ("NAME", "Fermín Cux"),
        ("NAME", "Fermín", 2),
        ("DATE", "2 de agosto"),
        ("NAME", "Marleny"),
    ],
    note="Patient's name, date of death, daughter's name; seasons worked are not dates.",
)

# 64
n(
    "es",
    "crisis_update",
    "⚠️ Por la tormenta de hielo, la Clínica del Puerto estará cerrada hoy martes. Si necesita sus medicinas, llame al (207) 555-0163 o vaya a la sala de emergencias del hospital en 1450 Fore River Parkway. Las citas se moverán al jueves 16.",
    "Closure notice; a rescheduling date of the clinic, not of a patient.",
)

# 65
p(
    "en",
    "milestone_birthday",
    "One hundred years young! 🎉 Happy birthday to Winnie Dyer of Cliff Island, who was born on the island on April 2 and still rows to the mail boat. Winnie, we'll see you at 101! 🚣‍♀️",
    [
        ("AGE", "One hundred"),
        ("NAME", "Winnie Dyer"),
        ("NAME", "Winnie", 2),
        ("GEO", "Cliff Island"),
        ("DATE", "April 2"),
        ("AGE", "101"),
    ],
    note="Age in words and the next age, name, island, birth date.",
)

# 66
n(
    "en",
    "statistic",
    "Maine is the oldest state in the nation 👵👴 and our islands are older still: in 2023 we cared for 311 patients over 90 and 14 who were 100 or older. Aging in place takes a village — and a ferry.",
    "Population ages and counts.",
)

# 67
p(
    "en",
    "patient_story",
    "so this is Buddy. buddy is 9, has type 1 diabetes, and just did his first insulin pump site change all by himself at camp 🏕️💪 his nana in Auburn is SO proud. keep rockin it 🤘 #BuddyVsT1D",
    [
        ("NAME", "Buddy"),
        ("NAME", "buddy"),
        ("GEO", "Auburn"),
        ("NAME", "#BuddyVsT1D"),
    ],
    note="Nickname that is a word, capitalised and lower case, grandmother's town, name hashtag.",
)

# 68
n(
    "en",
    "eponymous_condition",
    "Raynaud's + Maine winters = 🥶🖐️. If your fingers go white, then blue, then red when you handle cold traps or bait, talk to your primary care provider. Named for French physician Maurice Raynaud, who described it in 1862.",
    "Eponymous condition and historical physician.",
)

# 69
p(
    "en",
    "thank_you",
    "Merci beaucoup à la famille Mukendi! 🇨🇩 After Grâce's safe delivery of twins, her husband Dieudonné brought the whole L&D team a tray of pondu and fufu. Want to say congrats? They asked us to share their contact: mukendi.family@yahoo.fr / +1 (207) 555-0196.",
    [
        ("NAME", "Mukendi"),
        ("NAME", "Grâce"),
        ("NAME", "Dieudonné"),
        ("EMAIL", "mukendi.family@yahoo.fr"),
        ("PHONE", "+1 (207) 555-0196"),
    ],
    note="Family surname, mother's and father's names, family e-mail and phone.",
)

# 70
n(
    "en",
    "sponsor",
    "Presented by Androscoggin Mills Credit Union 💙 The Harvest Gala raised $412,000 for the Gagnon Family Cancer Center. Special thanks to honorary chairs Paul and Denise Gagnon.",
    "Sponsor and donor family that names a building.",
)

# 71
p(
    "en",
    "crisis_update",
    "🚨 Please share: a patient who left our Portland ED against advice this morning may be confused and is driving a green Ford Ranger, Maine plate 4418 WK. If you see the truck, call 911. Family is aware.",
    [
        ("VEHICLE", "4418 WK"),
    ],
    note="Unnamed patient identified by his plate number.",
)

# 72
n(
    "en",
    "recruitment",
    "Love boats? Love people? 🚤 Our Island Outreach nurses ride the Casco Bay Lines ferries to Peaks, Long, Chebeague and Cliff Islands every week. Now hiring 2 RNs. DM @CascoBayMed or apply at cascobaymc.org/careers.",
    "The hospital's service area, not a patient's home.",
)

# 73
p(
    "es",
    "discharge",
    "¡Por fin a casa! 🏠 Después de 3 semanas por quemaduras en la planta de procesamiento, Rudy Tax ya está listo. Su familia en Guatemala puede llamar a su primo Edgar: +502 5555 0187. ¡Ánimo, Rudy!",
    [
        ("NAME", "Rudy Tax"),
        ("NAME", "Rudy", 2),
        ("NAME", "Edgar"),
        ("PHONE", "+502 5555 0187"),
    ],
    note="Patient's name (surname a word), cousin's name and foreign phone; Guatemala is a country.",
)

# 74
n(
    "es",
    "research",
    "Nuestro estudio sobre el dolor de espalda en trabajadores de plantas de mariscos ya tiene 220 participantes. Los resultados preliminares muestran que las pausas de estiramiento cada 2 horas reducen el dolor en un 30%. Gracias a la Dra. Beatriz Ordóñez y su equipo. 📊",
    "Research results and a staff researcher.",
)

# 75
p(
    "en",
    "memorial",
    "REST EASY, CAPT. BUD COLBY. 🕊️ 94 YEARS ON THIS EARTH, 70 OF THEM ON THE WATER OUT OF CUNDY'S HARBOR. HE PASSED PEACEFULLY ON OUR HOSPICE UNIT THE MORNING OF DEC 11. FAIR WINDS, CAPTAIN.",
    [
        ("NAME", "BUD COLBY"),
        ("AGE", "94"),
        ("GEO", "CUNDY'S HARBOR"),
        ("DATE", "DEC 11"),
    ],
    note="ALL CAPS: name, age over 89, village, date of death; 70 is a duration.",
)

# 76
n(
    "en",
    "anonymous_story",
    "Overheard on 5 West: a patient in his late 80s told his nurse he'd survived the '98 ice storm, two hip replacements and the Blizzard of '78, 'so a little pneumonia isn't going to do it.' He's right. Discharged today. 💪",
    "Unnamed patient under 90, bare years, relative date.",
)

# 77
p(
    "en",
    "patient_story",
    "Reposting with permission from the Roy family: 'Our Sophie (a.k.a. Bug 🐞) had her 3rd open-heart surgery at Casco Bay on Aug 21. She's home now in Saco eating popsicles for breakfast.' Love you, Bug!",
    [
        ("NAME", "Roy"),
        ("NAME", "Sophie"),
        ("NAME", "Bug", "*"),
        ("DATE", "Aug 21"),
        ("GEO", "Saco"),
    ],
    note="Family surname, patient's name and nickname, surgery date, home town; '3rd' counts surgeries.",
)

# 78
n(
    "en",
    "health_tip",
    "Frostbite check for snowmobilers ❄️: numb, waxy, white skin on cheeks, nose or fingers? Get inside, rewarm in warm (not hot) water, and DON'T rub it. Then come see us. Ride safe this weekend — the trails around Jackman are glare ice.",
    "Tip; trail conditions in a town are not tied to a patient.",
)

# 79
p(
    "es",
    "thank_you",
    "¡Gracias por tanto cariño para nuestra pequeña guerrera! 💜 Ya terminó su última quimio y tocó la campana. #FuerzaDayana #ClinicaDelPuerto",
    [
        ("NAME", "#FuerzaDayana"),
    ],
    note="The patient's name appears only in a hashtag; #ClinicaDelPuerto is the clinic's own.",
)

# 80
n(
    "es",
    "campaign_hashtag",
    "Este mes de la herencia hispana, comparta la receta de su abuela con #SaborQueSana 🌮🫔. Vamos a publicar las más saludables en nuestra página. ¡Gracias, Maine, por su diversidad!",
    "Campaign hashtag.",
)

# 81
p(
    "en",
    "milestone_birthday",
    "Our favorite volunteer is celebrating her ninetieth birthday in our cardiac step-down unit 🎈 — she's been a pink lady here since 1978 and a patient here since Thursday. Get well soon, Thérèse! Born on Halloween, which explains a lot. 🎃",
    [
        ("AGE", "ninetieth"),
        ("NAME", "Thérèse"),
        ("DATE", "Halloween"),
    ],
    note="A volunteer who is now a patient: ordinal age in words, first name, birthday holiday.",
)

# 82
n(
    "en",
    "staff_spotlight",
    "Volunteer spotlight 🌟 At 93, Normand Lachance is our longest-serving volunteer — 41 years of pushing the book cart at our Lewiston campus. His secret? 'Ployes every morning and never retire.' Merci, Normand!",
    "A volunteer's name and age over 89: volunteers are never labelled.",
)

# 83
p(
    "en",
    "pasted_record",
    "ugh wrong clipboard lol -> McCarthy, Sean P. | SSN 004-61-2253 | Medicaid ID MA4412908 | acct 77-204-118 | Rte 4, Turner",
    [
        ("NAME", "McCarthy, Sean P."),
        ("SSN", "004-61-2253"),
        ("HEALTH_PLAN", "MA4412908"),
        ("ACCOUNT", "77-204-118"),
        ("GEO", "Rte 4"),
        ("GEO", "Turner"),
    ],
    note="Pasted registration line: name, SSN, plan id, account, road and town.",
)

# 84
n(
    "en",
    "event",
    "Mark your calendars 🗓️ Blood drives at both campuses: Portland on Jan. 9, Lewiston on Jan. 16 (MLK weekend!). Donors get a Sea Dogs ticket voucher. Book at cascobaymc.org/give.",
    "Event dates and hospital sites.",
)

# 85
p(
    "en",
    "discharge",
    "Merveille went home today! 🎈 Ten days ago she came in by ambulance from Pierce Street with a severe asthma attack during the ice storm. Her aunt Bijou translated for us in Lingala and Swahili every day. Merci, Bijou, and get well, Merveille!",
    [
        ("NAME", "Merveille", "*"),
        ("GEO", "Pierce Street"),
        ("NAME", "Bijou", "*"),
    ],
    note="Patient's name (a French word), her street, aunt's name; 'Ten days ago' is relative.",
)

# 86
n(
    "en",
    "campaign_hashtag",
    "Our #CascoBayStrong shirts are back! 👕 All proceeds go to the Ice Storm Relief Fund for families hit by the January outages. Grab one at either gift shop.",
    "Campaign hashtag; a month of a public event.",
)

# 87
p(
    "es",
    "patient_story",
    "Don Abelino nos contó que el día 5 se le cayó una caja de 40 libras en el pie en el muelle. Hoy, con su bota ortopédica, ya camina sin muletas. Su nieta Britany le traduce todo y nos hace reír. ¡Gracias, familia Chitay!",
    [
        ("NAME", "Abelino"),
        ("DATE", "día 5"),
        ("NAME", "Britany"),
        ("NAME", "Chitay"),
    ],
    note="Patient's name, day of the month of the injury, granddaughter, family surname.",
)

# 88
n(
    "es",
    "hospital_contact",
    "📞 Líneas importantes: Clínica del Puerto (207) 555-0163 · Línea de enfermería 24 horas (207) 555-0119 · Emergencias 911 · Centro de Control de Envenenamientos 1-800-222-1222. Síganos en @ClinicaDelPuertoME.",
    "Hospital and national lines, clinic handle.",
)

# 89
p(
    "en",
    "birth_announcement",
    "June was born in June 😍 (June 30, at 11:58 p.m., just under the wire!). Welcome to the world, June Pelletier-Nadeau, daughter of Cam and Ashley of Lewiston's Little Canada. ☀️",
    [
        ("NAME", "June", 1),
        ("DATE", "June", 2),
        ("DATE", "June 30"),
        ("NAME", "June Pelletier-Nadeau"),
        ("NAME", "Cam"),
        ("NAME", "Ashley"),
        ("GEO", "Lewiston"),
        ("GEO", "Little Canada"),
    ],
    note="The baby's name is also her birth month: name, month, full date, full name; parents, city and neighbourhood.",
)

# 90
n(
    "en",
    "public_figure",
    "The Portland Puffins hockey team skated into our pediatric unit today 🏒 Captain Jean-Philippe Roy handed out jerseys and wagon rides. Thanks, Puffins!",
    "Visiting athletes.",
)

# 91
p(
    "en",
    "patient_story",
    "After his hand got caught in a conveyor at work, Wendell Sprague of Prospect Harbor had 4 fingers reattached here on 2/11. Today he gave us a thumbs-up 👍 — with the reattached thumb. His wife Bev says the whole crew at Harbor Pack Seafood is cheering.",
    [
        ("NAME", "Wendell Sprague"),
        ("GEO", "Prospect Harbor"),
        ("DATE", "2/11"),
        ("NAME", "Bev"),
    ],
    note="Name, village, surgery date, wife; the employer is not labelled.",
)

# 92
n(
    "en",
    "research",
    "Published 📄 Our trauma team's review of 512 hypothermia cases found that Osborn waves on the ECG (named for J.J. Osborn, 1953) predicted cardiac arrest in cold-water immersion. Congrats Dr. Tom Ferrante & the Lewiston ICU nurses!",
    "Research with an eponym and staff.",
)

# 93
p(
    "es",
    "milestone_birthday",
    "🎂 ¡Noventa y cinco años! Hoy celebramos a la mamá de nuestro paciente Wilfredo: doña Paz Ajanel, que vino desde Todos Santos Cuchumatán a visitarlo y cumplió años aquí en Maine. ¡Qué bendición!",
    [
        ("AGE", "Noventa y cinco"),
        ("NAME", "Wilfredo"),
        ("NAME", "Paz Ajanel"),
        ("GEO", "Todos Santos Cuchumatán"),
    ],
    note="The patient's mother: her age over 89 in words, name, home town; the patient's name.",
)

# 94
n(
    "es",
    "public_figure",
    "La cantante hondureña Karla Lazo visitó hoy la Clínica del Puerto y cantó para los pacientes en la sala de espera. ¡Gracias, Karla, por tu voz y tu corazón! 🎤",
    "Visiting singer.",
)

# 95
p(
    "en",
    "thank_you",
    "Our own security officer J.R. Michaud spent Christmas in the cath lab instead of at home 🎄💔 — he's doing great now and back on the overnight shift. Welcome back J.R.! #MichaudStrong",
    [
        ("NAME", "J.R. Michaud"),
        ("NAME", "J.R.", 2),
        ("DATE", "Christmas"),
        ("NAME", "#MichaudStrong"),
    ],
    note="Staff member who was a patient: initials and surname, admission on a holiday, name hashtag.",
)

# 96
n(
    "en",
    "hospital_contact",
    "New patient portal! 💻 Sign up at mychart.cascobaymc.org with the code on your after-visit summary. Need help? Call (207) 555-0177, Mon–Fri 8–5, or message @CascoBayMed. Never share your password — we'll never ask for it.",
    "Hospital's portal domain, number and handle.",
)

# 97
p(
    "en",
    "pasted_record",
    "nurse notes 2 self (dont post!!): bed 14 - arsenault, ti-jean - mrn#000-88-1207 - allergies PCN - wife yvette 207.555.0171 - nok",
    [
        ("OTHER_ID", "bed 14"),
        ("NAME", "arsenault, ti-jean"),
        ("MRN", "000-88-1207"),
        ("NAME", "yvette"),
        ("PHONE", "207.555.0171"),
    ],
    note="Lower-case notes: bed, chart-style name with French nickname, MRN, wife and phone.",
)

# 98
n(
    "en",
    "statistic",
    "Since we started handing out free float coats at the Portland Fish Pier in 2019, overboard deaths among the lobster fleet in our region dropped from 9 to 2 a year. 🛟 That's not luck. That's PFDs. #FloatCoatsSaveLives",
    "Aggregate statistic and campaign tag.",
)

# 99
p(
    "en",
    "memorial",
    "Inna lillahi wa inna ilayhi raji'un. Our hearts are with the family of Hawo Mohamud, who spent her final days with us surrounded by her 11 grandchildren. Born in Kismayo, raised her children in Dadaab, and built a new home on Lisbon Street. She was 96. 🤍",
    [
        ("NAME", "Hawo Mohamud"),
        ("GEO", "Kismayo"),
        ("GEO", "Dadaab"),
        ("GEO", "Lisbon Street"),
        ("AGE", "96"),
    ],
    note="Name, foreign city, refugee camp, home street, age over 89.",
)

# 100
n(
    "en",
    "eponymous_condition",
    "Lyme disease is named for Lyme, Connecticut, where it was first identified in 1975. In Maine, cases peak in June and July. Check for ticks after every walk in the woods — and see us if you spot a bull's-eye rash. 🦌",
    "Eponymous place name and seasonal months of a statistic.",
)

# 101
p(
    "es",
    "crisis_update",
    "⚠️ AVISO a la familia de Ovidio Xoyón: su celular está apagado y necesitamos hablar con ustedes. Él está estable en la habitación 214. Por favor llamen al (207) 555-0177.",
    [
        ("NAME", "Ovidio Xoyón"),
        ("OTHER_ID", "habitación 214"),
    ],
    note="Patient's name and room; the number is the hospital's.",
)

# 102
n(
    "es",
    "event",
    "🎉 ¡Celebremos el Día del Niño el 30 de abril! Habrá piñata, cuentacuentos y vacunas al día en la Clínica del Puerto de 3 a 6 p.m. Los niños de 4 a 12 años reciben un libro gratis. 📚",
    "Event on a holiday; no patient.",
)

# 103
p(
    "en",
    "birth_announcement",
    "Twins on the 1st of the month! 👶👶 Ikran and Ilhan arrived a few minutes apart on the morning of March 1st at our Lewiston campus. Mom Sahra says she's naming the next one 'Rent' (it's always due on the 1st) 😂",
    [
        ("DATE", "1st", 1),
        ("NAME", "Ikran"),
        ("NAME", "Ilhan"),
        ("DATE", "March 1st"),
        ("NAME", "Sahra"),
    ],
    note="Birth day of the month and full date, twins and mother; the rent's '1st' is not their date.",
    ok=("1st",),
)

# 104
n(
    "en",
    "crisis_update",
    "Storm update 6am ❄️ Both campuses are open and on normal power. Outpatient appointments before 10 a.m. are cancelled; we'll call you to reschedule. Roads around Auburn and Lewiston are glare ice — please don't drive unless you must.",
    "Operational update; towns are road conditions.",
)

# 105
p(
    "en",
    "discharge",
    "Moose is going home!! 🫎 The big guy (6'5\", 280 lb, gentle as a lamb) was clearing lines after the ice storm when a tree came down on his bucket truck on Jan. 10. Linemen from three states lined the hallway to clap him out. Godspeed, Moose.",
    [
        ("NAME", "Moose", "*"),
        ("DATE", "Jan. 10"),
    ],
    note="Nickname that is a word, injury date.",
)

# 106
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Hodgkin! No, not THAT Hodgkin 😄 Dr. Laura Hodgkin, our new pediatric hematologist, has heard every lymphoma joke. She joins us from Dartmouth and loves cross-country skiing in Bethel. #NewDocOnTheBlock",
    "Staff physician whose surname is an eponym.",
)

# 107
p(
    "en",
    "patient_story",
    "Special delivery 📬 Cards for 8-year-old Nolan can be mailed c/o his family at 27 Sabattus Street, Lewiston ME — he's missing school while recovering from his burns and LOVES getting mail. #NolansMailbag",
    [
        ("NAME", "Nolan"),
        ("GEO", "27 Sabattus Street"),
        ("GEO", "Lewiston"),
        ("NAME", "#NolansMailbag"),
    ],
    note="Patient's name, home street address and city, name hashtag.",
)

# 108
n(
    "en",
    "sponsor",
    "A $250,000 gift from the Rousseau Family Foundation will fund a second ice-rescue sled for our LifeFlight partners 🚁 Thank you, Marcel and Yvonne Rousseau, for 30 years of generosity to Casco Bay. #Grateful",
    "Donors and their foundation.",
)

# 109
p(
    "es",
    "birth_announcement",
    "¡Doble bendición! Ángel y Rocío llegaron el 8 de marzo, Día de la Mujer 💐, a las 5:20 y 5:27 de la mañana. Sus papás, Héctor Quiej y Marisol Batz, viven en Westbrook. ¡Felicidades!",
    [
        ("NAME", "Ángel"),
        ("NAME", "Rocío"),
        ("DATE", "8 de marzo"),
        ("DATE", "Día de la Mujer"),
        ("NAME", "Héctor Quiej"),
        ("NAME", "Marisol Batz"),
        ("GEO", "Westbrook"),
    ],
    note="Twins' names, birth date written twice, parents, home town.",
)

# 110
n(
    "es",
    "anonymous_story",
    "Una señora de más de 90 años caminó 2 millas en la nieve para su cita porque 'no quería molestar a nadie'. Nuestro equipo de transporte ya la tiene en la lista para el próximo invierno. 🚐❄️ Si conoce a alguien que necesita transporte, llámenos.",
    "Unnamed patient with an age range only.",
)

# 111
p(
    "en",
    "milestone_birthday",
    "Pasted from the 6 East huddle board 🎉: 'BDAY TODAY rm 608 - Mr. Fortin, 95 y/o - cake at 2pm, ask family first re: sugar!!' Happy birthday, Mr. Fortin!",
    [
        ("OTHER_ID", "rm 608"),
        ("NAME", "Fortin", "*"),
        ("AGE", "95"),
    ],
    note="Room, surname twice, age over 89 in chart shorthand.",
)

# 112
n(
    "en",
    "health_tip",
    "Shoveling heavy, wet snow is a real cardiac stressor. Push, don't lift; take breaks; and if you feel chest pressure, jaw or arm pain, stop and call 911. Don't drive yourself to 1450 Fore River Parkway. ❤️❄️",
    "Tip with the hospital's own address.",
)

# 113
p(
    "en",
    "public_figure",
    "Mayor Rémi Lavoie asked us to let everyone know he's recovering well at home since his discharge on the 24th, after gallbladder surgery on Monday. 😊 Get well soon, Mr. Mayor!",
    [
        ("NAME", "Rémi Lavoie"),
        ("DATE", "24th"),
    ],
    note="A public official who is our patient: name and discharge day.",
)

# 114
n(
    "en",
    "public_figure",
    "Thanks to Portland Mayor Sarah Whitcomb and City Council for joining our nurses at the Fish Pier this morning to hand out float coats to the fleet. 🛟🦞 #FloatCoatsSaveLives",
    "Public official at a hospital event.",
)

# 115
p(
    "es",
    "pasted_record",
    "Nota copiada del registro (¡no publicar!): Sra. Cruz Yac, Reina — DPI 2587 44190 1301 — licencia de Maine 7741926 — seguro MaineCare 88120447B — cuarto 9, cama 2.",
    [
        ("NAME", "Cruz Yac, Reina"),
        ("OTHER_ID", "2587 44190 1301"),
        ("LICENSE", "7741926"),
        ("HEALTH_PLAN", "88120447B"),
        ("OTHER_ID", "cuarto 9"),
        ("OTHER_ID", "cama 2"),
    ],
    note="Chart-style name, national id, driver's licence, plan id, room and bed.",
)

# 116
n(
    "es",
    "health_tip",
    "Con el frío, revise el calentador: nunca use la estufa de gas para calentar la casa. El monóxido de carbono no tiene olor. Si le duele la cabeza y se siente mareado, salga y llame al 911. Dolores de cabeza en toda la familia = ¡peligro!",
    "Tip; 'Dolores' here is the word for pains.",
)

# 117
p(
    "en",
    "campaign_hashtag",
    "Follow Tate's recovery on his family's CaringBridge: caringbridge.org/visit/tatestrong — his parents post updates every night from the PICU. We're so proud of you, Tate! 🧡 #TateStrong",
    [
        ("NAME", "Tate", "*"),
        ("URL", "caringbridge.org/visit/tatestrong"),
        ("NAME", "#TateStrong"),
    ],
    note="Patient's name, family's journal URL, name hashtag.",
)

# 118
n(
    "en",
    "campaign_hashtag",
    "#HopeFloats 🛟 Our annual float-coat giveaway hits Stonington, Jonesport and Portland this month. Bring your old, ripped PFD and trade it in for a new one — free. Sponsored by the Maine Lobstermen's Safety Fund.",
    "Campaign hashtag and event towns.",
)

# 119
p(
    "en",
    "discharge",
    "Summer is headed home just in time for summer ☀️ After 4 months of chemo on our pediatric oncology floor, this 6-year-old from Old Orchard Beach rang the bell on May 30 and is ready for the beach. We love you, Summer! #SummerStrong",
    [
        ("NAME", "Summer", "*"),
        ("GEO", "Old Orchard Beach"),
        ("DATE", "May 30"),
        ("NAME", "#SummerStrong"),
    ],
    note="Name that is a season (the lower-case season is not labelled), home town, end-of-treatment date, name hashtag.",
)

# 120
n(
    "en",
    "birth_announcement",
    "Born on the ferry! 🚢 A baby girl arrived aboard a Casco Bay Lines boat this week, delivered by a deckhand and one of our island nurses. Mom and baby are doing great. Welcome aboard, little one!",
    "Unnamed baby, no date or place of home.",
)

# 121
p(
    "es",
    "thank_you",
    "La familia de Nery Coc nos escribió para agradecer al equipo de la UCI: 'Gracias por cuidar a mi papá durante 12 días.' Si quieren enviarle un mensaje, su hija Heidy nos pidió compartir su correo: heidy.coc98@hotmail.com 💌",
    [
        ("NAME", "Nery Coc"),
        ("NAME", "Heidy"),
        ("EMAIL", "heidy.coc98@hotmail.com"),
    ],
    note="Patient's name, daughter's name and e-mail.",
)

# 122
n(
    "es",
    "staff_spotlight",
    "👏 Felicidades a nuestra intérprete Dolores Tun, que celebra 10 años en la clínica. Dolores habla español, k'iche' y q'anjob'al y ha acompañado a más de 9,000 pacientes. ¡Gracias, Lola!",
    "Staff interpreter and her nickname.",
)

# 123
p(
    "en",
    "thank_you",
    "To 'Boo' Cormier's nurses on 3 West: his sister Marie-Reine wants you to know he called you 'mes anges' every night. He went home to Frenchville Thursday. Merci mille fois! 😇",
    [
        ("NAME", "Boo"),
        ("NAME", "Cormier"),
        ("NAME", "Marie-Reine"),
        ("GEO", "Frenchville"),
    ],
    note="Quoted nickname and surname, sister's name, home town; Thursday is a weekday.",
)

# 124
n(
    "en",
    "research",
    "New grant 🎉 The NIH awarded our Island Health team $2.1M to study how telehealth can help people aged 90 and older stay at home on Maine's unbridged islands. Principal investigator: Dr. Meredith Crockett. #IslandHealth",
    "Population age and staff investigator.",
)

# 125
p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST TO OUR FAVORITE LOBSTER LADY!!! 🦞🎂 VIRGINIA 'GINNY' HALL OF SOUTH BRISTOL STILL GOES OUT ON HER GRANDSON'S BOAT EVERY AUGUST.",
    [
        ("AGE", "101ST"),
        ("NAME", "VIRGINIA 'GINNY' HALL"),
        ("GEO", "SOUTH BRISTOL"),
    ],
    note="ALL CAPS ordinal age, name with nickname, town; a habitual month is not a date.",
)

# 126
n(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for pitchers 🧢⚾ Our sports-medicine team reconstructs elbow ligaments in high-school athletes, rock climbers and yes, even lobstermen who haul 800 traps a day. Named for the Dodgers pitcher who had the first one in 1974.",
    "Eponymous procedure named for a public figure.",
)

# 127
p(
    "en",
    "crisis_update",
    "Power's back on 5 West! 🙌 Special thanks to the patient in room 512 who lent our nurses the headlamp from his ice-fishing shack for the whole outage. You're a legend, sir.",
    [
        ("OTHER_ID", "room 512"),
    ],
    note="Unnamed patient identified by his room number.",
)

# 128
n(
    "en",
    "crisis_update",
    "We are aware of a phishing text claiming to be from Casco Bay Medical Center asking for payment. We will NEVER text you for credit-card info. Official numbers: (207) 555-0100 and (207) 555-0177. Official site: cascobaymc.org.",
    "Hospital numbers and domain.",
)

# 129
p(
    "es",
    "patient_story",
    "hoy despedimos con aplausos a wendy, la niña de 7 años que se quebró el brazo en el campo de arándanos de Cherryfield. sus hermanitos Kimberly y Josué le hicieron un yeso lleno de corazones 💗",
    [
        ("NAME", "wendy"),
        ("GEO", "Cherryfield"),
        ("NAME", "Kimberly"),
        ("NAME", "Josué"),
    ],
    note="Lower-case name, town of the injury, siblings' names.",
)

# 130
n(
    "es",
    "sponsor",
    "Gracias a Cooperativa Pesquera Casco por donar 150 botas antideslizantes para los trabajadores del muelle. ¡La seguridad empieza por los pies! 👢",
    "Sponsor donation.",
)

# 131
p(
    "en",
    "pasted_record",
    "ED board pic accidentally posted — taken down, sorry all. For the record it showed: T4 OUELLETTE J 89yo CP / T7 BEAULIEU M 91yo SOB / T9 GARCIA, M fall.",
    [
        ("OTHER_ID", "T4"),
        ("NAME", "OUELLETTE J"),
        ("OTHER_ID", "T7"),
        ("NAME", "BEAULIEU M"),
        ("AGE", "91yo"),
        ("OTHER_ID", "T9"),
        ("NAME", "GARCIA, M"),
    ],
    note="Tracking-board line: bay codes, chart names, one age over 89 (89yo is not labelled).",
)

# 132
n(
    "en",
    "event",
    "Come find our nurses at the Festival FrancoFun in Lewiston, June 27–29! 🎶 Free blood-pressure checks, sunscreen and French-Canadian fiddle lessons from our own Dr. Luc Paradis.",
    "Community event dates and a staff physician.",
)

# 133
p(
    "en",
    "patient_story",
    "Bienvenu Kalala was 14 when a snowmobile went through the ice on Lake Auburn with him on it. His older brother Patience pulled him out. Both spent the night of Feb. 2 in our ICU. Both are fine. Both are now very, very afraid of thin ice. 😅",
    [
        ("NAME", "Bienvenu Kalala"),
        ("GEO", "Lake Auburn"),
        ("NAME", "Patience"),
        ("DATE", "Feb. 2"),
    ],
    note="Two patients whose names are words, lake of the accident, admission date.",
)

# 134
n(
    "en",
    "statistic",
    "2024 in our Lewiston NICU: 318 babies, 41 sets of twins, 2 sets of triplets and more than 600 pounds of donor milk. 🍼 Thank you to every mom who donated. #NICUGrads",
    "Aggregate statistics.",
)

# 135
p(
    "en",
    "memorial",
    "One year ago today we lost our sweet #PeanutAdams. The 14th will always be Peanut's day on 4 North. 💛 We're lighting a candle at the nurses' station tonight.",
    [
        ("NAME", "#PeanutAdams"),
        ("DATE", "14th"),
        ("NAME", "Peanut"),
    ],
    note="Name hashtag, nickname, day of the month of death; 'One year ago today' is relative.",
)

# 136
n(
    "en",
    "hospital_contact",
    "📍 Moving day! Our Portland outpatient lab is now at 1450 Fore River Pkwy, 2nd floor (next to the pharmacy). Hours 6:30–5 weekdays. Questions? (207) 555-0100 · lab@cascobaymc.org",
    "Hospital's address, number and e-mail.",
)

# 137
p(
    "es",
    "memorial",
    "💐 Hoy, 2 de noviembre, Día de los Muertos, recordamos a Gilberto 'Beto' Tzoc, que murió en nuestra clínica hace un año en este mismo día. Su esposa, doña Amalia, nos trajo pan de muerto. 🕯️",
    [
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de los Muertos"),
        ("NAME", "Gilberto 'Beto' Tzoc"),
        ("NAME", "Amalia"),
    ],
    note="Day of death written as date and holiday, patient's name with nickname, wife's name.",
)

# 138
n(
    "es",
    "campaign_hashtag",
    "#ManosSeguras 🧤 Este otoño, la Clínica del Puerto regala guantes de trabajo a los trabajadores de las plantas de mariscos. Pase por ellos cualquier viernes de octubre. ¡Cuide sus manos, son su herramienta!",
    "Campaign hashtag, season and event month.",
)

# 139
p(
    "en",
    "discharge",
    "Bay Thompson, 17, spent the Fourth of July with us instead of at the Bowdoinham fireworks — a firework went off in his hand on the 4th. Two surgeries later he's headed home to Bowdoinham. Be careful out there, folks. 🎆",
    [
        ("NAME", "Bay Thompson"),
        ("DATE", "Fourth of July"),
        ("GEO", "Bowdoinham", "*"),
        ("DATE", "4th"),
    ],
    note="Name that is a word, injury date written as holiday and day of month, home town twice; 17 is under 90.",
)

# 140
n(
    "en",
    "sponsor",
    "THANK YOU to the Red Sox Foundation and Wally the Green Monster for bringing 200 Sox caps to our pediatric patients across both campuses! ⚾❤️ #RedSoxNation",
    "Sponsor and mascot.",
)

# 141
p(
    "en",
    "thank_you",
    "We loved reading @bryce_beats_cancer's post about his last day of radiation 🥳 Keep ringing that bell, Bryce! (And thanks to his mom for letting us share.)",
    [
        ("OTHER_ID", "@bryce_beats_cancer"),
        ("NAME", "Bryce"),
    ],
    note="Family social handle and patient's name.",
)

# 142
n(
    "en",
    "recruitment",
    "Free CNA training in Lewiston! 📚 Our 8-week program starts Sept. 8 and we pay you while you learn. Classes offered in English with Somali, French and Arabic support. Info session Tuesday at 300 Canal Street. #CareersAtCascoBay",
    "Program start date and the hospital's address.",
)

# 143
p(
    "en",
    "pasted_record",
    "IT ticket pasted by mistake 🙈: portal user jbelanger54 locked out from IP 73.184.22.109, pt Belanger, Josée, call back 207-555-0114",
    [
        ("OTHER_ID", "jbelanger54"),
        ("IP", "73.184.22.109"),
        ("NAME", "Belanger, Josée"),
        ("PHONE", "207-555-0114"),
    ],
    note="Portal user name, IP address, chart name, call-back number.",
)

# 144
n(
    "en",
    "eponymous_condition",
    "Alzheimer's affects nearly 1 in 3 Mainers over 85. Our memory clinic in Portland now offers evening appointments for caregivers who work days. Named for Dr. Alois Alzheimer, who first described the disease in 1906. 💜",
    "Eponym, population age and historical physician.",
)

# 145
p(
    "es",
    "discharge",
    "¡Alta médica! 🎉 Después de 10 días por neumonía, don Reyes Martínez se va a casa en South Portland. Su hijo Elvin ya le preparó su cama. Don Reyes nació en La Ceiba y dice que el frío de Maine 'no es para cualquiera'. 😂",
    [
        ("NAME", "Reyes Martínez"),
        ("NAME", "Reyes", 2),
        ("GEO", "South Portland"),
        ("NAME", "Elvin"),
        ("GEO", "La Ceiba"),
    ],
    note="Patient's name, home city, son's name, foreign birthplace.",
)

# 146
n(
    "es",
    "statistic",
    "Este verano vacunamos a 640 trabajadores agrícolas contra el tétanos en 11 campamentos de arándanos. ¡Gracias a nuestras enfermeras móviles! 💉 Meta para el próximo año: 1,000.",
    "Aggregate statistic; season.",
)

# 147
p(
    "en",
    "birth_announcement",
    "Our Christmas baby is a Noel! 🎄 Born Dec. 25 at 1:14 a.m. at our Lewiston campus to Amina and Yusuf Abdi. Merry Christmas to all from the Mother-Baby unit!",
    [
        ("DATE", "Christmas", 1),
        ("NAME", "Noel"),
        ("DATE", "Dec. 25"),
        ("NAME", "Amina"),
        ("NAME", "Yusuf Abdi"),
    ],
    note="Birth on a holiday (the greeting is not labelled), baby's name, date, parents.",
    ok=("Christmas",),
)

# 148
n(
    "en",
    "public_figure",
    "Brunswick history buffs 🎖️ Did you know Civil War hero Joshua Chamberlain was treated for his Petersburg wound for the rest of his life? Our Maine Medical History Night on Nov. 12 covers 150 years of Maine medicine. Tickets free.",
    "Historical figure and event date.",
)

# 149
p(
    "en",
    "discharge",
    "Bodhi's back on skates! ⛸️ The Yarmouth Clippers' favorite left winger went home today after his spleen surgery. Get well cards from his whole team covered the window of room 7 on the peds floor. 💙",
    [
        ("NAME", "Bodhi"),
        ("GEO", "Yarmouth"),
        ("OTHER_ID", "room 7"),
    ],
    note="Patient's name, his team's town, room.",
)

# 150
n(
    "en",
    "anonymous_story",
    "Things our ED night shift heard this week: 'I'm 89, I can still shovel my own roof.' (He could not.) 'The moose started it.' 'It was only a little snowmobile.' Stay safe out there, Maine. 🫎❄️",
    "Unnamed patients; 89 is not over 89.",
)

# 151
p(
    "en",
    "patient_story",
    "Rusty and his dad Skip have fished out of Eastport together for 30 years. So when Skip needed a new valve on Sept. 9, Rusty slept in the recliner in room 640 every night. Father's Day is going to be extra sweet next year. 💙",
    [
        ("NAME", "Rusty", "*"),
        ("NAME", "Skip", "*"),
        ("GEO", "Eastport"),
        ("DATE", "Sept. 9"),
        ("OTHER_ID", "room 640"),
    ],
    note="Patient and son (names that are words), town, surgery date, room; Father's Day is not the patient's event.",
)

# 152
n(
    "en",
    "health_tip",
    "Hauling season is here 🦞 Lobstermen: rope burns and hauler injuries are the #1 reason you come see us in May. Keep the hauler guarded, keep a knife on your PFD, and make sure your sternman knows the kill switch.",
    "Safety tip; a month in a general statement.",
)

# 153
p(
    "es",
    "pasted_record",
    "[Mensaje de WhatsApp copiado] 'Buenas, soy la mamá de Yeimy Ajú, la paciente de la cama 4. Mi número nuevo es 207-555-0183 y mi correo yaju.mama@gmail.com. Ella nació el 30/06/2011.' — NO PUBLICAR",
    [
        ("NAME", "Yeimy Ajú"),
        ("OTHER_ID", "cama 4"),
        ("PHONE", "207-555-0183"),
        ("EMAIL", "yaju.mama@gmail.com"),
        ("DATE", "30/06/2011"),
    ],
    note="Patient's name, bed, mother's phone and e-mail, birth date.",
)

# 154
n(
    "es",
    "public_figure",
    "¿Sabía que el Dr. Carlos Finlay, médico cubano, descubrió en 1881 que el mosquito transmite la fiebre amarilla? Hoy, 3 de diciembre, Día de la Medicina Latinoamericana, celebramos a nuestros médicos. 🩺",
    "Historical figure and an awareness day.",
)

# 155
p(
    "en",
    "milestone_birthday",
    "Our newest centenarian! 🎉 Lucille Poulin celebrated with her daughters Jeannine and Claudette in our Lewiston rehab gym on Saturday. Asked for her secret, Lucille said, 'Never trust a man who doesn't like ployes.' 🥞",
    [
        ("AGE", "centenarian"),
        ("NAME", "Lucille Poulin"),
        ("NAME", "Lucille", 2),
        ("NAME", "Jeannine"),
        ("NAME", "Claudette"),
    ],
    note="'centenarian' states an age over 89; patient and daughters.",
)

# 156
n(
    "en",
    "campaign_hashtag",
    "It's #TuesdaysWithTed! 🐶 Our therapy golden retriever Ted made 42 visits on 5 West today and only stole one sandwich. Follow his adventures with #TedOnTheWards.",
    "A therapy dog's name in hashtags: pets are not labelled.",
)

# 157
p(
    "en",
    "public_figure",
    "Two-time Olympian and Rumford's own Kaitlyn Arsenault stopped by 3 West to thank the nurses who put her ACL back together on Oct. 22. 🎿 She even signed the cast of the kid in the next bed. Go Kaitlyn!",
    [
        ("GEO", "Rumford"),
        ("NAME", "Kaitlyn Arsenault"),
        ("NAME", "Kaitlyn", 2),
        ("DATE", "Oct. 22"),
    ],
    note="An Olympian who was our patient: home town, name, surgery date.",
)

# 158
n(
    "en",
    "public_figure",
    "Thank you to Red Sox legend-turned-broadcaster Mike Tessier for narrating our new heart-health video! 🎙️⚾ Watch it at cascobaymc.org/heart.",
    "Public figure volunteering, hospital domain.",
)

# 159
p(
    "en",
    "discharge",
    "lol mr. tardif just told us he's 'going home for his birthday' — he was born on the fourth of july and today's july 3 🇺🇸 discharge papers signed, bon voyage mr. tardif!",
    [
        ("NAME", "tardif", "*"),
        ("DATE", "fourth of july"),
        ("DATE", "july 3"),
    ],
    note="Lower-case surname twice, birthday holiday and discharge date.",
)

# 160
n(
    "en",
    "event",
    "Join us July 1 at Kennedy Park for Somali Independence Day 🇸🇴 Our Lewiston pediatrics team will be giving free car seats and checking vaccine records. Soo dhawoow! 💙",
    "Community event date and venue.",
)

# 161
p(
    "es",
    "milestone_birthday",
    "Doña Amparo Chiquín, la primera centenaria de nuestra clínica 🎉, vive con su nieta Ingrid en Biddeford desde 2015. Cuando le preguntamos su secreto, dijo: 'frijoles, café y no preocuparse'. ¡Feliz cumpleaños!",
    [
        ("NAME", "Amparo Chiquín"),
        ("AGE", "centenaria"),
        ("NAME", "Ingrid"),
        ("GEO", "Biddeford"),
    ],
    note="Name, 'centenaria' as age, granddaughter, home town; 2015 is a bare year.",
)

# 162
n(
    "es",
    "anonymous_story",
    "Esta semana un joven pescador llegó a la clínica con una mano infectada por una espina de erizo de mar. Con antibióticos y una pequeña cirugía, ya está bien. Use guantes gruesos al sacar erizos. 🌊",
    "Unnamed patient.",
)

# 163
p(
    "en",
    "pasted_record",
    "copy/paste from the trauma registry form (sorry!): LaPointe, Dennis — ME lobster license #L-2204871 — vessel reg ME 4471 BT — injured 7/30 aboard, hauler entanglement, R forearm.",
    [
        ("NAME", "LaPointe, Dennis"),
        ("LICENSE", "L-2204871"),
        ("VEHICLE", "ME 4471 BT"),
        ("DATE", "7/30"),
    ],
    note="Name, lobster licence, boat registration, injury date.",
)

# 164
n(
    "en",
    "staff_spotlight",
    "Happy retirement, Denise Caron! 🎉 After 38 years in our Lewiston lab, Denise is trading pipettes for her camp on Long Lake with her husband Réal and their four grandkids. We'll miss you!",
    "Retiring staff, her husband and camp: staff family is never labelled.",
)

# 165
p(
    "en",
    "patient_story",
    "Camden is 4 and the bravest kid on our floor 🦁 She came in from South Paris after swallowing a button battery on New Year's Eve. Mom Tiffany caught it fast, and our GI team got it out in time. #CamdenTheBrave",
    [
        ("NAME", "Camden"),
        ("GEO", "South Paris"),
        ("DATE", "New Year's Eve"),
        ("NAME", "Tiffany"),
        ("NAME", "#CamdenTheBrave"),
    ],
    note="Name that is a town, home town that sounds foreign, holiday of the injury, mother, name hashtag.",
)

# 166
n(
    "en",
    "event",
    "The Ice Storm of 1998 began on Jan. 5 of that year and left 700,000 Mainers without power. This winter we'll host a talk with the nurses who worked 72-hour shifts at the old Lewiston hospital by lantern light. 🕯️",
    "Date of a public event, not of a patient.",
)

# 167
p(
    "es",
    "patient_story",
    "Mario Tecún se lastimó la espalda el primero de mayo, Día del Trabajo, levantando cajas de pescado. ¡Qué ironía! 😅 Después de 6 semanas de fisioterapia, ya está de regreso. Gracias a su esposa Glenda por traerlo a cada cita.",
    [
        ("NAME", "Mario Tecún"),
        ("DATE", "primero de mayo"),
        ("DATE", "Día del Trabajo"),
        ("NAME", "Glenda"),
    ],
    note="Name, injury date written as date and holiday, wife.",
)

# 168
n(
    "es",
    "hospital_contact",
    "🚌 ¿Necesita transporte a su cita? La Clínica del Puerto ofrece viajes gratis desde Milbridge y Cherryfield los miércoles. Llame al (207) 555-0163 con 48 horas de anticipación. Escríbanos: clinica@cascobaymc.org",
    "Service towns, clinic number and e-mail.",
)

# 169
p(
    "en",
    "discharge",
    "Ms. B headed home to Cumberland Foreside on 11/9 after 3 weeks with us, and she left a thank-you poem taped to the med room door. 'To the night nurses, who hear everything and say nothing' — we're framing it. 🖼️",
    [
        ("NAME", "B"),
        ("GEO", "Cumberland Foreside"),
        ("DATE", "11/9"),
    ],
    note="Initial, home village, discharge date.",
)

# 170
n(
    "en",
    "statistic",
    "Island health, by the numbers 🏝️: 6 islands, 1 nurse practitioner, 3 boats, 2 helicopters, and 19 residents aged 100+ in our service area. Together they've lived more than 1,900 years.",
    "Population ages only.",
)

# 171
p(
    "en",
    "memorial",
    "Our ED family lost one of its own. Paramedic and patient of ours for the last 2 years, Brianna 'Bree' Fogg passed away Jan. 28 after a long fight with leukemia. 💔 #BreeFoggForever #CascoBayStrong",
    [
        ("NAME", "Brianna 'Bree' Fogg"),
        ("DATE", "Jan. 28"),
        ("NAME", "#BreeFoggForever"),
    ],
    note="A paramedic who was our patient: name with nickname, date of death, name hashtag.",
)

# 172
n(
    "en",
    "eponymous_condition",
    "Marfan, Ehlers-Danlos, Turner, Tourette 🧬 — many conditions carry the name of the doctor who described them. Our genetics clinic in Portland helps families make sense of all of them. Referrals: (207) 555-0100.",
    "Eponymous conditions (Turner is a syndrome here).",
)

# 173
p(
    "en",
    "crisis_update",
    "Lewiston 4 North evacuation (burst pipe) complete ✅ All 18 patients moved safely. Families of Mr. Gendron and Mrs. Albert: Mr. Gendron is now in 6 East bed 12 and Mrs. Albert in bed 14 — our staff will call you.",
    [
        ("NAME", "Gendron", "*"),
        ("NAME", "Albert", "*"),
        ("OTHER_ID", "bed 12"),
        ("OTHER_ID", "bed 14"),
    ],
    note="Two patients' surnames (one a first name) and their beds; units are not labelled.",
)

# 174
n(
    "en",
    "recruitment",
    "'I came for the job and stayed for the people.' — Abdullahi Farah, surgical tech, Lewiston campus. 💙 We're hiring surgical techs now. Sign-on bonus + relocation. cascobaymc.org/careers",
    "Staff testimonial.",
)

# 175
p(
    "es",
    "crisis_update",
    "⚠️ Fuga de amoníaco en una planta de Portland esta mañana: atendimos a 6 trabajadores. La familia de Óscar Ixcaragua, por favor comuníquese con nosotros al (207) 555-0177. Su teléfono registrado, 207-555-0129, no contesta.",
    [
        ("NAME", "Óscar Ixcaragua"),
        ("PHONE", "207-555-0129"),
    ],
    note="Patient's name and his phone; the plant's city is the employer's, the number ending 0177 is the hospital's.",
)

# 176
n(
    "es",
    "crisis_update",
    "❄️ Por la nieve, hoy la unidad móvil no irá a Milbridge. Las citas se cambian al lunes 10 de febrero. Pedimos disculpas. Cualquier pregunta: (207) 555-0163.",
    "Rescheduling date of the mobile unit, not of a patient.",
)

# 177
p(
    "en",
    "patient_story",
    "Omar's new insulin pump (serial NG3318852H) went missing on the Casco Bay Lines ferry Saturday — if you find a small gray pump in a blue case, please call his mom Leyla at 207-555-0168. 🙏",
    [
        ("NAME", "Omar"),
        ("DEVICE", "NG3318852H"),
        ("NAME", "Leyla"),
        ("PHONE", "207-555-0168"),
    ],
    note="Patient's name, device serial, mother's name and phone.",
)

# 178
p(
    "en",
    "staff_spotlight",
    "Full circle 💙 Nurse Kayla Bouchard was born at 26 weeks in our NICU in 1996. Today she started as a NICU nurse — on the same unit, alongside Pat Lévesque, one of the nurses who cared for her.",
    [
        ("NAME", "Kayla Bouchard"),
    ],
    note="A nurse named as a former patient; 1996 is a bare year, her colleague is staff.",
)

# 179
n(
    "en",
    "staff_spotlight",
    "Nurses Week shout-out 🌷 to the Lewiston float pool: Amran, Guylaine, Bertrand, Maryse and Dahir — five languages, 112 combined years of nursing, zero missed snow days. You make it look easy.",
    "Staff first names.",
)

# 180
p(
    "en",
    "thank_you",
    "April brought us donuts this week 🍩 — our former patient April Nguyen, who spent 3 months with us after her Route 1 crash last April, visited the trauma unit with two dozen. Thanks, April!",
    [
        ("NAME", "April", 1),
        ("NAME", "April Nguyen"),
        ("GEO", "Route 1"),
        ("DATE", "April", 3),
        ("NAME", "April", 4),
    ],
    note="Name that is a month: name (1st, 2nd, 4th), road of the crash, month of the crash (3rd).",
)

# 181
n(
    "en",
    "research",
    "Our cold-water immersion trial enrolled its 100th participant this week! 🌊 Thank you to every fisherman who volunteered. Study lead Dr. Anika Shah presents results at the Maine Fishermen's Forum in March.",
    "'100th' counts participants; staff and event month.",
)

# 182
p(
    "en",
    "milestone_birthday",
    "Happy 90th to Pépère Armand Cloutier! 🎉 He celebrated in the 3 West lounge with cake, cribbage and his great-granddaughter Chloé, who's 9 (and won).",
    [
        ("AGE", "90th"),
        ("NAME", "Armand Cloutier"),
        ("NAME", "Chloé"),
    ],
    note="Ordinal age, name after a kinship word, great-granddaughter.",
)

# 183
n(
    "en",
    "health_tip",
    "If you're 90+ and living alone on an island, sign up for our free daily check-in call. A nurse or volunteer will ring you every morning at 9. ☎️ (207) 555-0119. Because the ferry doesn't run in an ice storm.",
    "Population age and the nurse line.",
)

# 184
p(
    "es",
    "sponsor",
    "Gracias a los hermanos Cifuentes por donar la nueva silla de ruedas para la clínica, en honor a su mamá, doña Olga Cifuentes, que recibió sus cuidados aquí durante su cáncer. 💜",
    [
        ("NAME", "Cifuentes", 1),
        ("NAME", "Olga Cifuentes"),
    ],
    note="Donors introduced as the patient's sons, and the patient.",
)

# 185
n(
    "es",
    "sponsor",
    "Agradecemos a la Fundación Familia Orellana por su donación de $20,000 para el programa de salud dental de la Clínica del Puerto. 🦷 ¡Más sonrisas para Maine!",
    "Donor foundation.",
)

# 186
p(
    "en",
    "pasted_record",
    "Records request (pasted from email, not for posting): Release of info for Tremblay, Yvon DOB 2/29/1948 — please FAX to his daughter's office: 207-555-0193, attn Nicole Tremblay-Hersey. Acct #4417-0092-31.",
    [
        ("NAME", "Tremblay, Yvon"),
        ("DATE", "2/29/1948"),
        ("FAX", "207-555-0193"),
        ("NAME", "Nicole Tremblay-Hersey"),
        ("ACCOUNT", "4417-0092-31"),
    ],
    note="Chart name, DOB, daughter's fax and name, account.",
)

# 187
n(
    "en",
    "hospital_contact",
    "Need your records? Medical Records can be reached at (207) 555-0100 ext. 2, or fax requests to (207) 555-0155. Please don't DM us personal health info — we can't safely reply here. 🔒",
    "Hospital's own phone and fax.",
)

# 188
n(
    "en",
    "anonymous_story",
    "To the lobsterman who brought our ED a cooler of perfectly legal 1¼-pounders after we fixed his thumb: you know who you are, and so does the cafeteria. 🦞😂",
    "Unnamed patient.",
)

# 189
p(
    "en",
    "patient_story",
    "After 2 months of learning to manage her new type 1 diabetes, Shukri Aden is back at Lewiston High and captain of the girls' soccer team again! Her hooyo, Fartun, says thank you to the whole endo clinic. 🙏⚽",
    [
        ("NAME", "Shukri Aden"),
        ("GEO", "Lewiston"),
        ("NAME", "Fartun"),
    ],
    note="Name, school's town as home town, mother's name (hooyo is a kinship word).",
)

# 190
n(
    "en",
    "statistic",
    "Former paper-mill workers have 2x the rate of asbestos-related lung disease. Our lung screening van visits Rumford, Jay and Millinocket this fall. Free for ex-mill workers aged 50–80.",
    "Statistic, mill towns on a van route, population ages.",
)

# 191
p(
    "es",
    "discharge",
    "Dolores ya se fue a casa sin dolores 😄 Después de su cirugía de vesícula el 14 de octubre, doña Dolores Sic dice que ya quiere volver a la cocina. ¡Cuídese mucho, Dolores!",
    [
        ("NAME", "Dolores Sic"),
        ("NAME", "Dolores", "*"),
        ("DATE", "14 de octubre"),
    ],
    note="Name that is a word (the lower-case word is not labelled), surgery date.",
)

# 192
n(
    "es",
    "eponymous_condition",
    "El mal de Chagas, nombrado por el médico brasileño Carlos Chagas, afecta a muchas personas de Centroamérica sin que lo sepan. Hacemos la prueba gratis en la Clínica del Puerto. ¡Pregúntenos! 🩸",
    "Eponymous disease.",
)

# 193
p(
    "en",
    "birth_announcement",
    "ST. PATRICK'S DAY BABY ALERT ☘️ MEET FIONA MAE LABBÉ, 6 LB 14 OZ, BORN AT 3:17 PM. PROUD PARENTS COLIN AND ROSE LABBÉ OF SANFORD SAY SHE'S 50% IRISH, 50% FRENCH AND 100% LOUD.",
    [
        ("DATE", "ST. PATRICK'S DAY"),
        ("NAME", "FIONA MAE LABBÉ"),
        ("NAME", "COLIN"),
        ("NAME", "ROSE LABBÉ"),
        ("GEO", "SANFORD"),
    ],
    note="ALL CAPS: birth holiday, baby, parents, town.",
)

# 194
n(
    "en",
    "event",
    "☘️ St. Patrick's Day 5K fun run on March 15 through the Old Port — team Casco Bay is 120 strong this year! Cheer us on at the finish on Commercial Street.",
    "Holiday and event date of a hospital team.",
)

# 195
p(
    "en",
    "thank_you",
    "Follow along with Gabe's journey at @gabes_gnarly_recovery 🛹 — our favorite skater had his spinal surgery here and is already filming trick tips from his wheelchair. #GabeGetsUp",
    [
        ("NAME", "Gabe"),
        ("OTHER_ID", "@gabes_gnarly_recovery"),
        ("NAME", "#GabeGetsUp"),
    ],
    note="Name, family social handle, name hashtag.",
)

# 196
n(
    "en",
    "campaign_hashtag",
    "Share your nurse-hero story with #NurseLikeFlo 🪔 (that's Florence Nightingale, for the history buffs). Our favorite entries win lunch for their unit!",
    "Campaign hashtag named for a historical figure.",
)

# 197
p(
    "en",
    "patient_story",
    "Stolen while he was in our trauma bay 😡: Jake Pomerleau's Ski-Doo, VIN 2BPSCFHA7RV000418, taken from the Route 11 trailhead in Eagle Lake after his crash on 2/17. Call Eagle Lake PD if you see it. Get well, Jake!",
    [
        ("NAME", "Jake Pomerleau"),
        ("NAME", "Jake", 2),
        ("VEHICLE", "2BPSCFHA7RV000418"),
        ("GEO", "Route 11"),
        ("GEO", "Eagle Lake", "*"),
        ("DATE", "2/17"),
    ],
    note="Name, snowmobile VIN, road and town of the crash (also in the police agency's name), crash date.",
)

# 198
n(
    "en",
    "public_figure",
    "Proud to stand with Gov. Hélène Daigneault as she proclaimed February 'Maine Snowmobile Safety Month' at our Portland campus today. 🛷 Ride smart. #RideSmartMaine",
    "Public official, awareness month.",
)

# 199
p(
    "es",
    "pasted_record",
    "PULSERA: 00774-Q / PAC: TZUNUN AJCALÓN, JOSÉ ELÍAS / FN: 5-ENE-1990 / ALERGIAS: NINGUNA / HAB. 302",
    [
        ("OTHER_ID", "00774-Q"),
        ("NAME", "TZUNUN AJCALÓN, JOSÉ ELÍAS"),
        ("DATE", "5-ENE-1990"),
        ("OTHER_ID", "HAB. 302"),
    ],
    note="Wristband number, chart name, birth date, room.",
)

# 200
n(
    "en",
    "pasted_record",
    "Oops 😅 that was our caption template, not a story: 'Meet [PATIENT NAME], [AGE], of [TOWN]! After [X] days on [UNIT], they're headed home on [DATE].' The real post is coming tomorrow, with the family's blessing.",
    "An empty template with placeholders: no identifier.",
)

# 201
p(
    "en",
    "memorial",
    "Fifty years on the wharf, forty-two on the town council, ninety-one on this earth. Harlan Beal of Jonesport died in our care on the 3rd of March, his wife Evie at his side. The harbor will be quieter. ⚓",
    [
        ("AGE", "ninety-one"),
        ("NAME", "Harlan Beal"),
        ("GEO", "Jonesport"),
        ("DATE", "3rd of March"),
        ("NAME", "Evie"),
    ],
    note="Age in words, name, town, date of death, wife; other numbers are durations.",
)

# 202
n(
    "en",
    "statistic",
    "Last winter we treated 148 people for hypothermia. The youngest was 3 weeks old; the oldest was 88. Layers, hats, and check on your neighbors. 🧣",
    "Aggregate; the oldest age is under 90.",
)

# 203
p(
    "en",
    "anonymous_story",
    "A 94-year-old retired lobsterman walked into our Portland ED this morning, sat down and said, 'I think I'm having the big one.' He was right — and 40 minutes later he was in the cath lab. Know the signs. ❤️",
    [
        ("AGE", "94-year-old"),
    ],
    note="Unnamed patient with an age over 89.",
)

# 204
n(
    "en",
    "discharge",
    "An 89-year-old woman from one of our island communities is home after hip surgery, and her neighbors have already set up a casserole schedule for the next six weeks. That's island living. 🏝️",
    "Unnamed patient aged 89, no place named.",
)

# 205
p(
    "es",
    "birth_announcement",
    "bienvenido al mundo, baby Joshua 💙 nació el 09/11 a las 2 de la tarde, 7 libras 9 onzas. felicidades a sus papás yesica y byron!",
    [
        ("NAME", "Joshua"),
        ("DATE", "09/11"),
        ("NAME", "yesica"),
        ("NAME", "byron"),
    ],
    note="Baby's name, numeric birth date, lower-case parents' names.",
)

# 206
n(
    "es",
    "recruitment",
    "¡Únase a nuestro equipo! 🙌 Buscamos asistentes médicos bilingües para la Clínica del Puerto. Pregunte por Rosario o Esperanza en recepción, o llame al (207) 555-0163.",
    "Staff names at the front desk.",
)

# 207
p(
    "en",
    "campaign_hashtag",
    "#TeamTheriault is going HOME 🏠🎉 11 days, 2 chest tubes, 1 very patient wife. Thank you for letting us share your story.",
    [
        ("NAME", "#TeamTheriault"),
    ],
    note="Family name only in a hashtag.",
)

# 208
n(
    "en",
    "campaign_hashtag",
    "#TeamCascoBay crushed it at the Beach to Beacon 10K! 🏃‍♀️ 86 runners, $31,000 raised for the Lewiston Pediatric Asthma Program. See you on the start line next August.",
    "Hospital team hashtag and event month.",
)

# 209
p(
    "en",
    "public_figure",
    "Sending love to Sea Dogs manager Ray Gallant and his wife Tammy, whose son Connor is recovering with us after a car crash on I-295 Friday night. The whole ballpark is pulling for you, Connor. ⚾💙",
    [
        ("NAME", "Ray Gallant"),
        ("NAME", "Tammy"),
        ("NAME", "Connor", "*"),
        ("GEO", "I-295"),
    ],
    note="A public figure and his wife as the patient's parents, the patient's name, road of the crash.",
)

# 210
n(
    "en",
    "sponsor",
    "Thank you, Ray Gallant and the Portland Sea Dogs, for another year of the Home Run for Health program — $100 to our pediatric unit for every Sea Dogs homer. 2024 total: $14,700! ⚾",
    "Public figure and team as sponsors.",
)

# 211
p(
    "en",
    "milestone_birthday",
    "Pasted from our Peaks Island clinic schedule (with her blessing!): '9:30 — BLANCHARD, EDITH, 99F, annual + bday hugs.' Happy 99th, Edie! 🎂🌊",
    [
        ("NAME", "BLANCHARD, EDITH"),
        ("AGE", "99F"),
        ("AGE", "99th"),
        ("NAME", "Edie"),
    ],
    note="Chart name, age token with sex suffix, ordinal age, nickname; the island clinic is the hospital's.",
)

# 212
n(
    "en",
    "hospital_contact",
    "Our Peaks Island clinic at 12 Island Avenue is open Tues & Thurs 8–4, and our Chebeague clinic Wednesdays. Same-day sick visits: (207) 555-0119. After hours, call 911 for emergencies.",
    "Hospital's island clinics and numbers.",
)

# 213
p(
    "es",
    "thank_you",
    "Gracias al pastor Wilson Mux de la iglesia Nueva Vida, quien acompañó cada noche a su hermano, don Leonel Mux, durante su tratamiento de diálisis. ¡Qué ejemplo de amor! 🙏",
    [
        ("NAME", "Wilson Mux"),
        ("NAME", "Leonel Mux"),
    ],
    note="A pastor as the patient's brother, and the patient.",
)

# 214
n(
    "en",
    "patient_story",
    "He's been a sternman since he was 12. Last month a hauler took two of his fingers, and he was back on the boat before the stitches were out (please don't do this). He asked us not to use his name, so we won't — but he wanted every fisherman to hear it: guard your hauler.",
    "Anonymous story: ages under 90 and relative times only.",
)

# 215
p(
    "en",
    "patient_story",
    "Hunter went hunting last fall and came home with a story instead of a buck 🦌 — 16-year-old Hunter Desjardins fell from his tree stand in Sabattus on Nov. 2, broke two vertebrae, and is walking again. Harness up, hunters!",
    [
        ("NAME", "Hunter", 1),
        ("NAME", "Hunter Desjardins"),
        ("GEO", "Sabattus"),
        ("DATE", "Nov. 2"),
    ],
    note="Name that is a word, place and date of the fall; 'last fall' is a season.",
)

# 216
n(
    "en",
    "staff_spotlight",
    "Meet our Chief of Trauma by day, lobsterman by weekend: Dr. Peter Alley hauls 300 traps out of Harpswell on his boat, the 'Second Opinion.' 🦞 (Yes, he wears his PFD.)",
    "Staff physician, his town and boat.",
)

# 217
p(
    "en",
    "pasted_record",
    "Copied from portal msg (remove before posting): From: mainemama_207 (guardian of Lily-Rose Dufour) — 'Her MaineCare # is 7720091183, can you fix the spelling on her chart? it's Dufour not Dufort.'",
    [
        ("OTHER_ID", "mainemama_207"),
        ("NAME", "Lily-Rose Dufour"),
        ("HEALTH_PLAN", "7720091183"),
        ("NAME", "Dufour", 2),
        ("NAME", "Dufort"),
    ],
    note="Guardian's portal user name, patient's name, plan id, the name and its misspelling.",
)

# 218
n(
    "en",
    "research",
    "Can Somali and Congolese grandmothers teach us about diabetes? 🍵 Our community-based research team partnered with 12 Lewiston mosques and churches to co-design a diabetes program. Results in the Maine Journal of Medicine this month.",
    "Community research; population groups.",
)

# 219
p(
    "en",
    "thank_you",
    "Our Tuesday gift-shop volunteer Claire-Ann Michaud was our patient this time 💐 — she had her new hip put in on the 9th and is already bossing around the PT team. Miss you in the shop, Claire-Ann!",
    [
        ("NAME", "Claire-Ann Michaud"),
        ("NAME", "Claire-Ann", 2),
        ("DATE", "9th"),
    ],
    note="A volunteer who was our patient: name and day of the month of surgery.",
)

# 220
n(
    "en",
    "eponymous_condition",
    "Bell's palsy is a sudden, usually temporary weakness of one side of the face, named for Scottish surgeon Sir Charles Bell. If you notice facial drooping, though, always call 911 first — it could be a stroke. BE FAST. 🧠",
    "Eponymous condition and historical figure.",
)

# 221
p(
    "en",
    "hospital_contact",
    "Lost & found 🔎 To the family of Mr. Rioux, who went home from 5 West on Saturday: we have his hearing aids and his Red Sox cap! Please call Patient Experience at (207) 555-0177 and we'll hold them at the 1450 Fore River Parkway info desk.",
    [
        ("NAME", "Rioux"),
    ],
    note="Patient's surname; the number and address are the hospital's, Saturday is a weekday.",
)

# 222
n(
    "en",
    "milestone_birthday",
    "Happy 10th birthday, Clínica del Puerto! 🎂 Ten years, 31,000 visits, and more tamales at staff potlucks than we can count. Fiesta on the pier Friday at 4 — everyone welcome!",
    "The clinic's own anniversary.",
)

# 223
p(
    "en",
    "pasted_record",
    "ugh pasted the wrong link — that's the patient's GoFundMe (gofundme.com/f/help-the-lavoie-family-after-fire), not our fire-safety page. sorry! fire safety tips: cascobaymc.org/firesafety",
    [
        ("URL", "gofundme.com/f/help-the-lavoie-family-after-fire"),
    ],
    note="A patient family's fundraiser URL next to the hospital's own.",
)

# 224
n(
    "en",
    "event",
    "On Oct. 4 we'll welcome Maine CDC Director Dr. Nadia Haddad for a town hall on opioid recovery at our Lewiston campus. Open to the public; ASL and Somali interpreters provided.",
    "Event date and official.",
)

# 225
p(
    "en",
    "discharge",
    "'Tiny' (all 6'7\" of him) went home to Mechanic Falls this afternoon after his snowblower tried to take his fingers on Jan. 23. His mom Gisèle made sure he left with mittens. 🧤",
    [
        ("NAME", "Tiny"),
        ("GEO", "Mechanic Falls"),
        ("DATE", "Jan. 23"),
        ("NAME", "Gisèle"),
    ],
    note="Quoted nickname, home town, injury date, mother.",
)

# 226
n(
    "en",
    "health_tip",
    "Bonne santé! 🥖 Did you know our Lewiston primary-care offices have French-speaking nurses and interpreters? Ask for 'un interprète' when you book. Mémère and Pépère will thank you.",
    "Kinship words, not names.",
)

# 227
p(
    "en",
    "patient_story",
    "Three generations of the Abdulle family came to cheer on Grandma Khadra as she took her first steps after her stroke 💪 Her grandson Mohamed filmed the whole thing for relatives in Nairobi.",
    [
        ("NAME", "Abdulle"),
        ("NAME", "Khadra"),
        ("NAME", "Mohamed"),
        ("GEO", "Nairobi"),
    ],
    note="Family surname, patient, grandson, relatives' foreign city.",
)

# 228
n(
    "en",
    "statistic",
    "Lewiston is home to one of the largest Somali communities in the US, and 1 in 5 of our Lewiston pediatric patients speaks a language other than English at home. That's why we have 14 staff interpreters in 9 languages. 🌍",
    "Population statistic.",
)

# 229
p(
    "es",
    "patient_story",
    "Buscamos a la familia de Santiago Ixchop, atendido hoy en la Clínica del Puerto. Su dirección en el expediente (código postal 04074) ya no es correcta. Por favor llamen al (207) 555-0163.",
    [
        ("NAME", "Santiago Ixchop"),
        ("GEO", "04074"),
    ],
    note="Name that is also a city, patient's ZIP code; the clinic's number.",
)

# 230
n(
    "es",
    "anonymous_story",
    "Una paciente embarazada de 19 años llegó hoy con su hermana, que caminó con ella desde la parada del autobús bajo la lluvia. Todo salió bien. ¡Gracias a nuestro equipo de parteras! 🌧️",
    "Unnamed patient under 90.",
)

# 231
p(
    "en",
    "milestone_birthday",
    "Joyeux anniversaire, Mémère Bolduc! 🎂 Quatre-vingt-dix-sept ans today, and she still calls bingo at the Franco Center every Thursday. The 5 West nurses learned to sing it in French just for her.",
    [
        ("NAME", "Bolduc"),
        ("AGE", "Quatre-vingt-dix-sept"),
    ],
    note="Surname after a kinship word, age 97 written in French.",
)

# 232
n(
    "en",
    "memorial",
    "Remembering our founders 🕯️ This 1919 photo shows Sister Marie-Anne Thibault and the Grey Nuns who founded Lewiston's first hospital during the influenza pandemic. Their courage built the foundations of our Lewiston campus.",
    "Historical figures in an archive photo.",
)

# 233
p(
    "en",
    "birth_announcement",
    "Welcome baby Nasteho! 💕 Born on the 22nd (a whole week early) to Ubah and Abdiwali of Auburn. Big sister Hamdi has already claimed naming rights for the next one.",
    [
        ("NAME", "Nasteho"),
        ("DATE", "22nd"),
        ("NAME", "Ubah"),
        ("NAME", "Abdiwali"),
        ("GEO", "Auburn"),
        ("NAME", "Hamdi"),
    ],
    note="Baby, day of the month of birth, parents, town, sister.",
)

# 234
n(
    "en",
    "sponsor",
    "Thanks to Thibodeau's Hardware of Lisbon Falls for donating 40 bags of ice melt to keep our Lewiston sidewalks safe this winter! 🧂❄️",
    "Sponsor business and its town.",
)

# 235
p(
    "en",
    "discharge",
    "Our own Dr. Ibrahim Jama, hospitalist and now former patient 😅, was discharged today after his appendix decided to quit on Nov. 30. He wants everyone to know the food is better than he remembered.",
    [
        ("NAME", "Ibrahim Jama"),
        ("DATE", "Nov. 30"),
    ],
    note="A physician who was our patient: name and date of the appendicitis.",
)

# 236
n(
    "en",
    "recruitment",
    "Paramedics wanted! 🚑 Our ground crews cover Androscoggin, Oxford and Franklin counties. Paid EMT-to-paramedic bridge program starting January. cascobaymc.org/careers",
    "Service area counties and program month.",
)

# 237
p(
    "es",
    "discharge",
    "Después de pasar Semana Santa en el hospital por una infección en la mano, Maynor Caal ya regresa a su casa en Old Orchard Beach. ¡Gracias, enfermeras, por las tortillas de la cafetería! 😂",
    [
        ("DATE", "Semana Santa"),
        ("NAME", "Maynor Caal"),
        ("GEO", "Old Orchard Beach"),
    ],
    note="Holy Week spent in hospital, name, home town.",
)

# 238
n(
    "es",
    "public_figure",
    "Agradecemos la visita del cónsul de Guatemala en Boston, Lic. Fernando Ajú, quien se reunió con nuestras promotoras para hablar del consulado móvil del 12 de octubre en Portland. 🇬🇹",
    "Official and event date.",
)

# 239
p(
    "en",
    "anonymous_story",
    "Whoever left the hand-knit hat on the bed in room 208 for the gentleman recovering there: he cried. He says it's the first gift he's gotten since his wife died. 🧶💙",
    [
        ("OTHER_ID", "room 208"),
    ],
    note="Unnamed patient identified by his room.",
)

# 240
n(
    "en",
    "thank_you",
    "Thank you to the Lewiston High School Key Club for knitting 150 hats for our NICU babies! 🧶 And to Mrs. Doucette's 4th grade class for the 300 get-well cards.",
    "Volunteers and a teacher, not patients.",
)

if __name__ == "__main__":
    S.main("phi_dev44_source")
