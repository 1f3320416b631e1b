"""Blind development set d22 for the PHI scanner: tests/data/phi_dev22.jsonl.

Organisation: the fictional Valle del Río Medical Center, McAllen, Texas (Rio Grande
Valley), with clinics in Edinburg, Mission, Pharr and Weslaco (phi_dev22_org.json).
Its phone numbers, street addresses, ZIPs, domains and handles are never PHI.

Focus: Rio Grande Valley posts - farmworker heat stroke, colonias and flooding,
quinceañeras and weddings held in the hospital, diabetes and dialysis, babies born on
Día de los Muertos / Nochebuena / saints' days, abuelitas over 90, Border Patrol agents
and game wardens (as staff, heroes and patients), high-school football injuries,
nicknames (Chuy, Lalo, Nena, Güera, Pelón, Chayo), double surnames, first names that
are ordinary words (Milagros, Consuelo, Socorro, Dolores, Rosario, Esperanza, Soledad,
Cruz, Ángel, Jesús) and towns named like people (San Juan, Alamo, Donna, Mercedes,
La Joya, Elsa, San Benito). X-style short posts and long Facebook stories, plus a few
internal notes pasted by mistake (chart lines, census/room lists, billing, IT tickets).

Language mix: about 60% Spanish (Tex-Mex, with code-switching inside sentences; a
post is "es" when its main language is Spanish) and 40% English.

Labelling decisions taken in this set (where the rules leave room):
- "colonia"/"Colonia"/"col." is treated like "calle": the keyword is part of the GEO
  span ("colonia Río Bravo", "Colonia Muñiz", "col. la piñata").
- A saint's day or feast day that is the patient's (or relative's) date of birth,
  death or wedding is DATE ("día de San Juan", "día de San José", "día de la Virgen",
  "the feast of Our Lady of Guadalupe", "Día de San Valentín"); the saints' names
  inside such a date are part of the DATE, not NAMEs. Saints' days of hospital
  events are not labelled.
- Dates of a patient's personal celebrations (wedding date, quinceañera date, also a
  planned one) are DATE; the date heading a census/room list is DATE (date of the
  listed patients' stay).
- The town where care was given (our McAllen, Edinburg, Mission, Pharr, Weslaco
  sites) is not GEO; the same town is GEO when it is the patient's or a relative's
  home, the patient's duty station / workplace, or the place of the injury, crash
  or near-drowning. A relative's city (e.g. a son in Houston) is GEO.
- School and team names (Juárez-Lincoln, PSJA Memorial, "the Panthers") are not GEO,
  and the town of an opposing team ("el partido contra Donna") is not the patient's
  geography.
- Dialysis chair numbers tied to a patient ("silla 14", "chair #3") are treated like
  bed numbers: OTHER_ID including the keyword. "Rm 15 discharged" in a room list is
  still a room tied to a patient and is labelled.
- Spelled-out ages over 89 are AGE as the number words ("Noventa y ocho"); an
  abbreviated age glued to its unit is one token ("90a", "91a").
- A partially masked SSN ("xxx-xx-4471") is labelled SSN; a Medicare MBI or CHIP/
  Medicaid/member number is HEALTH_PLAN.
- A name that starts with a quoted nickname ("El 'Tanque' Arredondo") is labelled as
  two NAME spans (nickname, surname); quotes inside a full name are kept in the span.
- Titles and kinship words are not part of NAME: don, doña, Sr., Sra., Mr., Mrs., Ms.,
  Agente/Agte., Agent, Deputy, Coach, abuelita, tía, Baby/baby.
- Staff who are patients (and staff who are a patient's relatives) are labelled.
  Donors are labelled only when introduced as a patient's relatives; a family
  foundation or a business named like a person is not.
- Nicknames that are ordinary words are labelled only when used as a patient's name:
  a therapy dog called Nena, lower-case "nena" (baby girl), "¡Socorro!" as a cry,
  "dolores" (pains), "pelones" and "Milagros happen" are not labelled; an
  exclamation "¡Jesús, María y José!" is declared unlabelled (ok) where the same
  words later are the triplets' names.
- Public figures who are patients get all their identifiers labelled, including the
  hometown.
- Temperatures (104°F, 107), weights, counts of days and jersey-like numbers are not
  ages; ages of staff or volunteers over 89 are not labelled.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev22.jsonl"), os.path.join(HERE, "phi_dev22_org.json"), "d22")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "es",
    "patient_story",
    "Hace tres semanas llegó a nuestra sala de emergencias un trabajador del campo con una temperatura de 107°F. "
    "Se había desmayado en un surco de cebolla cerca de La Joya a las 2 de la tarde. Hoy Eusebio Garza Leal salió "
    "caminando por su propio pie 🙏 Su esposa, doña Herlinda, nos pidió que compartiéramos su historia para que otros "
    "patrones den agua, sombra y descanso. Gracias al equipo de Emergencias y de la UCI. #CalorExtremo #ValleStrong",
    [("GEO", "La Joya"), ("NAME", "Eusebio Garza Leal"), ("NAME", "Herlinda")],
    note="place of collapse is GEO; 107°F is a temperature; wife named with doña",
)

n(
    "en",
    "health_tip",
    "Heat index 112 in McAllen today. Farmworkers: water every 15 minutes, shade every hour. Signs of heat stroke: "
    "confusion, no sweat, hot skin. Call 911. #CalorExtremo",
    "heat tip; numbers are not ages, city is not tied to a patient",
)

p(
    "en",
    "birth_announcement",
    "Born at 12:01 a.m. on Día de los Muertos 💀🌼 Welcome, Catrina Sofía Villarreal! 7 lbs 2 oz of pure joy for mom "
    "Itzel and dad Ramiro of San Juan. Her abuela says she came to visit the ancestors first 😄",
    [
        ("DATE", "Día de los Muertos"),
        ("NAME", "Catrina Sofía Villarreal"),
        ("NAME", "Itzel"),
        ("NAME", "Ramiro"),
        ("GEO", "San Juan"),
    ],
    note="holiday as birth date; town named like a saint",
)

n(
    "es",
    "event",
    "Este 2 de noviembre celebramos el Día de los Muertos en el lobby de Valle del Río McAllen con un altar para "
    "recordar a nuestros compañeros que ya partieron. Trae una foto y una flor de cempasúchil. 10am–2pm.",
    "hospital event on a holiday; departed colleagues not named",
)

# 5
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 94 a la abuelita Socorro! 🎂 Cumplió sus 94 aquí en el 3er piso y las enfermeras le "
    "cantaron Las Mañanitas. Dice que el secreto es una tortilla de harina diaria y no hacerle caso al doctor 😂",
    [("AGE", "94", "*"), ("NAME", "Socorro")],
    note="age over 89 twice; first name that is a word",
)

n(
    "en",
    "staff_spotlight",
    "Meet Socorro, our night charge nurse in Labor & Delivery for 22 years. She's caught more babies than she can "
    "count and still brings pan dulce every Friday. Gracias, Socorro! #NursesWeek",
    "staff spotlight; the same first name as a patient elsewhere",
)

p(
    "es",
    "thank_you",
    "Chuy de Alamo les manda las gracias a 4 West por ponerlo de pie otra vez después de esa infección tan fea en su "
    "acceso de diálisis. ¡Nos vemos en la clínica, Chuy! 💪",
    [("NAME", "Chuy", "*"), ("GEO", "Alamo")],
    note="nickname plus home town named like a person; 4 West is a unit",
)

n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN: Por las inundaciones en las colonias de Alton, Las Milpas y Donna, la clínica de Weslaco abre hasta "
    "las 10pm. Si necesita diálisis y no puede llegar, llame al (956) 555-0155. No maneje por agua corriendo.",
    "flooded areas named for a population, no patient; hospital number",
)

p(
    "es",
    "crisis_update",
    "Gracias a los guardias de la Guardia Nacional que sacaron a don Abundio Cantú de su casa en la colonia Río Bravo "
    "cuando el agua le llegaba a la cintura. Don Abundio, de 91 años, está estable y con su hija Maricela a su lado. 🙏",
    [
        ("NAME", "Abundio Cantú"),
        ("NAME", "Abundio", 2),
        ("GEO", "colonia Río Bravo"),
        ("AGE", "91"),
        ("NAME", "Maricela"),
    ],
    note="flood rescue: colonia as GEO with keyword, age 91",
)

# 10
n(
    "en",
    "statistic",
    "In 2024 our dialysis centers in Edinburg, Mission and Weslaco provided 41,870 treatments. 1 in 3 adults in "
    "Hidalgo County has diabetes. Get screened. #DiabetesRGV",
    "statistics for a population",
)

p(
    "en",
    "pasted_record",
    "pls move pt GARCIA TREVIÑO, MARIA DE JESUS rm 418-B to tele when bed opens, fam (daughter Nena) at 956-555-0193 "
    "wants call b4 transfer. MRN 7730152",
    [
        ("NAME", "GARCIA TREVIÑO, MARIA DE JESUS"),
        ("OTHER_ID", "rm 418-B"),
        ("NAME", "Nena"),
        ("PHONE", "956-555-0193"),
        ("MRN", "7730152"),
    ],
    note="internal note pasted by mistake; ALL-CAPS double surname, nickname of daughter",
)

n(
    "es",
    "recruitment",
    "¿Eres enfermera bilingüe? Valle del Río está contratando en McAllen, Edinburg y Pharr. Bono de $10,000. Aplica en "
    "valledelriomc.org/empleos o llama al (956) 555-0100. #ContratandoRGV",
    "recruitment; hospital domain and number",
)

p(
    "es",
    "discharge",
    "Después de 62 días en la NICU, la pequeña Milagros se va a casa a Mercedes 💗 Bien puesto su nombre. "
    "#MilagrosVaACasa",
    [("NAME", "Milagros"), ("GEO", "Mercedes"), ("NAME", "#MilagrosVaACasa")],
    note="word-name, town named like a person, name hashtag",
)

n(
    "es",
    "anonymous_story",
    "Un milagro en el estacionamiento: anoche una mamá no alcanzó a llegar a Labor y Parto y su bebé nació en la "
    "camioneta. Nuestro guardia de seguridad y dos enfermeras la atendieron ahí mismo. Mamá y bebé están muy bien.",
    "anonymous birth story, relative time only",
)

# 15
p(
    "en",
    "patient_story",
    'When Border Patrol Agent Rubén "Lalo" Saldívar collapsed on a 104-degree afternoon near Abram, his partner '
    "started cooling him with every water bottle in their truck. Our ER team took it from there. Lalo spent four days "
    "with us, including two in the ICU with kidney injury from heat stroke. Today he walked out with his wife, "
    'Yesenia, and their twins, and he had a message for everyone who works outside this summer: "Drink before '
    "you're thirsty. I thought I was too tough for this.\" Welcome home, Agent Saldívar. 💚",
    [
        ("NAME", 'Rubén "Lalo" Saldívar'),
        ("NAME", "Lalo", 2),
        ("GEO", "Abram"),
        ("NAME", "Yesenia"),
        ("NAME", "Saldívar", 2),
    ],
    note="Border Patrol agent as patient; title Agent excluded; place of collapse GEO",
)

n(
    "en",
    "public_figure",
    "Thank you to Texas Game Warden Capt. Ortiz and the Hidalgo County Sheriff's Office for the water-safety demo at "
    "our Weslaco clinic today. Life jackets save lives at the resaca and the river. 🚤",
    "game warden as public helper, not a patient",
)

p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a nuestra compañera Consuelo Ibarra Peña, enfermera de diálisis por 31 años, quien "
    "falleció en nuestra UCI el 14 de agosto después de una larga lucha contra el cáncer. Consuelo nos consoló a "
    "todos; ahora nos toca consolar a su familia. Descanse en paz. 🕊️",
    [("NAME", "Consuelo Ibarra Peña"), ("NAME", "Consuelo", 2), ("DATE", "14 de agosto")],
    note="staff member who died as our patient: name and death date labelled",
)

n(
    "es",
    "staff_spotlight",
    "Conoce a Dolores, nuestra técnica de diálisis en Mission. Lleva 15 años conectando pacientes y sabe el nombre de "
    "cada uno de sus nietos 😄 ¡Gracias, Dolores! #OrgulloVDR",
    "staff spotlight with a word-name",
)

p(
    "es",
    "milestone_birthday",
    "Una sola vela (reglas de bomberos 🙃) pero 101 años que celebrar: ¡feliz cumpleaños a don Tiburcio 'Tivo' "
    "Salinas, de Alamo! Nuestra unidad de rehabilitación le hizo su pachanga hoy. 🎉",
    [("AGE", "101"), ("NAME", "Tiburcio 'Tivo' Salinas"), ("GEO", "Alamo")],
    note="age 101; 'una sola vela' is not an age",
)

# 20
n(
    "es",
    "event",
    "¡Feliz cumpleaños 90 a nuestra clínica de Weslaco! 🎂 Abrió en 1935 como una enfermería de 12 camas para "
    "trabajadores del campo en Texas Blvd. Acompáñanos el viernes a las 5 con pastel, conjunto y fotos antiguas.",
    "the building turns 90, not a person",
)

p(
    "es",
    "birth_announcement",
    "¡Nació en Nochebuena! 🎄 Jesús Emmanuel Treviño Cavazos llegó a las 11:48 p.m. del 24 de diciembre, pesando 8 "
    "libras. Sus papás, Karina y Jesús Sr., dicen que ya no van a poder competir con el cumpleaños de su hijo 😂",
    [
        ("DATE", "Nochebuena"),
        ("NAME", "Jesús Emmanuel Treviño Cavazos"),
        ("DATE", "24 de diciembre"),
        ("NAME", "Karina"),
        ("NAME", "Jesús", 2),
    ],
    note="holiday and date both labelled; father shares the name (Sr. excluded)",
)

n(
    "es",
    "health_tip",
    "Nochebuena y tamales 🫔: si tienes diabetes, disfruta uno o dos, no una docena. Camina después de cenar y revisa "
    "tu glucosa. ¡Feliz Navidad de parte de Valle del Río!",
    "holiday tip, no patient",
)

p(
    "es",
    "pasted_record",
    "CAMA 7 - SALINAS DE LEÓN, ROSARIO - DN 03/19/1958 - diálisis lun/mié/vie - Medicaid 512884093 - hija Chayo cel "
    "956-555-0178 (no dar info al esposo)",
    [
        ("OTHER_ID", "CAMA 7"),
        ("NAME", "SALINAS DE LEÓN, ROSARIO"),
        ("DATE", "03/19/1958"),
        ("HEALTH_PLAN", "512884093"),
        ("NAME", "Chayo"),
        ("PHONE", "956-555-0178"),
    ],
    note="pasted dialysis line; weekdays not dates",
)

n(
    "en",
    "research",
    "Valle del Río researchers published results from the TEJAS-D study: 1,204 adults from 14 colonias in Hidalgo "
    "County, average age 58. Community health workers (promotoras) cut A1c by 1.1 points in a year. Read more at "
    "vdrmc.org/research",
    "research on a population",
)

# 25
p(
    "en",
    "patient_story",
    'Friday night lights, Saturday morning X-rays. Get well soon to Juárez-Lincoln linebacker Isaiah "Pelón" '
    "Montemayor, who tore his ACL in the 4th quarter against PSJA. Surgery went great and he's already asking when he "
    "can lift. #PelónStrong",
    [("NAME", 'Isaiah "Pelón" Montemayor'), ("NAME", "#PelónStrong")],
    note="football injury; school named after people is not labelled; weekdays not dates",
)

n(
    "es",
    "event",
    "¡Regresan los viernes de fútbol! Nuestro equipo de medicina deportiva tendrá entrenadores atléticos en cada "
    "partido en casa de Edinburg, McAllen y Mission ISD. ¿Conmoción cerebral? A la banca. Ante la duda, fuera del juego. 🏈",
    "sports medicine coverage, no patient",
)

p(
    "es",
    "thank_you",
    "Queremos agradecer a la familia Hinojosa Ramírez, de la colonia Las Brisas en Edinburg, por donar la silla de "
    "ruedas de su papá, don Cruz, a nuestra clínica después de que él falleció en mayo. Don Cruz fue paciente de "
    "diálisis con nosotros por 9 años. Su legado seguirá rodando. 💙",
    [
        ("NAME", "Hinojosa Ramírez"),
        ("GEO", "colonia Las Brisas"),
        ("GEO", "Edinburg"),
        ("NAME", "Cruz", "*"),
        ("DATE", "mayo"),
    ],
    note="donors introduced as a patient's family; month of death; Edinburg is the family's city",
)

n(
    "es",
    "sponsor",
    "Gracias a la Fundación Familia Cantú y a H-E-B por patrocinar nuestra Feria de Salud en Pharr. Más de 800 "
    "personas recibieron pruebas de glucosa gratis. 🙌",
    "family foundation as sponsor, not a patient's relative",
)

p(
    "en",
    "pasted_record",
    "Room list 5 North 6/14 — Rm 512 Benavides, Ofelia (DKA, insulin gtt) / Rm 514 Lozano, Cruz (fall, r/o hip fx) / "
    "Rm 516 EMPTY / Rm 518 Peña, Ángel (post-op BKA, wife Dolores staying overnight)",
    [
        ("DATE", "6/14"),
        ("OTHER_ID", "Rm 512"),
        ("NAME", "Benavides, Ofelia"),
        ("OTHER_ID", "Rm 514"),
        ("NAME", "Lozano, Cruz"),
        ("OTHER_ID", "Rm 518"),
        ("NAME", "Peña, Ángel"),
        ("NAME", "Dolores"),
    ],
    note="room list; the empty room is not tied to a patient; census date labelled",
)

# 30
n(
    "es",
    "eponymous_condition",
    "Noviembre es el Mes de Concientización sobre el Alzheimer. Si tu abuelo repite las mismas historias o se pierde "
    "manejando a Mercedes, habla con su doctor. Clínica de memoria en Weslaco: (956) 555-0155.",
    "eponymous condition; Mercedes is a hypothetical drive, not a patient",
)

p(
    "es",
    "milestone_birthday",
    '🎉 ¡CENTENARIA! 🎉 Doña Guadalupe "Lupita" Elizondo cumplió 100 años el 12 de diciembre, día de la Virgen de '
    "Guadalupe, y lo celebró en nuestra unidad de rehabilitación en Mission con mariachi, pastel de tres leches y 47 "
    "nietos y bisnietos (los contamos 😅). Nació en un rancho cerca de Los Ebanos y nos contó que su mamá le puso "
    "Guadalupe porque nació el mismo día de la Virgen. ¡Felicidades, Lupita!",
    [
        ("AGE", "CENTENARIA"),
        ("NAME", 'Guadalupe "Lupita" Elizondo'),
        ("AGE", "100"),
        ("DATE", "12 de diciembre"),
        ("DATE", "día de la Virgen de Guadalupe"),
        ("GEO", "Los Ebanos"),
        ("NAME", "Guadalupe", 3),
        ("DATE", "día de la Virgen", 2),
        ("NAME", "Lupita", 2),
    ],
    note="feast day as birthday labelled twice; Guadalupe as name vs inside the feast",
)

n(
    "es",
    "public_figure",
    "¡Qué honor! Los RGV Vipers visitaron a los niños de pediatría en McAllen y el base Marcus Hill firmó balones para "
    "todos. Gracias por tantas sonrisas 🏀",
    "athletes visiting, not patients",
)

p(
    "en",
    "public_figure",
    "Donna Mayor Armando Villalón is recovering at home after a cardiac stent placed at our McAllen cath lab on "
    "Tuesday. He asked us to share: 'Know your numbers, get your checkup. Don't wait like I did.' Get well soon, Mayor!",
    [("GEO", "Donna"), ("NAME", "Armando Villalón")],
    note="public figure who is the patient; his town is labelled; weekday not a date",
)

n(
    "en",
    "public_figure",
    "Honored to host State Senator Elena Ríos at our Edinburg clinic today to talk about dialysis access for rural "
    "families. Thank you for listening, Senator! #DialysisAccess",
    "public figure visiting, not a patient",
)

# 35
p(
    "es",
    "patient_story",
    "El guardabosques (game warden) Octavio Treviño fue mordido por una víbora de cascabel mientras rescataba a un "
    "venado en el rancho de su tío cerca de Hargill. Después de 18 viales de antiveneno, ¡ya está en casa! 🐍 Gracias, "
    "Tavo, por compartir tu historia.",
    [("NAME", "Octavio Treviño"), ("GEO", "Hargill"), ("NAME", "Tavo")],
    note="game warden as patient; place of the bite; 18 vials not an age",
)

n(
    "es",
    "anonymous_story",
    "Un agente de la Patrulla Fronteriza trajo a nuestra sala de emergencias a una joven deshidratada que encontró en "
    "el monte. Gracias a su rapidez, ella se recuperó. Historias así nos recuerdan que el calor no perdona.",
    "anonymous patient and anonymous agent",
)

p(
    "en",
    "thank_you",
    "Shoutout to Agent Dominguez of @CBP for pulling Mrs. Pilar Ochoa out of her flooded Chevy on Mile 2 Rd in Weslaco. "
    "Pilar is resting with us and asked us to say gracias 🙏",
    [("NAME", "Pilar Ochoa"), ("NAME", "Pilar", 2), ("GEO", "Mile 2 Rd"), ("GEO", "Weslaco")],
    note="rescuer not labelled; road and town of the crash are GEO",
)

n(
    "en",
    "crisis_update",
    "FLOOD UPDATE 6:00 PM: Our McAllen ER remains open. Avoid Nolana Ave between 10th and 23rd — water over the road. "
    "The Weslaco clinic is closed tomorrow. Patients with dialysis appointments will get a call from (956) 555-0155.",
    "crisis update; hospital street and number",
)

p(
    "es",
    "patient_story",
    "Nada detuvo los quince de Ximena 👑 Después de su trasplante de riñón el 3 de marzo, no pudo tener su fiesta en el "
    "salón, así que la trajimos al 4º piso: vestido, chambelanes (nuestros residentes 😅), vals y pastel sin azúcar. "
    "¡Felices quince, Xime! #XimenaXV",
    [("NAME", "Ximena"), ("DATE", "3 de marzo"), ("NAME", "Xime"), ("NAME", "#XimenaXV")],
    note="quinceañera in hospital; age 15 not labelled; transplant date",
)

# 40
n(
    "es",
    "event",
    "¿Tu quinceañera o boda cae mientras un familiar está hospitalizado? Nuestra capilla en McAllen puede reservarse "
    "para ceremonias pequeñas. Llama a Capellanía al (956) 555-0100 ext. 4410.",
    "service announcement; extension is the hospital's",
)

p(
    "en",
    "patient_story",
    "Love doesn't wait for discharge day. 💍 Yesterday in the ICU chapel, Eloy and Marisol Guerra renewed their vows "
    "on their 50th anniversary, with Eloy still on his heart monitor and Father Benavides officiating. Married June "
    "21, 1975 in Donna. Still dancing.",
    [
        ("NAME", "Eloy", "*"),
        ("NAME", "Marisol Guerra"),
        ("DATE", "June 21, 1975"),
        ("GEO", "Donna"),
    ],
    note="wedding date is a date of the patient; priest is staff; 50th is not an age",
)

n(
    "en",
    "anonymous_story",
    "A couple married 60 years renewed their vows in our chapel this week, holding hands through the IV lines. We won't "
    "share their names — they asked us not to — but they wanted everyone to know love gets stronger in hard times. ❤️",
    "anonymous couple",
)

p(
    "es",
    "patient_story",
    "Quimio número 12 ✅ y la campana sonó 🔔 La Güera Sánchez nos hizo reír a todo el piso de oncología cada martes. "
    "¡Te vamos a extrañar, Güera!",
    [("NAME", "Güera Sánchez"), ("NAME", "Güera", 2)],
    note="nickname as name; article la excluded",
)

n(
    "es",
    "staff_spotlight",
    "A la Güera de admisiones (así le dice todo McAllen) le tocó su premio Daisy este mes 🌼 Gracias por recibir a cada "
    "familia con una sonrisa, Güera.",
    "staff nickname, not a patient",
)

# 45
p(
    "es",
    "pasted_record",
    "NOTA INTERNA - no publicar: Sr. Pelón Garza (Heriberto Garza Ochoa) llega mañana 6am para fístula AV, ride con su "
    "sobrino Memo, vive en 1412 Calle Ébano, San Juan 78589",
    [
        ("NAME", "Pelón Garza"),
        ("NAME", "Heriberto Garza Ochoa"),
        ("NAME", "Memo"),
        ("GEO", "1412 Calle Ébano"),
        ("GEO", "San Juan"),
        ("GEO", "78589"),
    ],
    note="internal note; nickname and legal name; street, town and ZIP",
)

n(
    "en",
    "health_tip",
    "Dialysis patients: during a flood or hurricane, follow the 3-day emergency kidney diet and call your center. "
    "McAllen (956) 555-0100, Edinburg (956) 555-0122, Mission (956) 555-0133.",
    "tip with the hospital's numbers",
)

p(
    "en",
    "memorial",
    'Abuelita Refugio "Cuca" Alanís left us peacefully on the morning of November 2, Día de los Muertos, surrounded '
    "by her seven children in Room 311. She was 96. Cuca worked the onion fields of the Valley for forty years and "
    "raised her kids in a two-room house in Colonia Muñiz. Her granddaughter Daniela, one of our respiratory "
    "therapists, said Cuca picked the perfect day: 'She always said she'd go when the marigolds were out.' Rest easy, "
    "Cuca. 🌼",
    [
        ("NAME", 'Refugio "Cuca" Alanís'),
        ("DATE", "November 2"),
        ("DATE", "Día de los Muertos"),
        ("OTHER_ID", "Room 311"),
        ("AGE", "96"),
        ("NAME", "Cuca", "*"),
        ("GEO", "Colonia Muñiz"),
        ("NAME", "Daniela"),
    ],
    note="death date named twice; granddaughter is staff but a patient's relative",
)

n(
    "es",
    "memorial",
    "Hoy, Día de los Muertos, recordamos a los 312 pacientes que partieron en nuestros hospitales este año y a sus "
    "familias. Su altar está en la capilla de McAllen. 🕯️🌼",
    "aggregate remembrance, no individual",
)

p(
    "es",
    "birth_announcement",
    "Esta nena nació el día de San Juan (24 de junio) en San Juan, Texas 😄 ¿Qué nombre le iban a poner? ¡Juana, "
    "claro! Bienvenida Juana Nohemí. 💛",
    [
        ("DATE", "día de San Juan"),
        ("DATE", "24 de junio"),
        ("GEO", "San Juan", 2),
        ("NAME", "Juana", 1),
        ("NAME", "Juana Nohemí"),
    ],
    note="saint's day as birth date vs the town San Juan; lower-case nena is generic",
)

# 50
n(
    "en",
    "campaign_hashtag",
    "#ValleStrong #FuerzaRGV — 1,100 of our nurses, techs and docs worked through the flood this week. Thank you, "
    "team. 💪",
    "campaign hashtags only",
)

p(
    "en",
    "thank_you",
    "The Zamora family asked us to share their thanks to the PICU for caring for 6-year-old Mateo after his "
    "near-drowning at a resaca in Brownsville. Follow his recovery at @mateos_milagro 💙 #TeamMateo",
    [
        ("NAME", "Zamora"),
        ("NAME", "Mateo"),
        ("GEO", "Brownsville"),
        ("OTHER_ID", "@mateos_milagro"),
        ("NAME", "#TeamMateo"),
    ],
    note="family handle is OTHER_ID; place of the near-drowning",
)

n(
    "es",
    "health_tip",
    "Las resacas y los canales de riego son peligrosos. En 2024 atendimos 9 casos de ahogamiento infantil en el Valle. "
    "Nunca dejes a los niños solos cerca del agua. #SeguridadEnElAgua",
    "population statistic and tip",
)

p(
    "es",
    "staff_spotlight",
    "¡Bienvenida de regreso, Chela! Nuestra recepcionista de Weslaco volvió hoy después de su cirugía de rodilla 🦵 y "
    "ya anda bailando cumbia en la sala de espera.",
    [("NAME", "Chela")],
    note="staff member who was a patient (surgery); Weslaco is her workplace clinic, not labelled",
)

n(
    "es",
    "staff_spotlight",
    "¡Felicidades a Lalo, nuestro camillero del año! 28 años empujando camillas y levantando ánimos en McAllen. "
    "Gracias, Lalo 🙌",
    "staff nickname",
)

# 55
p(
    "en",
    "eponymous_condition",
    "Meet Ángel. Born with Down syndrome and a heart defect, he had open-heart surgery at 4 months old. Now he's 8 and "
    "the loudest fan at every Eagles game. Happy World Down Syndrome Day from Ángel and his mom, Rosa Linda! 💙💛",
    [("NAME", "Ángel", "*"), ("NAME", "Rosa Linda")],
    note="eponymous condition and awareness day not labelled; word-name",
)

n(
    "es",
    "eponymous_condition",
    "El 21 de marzo es el Día Mundial del Síndrome de Down. Nuestra clínica de cardiología pediátrica en McAllen sigue "
    "a más de 200 niños con síndrome de Down. ¡Ponte calcetines disparejos! 🧦",
    "awareness day, eponymous condition",
)

p(
    "es",
    "pasted_record",
    "Cuenta 40091827 - Villarreal Salinas, Consuelo - saldo $1,284.50 - plan de pagos, llamar a su nieto Pancho al "
    "956-555-0129 después de las 5",
    [
        ("ACCOUNT", "40091827"),
        ("NAME", "Villarreal Salinas, Consuelo"),
        ("NAME", "Pancho"),
        ("PHONE", "956-555-0129"),
    ],
    note="billing note pasted by mistake",
)

n(
    "es",
    "hospital_contact",
    "¿Preguntas sobre tu factura? Llama a Servicios Financieros al (956) 555-0166, lunes a viernes de 8 a 5, o "
    "visítanos en 2401 W Nolana Ave, McAllen. También puedes pagar en línea en vdrmc.org/pagar.",
    "hospital contact details only",
)

p(
    "es",
    "milestone_birthday",
    "92 años y todavía nos gana a la lotería. ¡Feliz cumpleaños, don Beto! 🎂 #4EastFamily",
    [("AGE", "92"), ("NAME", "Beto")],
    note="short post; unit hashtag is not a name",
)

# 60
n(
    "es",
    "health_tip",
    "92° a las 8 de la mañana en Pharr. Hidrátense, raza. 🥵",
    "temperature, not an age",
)

p(
    "es",
    "patient_story",
    "Cuando don Cristóbal Ybarra empezó diálisis en 2016 no sabía leer. Tres veces por semana, en la silla 14 de "
    "nuestro centro en Edinburg, la técnica Marisela le enseñó letra por letra con los periódicos que traía de la "
    "sala. El mes pasado, a sus 78 años, don Cristóbal leyó en voz alta una carta para su esposa, doña Chayo, en su "
    "aniversario 56. Aquí está su foto con la carta. 📖❤️",
    [
        ("NAME", "Cristóbal Ybarra"),
        ("OTHER_ID", "silla 14"),
        ("NAME", "Cristóbal", 2),
        ("NAME", "Chayo"),
        ("PHOTO", "foto"),
    ],
    note="dialysis chair as OTHER_ID; age 78 not labelled; staff tech not labelled; photo of patient",
)

n(
    "es",
    "anonymous_story",
    "Uno de nuestros pacientes de diálisis, un señor de más de 80 años, nos dijo esta semana: 'Aquí aprendí que la "
    "familia no siempre es de sangre.' Lleva 10 años viniendo tres veces por semana. Nuestros técnicos se saben sus "
    "canciones favoritas y él se sabe los cumpleaños de todos ellos. Esto es Valle del Río. 💙",
    "anonymous patient, age under 90",
)

p(
    "en",
    "pasted_record",
    "@ER charge — ambulance 14 bringing in MVC, pt is Jacinto Rosales 17yo, FB player from La Joya, mom Nora en route, "
    "her cell (956) 555-0161. plate on the truck was JXR 4471 per DPS.",
    [
        ("NAME", "Jacinto Rosales"),
        ("GEO", "La Joya"),
        ("NAME", "Nora"),
        ("PHONE", "(956) 555-0161"),
        ("VEHICLE", "JXR 4471"),
    ],
    note="ambulance unit not labelled; plate is VEHICLE",
)

n(
    "en",
    "sponsor",
    "Thank you to the Rotary Club of Donna and the Mercedes Chamber of Commerce for sponsoring 300 back-to-school "
    "physicals at our Weslaco clinic! 🎒",
    "sponsors in towns named like people",
)

# 65
p(
    "es",
    "birth_announcement",
    "¡Doble bendición! 👶👶 Los gemelos Cosme y Damián nacieron el 26 de septiembre, día de San Cosme y San Damián. "
    "Su mamá, Araceli, dice que no fue planeado 😂",
    [
        ("NAME", "Cosme", 1),
        ("NAME", "Damián", 1),
        ("DATE", "26 de septiembre"),
        ("DATE", "día de San Cosme y San Damián"),
        ("NAME", "Araceli"),
    ],
    note="saints' names inside the feast-day DATE are not NAMEs",
)

n(
    "es",
    "event",
    "Este 4 de octubre, día de San Francisco de Asís, bendición de mascotas en el jardín de nuestra clínica de "
    "Mission. Trae a tu perro, gato o gallo 🐓. Hugo, nuestro perro de terapia, ya está listo.",
    "hospital event on a saint's day; therapy dog's name",
)

p(
    "en",
    "discharge",
    'After 113 days, three surgeries and more Jell-O than anyone should eat, Socorro "Coco" Delgado rang the bell and '
    "went home to Mercedes on Thanksgiving morning. Coco was hit by a pickup while walking home from the packing shed "
    "on Business 83 in July. Her daughter, Paloma, slept in the recliner next to bed 9 almost every night. 'I'm "
    "grateful for every one of you,' Coco said, 'even the one who made me walk on day two.' We love you, Coco! 🦃",
    [
        ("NAME", 'Socorro "Coco" Delgado'),
        ("GEO", "Mercedes"),
        ("DATE", "Thanksgiving"),
        ("NAME", "Coco", "*"),
        ("GEO", "Business 83"),
        ("DATE", "July"),
        ("NAME", "Paloma"),
        ("OTHER_ID", "bed 9"),
    ],
    note="long story: holiday discharge, crash road, month of injury, bed",
)

n(
    "en",
    "anonymous_story",
    "A grandmother came to our ER last week convinced it was 'just heartburn.' It was a heart attack. Women's symptoms "
    "can look different: jaw pain, nausea, fatigue. Trust your gut — and call 911.",
    "anonymous patient",
)

p(
    "es",
    "campaign_hashtag",
    "Gracias a todos por sus oraciones 🙏 Hoy salió de la UCI. #FuerzaNena #ValleStrong",
    [("NAME", "#FuerzaNena")],
    note="patient named only in a hashtag; #ValleStrong is a campaign",
)

# 70
n(
    "es",
    "campaign_hashtag",
    "#FuerzaRGV #ValleStrong Gracias a los 400 voluntarios que repartieron agua en las colonias durante la ola de "
    "calor. 💧",
    "campaign hashtags and volunteers",
)

p(
    "en",
    "milestone_birthday",
    "HAPPY 90TH BIRTHDAY TO OUR FAVORITE PATIENT ON 3 WEST, MR. FLORENCIO GARZA!!! 🎉🎉 FROM ALL THE NIGHT NURSES",
    [("AGE", "90TH"), ("NAME", "FLORENCIO GARZA")],
    note="ALL CAPS; age with suffix; unit not labelled",
)

n(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to Dr. Herminia Cavazos, who delivered half of Weslaco in the 1960s and still volunteers in "
    "our gift shop every Tuesday! 🎂",
    "age over 89 of a retired doctor/volunteer, not a patient",
)

p(
    "es",
    "pasted_record",
    "ojo: la sra consuelo de la rosa (cuarto 207) es alérgica a la penicilina, su hijo chuy viene desde reynosa",
    [
        ("NAME", "consuelo de la rosa"),
        ("OTHER_ID", "cuarto 207"),
        ("NAME", "chuy"),
        ("GEO", "reynosa"),
    ],
    note="lower-case names; relative's foreign city",
)

n(
    "es",
    "health_tip",
    "¿Compras medicinas en Reynosa o Progreso? Tráelas a tu cita para que tu doctor las revise. Algunas combinaciones "
    "pueden ser peligrosas. 💊",
    "tip naming cities, no patient",
)

# 75
p(
    "en",
    "patient_story",
    "Update from the Panthers sideline: Treyvon Hollis is out of surgery and awake. Thank you all for the prayers. "
    "🏈🙏 #PrayForTrey",
    [("NAME", "Treyvon Hollis"), ("NAME", "#PrayForTrey")],
    note="team name not GEO",
)

n(
    "en",
    "public_figure",
    "Former NFL lineman Rudy Castañeda, an Edinburg native, visited our pediatric floor today and signed casts for "
    "every kid who asked. 🏈",
    "public figure visiting; his hometown is not patient geography",
)

p(
    "es",
    "patient_story",
    "💍 Boda en el cuarto 502 💍\nRoberto y Anabel llevaban 12 años juntos y tenían la boda planeada en un salón. Pero "
    "el cáncer de Roberto avanzó más rápido. Así que el sábado, con permiso del doctor, ayuda del capellán y un vestido "
    "que prestó una de nuestras enfermeras, Anabel Quintanilla y Roberto Leal Cisneros se casaron aquí mismo, frente a "
    "sus hijos y la abuelita de Anabel, doña Fina, de 93 años, que vino desde Río Grande City. No hubo un ojo seco en "
    "el piso. Felicidades, señores Leal. 💐",
    [
        ("OTHER_ID", "cuarto 502"),
        ("NAME", "Anabel Quintanilla"),
        ("NAME", "Roberto Leal Cisneros"),
        ("NAME", "Roberto", "*"),
        ("NAME", "Anabel", "*"),
        ("NAME", "Leal", "*"),
        ("NAME", "Fina"),
        ("AGE", "93"),
        ("GEO", "Río Grande City"),
    ],
    note="hospital wedding; relative's age over 89 and city; saturday not a date",
)

n(
    "es",
    "recruitment",
    "¿Conoces a alguien que quiera ser promotora de salud? Buscamos promotoras bilingües en San Juan, Alamo, Donna y "
    "La Joya. Capacitación pagada. Info: vdrmc.org/promotoras",
    "recruitment listing towns",
)

p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Dolores! Nació el 11/2 a las 3:14 a.m. 🌼",
    [("NAME", "Dolores"), ("DATE", "11/2")],
    note="very short; numeric date; time not labelled",
)

# 80
n(
    "en",
    "hospital_contact",
    "¿Dolores de espalda? Back pain clinic now open Thursdays in Pharr. (956) 555-0144",
    "dolores = pains; hospital number",
)

p(
    "es",
    "memorial",
    "Descansa en paz, Pelón. 🕊️ Fuiste el paciente más alegre de diálisis en Mission por 11 años. Te vamos a "
    "extrañar. #PelónPorSiempre",
    [("NAME", "Pelón"), ("NAME", "#PelónPorSiempre")],
    note="nickname only; Mission is where care was given",
)

n(
    "es",
    "event",
    "Pelones y pelonas de quimio: este sábado hay taller gratis de pañoletas y pelucas en la clínica de Edinburg. 💜",
    "pelones as a common noun",
)

p(
    "en",
    "pasted_record",
    "Re: portal lockout — user rgzz_1967 (Rogelio Gonzalez, DOB 08/11/1967) can't reset pw, his email is "
    "rogelio.gzz67@fakemail.com, pls call him at 956-555-0138",
    [
        ("OTHER_ID", "rgzz_1967"),
        ("NAME", "Rogelio Gonzalez"),
        ("DATE", "08/11/1967"),
        ("EMAIL", "rogelio.gzz67@fakemail.com"),
        ("PHONE", "956-555-0138"),
    ],
    note="portal user name is OTHER_ID",
)

n(
    "es",
    "hospital_contact",
    "¿No puedes entrar a tu portal MyValle? Llama a soporte al (956) 555-0100 opción 4 o escribe a "
    "portalhelp@vdrmc.org. Nunca compartas tu contraseña con nadie, ni con nosotros.",
    "hospital contact",
)

# 85
p(
    "es",
    "patient_story",
    "Esta es la historia de la familia Rangel de la colonia Hidalgo Park en Alamo. Durante las lluvias del 28 de marzo, "
    "el agua entró a su casa y su hijo Tadeo, de 9 años y con asma, empezó a ponerse morado. Su papá, Efraín, lo cargó "
    "por tres cuadras con el agua a las rodillas hasta donde podía entrar la ambulancia. Tadeo pasó dos noches en "
    "nuestra unidad pediátrica. Hoy está bien, pero la familia sigue sin casa. Si puedes ayudar, la Fundación Valle "
    "del Río está recibiendo donaciones: (956) 555-0177.",
    [
        ("NAME", "Rangel"),
        ("GEO", "colonia Hidalgo Park"),
        ("GEO", "Alamo"),
        ("DATE", "28 de marzo"),
        ("NAME", "Tadeo", "*"),
        ("NAME", "Efraín"),
    ],
    note="flood story; date of the event that caused the admission; foundation number not labelled",
)

n(
    "es",
    "crisis_update",
    "Las lluvias del 28 de marzo dejaron más de 2,000 casas inundadas en Alamo, San Juan y Pharr. Nuestras clínicas "
    "están abiertas. Si tu medicina se mojó, llámanos: te ayudamos a reponerla.",
    "same date and towns as a patient story, but population-level",
)

p(
    "en",
    "milestone_birthday",
    "Mercedes from Mercedes turned 100 today! 🎂 Yes, really. Happy birthday from your nurses on 2 South.",
    [("NAME", "Mercedes", 1), ("GEO", "Mercedes", 2), ("AGE", "100")],
    note="same word as name and town",
)

n(
    "en",
    "event",
    "Our mobile mammography van visits Donna on Monday and Mercedes on Wednesday. No referral needed. 🎀 "
    "vdrmc.org/mammo",
    "towns named like people; event schedule",
)

p(
    "es",
    "pasted_record",
    "Pt: Agte. Patrulla Fronteriza Lorenzo Cárdenas, golpe de calor, temp 106.2, ingresó 7/22 14:10, esposa Maribel "
    "956-555-0115, supervisor ya notificado",
    [
        ("NAME", "Lorenzo Cárdenas"),
        ("DATE", "7/22"),
        ("NAME", "Maribel"),
        ("PHONE", "956-555-0115"),
    ],
    note="agent as patient; temperature not an age; admission date",
)

# 90
n(
    "en",
    "staff_spotlight",
    "Meet Omar, a former Border Patrol agent who became one of our ER nurses. 'I spent 10 years finding people in the "
    "brush. Now I help them when they get here.' Thank you, Omar. #NursesWeek",
    "staff spotlight",
)

p(
    "en",
    "eponymous_condition",
    "When 14-year-old Alondra was diagnosed with Crohn's disease, she thought her dance days were over. This spring "
    "she danced folklórico at her school's show — in the costume her grandmother Cande sewed in the infusion room. 💃 "
    "#CrohnsAwareness",
    [("NAME", "Alondra"), ("NAME", "Cande")],
    note="eponymous condition not labelled; grandmother named",
)

n(
    "es",
    "eponymous_condition",
    "El síndrome de Guillain-Barré es raro, pero después del brote de campylobacter en la región vimos 4 casos este "
    "verano. Si sientes debilidad en las piernas que va subiendo, ve a Emergencias.",
    "eponymous condition, aggregate cases",
)

p(
    "es",
    "discharge",
    "¡Ya se va a casa el Lalo García Treviño! 🏠 Después de 3 semanas, la pierna quedó como nueva. Cuídate en la "
    "obra, Lalo. 👷",
    [("NAME", "Lalo García Treviño"), ("NAME", "Lalo", 2)],
    note="nickname with double surname",
)

n(
    "es",
    "staff_spotlight",
    "Felicidades a la Dra. Ana Lucía García Treviño, nueva jefa de Nefrología de Valle del Río. Egresada de UTRGV y "
    "orgullosamente de La Joya. 🎓",
    "staff with double surname and hometown",
)

# 95
p(
    "en",
    "thank_you",
    "'My mom, Ofelia Barrera, was in Room 6 of your Pharr ER on Christmas Eve. Nurse Kathy held her hand when I "
    "couldn't get there from Houston.' — Thank you for writing to us, Mr. Barrera. We're sharing this with Kathy "
    "today. 🎄",
    [
        ("NAME", "Ofelia Barrera"),
        ("OTHER_ID", "Room 6"),
        ("DATE", "Christmas Eve"),
        ("GEO", "Houston"),
        ("NAME", "Barrera", 2),
    ],
    note="relative's city; ER room; holiday as visit date; nurse not labelled",
)

n(
    "en",
    "health_tip",
    "Christmas Eve is one of our busiest ER nights: burns from cooking oil, fireworks, and too many tamales for "
    "diabetics. Stay safe, Valley! Open 24/7 at 2401 W Nolana Ave.",
    "holiday not a patient's event; hospital address",
)

p(
    "es",
    "milestone_birthday",
    "La abuelita Chonita cumple 97 mañana y nos pidió menudo para el desayuno. Pedido hecho ✅ #Piso5",
    [("NAME", "Chonita"), ("AGE", "97")],
    note="short; relative time not a date",
)

n(
    "es",
    "statistic",
    "97 bebés nacieron en nuestro hospital de McAllen en agosto. ¡Récord! 👶 #BebésVDR",
    "count, not an age; month of a statistic",
)

p(
    "en",
    "pasted_record",
    "FAX to Dr. Olivares: pt Herrera, Ma. del Socorro, DOB 2/2/1949, SSN xxx-xx-4471, Medicare 1EG4-TE5-MK72, "
    "referral for dialysis eval, pt fax 956-555-0104 (daughter's office)",
    [
        ("NAME", "Herrera, Ma. del Socorro"),
        ("DATE", "2/2/1949"),
        ("SSN", "xxx-xx-4471"),
        ("HEALTH_PLAN", "1EG4-TE5-MK72"),
        ("FAX", "956-555-0104"),
    ],
    note="partial SSN, MBI, family fax",
)

# 100
n(
    "es",
    "research",
    "Nuevo estudio de nuestro equipo de Edinburg: en el Valle, los pacientes hispanos con enfermedad de Parkinson "
    "reciben el diagnóstico 2 años más tarde que el promedio nacional. 312 participantes, de 45 a 91 años.",
    "research; population ages over 89 not labelled",
)

p(
    "es",
    "discharge",
    "Hoy se fue a casa doña Rosario Tijerina, de 99 años, después de ganarle al COVID por segunda vez 💪 Nos dijo: "
    "'Ni la influenza del 57 pudo conmigo.' Su bisnieta Karla vino por ella desde Mission.",
    [("NAME", "Rosario Tijerina"), ("AGE", "99"), ("NAME", "Karla"), ("GEO", "Mission")],
    note="relative's town (also a clinic town) is GEO here; '57 is a year",
)

n(
    "es",
    "statistic",
    "Dato: el 90% de nuestros pacientes de diálisis tiene diabetes. Más de 1 de cada 3 adultos en el Valle también. "
    "Hazte la prueba gratis en la clínica de Pharr.",
    "percentage, not an age",
)

p(
    "es",
    "birth_announcement",
    "“¡Jesús, María y José!”, dijo la enfermera cuando supo que los trillizos de la familia Ochoa Pérez venían en "
    "camino. Y así les pusieron: Jesús, María y José. Nacieron el 19 de marzo, día de San José. 👶👶👶",
    [
        ("NAME", "Ochoa Pérez"),
        ("NAME", "Jesús", 2),
        ("NAME", "María", 2),
        ("NAME", "José", 2),
        ("DATE", "19 de marzo"),
        ("DATE", "día de San José"),
    ],
    note="exclamation vs the triplets' names; saint's day birth",
    ok=("Jesús", "María", "José"),
)

n(
    "es",
    "event",
    "19 de marzo, día de San José: bendición de las manos de nuestros carpinteros y personal de mantenimiento en la "
    "capilla de McAllen. ¡Gracias por construir nuestra casa!",
    "saint's day of a hospital event",
)

# 105
p(
    "en",
    "staff_spotlight",
    "Sometimes the patient is one of our own. Respiratory therapist Manny Zapata spent 10 days on our 6th floor with "
    "COVID pneumonia in January. He's back at work this week and says the view from the bed changed how he talks to "
    "patients. Welcome back, Manny!",
    [("NAME", "Manny Zapata"), ("DATE", "January"), ("NAME", "Manny", 2)],
    note="staff who was a patient; admission month",
)

n(
    "en",
    "staff_spotlight",
    "Like mother, like daughter: L&D nurse Yolanda Cantú and her daughter Priscila, who just joined our NICU, now work "
    "the same night shift. 💕 #NursesWeek",
    "staff and staff member's own family",
)

p(
    "es",
    "pasted_record",
    "Lista de cumpleaños del mes - pacientes de diálisis Weslaco: 3/4 Benito Cantú, 3/11 Hortensia 'Tencha' Zúñiga "
    "(90!!), 3/27 Crispín Olvera. Comprar pastel sin azúcar.",
    [
        ("DATE", "3/4"),
        ("NAME", "Benito Cantú"),
        ("DATE", "3/11"),
        ("NAME", "Hortensia 'Tencha' Zúñiga"),
        ("AGE", "90"),
        ("DATE", "3/27"),
        ("NAME", "Crispín Olvera"),
    ],
    note="birthday list pasted by mistake",
)

n(
    "es",
    "event",
    "Eventos de marzo: 3/4 feria de salud en Donna, 3/11 vacunas en San Juan, 3/27 plática de diabetes en Alamo. "
    "Todo gratis.",
    "look-alike of a birthday list: dates and towns of hospital events",
)

p(
    "en",
    "patient_story",
    "Get well, Coach Benny Salazar! The Patriots head coach collapsed on the sideline Friday and got CPR from his own "
    "athletic trainer. He's awake, joking, and already asking about game film. ❤️ #CoachBennyStrong",
    [("NAME", "Benny Salazar"), ("NAME", "#CoachBennyStrong")],
    note="Coach is a title; team not GEO",
)

# 110
n(
    "es",
    "eponymous_condition",
    "La cirugía Tommy John no es solo para profesionales. Este año atendimos a 11 pitchers de preparatoria del Valle "
    "con lesión del ligamento del codo. Descansa el brazo y cuenta tus lanzamientos. ⚾",
    "eponymous surgery named after a public figure",
)

p(
    "es",
    "thank_you",
    "gracias a todos los q rezaron x mi apá, ramiro cantú, ya lo pasaron a piso 🙏 los de la uci de valle del rio son "
    "unos ángeles",
    [("NAME", "ramiro cantú")],
    note="family post reshared; lower case; ángeles is a word",
)

n(
    "es",
    "staff_spotlight",
    "Ángeles de la UCI 👼 Así le dicen los familiares a nuestro equipo de noche. Hoy les damos las gracias nosotros. "
    "#SemanaDeEnfermería",
    "Ángeles as a word",
)

p(
    "en",
    "patient_story",
    "Mariela's quinceañera was supposed to be at a ballroom on October 5. Instead, after her leukemia relapse, it "
    "happened on 7 West with 30 nurses as damas. 👑💜 #MarielaXV",
    [("NAME", "Mariela"), ("DATE", "October 5"), ("NAME", "#MarielaXV")],
    note="planned celebration date of the patient labelled; possessive excluded",
)

n(
    "en",
    "health_tip",
    "Quinceañera season = dress fittings + crash diets. Teens, don't skip meals before the big day. Our dietitians can "
    "help: (956) 555-0100.",
    "tip",
)

# 115
p(
    "es",
    "public_figure",
    "El locutor Chema 'El Chamaco' Villegas, la voz de las mañanas en la 104.1, nos pidió compartir que está en "
    "recuperación después de su cirugía de corazón en nuestro hospital de McAllen. '¡Hazte tus chequeos, raza!' Pronto "
    "de regreso, Chamaco. 📻",
    [("NAME", "Chema 'El Chamaco' Villegas"), ("NAME", "Chamaco", 2)],
    note="public figure who is the patient",
)

n(
    "es",
    "public_figure",
    "Gracias al alcalde de McAllen y a la jueza del condado por acompañarnos en la inauguración de la nueva unidad de "
    "diálisis de Edinburg. 🎗️",
    "officials at an event",
)

p(
    "en",
    "patient_story",
    "Heat stroke doesn't only happen in the fields. Last week, 68-year-old Teodoro Alvarado of Colonia Los Ebanos, "
    "near Donna, was found by his neighbor in a trailer with no A/C. His core temperature was 108. He's home now — with "
    "a donated window unit from our foundation. Neighbors: check on each other. ☀️",
    [("NAME", "Teodoro Alvarado"), ("GEO", "Colonia Los Ebanos"), ("GEO", "Donna")],
    note="age under 90 and temperature not labelled",
)

n(
    "es",
    "statistic",
    "Colonias sin aire acondicionado: nuestra fundación regaló 214 aparatos de ventana este verano. ¿Conoces a un "
    "vecino mayor que vive solo? Llama al (956) 555-0177.",
    "aggregate count; foundation number",
)

p(
    "es",
    "pasted_record",
    "Censo 4 Norte 12/24: cto 401 Treviño Garza, Nicolasa (90a) / cto 403 Peña, Melchor / cto 405 Leal, Gaspar — "
    "familias piden misa de gallo en los cuartos",
    [
        ("DATE", "12/24"),
        ("OTHER_ID", "cto 401"),
        ("NAME", "Treviño Garza, Nicolasa"),
        ("AGE", "90a"),
        ("OTHER_ID", "cto 403"),
        ("NAME", "Peña, Melchor"),
        ("OTHER_ID", "cto 405"),
        ("NAME", "Leal, Gaspar"),
    ],
    note="census on Christmas Eve; Magi names as patients",
)

# 120
n(
    "es",
    "event",
    "El 6 de enero, Día de Reyes, Melchor, Gaspar y Baltazar (bueno, tres de nuestros doctores disfrazados 😄) "
    "repartirán juguetes en pediatría. ¡Rosca para todos!",
    "Magi names are staff in costume; hospital event date",
)

p(
    "en",
    "patient_story",
    "Reminder that Nena is the boss of 2 South. 🐾 Our therapy dog's favorite patient, Ms. Evangelina Vela (that's her "
    "in the photo!), turned 95 on Friday.",
    [("NAME", "Evangelina Vela"), ("PHOTO", "photo"), ("AGE", "95")],
    note="Nena is the dog; photo of the patient",
)

n(
    "en",
    "staff_spotlight",
    "Meet Nena, our new therapy dog in Edinburg! She's a 3-year-old golden retriever who loves belly rubs and "
    "chemo-day visits. 🐶",
    "pet",
)

p(
    "es",
    "patient_story",
    "Dos hermanas, un riñón. 💚 Leticia Salazar Vela llevaba cuatro años en diálisis en nuestro centro de Pharr cuando "
    "su hermana menor, Marisa, le dijo: 'Toma el mío.' El 9 de enero, nuestros cirujanos trasplantaron el riñón de "
    "Marisa a Leticia en McAllen. Hoy las dos están en casa en San Benito, comiendo tamales con su mamá, doña Concha. "
    "'Siempre me robaba la ropa,' dice Leticia, 'ahora le robé un riñón.' 😂",
    [
        ("NAME", "Leticia Salazar Vela"),
        ("NAME", "Leticia", "*"),
        ("NAME", "Marisa", "*"),
        ("DATE", "9 de enero"),
        ("GEO", "San Benito"),
        ("NAME", "Concha"),
    ],
    note="living donor sister; town named like a saint",
)

n(
    "es",
    "anonymous_story",
    "Donar un riñón en vida es posible. En 2024, 23 familias del Valle dieron ese regalo en nuestro programa de "
    "trasplante. Infórmate: vdrmc.org/trasplante",
    "aggregate",
)

# 125
p(
    "en",
    "thank_you",
    "Sending love to @lupita.reyna.rgv's dad, who's been fighting in our ICU since the crash on Hwy 107. 💙",
    [("OTHER_ID", "@lupita.reyna.rgv"), ("GEO", "Hwy 107")],
    note="relative's handle only; crash road",
)

n(
    "en",
    "crisis_update",
    "Hwy 107 closed near Edinburg after a multi-vehicle crash; our ER is receiving patients. Families looking for "
    "loved ones: call (956) 555-0111. Please don't come to the ER entrance.",
    "crisis update, no individual",
)

p(
    "es",
    "patient_story",
    "Ya camina Chayo 🚶‍♀️ Tres semanas después de su derrame, Rosario 'Chayo' Mendiola dio sus primeros 20 pasos en "
    "terapia en Edinburg. ¡Vamos, Chayo!",
    [("NAME", "Rosario 'Chayo' Mendiola"), ("NAME", "Chayo", "*")],
    note="Edinburg is the therapy site, not GEO",
)

n(
    "es",
    "staff_spotlight",
    "¿Por qué a las Rosario les dicen Chayo y a los Jesús les dicen Chuy? 🤔 Nuestras enfermeras de McAllen hicieron "
    "la lista de apodos del Valle para que los doctores nuevos no se pierdan: Chuy, Chayo, Lalo, Nena, Pelón, "
    "Güera... ¿Cuál falta? 😂",
    "nicknames discussed as words",
)

p(
    "en",
    "pasted_record",
    "FYI wristband 00918273 belongs to the baby in NICU pod C, mom is Rebeca Fuentes (room 228), baby boy Fuentes DOB "
    "10/31",
    [
        ("OTHER_ID", "00918273"),
        ("NAME", "Rebeca Fuentes"),
        ("OTHER_ID", "room 228"),
        ("NAME", "Fuentes", 2),
        ("DATE", "10/31"),
    ],
    note="wristband value; pod is a unit",
)

# 130
n(
    "es",
    "event",
    "¿Naciste el 10/31? Nuestras enfermeras de Labor y Parto se disfrazan cada Halloween. Este año: 12 bebés, 12 "
    "gorritos de calabaza. 🎃",
    "aggregate on a holiday",
)

p(
    "es",
    "patient_story",
    "El 'Tanque' Arredondo ya está en casa 🏈 Conmoción cerebral en el partido contra Donna el viernes, pero ya nos "
    "mandó un video bailando. Descansa, campeón. #TanqueStrong",
    [("NAME", "Tanque"), ("NAME", "Arredondo"), ("NAME", "#TanqueStrong")],
    note="opposing team's town is not GEO; video not attached",
)

n(
    "es",
    "event",
    "Viernes de fútbol: Donna vs. Weslaco. Nuestro equipo de medicina deportiva estará en la cancha. 🏈 ¡Suerte a los "
    "dos!",
    "teams named after towns",
)

p(
    "en",
    "milestone_birthday",
    "WE HAVE A CENTENARIAN ON 3 NORTH!!! Happy 100th to Mr. Anselmo 'Chemo' Villarreal, WWII vet from San Juan. Yes, "
    "his nickname is Chemo. No, he doesn't think it's funny in an oncology hospital. 😂",
    [
        ("AGE", "CENTENARIAN"),
        ("AGE", "100th"),
        ("NAME", "Anselmo 'Chemo' Villarreal"),
        ("GEO", "San Juan"),
        ("NAME", "Chemo", 2),
    ],
    note="centenarian as AGE; nickname that is a word",
)

n(
    "es",
    "health_tip",
    "El 'chemo brain' es real. Nuestras navegadoras de oncología en McAllen tienen un grupo de apoyo gratis cada dos "
    "martes. 💜",
    "tip",
)

# 135
p(
    "es",
    "pasted_record",
    "Urgente: familiares de la paciente Dolores Garza Vela (cuarto 12 de Urgencias) están esperando en el lobby de "
    "Nolana. Su esposo Pedro no habla inglés, ocupa intérprete.",
    [("NAME", "Dolores Garza Vela"), ("OTHER_ID", "cuarto 12"), ("NAME", "Pedro")],
    note="lobby of the hospital not GEO",
)

n(
    "es",
    "hospital_contact",
    "Intérpretes médicos: en Valle del Río tenemos 42 intérpretes certificados en español, y ahora también en mixteco "
    "y náhuatl. Pídelo siempre: es tu derecho. 🗣️",
    "service info",
)

p(
    "en",
    "birth_announcement",
    "Christmas baby alert 🎄👶 Little Noelia Cruz showed up at 6:02 a.m. on Christmas Day at our Edinburg birthing "
    "center, 3 weeks early. Mom Perla says the best gift came early. Feliz Navidad, Noelia!",
    [
        ("DATE", "Christmas", 1),
        ("NAME", "Noelia Cruz"),
        ("DATE", "Christmas Day"),
        ("NAME", "Perla"),
        ("NAME", "Noelia", 2),
    ],
    note="holiday birth named twice; birthing center is the hospital's",
)

n(
    "en",
    "statistic",
    "Merry Christmas from the night shift at Valle del Río McAllen 🎄 11 babies born, 0 Grinches. See you at 7.",
    "aggregate",
)

p(
    "es",
    "milestone_birthday",
    "¡Socorro! gritó doña Socorro Cantú cuando vio a los mariachis entrar a su cuarto 😂 Sus nietos le organizaron "
    "serenata por sus 91 años. Gracias al 5º piso por la complicidad.",
    [("NAME", "Socorro Cantú"), ("AGE", "91")],
    note="the cry ¡Socorro! is not the name",
)

# 140
n(
    "es",
    "hospital_contact",
    "¡Socorro! ¿Se te olvidó tu cita? Ahora puedes reprogramar por mensaje de texto al (956) 555-0100. 📱",
    "Socorro as a word",
)

p(
    "en",
    "pasted_record",
    "Prior auth pending — BCBS TX member ID XJV882910447, Cantú Garza, Milagros, surgery date 4/15, call back member's "
    "husband Rudy at (956) 555-0190.",
    [
        ("HEALTH_PLAN", "XJV882910447"),
        ("NAME", "Cantú Garza, Milagros"),
        ("DATE", "4/15"),
        ("NAME", "Rudy"),
        ("PHONE", "(956) 555-0190"),
    ],
    note="insurance note",
)

n(
    "en",
    "statistic",
    "Milagros happen every day in our NICU — 412 graduates this year and counting. 💗 Proud of this team.",
    "milagros as a word",
)

p(
    "es",
    "memorial",
    "Nos dejó en Nochebuena don Melquiades Rocha, nuestro paciente de diálisis más querido. Siempre llegaba con su "
    "sombrero y una bolsa de dulces para las técnicas. Descanse en paz, don Melque. 🕯️",
    [("DATE", "Nochebuena"), ("NAME", "Melquiades Rocha"), ("NAME", "Melque")],
    note="holiday as death date",
)

n(
    "es",
    "hospital_contact",
    "Nochebuena en el hospital: si tu familiar está internado, puedes traer un plato de tamales (consulta la dieta con "
    "la enfermera). Horario de visitas extendido hasta las 10pm del 24 de diciembre.",
    "visiting hours on a holiday",
)

# 145
p(
    "en",
    "patient_story",
    "A Texas game warden and two fishermen pulled 11-year-old Gael Ontiveros from the Rio Grande near Los Ebanos on "
    "Sunday. Gael spent the night in our PICU and is going home today. His mom, Tere, asked us to thank the warden, "
    "whose name we're keeping private at his request. 🙏",
    [("NAME", "Gael Ontiveros"), ("GEO", "Los Ebanos"), ("NAME", "Gael", 2), ("NAME", "Tere")],
    note="place of the near-drowning; the river itself is not sub-state GEO",
)

n(
    "en",
    "event",
    "Texas Game Wardens, Border Patrol and Hidalgo County EMS trained with our trauma team today on river rescues and "
    "hypothermia. Thank you for keeping the Valley safe. 🚤",
    "training event",
)

p(
    "es",
    "discharge",
    "¡Adiós, cuarto 310! 👋 Don Toño ya se va a Weslaco con su nuevo marcapasos. Se llevó hasta las gelatinas. 😅",
    [("OTHER_ID", "cuarto 310"), ("NAME", "Toño"), ("GEO", "Weslaco")],
    note="home town that is also a clinic town",
)

n(
    "es",
    "event",
    "Weslaco, ¡ya abrimos! Nuestra nueva clínica de cardiología en 1800 S Texas Blvd atiende de lunes a sábado. "
    "Citas: (956) 555-0155.",
    "hospital address and number",
)

p(
    "en",
    "patient_story",
    "Pictured: Consuelo and Ray Peña on their 65th wedding anniversary, celebrated bedside in our Edinburg ICU with the "
    "same song they danced to in 1960. 💑",
    [("PHOTO", "Pictured"), ("NAME", "Consuelo"), ("NAME", "Ray Peña")],
    note="photo cue; bare year",
)

# 150
n(
    "en",
    "staff_spotlight",
    "Pictured: our Edinburg ICU team after a 16-hour shift during the flood. Tired, proud, still smiling. 💙",
    "staff photo",
)

p(
    "es",
    "pasted_record",
    "URG - Paciente Cruz Villanueva, 16a, lesión de rodilla jugando futbol americano, escuela Juárez-Lincoln, seguro "
    "CHIP #880031456, mamá Soledad, tel 956 555 0147",
    [
        ("NAME", "Cruz Villanueva"),
        ("HEALTH_PLAN", "880031456"),
        ("NAME", "Soledad"),
        ("PHONE", "956 555 0147"),
    ],
    note="age 16 not labelled; school not GEO",
)

n(
    "es",
    "event",
    "Soledad en las fiestas: si estás en duelo esta Navidad, nuestro grupo de apoyo se reúne el 18 de diciembre en la "
    "capilla de Mission. No estás solo. 💙",
    "soledad as a word",
)

p(
    "en",
    "patient_story",
    "Abuela Amparo (93) wanted one thing for her last birthday: to see the Gulf one more time. Our palliative team and "
    "two EMTs made it happen — sand in her toes, her great-grandkids splashing around. She passed peacefully three "
    "days later. Thank you, Amparo, for reminding us what matters. 🌊",
    [("NAME", "Amparo", "*"), ("AGE", "93")],
    note="age in parentheses",
)

n(
    "en",
    "anonymous_story",
    "One of our hospice patients asked to see the ocean one last time. Our palliative care team, two EMTs and a very "
    "patient beach patrol made it happen. Wishes matter. 🌊",
    "anonymous",
)

# 155
p(
    "es",
    "patient_story",
    "Bro, el Pelón Quintero ya salió de surgery y está pidiendo tacos de trompo 😂 ya sabemos que está bien. "
    "#PelonQuinteroStrong",
    [("NAME", "Pelón Quintero"), ("NAME", "#PelonQuinteroStrong")],
    note="code-switching; nickname plus surname",
)

n(
    "es",
    "health_tip",
    "Bro, si vas a la pulga este sábado, lleva agua 💧 Heat index de 115. Los golpes de calor no son broma. "
    "#CalorExtremo",
    "tip",
)

p(
    "es",
    "milestone_birthday",
    "Noventa y ocho años cumplió ayer doña Benigna Sauceda en su cama de la unidad 3 Sur, y todavía se acuerda del "
    "nombre de cada enfermera.",
    [("AGE", "Noventa y ocho"), ("NAME", "Benigna Sauceda")],
    note="age spelled out",
)

n(
    "es",
    "thank_you",
    "Noventa y ocho voluntarios ayudaron en la campaña de vacunas de otoño. ¡Gracias! 💉",
    "number words, not an age",
)

p(
    "en",
    "memorial",
    "Our oncology unit built an ofrenda this year for Ignacio 'Nacho' Benavides, who spent his last months with us and "
    "never once let us forget to play Selena on Fridays. His wife Cata brought his favorite pan de muerto. 🌼🕯️",
    [("NAME", "Ignacio 'Nacho' Benavides"), ("NAME", "Cata")],
    note="public figure mentioned is not the patient",
)

# 160
n(
    "en",
    "health_tip",
    "Selena's birthday is April 16, and her songs are a great beat for hands-only CPR practice. Learn CPR at any of "
    "our clinics. 💜",
    "public figure's date",
)

p(
    "es",
    "memorial",
    "Con tristeza informamos que el agente de la Patrulla Fronteriza Joaquín 'Kino' Saldaña falleció el 3 de julio en "
    "nuestro hospital tras un accidente en la carretera 281. Nuestras condolencias a su esposa Alba y a sus "
    "compañeros. 🕊️",
    [
        ("NAME", "Joaquín 'Kino' Saldaña"),
        ("DATE", "3 de julio"),
        ("GEO", "carretera 281"),
        ("NAME", "Alba"),
    ],
    note="crash road with keyword",
)

n(
    "es",
    "crisis_update",
    "La carretera 281 estará cerrada cerca de Edinburg por obras. Si vienes a tu cita, usa la 107 o la Expressway 83.",
    "traffic notice",
)

p(
    "en",
    "pasted_record",
    "Night huddle: Rm 12 'Güero' (Refugio Tamez) pulls lines when sundowning; Rm 14 Mrs. Lozoya's grandson (Adrián) is "
    "spending the night; Rm 15 discharged.",
    [
        ("OTHER_ID", "Rm 12"),
        ("NAME", "Güero"),
        ("NAME", "Refugio Tamez"),
        ("OTHER_ID", "Rm 14"),
        ("NAME", "Lozoya"),
        ("NAME", "Adrián"),
        ("OTHER_ID", "Rm 15"),
    ],
    note="room list with nickname; discharged room still tied to a patient",
)

n(
    "es",
    "health_tip",
    "La confusión al atardecer es común en adultos mayores después de una cirugía. Consejos: abran las persianas de día, "
    "traigan fotos conocidas y mantengan la misma rutina.",
    "tip",
)

# 165
p(
    "es",
    "thank_you",
    "Gracias a la señora Imelda Castañeda de Luna por los 200 tamales que trajo al piso de oncología en agradecimiento "
    "por el cuidado de su hijo. ❤️",
    [("NAME", "Imelda Castañeda de Luna")],
    note="patient's relative named without the patient",
)

n(
    "es",
    "sponsor",
    "Gracias a Tamales Doña Imelda de Pharr por los 500 tamales para nuestro personal en la noche de Navidad. 🫔",
    "business named like a person",
)

p(
    "en",
    "pasted_record",
    "62F s/p fall at home in Colonia San Carlos, Edinburg 3/3, lives w/ son Óscar, ortho consult, MRN 004421786. "
    "ADMIT 3/3 1420.",
    [
        ("GEO", "Colonia San Carlos"),
        ("GEO", "Edinburg"),
        ("DATE", "3/3", "*"),
        ("NAME", "Óscar"),
        ("MRN", "004421786"),
    ],
    note="age 62 not labelled; home where she fell",
)

n(
    "en",
    "hospital_contact",
    "MRN? DOB? Why do we ask your name and birthday 10 times a day? Because two patients named María García can be on "
    "the same floor. Safety first. 🔒",
    "generic example name",
)

p(
    "es",
    "thank_you",
    "“Mi papá trabajó 40 años en el campo y nunca se enfermó del calor. Hasta este verano.” Así empezó la carta que nos "
    "mandó Karina Lucio, hija de uno de los pacientes que atendimos en julio por golpe de calor. Su papá ya está en "
    "casa en Progreso, con su sombrero y su termo de agua. Gracias, Karina, por dejarnos compartir tu carta. 💧",
    [("NAME", "Karina Lucio"), ("DATE", "julio"), ("GEO", "Progreso"), ("NAME", "Karina", 2)],
    note="relative named; month of admission; home town",
)

# 170
n(
    "es",
    "statistic",
    "En julio atendimos 63 casos de golpe de calor, 41 de ellos trabajadores del campo. El más joven tenía 16 años; el "
    "mayor, 82.",
    "aggregate ages under 90",
)

p(
    "en",
    "campaign_hashtag",
    "Follow Coco the dialysis warrior 👉 @cocos_kidney_journey. She's 14, funny, and about to get a transplant. 💚 "
    "#DonateLife",
    [("NAME", "Coco"), ("OTHER_ID", "@cocos_kidney_journey")],
    note="patient handle; #DonateLife is a campaign",
)

n(
    "en",
    "campaign_hashtag",
    "April is #DonateLife Month. 1 donor can save 8 lives. Register at your DPS office when you renew your license. 💚",
    "campaign",
)

p(
    "es",
    "pasted_record",
    "Seguridad: la camioneta Ford F-150 blanca placas RJT-4829 es del hijo del paciente del cuarto 512, Sr. Omar "
    "Rosales, dice que su papá se pone agitado si no ve la troca por la ventana. No remolcar.",
    [("VEHICLE", "RJT-4829"), ("OTHER_ID", "cuarto 512"), ("NAME", "Omar Rosales")],
    note="relative's vehicle",
)

n(
    "es",
    "hospital_contact",
    "Estacionamiento gratis para familias de pacientes en la UCI de Nolana. Pide tu pase en recepción con las placas de "
    "tu carro.",
    "parking",
)

# 175
p(
    "en",
    "birth_announcement",
    "Welcome, Guadalupe Itzel! 🌹 Born 12/12 — the feast of Our Lady of Guadalupe — to Yadira and Gilberto Ríos of "
    "Alamo. Her name was never in question.",
    [
        ("NAME", "Guadalupe Itzel"),
        ("DATE", "12/12"),
        ("DATE", "the feast of Our Lady of Guadalupe"),
        ("NAME", "Yadira"),
        ("NAME", "Gilberto Ríos"),
        ("GEO", "Alamo"),
    ],
    note="feast day as birth date",
)

n(
    "en",
    "event",
    "Today, Dec. 12, thousands walk to the shrine for the feast of Our Lady of Guadalupe. Pilgrims: wear good shoes, "
    "drink water, and visit our first-aid tent on 10th St. 🌹",
    "feast day, no patient",
)

p(
    "es",
    "birth_announcement",
    "FELICIDADES A LA FAMILIA TREVIÑO CANO DE LA JOYA POR SU BEBÉ #10!!! 👶 NACIÓ EL 1 DE ENERO, EL PRIMER BEBÉ DEL "
    "AÑO EN VALLE DEL RÍO. SE LLAMA ÁNGEL DE JESÚS.",
    [
        ("NAME", "TREVIÑO CANO"),
        ("GEO", "LA JOYA"),
        ("DATE", "1 DE ENERO"),
        ("NAME", "ÁNGEL DE JESÚS"),
    ],
    note="ALL CAPS",
)

n(
    "es",
    "birth_announcement",
    "¡El primer bebé del año nació en Valle del Río! Por respeto a la privacidad de la familia no compartiremos su "
    "nombre: niño, 7 libras y con mucha hambre. 🎆",
    "anonymous birth",
)

p(
    "en",
    "thank_you",
    "To the Ochoa family: thank you for the paletas you brought to the whole 6th floor after your Grandpa Nico's "
    "discharge. 🍦 The night shift says you're welcome back anytime (as visitors!).",
    [("NAME", "Ochoa"), ("NAME", "Nico")],
    note="family surname and patient nickname",
)

# 180
n(
    "en",
    "sponsor",
    "Thank you to La Michoacana of Pharr for donating 300 paletas to our staff during the heat wave! 🍦",
    "sponsor",
)

p(
    "es",
    "pasted_record",
    "pendiente: llamar a la Sra. Tere Gallegos (mamá del niño Fidel, accidente en la escuela el 9/10) al 956.555.0152 "
    "para la cita de seguimiento con ortopedia",
    [("NAME", "Tere Gallegos"), ("NAME", "Fidel"), ("DATE", "9/10"), ("PHONE", "956.555.0152")],
    note="dotted phone; injury date",
)

n(
    "es",
    "hospital_contact",
    "Seguimiento con ortopedia: ahora puedes hacer tu cita en línea en vdrmc.org/citas o al (956) 555-0122 (Edinburg).",
    "hospital contact",
)

p(
    "en",
    "milestone_birthday",
    "Remember the Alamo? Mr. Santos Ybarra was born in Alamo — the town, not the mission 😂 — 99 years ago today. Happy "
    "birthday, Mr. Ybarra, from cardiac rehab!",
    [("NAME", "Santos Ybarra"), ("GEO", "Alamo", 2), ("AGE", "99"), ("NAME", "Ybarra", 2)],
    note="the Alamo (mission) vs Alamo the town; 'today' is not a date",
    ok=("Alamo",),
)

n(
    "en",
    "event",
    "Remember the Alamo… and remember your blood-pressure meds. Free BP checks at the Alamo Farmers Market this "
    "Saturday, 8–noon.",
    "town and mission names",
)

# 185
p(
    "es",
    "discharge",
    "Bienvenido de vuelta, Agente Morales 🇺🇸 Tras 3 semanas con nosotros por la mordida de víbora, el agente Ismael "
    "Morales regresa a su estación en Falfurrias. ¡Ojo con las botas!",
    [("NAME", "Morales", 1), ("NAME", "Ismael Morales"), ("GEO", "Falfurrias")],
    note="duty station is GEO; Agente is a title",
)

n(
    "es",
    "recruitment",
    "¿Eres veterano o exagente de la Patrulla Fronteriza? Tenemos puestos de seguridad y de técnico de emergencias en "
    "McAllen y Weslaco. 💼",
    "recruitment",
)

p(
    "en",
    "pasted_record",
    "test post pls ignore — MRN 3318420 chart link https://vdrmc.org/chart?id=3318420",
    [("MRN", "3318420", "*")],
    note="MRN twice, once inside a hospital URL; the URL itself is the hospital's",
)

n(
    "en",
    "hospital_contact",
    "Oops — that last post was a test from our web team. Nothing to see here! 🙈 Meanwhile, flu shots are free this "
    "week in Pharr.",
    "no identifier",
)

p(
    "es",
    "patient_story",
    "Se conocieron en la sala de espera de diálisis de Mission hace 6 años. Ella, Esperanza, siempre llegaba con su "
    "rosario; él, Próspero, con su radio escuchando a los Tigres del Norte. El 14 de febrero se casaron en nuestra "
    "capilla de McAllen, con sus técnicos de testigos. 'Los dos tenemos riñones malos, pero el corazón bueno,' dice "
    "Próspero. ¡Felicidades, Esperanza y Próspero Lara! 💕",
    [
        ("NAME", "Esperanza", "*"),
        ("NAME", "Próspero Lara"),
        ("NAME", "Próspero", "*"),
        ("DATE", "14 de febrero"),
    ],
    note="wedding date; rosario is a word here",
)

# 190
n(
    "es",
    "event",
    "Esperanza. Así se llama nuestro nuevo programa de apoyo para pacientes de diálisis y sus familias en Mission. "
    "Primera sesión: 14 de febrero. 💕",
    "program named with a word-name",
)

p(
    "en",
    "staff_spotlight",
    "Our own security officer, Rigo Peña, got his kidney transplant on Cinco de Mayo. 🎉 One year later, he's back at "
    "the Pharr clinic desk and training for a 5K.",
    [("NAME", "Rigo Peña"), ("DATE", "Cinco de Mayo")],
    note="staff who is a patient; holiday as surgery date",
)

n(
    "en",
    "statistic",
    "Cinco de Mayo 5K: 1,200 runners, 3 heat cases, 0 serious injuries. Great job, Valley! 🏃",
    "aggregate",
)

p(
    "es",
    "pasted_record",
    "pte femenina 91a, dx deshidratación, vive sola en 305 calle rosa, col. la piñata, donna. sobrina maría elena "
    "(no contesta)",
    [
        ("AGE", "91a"),
        ("GEO", "305 calle rosa"),
        ("GEO", "col. la piñata"),
        ("GEO", "donna"),
        ("NAME", "maría elena"),
    ],
    note="lower-case address and colonia",
)

n(
    "es",
    "health_tip",
    "¿Vives sola? ¿Tienes más de 65 años? Regístrate en el programa de llamadas de bienestar de Valle del Río durante "
    "la ola de calor: (956) 555-0100.",
    "population",
)

# 195
p(
    "es",
    "patient_story",
    "¡Gran día para el bebé Cruz! 🎉 Sin ventilador después de 41 días. Sus papás dicen que ya anda mandando a las "
    "enfermeras. 👶",
    [("NAME", "Cruz")],
    note="baby excluded; Cruz as name",
)

n(
    "en",
    "event",
    "Cruz Roja / Red Cross blood drive at our McAllen lobby on 6/7, 9am–3pm. Every pint helps a patient in the Valley. "
    "🩸",
    "Cruz as a word; event date",
)

p(
    "es",
    "milestone_birthday",
    "Para nuestra querida tía Chencha, que hoy cumple 104 años en el 2º piso: ¡que Dios te siga dando vida! Tus "
    "sobrinas de enfermería 💐",
    [("NAME", "Chencha"), ("AGE", "104")],
    note="tía is affectionate; 104",
)

n(
    "es",
    "health_tip",
    "104°F en Edinburg hoy. Si ves a alguien confundido, caliente y sin sudar, llama al 911 y enfríalo con agua. 🥵",
    "temperature",
)

p(
    "en",
    "memorial",
    "In loving memory of Daniel 'Danny Boy' Castillo, Sept. 8 – Jan. 15. Danny spent 14 years in our dialysis chair #3 "
    "in Weslaco and knew every tech's coffee order. 🕊️",
    [
        ("NAME", "Daniel 'Danny Boy' Castillo"),
        ("DATE", "Sept. 8"),
        ("DATE", "Jan. 15"),
        ("NAME", "Danny", 2),
        ("OTHER_ID", "chair #3"),
    ],
    note="birth and death dates; dialysis chair",
)

# 200
n(
    "en",
    "memorial",
    "In loving memory of Dr. Arturo Salinas, our first nephrologist, who opened the Weslaco dialysis center in 1989 "
    "with 6 chairs. 🕊️",
    "staff memorial",
)

p(
    "es",
    "discharge",
    "Cuando el agua se llevó su troca en el cruce de FM 493 y Mile 7 Rd, Trinidad 'Trini' Saenz se subió al techo y "
    "esperó 2 horas. Hoy se va a casa sin hipotermia y con una troca prestada por su hermano Chito. 🚙",
    [
        ("GEO", "FM 493"),
        ("GEO", "Mile 7 Rd"),
        ("NAME", "Trinidad 'Trini' Saenz"),
        ("NAME", "Chito"),
    ],
    note="crash intersection",
)

n(
    "es",
    "health_tip",
    "Nunca cruces agua corriendo. 30 cm de agua pueden llevarse tu carro. Da la vuelta, no te ahogues. "
    "#TurnAroundDontDrown",
    "tip",
)

p(
    "en",
    "thank_you",
    "To Hilda, the daughter who sang to her mom every night in Room 418 — our nurses haven't stopped talking about you. "
    "Your mom would be proud. 🕊️",
    [("NAME", "Hilda"), ("OTHER_ID", "Room 418")],
    note="relative named, patient unnamed",
)

n(
    "es",
    "hospital_contact",
    "La musicoterapia ya está disponible en nuestras unidades de oncología y cuidados paliativos en McAllen. Familias: "
    "pregúntenle a su enfermera. 🎵",
    "service",
)

# 205
p(
    "es",
    "public_figure",
    "El campeón de boxeo Rey 'Tornado' Cárdenas, orgullo de Pharr, vino hoy... pero como paciente 😅: se fracturó la "
    "mano entrenando. Recupérate pronto, campeón.",
    [("NAME", "Rey 'Tornado' Cárdenas"), ("GEO", "Pharr")],
    note="public figure patient with hometown",
)

n(
    "en",
    "crisis_update",
    "Tropical Storm Alberto update: all Valle del Río hospitals are open. Our Weslaco clinic will close at noon "
    "Thursday. Stay off flooded roads. #AlbertoRGV",
    "storm named like a person",
)

p(
    "es",
    "milestone_birthday",
    "Doña Natividad García, 'Nati' para todos, nació un 25 de diciembre (¡de ahí su nombre!) en un ranchito de Agua "
    "Dulce. Ayer, a sus 102 años, vino a su chequeo en la clínica de Weslaco y la doctora le preguntó su secreto. "
    "'Trabajar, rezar y no pelearme con nadie... bueno, casi con nadie,' dijo, mirando a su hijo Servando. 😂 ¡Que "
    "Dios la bendiga, doña Nati!",
    [
        ("NAME", "Natividad García"),
        ("NAME", "Nati", "*"),
        ("DATE", "25 de diciembre"),
        ("GEO", "Agua Dulce"),
        ("AGE", "102"),
        ("NAME", "Servando"),
    ],
    note="birthplace; clinic town not GEO",
)

n(
    "es",
    "event",
    "Natividad en el hospital 🎄: nuestros pacientes de pediatría decoraron el árbol del lobby de McAllen. ¡Gracias a "
    "los voluntarios de la parroquia San Juan Diego!",
    "Natividad as a word; parish named for a saint",
)

p(
    "en",
    "pasted_record",
    "Patient requested records be sent to her personal email: lupe.alanis.weslaco@fakemail.com — Guadalupe Alanís, DOB "
    "07/04/1960. Confirmed by phone.",
    [
        ("EMAIL", "lupe.alanis.weslaco@fakemail.com"),
        ("NAME", "Guadalupe Alanís"),
        ("DATE", "07/04/1960"),
    ],
    note="patient email; 4th of July birthday",
)

# 210
n(
    "en",
    "hospital_contact",
    "Need your medical records? Request them securely at vdrmc.org/records. We will never ask for your SSN by email. 🔒",
    "hospital contact",
)

p(
    "es",
    "patient_story",
    "¡Lo logró Chuyito! 🎓 Después de 2 años de quimio, Jesús 'Chuyito' Barrera se graduó de PSJA Memorial con toda su "
    "clase. Orgullo de oncología pediátrica 💛",
    [("NAME", "Chuyito", 1), ("NAME", "Jesús 'Chuyito' Barrera")],
    note="school not GEO",
)

n(
    "es",
    "event",
    "¡Felicidades a los 38 graduados de nuestro programa de técnicos de diálisis! 🎓 Ceremonia en UTRGV Edinburg.",
    "staff graduates",
)

p(
    "en",
    "discharge",
    "Happy discharge day, Mrs. Elvira De León Cavazos! 🏠 Bed 22 won't be the same without your telenovela commentary.",
    [("NAME", "Elvira De León Cavazos"), ("OTHER_ID", "Bed 22")],
    note="double surname with particle",
)

n(
    "en",
    "event",
    "Bed 22 is ready! Our new pediatric ICU in McAllen adds 8 beds, bringing the total to 22. Ribbon cutting Friday at "
    "10 am.",
    "bed number not tied to a patient",
)

# 215
p(
    "es",
    "milestone_birthday",
    "Feliz Día de San Valentín a Valentín Ochoa, que nació un día como hoy hace 90 años 💘 y sigue coqueteando con las "
    "enfermeras del 3er piso.",
    [("DATE", "Día de San Valentín"), ("NAME", "Valentín Ochoa"), ("AGE", "90")],
    note="holiday is his birthday; saint's name inside the date",
)

n(
    "es",
    "health_tip",
    "Feliz Día de San Valentín 💘 Cuida tu corazón: camina 30 minutos al día y revisa tu presión. #CorazónSano",
    "holiday greeting",
)

p(
    "en",
    "pasted_record",
    "IT ticket: patient portal user mgarza_mission (Maricela Garza) locked out after 5 attempts from IP 172.16.44.201, "
    "she says she's at her sister's in Roma.",
    [
        ("OTHER_ID", "mgarza_mission"),
        ("NAME", "Maricela Garza"),
        ("IP", "172.16.44.201"),
        ("GEO", "Roma"),
    ],
    note="IP address; town named like a foreign city",
)

n(
    "en",
    "hospital_contact",
    "Roma, Rio Grande City and Zapata families: our new telehealth clinic means fewer drives to McAllen. Call (956) "
    "555-0100 to schedule.",
    "towns as audience",
)

p(
    "es",
    "birth_announcement",
    "Dos libras y una fuerza enorme. Así llegó Rosario Inés el 2 de noviembre, a las 24 semanas. Su mamá, Dulce, la "
    "llamó Rosario por la abuela que murió ese mismo día hace cinco años, en Día de Muertos. Hoy, 118 días después, "
    "Rosario pesa 5 libras y se va a casa a Elsa. 🌼💗",
    [
        ("NAME", "Rosario Inés"),
        ("DATE", "2 de noviembre"),
        ("NAME", "Dulce"),
        ("NAME", "Rosario", "*"),
        ("DATE", "Día de Muertos"),
        ("GEO", "Elsa"),
    ],
    note="grandmother's death day; town named like a person; 24 weeks not an age",
)

# 220
n(
    "es",
    "event",
    "Elsa, Edcouch y La Villa: el camión de mamografías llega el martes. Sin costo con Medicaid o sin seguro.",
    "towns named like people",
)

p(
    "es",
    "pasted_record",
    "Biomed: marcapasos serie PJN-774512 explantado al Sr. Eulalio Reyna (Rm 604) el 8/19, devolver al representante.",
    [("DEVICE", "PJN-774512"), ("NAME", "Eulalio Reyna"), ("OTHER_ID", "Rm 604"), ("DATE", "8/19")],
    note="device serial",
)

n(
    "es",
    "research",
    "Nuestro equipo de cardiología implantó este mes el primer marcapasos sin cables del Valle. El dispositivo es del "
    "tamaño de una vitamina grande. 💓",
    "device type, no serial or patient",
)

p(
    "es",
    "memorial",
    "Gracias, Pancho 💙 Tu familia donó tus órganos y salvó 5 vidas. Tu mamá, doña Hermelinda, nos pidió que te "
    "recordáramos así. #DonaVida",
    [("NAME", "Pancho"), ("NAME", "Hermelinda")],
    note="organ donor patient and mother",
)

n(
    "es",
    "staff_spotlight",
    "Pancho, nuestro perro de terapia, se jubila después de 9 años. 🐕 ¡Gracias por tantas colitas moviéndose, Pancho!",
    "pet",
)

# 225
p(
    "en",
    "patient_story",
    "Huge congrats to Deputy Marisa Leal of the Hidalgo County Sheriff's Office — back on patrol 4 months after being "
    "shot during a traffic stop on Jackson Rd. She thanked our trauma team by name at her ceremony today. 👮‍♀️",
    [("NAME", "Marisa Leal"), ("GEO", "Jackson Rd")],
    note="injury road named like a person; Deputy excluded",
)

n(
    "en",
    "event",
    "Jackson Rd and Trenton Rd will see heavy traffic for the ribbon-cutting of our Edinburg tower. Parking in Lot C.",
    "roads near the hospital",
)

p(
    "es",
    "patient_story",
    "Quinceañera en la UCI pediátrica 👑 Valeria Chapa cumplió sus quince el 18 de mayo, con su mamá Liliana, su papá "
    "Hugo y su chambelán de honor: su doctor.",
    [("NAME", "Valeria Chapa"), ("DATE", "18 de mayo"), ("NAME", "Liliana"), ("NAME", "Hugo")],
    note="birthday date; doctor unnamed",
)

n(
    "es",
    "event",
    "Sábado de salud en La Joya 🩺: presión, glucosa y vacunas gratis de 9 a 1 en el parque municipal.",
    "event",
)

p(
    "en",
    "thank_you",
    "shoutout to mr. pete garza in 3w who taught half the nurses how to play conquián this week 🃏 go home and win some "
    "money pete",
    [("NAME", "pete garza"), ("NAME", "pete", 2)],
    note="lower case; unit 3w",
)

# 230
n(
    "en",
    "event",
    "Conquián night at our senior center: we taught 40 abuelitos how to check their blood pressure between hands. 🃏",
    "event",
)

p(
    "es",
    "memorial",
    "Descanse en paz Anacleto Ruiz, de 54 años, trabajador agrícola que murió de golpe de calor el 11 de agosto en un "
    "campo cerca de Edcouch. Su familia pide agua y sombra para los trabajadores. Nuestro pésame a su viuda, Celia.",
    [("NAME", "Anacleto Ruiz"), ("DATE", "11 de agosto"), ("GEO", "Edcouch"), ("NAME", "Celia")],
    note="death date and place",
)

n(
    "es",
    "health_tip",
    "Trabajadores agrícolas: tienen derecho a agua, sombra y descanso. Si su patrón no cumple, llame a OSHA. Nosotros "
    "les atendemos sin preguntar estatus migratorio.",
    "tip",
)

p(
    "en",
    "thank_you",
    "Thank you, Mr. & Mrs. Villegas, for the new rocking chairs in the NICU. 💙 Your grandson Leo spent his first 70 "
    "days here, and now other babies will be rocked in his honor.",
    [("NAME", "Villegas"), ("NAME", "Leo")],
    note="donors introduced as a patient's grandparents",
)

n(
    "en",
    "sponsor",
    "Thank you to the Villegas Family Foundation for funding 20 new rocking chairs in our NICU. 💙",
    "family foundation, not a patient's relative",
)

# 235
p(
    "es",
    "pasted_record",
    "Favor de no dar información del paciente Gerardo Lozano Tapia (cuarto 316) a su ex esposa; sólo a su hermana "
    "Norma, tel. (956) 555-0124.",
    [
        ("NAME", "Gerardo Lozano Tapia"),
        ("OTHER_ID", "cuarto 316"),
        ("NAME", "Norma"),
        ("PHONE", "(956) 555-0124"),
    ],
    note="sister's phone",
)

n(
    "es",
    "hospital_contact",
    "Información sobre pacientes hospitalizados: llame al (956) 555-0100 y tenga a la mano el nombre completo del "
    "paciente. Por ley, solo damos información a personas autorizadas.",
    "hospital contact",
)

p(
    "en",
    "patient_story",
    "She's back! 🏐 Libero Ana Sofía Guerra played her first game since her heart surgery in August. #AnaSofiaStrong",
    [("NAME", "Ana Sofía Guerra"), ("DATE", "August"), ("NAME", "#AnaSofiaStrong")],
    note="surgery month",
)

n(
    "en",
    "event",
    "Heart screenings for student athletes: free ECGs for 500 Valley teens this Saturday at our McAllen campus. Sudden "
    "cardiac arrest is preventable. ❤️",
    "event",
)

p(
    "es",
    "hospital_contact",
    "«Mi tía Chayito está en el cuarto 221, ¿puedo llevarle tamales?» — ¡Claro que sí! Pregunta primero a su "
    "enfermera por la dieta 😊",
    [("NAME", "Chayito"), ("OTHER_ID", "cuarto 221")],
    note="reply quoting a comment with patient and room",
)

# 240
n(
    "es",
    "hospital_contact",
    "¿Puedo llevar comida a mi familiar? Sí, pero pregunta primero a la enfermera por su dieta. Nada de alcohol ni "
    "flores en la UCI.",
    "generic",
)

if __name__ == "__main__":
    S.main("phi_dev22_source")
