"""Blind development set d27 for the PHI scanner: tests/data/phi_dev27.jsonl.

Organisation: Hospital Universitario Flamboyán, a university hospital in San Juan,
Puerto Rico (1500 Ave Ponce de León), with clinics in Bayamón (Carr 2 Km 11.7,
dialysis), Caguas (45 Calle Georgetti) and Ponce (2445 Ave Hostos); phones
(787) 555-0100/0109/0111/0122/0133/0144/0155/0166, domains hospitalflamboyan.org,
flamboyansalud.org, fundacionflamboyan.org, handles @HospFlamboyan, @FlamboyanSalud,
@FundacionFlamboyan (phi_dev27_org.json). None of these is ever PHI.
Focus: Puerto Rican posts - nicknames (Papo, Tata, Nenita, Güelo, Mayito, Cuco,
Chiquito, Flaco...) and names that are ordinary words (Milagros, Esperanza, Sol, Paz,
Luz, Caridad, Dulce, Hope, Faith, Grace), double surnames and "APELLIDO APELLIDO, NOMBRE"
chart lines, centenarians from Vieques and the mountains with ages in digits and words,
hurricane María / blackouts / dialysis, barrios, urbanizaciones, carreteras with km
markers, fictional salsa musicians / ballplayers / a wrestler / a boxer who are
patients; against staff, volunteers over 90, donors, historical figures (Clemente,
Betances, Ashford, Barbosa, Felisa Rincón), streets and buildings named after people,
eponymous conditions, hospital addresses and population ages.
Language mix: 188 es / 52 en (code-switching inside posts; "es" = main language Spanish).
Labelling decisions taken in this set (where the rules leave room):
- Nicknames used as the person's name are NAME, including kin-like ones written as a
  name (Papo, Güelo, Tata, Nena, Pops, Bebo, "El Flaco" -> "Flaco"). Lower-case kinship
  words (papi, abuela, mi nene) and titles (don, doña, Tío, Sr., Sra., Miss, Mr., Dra.,
  Hon.) are outside the span. Ring/stage names of patients ("Cuervo Negro") are NAME and
  a quoted nickname inside a full name stays in one span ("Rubén 'El Sonero' Matos").
- A widow's formal surname "Vda. de Colón" is part of her NAME span.
- Staff who are themselves patients, and public figures (all fictional here) who are
  patients, are labelled. Donors are labelled only when introduced as a patient's relative.
  Staff, volunteers and public figures named in the same post as a patient stay unlabelled
  even when they share a surname (declared with ok=).
- AGE: an exact age over 89 of an individual patient is labelled even when the patient is
  unnamed ("una paciente de 93 años", "¿El mayor? Un caballero de 101 años"), which makes
  the post patient-specific. "más de 90", "over 90", "90 and older", "mayores de 90" and
  plural "centenarios"/"centenarians" are the Safe Harbor aggregate or population ages and
  are not labelled. Ages in words cover the whole number phrase without the unit word
  ("NOVENTA Y NUEVE", "Ciento un", "Cien", "Ninety-three"); "Centenaria", "nonagenaria"
  applied to the patient are AGE; "pa' los 100" (the patient's coming birthday) is AGE.
- GEO: streets and roads include their type word and house number / km marker
  ("calle Luna", "Calle Orquídea 22", "calle 14 #B-22", "Carr. 149 km 23.4", "Carr. 2",
  "PR-52"); neighbourhoods are the name without the generic "Urb."/"Bo."/"barrio" prefix
  ("Santa Juanita", "Toro Negro", "Mameyes", "Guavate"); a beach where the injury happened
  is its full name ("Balneario de Luquillo"). Bayamón, Caguas, Ponce, San Juan are GEO
  only when they are the patient's home or the place of the injury, never when they name
  the hospital's clinic (second sense declared with ok=). Countries are not GEO.
- DATE: a month alone of the patient's admission or illness is DATE ("en diciembre",
  "en octubre"); a holiday named together with the date of the patient's event is
  labelled as well ("2 de noviembre" + "Día de los Difuntos", "15 de agosto" + "día de la
  Virgen", "Navidad" + "25 de diciembre"); diagnosis and transplant dates count as the
  patient's event dates. Hurricane names (María, Fiona, Ernesto) are neither NAME nor DATE.
- OTHER_ID: room / bed / dialysis-chair numbers tied to a patient include the keyword
  ("Hab. 512-B", "cuarto 318", "silla 12", "Bed 14"); an empty room is not labelled.
  Family social handles keep the "@" ("@carmen_boricua77"); portal user names and
  wristband / encounter numbers are the value only.
- PHOTO only for "En la foto" / "this video" showing the patient; "Pictured" over a staff
  photo is not PHOTO.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev27.jsonl"), os.path.join(HERE, "phi_dev27_org.json"), "d27")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "es",
    "discharge",
    "¡Wepa! 🎉 Después de 52 días en intensivo, Papo se fue pa' casa hoy con su hija Yarelis. "
    "Nos dijo que lo primero que va a hacer es comerse un mofongo. ¡Cuídate mucho, Papo! #FlamboyanFuerte",
    [("NAME", "Papo", "*"), ("NAME", "Yarelis")],
    note="nickname used as name twice, daughter's first name; #FlamboyanFuerte is the campaign tag",
)

# 2
n(
    "es",
    "health_tip",
    "Con este calor, hidrátate. Si estás en diálisis, consulta con tu nefrólogo cuánta agua puedes "
    "tomar al día 💧 #SaludBoricua",
    "generic tip for dialysis patients",
)

# 3
n(
    "es",
    "staff_spotlight",
    "Conoce a la Dra. Ivelisse Marrero Cintrón, nefróloga de nuestra clínica de Bayamón desde 1998. "
    "Cuando no está atendiendo pacientes, está bailando bomba en Loíza. 🥁 #OrgulloFlamboyán",
    "staff doctor with double surname and her hobby town; not a patient",
)

# 4
p(
    "es",
    "milestone_birthday",
    "¡100 años y contando! 🎂 Doña Tata, de Isabel Segunda en Vieques, celebró su cumpleaños con "
    "nuestro equipo de geriatría. Sus nietos le trajeron un bizcocho de guayaba y cantó 'Preciosa' completita. 💛",
    [("AGE", "100"), ("NAME", "Tata"), ("GEO", "Isabel Segunda"), ("GEO", "Vieques")],
    note="centenarian's nickname, age, barrio and island municipality; the song title is not a name",
)

# 5
n(
    "en",
    "statistic",
    "Puerto Rico is home to hundreds of centenarians 🇵🇷 and last year our geriatrics team saw more than "
    "300 patients over 90. Aging well is a team sport!",
    "population ages and plural 'centenarians'",
)

# 6
p(
    "es",
    "thank_you",
    "Gracias, familia Quiñones Rosario, por las empanadillas que le trajeron a todo el piso 6 cuando "
    "dieron de alta a don Cuco. ¡Estaban brutales! 🥟",
    [("NAME", "Quiñones Rosario"), ("NAME", "Cuco")],
    note="family double surname and patient nickname; 'piso 6' is a hospital floor",
)

# 7
n(
    "es",
    "eponymous_condition",
    "Abril es el Mes de Concienciación sobre el Parkinson. Temblor en reposo, rigidez y lentitud al "
    "caminar pueden ser señales tempranas. Orientación: (787) 555-0122. #ParkinsonPR",
    "eponymous condition, hospital appointment line",
)

# 8
p(
    "es",
    "pasted_record",
    "Hab. 512-B — RIVERA ORTIZ, JOSÉ A. — HD lun/mié/vie — NPO desde medianoche",
    [("OTHER_ID", "Hab. 512-B"), ("NAME", "RIVERA ORTIZ, JOSÉ A")],
    note="pasted census line: room with keyword, chart-style name",
)

# 9
n(
    "en",
    "event",
    "Join us Saturday, October 12, for our Breast Cancer Awareness walk along Ave Ashford in Condado. "
    "Registration opens at 7:00 a.m. Details at flamboyansalud.org/camina 🎀",
    "event date, street named after a person, hospital domain",
)

# 10
p(
    "en",
    "patient_story",
    "Meet Junior! 💪 At 9 he was hit by a car on Carr. 2 near Vega Baja. Today, after three surgeries "
    "and months of rehab, he threw the first pitch at his Little League game. #JuniorStrong",
    [("NAME", "Junior"), ("GEO", "Carr. 2"), ("GEO", "Vega Baja"), ("NAME", "#JuniorStrong")],
    note="nickname-like name, road and town of the crash, name hashtag; age 9 not labelled",
)

# 11
p(
    "es",
    "patient_story",
    "Una paciente de 93 años de la montaña nos dijo hoy: 'Mija, yo sobreviví a San Felipe, a Hugo y a "
    "María; esto de la cadera no me va a tumbar'. Así es nuestra gente. 🇵🇷",
    [("AGE", "93")],
    note="unnamed patient but exact age over 89; hurricane names are not names",
)

# 12
n(
    "es",
    "anonymous_story",
    "Anoche nació un bebé en el estacionamiento de nuestra clínica de Caguas 😱 Mamá y bebé están bien. "
    "¡Gracias al guardia de seguridad que se convirtió en partero por 5 minutos! 👶",
    "anonymous birth at the hospital's own parking lot",
)

# 13
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Milagros! 💕 Nació el 6 de enero, Día de Reyes, pesando 6 libras y 4 onzas. Sus papás, "
    "Keishla y Edwin, dicen que es el mejor regalo que les pudieron traer los Reyes. Aquí creemos en los milagros. ✨",
    [
        ("NAME", "Milagros"),
        ("DATE", "6 de enero"),
        ("DATE", "Día de Reyes"),
        ("NAME", "Keishla"),
        ("NAME", "Edwin"),
    ],
    note="name that is an ordinary word; birth date named twice; parents",
)

# 14
n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN 6:40 p.m.: Por el apagón general, el Hospital opera con generadores. Diálisis en "
    "Bayamón continúa en horario regular. Pacientes con equipos eléctricos en casa: llamen al (787) 555-0133. ⚡",
    "blackout update with hospital number",
)

# 15
p(
    "en",
    "thank_you",
    "To whoever left the note in the chapel for 'Mr. C in 7 West' — he read it three times and cried. "
    "Thank you. 🙏",
    [("NAME", "C")],
    note="patient initial; 7 West is a hospital unit",
)

# 16
n(
    "es",
    "public_figure",
    "Hoy recordamos a Roberto Clemente, quien murió el 31 de diciembre de 1972 llevando ayuda a "
    "Nicaragua. Su ejemplo de servicio inspira a nuestros voluntarios. #21",
    "historical figure and his death date",
)

# 17
p(
    "es",
    "memorial",
    "Descansa en paz, Güelo. 🕊️ Don Agapito Santana Vélez, paciente de diálisis de nuestra unidad de "
    "Ponce por 14 años, falleció el 3 de marzo. Siempre llegaba con un chiste, un cafecito pa' las "
    "enfermeras y la misma pregunta: '¿Y cuándo me dan de alta de esta máquina?' Lo vamos a extrañar.",
    [("NAME", "Güelo"), ("NAME", "Agapito Santana Vélez"), ("DATE", "3 de marzo")],
    note="nickname and full name, death date; Ponce is the clinic",
)

# 18
n(
    "es",
    "sponsor",
    "Gracias a Panadería La Ceiba de Cayey y a la Fundación Hermanos Toro por auspiciar la merienda de "
    "nuestro Día de la Familia. 🥐",
    "sponsors and their town",
)

# 19
p(
    "es",
    "patient_story",
    "Nenita, con sus 97 primaveras, vive sola en el barrio Guavate de Cayey y todavía siembra sus "
    "propios gandules. Después de su reemplazo de cadera ya está caminando con andador. ¡Esa es la actitud! 🌱",
    [("NAME", "Nenita"), ("AGE", "97"), ("GEO", "Guavate"), ("GEO", "Cayey")],
    note="nickname, age with 'primaveras', barrio and town",
)

# 20
n(
    "en",
    "staff_spotlight",
    "Nurse spotlight: Wanda Pagán, RN, 34 years on our dialysis floor. She's 68, runs half marathons "
    "and still knows every patient's favorite radio station. 📻",
    "staff name and age",
)

# 21
p(
    "es",
    "public_figure",
    "El sonero Tito Cardona Alicea, voz de la Orquesta La Brisa, nos autorizó a compartir que se "
    "recupera en nuestro piso de cardiología tras un cateterismo. ¡Pronto de vuelta en tarima, maestro! "
    "🎺 #SalsaDeCorazón",
    [("NAME", "Tito Cardona Alicea")],
    note="public figure (fictional) who is a patient",
)

# 22
n(
    "es",
    "eponymous_condition",
    "¿Sabías que la enfermedad de Graves es la causa más común de hipertiroidismo? Palpitaciones, "
    "pérdida de peso y ojos saltones son señales. Haz tu cita en la clínica de Caguas: (787) 555-0144.",
    "eponymous condition and clinic phone",
)

# 23
p(
    "es",
    "discharge",
    "¡¡¡MAYITO SE VA PA' CASA!!! 🏠 DESPUÉS DE 3 MESES EN LA UNIDAD DE QUEMADOS, HOY SALIÓ CAMINANDO DE "
    "LA MANO DE SU MAMÁ, DOÑA EVELYN. #MAYITOFUERTE 💪",
    [("NAME", "MAYITO"), ("NAME", "EVELYN"), ("NAME", "#MAYITOFUERTE")],
    note="all-caps nickname, mother, name hashtag",
)

# 24
n(
    "es",
    "recruitment",
    "¿Eres enfermero/a graduado/a? Estamos reclutando para nuestras unidades de diálisis en Bayamón, "
    "Caguas y Ponce. Diferencial nocturno y bono de retención. Envía tu resumé a empleos@flamboyansalud.org 💼",
    "recruitment, hospital e-mail",
)

# 25
p(
    "es",
    "pasted_record",
    "MRN 00418822 | SANTIAGO, CARMEN I | FN 04/17/1931 | Dx: ERC estadio 5 | Plan Vital ID 7730219845",
    [
        ("MRN", "00418822"),
        ("NAME", "SANTIAGO, CARMEN I"),
        ("DATE", "04/17/1931"),
        ("HEALTH_PLAN", "7730219845"),
    ],
    note="pasted chart line: MRN, name, date of birth, Medicaid plan id",
)

# 26
n(
    "en",
    "health_tip",
    "Hurricane season checklist for dialysis patients: 3-day emergency diet, a printed list of your meds, "
    "your treatment schedule, and the number of your unit. Ours: (787) 555-0133. 🌀",
    "tip with hospital number",
)

# 27
p(
    "es",
    "thank_you",
    "Un mensaje de Maritza, hija de don Chago: 'Gracias a las enfermeras del 4 Norte por cuidar a papi "
    "como si fuera de ustedes.' 🥹 Nos llegó al alma.",
    [("NAME", "Maritza"), ("NAME", "Chago")],
    note="daughter and patient nickname; 'papi' is a kinship word; 4 Norte is a unit",
)

# 28
n(
    "es",
    "event",
    "Feria de salud este sábado 15 de marzo en la Plaza de Recreo de Bayamón, de 8:00 a.m. a 1:00 p.m.: "
    "pruebas de glucosa, presión y vacunas. ¡Trae a tus viejos! 👵👴",
    "event date and venue",
)

# 29
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 104 a doña Providencia Ayala, de Barranquitas! Nos asegura que el secreto "
    "es el café colao, el rosario y nunca pelear con los vecinos. 🎂☕",
    [("AGE", "104"), ("NAME", "Providencia Ayala"), ("GEO", "Barranquitas")],
    note="age over 89, name, mountain town",
)

# 30
n(
    "es",
    "staff_spotlight",
    "Nuestra voluntaria más veterana, doña Fela Berríos, cumplió 91 años y sigue repartiendo revistas "
    "los martes en el Pabellón Ashford. ¡Gracias, doña Fela! 💐",
    "volunteer's name and age over 90 are not PHI; building named after a person",
)

# 31
p(
    "en",
    "birth_announcement",
    "Say hi to baby Angel, born Christmas Eve at our Caguas birthing center — 8 lbs even! 🎄 Big sister "
    "Zuleyka already calls him 'mi muñeco'.",
    [("NAME", "Angel"), ("DATE", "Christmas Eve"), ("NAME", "Zuleyka")],
    note="name that is a word, birth holiday, sibling",
)

# 32
n(
    "es",
    "campaign_hashtag",
    "Cada donación de sangre puede salvar hasta tres vidas. Este mes únete a #DonaVidaPR y #FlamboyánDona. 🩸",
    "campaign hashtags",
)

# 33
p(
    "es",
    "pasted_record",
    "Lista turno noche 5 Oeste → Hab. 503: Colón (caída, precaución) / Hab. 507: Figueroa Nieves "
    "(post-op) / Hab. 511: vacía",
    [
        ("OTHER_ID", "Hab. 503"),
        ("NAME", "Colón"),
        ("OTHER_ID", "Hab. 507"),
        ("NAME", "Figueroa Nieves"),
    ],
    note="room list; the empty room 511 is not tied to a patient",
)

# 34
n(
    "en",
    "public_figure",
    "On this day in 1899, Dr. Bailey K. Ashford identified hookworm as the cause of anemia among Puerto "
    "Rico's coffee workers. Visit the history wall in our Ashford Pavilion. 🔬",
    "historical physician, building named after him",
)

# 35
p(
    "es",
    "patient_story",
    "Conozcan a Chiquito 👊 Le dicen así porque mide seis pies y cinco. Fue jugador de los Vaqueros de "
    "Bayamón y hoy, a sus 58, recibió su trasplante de riñón. Su esposa Lizzie no se le despegó ni un minuto. 💙",
    [("NAME", "Chiquito"), ("NAME", "Lizzie")],
    note="ironic nickname and wife; team name is not GEO; age 58 not labelled",
)

# 36
n(
    "es",
    "eponymous_condition",
    "Síndrome de Down, síndrome de Guillain-Barré, enfermedad de Hodgkin… muchas condiciones llevan el "
    "nombre de un médico. Mañana en nuestro podcast, la Dra. Yesenia Cruz explica por qué. 🎙️",
    "eponymous conditions and staff doctor",
)

# 37
p(
    "es",
    "thank_you",
    "@la_familia_de_toñito ¡Gracias a ustedes! Toñito fue un campeón en cada terapia. Díganle que el "
    "equipo de rehabilitación de Caguas lo extraña. 💪",
    [("OTHER_ID", "@la_familia_de_toñito"), ("NAME", "Toñito")],
    note="reply to a family handle; patient nickname",
)

# 38
n(
    "es",
    "hospital_contact",
    "📍 Clínica de Ponce: 2445 Ave Hostos, Ponce, PR 00717. Lunes a viernes de 7:00 a.m. a 5:00 p.m. "
    "Citas: (787) 555-0155.",
    "hospital address and phone",
)

# 39
p(
    "es",
    "discharge",
    "Hoy le dimos de alta a Rosa después de su cirugía de corazón abierto. 🌹 Su nieta le trajo una rosa "
    "roja y todo el piso aplaudió. ¡Buen viaje de regreso a Comerío, Rosa!",
    [("NAME", "Rosa", "*"), ("GEO", "Comerío")],
    note="name that is a word (lower-case 'rosa' is the flower), home town",
)

# 40
n(
    "en",
    "anonymous_story",
    "A patient in his 70s told our night nurse he hadn't had a visitor in two years. By morning, five "
    "volunteers had signed up for our Compañía program. ❤️",
    "anonymous patient, age range under 90",
)

# 41
p(
    "es",
    "patient_story",
    "Cuando llegó a emergencias, Yadiel no podía ni hablar. Hoy, tres semanas después del accidente en la "
    "PR-52 cerca de Cayey, nos dijo 'I'm good, bro' con un thumbs up 👍. Ese es nuestro nene. #YadielStrong",
    [("NAME", "Yadiel"), ("GEO", "PR-52"), ("GEO", "Cayey"), ("NAME", "#YadielStrong")],
    note="code-switching; crash road and town; name hashtag",
)

# 42
n(
    "es",
    "statistic",
    "En 2024 atendimos 1,237 pacientes en diálisis, 41 de ellos mayores de 90 años. Gracias a cada "
    "paciente y familia que confía en nosotros. 💙",
    "population ages",
)

# 43
p(
    "en",
    "pasted_record",
    "pt Hernández, Luis — call daughter re: discharge, cell 939-555-0187, email hernandez.ivonne@yahoo.com. "
    "Ivonne prefers texts.",
    [
        ("NAME", "Hernández, Luis"),
        ("PHONE", "939-555-0187"),
        ("EMAIL", "hernandez.ivonne@yahoo.com"),
        ("NAME", "Ivonne"),
    ],
    note="pasted note: patient, daughter's phone, e-mail and name",
)

# 44
n(
    "es",
    "health_tip",
    "Si tienes diabetes, revisa tus pies todos los días 🦶. Una herida pequeña puede convertirse en algo "
    "grande. Pregunta por nuestra clínica de pie diabético en Caguas.",
    "generic tip",
)

# 45
p(
    "es",
    "memorial",
    "Hoy la unidad de diálisis de Bayamón tiene una silla vacía. Nos despedimos de Cheo, que por 11 años "
    "llegó puntual los martes, jueves y sábados con su radio en WKAQ. Hasta siempre, Cheo. 📻🕊️",
    [("NAME", "Cheo", "*")],
    note="nickname twice; Bayamón is the clinic; radio station is not a name",
)

# 46
n(
    "es",
    "public_figure",
    "El Estadio Hiram Bithorn se iluminó de rosa anoche en apoyo a nuestras pacientes de cáncer de seno. "
    "¡Gracias, Municipio de San Juan! 🎀",
    "stadium named after a person, municipality",
)

# 47
p(
    "es",
    "birth_announcement",
    "Los primeros trillizos del año en nuestra sala de partos: Sofía, Sebastián y Santiago llegaron el 2 "
    "de enero a las 3:14 a.m. 💕💙💙 ¡Mamá Naiomi está feliz (y cansadísima)!",
    [
        ("NAME", "Sofía"),
        ("NAME", "Sebastián"),
        ("NAME", "Santiago"),
        ("DATE", "2 de enero"),
        ("NAME", "Naiomi"),
    ],
    note="triplets' names, birth date, mother",
)

# 48
n(
    "en",
    "recruitment",
    "We're hiring respiratory therapists in San Juan and Ponce! Bilingual a plus. Apply at "
    "careers.hospitalflamboyan.org or call (787) 555-0100. #NowHiring",
    "recruitment, hospital domain and phone",
)

# 49
p(
    "es",
    "patient_story",
    "Nuestra compañera Glorimar, enfermera de pediatría por 20 años, esta vez fue la paciente: hoy "
    "terminó su última quimio y tocó la campana 🔔. ¡Te queremos, Glori! #GlorimarFuerte",
    [("NAME", "Glorimar"), ("NAME", "Glori"), ("NAME", "#GlorimarFuerte")],
    note="staff member who is the patient; short form and hashtag",
)

# 50
n(
    "es",
    "event",
    "Caminata 'Corazones de Borinquen' el domingo 9 de febrero, salida 6:30 a.m. desde el Paseo de Diego "
    "en Río Piedras. 🫀 Inscríbete en fundacionflamboyan.org",
    "event date, street named after a person",
)

# 51
p(
    "es",
    "milestone_birthday",
    "🎉 ¡NOVENTA Y NUEVE! 🎉 Don Leoncio, de Jayuya, celebró hoy en hemodiálisis con pasteles, cuatro y "
    "aguinaldos. Dice que el año que viene quiere una trulla completa pa' los 100.",
    [("AGE", "NOVENTA Y NUEVE"), ("NAME", "Leoncio"), ("GEO", "Jayuya"), ("AGE", "100")],
    note="age in capital words and his coming 100th birthday",
)

# 52
n(
    "es",
    "crisis_update",
    "Aviso: por el huracán Ernesto, las clínicas de Caguas y Ponce cierran mañana. Emergencias en San Juan "
    "abierta 24/7. Pacientes de diálisis: su turno se adelanta a hoy. Info: (787) 555-0111. 🌀",
    "storm name, hospital number",
)

# 53
p(
    "en",
    "public_figure",
    "Former Cangrejeros slugger Wichie Ortiz Ramos asked us to share that he's recovering well after his "
    "knee replacement here last week. He says he'll be back at Roberto Clemente Stadium for opening day. ⚾",
    [("NAME", "Wichie Ortiz Ramos")],
    note="public figure (fictional) who is a patient; stadium named after a person not labelled",
)

# 54
n(
    "es",
    "eponymous_condition",
    "¿Temblor en las manos? No siempre es Parkinson. El temblor esencial es más común. Habla con tu médico "
    "de cabecera. 🤲",
    "eponymous condition",
)

# 55
p(
    "es",
    "thank_you",
    "A la señora del carro rojo que nos trajo 40 alcapurrias el viernes: gracias. Nos dijo que eran 'por "
    "lo bien que cuidaron a mi Papo en el cuarto 318'. 🥹",
    [("NAME", "Papo"), ("OTHER_ID", "cuarto 318")],
    note="patient nickname and room",
)

# 56
n(
    "es",
    "anonymous_story",
    "Esta semana un paciente de más de 90 años nos enseñó a jugar dominó en la sala de espera. Perdimos "
    "todas. 😂 #VidaEnElHospital",
    "'más de 90' is the Safe Harbor aggregate, no other identifier",
)

# 57
p(
    "es",
    "pasted_record",
    "Plan: MCS Classicare ID MCS440219873 / Cuenta 20-558173 / Pac. Méndez Cruz, Ana L. / copago pendiente",
    [("HEALTH_PLAN", "MCS440219873"), ("ACCOUNT", "20-558173"), ("NAME", "Méndez Cruz, Ana L")],
    note="billing line: plan id, account, name",
)

# 58
n(
    "en",
    "sponsor",
    "Huge thanks to Banco del Mar and the Vélez Figueroa family for sponsoring our new pediatric playroom! 🧸 "
    "The Sala Vélez Figueroa opens next month.",
    "donor family and room named after them",
)

# 59
p(
    "es",
    "discharge",
    "se nos fue pa casa la mas guerrera 💜 luz maría, 11 añitos, 2 trasplantes y una sonrisa que ilumina "
    "todo el piso. te vamos a extrañar mucho, luz maría!! #pediatria",
    [("NAME", "luz maría", "*")],
    note="lower-case compound first name, twice",
)

# 60
n(
    "es",
    "health_tip",
    "La presión alta no duele, pero daña tus riñones. Chequéatela gratis en cualquier farmacia o en "
    "nuestras clínicas de Bayamón, Caguas y Ponce. 🩺",
    "generic tip",
)

# 61
p(
    "es",
    "patient_story",
    "Desde el huracán María, doña Cusa, de Utuado, duerme con el concentrador de oxígeno conectado a un "
    "generador. Ayer se fue la luz otra vez, el generador no prendió y su hijo Wilfredo la bajó en la "
    "guagua por toda la carretera hasta nuestra sala de emergencias. Ya está estable y con su cafecito. "
    "Esto es lo que viven muchas familias de la montaña cada vez que hay un apagón. 💙",
    [("NAME", "Cusa"), ("GEO", "Utuado"), ("NAME", "Wilfredo")],
    note="long post: nickname, mountain town, son",
)

# 62
n(
    "es",
    "crisis_update",
    "Se restableció el servicio eléctrico en nuestra clínica de Caguas. Gracias a LUMA y al personal de "
    "mantenimiento que estuvo toda la noche con la planta. ⚡ Las citas de hoy siguen en pie.",
    "crisis update",
)

# 63
p(
    "en",
    "milestone_birthday",
    "Happy 102nd birthday, Miss Hope! 🎈 Born on Valentine's Day in Loíza, she still does her crossword "
    "every morning in Spanish AND English. Cheers to you, Hope!",
    [("AGE", "102nd"), ("NAME", "Hope", "*"), ("DATE", "Valentine's Day"), ("GEO", "Loíza")],
    note="ordinal age, name that is a word, birth holiday, birthplace",
)

# 64
n(
    "es",
    "event",
    "Este 14 de febrero, Día de San Valentín, regálale salud a tu corazón: evaluaciones gratis en nuestro "
    "vestíbulo de San Juan. ❤️",
    "event date / holiday",
)

# 65
p(
    "es",
    "pasted_record",
    "Nota enfermería 03:15 — pac. cama 7, Sr. Vázquez, refiere dolor 8/10, se notifica a Dr. Marrero. "
    "Familiar (esposa Nilda) tel. 787-555-0192.",
    [("OTHER_ID", "cama 7"), ("NAME", "Vázquez"), ("NAME", "Nilda"), ("PHONE", "787-555-0192")],
    note="nursing note: bed, surname, wife and phone; doctor not labelled",
)

# 66
n(
    "en",
    "sponsor",
    "Thank you to the family of the late bandleader Rafi Colón Tirado for donating his congas to our music "
    "therapy room. 🎶 They'll be played every Friday.",
    "donor family of a public figure, not a patient",
)

# 67
p(
    "es",
    "patient_story",
    "Esperanza nunca perdió la esperanza. 🌻 Después de 8 meses esperando un riñón, la llamaron el 12 de "
    "agosto y hoy está en casa en Toa Baja. Gracias a la familia donante que, en medio de su dolor, dijo que sí.",
    [("NAME", "Esperanza"), ("DATE", "12 de agosto"), ("GEO", "Toa Baja")],
    note="name that is a word, transplant date, town",
)

# 68
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Kawasaki afecta mayormente a niños menores de 5 años. Fiebre por más de 5 días, ojos "
    "rojos y labios agrietados: acude a tu pediatra. 👶",
    "eponymous condition",
)

# 69
p(
    "es",
    "discharge",
    "Mi gente, ¡Bebo ya esta en casa! 🏡 Gracias a todos los que preguntaron por él en los comentarios. "
    "Su esposa Chabela nos dice que ya está peleando por el control remoto. 😂",
    [("NAME", "Bebo"), ("NAME", "Chabela")],
    note="nicknames of patient and wife",
)

# 70
n(
    "es",
    "staff_spotlight",
    "Felicidades al Dr. Ramón Emeterio Quiles, jefe de cirugía, por su nombramiento en la Academia de "
    "Medicina. 🏅 (Sí, sus papás le pusieron el nombre por Betances.)",
    "staff and historical figure",
)

# 71
p(
    "es",
    "milestone_birthday",
    "¡Centenaria y con flow! 💃 Doña Chiqui, de Cataño, celebró su cumpleaños bailando 'El Menú' de El Gran "
    "Combo con el terapista físico. ¡Feliz cumpleaños, Chiqui!",
    [("AGE", "Centenaria"), ("NAME", "Chiqui", "*"), ("GEO", "Cataño")],
    note="'Centenaria' states the age; nickname; town",
)

# 72
n(
    "en",
    "campaign_hashtag",
    "Every donation keeps a dialysis chair running through the next blackout. Give today: "
    "fundacionflamboyan.org/luz #LightsOnForDialysis #FlamboyanStrong",
    "campaign hashtags, hospital domain",
)

# 73
p(
    "es",
    "pasted_record",
    "Alta pendiente: TORRES MALDONADO, EMMANUEL — SS 581-22-0937 — coordinar transporte a Naranjito "
    "(Bo. Cedro Arriba)",
    [
        ("NAME", "TORRES MALDONADO, EMMANUEL"),
        ("SSN", "581-22-0937"),
        ("GEO", "Naranjito"),
        ("GEO", "Cedro Arriba"),
    ],
    note="name, SSN, town and barrio",
)

# 74
n(
    "es",
    "statistic",
    "Dato: más o menos 1 de cada 7 adultos en Puerto Rico tiene enfermedad renal crónica y muchos no lo "
    "saben. Hazte la prueba de creatinina. 🩸",
    "population statistic",
)

# 75
p(
    "es",
    "patient_story",
    "💬 'Mi abuela Sixta estuvo en la habitación 1204 en diciembre y las enfermeras le cantaban parrandas "
    "todas las noches' — comentario de Yahaira R. ¡Gracias por compartir! Así se vive la Navidad en el Flamboyán. 🎄",
    [
        ("NAME", "Sixta"),
        ("OTHER_ID", "habitación 1204"),
        ("DATE", "diciembre"),
        ("NAME", "Yahaira R"),
    ],
    note="quoted comment: grandmother, room, month of stay, granddaughter",
)

# 76
n(
    "es",
    "health_tip",
    "¡OJO! EL DENGUE ESTÁ EN AUMENTO EN LA ISLA. ELIMINA EL AGUA ESTANCADA EN GOMAS, TIESTOS Y CUBOS. SI "
    "TIENES FIEBRE Y DOLOR DETRÁS DE LOS OJOS, VE AL MÉDICO. 🦟",
    "all-caps generic tip",
)

# 77
p(
    "en",
    "thank_you",
    "Shoutout to Pops and his crew of grandkids who made 200 get-well cards for our pediatric floor! 🖍️ "
    "Pops was our patient in 5 West last spring and says this is his way of paying it forward.",
    [("NAME", "Pops", "*")],
    note="nickname used as name; season is not a date",
)

# 78
n(
    "es",
    "event",
    "Hoy, 14 de noviembre, Día Mundial de la Diabetes, ofrecemos pruebas de A1c gratis en la clínica de "
    "Bayamón, Carr 2 Km 11.7. 💙",
    "awareness day, hospital address",
)

# 79
p(
    "es",
    "patient_story",
    "Dicen que los milagros no existen. Que le pregunten a Jesús Manuel, que llegó sin pulso la madrugada "
    "del 24 de diciembre y hoy, tres meses después, tocó el güiro en nuestra parranda de Reyes. 🎶",
    [("NAME", "Jesús Manuel"), ("DATE", "24 de diciembre")],
    note="name, admission date",
)

# 80
n(
    "en",
    "eponymous_condition",
    "Crohn's disease and ulcerative colitis affect thousands of people in Puerto Rico. Join our IBD support "
    "group, first Tuesday of every month at the Ponce clinic, 2445 Ave Hostos. 💜",
    "eponymous condition, hospital address",
)

# 81
p(
    "es",
    "discharge",
    "Después de 6 semanas, la pequeña Estrella se va a casa con sus papás, Kiara y Joel 🌟 Llegó a las 26 "
    "semanas pesando 1 libra y 9 onzas. ¡Brilla siempre, Estrella!",
    [("NAME", "Estrella", "*"), ("NAME", "Kiara"), ("NAME", "Joel")],
    note="name that is a word; parents",
)

# 82
n(
    "es",
    "recruitment",
    "Buscamos técnicos de diálisis para el turno de madrugada en Bayamón. Requisito: certificación vigente. "
    "Llama a Recursos Humanos al (787) 555-0100, ext. 2231.",
    "recruitment, hospital phone",
)

# 83
p(
    "es",
    "pasted_record",
    "Pacientes HD turno 2 (Dr. Nieves de guardia): Ortiz, Candelaria / Ramos Ruiz, Wilfredo / Pérez, Ángel L. "
    "/ Cintrón, Mayra",
    [
        ("NAME", "Ortiz, Candelaria"),
        ("NAME", "Ramos Ruiz, Wilfredo"),
        ("NAME", "Pérez, Ángel L"),
        ("NAME", "Cintrón, Mayra"),
    ],
    note="pasted dialysis shift list; doctor on call not labelled",
)

# 84
n(
    "es",
    "public_figure",
    "'Lamento borincano' sonó hoy en el vestíbulo gracias al trío de la Escuela Libre de Música. Rafael "
    "Hernández escribió esta joya en 1929 y todavía nos eriza la piel. 🎸",
    "historical composer",
)

# 85
p(
    "en",
    "patient_story",
    "Grace came in after a fall at her home in Urb. Santa Juanita, Bayamón, and left with a new hip and a "
    "new best friend — our therapy dog, Canela. 🐶 Grace, Canela says she misses you!",
    [("NAME", "Grace", "*"), ("GEO", "Santa Juanita"), ("GEO", "Bayamón")],
    note="name that is a word; urbanización and town of home; therapy dog not labelled",
)

# 86
n(
    "es",
    "anonymous_story",
    "Hoy un abuelito en diálisis nos dijo: 'Yo vine pa' que me limpien la sangre, no pa' que me limpien en "
    "el dominó.' Perdió igual. 😂",
    "anonymous",
)

# 87
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a Margarita Collazo Ríos, nuestra paciente más querida de oncología en "
    "Caguas. Falleció el 2 de noviembre, Día de los Difuntos, rodeada de sus hijos y de las canciones de "
    "Felipe Rodríguez que tanto le gustaban. Su sonrisa en la sala de quimio nos acompañó por seis años. 🌼",
    [
        ("NAME", "Margarita Collazo Ríos"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de los Difuntos"),
    ],
    note="full name, death date named twice; Caguas is the clinic; singer not labelled",
)

# 88
n(
    "es",
    "health_tip",
    "¿Tienes cita de diálisis y se va la luz en tu casa? Tu turno NO se cancela. Si necesitas transportación, "
    "llama al (787) 555-0133 o escribe a dialisis@flamboyansalud.org.",
    "hospital phone and e-mail",
)

# 89
p(
    "es",
    "thank_you",
    "A Cuca y a su esposo Papo Vélez, que vinieron desde Hormigueros con 3 neveritas de limber para el "
    "personal de intensivo: ¡ustedes son lo máximo! Cuca estuvo aquí en octubre y no se olvidó de nadie. 🍧",
    [("NAME", "Cuca", "*"), ("NAME", "Papo Vélez"), ("GEO", "Hormigueros"), ("DATE", "octubre")],
    note="former patient and husband, town, month of stay",
)

# 90
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Grace Santiago, our new pediatric nephrologist! She trained in Boston, grew up in Mayagüez and "
    "makes a mean arroz con gandules. Welcome home, Dr. Santiago! 🎉",
    "staff doctor and her home town",
)

# 91
p(
    "es",
    "milestone_birthday",
    "¿Quién dijo que hay edad pa' retirarse? 🏐 Don Pichi, paciente de nuestra clínica de Ponce, sigue "
    "jugando voleibol los domingos en el barrio Machuelo. ¡90 años de puro corazón!",
    [("NAME", "Pichi"), ("GEO", "Machuelo"), ("AGE", "90")],
    note="nickname, barrio, age exactly 90",
)

# 92
n(
    "es",
    "eponymous_condition",
    "Hoy es el Día Mundial del Alzheimer. 🧠 Si cuidas a un familiar con demencia, nuestro grupo de apoyo "
    "se reúne el último jueves de cada mes en San Juan. No estás solo/a.",
    "eponymous condition, awareness day",
)

# 93
p(
    "es",
    "pasted_record",
    "Enc# 7712045 | DÁVILA, ROSA M | Adm 9/14 | Hab 803 | Alergias: PCN",
    [
        ("OTHER_ID", "7712045"),
        ("NAME", "DÁVILA, ROSA M"),
        ("DATE", "9/14"),
        ("OTHER_ID", "Hab 803"),
    ],
    note="encounter number, name, admission date, room",
)

# 94
n(
    "es",
    "sponsor",
    "Gracias a la Cooperativa de Ahorro y Crédito de Jayuya por donar 20 sillas de ruedas a nuestra clínica "
    "de Ponce. ♿",
    "sponsor",
)

# 95
p(
    "en",
    "thank_you",
    "@carmen_boricua77 Thanks for the kind words about your dad! We'll pass them along to the 3rd floor "
    "team. Tell Don Ernesto we said hi 👋",
    [("OTHER_ID", "@carmen_boricua77"), ("NAME", "Ernesto")],
    note="daughter's handle, patient's first name",
)

# 96
n(
    "es",
    "crisis_update",
    "Tras el temblor de esta madrugada, todos nuestros pacientes y empleados están bien. Evaluamos la "
    "estructura del edificio de Ponce: sin daños. 🙏",
    "crisis update",
)

# 97
p(
    "es",
    "birth_announcement",
    "🎄 ¡Un regalo de Nochebuena! Nació Noel, 7 libras y 11 onzas, en nuestra sala de partos de San Juan. "
    "Papá Jonathan dice que el nombre era obvio. 😅",
    [("DATE", "Nochebuena"), ("NAME", "Noel"), ("NAME", "Jonathan")],
    note="birth on a holiday, baby and father",
)

# 98
n(
    "es",
    "statistic",
    "Las personas mayores de 90 años son el grupo que más crece en Puerto Rico. Por eso abrimos una clínica "
    "geriátrica en Caguas. 👵🏽",
    "population ages",
)

# 99
p(
    "es",
    "patient_story",
    "La Dra. Carmen Laura Pizarro, nuestra directora médica, estuvo esta semana del otro lado de la camilla: "
    "la operamos de la vesícula y ya está de vuelta. ¡Bienvenida, Carmen Laura! 😄",
    [("NAME", "Carmen Laura Pizarro"), ("NAME", "Carmen Laura", 2)],
    note="staff member who is the patient",
)

# 100
n(
    "en",
    "event",
    "Save the date: Saturday, May 3 — Fun Run for Kidneys at Parque Luis Muñoz Rivera. 5K and 1-mile family "
    "walk. Sign up at flamboyansalud.org/5k 🏃",
    "event date, park named after historical figure",
)

# 101
p(
    "es",
    "milestone_birthday",
    "FELISIDADES A DOÑA MONSERRATE 'MONCHA' ALVARADO POR SUS 106 AÑOS!!! 🥳 LA ABUELA MÁS GOZONA DE MOROVIS",
    [("NAME", "MONSERRATE 'MONCHA' ALVARADO"), ("AGE", "106"), ("GEO", "MOROVIS")],
    note="all caps with typo; name with quoted nickname; age; town",
)

# 102
n(
    "es",
    "staff_spotlight",
    "Don Tito Meléndez, de 82 años, lleva 25 años como voluntario en la capilla. Dice que no se retira hasta "
    "que el Flamboyán lo bote. 😂 ¡Gracias, don Tito!",
    "volunteer",
)

# 103
p(
    "es",
    "patient_story",
    "Kevin tenía 17 cuando lo atropellaron en la marginal de Levittown. 🙏 Hoy, 2 años después, se gradúa "
    "de enfermería práctica y quiere trabajar con nosotros. Dale, Kevin!!",
    [("NAME", "Kevin", "*"), ("GEO", "Levittown")],
    note="name and place of injury",
)

# 104
n(
    "es",
    "eponymous_condition",
    "La parálisis de Bell suele mejorar sola en semanas, pero hay que descartar un derrame. Si se te cae un "
    "lado de la cara, ve a emergencias. BE-FAST 🧠",
    "eponymous condition",
)

# 105
p(
    "es",
    "thank_you",
    "Recibimos esta carta escrita a mano: 'Gracias por salvarle la vida a mi nene Yandel en la sala de "
    "trauma. Firmado: Mirta Ocasio, Urb. Las Lomas, Río Piedras'. La guardamos en la estación de enfermería. 💌",
    [("NAME", "Yandel"), ("NAME", "Mirta Ocasio"), ("GEO", "Las Lomas"), ("GEO", "Río Piedras")],
    note="patient, mother, urbanización and district",
)

# 106
n(
    "en",
    "health_tip",
    "Heat index above 105°F today. If you're over 65 or on dialysis, stay indoors, drink fluids as "
    "instructed and check on your neighbors. 🥵",
    "generic tip",
)

# 107
p(
    "es",
    "discharge",
    "Se fue Sol y salió el sol ☀️ Después de 40 días en la unidad de quemados, Marisol (Sol pa' los panas) "
    "regresó a Aibonito. ¡Te queremos!",
    [("NAME", "Sol", "*"), ("NAME", "Marisol"), ("GEO", "Aibonito")],
    note="nickname that is a word next to the word itself; full first name; town",
)

# 108
n(
    "es",
    "campaign_hashtag",
    "#FlamboyánContigo: porque nadie debería enfrentar el cáncer solo. Comparte tu mensaje de apoyo a "
    "nuestros pacientes con el hashtag. 💛",
    "campaign hashtag",
)

# 109
p(
    "en",
    "pasted_record",
    "Room 1127 - pt Nieves, DOB 12/25/1929, family at bedside (son Ramón, 787-555-0168). Code status: DNR.",
    [
        ("OTHER_ID", "Room 1127"),
        ("NAME", "Nieves"),
        ("DATE", "12/25/1929"),
        ("NAME", "Ramón"),
        ("PHONE", "787-555-0168"),
    ],
    note="room, surname, date of birth, son and his phone",
)

# 110
n(
    "es",
    "event",
    "Noche de salsa a beneficio del Fondo de Diálisis: 21 de junio en el Coliseo de Puerto Rico José Miguel "
    "Agrelot. 🎺 Boletos en fundacionflamboyan.org",
    "event date, venue named after a person",
)

# 111
p(
    "es",
    "patient_story",
    "Doña Pura lleva 30 años en diálisis — sí, ¡30! — y nunca ha faltado a un turno, ni con María, ni con "
    "Fiona, ni con los apagones. Hoy la unidad de Caguas le hizo un homenaje. 👏 #DoñaPura",
    [("NAME", "Pura"), ("NAME", "#DoñaPura")],
    note="name that is a word; name hashtag; hurricanes not labelled",
)

# 112
n(
    "es",
    "public_figure",
    "¡Qué visita! El jardinero de los Criollos de Caguas, Luisito Font, pasó la tarde firmando bolas en "
    "pediatría ⚾ Los nenes estaban locos.",
    "visiting ballplayer, not a patient",
)

# 113
p(
    "es",
    "pasted_record",
    "Orden de transporte: recoger a pac. Figueroa en Carr. 149 km 23.4, Bo. Toro Negro, Ciales. Contacto: "
    "nieta Sheila (939) 555-0174.",
    [
        ("NAME", "Figueroa"),
        ("GEO", "Carr. 149 km 23.4"),
        ("GEO", "Toro Negro"),
        ("GEO", "Ciales"),
        ("NAME", "Sheila"),
        ("PHONE", "(939) 555-0174"),
    ],
    note="road and km marker address, barrio, town, granddaughter and phone",
)

# 114
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back today — now 6 years old — to donate her piggy bank to the unit. 🐷💕 "
    "We're not crying, you're crying.",
    "anonymous NICU graduate",
)

# 115
p(
    "es",
    "milestone_birthday",
    "Cien velitas pa' doña Nena 🕯️ Nacida el 25 de julio en el barrio Mameyes de Jayuya, hoy celebró con su "
    "bisnieta Adriana. ¡Que cumpla muchos más!",
    [
        ("AGE", "Cien"),
        ("NAME", "Nena"),
        ("DATE", "25 de julio"),
        ("GEO", "Mameyes"),
        ("GEO", "Jayuya"),
        ("NAME", "Adriana"),
    ],
    note="age in a word, nickname, birth date, barrio, town, great-granddaughter",
)

# 116
n(
    "es",
    "eponymous_condition",
    "El linfoma de Hodgkin tiene una de las tasas de curación más altas entre los cánceres. Conoce nuestra "
    "Unidad de Hematología 'Dr. Bailey K. Ashford'. 🎗️",
    "eponymous condition, unit named after historical figure",
)

# 117
p(
    "es",
    "thank_you",
    "Compartimos este comentario 💬 'gracias al corillo de enfermeras del 8vo piso q cuidaron a mi hermano "
    "tito como si fuera familia, bendiciones de parte de wanda y toda la familia en trujillo alto 🙏'",
    [("NAME", "tito"), ("NAME", "wanda"), ("GEO", "trujillo alto")],
    note="lower-case names of patient and sister, lower-case town",
)

# 118
n(
    "es",
    "health_tip",
    "Los viejitos de la casa necesitan vacuna de influenza, neumococo, culebrilla y COVID. Llévalos a "
    "vacunar antes de Navidad. 💉",
    "generic tip",
)

# 119
p(
    "en",
    "memorial",
    "Rest easy, Cuco. 🕊️ For 9 years you greeted every nurse in our Bayamón dialysis unit with 'Buenos "
    "días, mi reina.' Our hearts are with your wife Lydia and the whole Santiago family.",
    [("NAME", "Cuco"), ("NAME", "Lydia"), ("NAME", "Santiago")],
    note="nickname, wife, family surname; Bayamón is the clinic",
)

# 120
n(
    "en",
    "public_figure",
    "Roberto Clemente once said: 'Any time you have an opportunity to make a difference in this world and "
    "you don't, then you are wasting your time on Earth.' Volunteer with us: flamboyansalud.org/voluntarios",
    "historical figure quote",
)

# 121
p(
    "es",
    "pasted_record",
    "Wristband #WB-30047182 / MARTÍNEZ LUGO, YAMILET / Bed 14 L&D / FUM 3 de febrero",
    [
        ("OTHER_ID", "WB-30047182"),
        ("NAME", "MARTÍNEZ LUGO, YAMILET"),
        ("OTHER_ID", "Bed 14"),
        ("DATE", "3 de febrero"),
    ],
    note="wristband id, name, bed, last menstrual period date",
)

# 122
n(
    "es",
    "anonymous_story",
    "Una abuela de 88 años nos tejió 30 gorritos para los bebés de la NICU. 🧶 Nos pidió que no pusiéramos "
    "su nombre, así que: ¡gracias, abuela anónima!",
    "anonymous, age under 90",
)

# 123
p(
    "es",
    "patient_story",
    "Los panas de Tuto vinieron desde Canóvanas e hicieron una caravana de motoras frente a emergencias "
    "cuando salió de la operación 🏍️🔥 ¡Ese es el corillo!",
    [("NAME", "Tuto"), ("GEO", "Canóvanas")],
    note="nickname and home town of his friends",
)

# 124
n(
    "es",
    "hospital_contact",
    "📞 Directorio: Central (787) 555-0100 · Emergencias (787) 555-0111 · Citas (787) 555-0122 · Fundación "
    "(787) 555-0166. Síguenos en @FlamboyanSalud y @FundacionFlamboyan.",
    "hospital phones and handles",
)

# 125
p(
    "en",
    "patient_story",
    "Meet Bear 🐻 — that's what everyone on his Little League team calls 8-year-old Osvaldo. He was "
    "diagnosed with type 1 diabetes on Three Kings Day and now checks his own sugar before every game.",
    [("NAME", "Bear"), ("NAME", "Osvaldo"), ("DATE", "Three Kings Day")],
    note="nickname that is a word, first name, diagnosis holiday",
)

# 126
n(
    "es",
    "eponymous_condition",
    "Hashimoto, Addison, Cushing: tres nombres que escucharás en nuestra charla gratuita de endocrinología, "
    "jueves 6:00 p.m. en Caguas. 🦋",
    "eponymous conditions",
)

# 127
p(
    "es",
    "discharge",
    "Chucho y Chucha 😂 así les dicen a don Jesús y doña Jesusa, casados hace 65 años, que terminaron "
    "hospitalizados la misma semana en el piso 9. Hoy salieron juntitos y de la mano. ❤️",
    [("NAME", "Chucho"), ("NAME", "Chucha"), ("NAME", "Jesús"), ("NAME", "Jesusa")],
    note="couple's nicknames and names",
)

# 128
n(
    "en",
    "statistic",
    "Our Vieques telehealth program logged 2,100 visits last year. Patients over 90 made up 12% of them — "
    "proof that video calls aren't just for the young. 📱",
    "population ages",
)

# 129
p(
    "es",
    "thank_you",
    "Gracias, Yiyo, por la pintura del flamboyán que donaste a la sala de diálisis después de tu trasplante "
    "🎨 Ya está colgada frente a la silla 12, donde pasaste 4 años.",
    [("NAME", "Yiyo"), ("OTHER_ID", "silla 12")],
    note="nickname; dialysis chair tied to the patient",
)

# 130
n(
    "es",
    "event",
    "Misa de acción de gracias por nuestros pacientes y familias, viernes 8 de diciembre a las 11:00 a.m. "
    "en la capilla San Martín de Porres. 🙏",
    "event date, chapel named after a saint",
)

# 131
p(
    "es",
    "memorial",
    "Hoy hace un año que se nos fue Nando, el nene de la 4 Sur que nos enseñó a jugar Fortnite. Su mamá "
    "Maribel trajo pizza para todo el piso en su memoria. 💙 #NandoPorSiempre",
    [("NAME", "Nando"), ("NAME", "Maribel"), ("NAME", "#NandoPorSiempre")],
    note="nickname, mother, name hashtag; anniversary is relative",
)

# 132
n(
    "en",
    "hospital_contact",
    "Our main campus is at 1500 Ave Ponce de León, San Juan, PR 00909. Parking entrance on Calle Cerra. "
    "Questions? info@hospitalflamboyan.org",
    "hospital address",
)

# 133
p(
    "es",
    "pasted_record",
    "RE: traslado — pac. ÁLVAREZ PADILLA, MIGUEL ÁNGEL, MRN 66-031-4478, dializa en Bayamón L-M-V, vive en "
    "Urb. Royal Town, calle 14 #B-22, Bayamón 00956.",
    [
        ("NAME", "ÁLVAREZ PADILLA, MIGUEL ÁNGEL"),
        ("MRN", "66-031-4478"),
        ("GEO", "Royal Town"),
        ("GEO", "calle 14 #B-22"),
        ("GEO", "Bayamón", 2),
        ("GEO", "00956"),
    ],
    note="home address; first Bayamón is the dialysis clinic",
    ok=("Bayamón",),
)

# 134
n(
    "es",
    "staff_spotlight",
    "Felicitamos a nuestras 12 enfermeras que se certificaron en nefrología este año, entre ellas Zaida "
    "Rosado, Keila Morales y Luz Nereida Cruz. 👩‍⚕️",
    "staff names",
)

# 135
p(
    "es",
    "milestone_birthday",
    "Doña Dulce, la nonagenaria más dulce de Naranjito, cumple 95 hoy 🍬 y nos pidió una sola cosa: que le "
    "pongan a Ismael Rivera en la bocina.",
    [("NAME", "Dulce"), ("AGE", "nonagenaria"), ("GEO", "Naranjito"), ("AGE", "95")],
    note="name that is a word, 'nonagenaria' and number, town; singer not labelled",
)

# 136
n(
    "es",
    "crisis_update",
    "Por la sequía hay racionamiento de agua en Caguas y Cayey. Nuestra clínica de diálisis de Caguas tiene "
    "cisternas y opera normal. 💧",
    "crisis update",
)

# 137
p(
    "en",
    "birth_announcement",
    "First baby of 2025 at Flamboyán! 🎉 Welcome, Génesis Marie, born at 12:04 a.m. on January 1 to proud "
    "parents Dariana and Luis Javier of Guaynabo.",
    [
        ("NAME", "Génesis Marie"),
        ("DATE", "January 1"),
        ("NAME", "Dariana"),
        ("NAME", "Luis Javier"),
        ("GEO", "Guaynabo"),
    ],
    note="baby, birth date (bare year not labelled), parents, town",
)

# 138
n(
    "es",
    "campaign_hashtag",
    "#NoEstásSolo #FlamboyánFuerte: si tú o alguien que conoces está en crisis, llama o textea al 988. 💚",
    "campaign hashtags, national line",
)

# 139
p(
    "es",
    "patient_story",
    "Conocimos a Luz del Alba en el peor momento: llegó a nuestra sala de emergencias con la hemoglobina en "
    "4. Hoy es voluntaria los miércoles y dice que le devolvimos la luz. ✨",
    [("NAME", "Luz del Alba")],
    note="compound name with ordinary words",
)

# 140
n(
    "en",
    "eponymous_condition",
    "Down syndrome doesn't define anyone. 💙💛 Happy World Down Syndrome Day — March 21 — from our "
    "developmental pediatrics team!",
    "eponymous condition, awareness day",
)

# 141
p(
    "es",
    "thank_you",
    "@mamá_de_santi_pr Gracias por compartir cómo le fue a Santi en su primer día de kínder 🥹 ¡Quién lo "
    "diría después de 4 meses en la NICU!",
    [("OTHER_ID", "@mamá_de_santi_pr"), ("NAME", "Santi")],
    note="mother's handle, child's nickname",
)

# 142
n(
    "es",
    "anonymous_story",
    "Un bebé nació esta madrugada en una guagua pública frente a nuestra clínica de Caguas. El chofer se "
    "merece una medalla. 🚌👶",
    "anonymous birth at the hospital's door",
)

# 143
p(
    "es",
    "pasted_record",
    "Hab 614: Sra. Correa (hija Damaris pide que no le den info a nadie más). Hab 615: Sr. Báez — alta AM.",
    [
        ("OTHER_ID", "Hab 614"),
        ("NAME", "Correa"),
        ("NAME", "Damaris"),
        ("OTHER_ID", "Hab 615"),
        ("NAME", "Báez"),
    ],
    note="room list with surnames and a daughter",
)

# 144
n(
    "es",
    "public_figure",
    "Las palabras de Ramón Emeterio Betances, médico y patriota, siguen vigentes: la salud pública es un "
    "deber. 🇵🇷 Hoy, 8 de abril, celebramos su natalicio.",
    "historical figure and his birthday",
)

# 145
p(
    "en",
    "milestone_birthday",
    "Ninety-three and still the best domino player in Carolina! 🎲 Happy birthday, Mr. Fonsi — the 3rd floor "
    "is lucky to have you this week.",
    [("AGE", "Ninety-three"), ("GEO", "Carolina"), ("NAME", "Fonsi")],
    note="age in words, town, nickname",
)

# 146
n(
    "es",
    "health_tip",
    "Después de un huracán, cuidado con el monóxido de carbono: nunca uses la planta eléctrica dentro de la "
    "casa ni en la marquesina cerrada. ⚠️",
    "generic tip",
)

# 147
p(
    "es",
    "birth_announcement",
    "¡Llegó Yeriel Andrés! 💙 Nació el 20 de septiembre — el mismo día que María tocó tierra hace unos años — "
    "y según su abuela Gloria, 'vino a traer la luz'. 🌀➡️☀️",
    [("NAME", "Yeriel Andrés"), ("DATE", "20 de septiembre"), ("NAME", "Gloria")],
    note="baby, birth date, grandmother; hurricane name not labelled",
)

# 148
n(
    "es",
    "recruitment",
    "¿Te gusta trabajar con viejitos? Buscamos trabajador/a social para la clínica geriátrica de Caguas, "
    "45 Calle Georgetti. Envía tu CV a empleos@flamboyansalud.org.",
    "recruitment, hospital address",
)

# 149
p(
    "es",
    "discharge",
    "¡Pollito se va pa' su casa en Loíza! 🐥 Nuestro paciente más chiquito de la NICU (1 libra 2 onzas al "
    "nacer el 30 de abril) ya pesa 5 libras. Felicidades a sus papás Yomaira y Carlos. 💛",
    [
        ("NAME", "Pollito"),
        ("GEO", "Loíza"),
        ("DATE", "30 de abril"),
        ("NAME", "Yomaira"),
        ("NAME", "Carlos"),
    ],
    note="nickname that is a word, town, birth date, parents",
)

# 150
n(
    "en",
    "event",
    "Join our Dialysis Patient Town Hall on Thursday, June 5, 6 p.m., at the Bayamón clinic (Carr 2 Km 11.7) "
    "or on Zoom. Spanish/English interpretation available.",
    "event date, hospital address",
)

# 151
p(
    "es",
    "patient_story",
    "A Cristian lo diagnosticamos con leucemia el 1ro de mayo de 2015, cuando tenía 15. Hoy tiene 24, es "
    "enfermero y trabaja en el mismo piso donde lo trataron. 🥲 ¡Bienvenido al equipo, colega!",
    [("NAME", "Cristian"), ("DATE", "1ro de mayo de 2015")],
    note="former patient now staff; diagnosis date with year",
)

# 152
n(
    "es",
    "research",
    "Nuestro equipo de nefrología publicó un estudio con 1,200 pacientes en diálisis sobre el impacto de los "
    "apagones tras el huracán María. 📄 Felicidades a la Dra. Marrero y su equipo.",
    "research news, staff",
)

# 153
p(
    "es",
    "memorial",
    "Q.E.P.D. Sra. Ana Delia Marrero Vda. de Colón, 98 años, paciente de nuestra clínica de Ponce. El "
    "personal de enfermería la recordará por sus cuentos de la zafra y su arroz con dulce.",
    [("NAME", "Ana Delia Marrero Vda. de Colón"), ("AGE", "98")],
    note="widow's full formal name, age",
)

# 154
n(
    "es",
    "sponsor",
    "Gracias a Supermercados El Coquí por donar 500 cajas de agua después del apagón. 💧 Y a don Pepe "
    "Acevedo, el dueño, que vino personalmente a entregarlas.",
    "donor",
)

# 155
p(
    "es",
    "pasted_record",
    "FACTURACIÓN — Cuenta #4410-228-019 — Paciente: Maldonado Rivera, Julio — Fecha servicio: 11/03 — "
    "Balance: $1,240.00 — Tel. 787-555-0119",
    [
        ("ACCOUNT", "4410-228-019"),
        ("NAME", "Maldonado Rivera, Julio"),
        ("DATE", "11/03"),
        ("PHONE", "787-555-0119"),
    ],
    note="billing line",
)

# 156
n(
    "en",
    "health_tip",
    "Blackout tip for insulin users: unopened insulin keeps at room temp for up to 28 days. Keep it out of "
    "the sun and never leave it in the car. ❄️",
    "generic tip",
)

# 157
p(
    "es",
    "public_figure",
    "Nuestro paciente, el exboxeador olímpico Efraín 'Frankie' Colón, nos pidió informar que está estable "
    "tras su infarto y agradece las oraciones de todo Puerto Rico. 🥊🙏",
    [("NAME", "Efraín 'Frankie' Colón")],
    note="public figure (fictional) who is a patient",
)

# 158
p(
    "es",
    "statistic",
    "En 10 años, nuestra unidad de diálisis de Ponce ha atendido a más de 4,000 pacientes. ¿El mayor? Un "
    "caballero de 101 años que nunca faltó a un turno. 🎉",
    [("AGE", "101")],
    note="statistic that singles out one patient's exact age over 89",
)

# 159
p(
    "en",
    "thank_you",
    "Thank you, Mrs. Joy Rivera-Lugo, for the 50 handmade quilts for our chemo unit in memory of your "
    "husband Ray, who was treated here. 🧵",
    [("NAME", "Joy Rivera-Lugo"), ("NAME", "Ray")],
    note="donor introduced as a patient's widow; the patient",
)

# 160
n(
    "es",
    "campaign_hashtag",
    "#ElFlamboyánFlorece 🌺 Cada junio, cuando florece el flamboyán frente a nuestra entrada de la Ponce de "
    "León, celebramos a todo el personal. ¡Gracias!",
    "campaign hashtag, hospital street",
)

# 161
p(
    "es",
    "patient_story",
    "'Yo soy de Vieques, mija, y allá no hay hospital', nos dijo doña Fefa, 91, que vino en la lancha para "
    "su cirugía de cataratas. Hoy ve hasta las iguanas. 🦎",
    [("GEO", "Vieques"), ("NAME", "Fefa"), ("AGE", "91")],
    note="home island municipality, nickname, age",
)

# 162
n(
    "es",
    "crisis_update",
    "Vieques lleva 3 días sin servicio de lancha por mal tiempo. Nuestro equipo de telemedicina está "
    "atendiendo a los pacientes de la Isla Nena por video. 📲",
    "place names, no patient",
)

# 163
p(
    "es",
    "discharge",
    "✨ alta médica ✨ Después de 3 semanas, Tío Memo regresa a Humacao. Sus sobrinos le hicieron un letrero "
    "que dice 'BIENVENIDO TÍO MEMO' y nosotros lo firmamos todos. 🥹",
    [("NAME", "Memo"), ("GEO", "Humacao"), ("NAME", "MEMO")],
    note="nickname in two cases, town",
)

# 164
n(
    "es",
    "staff_spotlight",
    "Hoy se retira doña Carmín Pérez después de 42 años en admisiones. Conoció a tres generaciones de "
    "pacientes y jamás olvidó un nombre. 🎉",
    "staff",
)

# 165
p(
    "es",
    "pasted_record",
    "Paciente: Jomar Ayala Reyes | Edad: 6 | Tutor: Lisandra Reyes | Dirección: Calle Orquídea 22, Urb. "
    "Jardines de Caparra, Bayamón PR 00959 | Tel: 787-555-0151",
    [
        ("NAME", "Jomar Ayala Reyes"),
        ("NAME", "Lisandra Reyes"),
        ("GEO", "Calle Orquídea 22"),
        ("GEO", "Jardines de Caparra"),
        ("GEO", "Bayamón"),
        ("GEO", "00959"),
        ("PHONE", "787-555-0151"),
    ],
    note="registration form: child, guardian, full address, phone",
)

# 166
n(
    "en",
    "eponymous_condition",
    "Is it Alzheimer's or normal aging? Forgetting where you put your keys is normal; forgetting what keys are "
    "for is not. Free memory screenings every Friday in Ponce. 🧠",
    "eponymous condition",
)

# 167
p(
    "es",
    "milestone_birthday",
    "Hoy celebramos en grande: ¡don Macario cumplió 100 años en nuestra sala de diálisis! 🥳 Lo trajo su hijo "
    "Macarito (de 74) desde Adjuntas, como cada lunes, miércoles y viernes.",
    [("NAME", "Macario"), ("AGE", "100"), ("NAME", "Macarito"), ("GEO", "Adjuntas")],
    note="centenarian, son (his age under 90), mountain town",
)

# 168
n(
    "es",
    "event",
    "Día Nacional de la Salsa 🎺 Este domingo nuestro personal bailará en el Hiram Bithorn con la orquesta de "
    "la Fundación. ¡Búscanos con la camisa roja!",
    "event, stadium named after a person",
)

# 169
p(
    "en",
    "patient_story",
    "Remember Tata? 👵🏽 Our 99-year-old dialysis warrior from Cidra is back on her feet after a nasty fall — "
    "and yes, she already asked for her café con leche. #TataStrong",
    [("NAME", "Tata"), ("AGE", "99-year-old"), ("GEO", "Cidra"), ("NAME", "#TataStrong")],
    note="nickname, hyphenated age, town, name hashtag",
)

# 170
n(
    "es",
    "anonymous_story",
    "Una paciente que llegó de la República Dominicana para su trasplante nos regaló una bandera firmada por "
    "toda su familia 🇩🇴🇵🇷 ¡Gracias!",
    "anonymous; a country is not GEO",
)

# 171
p(
    "es",
    "thank_you",
    "“Gracias a la Dra. Nieves por salvarle la pierna a mi papá Francisco Nieves.” — Ojo, mismo apellido, ¡pero "
    "no son familia! 😂 Gracias por el mensaje, familia Nieves.",
    [("NAME", "Francisco Nieves"), ("NAME", "Nieves", 3)],
    note="patient and family share the doctor's surname; the doctor's is not labelled",
    ok=("Nieves",),
)

# 172
n(
    "es",
    "health_tip",
    "Pacientes en diálisis: si ayunan en Semana Santa, consulten antes con su dietista. El sodio del bacalao "
    "no perdona. 🐟",
    "generic tip",
)

# 173
p(
    "es",
    "pasted_record",
    "pac. Díaz, Ramonita — 92 a — Cama 3, Sala de Observación — hija Brenda (787) 555-0146 — email "
    "brendadiaz1971@hotmail.com",
    [
        ("NAME", "Díaz, Ramonita"),
        ("AGE", "92"),
        ("OTHER_ID", "Cama 3"),
        ("NAME", "Brenda"),
        ("PHONE", "(787) 555-0146"),
        ("EMAIL", "brendadiaz1971@hotmail.com"),
    ],
    note="name, abbreviated age, bed, daughter's phone and e-mail",
)

# 174
n(
    "en",
    "staff_spotlight",
    "Congrats to Dr. Wilfredo 'Willie' Torres, 91, our oldest active volunteer physician, on 60 years of "
    "medicine! 🩺",
    "volunteer physician's age over 90 is not PHI",
)

# 175
p(
    "es",
    "patient_story",
    "Cuando Paz llegó a nuestra clínica de Ponce, no quería hablar con nadie. Tres meses de terapia después, "
    "nos escribió un poema que se llama 'En paz'. 📝 Gracias por dejarnos leerlo, Paz.",
    [("NAME", "Paz", "*")],
    note="name that is a word",
)

# 176
n(
    "es",
    "crisis_update",
    "Alerta de salud pública: aumento de casos de leptospirosis tras las inundaciones en Toa Baja. Evita "
    "caminar en agua estancada. 🐀",
    "public health alert for a town",
)

# 177
p(
    "es",
    "birth_announcement",
    "¡Wepa, llegaron los mellizos de Bayamón! Yamil y Yadiel nacieron el 4 de julio — sí, con fuegos "
    "artificiales incluidos 🎆 Mamá Coral y papá Rafy, ¡felicidades!",
    [
        ("GEO", "Bayamón"),
        ("NAME", "Yamil"),
        ("NAME", "Yadiel"),
        ("DATE", "4 de julio"),
        ("NAME", "Coral"),
        ("NAME", "Rafy"),
    ],
    note="home town, twins, birth date, parents",
)

# 178
n(
    "es",
    "hospital_contact",
    "¿Buscas la clínica de Caguas? Estamos en 45 Calle Georgetti, Caguas, PR 00725, frente a la plaza. Tel. "
    "(787) 555-0144. 📍",
    "hospital address",
)

# 179
p(
    "en",
    "pasted_record",
    "Pt portal user: mcolon_1948 — locked out. Pt Miguel Colón called from 787-555-0190, DOB 08/02/1948, "
    "needs reset. - R.M.",
    [
        ("OTHER_ID", "mcolon_1948"),
        ("NAME", "Miguel Colón"),
        ("PHONE", "787-555-0190"),
        ("DATE", "08/02/1948"),
    ],
    note="portal user name, name, phone, DOB; staff initials not labelled",
)

# 180
n(
    "es",
    "public_figure",
    "Hoy visitó nuestra unidad pediátrica Miss Puerto Rico. Los nenes le hicieron coronas de papel. 👑",
    "visiting public figure",
)

# 181
p(
    "es",
    "patient_story",
    "El Flaco llegó a la unidad de quemados hace 2 meses. Hoy se miró al espejo y dijo: 'sigo siendo el más "
    "bonito de Río Grande'. 😂💪 ¡Fuerza, Flaco!",
    [("NAME", "Flaco", "*"), ("GEO", "Río Grande")],
    note="nickname that is a word; home town",
)

# 182
n(
    "es",
    "event",
    "Vigilia por las víctimas del huracán María, 20 de septiembre, 7:00 p.m., en la plazoleta del hospital. "
    "Traigan una vela. 🕯️",
    "event date",
)

# 183
p(
    "es",
    "memorial",
    "En la foto: don Goyo con su cuatro en la sala de diálisis de Caguas, un mes antes de partir. Gracias a su "
    "familia por permitirnos compartirla. 🎸🕊️",
    [("PHOTO", "En la foto"), ("NAME", "Goyo")],
    note="photo of the patient, nickname",
)

# 184
n(
    "en",
    "staff_spotlight",
    "Pictured: our night shift ICU team after 14 straight hours during the blackout. 🔦 Heroes don't always "
    "wear capes — some wear scrubs.",
    "staff photo",
)

# 185
p(
    "es",
    "thank_you",
    "Grasias a todos los que compartieron #FuerzaKeyla 🙏 Keyla ya salió de intensivo y pasó a un cuarto "
    "regular. Su mamá dice que lo primero que pidió fue un mantecado de coco.",
    [("NAME", "#FuerzaKeyla"), ("NAME", "Keyla")],
    note="name hashtag and name",
)

# 186
n(
    "es",
    "health_tip",
    "El dengue, el zika y el chikungunya los transmite el mismo mosquito: el Aedes aegypti. Tapa los drones y "
    "limpia las canaletas. 🦟",
    "generic tip",
)

# 187
p(
    "es",
    "pasted_record",
    "Lic. conducir 7739102 / Tablilla HGT-482 / pac. Cruz Ortega, Ángel / admitido 3/17 / vehículo en "
    "estacionamiento B",
    [
        ("LICENSE", "7739102"),
        ("VEHICLE", "HGT-482"),
        ("NAME", "Cruz Ortega, Ángel"),
        ("DATE", "3/17"),
    ],
    note="licence, plate, name, admission date",
)

# 188
n(
    "es",
    "statistic",
    "El 18% de nuestros pacientes de diálisis tiene más de 80 años y el 3%, más de 90. 👵🏽👴🏽 La población "
    "envejece; nosotros nos preparamos.",
    "population ages",
)

# 189
p(
    "en",
    "patient_story",
    "Meet Peanut 🥜 (real name: Mariángel). Born at 24 weeks, she spent 112 days in our NICU. Today she turned "
    "1 and her mom Nilsa sent us this video of her first steps!",
    [("NAME", "Peanut"), ("NAME", "Mariángel"), ("NAME", "Nilsa"), ("PHOTO", "video")],
    note="nickname, real name, mother, video of the patient",
)

# 190
n(
    "es",
    "sponsor",
    "La Fundación Familia Benítez Rexach y la Fundación Flamboyán inauguran la Sala de Lactancia Felisa "
    "Rincón de Gautier. 🍼 ¡Gracias por su apoyo!",
    "donor family, room named after historical figure",
)

# 191
p(
    "es",
    "discharge",
    "Papo, Tata y Nenita: así les dicen a los tres hermanos Rosado, que estuvieron aquí con COVID al mismo "
    "tiempo. 😷 Hoy salió la última, Nenita. ¡Los queremos a los tres!",
    [("NAME", "Papo"), ("NAME", "Tata"), ("NAME", "Nenita", "*"), ("NAME", "Rosado")],
    note="three nicknames and the family surname",
)

# 192
n(
    "es",
    "recruitment",
    "¿Eres de Vieques o Culebra y quieres estudiar enfermería? Nuestra beca 'Isla Nena' cubre matrícula y "
    "hospedaje en San Juan. 🎓",
    "scholarship; 'Isla Nena' is Vieques' nickname, not a person",
)

# 193
p(
    "es",
    "patient_story",
    "Ustedes preguntaron por don Chema, el de la guayabera blanca que se hizo viral bailando en la sala de "
    "espera de Bayamón. 💃 Les contamos: salió bien de su angioplastia y ya está bailando en su casa en Dorado.",
    [("NAME", "Chema"), ("GEO", "Dorado")],
    note="nickname, home town; Bayamón waiting room is the clinic",
)

# 194
n(
    "es",
    "anonymous_story",
    "Esta Navidad, 47 pacientes de diálisis pasarán Nochebuena con nosotros. Si quieres donar un regalito o "
    "una tarjeta, escríbenos a voluntarios@flamboyansalud.org 🎁",
    "holiday not tied to a patient",
)

# 195
p(
    "es",
    "pasted_record",
    "Favor llamar a familiar: esposo Gerardo, (939) 555-0128 / gerardo.lebron@icloud.com — pac. Lebrón, "
    "Ivelisse, hab. 407",
    [
        ("NAME", "Gerardo"),
        ("PHONE", "(939) 555-0128"),
        ("EMAIL", "gerardo.lebron@icloud.com"),
        ("NAME", "Lebrón, Ivelisse"),
        ("OTHER_ID", "hab. 407"),
    ],
    note="husband's phone and e-mail, patient, room",
)

# 196
n(
    "en",
    "eponymous_condition",
    "Graves' disease, Hashimoto's thyroiditis, Addison's disease — our endocrinology team in Caguas treats "
    "them all. Appointments: (787) 555-0144.",
    "eponymous conditions",
)

# 197
p(
    "es",
    "milestone_birthday",
    "Ciento un añitos 🎂 cumple hoy doña Eusebia, de Guavate, y dice que lo único que le duele es que no la "
    "dejan comer lechón. 🐷 ¡Felicidades!",
    [("AGE", "Ciento un"), ("NAME", "Eusebia"), ("GEO", "Guavate")],
    note="age in words, name, barrio",
)

# 198
n(
    "es",
    "public_figure",
    "Felicidades a El Gran Combo por sus 62 años de música. En nuestra sala de diálisis, 'Un verano en Nueva "
    "York' es el himno oficial. 🎶",
    "public band",
)

# 199
p(
    "en",
    "thank_you",
    "“my grandma Nilda was in room 702 last week and your staff treated her like a queen” — thank you, "
    "Lorena! We shared this with the 7th floor. 💜",
    [("NAME", "Nilda"), ("OTHER_ID", "room 702"), ("NAME", "Lorena")],
    note="quoted comment: grandmother, room, granddaughter",
)

# 200
n(
    "es",
    "health_tip",
    "Hombres: el cáncer de próstata es el más común entre los boricuas. A partir de los 45-50, habla con tu "
    "médico sobre el cernimiento. 💙 #NoviembreAzul",
    "generic tip, campaign hashtag",
)

# 201
p(
    "es",
    "patient_story",
    "Coquí, así le dicen en el barrio a Edgardo porque nunca se calla 🐸. Hoy cumple un año de su trasplante "
    "de corazón, recibido el 7 de marzo. ¡Que siga cantando!",
    [("NAME", "Coquí"), ("NAME", "Edgardo"), ("DATE", "7 de marzo")],
    note="nickname that is a word, name, transplant date",
)

# 202
n(
    "es",
    "research",
    "Estudio clínico: buscamos voluntarios mayores de 90 años, con o sin diabetes, para un estudio sobre "
    "longevidad en Puerto Rico. Info: investigacion@flamboyansalud.org 🔬",
    "research recruitment, population ages",
)

# 203
p(
    "es",
    "public_figure",
    "Nuestro paciente más famoso de la semana: el luchador Cuervo Negro (sí, el de la tele 📺), quien nos dio "
    "permiso para contarles que su operación de rodilla salió perfecta. ¡A volver al ring!",
    [("NAME", "Cuervo Negro")],
    note="ring name of a (fictional) public-figure patient",
)

# 204
n(
    "es",
    "eponymous_condition",
    "El síndrome de Asperger ya no se usa como diagnóstico separado; hoy hablamos de trastorno del espectro "
    "autista. Abril es el mes de concienciación. 💙",
    "eponymous condition",
)

# 205
p(
    "es",
    "discharge",
    "Al fin en casa 🏠: nuestro querido Dr. Orlando Vega Suárez, cirujano de esta casa por 30 años, fue dado "
    "de alta hoy tras su bypass. ¡Lo esperamos en el quirófano, pero sin prisa, doc!",
    [("NAME", "Orlando Vega Suárez")],
    note="staff surgeon who is the patient",
)

# 206
n(
    "en",
    "crisis_update",
    "UPDATE 9:15 p.m.: All patients on ventilators and dialysis are safe. Generator power is stable at all "
    "four sites. Families can call (787) 555-0100 for updates. 🔋",
    "crisis update",
)

# 207
p(
    "es",
    "pasted_record",
    "Ingreso 10/22 — Pac. Ortiz Colón, Genoveva ('Beba'), 94 años, procedente de su casa en Gurabo.",
    [
        ("DATE", "10/22"),
        ("NAME", "Ortiz Colón, Genoveva"),
        ("NAME", "Beba"),
        ("AGE", "94"),
        ("GEO", "Gurabo"),
    ],
    note="admission date, name, nickname, age, town",
)

# 208
n(
    "es",
    "anonymous_story",
    "'Mi mamá entró aquí con miedo y salió con amigas' — nos escribió la hija de una paciente de oncología. "
    "Gracias por permitirnos compartirlo. 💜",
    "anonymous",
)

# 209
p(
    "es",
    "milestone_birthday",
    "¡103 AÑOS! 🎉 Don Pancho Rosa, de Isabela, celebró con su familia y su hija Rosa María le cantó 'Verde "
    "Luz'. Todo el piso lloró.",
    [("AGE", "103"), ("NAME", "Pancho Rosa"), ("GEO", "Isabela"), ("NAME", "Rosa María")],
    note="age, name, town, daughter; song title not a name",
)

# 210
n(
    "es",
    "staff_spotlight",
    "Presentamos a nuestro equipo de geriatría: Dra. Nilda Feliciano, Lcdo. Tito Rosario (trabajo social) y "
    "la enfermera Cusi Medina. 👩🏽‍⚕️ ¡Cuidan a nuestros viejitos como oro!",
    "staff names",
)

# 211
p(
    "en",
    "patient_story",
    "Sunny was only 4 when she came to our ER after a near-drowning at Balneario de Luquillo. Two years later, "
    "she's on the swim team. ☀️🏊 Keep shining, Sunny!",
    [("NAME", "Sunny", "*"), ("GEO", "Balneario de Luquillo")],
    note="name that is a word, place of injury",
)

# 212
n(
    "es",
    "event",
    "Este 19 de noviembre, Día del Descubrimiento de Puerto Rico, nuestras clínicas de Bayamón, Caguas y "
    "Ponce estarán cerradas. Emergencias en San Juan, abierta. 🇵🇷",
    "holiday closure",
)

# 213
p(
    "es",
    "thank_you",
    "Mil gracias a los vecinos de la calle Luna en Santurce, que hicieron turnos para llevar a doña Mercedes "
    "a su diálisis durante el apagón. 🙌 ¡Eso es comunidad!",
    [("GEO", "calle Luna"), ("GEO", "Santurce"), ("NAME", "Mercedes")],
    note="street and district of the patient's home, name",
)

# 214
n(
    "es",
    "public_figure",
    "Hoy, 27 de julio, Puerto Rico celebra el natalicio del Dr. José Celso Barbosa, uno de los primeros "
    "médicos puertorriqueños graduados en Estados Unidos. 🩺",
    "historical figure's birthday",
)

# 215
p(
    "es",
    "patient_story",
    "Bendito, ¿se acuerdan de Canito? 🐶 No, no es perro: es el nene de 7 años de Naguabo que estuvo aquí por "
    "dengue hemorrágico en septiembre. Ya está de vuelta en la escuela. 🎒",
    [("NAME", "Canito"), ("GEO", "Naguabo"), ("DATE", "septiembre")],
    note="nickname, town, month of admission",
)

# 216
n(
    "en",
    "recruitment",
    "Travel nurses: 13-week dialysis contracts in Ponce and Caguas, housing included. Beaches included too. "
    "🏖️ Apply: careers.hospitalflamboyan.org",
    "recruitment",
)

# 217
p(
    "es",
    "pasted_record",
    "Paciente VIP — no divulgar — Hab. 1010 — Sr. Rubén 'El Sonero' Matos — ingresado 1/30 por arritmia",
    [("OTHER_ID", "Hab. 1010"), ("NAME", "Rubén 'El Sonero' Matos"), ("DATE", "1/30")],
    note="public-figure patient in a pasted note: room, name with nickname, admission date",
)

# 218
n(
    "es",
    "health_tip",
    "Cuidado con los fuegos artificiales en Despedida de Año. Cada 31 de diciembre atendemos quemaduras en "
    "manos y ojos. 🎆",
    "generic date",
)

# 219
p(
    "es",
    "birth_announcement",
    "¡Pa' la Navidad llegó Jesús! 🎄 Nació el 25 de diciembre a las 12:01 a.m. en nuestra sala de partos de "
    "Ponce. Su mamá, Beatriz, dice que el nombre no estuvo en discusión. 😅",
    [("DATE", "Navidad"), ("NAME", "Jesús"), ("DATE", "25 de diciembre"), ("NAME", "Beatriz")],
    note="birth day named twice, baby and mother; Ponce is the clinic",
)

# 220
n(
    "es",
    "crisis_update",
    "Por la marejada ciclónica, el acceso por la Ave Ponce de León está cerrado frente al hospital. Usen la "
    "entrada de la Calle Cerra. 🌊",
    "hospital streets",
)

# 221
p(
    "es",
    "pasted_record",
    "Device: marcapasos Medtronic SN PJN448201H / Pac.: Rodríguez, Teodoro / seguimiento 6 meses",
    [("DEVICE", "PJN448201H"), ("NAME", "Rodríguez, Teodoro")],
    note="device serial, name",
)

# 222
n(
    "es",
    "anonymous_story",
    "Un señor de más de 90 años vino hoy a vacunarse caminando desde su casa. Dijo que 'pa' eso Dios me dio "
    "patas'. 😂",
    "'más de 90' aggregate, anonymous",
)

# 223
p(
    "es",
    "thank_you",
    "Gracias, Caridad, por tejer 200 mantitas para la NICU mientras esperabas tu turno de quimio 🧶💕 Tu "
    "caridad no tiene límites.",
    [("NAME", "Caridad")],
    note="name that is a word, next to the word itself",
)

# 224
n(
    "en",
    "public_figure",
    "Happy birthday to Rita Moreno — EGOT winner, Humacao native, and proof that your 90s can be fabulous! 💃",
    "public figure's age and home town",
)

# 225
p(
    "es",
    "discharge",
    "Después de 7 meses esperando corazón, Omarcito se va pa' Las Piedras 💓 y se lleva a su oso de peluche "
    "'Dr. Pelusa'. ¡Hasta siempre, campeón!",
    [("NAME", "Omarcito"), ("GEO", "Las Piedras")],
    note="diminutive name, town; toy not labelled",
)

# 226
n(
    "es",
    "event",
    "Clínica de vacunación gratis para adultos mayores: sábado 7 de octubre, Urb. Villa Carolina, cancha bajo "
    "techo. 💉",
    "event venue and date",
)

# 227
p(
    "es",
    "pasted_record",
    "nota: llamar a la sobrina del pac de hab 9, tel 787 555 0183, se llama yahaira, pregunta si le pueden "
    "traer la dentadura",
    [("OTHER_ID", "hab 9"), ("PHONE", "787 555 0183"), ("NAME", "yahaira")],
    note="room, niece's phone and lower-case name",
)

# 228
n(
    "es",
    "statistic",
    "En 2024 atendimos en emergencias a 38 pacientes centenarios. Puerto Rico envejece y nosotros nos "
    "adaptamos. 👴🏽",
    "plural 'centenarios' is a population",
)

# 229
p(
    "en",
    "birth_announcement",
    "Twins alert! 👯 Faith and Hope arrived on Mother's Day at our San Juan birth center — what a gift for mom "
    "Jaileen! 💐",
    [("NAME", "Faith"), ("NAME", "Hope"), ("DATE", "Mother's Day"), ("NAME", "Jaileen")],
    note="names that are words, birth holiday, mother",
)

# 230
n(
    "es",
    "eponymous_condition",
    "Crohn, colitis ulcerosa, celiaquía… Si tienes diarrea por más de 4 semanas, no lo ignores. Evalúate con "
    "gastroenterología. 🩺",
    "eponymous condition",
)

# 231
p(
    "es",
    "patient_story",
    "Angelito llegó de Aguadilla en ambulancia aérea con solo 2 días de nacido. Hoy, a los 3 meses, sale de "
    "la NICU. Gracias a la tripulación del helicóptero y a su abuela Ñeña, que no se movió de aquí. 👼",
    [("NAME", "Angelito"), ("GEO", "Aguadilla"), ("NAME", "Ñeña")],
    note="diminutive name, town, grandmother's nickname",
)

# 232
n(
    "en",
    "hospital_contact",
    "Need a medical record copy? Email records@hospitalflamboyan.org or visit Health Information, 1500 Ave "
    "Ponce de León, 2nd floor. Please don't post personal info in the comments! 🙏",
    "hospital contact",
)

# 233
p(
    "es",
    "memorial",
    "Se apagó la voz más alegre de la sala de diálisis. Nuestro querido Mayito Bonilla falleció el 15 de "
    "agosto, día de la Virgen, en su casa de Hatillo. Gracias, familia Bonilla, por dejarnos despedirlo aquí. 🕊️",
    [
        ("NAME", "Mayito Bonilla"),
        ("DATE", "15 de agosto"),
        ("DATE", "día de la Virgen"),
        ("GEO", "Hatillo"),
        ("NAME", "Bonilla", 2),
    ],
    note="name, death date named twice, home town, family surname",
)

# 234
n(
    "es",
    "staff_spotlight",
    "Nuestro chef Güelo Martínez (sí, así le dice todo el mundo) preparó 600 pasteles para los pacientes "
    "este diciembre. 🫔 ¡Gracias, Güelo!",
    "staff nickname",
)

# 235
p(
    "es",
    "pasted_record",
    "Soporte portal: se bloqueó la IP 66.50.118.204 por intentos fallidos; usuario ramirez.lillian (pac. "
    "Lillian Ramírez). Reset pendiente.",
    [("IP", "66.50.118.204"), ("OTHER_ID", "ramirez.lillian"), ("NAME", "Lillian Ramírez")],
    note="patient's IP, portal user name, name",
)

# 236
n(
    "es",
    "crisis_update",
    "La línea de citas (787) 555-0122 está fuera de servicio por una avería telefónica. Mientras tanto, "
    "escríbenos por inbox o a citas@flamboyansalud.org 🙏",
    "hospital phone and e-mail",
)

# 237
p(
    "en",
    "memorial",
    "Our hearts go out to the Rosario family of Yabucoa. 💔 Baby Elías, who spent his short life in our NICU, "
    "passed away on March 28. We will never forget his little fist around our fingers.",
    [("NAME", "Rosario"), ("GEO", "Yabucoa"), ("NAME", "Elías"), ("DATE", "March 28")],
    note="family surname, town, baby, death date",
)

# 238
n(
    "en",
    "statistic",
    "By 2030, one in four Puerto Ricans will be over 65. 📊 Our geriatrics program is growing to meet that "
    "need — including specialized care for patients 90 and older.",
    "population ages",
)

# 239
p(
    "es",
    "thank_you",
    "Respondiendo a Héctor: sí, su abuela Tuti sigue en el cuarto 905 y las visitas son de 11 a 8. ¡Dale "
    "saludos de parte del piso! 🌸",
    [("NAME", "Héctor"), ("NAME", "Tuti"), ("OTHER_ID", "cuarto 905")],
    note="reply to a grandson; grandmother's nickname and room",
)

# 240
n(
    "es",
    "campaign_hashtag",
    "Gracias por un año más cuidando a Puerto Rico. Síguenos en @HospFlamboyan y comparte tu historia con "
    "#SomosFlamboyán 🌺 ¡Pa'lante!",
    "campaign hashtag, hospital handle",
)

if __name__ == "__main__":
    S.main("phi_dev27_source")
