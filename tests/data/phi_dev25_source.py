"""Blind development set d25 for the PHI scanner: tests/data/phi_dev25.jsonl.

Organisation: Pacific Crossroads Medical Center (phi_dev25_org.json), Los Angeles, with a Koreatown
Campus (3350 Wilshire Blvd), an East Los Angeles Campus (4720 Whittier Blvd) and the Vermont Family
Clinic (1180 S Vermont Ave). Its phones (213/323 555-01xx), addresses, domains and handles are never PHI.
Focus: Korean, Filipino, Armenian, Mexican-American and Salvadoran names (many of them ordinary words:
Paz, Sol, Luz, Fe, Joy, Hope, Angel, Socorro, Amparo, Boy, Baby, Bien, Tan, Oh, Park); Korean and Filipino
elders over 90; kinship words used as titles (Lola, Lolo, Halmeoni, Harabeoji, Tito, Tita, Nana) next to
real given names (Lola Herrera, Lolita); quinceaneras; Dodgers and Lakers; freeway crashes; wildfires
and smoke; film-industry workers; street vendors; staff named like patients; eponymous conditions
(Kawasaki, Chagas, Huntington's next to Huntington Park); streets named after people (Cesar Chavez Ave).
Language mix: 120 English, 120 Spanish posts (a post is "es" when its main language is Spanish).
Labelling decisions taken in this set (where the rules leave room):
- Kinship words used as honorifics before a name (Lola, Lolo, Halmeoni, Harabeoji, Tito, Tita, Nana,
  Grandma, don, dona) are titles and stay outside the NAME span ("Lola Pacita" -> "Pacita"). Used alone
  ("Mabuhay, Lola!", "her halmeoni", "mi tata") they are kinship words, not names, and not labelled.
  "Lola" is a NAME only when it is the person's given name (HERRERA, LOLA; Dolores "Lola" ...);
  "Lolita" as a child's given name is a NAME. Kinship hashtags (#TeamLola, #LolaPower) are campaigns.
- A bare initial used for a patient or relative ("Mr. H", "Mrs. B", "Dr. B" for a staff member who
  is the patient) is NAME. A staff member who is the patient in the post is labelled like any patient;
  staff, volunteers (even aged 90+), donors and public figures otherwise are not.
- A public figure (fictional boxer, singer, actress) who is the patient of the post is a patient: NAME.
- Freeways and roads of a patient's crash/injury are GEO without the article: "I-5", "I-10",
  "10 freeway", "101 Freeway", "Freeway 10", "Pomona Freeway", "Olympic Blvd", "Cesar Chavez";
  a cross-street after "cerca de"/"@" is GEO too ("Atlantic", "Soto"). An intersection is one span
  ("Soto y 4th"). The place where the patient was injured (Santa Clarita, Sylmar, Griffith Park) is GEO.
- The street/corner where a patient works or vends (Western Ave, Soto y 4th, First y Lorena) is GEO.
- A neighbourhood that is also a campus name (East LA, Koreatown) is GEO only when it is where the
  patient lives; "our Koreatown campus", "East LA entrance" are the hospital. Community hashtags with
  place names (#AltadenaStrong, #FuerzaEastLA) are campaigns and not labelled.
- In crisis updates, statistics and anonymous stories nothing is labelled, including the crash road,
  the street of a fire, and aggregate ages ("ages 4 to 91", "Oldest: 96", "el mayor, 94").
- Ages over 89 are labelled in every written form as one span: "NINETY-NINE", "ninety-three",
  "one hundred and two", "Noventa y ocho", "90 y cuatro", "9-0", "CIEN", "93a", "91F" (chart token),
  Korean-age figures ("102 in Korean age"), "nonagenarian", "Centenarian". Ages <= 89 are never labelled.
- Birthdays, surgeries, admissions, discharges, deaths, injuries, follow-up appointments, visits
  and the patient's wedding anniversary are DATE; a named holiday on which the patient's event fell
  is DATE (Chuseok, Nochebuena, Halloween, Dia de la Candelaria); awareness days and hospital events
  are not. A hashtag is never split to label a date.
- Commenters identified as a patient's relative: their name is NAME and their social handle OTHER_ID;
  a portal user name is OTHER_ID. Chart placeholders "Baby Girl" are descriptive, only the surname
  is NAME. A ratings-style "3/10" is not a date. Pets are not labelled.
- Case numbers, CSN and wristband ids are OTHER_ID (value only); Medi-Cal/Medicare/insurer ids are
  HEALTH_PLAN; driver licence is LICENSE; pacemaker serials are DEVICE; car plates are VEHICLE.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev25.jsonl"), os.path.join(HERE, "phi_dev25_org.json"), "d25")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "discharge",
    "little ji-woo went home today after 51 days in our Koreatown NICU 💛 her halmeoni brought kimbap for the whole "
    "night shift. bye ji-woo!! #NICUGrad #PCMCStrong",
    [("NAME", "ji-woo", "*")],
    note="lower-case hyphenated Korean first name; halmeoni is kinship; Koreatown NICU is the hospital",
)

# 2
n(
    "es",
    "health_tip",
    "¿Humo de los incendios? 🔥 Cierra ventanas, usa mascarilla N95 si sales y revisa la calidad del aire antes de "
    "caminar con los niños. Si tienes asma y te falta el aire, llama al 911.",
    "generic smoke tip; 911 is a national line",
)

# 3
n(
    "en",
    "staff_spotlight",
    "Meet Lola Villanueva, RN, 5 West's charge nurse for 22 years 🌺 Born in Quezon City, she still sings to her "
    "patients every night shift. Thank you, Lola! #NursesWeek",
    "staff nurse whose given name is Lola; her birthplace is a staff detail",
)

# 4
p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Milagros! 💕 Nació el 12 de diciembre, Día de la Virgen de Guadalupe, a las 4:10 am en "
    "nuestro campus de East LA. Felicidades a sus papás Yesenia y Brayan 🙏",
    [
        ("NAME", "Milagros"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Yesenia"),
        ("NAME", "Brayan"),
    ],
    note="birth date named twice (date and feast day); parents' first names; time and campus not labelled",
)

# 5
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to Lola Pacita! 🎂 She was born in Batangas City, raised nine kids, and still beats everyone "
    "at mahjong on 4 North. Mabuhay, Lola! 💐 #PCMCFamily",
    [("AGE", "100th"), ("NAME", "Pacita"), ("GEO", "Batangas City")],
    note="Lola is an honorific/kinship word; foreign birth city; 4 North is a unit",
)

# 6
n(
    "es",
    "anonymous_story",
    "Una paciente de 70 y tantos llegó a urgencias después de respirar humo durante tres días sin saberlo. Hoy está "
    "bien, y nos pidió compartir su mensaje: no esperen a sentirse muy mal para venir. 💙",
    "anonymous patient in her 70s",
)

# 7
n(
    "en",
    "public_figure",
    "Dodger Stadium went blue for us last night 💙 Thank you to the Dodgers Foundation and to the players who visited "
    "our pediatric floor — and to the late, great Fernando Valenzuela, whose mural still greets every family at our "
    "East LA entrance.",
    "team, foundation and a historical figure; hospital entrance",
)

# 8
p(
    "es",
    "pasted_record",
    "Cama 14 - Sra. Hernández Zelaya, Rosa Amalia, 93a, ingreso 02/11, Dx NAC, familia: hija Ana (323) 555-0187 — "
    "PERDÓN, esto no era para aquí, ya lo borramos",
    [
        ("OTHER_ID", "Cama 14"),
        ("NAME", "Hernández Zelaya, Rosa Amalia"),
        ("AGE", "93a"),
        ("DATE", "02/11"),
        ("NAME", "Ana"),
        ("PHONE", "(323) 555-0187"),
    ],
    note="pasted bed line: bed, chart-style name, age token '93a', admission date, daughter's name and phone",
)

# 9
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease is the leading cause of acquired heart disease in kids in the US, and it's more common in "
    "children of Korean and Japanese descent. Fever 5+ days, red eyes, cracked lips, swollen hands? See a doctor. "
    "#KawasakiDiseaseAwareness",
    "eponymous condition; population facts",
)

# 10
p(
    "es",
    "thank_you",
    "Gracias, don Chepe, por las pupusas que le trajo a todo el piso 6 el día que le dieron de alta 🫓❤️ Sus "
    "enfermeras lo extrañan. ¡Saludos hasta Chalchuapa, su pueblo!",
    [("NAME", "Chepe"), ("GEO", "Chalchuapa")],
    note="nickname with honorific don; patient's home town in El Salvador",
)

# 11
n(
    "en",
    "crisis_update",
    "UPDATE 6:40 pm: We are treating 7 patients from the multi-vehicle crash on the 60 Freeway near Atlantic Blvd. "
    "Families looking for loved ones, please call our family line at (323) 555-0120. Please do not come to the ED "
    "entrance.",
    "crisis update with counts only; crash road not tied to an identified patient; hospital line",
)

# 12
n(
    "es",
    "event",
    "📅 Sábado 17 de mayo: Feria de salud para quinceañeras y sus familias en el campus de East LA, 4720 Whittier "
    "Blvd. Vacunas, presión, y chequeo de la vista gratis. ¡Traigan a la corte de honor!",
    "event date at the hospital's own address",
)

# 13
p(
    "en",
    "discharge",
    "After 3 weeks on our burn unit, firefighter-turned-patient Capt. Danny Orozco headed home to Altadena this "
    "morning 🚒 Danny, your crew lined the hallway and there wasn't a dry eye. #AltadenaStrong",
    [("NAME", "Danny Orozco"), ("NAME", "Danny", 2), ("GEO", "Altadena")],
    note="rank excluded; home city; #AltadenaStrong is a community hashtag",
)

# 14
n(
    "es",
    "statistic",
    "En 2024 atendimos a más de 1,300 pacientes mayores de 90 años en nuestros dos campus. El 40% habla coreano, "
    "tagalo, armenio o español en casa. 💬 Por eso tenemos intérpretes las 24 horas.",
    "population ages over 90",
)

# 15
p(
    "en",
    "memorial",
    "To the Avetisyan family: thank you for the gata and the coffee, and for letting us be part of Hagop's last "
    "weeks. He taught half of 7 East to play tavloo. We will miss him. 🕊️",
    [("NAME", "Avetisyan"), ("NAME", "Hagop")],
    note="family surname and patient first name (possessive excluded)",
)

# 16
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Enfermeras bilingües (español, coreano o tagalo) para nuestras unidades de Koreatown y "
    "East LA. Bono de $10,000. Aplica en pacificcrossroadsmc.org/empleos o llama al (213) 555-0160.",
    "recruitment; hospital domain and HR phone",
)

# 17
p(
    "en",
    "birth_announcement",
    "It's a boy!! 💙 Baby Bong-su (yes, named after his great-grandpa) arrived 3/8 at 9 lbs even. Mom Eunji says he "
    "already has the Park family appetite 😂",
    [("NAME", "Bong-su"), ("DATE", "3/8"), ("NAME", "Eunji"), ("NAME", "Park")],
    note="baby's name, numeric birth date, mother's name and family surname that is an ordinary word",
)

# 18
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Chagas afecta a miles de personas nacidas en El Salvador, México y Centroamérica que hoy viven "
    "en Los Ángeles, y muchas no lo saben. La prueba es un simple análisis de sangre. Pregunta en tu clínica. "
    "#DíaMundialDelChagas 14 de abril",
    "eponymous condition; awareness day date",
)

# 19
p(
    "en",
    "pasted_record",
    "oops — pls ignore: KIM, SOON JA  MRN 00718442  DOB 11/23/1929  rm 612-B  fall precautions, Korean interp. "
    "daughter-in-law Mrs. Lee cell 213-555-0179",
    [
        ("NAME", "KIM, SOON JA"),
        ("MRN", "00718442"),
        ("DATE", "11/23/1929"),
        ("OTHER_ID", "rm 612-B"),
        ("NAME", "Lee"),
        ("PHONE", "213-555-0179"),
    ],
    note="pasted chart line: name, MRN, full DOB, room with keyword, relative's surname and cell",
)

# 20
n(
    "es",
    "staff_spotlight",
    "Conozcan a la Dra. Anahit Sarkisian, jefa de cardiología en nuestro campus de Koreatown 💙 Nació en Ereván, llegó "
    "a Glendale a los 9 años y hoy atiende a pacientes en armenio, inglés y español. ¡Gracias, doctora!",
    "staff physician; her birthplace and city are staff details",
)

# 21
p(
    "en",
    "public_figure",
    'Boxing legend Ruben "El Gallo" Ybarra wants you to know he\'s doing great after his knee replacement here last '
    'week 🥊 His words: "Tell East LA I\'m still undefeated against stairs." Shared with his permission.',
    [("NAME", 'Ruben "El Gallo" Ybarra')],
    note="public figure who is the patient; East LA is a shout-out, not his address",
)

# 22
p(
    "es",
    "memorial",
    "Hoy despedimos a doña Consuelo Rivas, voluntaria de nuestra capilla por 30 años y luego paciente de nuestro piso "
    "de cuidados paliativos. Falleció el 2 de febrero, Día de la Candelaria, rodeada de sus nietos. Descanse en paz, "
    "Chelo. 🕯️",
    [
        ("NAME", "Consuelo Rivas"),
        ("DATE", "2 de febrero"),
        ("DATE", "Día de la Candelaria"),
        ("NAME", "Chelo"),
    ],
    note="volunteer who became a patient; death date named twice; nickname",
)

# 23
n(
    "en",
    "health_tip",
    "Heading to the Lakers game? 🏀 Hydrate, know where the nearest exit is, and if someone collapses: call 911, start "
    "chest compressions, ask for the AED. Hands-only CPR classes every 2nd Tuesday at our Koreatown campus.",
    "generic tip; recurring class",
)

# 24
p(
    "es",
    "discharge",
    "¡Se fue a casa Ximena! 🎉 Después de su trasplante de riñón en enero, hoy salió caminando de la mano de su "
    "abuelita rumbo a Huntington Park. Ximena, ¡te esperamos para tus quince! 👑",
    [("NAME", "Ximena", "*"), ("DATE", "enero"), ("GEO", "Huntington Park")],
    note="month of the transplant; home city",
)

# 25
n(
    "en",
    "eponymous_condition",
    "Huntington's disease isn't about Huntington Park 😅 — it's an inherited brain disorder named after Dr. George "
    "Huntington. Join our genetic counselors for a free Q&A in English and Spanish on June 5.",
    "eponymous condition; a city mentioned as a pun; event date",
)

# 26
n(
    "es",
    "anonymous_story",
    "Un señor de 80 y pico que vende elotes cerca de nuestro campus llegó con golpe de calor el verano pasado. Nos "
    "dio permiso de contar su historia sin su nombre: tomen agua, descansen en la sombra, y si se marean, pidan "
    "ayuda. 🌽☀️",
    "anonymous street vendor in his 80s",
)

# 27
p(
    "en",
    "thank_you",
    "Shoutout to Tito Boy and Tita Baby, who brought 3 trays of pancit and lumpia to thank the ICU for taking care of "
    "their son Jun-Jun 🥹 Jun-Jun, keep crushing PT!",
    [("NAME", "Boy"), ("NAME", "Baby"), ("NAME", "Jun-Jun", "*")],
    note="Filipino nicknames that are ordinary words (Boy, Baby) after kinship honorifics; parents of the patient",
)

# 28
p(
    "es",
    "pasted_record",
    "NOTA INTERNA (no publicar): Pte. Menjívar, José Santos — exp. 4471-0923 — pulsera A55812 — placas del carro "
    "8KLM204 en estacionamiento B — llamar a esposa Marta al 562.555.0118",
    [
        ("NAME", "Menjívar, José Santos"),
        ("MRN", "4471-0923"),
        ("OTHER_ID", "A55812"),
        ("VEHICLE", "8KLM204"),
        ("NAME", "Marta"),
        ("PHONE", "562.555.0118"),
    ],
    note="internal note: record number, wristband, plate, wife's name and dotted phone; parking lot is the hospital's",
)

# 29
n(
    "en",
    "statistic",
    "Did you know? Adults over 90 are the fastest-growing age group in LA County. Last year our geriatrics team cared "
    "for 412 patients aged 90+, including 19 centenarians. 🎉",
    "population ages; 'centenarians' as a group",
)

# 30
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 102 a la señora Yang Bok-soon! 🎂 Cumplió años ayer en el piso 4 Norte y pidió dos "
    "cosas: kimchi jjigae y una canción de Vicente Fernández. Su nieta Grace nos dice que así es desde siempre. 😂",
    [("AGE", "102"), ("NAME", "Yang Bok-soon"), ("NAME", "Grace")],
    note="age over 89; Korean name in surname-first order; granddaughter; singer is a public figure",
)

# 31
n(
    "en",
    "campaign_hashtag",
    "Every Lolo, Lola, Halmeoni, Harabeoji, abuelo and abuela deserves care in their own language 💛 Share a photo of "
    "yours with #GrandparentsOfLA and we'll feature them all month. #PCMCFamily",
    "kinship words as a group; campaign hashtags",
)

# 32
n(
    "es",
    "crisis_update",
    "AVISO: Por el humo del incendio en las montañas, nuestra clínica de Vermont (1180 S Vermont Ave) cierra hoy a "
    "las 2 pm. Pacientes con cita: los llamaremos para reprogramar. Dudas: (323) 555-0121.",
    "closure notice; hospital clinic address and phone",
)

# 33
p(
    "en",
    "discharge",
    "Going home day for Mr. Tigran! 🏠 He beat his heart surgery and made it out in time for his 89th birthday on June "
    "14 — granddaughter Nairi is baking the gata. Shnorhakalutyun, Mr. Tigran! #PCMCCardiac",
    [("NAME", "Tigran", "*"), ("DATE", "June 14"), ("NAME", "Nairi")],
    note="birthday date is DATE; age 89 is not labelled; granddaughter's name",
)

# 34
n(
    "es",
    "health_tip",
    "¿Va a la quinceañera este fin de semana? 💃 Si bailó toda la noche y al día siguiente tiene la pierna hinchada y "
    "con dolor, no lo ignore. Puede ser un coágulo. Cuídense, y ¡que viva la fiesta!",
    "generic tip",
)

# 35
p(
    "en",
    "staff_spotlight",
    "Our own ED tech Marisol Cruz went from working the trauma bay to being a patient in it last month after a crash "
    "on the I-5 near Burbank 🙏 Marisol is back on her feet and back at work today. Welcome back, Mari!",
    [
        ("NAME", "Marisol Cruz"),
        ("NAME", "Marisol", 2),
        ("GEO", "I-5"),
        ("GEO", "Burbank"),
        ("NAME", "Mari"),
    ],
    note="staff member who was the patient; crash road and place; nickname",
)

# 36
n(
    "es",
    "sponsor",
    "Gracias a la Fundación Familia Ohanian y a Mercado Los Reyes por donar 500 purificadores de aire para familias "
    "de East LA durante la temporada de incendios 🙌 #PCMCFoundation",
    "donor family foundation and business",
)

# 37
p(
    "en",
    "memorial",
    "Rest easy, Harabeoji Choi. 🕊️ Mr. Choi Young-sik ran the shoe repair shop on Western Ave for 41 years and spent "
    "his last days with us on 4 North. He passed on Chuseok, surrounded by family. We were honored to care for him.",
    [("NAME", "Choi", 1), ("NAME", "Choi Young-sik"), ("GEO", "Western Ave"), ("DATE", "Chuseok")],
    note="Harabeoji is a kinship title; patient's shop street; death on a named holiday",
)

# 38
n(
    "es",
    "public_figure",
    "El Chicharito, Vin Scully, Kobe… Los Ángeles tiene leyendas. Pero hoy celebramos a otras leyendas: los 1,200 "
    "trabajadores de limpieza de nuestros dos hospitales. 🧹💙 #DíaDelTrabajador",
    "public figures and staff as a group",
)

# 39
n(
    "en",
    "anonymous_story",
    '"They saved my mom\'s life." A woman in her 50s wrote us this week about her mother, who was brought in from a '
    "freeway crash last winter. She asked us not to share names, so we won't — but we shared her note with the whole "
    "trauma team. 💙",
    "anonymous family story",
)

# 40
p(
    "es",
    "birth_announcement",
    "¡Llegaron los gemelos! 👶👶 Santiago y Valentina nacieron el 24 de diciembre en la noche — sí, en Nochebuena 🎄 — y "
    "su mamá Nayeli dice que son el mejor regalo. Papá Rigo ya les compró su primer jersey de los Dodgers.",
    [
        ("NAME", "Santiago"),
        ("NAME", "Valentina"),
        ("DATE", "24 de diciembre"),
        ("DATE", "Nochebuena"),
        ("NAME", "Nayeli"),
        ("NAME", "Rigo"),
    ],
    note="twins' names; birth date and holiday both labelled; parents",
)

# 41
p(
    "en",
    "pasted_record",
    "Billing note — do not post: Acct 3310-44821 / Medi-Cal BIC 94736128A / guarantor: Avakian, Sarkis / pt DOB "
    "02-14-1948 / 2nd address 1407 N Louise St Apt 3, Glendale",
    [
        ("ACCOUNT", "3310-44821"),
        ("HEALTH_PLAN", "94736128A"),
        ("NAME", "Avakian, Sarkis"),
        ("DATE", "02-14-1948"),
        ("GEO", "1407 N Louise St Apt 3"),
        ("GEO", "Glendale"),
    ],
    note="billing line: account, Medi-Cal id, guarantor name, DOB, street with apt and city",
)

# 42
n(
    "es",
    "eponymous_condition",
    "Parkinson, Alzheimer, Huntington… muchos nombres de enfermedades vienen de los médicos que las "
    "describieron. Este martes, charla gratis sobre la enfermedad de Parkinson en español, 10 am, "
    "Sala Comunitaria Dolores Huerta. ☕",
    "eponyms; room named after a public figure",
)

# 43
p(
    "en",
    "thank_you",
    "\"My halmeoni was on your 6th floor for 2 weeks and the nurses learned to say 'jal jasseoyo' for her every "
    'morning 😭" — Thank you for sharing this, Jenny! Please tell Halmeoni the whole team says hi. 💛',
    [("NAME", "Jenny")],
    note="quoted comment by a patient's granddaughter (relative's first name); Halmeoni used as kinship",
)

# 44
n(
    "es",
    "statistic",
    "Datos de nuestra sala de emergencias de East LA: en agosto atendimos 230 casos de golpe de calor. La mitad eran "
    "vendedores ambulantes y trabajadores al aire libre de 40 a 70 años. ☀️💧",
    "aggregate statistic with month and age range",
)

# 45
p(
    "en",
    "discharge",
    "BIG DAY for Brayan from Pico-Union 🏀 11 days after his scooter crash on Olympic Blvd, he walked out in his "
    "Lakers jersey. Brayan says LeBron better watch out. #PCMCTrauma",
    [("NAME", "Brayan", "*"), ("GEO", "Pico-Union"), ("GEO", "Olympic Blvd")],
    note="neighbourhood and crash street; LeBron is a public figure",
)

# 46
n(
    "es",
    "hospital_contact",
    "Para citas en coreano llame al (213) 555-0112; en español, al (323) 555-0121. Nuestro campus de Koreatown está "
    "en 3350 Wilshire Blvd y el de East LA en 4720 Whittier Blvd. 📍 Más info: pacificcrossroadsmc.org",
    "hospital phones, addresses and domain",
)

# 47
p(
    "en",
    "milestone_birthday",
    "🎉 NINETY-NINE and still doing her morning tai chi on the unit! Happy birthday, Mrs. Oh Jung-ja — born on a snowy "
    "New Year's Day in Daegu, now the boss of 4 North. 🎂",
    [("AGE", "NINETY-NINE"), ("NAME", "Oh Jung-ja"), ("DATE", "New Year's Day"), ("GEO", "Daegu")],
    note="age in capital words; surname Oh; birth on a named holiday; foreign birth city",
)

# 48
p(
    "es",
    "thank_you",
    "Gracias a la familia Gevorgyan por las flores y el baklava 🌸 Y a usted, Sr. Gevorgyan, ¡felicidades por sus 91 "
    "años y por salir de terapia intensiva caminando! Lo esperamos solo para visitas. 😉",
    [("NAME", "Gevorgyan", "*"), ("AGE", "91")],
    note="family surname and patient; age 91",
)

# 49
n(
    "en",
    "staff_spotlight",
    'Volunteer spotlight 🌟 Mrs. Hovsepian, 94, has pushed our Tuesday mail cart since 1998. Her secret? "Coffee, '
    'Armenian music, and never taking the elevator." Thank you, Mrs. H! #VolunteerWeek',
    "volunteer aged 94 (not a patient)",
)

# 50
p(
    "es",
    "discharge",
    "¡Ya en casa! 🏡 El pequeño Toñito (Antonio Reyes Melgar, 7 años) regresó a Bell Gardens después de que lo "
    "atropellaran en la Florence Ave el 9 de septiembre. Su mamá nos dejó su cel por si otros papás quieren hablar "
    "con ella: 323 555 0163.",
    [
        ("NAME", "Toñito"),
        ("NAME", "Antonio Reyes Melgar"),
        ("GEO", "Bell Gardens"),
        ("GEO", "Florence Ave"),
        ("DATE", "9 de septiembre"),
        ("PHONE", "323 555 0163"),
    ],
    note="diminutive and full name; home city; road of the injury; injury date; mother's phone",
)

# 51
n(
    "en",
    "eponymous_condition",
    "Graves' disease, Hashimoto's, Addison's, Cushing's — your thyroid and adrenal glands have a lot of eponyms. Our "
    "endocrinology clinic sees patients in Korean, Spanish, Tagalog and Armenian. Call (213) 555-0100 to book.",
    "eponymous conditions; hospital phone",
)

# 52
p(
    "es",
    "pasted_record",
    "lista de cuartos (borrador, NO publicar) — cuarto 402: Pérez, Ignacio / cuarto 403: vacío / cuarto 404: Lupita "
    "Aguilar, 15 años, apendicitis / cuarto 405: Sr. Bae",
    [
        ("OTHER_ID", "cuarto 402"),
        ("NAME", "Pérez, Ignacio"),
        ("OTHER_ID", "cuarto 404"),
        ("NAME", "Lupita Aguilar"),
        ("OTHER_ID", "cuarto 405"),
        ("NAME", "Bae"),
    ],
    note="room list; empty room not labelled; age 15 not labelled",
)

# 53
n(
    "en",
    "event",
    "Lakers Night at the Koreatown campus! 🏀 Join us Friday, March 21 at 6 pm for a free screening of the game, "
    "heart-health checks and Korean BBQ from Park's Kitchen. RSVP at pcmcgiving.org/lakersnight",
    "event date; business name; hospital domain",
)

# 54
p(
    "es",
    "memorial",
    "Con mucho dolor compartimos que don Hilario, el vendedor de raspados que por 25 años se paró frente a nuestra "
    "entrada de la Whittier, falleció aquí el domingo. Su hija Rosa pidió que lo recordemos con una sonrisa. 🍧🕊️ "
    "#DonHilario",
    [("NAME", "Hilario"), ("NAME", "Rosa"), ("NAME", "#DonHilario")],
    note="vendor patient; his spot is the hospital's entrance (not GEO); weekday not labelled; name hashtag",
)

# 55
n(
    "en",
    "recruitment",
    "We're hiring respiratory therapists for wildfire season 🔥 Bilingual Korean/English or Spanish/English a plus. "
    "Night differential + $8K sign-on. Apply: pacificcrossroadsmc.org/careers #RTJobs #LosAngeles",
    "recruitment",
)

# 56
n(
    "es",
    "anonymous_story",
    "Una quinceañera llegó a urgencias con su vestido puesto y una crisis de asma en plena fiesta. 👗 Salió a las dos "
    "horas, todavía con la corona. Su familia nos pidió no compartir su nombre, pero sí su mensaje: ¡siempre lleven "
    "el inhalador!",
    "anonymous quinceañera",
)

# 57
p(
    "en",
    "public_figure",
    'Telenovela star Marisela Quintanilla asked us to share: "I was treated for breast cancer at Pacific Crossroads '
    'this spring and I am cancer-free today. Get your mammogram, mija." 💗 Thank you, Marisela, for trusting us with '
    "your care. #PinkOctober",
    [("NAME", "Marisela Quintanilla"), ("NAME", "Marisela", 2)],
    note="public figure who is the patient; season not labelled",
)

# 58
n(
    "es",
    "staff_spotlight",
    'Felicidades a nuestro enfermero Jesús "Chuy" Barrientos, nombrado Enfermero del Año 🏆 Originario de San '
    "Salvador, lleva 15 años en la UCI de East LA. ¡Gracias, Chuy!",
    "staff nurse with nickname; his origin is a staff detail",
)

# 59
n(
    "en",
    "health_tip",
    "Smoke day tip 🌫️ If the AQI is over 150, keep older relatives inside — especially anyone over 90, with COPD or "
    'heart disease. Run a HEPA purifier in one room and make it the "clean air room."',
    "generic tip; population age",
)

# 60
p(
    "es",
    "birth_announcement",
    "Primer bebé del año en nuestro campus de Koreatown 🎊 La pequeña Cielo nació el 1 de enero a las 12:03 am. Su "
    "papá, Edgar, trabaja como tramoyista en un estudio de cine y llegó corriendo del set. ¡Bienvenida, Cielo!",
    [("NAME", "Cielo", "*"), ("DATE", "1 de enero"), ("NAME", "Edgar")],
    note="name that is an ordinary word; birth date; father's name",
)

# 61
p(
    "en",
    "pasted_record",
    "[internal] ED board 02:15 — Bed 7: Tan, Rodel (CSN 5521093348) / Bed 9: empty / Bed 11: Ruiz, M — pending CT. "
    "wife Gloria: gloria.tan1976@yahoo.com",
    [
        ("OTHER_ID", "Bed 7"),
        ("NAME", "Tan, Rodel"),
        ("OTHER_ID", "5521093348"),
        ("OTHER_ID", "Bed 11"),
        ("NAME", "Ruiz, M"),
        ("NAME", "Gloria"),
        ("EMAIL", "gloria.tan1976@yahoo.com"),
    ],
    note="ED board: beds, names (surname Tan), encounter number, wife's name and e-mail; empty bed not labelled",
)

# 62
n(
    "es",
    "campaign_hashtag",
    "Este mes, #FuerzaEastLA celebra a los trabajadores de la salud que también son hijos, hijas y nietos de "
    "vendedores ambulantes. 💪 Cuéntanos tu historia con #OrgulloDeLaWhittier.",
    "campaign hashtags with place names",
)

# 63
p(
    "en",
    "milestone_birthday",
    "Our favorite lolo turned 96 yesterday! 🎂 Lolo Ben (Benigno Dizon to his paperwork 😉) celebrated with lechon, "
    "karaoke and a video call to his sister in San Fernando. Maligayang kaarawan, Lolo Ben!",
    [("AGE", "96"), ("NAME", "Ben", "*"), ("NAME", "Benigno Dizon"), ("GEO", "San Fernando")],
    note="lolo is kinship/title; nickname and legal name; relative's city",
)

# 64
n(
    "es",
    "sponsor",
    "🙏 Gracias a la Panadería La Salvadoreña y a la familia Kim de Kim's Market por patrocinar la posada navideña de "
    "nuestros pacientes de pediatría el 20 de diciembre.",
    "sponsors; event date",
)

# 65
p(
    "en",
    "discharge",
    "Paz is going home! ☮️ Our littlest heart warrior (born 10/02 with a hole in her heart) had her repair at 3 "
    "months and is finally ready for life in Montebello. Peace out, Paz! ✌️",
    [("NAME", "Paz", "*"), ("DATE", "10/02"), ("GEO", "Montebello")],
    note="short ordinary-word name; birth date; home city",
)

# 66
n(
    "es",
    "health_tip",
    "Si usted vende comida en la calle: 🌮 lávese las manos seguido, mantenga lo frío bien frío y tome agua cada hora. "
    "¿Dolor de cabeza, mareo o calambres con el calor? Busque sombra y llame al 911 si no mejora.",
    "generic tip for street vendors",
)

# 67
p(
    "en",
    "thank_you",
    "A huge thank-you to @ktown_hyejin for the 200 kimbap rolls for our night shift 🍙 (her dad was in our ICU in May "
    'after his stroke and she says this is her "thank you, part 2")',
    [("OTHER_ID", "@ktown_hyejin"), ("DATE", "May")],
    note="relative's social handle; month of the patient's stay",
)

# 68
n(
    "es",
    "eponymous_condition",
    "¿Su hijo tiene fiebre por más de 5 días, ojos rojos y labios partidos? Podría ser enfermedad de Kawasaki. No es "
    "por la moto 😉 — lleva el nombre del Dr. Tomisaku Kawasaki. Es tratable si se detecta a tiempo.",
    "eponymous condition and its namesake",
)

# 69
n(
    "en",
    "crisis_update",
    "Wildfire update 🔥 Our Koreatown ED has received 12 patients with smoke inhalation since 6 am, ages 4 to 91. Most "
    "are being treated and released. If you're evacuating, bring your medication list. Info line: (213) 555-0100.",
    "crisis update; aggregate age range",
)

# 70
p(
    "es",
    "memorial",
    "Nuestra querida Lola Fe, 103 años, se nos fue en paz el 30 de noviembre, Día de Bonifacio en su natal Filipinas. "
    "🇵🇭🕊️ Fue paciente de nuestro programa de cuidados en casa desde 2019. Salamat po, Lola Fe.",
    [
        ("NAME", "Fe", "*"),
        ("AGE", "103"),
        ("DATE", "30 de noviembre"),
        ("DATE", "Día de Bonifacio"),
    ],
    note="two-letter ordinary-word name after Lola; death date named twice; country and bare year not labelled",
)

# 71
n(
    "en",
    "event",
    "Free blood pressure checks at the Dodgers Community Day 💙⚾ Saturday, April 12, 10–2, Lot 3 of our East LA "
    "campus. Bring your abuela, your halmeoni, your lola — bring everyone.",
    "event date; kinship words",
)

# 72
p(
    "es",
    "pasted_record",
    'Correo de la familia (no publicar): "Mi papá Rigoberto Alas, fecha de nacimiento 7-III-1952, estuvo en la '
    "habitación 318 desde el 3 de marzo. Necesito copia de su expediente. Mi correo es alas.familia@hotmail.com y "
    'vivo en 2217 E Cesar Chavez Ave, Los Ángeles 90033."',
    [
        ("NAME", "Rigoberto Alas"),
        ("DATE", "7-III-1952"),
        ("OTHER_ID", "habitación 318"),
        ("DATE", "3 de marzo"),
        ("EMAIL", "alas.familia@hotmail.com"),
        ("GEO", "2217 E Cesar Chavez Ave"),
        ("GEO", "Los Ángeles"),
        ("GEO", "90033"),
    ],
    note="family e-mail pasted: DOB with roman month, room, admission, e-mail, street named after a person, city, ZIP",
)

# 73
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back to visit this week — now 6, missing two front teeth, and wearing a Dodgers cap "
    "bigger than his head. 🧢 His parents asked us to keep it anonymous, but wanted you to know: the 'tiny ones' grow "
    "up.",
    "anonymous NICU graduate",
)

# 74
p(
    "es",
    "thank_you",
    'Mensaje de la familia Ramírez Cuéllar: "Gracias al equipo de quemados por cuidar a nuestro hijo Kevin después '
    'del incendio en su casa de City Terrace." 💙 Kevin, ¡te esperamos en la fiesta de sobrevivientes!',
    [("NAME", "Ramírez Cuéllar"), ("NAME", "Kevin", "*"), ("GEO", "City Terrace")],
    note="family surnames; patient; home neighbourhood",
)

# 75
n(
    "en",
    "statistic",
    "By the numbers 📊 Our two campuses delivered 3,914 babies last year. Most popular names: Sofia, Mateo, Seo-yeon "
    "and Liam. Busiest day: July 5th (thanks, fireworks 🎆).",
    "popular names and a busiest day as statistics",
)

# 76
n(
    "es",
    "staff_spotlight",
    "Nuestra voluntaria más veterana, la señora Remedios Santos, cumple 92 años este mes 🎉 Lleva 30 años repartiendo "
    "revistas y rosarios en el campus de Koreatown. ¡Feliz cumpleaños, Tita Remy!",
    "volunteer aged 92 (not a patient)",
)

# 77
p(
    "en",
    "patient_story",
    "He came in after a 14-hour day on a film set in Santa Clarita and a heart attack in the parking lot. Today grip "
    'Manny "Big Man" Ocampo walked out of cardiac rehab 💪🎬 Manny, the whole cath lab says: that\'s a wrap!',
    [("GEO", "Santa Clarita"), ("NAME", 'Manny "Big Man" Ocampo'), ("NAME", "Manny", 2)],
    note="film worker; place where he collapsed; name with quoted nickname",
)

# 78
n(
    "es",
    "hospital_contact",
    "¿Preguntas sobre su factura? Llame a Servicios Financieros al (213) 555-0150, lunes a viernes de 8 a 5. También "
    "puede escribir a facturacion@pacificcrossroadsmc.org. Nunca le pediremos su número de Seguro Social por mensaje "
    "directo.",
    "hospital billing phone and e-mail",
)

# 79
p(
    "en",
    "pasted_record",
    "Pls fix before posting!! Pt: Melikyan, Arpine  DOB 09/30/1933  Ins: Anthem Blue Cross ID XJG884102773  Pacemaker "
    "SN PJN448812  Dtr: Lilit 818-555-0144",
    [
        ("NAME", "Melikyan, Arpine"),
        ("DATE", "09/30/1933"),
        ("HEALTH_PLAN", "XJG884102773"),
        ("DEVICE", "PJN448812"),
        ("NAME", "Lilit"),
        ("PHONE", "818-555-0144"),
    ],
    note="chart line: name, DOB, insurer id, pacemaker serial, daughter's name and phone",
)

# 80
n(
    "es",
    "public_figure",
    "Hace 40 años, Fernando Valenzuela llenó el Dodger Stadium de familias mexicanas. Hoy, nuestro mural en honor a "
    "la Fernandomanía recibe a los pacientes en la entrada de East LA. 🎨⚾ #ToroForever",
    "historical figure",
)

# 81
p(
    "en",
    "birth_announcement",
    "Born on the 4th of July 🇺🇸🎆 and already louder than the fireworks: welcome, Sunny! Mom Jasmine and big brother "
    "Kai say the sun came out early this year.",
    [("DATE", "4th of July"), ("NAME", "Sunny"), ("NAME", "Jasmine"), ("NAME", "Kai")],
    note="birth on a holiday; ordinary-word name; mother and sibling",
)

# 82
n(
    "es",
    "health_tip",
    "Día Mundial del Corazón, 29 de septiembre ❤️ Si tiene más de 65 años, revise su presión cada mes. Las farmacias "
    "de Koreatown y East LA lo hacen gratis. #CorazónSano",
    "awareness day; population age",
)

# 83
n(
    "en",
    "eponymous_condition",
    "Lou Gehrig's disease (ALS) took the Iron Horse at 37. Today, our neuromuscular clinic follows more than 80 ALS "
    "patients across LA. Join our Walk to Defeat ALS team on Oct 19 at Exposition Park. 💙⚾",
    "eponymous condition named after a historical figure; event date and venue",
)

# 84
p(
    "es",
    "discharge",
    "¡Alta para Lupe! 🎉 La señora Guadalupe Tzul, vendedora de frutas en la esquina de Soto y 4th desde hace 20 años, "
    "se fue a casa hoy después de su operación de cadera. Su nieta Daisy prometió que no la dejará cargar la carreta "
    "por un mes. 🍉",
    [("NAME", "Lupe"), ("NAME", "Guadalupe Tzul"), ("GEO", "Soto y 4th"), ("NAME", "Daisy")],
    note="nickname and full name; the patient's vending corner; granddaughter",
)

# 85
p(
    "en",
    "thank_you",
    "Dear Mr. Kwon's family — we got your card and the box of Choco Pies 🥹 Caring for your dad through his 91st "
    "birthday was an honor. Our 5 West team hung the card by the nurses' station.",
    [("NAME", "Kwon"), ("AGE", "91st")],
    note="surname with possessive; ordinal age over 89",
)

# 86
n(
    "es",
    "recruitment",
    "¿Hablas tagalo, coreano o armenio? 🗣️ Buscamos intérpretes médicos certificados para los dos campus. Turnos de "
    "noche y fines de semana. Manda tu CV a empleos@pacificcrossroadsmc.org o llama al (213) 555-0160.",
    "recruitment; hospital e-mail and phone",
)

# 87
p(
    "en",
    "pasted_record",
    "copy/paste fail sorry 🙈 — 'Transfer from outside hospital: pt GARO TER-PETROSYAN, age 97, adm 12/26, MRN "
    "5590217, son Vahe at (747) 555-0126'",
    [
        ("NAME", "GARO TER-PETROSYAN"),
        ("AGE", "97"),
        ("DATE", "12/26"),
        ("MRN", "5590217"),
        ("NAME", "Vahe"),
        ("PHONE", "(747) 555-0126"),
    ],
    note="transfer note: caps name, age, admission, MRN, son's name and phone",
)

# 88
n(
    "es",
    "anonymous_story",
    "Una mamá nos escribió: su hijo de 8 años llegó con los ojos rojos y fiebre de 6 días. Era Kawasaki. Hoy está "
    "bien y ella nos pidió compartirlo sin nombres para que otros papás reconozcan las señales. 🙏",
    "anonymous story; eponymous condition",
)

# 89
n(
    "en",
    "campaign_hashtag",
    "Smoke season is here. 🌫️ Check on your neighbors, your tías, your halmeoni next door. #CleanAirLA #PCMCCares "
    "#CheckOnYourElders",
    "campaign hashtags; kinship words",
)

# 90
p(
    "es",
    "milestone_birthday",
    "🎂 ¡CIEN AÑOS! Doña Socorro Alvarado celebró su cumpleaños en la habitación 512 con mariachi y pastel de tres "
    "leches. Nació en Santa Ana, El Salvador, un 15 de agosto, y dice que su secreto es el café de palo. "
    "¡Felicidades, doña Coco!",
    [
        ("AGE", "CIEN"),
        ("NAME", "Socorro Alvarado"),
        ("OTHER_ID", "habitación 512"),
        ("GEO", "Santa Ana"),
        ("DATE", "15 de agosto"),
        ("NAME", "Coco"),
    ],
    note="age in capital words; room; foreign birth city; birth date; nickname",
)

# 91
n(
    "en",
    "staff_spotlight",
    "Meet Dr. James Parkinson-Lee 😄 — no relation to the disease! Our new movement-disorders neurologist grew up in "
    "Koreatown, trained at UCLA and treats Parkinson's in English, Korean and Spanish.",
    "staff physician whose surname is an eponym",
)

# 92
p(
    "es",
    "pasted_record",
    "Reenvío del formulario web: Nombre: Evelyn Portillo / Teléfono: 213-555-0172 / Mensaje: mi mamá Reina Portillo "
    "tuvo su cirugía el 18/06 y nadie me ha llamado / Usuario del portal: evyportillo_87",
    [
        ("NAME", "Evelyn Portillo"),
        ("PHONE", "213-555-0172"),
        ("NAME", "Reina Portillo"),
        ("DATE", "18/06"),
        ("OTHER_ID", "evyportillo_87"),
    ],
    note="web form: daughter's name and phone, patient's name, surgery date, portal user name",
)

# 93
n(
    "en",
    "sponsor",
    "Huge thanks to the Han-Mendoza family, whose gift built the new Han-Mendoza Pediatric Tower 🏥 and to Hyundai of "
    "Koreatown for sponsoring our car-seat checks. #Grateful",
    "donor family and building named after them",
)

# 94
n(
    "es",
    "crisis_update",
    "Choque múltiple en la 710 a la altura de Olympic: hemos recibido 5 lesionados en East LA. Familiares, favor de "
    "llamar al (323) 555-0120. No podemos dar información por redes sociales. 🙏",
    "crisis update; crash road not tied to an identified patient",
)

# 95
p(
    "en",
    "memorial",
    'In loving memory of Lt. Ricardo "Ricky" Solórzano, LAFD, who died here on August 3 from injuries sustained '
    'fighting a brush fire in Sylmar. Ricky\'s mom Elena asked us to share: "He always ran toward the smoke." 🕯️🚒',
    [
        ("NAME", 'Ricardo "Ricky" Solórzano'),
        ("DATE", "August 3"),
        ("GEO", "Sylmar"),
        ("NAME", "Ricky", 2),
        ("NAME", "Elena"),
    ],
    note="firefighter patient; death date; place of injury; mother's name",
)

# 96
n(
    "es",
    "health_tip",
    "Durante la temporada de vientos de Santa Ana 🍂🔥 mantenga a los abuelitos adentro, con agua a la mano. El viento "
    "seco empeora el asma y la EPOC. Preguntas: línea en español (323) 555-0121.",
    "Santa Ana winds (not a place of a patient); hospital line",
)

# 97
p(
    "en",
    "discharge",
    "rocky went home today!!! 🥊 (yes, his real name is Rocky, and yes, he ran up the stairs of our Whittier Blvd "
    "parking structure like Rocky on his way out) Proud of you, kiddo. #PCMCRehab",
    [("NAME", "rocky"), ("NAME", "Rocky", 1)],
    note="lower-case and capitalised name; the second 'Rocky' is the film character",
    ok=("Rocky",),
)

# 98
n(
    "es",
    "event",
    "🎉 Quinceañera de la Salud: el 7 de junio celebraremos a 15 jóvenes de East LA que completaron nuestro programa "
    "de prevención de diabetes. Habrá vals, pastel sin azúcar y DJ. Evento gratis en el auditorio.",
    "hospital event date; group of unnamed participants",
)

# 99
p(
    "en",
    "pasted_record",
    "Room list 3W (draft, DELETE): Rm 304 DELA CRUZ, ROSALINDA (fall 2/2) / Rm 306 MKRTCHYAN, HOVIK / Rm 308 "
    "VELÁSQUEZ, ÁNGEL / Rm 310 empty",
    [
        ("OTHER_ID", "Rm 304"),
        ("NAME", "DELA CRUZ, ROSALINDA"),
        ("DATE", "2/2"),
        ("OTHER_ID", "Rm 306"),
        ("NAME", "MKRTCHYAN, HOVIK"),
        ("OTHER_ID", "Rm 308"),
        ("NAME", "VELÁSQUEZ, ÁNGEL"),
    ],
    note="room list: rooms with keyword, caps names, fall date; empty room and unit not labelled",
)

# 100
n(
    "es",
    "eponymous_condition",
    "Síndrome de Down, enfermedad de Crohn, parálisis de Bell: en nuestra charla del jueves explicamos de dónde "
    "vienen esos nombres y qué significan para las familias. 🧠 Sala Ohanian, 6 pm, con intérpretes de coreano y "
    "tagalo.",
    "eponymous conditions; room named after donors",
)

# 101
p(
    "en",
    "thank_you",
    "Thank you, Angel! 😇 This 9-year-old from Boyle Heights raised $812 selling paletas to buy toys for the kids on "
    "our peds floor — the same floor where he had his appendix surgery on Christmas Eve last year. Angel, you're the "
    "real angel.",
    [("NAME", "Angel", "*"), ("GEO", "Boyle Heights"), ("DATE", "Christmas Eve")],
    note="former patient; ordinary-word name (lower-case 'angel' is the word); surgery on a holiday",
)

# 102
n(
    "es",
    "staff_spotlight",
    "Hoy celebramos a Minerva, Rosa y Yolanda, nuestras cocineras de East LA que llevan 25 años preparando los caldos "
    "de los pacientes 🍲❤️ ¡Gracias, señoras!",
    "staff first names",
)

# 103
p(
    "en",
    "milestone_birthday",
    "101 candles?? Fire code said no 😂 So we settled for one big one. Happy 101st, Halmeoni Kang! 🎂 She told us she's "
    "actually 102 in Korean age and would like that on record.",
    [("AGE", "101"), ("AGE", "101st"), ("NAME", "Kang"), ("AGE", "102")],
    note="age three ways incl. Korean age; Halmeoni is a title",
)

# 104
p(
    "es",
    "thank_you",
    "Respuesta a comentario 💬 @mama_de_yeferson: ¡Qué alegría leer que Yeferson ya regresó a la escuela en Maywood! "
    "Dígale que sus enfermeras de la UCI pediátrica le mandan saludos. 💙",
    [("OTHER_ID", "@mama_de_yeferson"), ("NAME", "Yeferson"), ("GEO", "Maywood")],
    note="mother's social handle; patient's first name; city",
)

# 105
n(
    "en",
    "hospital_contact",
    "📍 New address for our Vermont Family Clinic: 1180 S Vermont Ave, Los Angeles, CA 90006. Same phone: (213) "
    "555-0100. Free parking on the roof. Metro: Wilshire/Vermont station, 2 min walk.",
    "hospital address and phone",
)

# 106
p(
    "es",
    "memorial",
    "Descansa en paz, Chuy 🕊️ Jesús Antonio Mejía, de 19 años, murió el 14 de julio tras el choque en el Freeway 10 "
    "cerca de Atlantic. Sus amigos de la prepa le hicieron un altar en la entrada. #JusticiaParaChuy",
    [
        ("NAME", "Chuy"),
        ("NAME", "Jesús Antonio Mejía"),
        ("DATE", "14 de julio"),
        ("GEO", "Freeway 10"),
        ("GEO", "Atlantic"),
        ("NAME", "#JusticiaParaChuy"),
    ],
    note="nickname and full name; death date; crash freeway and cross street; name hashtag",
)

# 107
n(
    "en",
    "anonymous_story",
    "A grandmother in her 80s, a Dodgers season-ticket holder since '62, told her nurse she'd only agree to surgery "
    "if she could watch the game from pre-op. We found her a radio. ⚾ (Shared with permission, no names — she's shy.)",
    "anonymous patient in her 80s",
)

# 108
n(
    "es",
    "recruitment",
    "¿Eres técnico de cine y buscas un cambio? 🎬 Muchos trabajadores de la industria han encontrado una segunda "
    "carrera en nuestro departamento de imágenes médicas. Sesión informativa: miércoles 6 pm, campus de Koreatown.",
    "recruitment",
)

# 109
p(
    "en",
    "discharge",
    "Home for Thanksgiving 🦃 Mr. Vartan Hakobyan, 92, got his discharge papers on Nov. 26 after 3 weeks of pneumonia. "
    "His grandsons drove him back to Sunland with a Lakers flag on the car. Go Lakers, go Mr. H!",
    [
        ("NAME", "Vartan Hakobyan"),
        ("AGE", "92"),
        ("DATE", "Nov. 26"),
        ("GEO", "Sunland"),
        ("NAME", "H"),
    ],
    note="age, discharge date, home town, initial; Thanksgiving is not the discharge day",
)

# 110
n(
    "es",
    "statistic",
    "En nuestra unidad de quemados, 1 de cada 3 pacientes este verano fue un trabajador al aire libre: vendedores, "
    "jardineros, techeros. El más joven tenía 17 años; el mayor, 94. 🔥 Cuídense del calor.",
    "aggregate statistic; oldest age of a group",
)

# 111
p(
    "en",
    "thank_you",
    "To whoever left the note on Nurse Carla's car: we found you! 🥹 It was Mrs. Imelda Bautista, whose husband "
    "Ernesto spent 40 days in our ICU in the spring. Mrs. B, Carla says the note is now framed.",
    [("NAME", "Imelda Bautista"), ("NAME", "Ernesto"), ("NAME", "B")],
    note="patient's wife with full name and initial; patient's first name; Carla is staff",
)

# 112
p(
    "es",
    "pasted_record",
    "ALERTA: pte. Cruz Canales, Fidel Ángel, 90 años, se salió de la habitación 221 a las 3 am. Descripción: gorra de "
    "los Dodgers, bata azul. Vive en Westlake, su hija Marleny: marleny.cruz.la@gmail.com",
    [
        ("NAME", "Cruz Canales, Fidel Ángel"),
        ("AGE", "90"),
        ("OTHER_ID", "habitación 221"),
        ("GEO", "Westlake"),
        ("NAME", "Marleny"),
        ("EMAIL", "marleny.cruz.la@gmail.com"),
    ],
    note="missing-patient alert: name, age 90, room, neighbourhood, daughter's name and e-mail",
)

# 113
n(
    "en",
    "event",
    "Join us Saturday for the Koreatown Senior Health Fair 🏮 Free flu shots, hearing checks and hanbok photos for "
    "anyone 80+! 10 am–2 pm, 3350 Wilshire Blvd. Korean and English interpreters on site.",
    "event at the hospital's address",
)

# 114
p(
    "es",
    "birth_announcement",
    "👶 ¡Nació Dulce María! 7 libras de pura dulzura 🍬 Llegó el miércoles 5 de marzo a las 6:45 am. Sus papás, Karla y "
    "Osvaldo, de Lincoln Heights, ya la vistieron de Lakers. ¡Felicidades!",
    [
        ("NAME", "Dulce María"),
        ("DATE", "5 de marzo"),
        ("NAME", "Karla"),
        ("NAME", "Osvaldo"),
        ("GEO", "Lincoln Heights"),
    ],
    note="baby's name; birth date (weekday excluded); parents; neighbourhood",
)

# 115
n(
    "en",
    "public_figure",
    "When Kobe visited our pediatric floor in 2009, he signed a ball that still sits in our lobby 🏀💜💛 Today, on what "
    "would have been his birthday, our Lakers-loving nurses wore purple. #MambaForever",
    "public figure's birthday",
)

# 116
p(
    "es",
    "thank_you",
    "“Gracias a las enfermeras de la UCI por cuidar a mi papá como si fuera su propio papá.” — Mensaje de Stephanie "
    "A., hija del Sr. Arévalo. 💙 Stephanie, su papá ya está en rehabilitación y dice que quiere ver a los Dodgers en "
    "la Serie Mundial.",
    [("NAME", "Stephanie A"), ("NAME", "Arévalo"), ("NAME", "Stephanie", 2)],
    note="daughter's name with initial; patient's surname",
)

# 117
n(
    "en",
    "eponymous_condition",
    "Tourette syndrome, Asperger's, Bell's palsy, Raynaud's… 🧠 This month our pediatric neurology team answers your "
    "questions live on Instagram every Thursday at 7 pm. Drop yours below! #NeuroQandA",
    "eponymous conditions",
)

# 118
p(
    "es",
    "discharge",
    "¡Sí se pudo! 💪 Don Fermín Orellana, de 90 y cuatro años (así lo dice él 😂), se fue a casa caminando después de "
    "su cirugía de vesícula del 2 de mayo. Saludos a toda la familia Orellana de South Gate.",
    [
        ("NAME", "Fermín Orellana"),
        ("AGE", "90 y cuatro"),
        ("DATE", "2 de mayo"),
        ("NAME", "Orellana", 2),
        ("GEO", "South Gate"),
    ],
    note="age written half in digits half in words; surgery date; family and city",
)

# 119
n(
    "en",
    "campaign_hashtag",
    "Tag a nurse who treated your family like family 💙 #KtownNursesRock #EastLANursesRock #PCMCFamily — we'll read "
    "every comment at Friday huddle.",
    "campaign hashtags",
)

# 120
p(
    "es",
    "pasted_record",
    'Perdón, este mensaje no era para redes: "Dra., el paciente de la cama 7 (Zepeda, Luis Fernando, exp. 88120-4) '
    'pide que le llamen a su esposa Yanira al +1 (626) 555-0191. Licencia de manejo vencida: C8841273."',
    [
        ("OTHER_ID", "cama 7"),
        ("NAME", "Zepeda, Luis Fernando"),
        ("MRN", "88120-4"),
        ("NAME", "Yanira"),
        ("PHONE", "+1 (626) 555-0191"),
        ("LICENSE", "C8841273"),
    ],
    note="bed, name, record number, wife's name and phone, driver licence",
)

# 121
p(
    "en",
    "discharge",
    "JOY IS GOING HOME 😭🎉 after 63 days, 4 surgeries and approx. 1 million stickers, our girl Joy Marasigan rang the "
    "bell this morning. Joy, the Ktown peds team loves you to the moon. #RingTheBell",
    [("NAME", "JOY"), ("NAME", "Joy Marasigan"), ("NAME", "Joy", 2)],
    note="ALL-CAPS ordinary-word name plus full name",
)

# 122
n(
    "es",
    "health_tip",
    "Si usted trabaja en sets de filmación con jornadas de 14 horas 🎬: duerma al menos 6, no maneje cansado por la "
    "101 de madrugada y hágase un chequeo del corazón. El cansancio también es un riesgo laboral.",
    "generic tip for film workers",
)

# 123
p(
    "en",
    "milestone_birthday",
    "nonagenarian alert 🚨 our dialysis unit threw a surprise party for mr. ernesto galang, who turns ninety-three on "
    "friday and has never missed a single session. happy birthday tito ernie!! 🎂",
    [
        ("AGE", "nonagenarian"),
        ("NAME", "ernesto galang"),
        ("AGE", "ninety-three"),
        ("NAME", "ernie"),
    ],
    note="all lower case: age word, name, age in words, nickname after tito; weekday not labelled",
)

# 124
n(
    "es",
    "event",
    "🕯️ Día de Muertos en el hospital: del 28 de octubre al 2 de noviembre, nuestra capilla de East LA tendrá un "
    "altar comunitario. Pueden traer fotos de sus seres queridos. Cempasúchil cortesía de Florería Guadalupe.",
    "hospital event dates; business name",
)

# 125
p(
    "en",
    "pasted_record",
    "Portal access log (INTERNAL): user ‘sarkis_avakian48’ login 203.0.113.77 at 22:14; pwd reset requested for DOB "
    "05/05/1948 — please DON'T screenshot this again",
    [("OTHER_ID", "sarkis_avakian48"), ("IP", "203.0.113.77"), ("DATE", "05/05/1948")],
    note="portal user name, patient's IP address, DOB",
)

# 126
n(
    "es",
    "staff_spotlight",
    'Nuestra jefa de enfermería, Lic. Dolores "Lola" Mendoza, se jubila después de 38 años 🥹 Empezó en 1987 en el '
    "antiguo hospital de la calle Soto. ¡Gracias, Lola! Disfrute a sus nietos.",
    "retiring staff member nicknamed Lola",
)

# 127
p(
    "en",
    "thank_you",
    "Reply to @arpi.k.glendale 💬 We're so happy your grandpa is home in La Crescenta and back to tending his apricot "
    "tree 🍑 Please tell him the whole 4 North team says barev!",
    [("OTHER_ID", "@arpi.k.glendale"), ("GEO", "La Crescenta")],
    note="granddaughter's social handle; patient's home town",
)

# 128
n(
    "es",
    "sponsor",
    "Gracias a Mariscos El Güero Salvadoreño y a la Asociación de Vendedores Ambulantes de LA por regalar 300 "
    "botellas de agua a nuestros pacientes durante la ola de calor. 🌡️💧",
    "sponsors",
)

# 129
n(
    "en",
    "crisis_update",
    "Power outage update ⚡ Our Koreatown campus is running on generators. All patients are safe. Elective surgeries "
    "for Tuesday are postponed — your surgeon's office will call you. Media: (213) 555-0140.",
    "crisis update; hospital media line",
)

# 130
p(
    "es",
    "discharge",
    "¡Adiós, hospital! 👋 Anahí Ramos, la quinceañera que se desmayó en su fiesta el 20 de abril y resultó tener un "
    "problema del corazón, hoy salió con marcapasos nuevo y ganas de volver a bailar el vals. 💃 #AnahíValiente",
    [("NAME", "Anahí Ramos"), ("DATE", "20 de abril"), ("NAME", "#AnahíValiente")],
    note="quinceañera patient; date she collapsed; name hashtag",
)

# 131
n(
    "en",
    "statistic",
    "Kawasaki disease by the numbers: our peds cardiology team diagnosed 38 cases last year — 60% in kids under 5, "
    "and more than a third in Korean-American families. Know the signs. 💙",
    "aggregate statistic; eponymous condition",
)

# 132
p(
    "es",
    "memorial",
    "Hoy, 2 de noviembre, recordamos en nuestro altar a todos los pacientes que perdimos este año. 🕯️ Y en especial a "
    "la pequeña Itzel, que nos enseñó a bailar cumbia desde su cama. Su mamá, Araceli, trajo su foto y sus dulces "
    "favoritos.",
    [("NAME", "Itzel"), ("NAME", "Araceli")],
    note="2 de noviembre is the hospital's memorial day, not the patient's; no attached photo",
)

# 133
n(
    "en",
    "eponymous_condition",
    "Crohn's and colitis are on the rise among Korean-American and Latino young adults. 🩺 Free IBD support group, "
    "first Monday of each month, Koreatown campus, Room 2B. Snacks that won't upset your gut provided 😉",
    "eponymous condition; conference room",
)

# 134
p(
    "es",
    "pasted_record",
    "MRN: 6604119 | Paciente: CABRERA DE LEÓN, MARÍA DE LOS ÁNGELES | F. nac.: 03/08/1931 | Ingreso: 14/01 | Hab. "
    "410-A | Seguro: Medi-Cal 91558302F",
    [
        ("MRN", "6604119"),
        ("NAME", "CABRERA DE LEÓN, MARÍA DE LOS ÁNGELES"),
        ("DATE", "03/08/1931"),
        ("DATE", "14/01"),
        ("OTHER_ID", "Hab. 410-A"),
        ("HEALTH_PLAN", "91558302F"),
    ],
    note="chart header; 'LOS ÁNGELES' is part of the name, not a place",
)

# 135
n(
    "en",
    "public_figure",
    "Fun fact: Pico Blvd, a few blocks from our Vermont clinic, is named after Pío Pico, the last governor of Mexican "
    "California. 🏛️ Learn more on our free history walk, 2nd Sunday each month.",
    "street named after a historical figure",
)

# 136
p(
    "es",
    "thank_you",
    "¡Mil gracias, familia Ayala! 🌮 Los tacos al pastor que trajeron para celebrar que su abuelito don Tacho cumplió "
    "6 meses sin diálisis estuvieron increíbles. Don Tacho, ¡nos vemos en su chequeo!",
    [("NAME", "Ayala"), ("NAME", "Tacho", "*")],
    note="family surname; patient nickname",
)

# 137
p(
    "en",
    "birth_announcement",
    "Introducing Baby Hope 💕 born 2.14 at our East LA campus, 6 lbs 11 oz of Valentine's Day love. Congratulations to "
    "first-time parents Lizbeth and Arman!",
    [
        ("NAME", "Hope"),
        ("DATE", "2.14"),
        ("DATE", "Valentine's Day"),
        ("NAME", "Lizbeth"),
        ("NAME", "Arman"),
    ],
    note="ordinary-word name; dotted birth date and the holiday; parents",
)

# 138
n(
    "es",
    "anonymous_story",
    "Un chavo de 20 años, repartidor en moto, llegó la semana pasada tras un choque en el centro. Hoy nos pidió que "
    "le recordemos a todos: el casco salva vidas. 🏍️ (Historia compartida sin nombre, con su permiso.)",
    "anonymous patient",
)

# 139
p(
    "en",
    "pasted_record",
    "Shift handoff (NOT FOR SOCIAL): Mrs. Lim, 99, rm 505 — family wants DNR discussed w/ son Daniel Lim (310) "
    "555-0192; she's from Busan, speaks Korean only, hard of hearing L ear",
    [
        ("NAME", "Lim", 1),
        ("AGE", "99"),
        ("OTHER_ID", "rm 505"),
        ("NAME", "Daniel Lim"),
        ("PHONE", "(310) 555-0192"),
        ("GEO", "Busan"),
    ],
    note="handoff: surname, age, room, son's name and phone, foreign home city",
)

# 140
n(
    "es",
    "health_tip",
    "Abuelitos de más de 90 años: ☀️ con este calor, tomen agua aunque no tengan sed. Y a los nietos: llamen a sus "
    "lolas, halmeonis y abuelas dos veces al día. 💛",
    "population age; kinship words",
)

# 141
p(
    "en",
    "patient_story",
    "From the 10 freeway to the finish line 🏁 Motorcycle crash survivor Nico Bedrosian left our trauma unit Friday, 4 "
    "months after his accident near Atlantic Blvd. Nico, see you at the Dodgers game!",
    [
        ("GEO", "10 freeway"),
        ("NAME", "Nico Bedrosian"),
        ("GEO", "Atlantic Blvd"),
        ("NAME", "Nico", 2),
    ],
    note="crash freeway and street; weekday and relative time not labelled",
)

# 142
n(
    "es",
    "campaign_hashtag",
    "💛 #AbuelosDeLA: esta semana celebramos a los pacientes mayores de 90 años de nuestros dos campus (¡son más de "
    "200!). Comparte tu mensaje para ellos y lo imprimimos para sus cuartos.",
    "campaign; population age",
)

# 143
p(
    "en",
    "thank_you",
    "Mrs. Armenuhi, your dolma fed the entire night shift 🍇 and your son Raffi's handwritten note is now on our wall "
    "of thanks. We're so glad your hip is healing! #PCMCOrtho",
    [("NAME", "Armenuhi"), ("NAME", "Raffi")],
    note="patient's first name and son's name",
)

# 144
n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN 🔥: Por el incendio forestal, estamos recibiendo pacientes de un asilo de ancianos evacuado. Todos "
    "están estables. Si su familiar vivía en esa residencia, llame al (323) 555-0120 para saber dónde está.",
    "crisis update; no individual",
)

# 145
p(
    "en",
    "milestone_birthday",
    "She was born the same year the Dodgers moved to LA — no wait, that was her son 😂 Happy 100th, Señora Ofelia "
    "Zamora! Our cardiac rehab gang sang Las Mañanitas in three keys. 🎶",
    [("AGE", "100th"), ("NAME", "Ofelia Zamora")],
    note="ordinal age; honorific Señora excluded",
)

# 146
p(
    "es",
    "public_figure",
    'El cantante de banda Beto "El Chaparrito" Sandoval nos autorizó a compartir que estuvo internado aquí por una '
    "neumonía y ya está de regreso en los escenarios. 🎤 ¡Gracias por confiar en nosotros, Beto!",
    [("NAME", 'Beto "El Chaparrito" Sandoval'), ("NAME", "Beto", 2)],
    note="public figure who was the patient",
)

# 147
n(
    "en",
    "health_tip",
    "Korean BBQ, lechon, carne asada, khorovats... LA does meat right 🔥 but if you're on blood thinners or have gout, "
    "talk to your doctor about portions. Happy grilling! #HeartHealthyLA",
    "generic tip",
)

# 148
p(
    "es",
    "birth_announcement",
    "¡Trillizos en el campus de Koreatown!! 😱 Mateo, Marco y Martín Villatoro nacieron el 31/10 — sí, en Halloween 🎃 "
    "— y sus papás de Van Nuys ya tienen tres disfraces de calabaza. ¡Felicidades, familia Villatoro!",
    [
        ("NAME", "Mateo"),
        ("NAME", "Marco"),
        ("NAME", "Martín Villatoro"),
        ("DATE", "31/10"),
        ("DATE", "Halloween"),
        ("GEO", "Van Nuys"),
        ("NAME", "Villatoro", 2),
    ],
    note="triplets; birth date and holiday; parents' neighbourhood; campus not labelled",
)

# 149
n(
    "en",
    "anonymous_story",
    "Overheard in our waiting room: a grandpa in his 80s teaching a teenager how to say 'thank you' in Armenian, "
    "Korean and Spanish while they both waited for X-rays. 🥹 LA, we love you.",
    "anonymous people",
)

# 150
p(
    "es",
    "pasted_record",
    "[borrador interno] Llamar a la Sra. Bernal (madre de la paciente Keyla Bernal, 16 años) al 818 555 0153 para "
    "confirmar cita de seguimiento del 22/9. Dirección en archivo: 11845 Vanowen St, North Hollywood.",
    [
        ("NAME", "Bernal", 1),
        ("NAME", "Keyla Bernal"),
        ("PHONE", "818 555 0153"),
        ("DATE", "22/9"),
        ("GEO", "11845 Vanowen St"),
        ("GEO", "North Hollywood"),
    ],
    note="mother and patient; phone; follow-up appointment date; street and neighbourhood",
)

# 151
n(
    "en",
    "staff_spotlight",
    "Meet Father Vahan, our Armenian Apostolic chaplain, and Pastor Kim Sung-min, our Korean Presbyterian chaplain 🙏 "
    "Between them: 11 languages, 60 years of ministry, and the best coffee on 3 East.",
    "chaplains (staff)",
)

# 152
n(
    "es",
    "eponymous_condition",
    "¿Sabía que la enfermedad de Alzheimer lleva el nombre del médico alemán Alois Alzheimer? 🧠 Este 21 de "
    "septiembre, Día Mundial del Alzheimer, ofrecemos evaluaciones de memoria gratis en español y coreano.",
    "eponymous condition; awareness day",
)

# 153
p(
    "en",
    "discharge",
    "After 2 months, 1 fire, and way too much hospital jello, the Salazar family is finally reunited 🏠 Dad Rogelio "
    "and daughter Mia were both treated for burns after their apartment on Kenmore Ave caught fire. Mia's review of "
    "our jello: 3/10. 😂",
    [("NAME", "Salazar"), ("NAME", "Rogelio"), ("NAME", "Mia", "*"), ("GEO", "Kenmore Ave")],
    note="two patients of one family; home street; '3/10' is a rating, not a date",
)

# 154
n(
    "es",
    "statistic",
    "En 2024, el 22% de nuestros pacientes de urgencias en East LA llegaron por accidentes de tránsito en las "
    "autopistas 5, 10, 60 y 710. 🚗 Maneje con cuidado y sin celular.",
    "aggregate statistic; freeways",
)

# 155
p(
    "en",
    "pasted_record",
    "!!! wrong tab !!! → Case #PC-2291-0418 | claimant: Dela Rosa, Efren | SSN 612-40-3397 | employer: Paramount lot "
    "security | DOI 08/22 | contact efren.delarosa@outlook.com",
    [
        ("OTHER_ID", "PC-2291-0418"),
        ("NAME", "Dela Rosa, Efren"),
        ("SSN", "612-40-3397"),
        ("DATE", "08/22"),
        ("EMAIL", "efren.delarosa@outlook.com"),
    ],
    note="workers' comp case: case id, name, SSN, date of injury, e-mail; employer not labelled",
)

# 156
p(
    "es",
    "thank_you",
    "Gracias a doña Amparo por tejer 40 gorritos para los bebés de la UCIN mientras acompañaba a su nieto Jonathan, "
    "que estuvo aquí desde el 3 de enero hasta el 2 de marzo. 🧶💙",
    [("NAME", "Amparo"), ("NAME", "Jonathan"), ("DATE", "3 de enero"), ("DATE", "2 de marzo")],
    note="grandmother (relative) and patient; admission and discharge dates",
)

# 157
n(
    "en",
    "event",
    "Seollal is coming 🧧 Join our Koreatown campus for a Lunar New Year health fair on Jan 28: free blood pressure "
    "checks, tteokguk, and sebae for our elders. Hanbok welcome!",
    "holiday event date",
)

# 158
p(
    "es",
    "memorial",
    "Con el corazón roto despedimos a Jefferson, de 6 años, nuestro fan número uno del Spider-Man. 🕷️ Su mamá Wendy "
    "nos pidió compartir su GoFundMe para el funeral: gofundme.com/f/adios-jefferson-sv. Gracias por tanto, campeón.",
    [("NAME", "Jefferson"), ("NAME", "Wendy"), ("URL", "gofundme.com/f/adios-jefferson-sv")],
    note="child's name (also a street name); mother; fundraiser URL",
)

# 159
n(
    "en",
    "campaign_hashtag",
    "This #KawasakiDiseaseAwarenessDay (Jan 26), we're lighting our Koreatown tower red ❤️ Know the signs: fever 5+ "
    "days, rash, red eyes, strawberry tongue. #KDAwareness",
    "awareness day",
)

# 160
p(
    "es",
    "discharge",
    "¡LO LOGRÓ! 🎉 KEVIN ALEXANDER GÓMEZ, el vendedor de elotes atropellado en la César Chávez el 11 de noviembre, hoy "
    "salió de rehabilitación caminando con su andadera. ¡Fuerza, Kevin! #FuerzaKevin",
    [
        ("NAME", "KEVIN ALEXANDER GÓMEZ"),
        ("GEO", "César Chávez"),
        ("DATE", "11 de noviembre"),
        ("NAME", "Kevin"),
        ("NAME", "#FuerzaKevin"),
    ],
    note="caps name; road where he was hit (named after a person); injury date; name hashtag",
)

# 161
n(
    "en",
    "anonymous_story",
    "A film-set electrician in his 50s came to our ED with chest pain he'd ignored for 3 days \"because we were "
    "behind schedule.\" It was a heart attack. He's OK now and asked us to share this (no name): the scene can wait. "
    "🎬❤️",
    "anonymous film worker",
)

# 162
p(
    "es",
    "staff_spotlight",
    "Nuestra compañera Rosario, de limpieza en el piso 3, dio a luz aquí mismo a su bebé Ángel el 9 de octubre 🥰 "
    "¡Ahora es paciente y mamá! Todo el piso le mandó globos. Felicidades, Chayo.",
    [("NAME", "Rosario"), ("NAME", "Ángel"), ("DATE", "9 de octubre"), ("NAME", "Chayo")],
    note="staff member who gave birth here (patient); baby; birth date; nickname",
)

# 163
n(
    "en",
    "health_tip",
    "Heading to the Rose Parade or any big crowd this winter? 🌹 Flu and RSV spread fast. Wash hands, mask if you're "
    "sick, and keep newborns home. Questions? Our nurse line: (213) 555-0100.",
    "generic tip; hospital line",
)

# 164
p(
    "es",
    "pasted_record",
    "FAX - Récords médicos: Favor de enviar historial de la paciente Ruiz Quintanilla, Sonia al fax de su hija Mayra "
    "(323) 555-0178. F. nac. 12-12-1960. Referencia caso 2025-RQ-0091.",
    [
        ("NAME", "Ruiz Quintanilla, Sonia"),
        ("NAME", "Mayra"),
        ("FAX", "(323) 555-0178"),
        ("DATE", "12-12-1960"),
        ("OTHER_ID", "2025-RQ-0091"),
    ],
    note="records request: patient, daughter, daughter's fax, DOB, case reference",
)

# 165
p(
    "en",
    "memorial",
    "We lost a legend this week. Street vendor Don Beto — Alberto Cañas on paper — sold tamales outside our Koreatown "
    "ER for 30 years and became our patient this summer. He passed peacefully on 9/9, with his wife Nena holding his "
    "hand. 🫔🕊️",
    [("NAME", "Beto"), ("NAME", "Alberto Cañas"), ("DATE", "9/9"), ("NAME", "Nena")],
    note="vendor patient: nickname and legal name; death date; wife; his spot is the hospital's",
)

# 166
n(
    "es",
    "health_tip",
    "Consejo para choferes de troca y repartidores 🚚: si maneja por la 710 entre humo y calor, lleve agua y pare cada "
    "2 horas. La fatiga causa tantos choques como el alcohol.",
    "generic tip; freeway not tied to a patient",
)

# 167
p(
    "en",
    "milestone_birthday",
    "Happy birthday to our most stylish patient 😎 Lolo Carding turns 9-0 today (Feb. 3!) and requested: 1) pancit 2) "
    "Elvis 3) no one mentioning his age. Sorry Lolo! 🎂",
    [("NAME", "Carding"), ("AGE", "9-0"), ("DATE", "Feb. 3")],
    note="Filipino nickname after Lolo; age 90 written 9-0; birthday date",
)

# 168
n(
    "es",
    "event",
    "Este domingo 📍 Parque Salazar de East LA: clínica móvil de vacunas para vendedores ambulantes, sin cita y sin "
    "preguntas de estatus migratorio. 9 am a 1 pm.",
    "event at a park named after a public figure",
)

# 169
p(
    "en",
    "thank_you",
    "To the Park twins, Daniel and Diana: thank you for the drawings you made while your mom was in our cancer center "
    "🎨 Mom is home now and your art is still on our wall. — the 7 West team",
    [("NAME", "Park"), ("NAME", "Daniel"), ("NAME", "Diana")],
    note="patient's children (relatives); surname that is an ordinary word",
)

# 170
n(
    "es",
    "public_figure",
    "Los Dodgers ganaron la Serie Mundial y nuestra sala de espera explotó 🎉⚾ Gracias a Shohei, a Freddie, a Mookie, "
    "y a todos los que trajeron la alegría a Los Ángeles. ¡Hasta los pacientes de la UCI aplaudieron!",
    "public figures by first name; unnamed patients",
)

# 171
p(
    "en",
    "discharge",
    "Discharge day for our favourite TikToker 📱 15-yr-old Yesenia (@yesi.dances.ela) is home in East LA after her "
    "spinal fusion on 1/6! Go follow her recovery dance series 💃 #ScoliosisWarrior",
    [("NAME", "Yesenia"), ("OTHER_ID", "@yesi.dances.ela"), ("GEO", "East LA"), ("DATE", "1/6")],
    note="patient's own handle; East LA as her home (not the campus); surgery date",
)

# 172
n(
    "es",
    "eponymous_condition",
    "El linfoma de Hodgkin es uno de los cánceres más curables en jóvenes. 💜 Si tienes ganglios inflamados por más de "
    "3 semanas sin razón, consulta. Grupo de apoyo para jóvenes: cada primer jueves en el campus de Koreatown.",
    "eponymous condition",
)

# 173
p(
    "en",
    "pasted_record",
    "(internal – DO NOT POST) Vehicle towed from ER bay: white 2014 Tacoma, CA plate 7TRK552, belongs to pt HERRERA, "
    "LOLA (adm 4/30). Her son Jaime is picking it up.",
    [("VEHICLE", "7TRK552"), ("NAME", "HERRERA, LOLA"), ("DATE", "4/30"), ("NAME", "Jaime")],
    note="plate; Lola as a real given name; admission date; son",
)

# 174
n(
    "es",
    "anonymous_story",
    "Una abuelita salvadoreña de casi 90 llegó con su nieto a urgencias por una caída. Mientras esperaba, le enseñó a "
    "la enfermera a hacer curtido. 😂 Salió sin fracturas y con nueva amiga. (Compartido con permiso, sin nombres.)",
    "anonymous; 'casi 90' is under 90",
)

# 175
n(
    "en",
    "hospital_contact",
    "Looking for a loved one after the freeway crash? Please do NOT come to the ER entrance. Call our family "
    "information line at (323) 555-0120 or email familyinfo@pacificcrossroadsmc.org. Korean: (213) 555-0112.",
    "hospital lines and e-mail",
)

# 176
p(
    "es",
    "milestone_birthday",
    "🎉 ¡95 AÑOS! La señora Herminia Castaneda Flores, paciente de nuestra clínica de diabetes desde hace 20 años, "
    "celebró con sus bisnietos en el patio de la clínica de Vermont. Nacida el 8 de marzo, Día de la Mujer, ¡como "
    "debe ser! 💜",
    [
        ("AGE", "95"),
        ("NAME", "Herminia Castaneda Flores"),
        ("DATE", "8 de marzo"),
        ("DATE", "Día de la Mujer"),
    ],
    note="age; birth date named twice; clinic patio is the hospital",
)

# 177
n(
    "en",
    "staff_spotlight",
    "Shoutout to our interpreter team 🗣️ Armine (Armenian), Jae-hyun (Korean), Maricel (Tagalog) and Wilfredo "
    "(Spanish) handled 1,400 calls last month. You make every patient feel at home. 💙",
    "staff first names",
)

# 178
p(
    "es",
    "discharge",
    "Don Chayo ya está en casa en El Sereno 🏡 Después de que lo trajeron del incendio de su casa con quemaduras en "
    "las manos, hoy ya puede volver a tocar su guitarra. Su nieta Bianca nos mandó este video de él cantando. 🎸",
    [("NAME", "Chayo"), ("GEO", "El Sereno"), ("NAME", "Bianca"), ("PHOTO", "video")],
    note="nickname; neighbourhood; granddaughter; attached video shows the patient",
)

# 179
n(
    "en",
    "research",
    "New study from our Koreatown team: kids of Korean-American families with Kawasaki disease had better outcomes "
    "when IVIG started by day 5. Published this month in Pediatrics; 214 patients, ages 3 months to 9 years. 📄",
    "research with aggregate ages",
)

# 180
n(
    "es",
    "research",
    "Nuestro equipo de East LA participa en un estudio nacional sobre la enfermedad de Chagas en adultos nacidos en "
    "Centroamérica. Buscamos voluntarios de 30 a 70 años. Información: (323) 555-0121.",
    "research recruitment; eponymous condition",
)

# 181
p(
    "en",
    "pasted_record",
    "visitor badge log — Room 618 (pt KWAN, JUNG-SOOK): visitors Kwan, Helen (daughter) & Eddie Yoon (son-in-law) 😬 "
    "sorry wrong window",
    [
        ("OTHER_ID", "Room 618"),
        ("NAME", "KWAN, JUNG-SOOK"),
        ("NAME", "Kwan, Helen"),
        ("NAME", "Eddie Yoon"),
    ],
    note="visitor log: room, patient, daughter and son-in-law",
)

# 182
p(
    "es",
    "thank_you",
    "“Gracias por cuidar a mi tata como si fuera de ustedes” 💬 — Respuesta: ¡Gracias a ti, Katherine! Don Cipriano "
    "nos contó que le vas a celebrar sus 90 años con una fiesta en su casa. ¡Que viva don Cipri! 🎉",
    [("NAME", "Katherine"), ("NAME", "Cipriano"), ("AGE", "90"), ("NAME", "Cipri")],
    note="commenter is the patient's granddaughter; tata is kinship; age 90",
)

# 183
n(
    "en",
    "statistic",
    "In 2024 our burn unit treated 61 patients injured in wildfires, including 9 firefighters. Youngest: 2. Oldest: "
    "96. Every one of them went home or to rehab. 🚒💙",
    "aggregate statistic; oldest age of a group",
)

# 184
p(
    "es",
    "pasted_record",
    'Nota de enfermería copiada por error: "Sr. Tevanyan (hab 712) pide que su esposa Siranush lo visite; vive en '
    '1030 E Palmer Ave, Glendale, tel 818-555-0109. Alérgico a penicilina."',
    [
        ("NAME", "Tevanyan"),
        ("OTHER_ID", "hab 712"),
        ("NAME", "Siranush"),
        ("GEO", "1030 E Palmer Ave"),
        ("GEO", "Glendale"),
        ("PHONE", "818-555-0109"),
    ],
    note="nursing note: surname, room, wife's name, address, city, phone",
)

# 185
n(
    "en",
    "campaign_hashtag",
    "#LolaPower is trending on our Facebook page and we're here for it 💪👵 Share a photo of the Filipino grandma who "
    "raised you. (Yes, our chief nursing officer's lola counts.) #FilAmHistoryMonth",
    "kinship campaign hashtag; staff member's relative",
)

# 186
p(
    "es",
    "discharge",
    "Hoy regresó a su casa en Pacoima la señorita Sol Martínez, de 23 años, tras 5 semanas en nuestra unidad de "
    "quemados. 🌞 Sol, ¡el equipo de la unidad te va a extrañar y tus cookies de avena también!",
    [("GEO", "Pacoima"), ("NAME", "Sol Martínez"), ("NAME", "Sol", 2)],
    note="ordinary-word name; home neighbourhood; age under 90",
)

# 187
n(
    "en",
    "eponymous_condition",
    "Guillain-Barré syndrome is rare, but it can follow a stomach bug or the flu. Tingling that climbs from your "
    "feet? Get seen. Our neurology clinic at 1180 S Vermont Ave takes walk-ins Tuesdays.",
    "eponymous condition; hospital address",
)

# 188
p(
    "es",
    "public_figure",
    'El exboxeador y comentarista Ramiro "El Toro" Quezada (no, no es Fernando 😉) nos pidió publicar: “Me operaron '
    "del corazón en Pacific Crossroads el 17 de junio y ya estoy listo para narrar otra vez.” ¡Gracias, campeón!",
    [("NAME", 'Ramiro "El Toro" Quezada'), ("DATE", "17 de junio")],
    note="public figure who was the patient; surgery date; Fernando is a historical figure",
)

# 189
p(
    "en",
    "thank_you",
    'Repost from our comments 💬 "thank u 4 north nurses for taking care of my grandma soon-ja after her stroke in '
    "august, she says ur jook is better than hers lol\" — Soon-ja, that's the highest compliment we've ever gotten. 🥹",
    [("NAME", "soon-ja"), ("DATE", "august"), ("NAME", "Soon-ja")],
    note="lower-case name and month in a quoted comment",
)

# 190
n(
    "es",
    "health_tip",
    "Temporada de fuegos artificiales 🎆: cada 4 y 5 de julio atendemos quemaduras en manos y ojos, sobre todo en "
    "niños y jóvenes de 10 a 19 años. Dejen la pirotecnia a los profesionales.",
    "generic tip with holiday dates",
)

# 191
p(
    "en",
    "pasted_record",
    "ED triage (pasted by mistake, deleting now): 14:32  SANTOS, JESSE R  M/67  DOB 6/6/1957  arrived via LAFD RA 13 "
    "from crash I-10 EB @ Soto  HICN 1EG4-TE5-MK72",
    [
        ("NAME", "SANTOS, JESSE R"),
        ("DATE", "6/6/1957"),
        ("GEO", "I-10"),
        ("GEO", "Soto"),
        ("HEALTH_PLAN", "1EG4-TE5-MK72"),
    ],
    note="triage line: name, DOB, crash freeway and cross street, Medicare id; ambulance unit and age 67 not labelled",
)

# 192
n(
    "es",
    "staff_spotlight",
    "🎓 Felicidades a Yaneth Cortez, hija de vendedores ambulantes de la Whittier, que hoy se gradúa como enfermera y "
    "empieza a trabajar en nuestra UCI de East LA. ¡Tus papás y nosotros estamos orgullosos!",
    "new staff nurse and her parents (staff family)",
)

# 193
n(
    "en",
    "event",
    "Armenian Genocide Remembrance Day, April 24 🕯️ Staff, patients and families are welcome at a moment of silence "
    "in the Koreatown chapel at 10 am. We remember.",
    "remembrance day event",
)

# 194
p(
    "es",
    "birth_announcement",
    "💙 Primer bebé de la ola de calor: Elías nació el 6 de septiembre con 41°C afuera y aire acondicionado adentro 😅 "
    "Su mamá, Jackeline, vende fruta y dice que él ya tiene nombre de campeón.",
    [("NAME", "Elías"), ("DATE", "6 de septiembre"), ("NAME", "Jackeline")],
    note="baby; birth date; mother",
)

# 195
n(
    "en",
    "recruitment",
    "Former film & TV crew: your skills transfer! 🎬➡️🏥 Our facilities team is hiring electricians, carpenters and "
    "riggers at both campuses. Union-friendly, full benefits. Info session Thursday at 4720 Whittier Blvd.",
    "recruitment; hospital address",
)

# 196
p(
    "es",
    "memorial",
    "Descanse en paz, Don Lencho. 🕊️ Lorenzo Villalta Pineda, nacido en San Miguel, El Salvador, el 10 de agosto de "
    "1949, murió en nuestra unidad de cuidados paliativos el sábado, acompañado por sus hijas Brenda y Marisol y su "
    "pájaro Chulo. 🐦",
    [
        ("NAME", "Lencho"),
        ("NAME", "Lorenzo Villalta Pineda"),
        ("GEO", "San Miguel"),
        ("DATE", "10 de agosto de 1949"),
        ("NAME", "Brenda"),
        ("NAME", "Marisol"),
    ],
    note="nickname and full name; foreign birth city; full birth date; daughters; pet not labelled",
)

# 197
n(
    "en",
    "crisis_update",
    "⚠️ Air quality in Koreatown is UNHEALTHY today. Our campus air is filtered, and all outdoor smoking areas are "
    "closed. Patients with COPD, asthma or heart failure: stay in, and call us at (213) 555-0112 (Korean) or (323) "
    "555-0121 (Spanish) if you get worse.",
    "air-quality alert; hospital lines",
)

# 198
p(
    "es",
    "thank_you",
    "Un saludo especial para Lolita, de 8 años, que vino a visitar a su lola Tessie y nos dejó dibujos para cada "
    "enfermera. 🎨 Lola Tessie, ¡qué nieta tan talentosa tiene! Nos vemos en su próximo chequeo.",
    [("NAME", "Lolita"), ("NAME", "Tessie", "*")],
    note="granddaughter's given name Lolita; lola/Lola are kinship titles before the patient's name",
)

# 199
n(
    "en",
    "staff_spotlight",
    "25 years of Dr. Hagop Manoukian 🎉 Our chief of geriatrics has cared for more than 600 centenarians and still "
    "makes house calls in Glendale on Fridays. Happy anniversary, Dr. M!",
    "staff physician and his initial; centenarians as a group",
)

# 200
p(
    "es",
    "pasted_record",
    'Hoja de alta (copiada por error 🙈): Paciente Tolentino, Bienvenido ("Bien") | Alta: 11/03 | Dx: neumonía | '
    "Cita de control: 25/03 con Dr. Reyes | Tel. casa: (562) 555-0138 | Dirección: 8120 Imperial Hwy, Downey",
    [
        ("NAME", "Tolentino, Bienvenido"),
        ("NAME", "Bien"),
        ("DATE", "11/03"),
        ("DATE", "25/03"),
        ("PHONE", "(562) 555-0138"),
        ("GEO", "8120 Imperial Hwy"),
        ("GEO", "Downey"),
    ],
    note=(
        "discharge sheet: name, quoted nickname 'Bien', discharge and follow-up dates, phone, address; doctor not "
        "labelled"
    ),
)

# 201
p(
    "en",
    "discharge",
    "It's official: Dodger fan #1 Isaac Ybarra, 11, is going home to Whittier after 19 days in our PICU with a fever "
    "that turned out to be Kawasaki disease ⚾❤️ Isaac, next time we'll see you at the stadium, not the hospital.",
    [("NAME", "Isaac Ybarra"), ("GEO", "Whittier"), ("NAME", "Isaac", 2)],
    note="home city Whittier (not the hospital's Whittier Blvd); Kawasaki is an eponym",
)

# 202
n(
    "es",
    "health_tip",
    "¿Trabaja en la calle? 🌮🍧 Pida su tarjeta de salud gratis en nuestra clínica de Vermont. Revisamos presión, "
    "azúcar y pies. Lunes y jueves, 7 a 11 am. 1180 S Vermont Ave.",
    "hospital clinic address",
)

# 203
p(
    "en",
    "milestone_birthday",
    "Centenarian in the house!! 🎉 Grandma Ji (that's what all 14 great-grandkids call Mrs. Ji Mi-ran) turned 100 on "
    'Sunday. Her advice: "Walk after every meal. Don\'t argue with your daughter-in-law." 😂',
    [("AGE", "Centenarian"), ("NAME", "Ji", 1), ("NAME", "Ji Mi-ran"), ("AGE", "100")],
    note="age word; two-letter surname after Grandma; full name; weekday not labelled",
)

# 204
n(
    "es",
    "sponsor",
    "¡Gracias, Liga de Futbol Salvadoreña de LA! ⚽ Su torneo benéfico recaudó $18,000 para nuestro programa de "
    "rehabilitación de lesiones de médula. Un saludo especial al capitán del equipo campeón, Walter Henríquez.",
    "sponsor league and its captain",
)

# 205
p(
    "en",
    "pasted_record",
    'draft reply to patient complaint — DO NOT SEND AS POST: "Dear Mr. Grigoryan, we are sorry about the wait on '
    '7/19. Your account #88-2201-7 has been credited. We have your new address as 5521 Sunset Blvd #4, Hollywood."',
    [
        ("NAME", "Grigoryan"),
        ("DATE", "7/19"),
        ("ACCOUNT", "88-2201-7"),
        ("GEO", "5521 Sunset Blvd #4"),
        ("GEO", "Hollywood"),
    ],
    note="complaint reply: surname, visit date, account, street with unit, neighbourhood",
)

# 206
n(
    "es",
    "anonymous_story",
    "Una paciente nos dijo hoy: “Llegué de Zacatecas en 1979, limpié casas 40 años, y hoy una enfermera me habló en "
    "español y me tomó la mano.” 🥹 No compartimos su nombre, pero sí sus palabras. #OrgulloLatino",
    "anonymous patient; Mexican state and bare year",
)

# 207
p(
    "en",
    "thank_you",
    "We got a letter from 7-year-old Ethan thanking the ER docs who fixed his arm after he fell off the monkey bars "
    "on Halloween 🎃🩹 Ethan, your drawing of Dr. Kim as a superhero is now her profile picture.",
    [("NAME", "Ethan", "*"), ("DATE", "Halloween")],
    note="child patient; injury on a holiday; Dr. Kim is staff",
)

# 208
n(
    "es",
    "campaign_hashtag",
    "#SoyDeEastLA y me vacuno 💉 Esta campaña es para todos: vendedores, abuelitos, quinceañeras, paleteros. Vacunas "
    "gratis toda la semana en 4720 Whittier Blvd. #FuerzaEastLA",
    "campaign hashtags; hospital address",
)

# 209
p(
    "en",
    "memorial",
    "A candle is burning in our Koreatown chapel today for Mr. Sahak Arzumanyan, who passed on New Year's Eve at 93, "
    "holding his grandson Levon's hand. He survived so much and never stopped singing. 🕯️",
    [("NAME", "Sahak Arzumanyan"), ("DATE", "New Year's Eve"), ("AGE", "93"), ("NAME", "Levon")],
    note="death on a holiday; age; grandson",
)

# 210
n(
    "es",
    "eponymous_condition",
    "Mal de Parkinson: temblor, rigidez, lentitud. 🧠 Nuestro grupo de apoyo “Manos Firmes” se reúne los miércoles en "
    "la Sala Ohanian del campus de Koreatown. Familias bienvenidas. Información: (213) 555-0100.",
    "eponymous condition; donor-named room; hospital phone",
)

# 211
p(
    "en",
    "patient_story",
    "Sending off Mr. and Mrs. Aquino together 💑 After their car was hit on the 101 Freeway near Echo Park, they "
    "shared a room on 5 West (by special request!). Married 64 years and they still hold hands in the elevator. Ingat "
    "po! 🙏",
    [("NAME", "Aquino"), ("GEO", "101 Freeway"), ("GEO", "Echo Park")],
    note="couple who were both patients; crash freeway and place; unit not labelled",
)

# 212
n(
    "es",
    "crisis_update",
    "🚨 Incendio en edificio de apartamentos en la calle Kenmore: nuestro campus de Koreatown recibió 9 pacientes, "
    "incluyendo 3 niños. No podemos dar nombres. Familiares, llamen al (213) 555-0100.",
    "crisis update; fire street not tied to an identified patient",
)

# 213
n(
    "en",
    "public_figure",
    "Rest in peace, Vin Scully 🎙️⚾ For 67 years, his voice was the soundtrack of LA summers — including in our "
    "hospital rooms, where a radio tuned to the Dodgers was its own kind of medicine.",
    "historical figure",
)

# 214
p(
    "es",
    "discharge",
    "¡Ya salió Kimberly! 💅 La manicurista que se cortó con vidrio en el temblor de la semana pasada ya está en casa "
    "en Pico-Union. Kimberly, tus clientas te esperan. ✨",
    [("NAME", "Kimberly", "*"), ("GEO", "Pico-Union")],
    note="first name; home neighbourhood",
)

# 215
n(
    "en",
    "eponymous_condition",
    "Marfan syndrome often means tall, flexible and at risk for aortic problems 🏀 If your teen hoops star has long "
    "arms, loose joints and a family history, ask about screening. Free sports physicals at our East LA campus in "
    "August.",
    "eponymous condition; event month",
)

# 216
p(
    "es",
    "pasted_record",
    "Lista de alta de hoy (¡no publicar!): ✅ Quintero, Alba — hab. 601 ✅ Vásquez, Neftalí — hab. 603 ❌ Soriano, "
    "Teresita — hab. 605 (sigue con O2)",
    [
        ("NAME", "Quintero, Alba"),
        ("OTHER_ID", "hab. 601"),
        ("NAME", "Vásquez, Neftalí"),
        ("OTHER_ID", "hab. 603"),
        ("NAME", "Soriano, Teresita"),
        ("OTHER_ID", "hab. 605"),
    ],
    note="discharge list: names and rooms",
)

# 217
p(
    "en",
    "birth_announcement",
    "She couldn't wait 🚗👶 Baby Luz arrived in the back seat of her dad's car in our East LA drop-off lane at 3:12 am "
    "on 11/15! Mom Rosa and dad Chris are doing great. Welcome to the world, little light. ✨",
    [("NAME", "Luz"), ("DATE", "11/15"), ("NAME", "Rosa"), ("NAME", "Chris")],
    note="ordinary-word name; birth date; parents; drop-off lane is the hospital",
)

# 218
n(
    "es",
    "statistic",
    "Nuestro programa de visitas a domicilio atiende a 186 pacientes de más de 90 años en Koreatown, Boyle Heights y "
    "East LA. 🏠 El 12% tiene más de 100 años. Si su familiar necesita el servicio, llame al (323) 555-0120.",
    "population ages and neighbourhoods",
)

# 219
p(
    "en",
    "sponsor",
    "Big thanks to the Kim family for the new massage chairs in our dialysis unit 💺 Mrs. Kim Hye-won was a patient "
    "there for 6 years, and her husband Dong-hyun says she always wished the chairs were comfier. 💙",
    [("NAME", "Kim", 1), ("NAME", "Kim Hye-won"), ("NAME", "Dong-hyun")],
    note="donor family introduced as the family of a patient: labelled",
)

# 220
n(
    "es",
    "health_tip",
    "Señoras que venden en la calle 👒: el sol de LA también causa cáncer de piel en piel morena. Use sombrero de ala "
    "ancha, mangas largas y bloqueador. Revisión de lunares gratis el primer sábado de cada mes.",
    "generic tip; 'sol' is the word",
)

# 221
p(
    "en",
    "pasted_record",
    "pls delete — telemetry list 4N: bed 12 — Abrahamian, Lusine, 91F, A-fib, pacer ID MDT-7Q3301 | bed 14 — Santos, "
    "Baby Girl (transfer) | bed 16 — open",
    [
        ("OTHER_ID", "bed 12"),
        ("NAME", "Abrahamian, Lusine"),
        ("AGE", "91F"),
        ("DEVICE", "MDT-7Q3301"),
        ("OTHER_ID", "bed 14"),
        ("NAME", "Santos"),
    ],
    note="telemetry list: beds, name, age-sex token, pacemaker id, newborn surname; open bed not labelled",
)

# 222
n(
    "es",
    "public_figure",
    "¡Gracias a la alcaldesa por su visita a nuestra UCIN! 👶 Conoció a nuestras enfermeras y a los bebés (con permiso "
    "de sus papás, sin fotos). Gracias por su apoyo a los hospitales de la comunidad.",
    "public official's visit; unnamed babies",
)

# 223
n(
    "en",
    "anonymous_story",
    "Last week a man walked 3 miles through the smoke to bring his neighbor, a woman in her 80s, to our ER because "
    "the buses weren't running. 🙏 Neither wants to be named. Both are fine. This is LA.",
    "anonymous story",
)

# 224
p(
    "es",
    "milestone_birthday",
    "¡Noventa y ocho años y sigue vendiendo tamales los domingos! 🫔 Feliz cumpleaños a doña Tomasa, paciente de "
    "nuestra clínica de East LA y reina de la esquina de First y Lorena. Su hija Marta dice que nació el Día de la "
    "Candelaria. 🎉",
    [
        ("AGE", "Noventa y ocho"),
        ("NAME", "Tomasa"),
        ("GEO", "First y Lorena"),
        ("NAME", "Marta"),
        ("DATE", "Día de la Candelaria"),
    ],
    note="age in words; vending corner; daughter; birth on a named feast day",
)

# 225
p(
    "en",
    "staff_spotlight",
    "Plot twist 🎬: our CEO, Dr. Helen Baek, spent last weekend as a patient in her own ER after a hiking fall in "
    "Griffith Park. She's fine, she's back, and she says the wait time was \"honestly great.\" 😂 Get well, Dr. B!",
    [("NAME", "Helen Baek"), ("GEO", "Griffith Park"), ("NAME", "B")],
    note="executive who was the patient; place of injury; initial",
)

# 226
n(
    "es",
    "event",
    "🎺 Este viernes 14 de marzo a las 7 pm: concierto de mariachi y banda en el vestíbulo de East LA para pacientes y "
    "familias. Cortesía del Mariachi Los Camperos. ¡Traigan a los abuelos!",
    "hospital event date",
)

# 227
p(
    "en",
    "thank_you",
    'Replying to Ana G.: "My dad Felipe was in your ICU after the Pomona Freeway crash in March and we never got to '
    'say thank you." → Ana, we passed your message to the whole team. Please give Felipe a hug from 3 East. 💙',
    [
        ("NAME", "Ana G"),
        ("NAME", "Felipe", "*"),
        ("GEO", "Pomona Freeway"),
        ("DATE", "March"),
        ("NAME", "Ana", 2),
    ],
    note="commenter (daughter) and patient; crash freeway; month of the crash",
)

# 228
p(
    "es",
    "pasted_record",
    "Mensaje de voz transcrito (interno): “Hola, habla Guillermo Ortiz, papá de Brandon Ortiz Ventura, el niño que "
    "operaron del apéndice el 12 de mayo. Mi número es 213.555.0184. Vivimos en 3645 Whittier Blvd.”",
    [
        ("NAME", "Guillermo Ortiz"),
        ("NAME", "Brandon Ortiz Ventura"),
        ("DATE", "12 de mayo"),
        ("PHONE", "213.555.0184"),
        ("GEO", "3645 Whittier Blvd"),
    ],
    note="father and patient; surgery date; phone; family lives on the hospital's boulevard (other number)",
)

# 229
n(
    "en",
    "campaign_hashtag",
    "#TeamHalmeoni, #TeamLola, #TeamAbuela — whose grandma makes the best soup? 🍲 Comment below for our Cold & Flu "
    "Season recipe contest. (Low-sodium versions win bonus points.) #PCMCCares",
    "kinship hashtags of a contest",
)

# 230
p(
    "es",
    "discharge",
    "De la UCI a la cancha ⚽ Jonathan “Jona” Rivas, de Huntington Park, sufrió un golpe de calor jugando un torneo el "
    "3 de agosto. Hoy salió de alta y su entrenador ya le guardó su camiseta. ¡Vamos, Jona!",
    [
        ("NAME", "Jonathan “Jona” Rivas"),
        ("GEO", "Huntington Park"),
        ("DATE", "3 de agosto"),
        ("NAME", "Jona", 2),
    ],
    note="name with quoted nickname; home city; injury date",
)

# 231
p(
    "en",
    "pasted_record",
    "[INTERNAL] Interpreter request: Korean, rm 712-A, pt Yoo Sang-chul (DOB 1/1/1934), fam contact: wife Yoo "
    "Kyung-ae 213 555 0196, email yoo.family.la@naver.com",
    [
        ("OTHER_ID", "rm 712-A"),
        ("NAME", "Yoo Sang-chul"),
        ("DATE", "1/1/1934"),
        ("NAME", "Yoo Kyung-ae"),
        ("PHONE", "213 555 0196"),
        ("EMAIL", "yoo.family.la@naver.com"),
    ],
    note="interpreter request: room, name, DOB, wife's name, phone, e-mail",
)

# 232
p(
    "es",
    "thank_you",
    "Doña Ofelia nos trajo pan dulce para agradecer a quienes cuidaron a su esposo, don Abel, durante su quimio 🥐 y "
    "nos contó que cumplen 60 años de casados el 29 de junio. ¡Felicidades!",
    [("NAME", "Ofelia"), ("NAME", "Abel"), ("DATE", "29 de junio")],
    note="patient's wife and patient; their wedding anniversary date",
)

# 233
n(
    "en",
    "health_tip",
    "Quinceañera and debut season is here 👗💃 Dancing in heels for 6 hours? Stretch, hydrate, and if an ankle swells "
    "up and turns purple, get an X-ray — urgent care at both campuses until 10 pm.",
    "generic tip",
)

# 234
n(
    "es",
    "research",
    "Publicamos nuestros resultados: en un estudio con 320 vendedores ambulantes de Boyle Heights y Pico-Union, el "
    "41% tenía presión alta sin saberlo. 📊 Gracias a todos los participantes. Ahora tenemos clínicas móviles en 3 "
    "mercados.",
    "research on a population",
)

# 235
p(
    "en",
    "discharge",
    "Three generations, one discharge 🥹 After the fire reached their street in Tujunga, Grandma Sun-hee, mom Grace "
    "and baby Ellie Cho were all treated for smoke inhalation. Today they went home together. We love you, Cho "
    "family! 🔥➡️🏠",
    [
        ("GEO", "Tujunga"),
        ("NAME", "Sun-hee"),
        ("NAME", "Grace"),
        ("NAME", "Ellie Cho"),
        ("NAME", "Cho", 2),
    ],
    note="three patients of one family; home neighbourhood",
)

# 236
n(
    "es",
    "hospital_contact",
    "📞 Directorio rápido: Urgencias Koreatown (213) 555-0101 · Urgencias East LA (323) 555-0120 · Fundación (323) "
    "555-0135 · Prensa (213) 555-0140 · Facturación (213) 555-0150. Síguenos en @PCMC_EastLA.",
    "hospital directory and handle",
)

# 237
p(
    "en",
    "milestone_birthday",
    "Who turns one hundred and two and still does her own hair? 💇‍♀️ Mrs. Pilar Ventura, that's who! Our Koreatown "
    "home-care nurses celebrated with her in Los Feliz today. She was born in Manila on the Fourth of July — "
    '"fireworks every year for me, anak."',
    [
        ("AGE", "one hundred and two"),
        ("NAME", "Pilar Ventura"),
        ("GEO", "Los Feliz"),
        ("GEO", "Manila"),
        ("DATE", "Fourth of July"),
    ],
    note="age in words; home neighbourhood (home care); birth city; birth on a holiday",
)

# 238
n(
    "es",
    "staff_spotlight",
    "Presentamos a nuestras doulas comunitarias 🤰 Ana, Reyna y Xochitl acompañan partos en español, náhuatl y k'iche' "
    "en el campus de East LA. Las tres son madres y vecinas de East LA.",
    "staff first names",
)

# 239
n(
    "en",
    "research",
    "Our Koreatown geriatrics team just published on hearing aids and dementia risk in Korean-American elders over 90 "
    "🦻 Key finding: those who wore hearing aids daily had 30% fewer falls. Thanks to the 148 participants!",
    "research; population age",
)

# 240
p(
    "es",
    "memorial",
    "Hasta siempre, Nana Cuca. 🌹 María del Refugio “Cuca” Lemus, madrina de medio Boyle Heights y paciente de nuestra "
    "clínica de corazón por 15 años, falleció en su casa el 1 de noviembre, Día de Todos los Santos. Sus nietos "
    "pidieron que la recordemos con pan de muerto.",
    [
        ("NAME", "Cuca", 1),
        ("NAME", "María del Refugio “Cuca” Lemus"),
        ("GEO", "Boyle Heights"),
        ("DATE", "1 de noviembre"),
        ("DATE", "Día de Todos los Santos"),
    ],
    note="Nana is a title; name with quoted nickname; neighbourhood; death date named twice",
)

if __name__ == "__main__":
    S.main("phi_dev25_source")
